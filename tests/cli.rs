//! The `article-enrich` command line: contract, errors and exit codes.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-enrich"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("article-enrich-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn analyze_prints_the_json_contract_with_code_point_offsets() {
    let text = "😀 Anna Berg, the Danish foreign minister, arrived.\n“We agree,” Ms Berg said.";
    let out = run(&["analyze", "-"], text.as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = &v["entities"][0];
    assert_eq!(e["id"], "e1");
    assert_eq!(e["kind"], "person");
    assert_eq!(e["name"], "Anna Berg");
    assert_eq!(e["description"], "Danish foreign minister");
    let m = &e["mentions"][0];
    assert_eq!(
        (m["start"].as_u64(), m["end"].as_u64()),
        (Some(2), Some(11))
    );
    let chars: Vec<char> = text.chars().collect();
    let q = &v["quotes"][0];
    let (s, end) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[s..end].iter().collect::<String>(), "We agree,");
    assert_eq!(q["speaker"], "e1");
    assert_eq!(q["kind"], "full");
}

#[test]
fn analyze_html_indexes_blocks_joined_by_blank_lines() {
    let out = run(
        &["analyze", "--html"],
        b"<h1>Talks</h1><p>Anna Berg left <b>Oslo</b>.</p>",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let oslo = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Oslo")
        .unwrap();
    // "Talks\n\nAnna Berg left Oslo."
    assert_eq!(oslo["mentions"][0]["start"], 22);
}

#[test]
fn enrich_writes_the_file_and_keeps_the_page() {
    let input = temp("in.html");
    let output = temp("out.html");
    std::fs::write(&input, "<p>Anna Berg flew to Oslo.</p>").unwrap();
    let out = run(
        &[
            "enrich",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&output).unwrap();
    assert!(html.contains("ae-person") && html.contains("ae-place"));
    assert_eq!(
        article_enrich::strip(&html).unwrap(),
        "<p>Anna Berg flew to Oslo.</p>"
    );
}

#[test]
fn missing_file_is_a_one_line_error() {
    let out = run(&["enrich", "/no/such/file.html"], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: cannot read /no/such/file.html"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_without_charset_is_refused_and_nothing_is_written() {
    let output = temp("never.html");
    let out = run(
        &["enrich", "-", "-o", output.to_str().unwrap()],
        b"<p>caf\xe9 \xff\xfe</p>",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
    assert!(!output.exists());
}

#[test]
fn declared_windows_1252_is_decoded() {
    let out = run(
        &["analyze", "--html"],
        b"<meta charset=windows-1252><p>\x93We agree,\x94 said Anna Berg in Z\xfcrich.</p>",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["text"], "We agree,");
    assert!(v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "Zürich"));
}

#[test]
fn oversized_input_is_refused() {
    let big = vec![b'a'; article_enrich::DEFAULT_MAX_INPUT_BYTES + 1];
    let out = run(&["enrich"], &big);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the input limit"));
}

#[test]
fn unknown_commands_and_kinds_are_explained() {
    let out = run(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown command"));
    let out = run(&["enrich", "--kinds", "planets"], b"<p>x</p>");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown kind `planets`"));
}

#[test]
fn jsonl_mode_keeps_ids() {
    let out = run(
        &["analyze", "--jsonl"],
        b"{\"id\":\"a\",\"text\":\"Anna Berg left.\"}\n{\"id\":7,\"text\":\"Oslo.\"}\n",
    );
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
}

/// A windows-1252 page came back as UTF-8 under its own
/// `<meta charset=windows-1252>`: browsers showed "RenÃ©e … ZÃ¼rich". The
/// output is in the input's charset, its own bytes untouched; text the charset
/// cannot hold is a character reference.
#[test]
fn enrich_writes_the_page_in_its_own_charset() {
    let page: &[u8] = b"<meta charset=windows-1252><p>\x93We agree,\x94 said Ren\xe9e Berg, the Swiss envoy, in Z\xfcrich.</p>";
    let out = run(&["enrich", "-"], page);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::str::from_utf8(&out.stdout).is_err(), "not UTF-8");
    let text: String = out.stdout.iter().map(|&b| b as char).collect();
    assert!(text.contains("data-ae-name=\"Ren\u{e9}e Berg\""), "{text}");
    assert!(text.contains("Z\u{fc}rich"));
    // Our spans removed, the bytes are the input's.
    let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&out.stdout);
    let stripped = article_enrich::strip(&decoded).unwrap();
    assert_eq!(encoding_rs::WINDOWS_1252.encode(&stripped).0.as_ref(), page);
    // Enriching the output again gives the same bytes.
    let again = run(&["enrich", "-"], &out.stdout);
    assert_eq!(again.stdout, out.stdout);
}

/// A leading byte order mark was dropped; UTF-16 pages were refused.
#[test]
fn a_byte_order_mark_is_kept() {
    let page = "\u{feff}<p>Anna Berg met Peter Holm in Oslo.</p>";
    let out = run(&["enrich", "-"], page.as_bytes());
    assert!(
        out.stdout.starts_with(b"\xEF\xBB\xBF<p><span"),
        "{:?}",
        &out.stdout[..10]
    );
    let utf16: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let out = run(&["enrich", "-"], &utf16);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(&[0xFF, 0xFE]));
    let units: Vec<u16> = out
        .stdout
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let text = String::from_utf16(&units).unwrap();
    assert!(text.contains("data-ae-name=\"Anna Berg\""), "{text}");
}
