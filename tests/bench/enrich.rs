//! Throughput of `enrich` and `analyze` (criterion). Figures, not timed tests.
//!
//! Groups:
//! - `enrich/samples`: our sample articles (tests/golden/*/source.html);
//! - `enrich/corpus`: the pages of ../shared/corpus/pages, when present;
//! - `analyze/conll-valid`: the CoNLL-2003 valid split as documents, when present;
//!   criterion prints its throughput in tokens/s as `elem/s`;
//! - `pathological/*`: inputs grown 1x, 2x, 4x, 8x so super-linear time shows.
//!
//! Run: `cargo bench --bench enrich` (add `-- pathological` for one group).

// criterion_group! and criterion_main! generate undocumented items.
#![allow(missing_docs)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn shared() -> PathBuf {
    std::env::var_os("SHARED_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    )
}

fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(s) = std::fs::read_to_string(e.path().join("source.html")) {
            out.push((e.file_name().to_string_lossy().into_owned(), s));
        }
    }
    out.sort();
    out
}

fn corpus() -> Vec<(String, String)> {
    let dir = shared().join("corpus/pages");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(bytes) = std::fs::read(e.path().join("source.html")) {
            out.push((
                e.file_name().to_string_lossy().into_owned(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ));
        }
    }
    out.sort();
    out
}

fn bench_enrich(c: &mut Criterion) {
    let mut g = c.benchmark_group("enrich");
    g.measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500))
        .sample_size(10);
    let s = samples();
    let total: usize = s.iter().map(|x| x.1.len()).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("samples", |b| {
        b.iter(|| {
            s.iter()
                .map(|(_, h)| article_enrich::enrich(black_box(h)).len())
                .sum::<usize>()
        })
    });
    let pages = corpus();
    if pages.is_empty() {
        eprintln!("enrich/corpus skipped: ../shared/corpus/pages not found");
    } else {
        let total: usize = pages.iter().map(|x| x.1.len()).sum();
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_function("corpus", |b| {
            b.iter(|| {
                pages
                    .iter()
                    .map(|(_, h)| article_enrich::enrich(black_box(h)).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

/// The CoNLL valid split as plain text, one document per blank-line block.
fn conll_text() -> Option<(String, u64)> {
    let raw = std::fs::read_to_string(shared().join("eval/ner/data/conll2003/valid.txt")).ok()?;
    let mut text = String::with_capacity(raw.len());
    let mut tokens = 0u64;
    let mut line_words: Vec<&str> = Vec::new();
    for line in raw.lines() {
        let w = line.split(' ').next().unwrap_or("");
        if w.is_empty() || w == "-DOCSTART-" {
            if !line_words.is_empty() {
                text.push_str(&line_words.join(" "));
                text.push('\n');
                line_words.clear();
            }
            if w == "-DOCSTART-" {
                text.push('\n');
            }
        } else {
            tokens += 1;
            line_words.push(w);
        }
    }
    Some((text, tokens))
}

fn bench_analyze(c: &mut Criterion) {
    let Some((text, tokens)) = conll_text() else {
        eprintln!("analyze/conll-valid skipped: ../shared/eval/ner not found");
        return;
    };
    let mut g = c.benchmark_group("analyze");
    g.measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(10);
    g.throughput(Throughput::Elements(tokens));
    g.bench_function("conll-valid", |b| {
        b.iter(|| article_enrich::analyze(black_box(&text)).entities().len())
    });
    g.finish();
}

fn bench_pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(300))
        .sample_size(10);
    type Grow = fn(usize) -> String;
    let cases: [(&str, Grow); 7] = [
        ("unclosed-b", |n| "<b>x ".repeat(n * 2_500)),
        ("no-tags", |n| {
            "plain words without any tag at all ".repeat(n * 7_500)
        }),
        ("quote-marks", |n| {
            "\u{201C}a\u{201D} \"b ".repeat(n * 12_500)
        }),
        ("capitalised-words", |n| {
            "Alpha Beta Gamma Delta Omega. ".repeat(n * 21_000)
        }),
        // One sentence that is one name thousands of words long: grouping
        // once tried every start of it as a full name of its own (20,000
        // "Anna Berg"s took 39 s).
        ("one-long-name", |n| "Anna Berg ".repeat(n * 2_500)),
        // One paragraph of thousands of titled names: each once looked at
        // every candidate of the paragraph (80,000 took 5.9 s).
        ("titled-names", |n| {
            "Council Majority Leader Tomas Varga and ".repeat(n * 700)
        }),
        // One paragraph, one sentence, thousands of quotes and speakers:
        // every quote's candidates and cues once looked at the whole block.
        ("quotes-and-names", |n| {
            "Anna Berg of Oslo called it \u{201C}odd\u{201D} and Tom Lee said \u{201C}we will see \
             it through\u{201D}, Mr Lee added, "
                .repeat(n * 600)
        }),
    ];
    for (name, make) in cases {
        for scale in [1usize, 2, 4, 8] {
            let input = make(scale);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, input.len()), &input, |b, i| {
                b.iter(|| article_enrich::enrich(black_box(i)).len())
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench_enrich, bench_analyze, bench_pathological);
criterion_main!(benches);
