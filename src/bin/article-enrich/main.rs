//! `article-enrich`: enrich article HTML, or print the analysis as JSON; for
//! archives, a whole tree of pages or a JSON Lines file at a time.
//!
//! ```text
//! article-enrich enrich [FILE|-] [-o OUT] [--kinds person,place,quote]
//! article-enrich enrich DIR -o OUTDIR [-j N]         every .html/.htm file, mirrored
//! article-enrich analyze [--html] [FILE|-]
//! article-enrich analyze --jsonl [--html] [-j N] [FILE|-]   one {"id","text"} per line in,
//!                                                    one {"id",...analysis} per line out
//! ```
//! Errors print one line, `error: …`, and exit 1; nothing is written half-way.
//! In the archive modes a document that fails is reported (in the output, for
//! `--jsonl`, and on standard error) and the run goes on; it exits 1 at the end.

mod charset;
mod jsonl;
mod progress;
mod tree;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Parser, Subcommand};

use article_enrich::report::Report;
use article_enrich::{Enricher, KindSet, Options, Unit, DEFAULT_MAX_INPUT_BYTES};

use charset::{encode_like, read_input};

/// Find people, organisations, places, groups, dates, figures and quotations
/// in articles: wrap them in spans, or print them as JSON.
#[derive(Parser)]
#[command(
    name = "article-enrich",
    version,
    after_help = "FILE '-' or absent means standard input. Input is UTF-8 (a BOM is kept), \
UTF-16 with a BOM, HTML in the charset it declares (windows-1252, Shift_JIS, ...) or, \
when it declares none, in the charset detected; enrich writes its output in the same charset. \
Inputs over 32 MiB are refused (with --jsonl: each document's text)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Wrap the mentions and quotations of a page in spans; given a directory,
    /// every .html/.htm page under it.
    Enrich(EnrichArgs),
    /// Print the analysis as JSON (offsets in code points).
    Analyze(AnalyzeArgs),
}

#[derive(Args)]
struct EnrichArgs {
    /// The page ('-' or absent: standard input), or a directory of pages.
    #[arg(value_name = "FILE|DIR")]
    input: Option<PathBuf>,
    /// Where to write ('-' or absent: standard output); for a directory, the
    /// directory the pages are written to under the same relative paths.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// The kinds to mark: person,organization,place,group,date,number,other,quote.
    #[arg(long, value_name = "LIST")]
    kinds: Option<String>,
    /// Pages enriched at once, for a directory.
    #[arg(short, long, value_name = "N", default_value_t = default_jobs(), value_parser = parse_jobs)]
    jobs: usize,
}

#[derive(Args)]
struct AnalyzeArgs {
    /// The text or page ('-' or absent: standard input).
    #[arg(value_name = "FILE")]
    input: Option<PathBuf>,
    /// The input is HTML: offsets index its blocks' text joined by blank lines.
    #[arg(long)]
    html: bool,
    /// One JSON object {"id", "text"} per line in, one analysis per line out,
    /// streamed, in the input's order; a bad line gives an {"id", "line",
    /// "error"} object in its place.
    #[arg(long)]
    jsonl: bool,
    /// Where to write ('-' or absent: standard output).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Documents analysed at once, with --jsonl.
    #[arg(short, long, value_name = "N", default_value_t = default_jobs(), value_parser = parse_jobs)]
    jobs: usize,
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn parse_jobs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(format!("`{s}` is not a number of jobs from 1 to 1024")),
    }
}

/// Is this path standard input or output?
fn is_std(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p == Path::new("-"))
}

/// May the output go beside `path` and be renamed onto it? Only onto a
/// regular file or nothing: renaming onto `/dev/null`, a pipe or a symbolic
/// link would replace the device, the pipe or the link with a plain file.
fn renames_onto(path: &Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(m) => m.file_type().is_file(),
        Err(_) => true,
    }
}

/// Write `data` beside `path`, then rename: nothing half-written is left.
/// (Straight into `path` when it is not a regular file: see [`renames_onto`].)
pub(crate) fn write_file(path: &Path, data: &[u8]) -> Result<(), String> {
    if !renames_onto(path) {
        return std::fs::write(path, data)
            .map_err(|e| format!("cannot write {}: {e}", path.display()));
    }
    let tmp = tmp_name(path);
    std::fs::write(&tmp, data)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("cannot write {}: {e}", path.display())
        })
}

fn tmp_name(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".article-enrich.tmp");
    PathBuf::from(name)
}

fn write_output(path: Option<&Path>, data: &[u8]) -> Result<(), String> {
    match path {
        Some(p) if !is_std(path) => write_file(p, data),
        _ => {
            let mut out = io::stdout().lock();
            out.write_all(data)
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot write output: {e}"))
        }
    }
}

/// Where a streamed output goes: standard output, or a temporary file renamed
/// onto the target by [`Target::commit`] (removed if the run fails).
pub(crate) struct Target {
    tmp: Option<(PathBuf, PathBuf)>,
}

impl Target {
    /// The run went through: close the output and put it in place.
    pub(crate) fn commit(mut self, writer: Box<dyn Write + Send>) -> Result<(), String> {
        drop(writer);
        if let Some((tmp, dest)) = self.tmp.take() {
            if let Err(e) = std::fs::rename(&tmp, &dest) {
                let _ = std::fs::remove_file(&tmp);
                return Err(format!("cannot write {}: {e}", dest.display()));
            }
        }
        Ok(())
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        if let Some((tmp, _)) = self.tmp.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

pub(crate) fn output_target(
    path: Option<&Path>,
) -> Result<(Box<dyn Write + Send>, Target), String> {
    match path {
        Some(p) if !is_std(path) && !renames_onto(p) => {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(p)
                .map_err(|e| format!("cannot write {}: {e}", p.display()))?;
            Ok((Box::new(f), Target { tmp: None }))
        }
        Some(p) if !is_std(path) => {
            let tmp = tmp_name(p);
            let f = std::fs::File::create(&tmp)
                .map_err(|e| format!("cannot write {}: {e}", p.display()))?;
            Ok((
                Box::new(f),
                Target {
                    tmp: Some((tmp, p.to_path_buf())),
                },
            ))
        }
        _ => Ok((Box::new(io::stdout()), Target { tmp: None })),
    }
}

pub(crate) fn report(text: &str, html: bool) -> Report {
    if html {
        Report::with_text(&article_enrich::analyze_html(text), Unit::CodePoint)
    } else {
        Report::new(&article_enrich::analyze(text), Unit::CodePoint)
    }
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot encode JSON: {e}"))
}

fn exit_for(failed: u64) -> ExitCode {
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Enrich(a) => {
            let mut options = Options::default();
            if let Some(k) = &a.kinds {
                options = options.with_kinds(KindSet::parse(k).map_err(|e| e.to_string())?);
            }
            let enricher = Enricher::new(options);
            if let Some(dir) = a.input.as_deref().filter(|p| p.is_dir()) {
                let outdir = a
                    .output
                    .as_deref()
                    .filter(|p| !is_std(Some(p)))
                    .ok_or("enriching a directory needs -o OUTDIR")?;
                return tree::run(dir, outdir, &enricher, a.jobs).map(exit_for);
            }
            let input = read_input(a.input.as_deref())?;
            let out = enricher
                .try_enrich(&input.text)
                .map_err(|e| e.to_string())?;
            write_output(a.output.as_deref(), &encode_like(&input, &out)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Analyze(a) => {
            if a.jsonl {
                let config = jsonl::Config {
                    html: a.html,
                    jobs: a.jobs,
                    limit: DEFAULT_MAX_INPUT_BYTES,
                };
                return jsonl::run(a.input.as_deref(), a.output.as_deref(), config).map(exit_for);
            }
            let input = read_input(a.input.as_deref())?.text;
            let mut out = to_json(&report(&input, a.html))?;
            out.push('\n');
            write_output(a.output.as_deref(), out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Parse the arguments; help and version go to standard output and exit 0,
/// a usage error to standard error and exits 1.
fn parse() -> Result<Cli, ExitCode> {
    Cli::try_parse().map_err(|e| match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::InvalidSubcommand => {
            let name = match e.get(ContextKind::InvalidSubcommand) {
                Some(ContextValue::String(s)) => s.clone(),
                _ => String::new(),
            };
            eprintln!(
                "error: unknown command `{name}`; the commands are enrich and analyze (see --help)"
            );
            ExitCode::FAILURE
        }
        _ => {
            let _ = e.print();
            ExitCode::FAILURE
        }
    })
}

fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let mut lines = e.lines();
            eprintln!("error: {}", lines.next().unwrap_or(""));
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}
