//! Train the name tagger and write its model file.
//!
//! ```text
//! train-ner DOCS.jsonl OUT.bin [--bits N] [--epochs N | --fixed-epochs N] [--levels N] [--ratio R] [--orders N] [--eval DOCS.jsonl]
//! ```
//!
//! `tests/tools/train_ner.sh` runs it on CoNLL-2003 train; see
//! `article_enrich::train` for what it does.

use std::process::ExitCode;

use article_enrich::train;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut paths = Vec::new();
    let mut cfg = train::Config {
        bits: 17,
        levels: 3,
        ratio: 2.0,
        // The shipped model: 20 epochs, fixed (see tests/tools/train_ner.sh).
        max_epochs: 20,
        fixed: true,
        orders: 1,
    };
    let mut eval = None;
    while let Some(a) = args.next() {
        let num = |v: Option<String>| v.and_then(|v| v.parse::<u32>().ok());
        match a.as_str() {
            "--bits" => match num(args.next()) {
                Some(b) if (8..=24).contains(&b) => cfg.bits = b,
                _ => return fail("--bits takes a number from 8 to 24"),
            },
            "--epochs" => match num(args.next()) {
                Some(e) if e > 0 => (cfg.max_epochs, cfg.fixed) = (e as usize, false),
                _ => return fail("--epochs takes a positive number"),
            },
            "--fixed-epochs" => match num(args.next()) {
                Some(e) if e > 0 => (cfg.max_epochs, cfg.fixed) = (e as usize, true),
                _ => return fail("--fixed-epochs takes a positive number"),
            },
            "--orders" => match num(args.next()) {
                Some(n) if (1..=64).contains(&n) => cfg.orders = n as usize,
                _ => return fail("--orders takes a number from 1 to 64"),
            },
            "--levels" => match num(args.next()) {
                Some(p) if (1..=127).contains(&p) => cfg.levels = p as u8,
                _ => return fail("--levels takes a number from 1 to 127"),
            },
            "--ratio" => match args.next().and_then(|v| v.parse::<f64>().ok()) {
                Some(r) if r > 1.0 && r < 10.0 => cfg.ratio = r,
                _ => return fail("--ratio takes a number between 1 and 10"),
            },
            "--eval" => match args.next() {
                Some(p) => eval = Some(p),
                None => return fail("--eval takes a JSON lines file"),
            },
            _ => paths.push(a),
        }
    }
    let [docs, out] = paths.as_slice() else {
        return fail("usage: train-ner DOCS.jsonl OUT.bin [--bits N] [--epochs N]");
    };
    let text = match std::fs::read_to_string(docs) {
        Ok(t) => t,
        Err(e) => return fail(&format!("{docs}: {e}")),
    };
    let docs = match train::read_docs(&text) {
        Ok(d) if !d.is_empty() => d,
        Ok(_) => return fail("no documents in the input"),
        Err(e) => return fail(&e),
    };
    let outcome = train::train(&docs, cfg);
    eprint!("{}", outcome.log);
    if let Err(e) = std::fs::write(out, &outcome.model) {
        return fail(&format!("{out}: {e}"));
    }
    eprintln!("wrote {out}: {} bytes", outcome.model.len());
    if let Some(p) = eval {
        let docs = match std::fs::read_to_string(&p)
            .map_err(|e| e.to_string())
            .and_then(|t| train::read_docs(&t))
        {
            Ok(d) => d,
            Err(e) => return fail(&format!("{p}: {e}")),
        };
        let bytes: &'static [u8] = Box::leak(outcome.model.into_boxed_slice());
        let s = train::evaluate_model_file(bytes, &docs.iter().collect::<Vec<_>>())
            .expect("train writes a model");
        eprintln!(
            "{p}: tagger alone, exact names: F1 {:.4} (PER {:.4} LOC {:.4} ORG {:.4})",
            s.micro(),
            s.label(0),
            s.label(1),
            s.label(2)
        );
        for (k, name) in ["PER", "LOC", "ORG"].iter().enumerate() {
            eprintln!(
                "  {name} missed, by the first token's label (O PER LOC ORG MISC): {:?}",
                s.missed[k]
            );
        }
    }
    ExitCode::SUCCESS
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("train-ner: {msg}");
    ExitCode::FAILURE
}
