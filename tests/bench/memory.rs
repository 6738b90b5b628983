//! Peak memory of `enrich`, measured with a counting allocator: the budget is
//! 8 x the input size + the output size + 4 MB. (The output is what the caller
//! asked for; a page that is wall-to-wall names comes back several times its
//! size, every name in a span with its tooltip.) Prints the figure for our samples, every corpus
//! page (when ../shared is present) and the pathological inputs, and exits 1
//! if any input goes over. Allocation is counted, not timed, so the figures
//! are the same on every run.
//!
//!   cargo bench --bench memory
// Bench binary: no public API to document. The counting allocator below is
// the one place that needs `unsafe` (GlobalAlloc is an unsafe trait); the
// library itself forbids it.
#![allow(missing_docs, unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const BUDGET_FIXED: usize = 4 << 20;
const BUDGET_FACTOR: usize = 8;

/// Bytes allocated at the peak of `enrich(input)`, above what was live before,
/// and the length of the output.
fn peak_of(input: &str) -> (usize, usize) {
    // Tables are built once per process; build them before measuring (the
    // character references' table on the first reference).
    let _ = article_enrich::enrich("<p>Warm up Anna Berg in Oslo &amp; Bergen.</p>");
    let base = CURRENT.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = article_enrich::enrich(input);
    let peak = PEAK.load(Relaxed) - base;
    (peak, out.len())
}

/// Does `peak` fit the budget for `input` bytes in and `output` bytes out?
fn within(input: usize, output: usize, peak: usize) -> bool {
    peak <= BUDGET_FACTOR * input + output + BUDGET_FIXED
}

fn main() {
    // (name, input bytes, (peak bytes, output bytes))
    let mut rows: Vec<(String, usize, (usize, usize))> = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for e in std::fs::read_dir(root.join("tests/golden"))
        .into_iter()
        .flatten()
        .flatten()
    {
        if let Ok(s) = std::fs::read_to_string(e.path().join("source.html")) {
            rows.push((
                format!("sample {}", e.file_name().to_string_lossy()),
                s.len(),
                peak_of(&s),
            ));
        }
    }
    let shared =
        std::env::var_os("SHARED_DIR").map_or_else(|| root.join("../shared"), PathBuf::from);
    let mut pages = 0;
    let mut worst_page: Option<(String, usize, (usize, usize))> = None;
    for e in std::fs::read_dir(shared.join("corpus/pages"))
        .into_iter()
        .flatten()
        .flatten()
    {
        if let Ok(bytes) = std::fs::read(e.path().join("source.html")) {
            let s = String::from_utf8_lossy(&bytes).into_owned();
            let p = peak_of(&s);
            pages += 1;
            let ratio =
                |(_, n, (p, _)): &(String, usize, (usize, usize))| *p as f64 / (*n).max(1) as f64;
            let row = (
                format!("page {}", e.file_name().to_string_lossy()),
                s.len(),
                p,
            );
            if !within(s.len(), p.1, p.0) {
                rows.push(row.clone());
            }
            if worst_page.as_ref().is_none_or(|w| ratio(&row) > ratio(w)) {
                worst_page = Some(row);
            }
        }
    }
    if let Some(w) = worst_page {
        rows.push((
            format!("{} (highest ratio of {pages} pages)", w.0),
            w.1,
            w.2,
        ));
    }
    let article = std::fs::read_to_string(root.join("tests/golden/energy-talks/source.html"))
        .unwrap_or_default();
    let cases: [(&str, String); 9] = [
        (
            "1 MiB of a realistic article",
            article.repeat((1 << 20) / article.len().max(1) + 1),
        ),
        ("20,000 unclosed <b>", "<b>x ".repeat(20_000)),
        (
            "2 MB without a tag",
            "plain words without any tag at all ".repeat(60_000),
        ),
        (
            "100,000 quote marks",
            "\u{201C}a\u{201D} \"b ".repeat(25_000),
        ),
        (
            "5 MB of capitalised words",
            "Alpha Beta Gamma Delta Omega. ".repeat(170_000),
        ),
        // A token a byte: 8 MB of symbols.
        ("8 MB of straight quote marks", "\"".repeat(8 << 20)),
        (
            "8 MB of mixed quote marks",
            "\"'\u{201C}".repeat((8 << 20) / 5),
        ),
        // Many short blocks: each block's analysis state is kept until the
        // document is read.
        (
            "200,000 <p> blocks",
            "<p>Anna Berg met Peter Holm in Oslo.".repeat(200_000),
        ),
        (
            "100,000 <p> blocks, a quote in each",
            "<p>\u{201C}We agree,\u{201D} said Anna Berg.".repeat(100_000),
        ),
    ];
    for (name, input) in cases {
        rows.push((name.to_string(), input.len(), peak_of(&input)));
    }
    let mut over = 0;
    println!(
        "{:<52} {:>12} {:>12} {:>12} {:>7}  budget 8x in + out + 4 MB",
        "input", "bytes", "out bytes", "peak bytes", "ratio"
    );
    for (name, n, (p, out)) in &rows {
        let ok = within(*n, *out, *p);
        if !ok {
            over += 1;
        }
        println!(
            "{name:<52} {n:>12} {out:>12} {p:>12} {:>6.1}x  {}",
            *p as f64 / (*n).max(1) as f64,
            if ok { "ok" } else { "OVER" }
        );
    }
    if over > 0 {
        eprintln!("memory: {over} input(s) over the budget");
        std::process::exit(1);
    }
    println!("memory: every input within budget");
}
