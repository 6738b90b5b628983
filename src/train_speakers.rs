//! Training the speaker model of `text::speaker` (feature `train`; run
//! `bash tests/tools/train_speakers.sh`). Used by the `train-speakers`
//! binary; not a stable API.
//!
//! Reads the articles (`{"id", "text"}` JSON lines) and, for each, labels
//! made by `tests/tools/score_polnear.py --labels` from the PolNeAR gold:
//! for every quote `analyze` finds that matches a gold quote, which entities
//! the scorer would accept as its speaker (none when the gold speaker has no
//! name). Each article is analysed as `analyze` does it, the rules choosing
//! the speakers, and every labelled quote gives one ranking example: its
//! candidates (see `text::speaker`) and the right ones among them, "nobody"
//! when the gold speaker has no name or none of the candidates is right
//! (a wrong name is worse than none).
//!
//! An averaged perceptron ranks the candidates for a fixed number of epochs
//! over the examples in a fixed-seed shuffled order; the averaged weights
//! are quantised linearly to signed bytes (the largest magnitude, its 99.9th
//! percentile, maps to 127; those under 4 become 0) and written with the
//! abstention margin. The same
//! input gives the same bytes.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::text::attribution::RuleTrace;
use crate::text::prepare::plain_text_blocks;
use crate::text::speaker::{best, rule_index, Cand, Choice, Model, Weights, MAGIC};
use crate::text::{analyze_blocks_with, Speakers};

/// One quote to rank.
pub struct Example {
    cands: Vec<Cand>,
    /// Indices of the right candidates (never empty).
    gold: Vec<usize>,
    /// Does the gold speaker have a name (does the quote count for attribution)?
    named: bool,
    /// Is one of the candidates right (is the named speaker reachable)?
    reachable: bool,
    /// The candidate the rules chose.
    rule: usize,
    /// What the rules did.
    trace: RuleTrace,
    /// Is it a partial quote?
    partial: bool,
}

/// Read the articles and their labels into examples. Articles without
/// labels are skipped.
pub fn read_examples(docs_jsonl: &str, labels_jsonl: &str) -> Result<Vec<Example>, String> {
    let mut labels: HashMap<String, serde_json::Value> = HashMap::new();
    for (n, line) in labels_jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("labels line {}: {e}", n + 1))?;
        let id = v["id"].as_str().ok_or("labels: no id")?.to_string();
        labels.insert(id, v);
    }
    let mut out = Vec::new();
    for (n, line) in docs_jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("docs line {}: {e}", n + 1))?;
        let Some(lab) = v["id"].as_str().and_then(|id| labels.get(id)) else {
            continue;
        };
        let text = v["text"].as_str().ok_or("docs: no text")?;
        let mut cands = Vec::new();
        let blocks = plain_text_blocks(text);
        let a = analyze_blocks_with(text.to_string(), blocks, Speakers::Collect(&mut cands));
        for row in lab["quotes"].as_array().into_iter().flatten() {
            let q = row["q"].as_u64().ok_or("labels: no q")? as usize;
            let Some((c, trace)) = cands.get(q) else {
                return Err(format!("labels: quote {q} is not in the analysis"));
            };
            let ok: Vec<usize> = row["ok"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_u64().map(|x| x as usize))
                .collect();
            let named = row["named"].as_bool().unwrap_or(false);
            let right: Vec<usize> = c
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(c.choice, Choice::Entity(e) if ok.contains(&e)))
                .map(|(i, _)| i)
                .collect();
            let reachable = !right.is_empty();
            let rule = rule_index(c, &a.quotes()[q]);
            out.push(Example {
                cands: c.clone(),
                gold: if reachable { right } else { vec![0] },
                named,
                reachable,
                rule,
                trace: *trace,
                partial: a.quotes()[q].kind() == crate::QuoteKind::Partial,
            });
        }
    }
    Ok(out)
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// The table has `2^bits` weights.
    pub bits: u32,
    /// Passes over the examples.
    pub epochs: usize,
    /// The abstention margin written into the model, in quantised units.
    pub margin: i16,
    /// Models trained on as many shuffles of the examples, their averaged
    /// weights averaged again: one model's choices hang on the order it saw
    /// the examples in, and a small change of features moved a single
    /// model's held-out attribution by as much as the change itself.
    pub orders: usize,
}

/// Perceptron weights being trained, with the sums for averaging.
struct Training {
    shift: u32,
    w: Vec<i32>,
    /// Σ (step × update), for the average `w - acc / steps`.
    acc: Vec<i64>,
    steps: i64,
}

impl Weights for Training {
    fn score(&self, feats: &[u32]) -> i32 {
        feats
            .iter()
            .map(|&f| self.w[(f >> self.shift) as usize])
            .sum()
    }
}

impl Training {
    fn update(&mut self, feats: &[u32], by: i32) {
        for &f in feats {
            let i = (f >> self.shift) as usize;
            self.w[i] += by;
            self.acc[i] += self.steps * i64::from(by);
        }
    }

    /// The averaged weights.
    fn averaged(&self) -> Vec<f64> {
        crate::train::averaged(&self.w, &self.acc, self.steps)
    }
}

/// Quantised weights smaller than this are written as 0.
const DEAD_ZONE: f64 = 4.0;

/// Weights quantised to signed bytes, with the header.
fn model_bytes(avg: &[f64], shift: u32, margin: i16) -> Vec<u8> {
    let top = crate::train::top_magnitude(avg);
    let mut out = MAGIC.to_vec();
    out.push((32 - shift) as u8);
    out.extend(margin.to_le_bytes());
    // Weights under 4 (of 127) become 0: they change few choices and cost
    // the WebAssembly bytes that no longer compress.
    out.extend(avg.iter().map(|&x| {
        let q = (x / top * 127.0).round().clamp(-127.0, 127.0);
        (if q.abs() < DEAD_ZONE { 0 } else { q as i8 }) as u8
    }));
    out
}

fn shuffle<T>(v: &mut [T], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        v.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// The top entity candidate by `w` (never "nobody"), if there is one.
fn top_entity<W: Weights>(w: &W, cands: &[Cand]) -> Option<(usize, i32)> {
    let mut top: Option<(usize, i32)> = None;
    for (i, c) in cands.iter().enumerate().skip(1) {
        let s = w.score(&c.feats);
        if top.is_none_or(|(_, t)| s > t) {
            top = Some((i, s));
        }
    }
    top
}

/// Train on `examples` and return the model file's bytes: the ranking of
/// the entity candidates, learned from the quotes whose named speaker is one
/// of them. (Whether to name anyone is the margin's business.)
pub fn train(examples: &[Example], cfg: Config) -> Vec<u8> {
    let mut sum = vec![0f64; 1 << cfg.bits];
    let mut seed = 0x5EED_5EED_u64;
    for _ in 0..cfg.orders.max(1) {
        let avg = train_one(examples, cfg, &mut seed);
        for (s, x) in sum.iter_mut().zip(avg) {
            *s += x;
        }
    }
    model_bytes(&sum, 32 - cfg.bits, cfg.margin)
}

/// One averaged perceptron, its shuffles drawn from `seed`.
fn train_one(examples: &[Example], cfg: Config, seed: &mut u64) -> Vec<f64> {
    let mut t = Training {
        shift: 32 - cfg.bits,
        w: vec![0; 1 << cfg.bits],
        acc: vec![0; 1 << cfg.bits],
        steps: 1,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for _ in 0..cfg.epochs {
        shuffle(&mut order, seed);
        for &i in &order {
            let ex = &examples[i];
            if !(ex.named && ex.reachable) {
                continue;
            }
            let (pred, _) = top_entity(&t, &ex.cands).expect("a right candidate exists");
            if !ex.gold.contains(&pred) {
                let g = *ex
                    .gold
                    .iter()
                    .max_by_key(|&&g| (t.score(&ex.cands[g].feats), std::cmp::Reverse(g)))
                    .expect("gold is never empty");
                t.update(&ex.cands[g].feats, 1);
                t.update(&ex.cands[pred].feats, -1);
            }
            t.steps += 1;
        }
    }
    t.averaged()
}

/// Attribution on examples: right, given a name, and all, over the quotes
/// whose gold speaker has a name.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Right names.
    pub right: usize,
    /// Names given.
    pub given: usize,
    /// Quotes with a named gold speaker.
    pub named: usize,
}

impl Tally {
    fn add(&mut self, ex: &Example, pick: usize) {
        if !ex.named {
            return;
        }
        self.named += 1;
        if pick != 0 {
            self.given += 1;
            self.right += usize::from(ex.reachable && ex.gold.contains(&pick));
        }
    }
}

/// The rules' tally and the model's at each margin in `margins`, as text.
pub fn evaluate(model_bytes: &[u8], examples: &[Example], margins: &[i32]) -> String {
    let bytes: &'static [u8] = Box::leak(model_bytes.to_vec().into_boxed_slice());
    let model = Model::from_bytes(bytes).expect("train writes a model");
    let mut log = String::new();
    let mut rules = Tally::default();
    let mut unnamed = [0usize; 2];
    for ex in examples {
        rules.add(ex, ex.rule);
        if !ex.named {
            unnamed[0] += 1;
            unnamed[1] += usize::from(best(&model, &ex.cands, model.margin(), ex.rule) == 0);
        }
    }
    let line = |log: &mut String, name: &str, t: Tally| {
        let _ = writeln!(
            log,
            "{name:>12}: attribution {:.3} ({}/{}), precision {:.3} ({}/{}), coverage {:.3}",
            t.right as f64 / t.named.max(1) as f64,
            t.right,
            t.named,
            t.right as f64 / t.given.max(1) as f64,
            t.right,
            t.given,
            t.given as f64 / t.named.max(1) as f64,
        );
    };
    line(&mut log, "rules", rules);
    for &m in margins {
        let mut t = Tally::default();
        for ex in examples {
            t.add(ex, best(&model, &ex.cands, m, ex.rule));
        }
        let name = if m == model.margin() {
            format!("margin {m}*")
        } else {
            format!("margin {m}")
        };
        line(&mut log, &name, t);
    }
    // By the rules' path and cue: the rules against the model.
    let mut by: std::collections::BTreeMap<String, (Tally, Tally)> = Default::default();
    for ex in examples {
        let anchored = ex.rule != 0 && ex.cands[ex.rule].anchored;
        let key = format!(
            "{:?}/{:?}{}{}",
            ex.trace.via,
            ex.trace.cue,
            if ex.partial { " partial" } else { "" },
            if anchored { " anchored" } else { "" }
        );
        let e = by.entry(key).or_default();
        e.0.add(ex, ex.rule);
        e.1.add(ex, best(&model, &ex.cands, model.margin(), ex.rule));
    }
    for (k, (r, m)) in by {
        let _ = writeln!(
            log,
            "  {k:<28} {:>4} named: rules right {:>4} (given {:>4}), model right {:>4} (given {:>4})",
            r.named, r.right, r.given, m.right, m.given
        );
    }
    let _ = writeln!(
        log,
        "unnamed gold speakers left without a name: {}/{}",
        unnamed[1], unnamed[0]
    );
    log
}
