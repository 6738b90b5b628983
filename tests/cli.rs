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
    // Fed from another thread: a streaming command writes output before it
    // has read all its input, and would block on a full stdout pipe while
    // this thread blocks on a full stdin pipe.
    let mut pipe = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&stdin));
    let out = child.wait_with_output().unwrap();
    // A command may exit without reading all its input (a usage error).
    if let Err(e) = feeder.join().unwrap() {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    out
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

/// `-o /dev/null` once replaced the device with a plain file (the output was
/// written beside it and renamed onto it), breaking every later `>/dev/null`
/// on the machine. Output onto anything but a regular file is written into
/// it: shown on a symbolic link, which must stay a link (the test must not
/// risk the real /dev/null).
#[cfg(unix)]
#[test]
fn output_onto_a_link_or_device_is_written_through_not_replaced() {
    let input = temp("through-in.html");
    let target = temp("through-target.html");
    let link = temp("through-link.html");
    std::fs::write(&input, "<p>Anna Berg flew to Oslo.</p>").unwrap();
    std::fs::write(&target, "old").unwrap();
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for args in [
        vec![
            "enrich",
            input.to_str().unwrap(),
            "-o",
            link.to_str().unwrap(),
        ],
        vec![
            "analyze",
            input.to_str().unwrap(),
            "-o",
            link.to_str().unwrap(),
        ],
    ] {
        let out = run(&args, b"");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_ne!(std::fs::read_to_string(&target).unwrap(), "old");
        std::fs::write(&target, "old").unwrap();
    }
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

/// Bytes that are not UTF-8 and declare no charset are detected (below);
/// UTF-8 with a few bytes gone wrong is refused rather than read as
/// windows-1252 and garbled.
#[test]
fn damaged_utf8_without_charset_is_refused_and_nothing_is_written() {
    let output = temp("never.html");
    let mut page = "<p>Renée Berg, déjà vu à Zürich: “Oui.” "
        .as_bytes()
        .to_vec();
    page.extend_from_slice(b"caf\xe9 \xff\xfe</p>");
    let out = run(&["enrich", "-", "-o", output.to_str().unwrap()], &page);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not UTF-8") && err.contains("damaged UTF-8"),
        "{err}"
    );
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

/// The lines of a JSON Lines output.
fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// A JSON Lines input line.
fn doc(id: impl serde::Serialize, text: &str) -> String {
    format!(
        "{}\n",
        serde_json::json!({ "id": id, "text": text, "url": "https://example.invalid/" })
    )
}

#[test]
fn help_goes_to_standard_output_and_exits_0() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["enrich", "--help"],
        &["analyze", "--help"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("Usage: article-enrich"), "{args:?}: {help}");
        assert!(out.stderr.is_empty(), "{args:?}");
    }
    let help = String::from_utf8(run(&["analyze", "--help"], b"").stdout).unwrap();
    assert!(help.contains("--jsonl") && help.contains("--jobs"));
    let out = run(&["--version"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("article-enrich {}\n", env!("CARGO_PKG_VERSION"))
    );
    // No command: the help, on standard error, and exit 1.
    let out = run(&[], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage:"));
}

/// Documents of very different lengths finish out of order on two threads;
/// the output is in the input's order and the same as with one thread.
#[test]
fn jsonl_keeps_the_input_order_with_two_jobs() {
    let long = "Anna Berg, the Danish foreign minister, met Peter Holm in Oslo on Monday. \
                “We agree,” Ms Berg said.\n\n"
        .repeat(40);
    let mut input = String::new();
    for i in 0..300 {
        let text = if i % 7 == 0 { long.as_str() } else { "Oslo." };
        input.push_str(&doc(format!("doc-{i}"), text));
    }
    let two = run(&["analyze", "--jsonl", "-j", "2"], input.as_bytes());
    assert!(
        two.status.success(),
        "{}",
        String::from_utf8_lossy(&two.stderr)
    );
    let lines = json_lines(&two.stdout);
    assert_eq!(lines.len(), 300);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], format!("doc-{i}"));
        assert!(!line["entities"].as_array().unwrap().is_empty());
    }
    let one = run(&["analyze", "--jsonl", "--jobs", "1"], input.as_bytes());
    assert_eq!(one.stdout, two.stdout);
    let summary = String::from_utf8_lossy(&two.stderr);
    assert!(
        summary.starts_with("summary: 300 documents, ") && summary.contains(" 0 failed"),
        "{summary}"
    );
}

/// A bad line gives an error object in its place, with its id when known and
/// its line number; the others are analysed; the exit code is 1.
#[test]
fn jsonl_bad_lines_give_error_objects_and_exit_1() {
    let mut input = Vec::new();
    input.extend(doc("a", "Anna Berg left Oslo.").bytes()); // line 1
    input.extend(b"\n"); // 2: blank, skipped
    input.extend(b"{\"id\":\"b\",\"text\":\"Oslo.\"\n"); // 3: no closing brace
    input.extend(b"{\"id\":\"c\",\"body\":\"Oslo.\"}\n"); // 4: no text
    input.extend(b"{\"id\":\"d\",\"text\":17}\n"); // 5: text not a string
    input.extend(b"{\"id\":\"e\",\"text\":\"caf\xe9\"}\n"); // 6: not UTF-8
    input.extend(b"[1,2]\r\n"); // 7: not an object
    input.extend(doc(8, "Peter Holm is in Bergen.").bytes()); // 8
    let out = run(&["analyze", "--jsonl", "-j", "2"], &input);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["entities"].is_array() && lines[0].get("error").is_none());
    let errors: Vec<(serde_json::Value, u64, String)> = lines[1..6]
        .iter()
        .map(|l| {
            (
                l["id"].clone(),
                l["line"].as_u64().unwrap(),
                l["error"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(errors[0].0, serde_json::Value::Null);
    assert_eq!(errors[0].1, 3);
    assert!(errors[0].2.contains("not valid JSON"), "{}", errors[0].2);
    assert_eq!((&errors[1].0, errors[1].1), (&"c".into(), 4));
    assert!(errors[1].2.contains("no \"text\""));
    assert_eq!((&errors[2].0, errors[2].1), (&"d".into(), 5));
    assert!(errors[2].2.contains("not a string"));
    assert_eq!(errors[3].1, 6);
    assert!(errors[3].2.contains("not UTF-8"));
    assert_eq!(errors[4].1, 7);
    assert_eq!(errors[4].2, "not a JSON object");
    assert_eq!(lines[6]["id"], 8);
    assert!(lines[6]["entities"].is_array());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: line 4 (id \"c\"): no \"text\" field"),
        "{err}"
    );
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("summary: 7 documents, ")
            && err.contains(", 5 failed"),
        "{err}"
    );
}

/// The 32 MiB limit is on each document's text, not on the file: an
/// oversized document fails alone and the file, over the limit as a whole, is
/// read through.
#[test]
fn jsonl_limit_is_per_document() {
    let limit = article_enrich::DEFAULT_MAX_INPUT_BYTES;
    let mut input = doc("small-1", "Anna Berg left Oslo.").into_bytes();
    input.extend(b"{\"id\":\"big\",\"text\":\"");
    input.resize(input.len() + limit + 1, b'a');
    input.extend(b"\"}\n");
    input.extend(doc("small-2", "Peter Holm is in Bergen.").bytes());
    assert!(input.len() > limit);
    let output = temp("limit.jsonl");
    let out = run(
        &["analyze", "--jsonl", "-", "-o", output.to_str().unwrap()],
        &input,
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&std::fs::read(&output).unwrap());
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "small-1");
    assert_eq!(lines[1]["id"], "big");
    assert_eq!(lines[1]["line"], 2);
    let reason = lines[1]["error"].as_str().unwrap();
    assert!(
        reason.contains(&format!("{} bytes", limit + 1)) && reason.contains("per-document limit"),
        "{reason}"
    );
    assert_eq!(lines[2]["id"], "small-2");
    assert!(lines[2]["entities"].is_array());
}

/// Output leaves line by line: the first result can be read before the
/// second document is written.
#[test]
fn jsonl_streams() {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-enrich"))
        .args(["analyze", "--jsonl", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            tx.send(line.unwrap()).unwrap();
        }
    });
    let wait = std::time::Duration::from_secs(60);
    for i in 0..3 {
        stdin
            .write_all(doc(i, "Anna Berg left Oslo.").as_bytes())
            .unwrap();
        stdin.flush().unwrap();
        let line = rx
            .recv_timeout(wait)
            .expect("no output line while input is open");
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["id"], i);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

/// UTF-16 JSON Lines (with a byte order mark) are read as before.
#[test]
fn jsonl_reads_utf16() {
    let input = format!(
        "{}{}",
        doc("a", "Anna Berg left Zürich."),
        doc("b", "Oslo.")
    );
    let bytes: Vec<u8> = "\u{feff}"
        .encode_utf16()
        .chain(input.encode_utf16())
        .flat_map(u16::to_be_bytes)
        .collect();
    let out = run(&["analyze", "--jsonl"], &bytes);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "Zürich"));
}

/// `enrich DIR -o OUTDIR`: every .html/.htm page, at the same relative path;
/// other files are left out; a page that fails is reported and counted, the
/// others are written; the exit code is 1.
#[test]
fn enrich_a_directory_tree() {
    let root = temp("tree");
    let _ = std::fs::remove_dir_all(&root);
    let src = root.join("site");
    let dst = root.join("out");
    std::fs::create_dir_all(src.join("news/2024")).unwrap();
    std::fs::create_dir_all(src.join("empty")).unwrap();
    let pages = [
        ("index.html", "<p>Anna Berg flew to Oslo.</p>"),
        ("news/a.htm", "<p>Peter Holm met Anna Berg in Bergen.</p>"),
        (
            "news/2024/B.HTML",
            "<p>“We agree,” Ms Berg said in Oslo.</p>",
        ),
    ];
    for (path, html) in pages {
        std::fs::write(src.join(path), html).unwrap();
    }
    std::fs::write(src.join("news/notes.txt"), "Anna Berg").unwrap();
    let mut bad = "<p>Renée Berg, déjà vu à Zürich ".as_bytes().to_vec();
    bad.extend(b"\xff</p>");
    std::fs::write(src.join("news/2024/bad.html"), &bad).unwrap();
    let out = run(
        &[
            "enrich",
            src.to_str().unwrap(),
            "-o",
            dst.to_str().unwrap(),
            "-j",
            "2",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    for (path, html) in pages {
        let got = std::fs::read_to_string(dst.join(path)).unwrap();
        assert!(got.contains("data-ae-kind=\"person\""), "{path}: {got}");
        assert_eq!(article_enrich::strip(&got).unwrap(), html);
    }
    assert!(!dst.join("news/notes.txt").exists());
    assert!(!dst.join("news/2024/bad.html").exists());
    let err = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].contains("bad.html"), "{err}");
    let summary = err.lines().last().unwrap();
    assert!(
        summary.starts_with("summary: 4 documents, ") && summary.ends_with(", 1 failed"),
        "{err}"
    );

    // Without the bad page, again into the same tree: exit 0.
    std::fs::remove_file(src.join("news/2024/bad.html")).unwrap();
    let out = run(
        &["enrich", src.to_str().unwrap(), "-o", dst.to_str().unwrap()],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A directory needs -o, and another one.
    let out = run(&["enrich", src.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs -o"));
    let out = run(
        &["enrich", src.to_str().unwrap(), "-o", src.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
}

/// A windows-1252 page that declares no charset: chardetng finds it, the
/// text is read right, and the page is written back in windows-1252.
#[test]
fn an_undeclared_windows_1252_page_is_detected() {
    let page: &[u8] =
        b"<p>\x93We agree,\x94 said Ren\xe9e Berg, the Swiss envoy, in Z\xfcrich.</p>";
    let out = run(&["analyze", "--html"], page);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["text"], "We agree,");
    let names: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Zürich") && names.contains(&"Renée Berg"),
        "{names:?}"
    );

    let out = run(&["enrich"], page);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::str::from_utf8(&out.stdout).is_err(), "not UTF-8");
    let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&out.stdout);
    assert!(decoded.contains("data-ae-name=\"Renée Berg\""), "{decoded}");
    let stripped = article_enrich::strip(&decoded).unwrap();
    assert_eq!(encoding_rs::WINDOWS_1252.encode(&stripped).0.as_ref(), page);
    // A declared charset wins over the detected one.
    let mut declared = b"<meta charset=iso-8859-15>".to_vec();
    declared.extend_from_slice(b"<p>Ren\xe9e Berg paid \xa4 5.</p>");
    let out = run(&["analyze", "--html"], &declared);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"], "Renée Berg paid € 5.");
}
