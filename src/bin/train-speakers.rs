//! Train the speaker model and write its model file.
//!
//! ```text
//! train-speakers DOCS.jsonl LABELS.jsonl OUT.bin [--bits N] [--epochs N] [--margin M] [--orders N] [--eval LABELS.jsonl]
//! ```
//!
//! `tests/tools/train_speakers.sh` runs it on PolNeAR train; see
//! `article_enrich::train_speakers` for what it does. `--eval` prints the
//! rules' and the model's attribution, precision and coverage on other
//! labelled articles, at several margins.

use std::process::ExitCode;

use article_enrich::train_speakers as ts;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut paths = Vec::new();
    let mut cfg = ts::Config {
        bits: 12,
        epochs: 6,
        margin: 30,
        orders: 8,
    };
    let mut eval = None;
    while let Some(a) = args.next() {
        let num = |v: Option<String>| v.and_then(|v| v.parse::<i64>().ok());
        match a.as_str() {
            "--bits" => match num(args.next()) {
                Some(b) if (8..=24).contains(&b) => cfg.bits = b as u32,
                _ => return fail("--bits takes a number from 8 to 24"),
            },
            "--epochs" => match num(args.next()) {
                Some(e) if e > 0 => cfg.epochs = e as usize,
                _ => return fail("--epochs takes a positive number"),
            },
            "--margin" => match num(args.next()) {
                Some(m) if (0..=i64::from(i16::MAX)).contains(&m) => cfg.margin = m as i16,
                _ => return fail("--margin takes a number from 0 to 32767"),
            },
            "--orders" => match num(args.next()) {
                Some(n) if (1..=64).contains(&n) => cfg.orders = n as usize,
                _ => return fail("--orders takes a number from 1 to 64"),
            },
            "--eval" => match args.next() {
                Some(p) => eval = Some(p),
                None => return fail("--eval takes a labels file"),
            },
            _ => paths.push(a),
        }
    }
    let [docs, labels, out] = paths.as_slice() else {
        return fail("usage: train-speakers DOCS.jsonl LABELS.jsonl OUT.bin [--bits N] [--epochs N] [--margin M] [--orders N] [--eval LABELS.jsonl]");
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let (docs_text, labels_text) = match (read(docs), read(labels)) {
        (Ok(d), Ok(l)) => (d, l),
        (Err(e), _) | (_, Err(e)) => return fail(&e),
    };
    let examples = match ts::read_examples(&docs_text, &labels_text) {
        Ok(x) if !x.is_empty() => x,
        Ok(_) => return fail("no labelled quotes in the input"),
        Err(e) => return fail(&e),
    };
    eprintln!("{} examples", examples.len());
    let model = ts::train(&examples, cfg);
    if let Err(e) = std::fs::write(out, &model) {
        return fail(&format!("{out}: {e}"));
    }
    eprintln!("wrote {out}: {} bytes", model.len());
    eprint!(
        "training articles:\n{}",
        ts::evaluate(&model, &examples, &[i32::from(cfg.margin)])
    );
    if let Some(p) = eval {
        let held = match read(&p).and_then(|l| ts::read_examples(&docs_text, &l)) {
            Ok(x) => x,
            Err(e) => return fail(&e),
        };
        let margins: Vec<i32> = (0..=12)
            .map(|m| m * 10)
            .chain([i32::from(cfg.margin)])
            .collect();
        eprint!("{p}:\n{}", ts::evaluate(&model, &held, &margins));
    }
    ExitCode::SUCCESS
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("train-speakers: {msg}");
    ExitCode::FAILURE
}
