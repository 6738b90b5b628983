//! Checks that read ../shared (the corpus command runs them with `--ignored`;
//! `cargo test` alone skips them). Each fails loudly when ../shared is absent.
//!
//! - the user's sample (seed): its 15 quotes with the gold speakers, and its
//!   people grouped with their roles;
//! - every page of ../shared/corpus/pages and every `#data` document of the
//!   html5lib tree-construction tests: enrichment only adds our spans
//!   (stripping them gives the input back, enriching twice changes nothing, our
//!   spans hold only text, and the DOM html5ever builds, our spans unwrapped,
//!   equals the input's). Prints pass counts and throughput.
// Native only: these read files or use proptest, neither of which runs in wasm32.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::time::Instant;

mod common;

use article_enrich::{analyze, enrich};

fn shared() -> PathBuf {
    let dir = std::env::var_os("SHARED_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    );
    assert!(
        dir.join("seed/article.txt").is_file(),
        "../shared is missing: expected it at {}",
        dir.display()
    );
    dir
}

fn invariants(input: &str) -> Result<(), String> {
    article_enrich::dev::check_invariants(input)?;
    let out = enrich(input);
    if out != input && common::dom_without_our_spans(&out) != common::dom_without_our_spans(input) {
        return Err("the parsed DOM, our spans unwrapped, differs from the input's".into());
    }
    Ok(())
}

#[test]
#[ignore = "reads ../shared; run by the corpus command"]
fn seed_quotes_and_speakers_match_the_gold() {
    let dir = shared();
    let text = std::fs::read_to_string(dir.join("seed/article.txt")).unwrap();
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("eval/quotes/gold/seed.json")).unwrap(),
    )
    .unwrap();
    let a = analyze(&text);
    let norm = |s: &str| {
        s.replace(['\u{201C}', '\u{201D}'], "\"")
            .replace('\u{2019}', "'")
            .trim()
            .trim_matches('"')
            .to_string()
    };
    let found: Vec<(String, Option<String>)> = a
        .quotes()
        .iter()
        .map(|q| {
            let (s, e) = q.range();
            (
                norm(&a.block_text(q.block())[s..e]),
                q.speaker().map(|i| a.entities()[i].name().to_string()),
            )
        })
        .collect();
    let mut ok = 0;
    let mut problems = Vec::new();
    let gold_quotes = gold["quotes"].as_array().unwrap();
    for g in gold_quotes {
        let want = norm(g["quote"].as_str().unwrap());
        let speaker = g["speaker"].as_str();
        let alternatives: Vec<&str> = g["speaker_alternatives"]
            .as_array()
            .map(|v| v.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        match found.iter().find(|(q, _)| q == &want) {
            Some((_, who))
                if g["speaker_ambiguous"] == true
                    || who.as_deref() == speaker
                    || who.as_deref().is_some_and(|w| alternatives.contains(&w)) =>
            {
                ok += 1
            }
            Some((_, who)) => problems.push(format!("{want:?}: speaker {who:?}, gold {speaker:?}")),
            None if g["optional"] == true => ok += 1,
            None => problems.push(format!("{want:?}: not found")),
        }
    }
    println!(
        "seed: {ok}/{} gold quotes found with the gold speaker",
        gold_quotes.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The six people, grouped with their short forms, with their roles.
    let people = [
        ("Yoon Suk Yeol", "South Korean president", "Yoon"),
        ("Andrzej Duda", "Polish president", "Andrzej Duda"),
        ("Vladimir Putin", "Russian President", "Putin"),
        ("Kim Jong-un", "North Korean leader", "Kim"),
        ("John Kirby", "White House spokesman", "John Kirby"),
        ("Lin Jian", "Chinese foreign ministry spokesman", "Lin Jian"),
    ];
    for (name, role, alias) in people {
        let i = a
            .entities()
            .iter()
            .position(|e| e.name() == name)
            .unwrap_or_else(|| panic!("{name} not found"));
        let e = &a.entities()[i];
        assert_eq!(e.kind(), article_enrich::Kind::Person, "{name}");
        assert_eq!(e.description(), Some(role), "{name}");
        assert!(a.aliases(i).contains(&alias), "{name}: {:?}", a.aliases(i));
    }
    let kind_of = |n: &str| {
        a.entities()
            .iter()
            .find(|e| e.name() == n)
            .map(|e| e.kind())
    };
    use article_enrich::Kind::*;
    for (n, k) in [
        ("Seoul", Place),
        ("Ukraine", Place),
        ("Russia", Place),
        ("Kursk Oblast", Place),
        ("Pyongyang", Place),
        ("Moscow", Place),
        ("Wonsan", Place),
        ("Vladivostok", Place),
        ("Europe", Place),
        ("United Nations", Organization),
        ("UN security council", Organization),
        ("White House", Organization),
        ("Kremlin", Organization),
        ("North Korean", Group),
        ("South Korean", Group),
        ("Polish", Group),
        ("Chinese", Group),
        ("Russian", Group),
        ("Wednesday", Date),
        ("June", Date),
        ("at least 3000", Number),
    ] {
        assert_eq!(kind_of(n), Some(k), "{n}");
    }
}

fn pages() -> Vec<(String, String)> {
    let dir = shared().join("corpus/pages");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let bytes = std::fs::read(e.path().join("source.html")).ok()?;
            Some((
                e.file_name().to_string_lossy().into_owned(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ))
        })
        .collect();
    out.sort();
    out
}

#[test]
#[ignore = "reads ../shared; run by the corpus command"]
fn every_corpus_page_keeps_its_bytes() {
    let pages = pages();
    assert!(
        pages.len() >= 100,
        "expected the corpus pages, found {}",
        pages.len()
    );
    let mut failures = Vec::new();
    let bytes: usize = pages.iter().map(|p| p.1.len()).sum();
    let t0 = Instant::now();
    let mut spans = 0;
    for (name, html) in &pages {
        spans += enrich(html).matches("data-ae-id=").count();
        if let Err(e) = invariants(html) {
            failures.push(format!("{name}: {e}"));
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "corpus pages: {}/{} pass; {spans} spans; {:.1} MB checked in {secs:.2}s (enrich x3 + checks per page, debug/release as built)",
        pages.len() - failures.len(),
        pages.len(),
        bytes as f64 / 1e6
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "reads ../shared; run by the corpus command"]
fn every_html5lib_document_keeps_its_bytes() {
    let dir = shared().join("corpus/html5lib-tree-construction");
    let mut docs = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "dat"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut cur: Option<String> = None;
        for line in text.split('\n') {
            if line == "#data" {
                cur = Some(String::new());
            } else if line.starts_with('#') && cur.is_some() {
                let mut d = cur.take().unwrap_or_default();
                d.pop(); // the newline before the next section is not part of the data
                docs.push((f.file_name().unwrap().to_string_lossy().into_owned(), d));
            } else if let Some(d) = cur.as_mut() {
                d.push_str(line);
                d.push('\n');
            }
        }
    }
    assert!(docs.len() > 1000, "found only {} documents", docs.len());
    let failures: Vec<String> = docs
        .iter()
        .filter_map(|(f, d)| invariants(d).err().map(|e| format!("{f}: {e}: {d:?}")))
        .collect();
    println!(
        "html5lib documents: {}/{} pass",
        docs.len() - failures.len(),
        docs.len()
    );
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
