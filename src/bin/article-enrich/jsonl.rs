//! `analyze --jsonl`: one document per line in, one line per document out, in
//! the input's order, streamed.
//!
//! The main thread reads lines and hands each to a worker of a rayon pool; a
//! writer thread puts the results back in input order and writes them. A gate
//! bounds the documents in flight (read and not yet written) by count and by
//! bytes, so memory does not grow with the input: at most the window, plus
//! the documents being analysed (each within the per-document limit).

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};

use serde_json::Value;

use crate::charset::Utf16ToUtf8;
use crate::progress::Progress;
use crate::{output_target, report};

/// Bytes of input held in flight at most (one larger line is still let in
/// alone).
const WINDOW_BYTES: usize = 64 << 20;

/// What a run of `analyze --jsonl` does.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// The texts are HTML.
    pub html: bool,
    /// Worker threads.
    pub jobs: usize,
    /// The largest text of one document, in bytes.
    pub limit: usize,
}

impl Config {
    /// The longest line read: a JSON string takes at most six bytes per byte
    /// of text (`\u0001`), nearly always under two; four, and 1 MiB for the
    /// other fields. A longer line is reported without being kept in memory.
    fn max_line(&self) -> usize {
        self.limit.saturating_mul(4).saturating_add(1 << 20)
    }

    fn window_docs(&self) -> usize {
        64 + 32 * self.jobs
    }
}

/// One input line, as its worker leaves it for the writer.
struct Done {
    /// The output line, newline included.
    line: String,
    /// The reason, when the document failed.
    error: Option<String>,
    /// Input bytes of the line.
    bytes: usize,
}

/// Bounds the documents between reading and writing.
struct Gate {
    state: Mutex<(usize, usize)>,
    cv: Condvar,
}

impl Gate {
    fn acquire(&self, bytes: usize, max_docs: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while s.0 > 0 && (s.0 >= max_docs || s.1 + bytes > WINDOW_BYTES) {
            s = self.cv.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += 1;
        s.1 += bytes;
    }

    fn release(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.0 -= 1;
        s.1 -= bytes;
        self.cv.notify_all();
    }
}

/// What reading one line gave.
#[derive(Debug, PartialEq, Eq)]
enum Read1 {
    Eof,
    /// A line, in the buffer, its line break removed.
    Line,
    /// A line longer than the cap, read past and not kept.
    TooLong,
}

/// Read one line into `buf` (cleared first), keeping at most `cap` bytes;
/// returns also the bytes the line took in the input.
fn read_line_capped<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(Read1, usize)> {
    buf.clear();
    let mut total = 0;
    let mut over = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        let (n, found) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        if !over {
            // + 2: the line break, LF or CRLF, is not counted.
            if buf.len() + n > cap + 2 {
                over = true;
                *buf = Vec::new();
            } else {
                buf.extend_from_slice(&avail[..n]);
            }
        }
        total += n;
        r.consume(n);
        if found {
            break;
        }
    }
    if total == 0 {
        return Ok((Read1::Eof, 0));
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if over || buf.len() > cap {
        *buf = Vec::new();
        return Ok((Read1::TooLong, total));
    }
    Ok((Read1::Line, total))
}

/// The fields of an input line that are read; the others are skipped.
#[derive(serde::Deserialize)]
#[serde(expecting = "a JSON object with a \"text\" string")]
struct Doc {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    text: Option<Value>,
}

/// One line of output: the input's id beside the report.
#[derive(serde::Serialize)]
struct Line<'a> {
    id: &'a Value,
    #[serde(flatten)]
    report: article_enrich::report::Report,
}

/// The output line of a document that failed.
#[derive(serde::Serialize)]
struct Failure<'a> {
    id: &'a Value,
    line: u64,
    error: &'a str,
}

fn failure(id: &Value, line: u64, reason: String) -> Done {
    let mut out = serde_json::to_string(&Failure {
        id,
        line,
        error: &reason,
    })
    .unwrap_or_else(|_| format!("{{\"id\":null,\"line\":{line},\"error\":\"?\"}}"));
    out.push('\n');
    let who = if id.is_null() {
        String::new()
    } else {
        format!(" (id {id})")
    };
    Done {
        line: out,
        error: Some(format!("line {line}{who}: {reason}")),
        bytes: 0,
    }
}

/// Analyse one input line (line number `n`).
fn process(n: u64, raw: &[u8], cfg: Config) -> Done {
    let null = Value::Null;
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t,
        Err(e) => {
            return failure(
                &null,
                n,
                format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1),
            )
        }
    };
    // Serde would take an array for the struct's fields in order.
    if !text.trim_start().starts_with('{') {
        return failure(&null, n, "not a JSON object".into());
    }
    let doc: Doc = match serde_json::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            let full = e.to_string();
            let what = full.rsplit_once(" at line ").map_or(full.as_str(), |x| x.0);
            return failure(
                &null,
                n,
                format!("not valid JSON at column {}: {what}", e.column()),
            );
        }
    };
    let id = doc.id.unwrap_or(Value::Null);
    let text = match doc.text {
        Some(Value::String(s)) => s,
        Some(_) => return failure(&id, n, "\"text\" is not a string".into()),
        None => return failure(&id, n, "no \"text\" field".into()),
    };
    if text.len() > cfg.limit {
        return failure(
            &id,
            n,
            format!(
                "the text is {} bytes, over the per-document limit of {} bytes",
                text.len(),
                cfg.limit
            ),
        );
    }
    let line = Line {
        id: &id,
        report: report(&text, cfg.html),
    };
    match serde_json::to_string(&line) {
        Ok(mut s) => {
            s.push('\n');
            Done {
                line: s,
                error: None,
                bytes: 0,
            }
        }
        Err(e) => failure(&id, n, format!("cannot encode JSON: {e}")),
    }
}

/// The input as UTF-8: a UTF-8 byte order mark is dropped, UTF-16 with a
/// byte order mark is decoded as it is read.
fn utf8_reader<'a>(mut r: Box<dyn Read + 'a>) -> io::Result<Box<dyn Read + 'a>> {
    let mut head = [0u8; 3];
    let mut got = 0;
    while got < 3 {
        match r.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let head = head[..got].to_vec();
    Ok(match head.as_slice() {
        [0xEF, 0xBB, 0xBF] => r,
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => {
            let little_endian = head[0] == 0xFF;
            let rest = io::Cursor::new(head[2..].to_vec()).chain(r);
            Box::new(Utf16ToUtf8::new(rest, little_endian))
        }
        _ => Box::new(io::Cursor::new(head).chain(r)),
    })
}

/// Run `analyze --jsonl` on `input` (`None` or `-`: standard input), writing
/// to `output` (`None` or `-`: standard output). Returns the number of
/// documents that failed; an error is a failure of the whole run (reading,
/// writing).
pub fn run(input: Option<&Path>, output: Option<&Path>, cfg: Config) -> Result<u64, String> {
    let stdin = input.is_none_or(|p| p == Path::new("-"));
    let name = match input {
        Some(p) if !stdin => p.display().to_string(),
        _ => "-".to_string(),
    };
    let (raw, size): (Box<dyn Read>, Option<u64>) = match input {
        Some(p) if !stdin => {
            let f = std::fs::File::open(p).map_err(|e| format!("cannot read {name}: {e}"))?;
            let size = f.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
            (Box::new(f), size)
        }
        _ => (Box::new(io::stdin().lock()), None),
    };
    let reader = utf8_reader(raw).map_err(|e| format!("cannot read {name}: {e}"))?;
    let mut reader = BufReader::with_capacity(256 << 10, reader);

    let (out, target) = output_target(output)?;
    let progress = Arc::new(Progress::new(size, true));
    let gate = Arc::new(Gate {
        state: Mutex::new((0, 0)),
        cv: Condvar::new(),
    });
    let write_failed = Arc::new(AtomicBool::new(false));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs)
        .thread_name(|i| format!("analyze-{i}"))
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", cfg.jobs))?;

    let (tx, rx) = mpsc::channel::<(u64, Done)>();
    let writer = {
        let (progress, gate, write_failed) = (progress.clone(), gate.clone(), write_failed.clone());
        std::thread::spawn(move || -> Result<Box<dyn Write + Send>, String> {
            let mut out = io::BufWriter::with_capacity(256 << 10, out);
            let mut pending = BTreeMap::new();
            let mut next = 0u64;
            let mut error = None;
            loop {
                // Flush whenever nothing is ready, so that each output line
                // leaves as soon as it can (a pipe read line by line).
                let (seq, done) = match rx.try_recv() {
                    Ok(x) => x,
                    Err(mpsc::TryRecvError::Empty) => {
                        if error.is_none() {
                            if let Err(e) = out.flush() {
                                error = Some(format!("cannot write output: {e}"));
                                write_failed.store(true, Ordering::Relaxed);
                            }
                        }
                        match rx.recv() {
                            Ok(x) => x,
                            Err(_) => break,
                        }
                    }
                    Err(mpsc::TryRecvError::Disconnected) => break,
                };
                pending.insert(seq, done);
                while let Some(done) = pending.remove(&next) {
                    if error.is_none() {
                        if let Err(e) = out.write_all(done.line.as_bytes()) {
                            error = Some(format!("cannot write output: {e}"));
                            write_failed.store(true, Ordering::Relaxed);
                        }
                    }
                    if let Some(reason) = &done.error {
                        progress.eprintln(&format!("error: {reason}"));
                    }
                    progress.done(done.bytes as u64, done.error.is_some());
                    gate.release(done.bytes);
                    next += 1;
                }
            }
            if let Some(e) = error {
                return Err(e);
            }
            out.flush()
                .map_err(|e| format!("cannot write output: {e}"))?;
            out.into_inner()
                .map_err(|e| format!("cannot write output: {}", e.error()))
        })
    };

    let cap = cfg.max_line();
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    let mut seq = 0u64;
    let mut read_error = None;
    while !write_failed.load(Ordering::Relaxed) {
        let (what, bytes) = match read_line_capped(&mut reader, &mut buf, cap) {
            Ok(r) => r,
            Err(e) => {
                read_error = Some(format!("cannot read {name}: {e}"));
                break;
            }
        };
        if what == Read1::Eof {
            break;
        }
        line_no += 1;
        if what == Read1::Line && buf.iter().all(u8::is_ascii_whitespace) {
            progress.skipped(bytes as u64);
            continue;
        }
        gate.acquire(bytes, cfg.window_docs());
        let n = line_no;
        if what == Read1::TooLong {
            let mut done = failure(
                &Value::Null,
                n,
                format!("the line is {bytes} bytes, over the {cap} bytes read of one line"),
            );
            done.bytes = bytes;
            let _ = tx.send((seq, done));
        } else {
            let raw = std::mem::take(&mut buf);
            let tx = tx.clone();
            pool.spawn(move || {
                let mut done = catch_unwind(AssertUnwindSafe(|| process(n, &raw, cfg)))
                    .unwrap_or_else(|_| {
                        failure(
                            &Value::Null,
                            n,
                            "internal error: the analysis panicked".into(),
                        )
                    });
                done.bytes = bytes;
                let _ = tx.send((seq, done));
            });
        }
        seq += 1;
    }
    drop(tx);
    let written = writer
        .join()
        .map_err(|_| "the output thread panicked".to_string())?;
    progress.finish();
    if let Some(e) = read_error {
        return Err(e);
    }
    target.commit(written?)?;
    Ok(progress.failed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_and_line_breaks_removed() {
        let input = b"ab\r\n0123456789\nxyz";
        let mut r = BufReader::with_capacity(4, &input[..]);
        let mut buf = Vec::new();
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5).unwrap(),
            (Read1::Line, 4)
        );
        assert_eq!(buf, b"ab");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5).unwrap(),
            (Read1::TooLong, 11)
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5).unwrap(),
            (Read1::Line, 3)
        );
        assert_eq!(buf, b"xyz");
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap().0, Read1::Eof);
    }

    #[test]
    fn utf16_is_read_as_utf8() {
        let text = "{\"id\":1,\"text\":\"Zürich 😀\"}\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut out = String::new();
        utf8_reader(Box::new(&bytes[..]))
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, text);
    }
}
