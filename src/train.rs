//! Training the name tagger of `text::ner` (feature `train`; run
//! `bash tests/tools/train_ner.sh`). Used by the `train-ner` binary; not a
//! stable API.
//!
//! Reads documents as JSON lines, `{"text": …, "entities": [{"start", "end",
//! "label"}]}` with offsets in code points (what
//! `../shared/eval/ner/conll_to_docs.py` writes), and splits them exactly as
//! `analyze` does (blank-line paragraphs, else lines), each block prepared by
//! the same `text::prepare::prepare_block` (tokens, sentences, the rules'
//! codes). A token takes the label of the entity its first byte lies in.
//!
//! 1. The last tenth of the documents is held out. An averaged perceptron is
//!    trained on the rest for up to `max_epochs`, and after each epoch the
//!    averaged, quantised weights are scored on the held-out part.
//! 2. The best epoch count is kept, and the model is trained again on every
//!    document for that many epochs. (`Config::fixed`, which the shipped
//!    model is trained with, skips the held-out run and trains `max_epochs`
//!    epochs: the count then does not move with a change of features or
//!    tables, so two models compare fairly.)
//! 3. The averaged weights are quantised to signed bytes (scale set by the
//!    99.9th percentile of their magnitudes) and written to `model.bin`.
//!
//! Everything is deterministic: documents are shuffled by a fixed-seed
//! generator, and the same input gives the same bytes.

use std::cell::RefCell;
use std::fmt::Write as _;

use crate::text::block::Block;
use crate::text::ner::{pack, segments, DocTagger, Label, Model, Weights, LABELS, MAGIC};
use crate::text::prepare::{plain_text_blocks, prepare_block};

/// One document, split and prepared as `analyze` does it, with the gold label
/// of each token.
pub struct Doc {
    text: String,
    /// Byte range of each block in `text`.
    ranges: Vec<(usize, usize)>,
    blocks: Vec<Block>,
    gold: Vec<Vec<Label>>,
}

fn label_of(s: &str) -> Option<Label> {
    Some(match s {
        "PER" => Label::Per,
        "LOC" => Label::Loc,
        "ORG" => Label::Org,
        "MISC" => Label::Misc,
        _ => return None,
    })
}

/// Read documents from JSON lines.
pub fn read_docs(jsonl: &str) -> Result<Vec<Doc>, String> {
    let mut docs = Vec::new();
    for (n, line) in jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| format!("line {}: no \"text\"", n + 1))?
            .to_string();
        // Code point index -> byte offset.
        let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_at.push(text.len());
        let mut spans = Vec::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let (Some(a), Some(b), Some(l)) = (
                e["start"].as_u64(),
                e["end"].as_u64(),
                e["label"].as_str().and_then(label_of),
            ) else {
                return Err(format!("line {}: bad entity {e}", n + 1));
            };
            let (a, b) = (a as usize, b as usize);
            if a >= b || b >= byte_at.len() {
                return Err(format!("line {}: entity {a}..{b} outside the text", n + 1));
            }
            spans.push((byte_at[a], byte_at[b], l));
        }
        spans.sort_unstable_by_key(|s| s.0);
        let ranges = plain_text_blocks(&text);
        let mut blocks = Vec::with_capacity(ranges.len());
        let mut gold = Vec::with_capacity(ranges.len());
        for &(a, b) in &ranges {
            // The training data is English: the rules always look for names.
            let block = prepare_block(&text[a..b], true);
            gold.push(
                block
                    .tokens
                    .iter()
                    .map(|tk| {
                        let at = a + tk.start();
                        let k = spans.partition_point(|s| s.0 <= at);
                        match k.checked_sub(1).map(|k| spans[k]) {
                            Some((_, end, l)) if at < end => l,
                            _ => Label::O,
                        }
                    })
                    .collect(),
            );
            blocks.push(block);
        }
        docs.push(Doc {
            text,
            ranges,
            blocks,
            gold,
        });
    }
    Ok(docs)
}

impl Doc {
    /// The text of each block.
    fn texts(&self) -> Vec<&str> {
        self.ranges.iter().map(|&(a, b)| &self.text[a..b]).collect()
    }
}

/// Perceptron weights being trained, with the sums for averaging.
struct Training {
    shift: u32,
    w: RefCell<Vec<i32>>,
    /// Σ (step × update), for the average `w - acc / steps`.
    acc: RefCell<Vec<i64>>,
    steps: i64,
}

impl Weights for Training {
    fn add(&self, f: u32, scores: &mut [i32; LABELS]) {
        let row = (f >> self.shift) as usize * LABELS;
        let w = self.w.borrow();
        for (s, &x) in scores.iter_mut().zip(&w[row..row + LABELS]) {
            *s += x;
        }
    }
}

impl Training {
    fn new(bits: u32) -> Self {
        Training {
            shift: 32 - bits,
            w: RefCell::new(vec![0; LABELS << bits]),
            acc: RefCell::new(vec![0; LABELS << bits]),
            steps: 1,
        }
    }

    fn epoch(&mut self, docs: &[&Doc]) {
        for doc in docs {
            let texts = doc.texts();
            let mut tagger = DocTagger::new(&texts, &doc.blocks);
            tagger.training = true;
            for (bi, block) in doc.blocks.iter().enumerate() {
                let gold = &doc.gold[bi];
                let this = &*self;
                let steps = std::cell::Cell::new(this.steps);
                tagger.tag_with(this, texts[bi], block, |feats, i, pred| {
                    let c = steps.get();
                    steps.set(c + 1);
                    let g = gold[i];
                    if pred != g {
                        let mut w = this.w.borrow_mut();
                        let mut acc = this.acc.borrow_mut();
                        for &f in feats {
                            let row = (f >> this.shift) as usize * LABELS;
                            w[row + g as usize] += 1;
                            acc[row + g as usize] += c;
                            w[row + pred as usize] -= 1;
                            acc[row + pred as usize] -= c;
                        }
                    }
                    pred
                });
                self.steps = steps.get();
            }
        }
    }

    /// The averaged weights quantised on a log scale: the model file's bytes.
    ///
    /// The largest magnitude (the 99.9th percentile of the non-zero ones)
    /// gets code `levels`; each code below it halves the weight; what falls
    /// under half the smallest level becomes 0.
    fn quantised(&self, levels: u8, ratio: f64) -> Vec<u8> {
        let avg = averaged(&self.w.borrow(), &self.acc.borrow(), self.steps);
        quantise(&avg, self.shift, levels, ratio)
    }
}

/// Averaged weights `avg` of a table indexed by `f >> shift`, quantised on a
/// log scale: the model file's bytes.
fn quantise(avg: &[f64], shift: u32, levels: u8, ratio: f64) -> Vec<u8> {
    let top = top_magnitude(avg);
    let l = i32::from(levels);
    let mut out = MAGIC.to_vec();
    out.push((32 - shift) as u8);
    out.push(levels);
    // Code m weighs 16 × ratio^(m - 1): the smallest level is 16.
    for m in 1..=l {
        let v = (16.0 * ratio.powi(m - 1)).round().min(f64::from(u16::MAX));
        out.extend((v as u16).to_le_bytes());
    }
    out.extend(avg.iter().map(|&x| {
        if x == 0.0 {
            return 128;
        }
        // Steps below the top, on the log scale.
        let below = ((top / x.abs()).ln() / ratio.ln()).round() as i32;
        let m = (l - below.max(0)).max(0);
        let code = if x < 0.0 { -m } else { m };
        (code + 128) as u8
    }));
    out
}

/// An averaged perceptron's weights: each weight less its updates weighed by
/// the step they came at (`acc`), over the `steps` taken.
pub(crate) fn averaged(w: &[i32], acc: &[i64], steps: i64) -> Vec<f64> {
    let c = steps as f64;
    w.iter()
        .zip(acc)
        .map(|(&w, &a)| f64::from(w) - a as f64 / c)
        .collect()
}

/// The magnitude a quantiser gives its top code: the 99.9th percentile of the
/// non-zero weights, so a few outliers do not flatten the rest.
pub(crate) fn top_magnitude(avg: &[f64]) -> f64 {
    let mut mags: Vec<f64> = avg.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    mags.sort_unstable_by(f64::total_cmp);
    mags.get(mags.len().saturating_sub(1 + mags.len() / 1000))
        .copied()
        .unwrap_or(1.0)
        .max(1e-9)
}

/// How to train and quantise.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// The table has `2^bits` rows.
    pub bits: u32,
    /// Quantisation codes run from `-levels` to `levels`.
    pub levels: u8,
    /// Each code weighs `ratio` times the one below it.
    pub ratio: f64,
    /// The most epochs tried on the held-out split.
    pub max_epochs: usize,
    /// Train exactly `max_epochs` epochs on every document, with no
    /// held-out run to choose the count.
    pub fixed: bool,
    /// The shipped table is the average of the averaged weights of this many
    /// runs on all documents, each shuffling them from another seed.
    pub orders: usize,
}

/// Counts for precision and recall of PER, LOC and ORG names, exact match.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    /// Names found that are right, per label (PER, LOC, ORG).
    pub tp: [usize; 3],
    /// Names found.
    pub found: [usize; 3],
    /// Names in the gold data.
    pub gold: [usize; 3],
    /// Gold names (PER, LOC, ORG) missed, by what the tagger gave their first
    /// token: O, PER, LOC, ORG, MISC (a right label means wrong boundaries).
    pub missed: [[usize; LABELS]; 3],
}

impl Score {
    fn f1(tp: usize, found: usize, gold: usize) -> f64 {
        if tp == 0 {
            return 0.0;
        }
        let p = tp as f64 / found as f64;
        let r = tp as f64 / gold as f64;
        2.0 * p * r / (p + r)
    }
    /// Micro F1 over PER, LOC and ORG.
    pub fn micro(&self) -> f64 {
        Self::f1(
            self.tp.iter().sum(),
            self.found.iter().sum(),
            self.gold.iter().sum(),
        )
    }
    /// F1 of one label (0 PER, 1 LOC, 2 ORG).
    pub fn label(&self, i: usize) -> f64 {
        Self::f1(self.tp[i], self.found[i], self.gold[i])
    }
}

/// Tag `docs` with the model file `bytes` (what [`train`] writes) and count
/// exact-match names against their gold labels. `None` when the bytes are not
/// a model.
pub fn evaluate_model_file(bytes: &[u8], docs: &[&Doc]) -> Option<Score> {
    Some(evaluate(&Model::from_file(bytes)?, docs))
}

/// Tag `docs` with `model` and count exact-match names against their gold labels.
fn evaluate(model: &Model, docs: &[&Doc]) -> Score {
    let mut score = Score::default();
    let slot = |l: Label| match l {
        Label::Per => Some(0),
        Label::Loc => Some(1),
        Label::Org => Some(2),
        _ => None,
    };
    for doc in docs {
        let texts = doc.texts();
        let mut tagger = DocTagger::new(&texts, &doc.blocks);
        for (bi, block) in doc.blocks.iter().enumerate() {
            let pred = segments(&tagger.tag(model, texts[bi], block), &block.sentences);
            let gold = segments(&doc.gold[bi], &block.sentences);
            for s in &pred {
                if let Some(k) = slot(s.2) {
                    score.found[k] += 1;
                    if gold
                        .binary_search_by_key(&(s.0, s.1), |g| (g.0, g.1))
                        .is_ok_and(|j| gold[j].2 == s.2)
                    {
                        score.tp[k] += 1;
                    }
                }
            }
            let labels = tagger_labels(&pred, block.tokens.len());
            for g in &gold {
                if let Some(k) = slot(g.2) {
                    score.gold[k] += 1;
                    if pred
                        .binary_search_by_key(&(g.0, g.1), |p| (p.0, p.1))
                        .is_err()
                        || labels[g.0] != g.2
                    {
                        score.missed[k][labels[g.0] as usize] += 1;
                    }
                }
            }
        }
    }
    score
}

fn tagger_labels(segs: &[(usize, usize, Label)], n: usize) -> Vec<Label> {
    let mut out = vec![Label::O; n];
    for &(a, b, l) in segs {
        out[a..b].fill(l);
    }
    out
}

/// A fixed-seed shuffle (xorshift), so training is reproducible.
fn shuffle<T>(v: &mut [T], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        v.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// What [`train`] did.
pub struct Outcome {
    /// The model file's bytes.
    pub model: Vec<u8>,
    /// One line per epoch of the held-out run, and the choice made.
    pub log: String,
}

/// The first run's shuffle seed; run `k` starts from it xor `k` × the
/// golden ratio's 64 bits.
const SEED: u64 = 0x2545_F491_4F6C_DD1D;

fn run(
    docs: &[&Doc],
    bits: u32,
    epochs: usize,
    mut seed: u64,
    mut each: impl FnMut(usize, &Training),
) -> Training {
    let mut t = Training::new(bits);
    let mut order: Vec<&Doc> = docs.to_vec();
    for e in 1..=epochs {
        shuffle(&mut order, &mut seed);
        t.epoch(&order);
        each(e, &t);
    }
    t
}

/// Train on `docs` as the module documentation describes.
pub fn train(docs: &[Doc], cfg: Config) -> Outcome {
    let Config {
        bits,
        levels,
        ratio,
        max_epochs,
        fixed,
        orders,
    } = cfg;
    let all: Vec<&Doc> = docs.iter().collect();
    let mut log = String::new();
    let epochs = if fixed {
        max_epochs
    } else {
        let cut = all.len() - all.len() / 10;
        let (fit, held) = all.split_at(cut);
        let mut best = (0.0, 1);
        run(fit, bits, max_epochs, SEED, |e, t| {
            let bytes: &'static [u8] = Box::leak(t.quantised(levels, ratio).into_boxed_slice());
            let model = Model::from_bytes(bytes).expect("quantised() writes a model");
            let s = evaluate(&model, held);
            let _ = writeln!(
                log,
                "epoch {e:2}: held-out F1 {:.4} (PER {:.4} LOC {:.4} ORG {:.4})",
                s.micro(),
                s.label(0),
                s.label(1),
                s.label(2)
            );
            if s.micro() > best.0 {
                best = (s.micro(), e);
            }
        });
        best.1
    };
    let _ = writeln!(
        log,
        "{}: {epochs} epochs; training again on all {} documents",
        if fixed { "fixed" } else { "best" },
        all.len()
    );
    let mut sum = vec![0f64; LABELS << bits];
    for k in 0..orders.max(1) as u64 {
        let t = run(
            &all,
            bits,
            epochs,
            SEED ^ k.wrapping_mul(0x9E37_79B9_7F4A_7C15),
            |_, _| {},
        );
        let avg = averaged(&t.w.borrow(), &t.acc.borrow(), t.steps);
        for (s, x) in sum.iter_mut().zip(avg) {
            *s += x;
        }
    }
    Outcome {
        model: pack::pack(&quantise(&sum, 32 - bits, levels, ratio))
            .expect("quantise() writes a model"),
        log,
    }
}
