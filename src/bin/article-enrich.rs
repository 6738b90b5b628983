//! `article-enrich`: enrich article HTML, or print the analysis as JSON.
//!
//! ```text
//! article-enrich enrich [FILE|-] [-o OUT] [--kinds person,place,quote]
//! article-enrich analyze [--html] [FILE|-]
//! article-enrich analyze --jsonl [--html] [FILE|-]   one {"id","text"} per line in,
//!                                                    one {"id",...analysis} per line out
//! ```
//! Errors print one line, `error: …`, and exit 1; nothing is written half-way.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use article_enrich::report::Report;
use article_enrich::{Enricher, KindSet, Options, Unit, DEFAULT_MAX_INPUT_BYTES};

const USAGE: &str = "usage:
  article-enrich enrich [FILE|-] [-o OUT] [--kinds LIST]
  article-enrich analyze [--html] [--jsonl] [FILE|-]
  article-enrich --version

FILE '-' or absent means standard input. Input is UTF-8 (a BOM is kept),
UTF-16 with a BOM, or HTML in the charset it declares (windows-1252,
Shift_JIS, ...); enrich writes its output in the same charset.
Inputs over 32 MiB are refused. LIST: person,organization,place,group,date,number,other,quote";

struct Args {
    command: String,
    input: Option<String>,
    output: Option<String>,
    html: bool,
    jsonl: bool,
    kinds: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or_else(|| USAGE.to_string())?;
    if command == "--version" || command == "-V" {
        return Ok(Args {
            command,
            input: None,
            output: None,
            html: false,
            jsonl: false,
            kinds: None,
        });
    }
    if command == "--help" || command == "-h" {
        return Err(USAGE.to_string());
    }
    if command != "enrich" && command != "analyze" {
        return Err(format!("unknown command `{command}`\n{USAGE}"));
    }
    let mut args = Args {
        command,
        input: None,
        output: None,
        html: false,
        jsonl: false,
        kinds: None,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => args.output = Some(it.next().ok_or("-o needs a file name")?),
            "--html" => args.html = true,
            "--jsonl" => args.jsonl = true,
            "--kinds" => args.kinds = Some(it.next().ok_or("--kinds needs a list")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option `{s}`\n{USAGE}"))
            }
            _ if args.input.is_some() => return Err(format!("more than one input file\n{USAGE}")),
            _ => args.input = Some(a),
        }
    }
    Ok(args)
}

/// How the input was written, so `enrich` can write its output the same way.
#[derive(Debug, Clone, Copy)]
enum Charset {
    /// UTF-8, with or without a byte order mark.
    Utf8 { bom: bool },
    /// UTF-16 with a byte order mark.
    Utf16 { little_endian: bool },
    /// A legacy encoding the page declares (windows-1252, Shift_JIS, …).
    Legacy(&'static Encoding),
}

/// The input as text, and how it was written.
struct Input {
    text: String,
    charset: Charset,
    bytes: Vec<u8>,
}

/// The charset a page declares in its first 1,024 bytes (`<meta charset=…>`
/// or `content="text/html; charset=…"`), as encoding_rs knows it.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("charset") {
        rest = &rest[i + "charset".len()..];
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start().trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '>' || c.is_whitespace())
            .unwrap_or(value.len());
        if let Some(e) = Encoding::for_label(&value.as_bytes()[..end]) {
            return Some(e);
        }
    }
    None
}

/// Read the input: UTF-8 (a BOM is kept), UTF-16 with a BOM, or for HTML the
/// charset it declares.
fn read_input(path: Option<&str>) -> Result<Input, String> {
    let mut bytes = Vec::new();
    let name = path.unwrap_or("-");
    let limit = DEFAULT_MAX_INPUT_BYTES as u64 + 1;
    let res = if name == "-" {
        io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(name).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    res.map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() > DEFAULT_MAX_INPUT_BYTES {
        return Err(format!(
            "{name} is over the input limit of {DEFAULT_MAX_INPUT_BYTES} bytes"
        ));
    }
    let (charset, text) = match Encoding::for_bom(&bytes) {
        Some((e, bom)) if e == UTF_16LE || e == UTF_16BE => {
            let text = e
                .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
                .ok_or_else(|| format!("{name} is not valid UTF-16"))?;
            let little_endian = e == UTF_16LE;
            (Charset::Utf16 { little_endian }, text.into_owned())
        }
        Some((_, bom)) => match std::str::from_utf8(&bytes[bom..]) {
            Ok(s) => (Charset::Utf8 { bom: true }, s.to_string()),
            Err(e) => {
                return Err(format!(
                    "{name} starts with a UTF-8 byte order mark but is not UTF-8 (invalid byte at offset {})",
                    bom + e.valid_up_to()
                ))
            }
        },
        None => match std::str::from_utf8(&bytes) {
            Ok(s) => (Charset::Utf8 { bom: false }, s.to_string()),
            Err(e) => match declared_charset(&bytes).filter(|&c| c != UTF_8) {
                Some(enc) => {
                    let text = enc
                        .decode_without_bom_handling_and_without_replacement(&bytes)
                        .ok_or_else(|| {
                            format!("{name} declares {0} but is not valid {0}", enc.name())
                        })?;
                    (Charset::Legacy(enc), text.into_owned())
                }
                None => {
                    return Err(format!(
                        "{name} is not UTF-8 (invalid byte at offset {}) and declares no charset this tool decodes",
                        e.valid_up_to()
                    ))
                }
            },
        },
    };
    Ok(Input {
        text,
        charset,
        bytes,
    })
}

/// `text` in UTF-16 with a byte order mark.
fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut b = Vec::with_capacity(text.len() * 2 + 2);
    for unit in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
        b.extend_from_slice(&if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    b
}

/// `out` written as the input was: the same charset and byte order mark.
/// Text a legacy charset cannot hold (a name in Greek on a windows-1252 page)
/// becomes a numeric character reference, which the browser reads back. The
/// page's own bytes must come back exactly when our spans are removed;
/// otherwise this refuses rather than write a changed page.
fn encode_like(input: &Input, out: &str) -> Result<Vec<u8>, String> {
    // The page as it was, our spans from an earlier run aside.
    let before = article_enrich::strip(&input.text);
    let (bytes, page, original) = match input.charset {
        Charset::Utf8 { bom } => {
            let mut b = Vec::with_capacity(out.len() + 3);
            if bom {
                b.extend_from_slice(b"\xEF\xBB\xBF");
            }
            b.extend_from_slice(out.as_bytes());
            return Ok(b);
        }
        Charset::Utf16 { little_endian } => {
            let page = article_enrich::strip(out).unwrap_or_else(|| out.to_string());
            let original = before.map(|t| utf16(&t, little_endian));
            (
                utf16(out, little_endian),
                utf16(&page, little_endian),
                original,
            )
        }
        Charset::Legacy(enc) => {
            let bytes = enc.encode(out).0.into_owned();
            let back = enc.decode_without_bom_handling(&bytes).0;
            let page = article_enrich::strip(&back).unwrap_or_else(|| back.into_owned());
            let original = before.map(|t| enc.encode(&t).0.into_owned());
            (bytes, enc.encode(&page).0.into_owned(), original)
        }
    };
    if page != original.unwrap_or_else(|| input.bytes.clone()) {
        return Err(format!(
            "the page cannot be written back in its charset byte for byte once enriched; it was left unchanged ({} bytes)",
            input.bytes.len()
        ));
    }
    Ok(bytes)
}

fn write_output(path: Option<&str>, data: &[u8]) -> Result<(), String> {
    match path {
        None | Some("-") => {
            let mut out = io::stdout().lock();
            out.write_all(data)
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot write output: {e}"))
        }
        Some(p) => {
            // Write beside the target, then rename: nothing half-written is left.
            let tmp = format!("{p}.article-enrich.tmp");
            std::fs::write(&tmp, data)
                .and_then(|()| std::fs::rename(&tmp, p))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    format!("cannot write {p}: {e}")
                })
        }
    }
}

fn report(text: &str, html: bool) -> Report {
    if html {
        Report::with_text(&article_enrich::analyze_html(text), Unit::CodePoint)
    } else {
        Report::new(&article_enrich::analyze(text), Unit::CodePoint)
    }
}

/// One line of `analyze --jsonl` output: the input's id beside the report.
#[derive(serde::Serialize)]
struct Line<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    report: Report,
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot encode JSON: {e}"))
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    match args.command.as_str() {
        "--version" | "-V" => write_output(
            None,
            format!("article-enrich {}\n", article_enrich::version()).as_bytes(),
        ),
        "enrich" => {
            let input = read_input(args.input.as_deref())?;
            let mut options = Options::default();
            if let Some(k) = &args.kinds {
                options = options.with_kinds(KindSet::parse(k).map_err(|e| e.to_string())?);
            }
            let out = Enricher::new(options)
                .try_enrich(&input.text)
                .map_err(|e| e.to_string())?;
            write_output(args.output.as_deref(), &encode_like(&input, &out)?)
        }
        _ => {
            let input = read_input(args.input.as_deref())?.text;
            let mut out = String::new();
            if args.jsonl {
                for (n, line) in input
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    let v: serde_json::Value = serde_json::from_str(line)
                        .map_err(|e| format!("line {}: not JSON: {e}", n + 1))?;
                    let text = v
                        .get("text")
                        .and_then(|t| t.as_str())
                        .ok_or_else(|| format!("line {}: no \"text\" string", n + 1))?;
                    let line = Line {
                        id: v.get("id").unwrap_or(&serde_json::Value::Null),
                        report: report(text, args.html),
                    };
                    out.push_str(&to_json(&line)?);
                    out.push('\n');
                }
            } else {
                out = to_json(&report(&input, args.html))?;
                out.push('\n');
            }
            write_output(args.output.as_deref(), out.as_bytes())
        }
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let first = e.lines().next().unwrap_or("");
            if e.starts_with("usage:") {
                eprintln!("{e}");
            } else {
                eprintln!("error: {first}");
                if e.contains('\n') {
                    eprintln!("{}", e.split_once('\n').map_or("", |x| x.1));
                }
            }
            ExitCode::FAILURE
        }
    }
}
