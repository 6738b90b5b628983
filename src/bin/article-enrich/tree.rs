//! `enrich DIR -o OUTDIR`: every `.html`/`.htm` file of a tree, enriched into
//! the same relative path under OUTDIR, in parallel. A file that fails is
//! reported and counted; the others go on.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use article_enrich::Enricher;

use crate::charset::{encode_like, read_input};
use crate::progress::Progress;
use crate::write_file;

/// Is this a page by its name (`.html`, `.htm`, any case)?
fn is_page(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// The pages under `root`, relative to it, sorted; directories given by
/// symbolic links are not followed, and `skip` (the output) is left out.
fn pages(root: &Path, skip: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if std::fs::canonicalize(&path).ok().as_deref() != Some(skip) {
                    dirs.push(path);
                }
            } else if is_page(&path) && (kind.is_file() || path.is_file()) {
                if let Ok(rel) = path.strip_prefix(root) {
                    found.push(rel.to_path_buf());
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Enrich one page from `src` into `dest`; the input's size on success.
fn enrich_one(enricher: &Enricher, src: &Path, dest: &Path) -> Result<u64, (u64, String)> {
    let input = read_input(Some(src)).map_err(|e| (0, e))?;
    let size = input.bytes.len() as u64;
    let out = enricher
        .try_enrich(&input.text)
        .map_err(|e| (size, e.to_string()))?;
    let bytes = encode_like(&input, &out).map_err(|e| (size, e))?;
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| (size, format!("cannot create {}: {e}", parent.display())))?;
    }
    write_file(dest, &bytes).map_err(|e| (size, e))?;
    Ok(size)
}

/// Run it; returns the number of pages that failed.
pub fn run(dir: &Path, outdir: &Path, enricher: &Enricher, jobs: usize) -> Result<u64, String> {
    std::fs::create_dir_all(outdir)
        .map_err(|e| format!("cannot create {}: {e}", outdir.display()))?;
    let root =
        std::fs::canonicalize(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let out_root = std::fs::canonicalize(outdir)
        .map_err(|e| format!("cannot create {}: {e}", outdir.display()))?;
    if root == out_root {
        return Err(format!(
            "-o must name another directory than the input ({})",
            dir.display()
        ));
    }
    let files = pages(dir, &out_root)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("enrich-{i}"))
        .build()
        .map_err(|e| format!("cannot start {jobs} threads: {e}"))?;
    let progress = Progress::new(Some(files.len() as u64), false);
    pool.install(|| {
        files.par_iter().for_each(|rel| {
            let src = dir.join(rel);
            match enrich_one(enricher, &src, &outdir.join(rel)) {
                Ok(size) => progress.done(size, false),
                Err((size, e)) => {
                    let name = src.display().to_string();
                    let e = if e.contains(&name) {
                        e
                    } else {
                        format!("{name}: {e}")
                    };
                    progress.eprintln(&format!("error: {e}"));
                    progress.done(size, true);
                }
            }
        })
    });
    progress.finish();
    Ok(progress.failed())
}
