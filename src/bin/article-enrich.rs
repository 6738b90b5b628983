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

use article_enrich::report::Report;
use article_enrich::{Enricher, KindSet, Options, Unit, DEFAULT_MAX_INPUT_BYTES};

const USAGE: &str = "usage:
  article-enrich enrich [FILE|-] [-o OUT] [--kinds LIST]
  article-enrich analyze [--html] [--jsonl] [FILE|-]
  article-enrich --version

FILE '-' or absent means standard input. Input must be UTF-8 (a BOM is
accepted; HTML may declare windows-1252 / iso-8859-1, which is decoded).
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

/// Read the input as text: UTF-8 (with or without BOM), or for HTML a declared
/// single-byte charset (windows-1252 / iso-8859-1).
fn read_input(path: Option<&str>) -> Result<String, String> {
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
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let head = String::from_utf8_lossy(&body[..body.len().min(2048)]).to_ascii_lowercase();
            let single_byte = [
                "charset=windows-1252",
                "charset=\"windows-1252\"",
                "charset=iso-8859-1",
                "charset=\"iso-8859-1\"",
                "charset=latin1",
            ]
            .iter()
            .any(|c| head.contains(c));
            if single_byte {
                Ok(body.iter().map(|&b| decode_1252(b)).collect())
            } else {
                Err(format!("{name} is not UTF-8 (invalid byte at offset {}) and declares no charset this tool decodes", e.valid_up_to()))
            }
        }
    }
}

/// Windows-1252 (a superset of ISO-8859-1's printable range) to Unicode.
fn decode_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
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
            let html = read_input(args.input.as_deref())?;
            let mut options = Options::default();
            if let Some(k) = &args.kinds {
                options = options.with_kinds(KindSet::parse(k).map_err(|e| e.to_string())?);
            }
            let out = Enricher::new(options)
                .try_enrich(&html)
                .map_err(|e| e.to_string())?;
            write_output(args.output.as_deref(), out.as_bytes())
        }
        _ => {
            let input = read_input(args.input.as_deref())?;
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
