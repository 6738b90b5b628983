//! The progress bar (only when standard error is a terminal) and the summary
//! line (always) of the archive modes.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Counts shared by the threads of a run, and the bar that shows them.
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
    docs: AtomicU64,
    bytes: AtomicU64,
    failed: AtomicU64,
    /// Whether the bar counts bytes (a file of known size) or documents.
    by_bytes: bool,
}

impl Progress {
    /// `total`: the size of the input in bytes, or the number of documents
    /// when `by_bytes` is false; `None` when unknown (standard input).
    pub fn new(total: Option<u64>, by_bytes: bool) -> Progress {
        let bar = if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
            let template = match (total.is_some(), by_bytes) {
                (true, true) => "{elapsed_precise} [{bar:40}] {bytes}/{total_bytes} ({eta}) {msg}",
                (true, false) => "{elapsed_precise} [{bar:40}] {pos}/{len} ({eta}) {msg}",
                (false, _) => "{elapsed_precise} {spinner} {msg}",
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        } else {
            ProgressBar::hidden()
        };
        Progress {
            bar,
            start: Instant::now(),
            docs: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            by_bytes,
        }
    }

    /// One document done, of `bytes` input bytes.
    pub fn done(&self, bytes: u64, failed: bool) {
        let docs = self.docs.fetch_add(1, Ordering::Relaxed) + 1;
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        let failed = if failed {
            self.failed.fetch_add(1, Ordering::Relaxed) + 1
        } else {
            self.failed.load(Ordering::Relaxed)
        };
        if !self.bar.is_hidden() {
            self.bar.inc(if self.by_bytes { bytes } else { 1 });
            self.bar
                .set_message(format!("{docs} documents, {failed} failed"));
        }
    }

    /// Input bytes that produced no document (blank lines), for the bar.
    pub fn skipped(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        if self.by_bytes && !self.bar.is_hidden() {
            self.bar.inc(bytes);
        }
    }

    /// Print a line on standard error without breaking the bar.
    pub fn eprintln(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    pub fn failed(&self) -> u64 {
        self.failed.load(Ordering::Relaxed)
    }

    /// Clear the bar and print the summary line.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
        let docs = self.docs.load(Ordering::Relaxed);
        let secs = self.start.elapsed().as_secs_f64();
        eprintln!(
            "summary: {docs} documents, {:.1} MB, {secs:.2} s, {:.1} documents/s, {} failed",
            self.bytes.load(Ordering::Relaxed) as f64 / 1e6,
            docs as f64 / secs.max(1e-9),
            self.failed(),
        );
    }
}
