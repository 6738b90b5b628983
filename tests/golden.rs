//! Golden tests: each folder of tests/golden/ holds our own sample article
//! (`source.html`), the byte-exact enriched page (`expected.html`) and the
//! analysis (`expected.json`, offsets in code points). `BLESS=1 cargo test
//! --test golden` rewrites the expectations; review each blessed diff like code.
// Native only: these read files or use proptest, neither of which runs in wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::Path;

use article_enrich::report::Report;
use article_enrich::Unit;

fn analysis_json(html: &str) -> String {
    let r = Report::new(&article_enrich::analyze_html(html), Unit::CodePoint);
    let mut out = String::from("{\n  \"entities\": [\n");
    for (i, e) in r.entities.iter().enumerate() {
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| {
                format!(
                    "[{}, {}, {}]",
                    m.start,
                    m.end,
                    serde_json::to_string(&m.text).unwrap()
                )
            })
            .collect();
        out.push_str(&format!(
            "    {{\"id\": \"{}\", \"kind\": \"{}\", \"name\": {}, \"description\": {}, \"mentions\": [{}]}}{}\n",
            e.id,
            e.kind,
            serde_json::to_string(&e.name).unwrap(),
            serde_json::to_string(&e.description).unwrap(),
            mentions.join(", "),
            if i + 1 < r.entities.len() { "," } else { "" }
        ));
    }
    out.push_str("  ],\n  \"quotes\": [\n");
    for (i, q) in r.quotes.iter().enumerate() {
        out.push_str(&format!(
            "    {{\"start\": {}, \"end\": {}, \"kind\": \"{}\", \"continued\": {}, \"speaker\": {}, \"speakerDescription\": {}, \"text\": {}}}{}\n",
            q.start,
            q.end,
            q.kind,
            q.continued,
            serde_json::to_string(&q.speaker).unwrap(),
            serde_json::to_string(&q.speaker_description).unwrap(),
            serde_json::to_string(&q.text).unwrap(),
            if i + 1 < r.quotes.len() { "," } else { "" }
        ));
    }
    out.push_str("  ]\n}\n");
    out
}

fn check(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    match std::fs::read_to_string(path) {
        Ok(expected) if expected == actual => {}
        Ok(_) => failures.push(format!(
            "{} differs (BLESS=1 to accept after review)",
            path.display()
        )),
        Err(e) => failures.push(format!("{}: {e}", path.display())),
    }
}

#[test]
fn golden_cases_match_their_expectations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut failures = Vec::new();
    let mut cases = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(source) = std::fs::read_to_string(dir.join("source.html")) else {
            continue;
        };
        cases += 1;
        let enriched = article_enrich::enrich(&source);
        check(&dir.join("expected.html"), &enriched, &mut failures);
        check(
            &dir.join("expected.json"),
            &analysis_json(&source),
            &mut failures,
        );
        // The invariants hold on every case as well.
        assert_eq!(
            article_enrich::strip(&enriched).as_deref(),
            Some(source.as_str()),
            "{}",
            dir.display()
        );
        assert_eq!(
            article_enrich::enrich(&enriched),
            enriched,
            "{}: not idempotent",
            dir.display()
        );
        assert_eq!(
            common::dom_without_our_spans(&enriched),
            common::dom_without_our_spans(&source),
            "{}: the DOM changed",
            dir.display()
        );
    }
    assert!(
        cases >= 3,
        "expected the sample articles in tests/golden, found {cases}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_dom_comparison_sees_real_differences_and_ignores_our_spans() {
    let dom = common::dom_without_our_spans;
    assert_eq!(
        dom("<p>Ann <b>Berg</b></p>"),
        dom("<p><span data-ae-id=m1>Ann</span> <b><span data-ae-id=m1>Berg</span></b></p>")
    );
    assert_ne!(dom("<p>Ann <b>Berg</b></p>"), dom("<p>Ann <i>Berg</i></p>"));
    assert_ne!(
        dom("<p>Ann <b>Berg</b></p>"),
        dom("<p><span class=x>Ann</span> <b>Berg</b></p>")
    );
    // A span inside a table's text is moved by the parser, with its text.
    assert_eq!(
        dom("<table>Ann<tr><td>x</table>"),
        dom("<table><span data-ae-id=m1>Ann</span><tr><td>x</table>")
    );
}
