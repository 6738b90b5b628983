//! The speaker model: for every quote, a learned choice among the people,
//! organisations and places mentioned around it, or nobody.
//!
//! The rules of `attribution` run first; what they found (which rule gave the
//! speaker, the subject of the quote's own speech verb) is one of the model's
//! inputs, beside the text around every candidate. The candidates of a quote
//! are the entities with a mention in its paragraph, the three before or the
//! one after, the rules' speaker, the speakers the rules gave the quotes
//! either side. Each gets a score, the sum of the weights of its features
//! (hashed into a fixed table, as the name tagger's are); the best one wins
//! when it beats the runner-up by the model's abstention margin. Otherwise
//! nobody is named: a wrong speaker is worse than none. A quote whose own
//! cue is a noun phrase naming no one ("a senior source said") keeps that
//! description and no name.
//!
//! Features of an entity: its kind; whether the rules chose it, and how;
//! where its nearest mentions stand (before or after the quote, how many
//! tokens away, in the quote's sentence, past another quote, in which earlier
//! paragraph) and the words either side of them ("said X", "X told", "for
//! X", "X’s"); whether a speech verb stands between; how recently it was
//! mentioned among the people, and with a pronoun cue whether its gender
//! agrees; whether the quote talks about it; how often the article names it;
//! whether the rules gave it the quotes either side; what its name looks like
//! (a headline's words, "Marsh Said").
//!
//! The weights are trained by `train_speakers` (feature `train`; run
//! `bash tests/tools/train_speakers.sh`) on PolNeAR and compiled in.

use super::attribution::{Cue, RuleTrace, Via};
use super::block::Block;
use super::data;
use super::sentence::sentence_of;
use super::types::{Entity, Gender, Kind, Quote, QuoteKind};

/// The model file's first bytes.
pub(crate) const MAGIC: &[u8; 8] = b"AESPK01\0";

/// What `candidates` reads.
pub(crate) struct Doc<'a> {
    pub(crate) texts: &'a [&'a str],
    pub(crate) blocks: &'a [Block],
    pub(crate) cand_entity: &'a [Vec<Option<u32>>],
    pub(crate) entities: &'a [Entity],
    /// Entity genders as the names showed them, before the rules' pronouns.
    pub(crate) genders: &'a [Option<Gender>],
    pub(crate) quotes: &'a [Quote],
    pub(crate) trace: &'a [RuleTrace],
    pub(crate) inside: &'a [Vec<bool>],
}

mod codes;
use codes::*;

static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

/// How many paragraphs before the quote's own are searched for candidates.
const BLOCKS_BEFORE: usize = 3;
/// How many earlier mentions a quote looks through for the recency of people.
const RECENCY_LOOKBACK: usize = 120;
/// At most this many entity candidates per quote (the nearest ones).
const MAX_CANDIDATES: usize = 24;
/// Mentions further than this many tokens from the quote (or from the near
/// edge of a neighbouring paragraph) are no candidates. A paragraph is far
/// shorter; a page that is one block of thousands of quotes and names would
/// otherwise have every quote look at every name.
const REACH_TOKENS: usize = 2_000;

/// What a candidate stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Choice {
    /// No speaker (or only the rules' description of an unnamed one).
    Nobody,
    /// Entity index.
    Entity(usize),
}

/// A candidate speaker and its feature hashes.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub(crate) choice: Choice,
    pub(crate) feats: Vec<u32>,
    /// The rules' speaker, when it is the name right before the speech verb
    /// that introduces a partial quote ("the US warned that they would be
    /// “fair game”"). On such quotes the rules are as right as the model
    /// (PolNeAR train, either half of 2016-06/07 against the rest), so they
    /// stand.
    pub(crate) anchored: bool,
}

/// Weights: the sum for a candidate's features.
pub(crate) trait Weights {
    /// The score of one candidate.
    fn score(&self, feats: &[u32]) -> i32;
}

/// A trained model: `2^bits` signed-byte weights and the abstention margin.
#[derive(Debug)]
pub(crate) struct Model {
    shift: u32,
    margin: i32,
    weights: &'static [u8],
}

impl Model {
    /// The compiled-in model (reading it is reading an 11-byte header).
    pub(crate) fn builtin() -> Model {
        Model::from_bytes(MODEL_BYTES).expect("the built-in speaker model")
    }

    /// Read a model: [`MAGIC`]; one byte `bits`; the margin as an `i16`,
    /// little-endian; `2^bits` weights, each an `i8`.
    pub(crate) fn from_bytes(bytes: &'static [u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (&bits, rest) = rest.split_first()?;
        if !(8..=24).contains(&bits) || rest.len() != 2 + (1 << bits) {
            return None;
        }
        let margin = i32::from(i16::from_le_bytes([rest[0], rest[1]]));
        Some(Model {
            shift: 32 - u32::from(bits),
            margin,
            weights: &rest[2..],
        })
    }

    /// The score an entity needs above "nobody" to be given as the speaker.
    pub(crate) fn margin(&self) -> i32 {
        self.margin
    }
}

impl Weights for Model {
    fn score(&self, feats: &[u32]) -> i32 {
        feats
            .iter()
            .map(|&f| i32::from(self.weights[(f >> self.shift) as usize] as i8))
            .sum()
    }
}

/// Index of the best candidate by `w`, or 0 ("nobody", always the first
/// candidate). The top entity is given only when its score beats the
/// runner-up's by `margin` (a lone entity: beats 0), or when it is `rule`,
/// the rules' own choice: when the model is unsure and the rules disagree
/// with it, neither is trusted. An anchored rule choice (see [`Cand`])
/// stands.
pub(crate) fn best<W: Weights>(w: &W, cands: &[Cand], margin: i32, rule: usize) -> usize {
    let mut top: Option<(usize, i32)> = None;
    let mut second: Option<i32> = None;
    for (i, c) in cands.iter().enumerate().skip(1) {
        let s = w.score(&c.feats);
        match top {
            Some((_, t)) if s <= t => second = Some(second.map_or(s, |x| x.max(s))),
            _ => {
                second = top.map(|(_, t)| t);
                top = Some((i, s));
            }
        }
    }
    if rule != 0 && cands[rule].anchored {
        return rule;
    }
    match top {
        Some((i, s)) if i == rule || s - second.unwrap_or(0) >= margin => i,
        _ => 0,
    }
}

// ---- hashing -------------------------------------------------------------

const SEED: u32 = 0x2545_F491;

// The name tagger's mixing and finaliser, with a seed of this model's own.
use super::ner::{fmix, mix};

/// A word's hash, ASCII letters folded to lower case (other bytes as they
/// are: the lexical features are English function words and verbs).
fn hash_lower(s: &str) -> u32 {
    s.bytes()
        .fold(SEED, |h, c| mix(h, u32::from(c.to_ascii_lowercase())))
}

/// Feature templates (the first value hashed into every feature).
mod t {
    pub(super) const KIND: u32 = 10;
    pub(super) const RULE: u32 = 11;
    pub(super) const RULE_KIND: u32 = 12;
    pub(super) const RULE_QKIND: u32 = 13;
    pub(super) const RULE_OTHER: u32 = 14;
    pub(super) const BEFORE: u32 = 20;
    pub(super) const AFTER: u32 = 21;
    pub(super) const BEFORE_RANK: u32 = 22;
    pub(super) const AFTER_RANK: u32 = 23;
    pub(super) const BEFORE_VERB: u32 = 24;
    pub(super) const AFTER_VERB: u32 = 25;
    pub(super) const BEFORE_CUE: u32 = 26;
    pub(super) const AFTER_CUE: u32 = 27;
    pub(super) const EARLIER: u32 = 28;
    pub(super) const LATER: u32 = 29;
    pub(super) const LEX_PREV: u32 = 30;
    pub(super) const LEX_NEXT: u32 = 31;
    pub(super) const LEX_NEXT2: u32 = 32;
    pub(super) const LEX_PREV2: u32 = 33;
    pub(super) const NEXT_SPEECH: u32 = 34;
    pub(super) const PREV_SPEECH: u32 = 35;
    pub(super) const RECENCY: u32 = 40;
    pub(super) const GENDER: u32 = 41;
    pub(super) const COMPATIBLE: u32 = 42;
    pub(super) const PRONOUN_KIND: u32 = 43;
    pub(super) const ABOUT: u32 = 50;
    pub(super) const ABOUT_RULE: u32 = 51;
    pub(super) const MENTIONS: u32 = 52;
    pub(super) const PREV_QUOTE: u32 = 53;
    pub(super) const NEXT_QUOTE: u32 = 54;
    pub(super) const FIRST_IN_BLOCK: u32 = 55;
    pub(super) const ONLY_QUOTED: u32 = 56;
    pub(super) const EARLIER_LEX: u32 = 57;
    pub(super) const EARLIER_SPEECH: u32 = 58;
    pub(super) const SUBJECT: u32 = 59;
    pub(super) const SENT_PRONOUN: u32 = 60;
    pub(super) const FIRST_PERSON: u32 = 61;
    pub(super) const NAME_SHAPE: u32 = 62;
    pub(super) const CUE_SUBJECT: u32 = 63;
    pub(super) const SUBJECT_RECENCY: u32 = 64;
}

/// Features of one candidate, as hashes.
#[derive(Default)]
struct Feats(Vec<u32>);

impl Feats {
    // NOTE: never inlined. There are some sixty calls, and inlined and
    // unrolled each one costs the WebAssembly a few KB for no measurable
    // speed (a quote has a few dozen candidates).
    #[inline(never)]
    fn add(&mut self, parts: &[u32]) {
        self.0
            .push(fmix(parts.iter().fold(SEED, |h, &x| mix(h, x))));
    }
}

// ---- the document as the model sees it -----------------------------------

/// A person, organisation or place mention.
#[derive(Debug, Clone, Copy)]
struct Mention {
    first: usize,
    last: usize,
    entity: usize,
    inside: bool,
    /// The first person, organisation or place outside quotes in its
    /// sentence (or only the same entity before it there): see
    /// [`codes::mentions_of`].
    subject: bool,
}

/// The candidates of each quote in turn, "nobody" first, handed to `f` with
/// the quote's index: a page of many quotes never holds every quote's
/// features at once.
pub(crate) fn for_each_quote(doc: &Doc, mut f: impl FnMut(usize, Vec<Cand>)) {
    if doc.quotes.is_empty() {
        return; // nor a list of every block's mentions
    }
    let mentions = mentions_of(doc);
    let mut cues = CueWindow::default();
    // Entity -> its place among the quote's candidates, reset after each quote.
    let mut slot = vec![usize::MAX; doc.entities.len()];
    for q in 0..doc.quotes.len() {
        let (lo, hi) = window(doc, doc.quotes[q].block);
        cues.cover(doc, lo, hi);
        f(q, quote_candidates(doc, &mentions, &cues, &mut slot, q));
    }
}

/// The cues of the blocks the current quote looks at: a window that slides
/// on with the quotes (in document order), so a page of 100,000 quoted
/// paragraphs holds a few blocks' cues, not every block's.
#[derive(Default)]
struct CueWindow {
    first: usize,
    blocks: std::collections::VecDeque<Cues>,
}

impl CueWindow {
    /// Hold the cues of blocks `lo..=hi`.
    fn cover(&mut self, doc: &Doc, lo: usize, hi: usize) {
        if lo < self.first || lo > self.first + self.blocks.len() {
            self.blocks.clear();
            self.first = lo;
        }
        while self.first < lo {
            self.blocks.pop_front();
            self.first += 1;
        }
        for b in self.first + self.blocks.len()..=hi {
            self.blocks
                .push_back(Cues::of(&doc.blocks[b], doc.texts[b]));
        }
    }
}

impl std::ops::Index<usize> for CueWindow {
    type Output = Cues;
    fn index(&self, b: usize) -> &Cues {
        &self.blocks[b - self.first]
    }
}

/// The blocks a quote in block `b` takes its candidates from.
fn window(doc: &Doc, b: usize) -> (usize, usize) {
    (
        b.saturating_sub(BLOCKS_BEFORE),
        (b + 1).min(doc.blocks.len() - 1),
    )
}

/// The candidates of every quote (for training).
#[cfg(feature = "train")]
pub(crate) fn candidates(doc: &Doc) -> Vec<Vec<Cand>> {
    let mut out = Vec::with_capacity(doc.quotes.len());
    for_each_quote(doc, |_, c| out.push(c));
    out
}

/// Where one entity's nearest mention before or after the quote stands.
#[derive(Clone, Copy)]
struct Near {
    block: usize,
    mention: Mention,
    /// Tokens between the mention and the quote (same block only).
    dist: usize,
}

fn quote_candidates(
    doc: &Doc,
    mentions: &[Vec<Mention>],
    cues: &CueWindow,
    slot: &mut [usize],
    qi: usize,
) -> Vec<Cand> {
    let q = &doc.quotes[qi];
    let b = q.block;
    let d = &doc.blocks[b];
    let text = doc.texts[b];
    let trace = doc.trace[qi];
    let o = token_at(d, q.open);
    let c = token_at(d, q.close.unwrap_or(text.len()));
    let (s_open, _) = sentence_of(&d.sentences, o);
    let (_, e_close) = sentence_of(&d.sentences, c.saturating_sub(1));
    let prev_end = if qi > 0 && doc.quotes[qi - 1].block == b {
        token_at(d, doc.quotes[qi - 1].close.unwrap_or(text.len()))
    } else {
        0
    };
    let next_open = if qi + 1 < doc.quotes.len() && doc.quotes[qi + 1].block == b {
        token_at(d, doc.quotes[qi + 1].open)
    } else {
        d.tokens.len()
    };
    let qkind = u32::from(q.kind == QuoteKind::Partial);
    // The speech verbs nearest the quote in its sentence, before and after.
    let verb_before = cues[b].last_cue_in(s_open.max(prev_end), o);
    let verb_after = cues[b].first_cue_in(c, e_close.min(next_open));
    let via = via_code(trace.via);
    let cue = cue_code(trace.cue);
    let cc = cue_class(trace.cue);
    let rule_speaker = q.speaker;

    // Entities in the window, with their nearest mentions.
    let n = doc.entities.len();
    let mut order: Vec<usize> = Vec::new();
    let mut before: Vec<Option<Near>> = Vec::new();
    let mut after: Vec<Option<Near>> = Vec::new();
    let mut about: Vec<bool> = Vec::new();
    let mut only_quoted: Vec<bool> = Vec::new();
    let mut add_entity = |id: usize,
                          order: &mut Vec<usize>,
                          before: &mut Vec<Option<Near>>,
                          after: &mut Vec<Option<Near>>,
                          about: &mut Vec<bool>,
                          only_quoted: &mut Vec<bool>|
     -> usize {
        if slot[id] == usize::MAX {
            slot[id] = order.len();
            order.push(id);
            before.push(None);
            after.push(None);
            about.push(false);
            only_quoted.push(true);
        }
        slot[id]
    };
    let (lo, hi) = window(doc, b);
    for (mb, ms) in mentions.iter().enumerate().take(hi + 1).skip(lo) {
        let (from, to) = match mb.cmp(&b) {
            std::cmp::Ordering::Less => {
                let n = doc.blocks[mb].tokens.len();
                (n.saturating_sub(REACH_TOKENS), usize::MAX)
            }
            std::cmp::Ordering::Equal => (o.saturating_sub(REACH_TOKENS), c + REACH_TOKENS),
            std::cmp::Ordering::Greater => (0, REACH_TOKENS),
        };
        let ms = &ms[ms.partition_point(|m| m.first < from)..];
        for m in ms.iter().take_while(|m| m.first <= to) {
            let k = add_entity(
                m.entity,
                &mut order,
                &mut before,
                &mut after,
                &mut about,
                &mut only_quoted,
            );
            if mb == b && m.first >= o && m.first < c {
                about[k] = true;
                continue;
            }
            if m.inside {
                continue;
            }
            only_quoted[k] = false;
            if mb < b || (mb == b && m.last <= o) {
                let dist = if mb == b { o - m.last } else { usize::MAX };
                // Later mentions replace earlier ones: the nearest wins.
                before[k] = Some(Near {
                    block: mb,
                    mention: *m,
                    dist,
                });
            } else if after[k].is_none() {
                // (A mention may straddle a mark the tokeniser glued to a word.)
                let dist = if mb == b {
                    m.first.saturating_sub(c)
                } else {
                    usize::MAX
                };
                after[k] = Some(Near {
                    block: mb,
                    mention: *m,
                    dist,
                });
            }
        }
    }
    // The rules' speakers of this quote and the ones either side.
    let prev_rule = (qi > 0 && doc.quotes[qi - 1].block + 1 >= b)
        .then(|| doc.quotes[qi - 1].speaker)
        .flatten();
    let next_rule = (qi + 1 < doc.quotes.len() && doc.quotes[qi + 1].block <= b + 1)
        .then(|| doc.quotes[qi + 1].speaker)
        .flatten();
    for id in [rule_speaker, prev_rule, next_rule].into_iter().flatten() {
        if id < n && is_speaker_kind(doc.entities[id].kind) {
            add_entity(
                id,
                &mut order,
                &mut before,
                &mut after,
                &mut about,
                &mut only_quoted,
            );
        }
    }
    for &id in &order {
        slot[id] = usize::MAX;
    }
    // Keep the nearest ones (and the rules' choices): a small sorted
    // insertion, not a sort (no sort code in the WebAssembly for this).
    if order.len() > MAX_CANDIDATES {
        let closeness = |k: usize| -> (bool, usize, usize) {
            let id = order[k];
            let rule = Some(id) == rule_speaker || Some(id) == prev_rule || Some(id) == next_rule;
            let near_b = before[k].map_or(usize::MAX, |n| (b - n.block) * 1000 + n.dist.min(999));
            let near_a = after[k].map_or(usize::MAX, |n| (n.block - b) * 1000 + n.dist.min(999));
            (!rule, near_b.min(near_a), k)
        };
        let mut keep: Vec<(bool, usize, usize)> = Vec::with_capacity(MAX_CANDIDATES + 1);
        for k in 0..order.len() {
            let c = closeness(k);
            let at = keep.iter().position(|x| c < *x).unwrap_or(keep.len());
            if at < MAX_CANDIDATES {
                keep.insert(at, c);
                keep.truncate(MAX_CANDIDATES);
            }
        }
        // Back in first-seen order.
        let mut ks: Vec<usize> = Vec::with_capacity(MAX_CANDIDATES);
        for k in 0..order.len() {
            if keep.iter().any(|x| x.2 == k) {
                ks.push(k);
            }
        }
        order = ks.iter().map(|&k| order[k]).collect();
        before = ks.iter().map(|&k| before[k]).collect();
        after = ks.iter().map(|&k| after[k]).collect();
        about = ks.iter().map(|&k| about[k]).collect();
        only_quoted = ks.iter().map(|&k| only_quoted[k]).collect();
    }

    // Proximity ranks in the quote's paragraph, before and after.
    let rank_of = |near: &[Option<Near>], k: usize| -> Option<usize> {
        let me = near[k].filter(|n| n.block == b)?.dist;
        Some(
            near.iter()
                .flatten()
                .filter(|n| n.block == b && n.dist < me)
                .count(),
        )
    };

    // Recency of people: walk mentions back from the quote.
    let mut recency: Vec<usize> = Vec::new(); // entity ids, most recent first
    let mut compatible: Vec<usize> = Vec::new();
    let mut subjects: Vec<usize> = Vec::new();
    let pron = match trace.cue {
        Cue::Pronoun(p) => Some(p),
        _ => None,
    };
    let mut seen = 0;
    'walk: for mb in (0..=b).rev() {
        let ms = &mentions[mb];
        let ms = if mb == b {
            &ms[..ms.partition_point(|m| m.first <= o)]
        } else {
            ms
        };
        for m in ms.iter().rev() {
            if m.inside || (mb == b && m.last > o) {
                continue;
            }
            seen += 1;
            if seen > RECENCY_LOOKBACK {
                break 'walk;
            }
            let e = &doc.entities[m.entity];
            if e.kind != Kind::Person {
                continue;
            }
            // People as the subjects of their sentences, most recent first:
            // "McConnell said … He said … “…,” he said" is McConnell's,
            // whoever the sentences between name.
            if !subjects.contains(&m.entity) && m.subject {
                subjects.push(m.entity);
            }
            if recency.contains(&m.entity) {
                continue;
            }
            recency.push(m.entity);
            let g = doc.genders[m.entity];
            let ok = match pron {
                Some("he") => g != Some(Gender::Female),
                Some("she") => g != Some(Gender::Male),
                _ => true,
            };
            if ok {
                compatible.push(m.entity);
            }
        }
    }
    // First speaker-kind mention outside quotes of this and the previous block.
    let [first_here, first_person_here] = first_in(doc, &mentions[b]);
    let [first_prev, first_person_prev] = match b.checked_sub(1) {
        Some(p) => first_in(doc, &mentions[p]),
        None => [None, None],
    };
    // "She was defending …, but admitted “…”": a pronoun opening the
    // quote's sentence, when the cue itself is no pronoun.
    let sent_pronoun = match trace.cue {
        Cue::Pronoun(_) => None,
        _ => d.tokens.get(s_open).and_then(|tk| match tk.as_str(text) {
            "He" | "he" => Some(1),
            "She" | "she" => Some(2),
            _ => None,
        }),
    };

    // A pronoun cue agrees with its speaker: "he" and "she" are no person of
    // the other gender (as far as names and honorifics tell), "it" is no
    // person. So does a "he" or "she" opening the quote's sentence when the
    // cue is no pronoun (on the development slice, 2 more right of 1,921).
    // ("He" may still be an entity the tagger took for an organisation: that
    // costs more right answers than it saves.)
    // And a pronoun looks back: its referent is named before the quote.
    let agrees = |k: usize, id: usize| {
        if pron.is_some() && before[k].is_none() {
            return false;
        }
        let e = &doc.entities[id];
        let g = doc.genders[id];
        match (pron, sent_pronoun) {
            (Some("he"), _) | (None, Some(1)) => {
                e.kind != Kind::Person || g != Some(Gender::Female)
            }
            (Some("she"), _) | (None, Some(2)) => e.kind != Kind::Person || g != Some(Gender::Male),
            (Some("it"), _) => e.kind != Kind::Person,
            _ => true,
        }
    };
    let mut out = Vec::with_capacity(order.len() + 1);
    // "Nobody" has no features: it is what is left when no entity is given.
    out.push(Cand {
        choice: Choice::Nobody,
        feats: Vec::new(),
        anchored: false,
    });

    for (k, &id) in order.iter().enumerate() {
        if !agrees(k, id) {
            continue;
        }
        let e = &doc.entities[id];
        let kind = kind_code(e.kind);
        // (Room for the usual count: grown from empty, the list was 3% of
        // the analysis in allocations.)
        let mut f = Feats(Vec::with_capacity(48));
        f.add(&[t::KIND, kind]);
        f.add(&[t::NAME_SHAPE, name_shape(&e.name), kind]);
        if rule_speaker == Some(id) {
            f.add(&[t::RULE, via, cue]);
            f.add(&[t::RULE_KIND, via, cue, kind]);
            f.add(&[t::RULE_QKIND, via, qkind]);
        } else if rule_speaker.is_some() {
            f.add(&[t::RULE_OTHER, via, cue]);
        }
        let side = |f: &mut Feats, near: Option<Near>, is_before: bool| {
            let Some(n) = near else { return };
            if n.block != b {
                let delta = b.abs_diff(n.block) as u32;
                let tmpl = if is_before { t::EARLIER } else { t::LATER };
                f.add(&[tmpl, delta, kind, qkind]);
                f.add(&[tmpl, delta, kind, cc]);
                if is_before {
                    let (bd, btext) = (&doc.blocks[n.block], doc.texts[n.block]);
                    let m = n.mention;
                    let bc = &cues[n.block];
                    let speech = bc.is_speech(m.last) || bc.is_speech(m.last + 1);
                    f.add(&[t::EARLIER_SPEECH, delta.min(2), u32::from(speech), cc, kind]);
                    f.add(&[
                        t::EARLIER_LEX,
                        delta.min(2),
                        cc,
                        word(bd, btext, Some(m.last)),
                    ]);
                    let subj = m.subject;
                    f.add(&[t::SUBJECT, 2, u32::from(subj), cc, kind]);
                }
                return;
            }
            let m = n.mention;
            let same_sentence = if is_before {
                m.first >= s_open
            } else {
                m.last <= e_close
            };
            let past_quote = if is_before {
                m.last <= prev_end && prev_end > 0
            } else {
                m.first >= next_open
            };
            let ctx = u32::from(same_sentence) | u32::from(past_quote) << 1;
            let dist = bucket(n.dist);
            let (tmpl, tmpl_cue, tmpl_verb) = if is_before {
                (t::BEFORE, t::BEFORE_CUE, t::BEFORE_VERB)
            } else {
                (t::AFTER, t::AFTER_CUE, t::AFTER_VERB)
            };
            f.add(&[tmpl, dist, ctx, kind]);
            f.add(&[tmpl, dist, ctx, qkind]);
            f.add(&[tmpl_cue, dist.min(4), ctx, via, cue]);
            let (between_a, between_b) = if is_before { (m.last, o) } else { (c, m.first) };
            let verbs_between = cues[b].speech_in(between_a, between_b);
            f.add(&[tmpl_verb, verbs_between.min(2) as u32, dist.min(5), ctx]);
            let ms = &mentions[b];
            let names_between = ms[ms.partition_point(|x| x.first < between_a)..]
                .iter()
                .take_while(|x| x.first <= between_b)
                .filter(|x| !x.inside && x.entity != m.entity && x.last <= between_b)
                .count();
            f.add(&[
                tmpl_verb,
                10 + names_between.min(3) as u32,
                verbs_between.min(2) as u32,
                qkind,
            ]);
            let side_code = u32::from(is_before);
            let near_code = u32::from(n.dist <= 15 && same_sentence);
            f.add(&[
                t::LEX_PREV,
                side_code,
                near_code,
                word(d, text, m.first.checked_sub(1)),
            ]);
            f.add(&[
                t::LEX_PREV2,
                side_code,
                near_code,
                word(d, text, m.first.checked_sub(2)),
            ]);
            f.add(&[
                t::LEX_NEXT,
                side_code,
                near_code,
                word(d, text, Some(m.last)),
            ]);
            f.add(&[
                t::LEX_NEXT2,
                side_code,
                near_code,
                word(d, text, Some(m.last + 1)),
            ]);
            let qc = &cues[b];
            let next_speech = qc.is_speech(m.last) || qc.is_speech(m.last + 1);
            let prev_speech = m.first > 0
                && (qc.is_speech(m.first - 1) || (m.first > 1 && qc.is_speech(m.first - 2)));
            f.add(&[t::NEXT_SPEECH, side_code, u32::from(next_speech), ctx, kind]);
            f.add(&[t::PREV_SPEECH, side_code, u32::from(prev_speech), ctx, kind]);
            let subj = m.subject;
            f.add(&[t::SUBJECT, side_code, u32::from(subj), cc, ctx]);
            // The name just before the nearest speech verb ("the US warned
            // that … “…”"), or just after it ("said Ms Reyes").
            let verb = if is_before { verb_before } else { verb_after };
            if let Some(v) = verb {
                let ms = &mentions[b];
                let nearest_left = ms[..ms.partition_point(|x| x.first <= v)]
                    .iter()
                    .rfind(|x| !x.inside && x.last <= v)
                    .is_some_and(|x| x.entity == m.entity && v - x.last <= 3);
                let right_after = m.first > v && m.first - v <= 2;
                let code = u32::from(nearest_left) | u32::from(right_after) << 1;
                f.add(&[t::CUE_SUBJECT, side_code, code, qkind, kind]);
                let rule = u32::from(rule_speaker == Some(m.entity));
                f.add(&[t::CUE_SUBJECT, 9, side_code, code, qkind, rule]);
            }
        };
        // One call site, so the closure is compiled once.
        for (near, is_before) in [(before[k], true), (after[k], false)] {
            side(&mut f, near, is_before);
        }
        if let Some(r) = rank_of(&before, k) {
            f.add(&[t::BEFORE_RANK, bucket(r).min(3), kind]);
        }
        if let Some(r) = rank_of(&after, k) {
            f.add(&[t::AFTER_RANK, bucket(r).min(3), kind]);
        }
        let rec = recency.iter().position(|&x| x == id);
        if e.kind == Kind::Person {
            f.add(&[t::RECENCY, rec.map_or(9, |r| bucket(r).min(4)), cue]);
            let sr = subjects.iter().position(|&x| x == id);
            f.add(&[t::SUBJECT_RECENCY, sr.map_or(9, |r| r.min(3) as u32), cue]);
        }
        if let Some(p) = pron {
            let pc = cue;
            if e.kind == Kind::Person {
                f.add(&[t::GENDER, pc, gender_code(doc.genders[id])]);
                let cr = compatible.iter().position(|&x| x == id);
                f.add(&[t::COMPATIBLE, pc, cr.map_or(9, |r| bucket(r).min(4))]);
            } else {
                f.add(&[
                    t::PRONOUN_KIND,
                    pc,
                    kind,
                    u32::from(p == "they" || p == "it"),
                ]);
            }
        }
        f.add(&[t::ABOUT, u32::from(about[k]), kind]);
        if about[k] && rule_speaker == Some(id) {
            f.add(&[t::ABOUT_RULE, via]);
        }
        f.add(&[t::MENTIONS, count_bucket(e.mentions.len()), kind]);
        if prev_rule == Some(id) {
            let same = u32::from(doc.quotes[qi - 1].block == b);
            f.add(&[t::PREV_QUOTE, same, via_code(doc.trace[qi - 1].via)]);
            f.add(&[
                t::PREV_QUOTE,
                same,
                99,
                cc,
                u32::from(rule_speaker == Some(id)),
            ]);
        }
        if next_rule == Some(id) {
            let same = u32::from(doc.quotes[qi + 1].block == b);
            f.add(&[t::NEXT_QUOTE, same, via_code(doc.trace[qi + 1].via)]);
            f.add(&[
                t::NEXT_QUOTE,
                same,
                99,
                cc,
                u32::from(rule_speaker == Some(id)),
            ]);
        }
        if let Some(p) = sent_pronoun {
            if e.kind == Kind::Person {
                let g = gender_code(doc.genders[id]);
                f.add(&[t::SENT_PRONOUN, p, g, rec.map_or(9, |r| bucket(r).min(4))]);
            }
        }
        if first_person_prev == Some(id) {
            f.add(&[t::FIRST_PERSON, 1, cc]);
        }
        if first_person_here == Some(id) {
            f.add(&[t::FIRST_PERSON, 0, cc]);
        }
        if first_here == Some(id) {
            f.add(&[t::FIRST_IN_BLOCK, 0, kind]);
        }
        if first_prev == Some(id) {
            f.add(&[t::FIRST_IN_BLOCK, 1, kind]);
        }
        if only_quoted[k] {
            f.add(&[t::ONLY_QUOTED, kind]);
        }
        let anchored = q.kind == QuoteKind::Partial
            && (trace.via, trace.cue) == (Via::Before, Cue::Entity)
            && rule_speaker == Some(id)
            && verb_before.is_some_and(|v| {
                let ms = &mentions[b];
                ms[..ms.partition_point(|x| x.first <= v)]
                    .iter()
                    .rfind(|x| !x.inside && x.last <= v && x.first >= s_open)
                    .is_some_and(|x| {
                        // "X said", "X also said"; not "(D-Ohio) said".
                        let gap_ok = v == x.last || (v == x.last + 1 && d.tokens[x.last].is_word());
                        let in_parens = x.first > 0 && d.tokens[x.first - 1].as_str(text) == "(";
                        x.entity == id && gap_ok && !in_parens
                    })
            });
        out.push(Cand {
            choice: Choice::Entity(id),
            feats: f.0,
            anchored,
        });
    }
    out
}

/// The choice by `model` among one quote's candidates `c`.
///
/// Where no rule found any attribution (a rhetorical question in a blog
/// post, a game's title in quotes), only a person the model is sure of, by
/// twice the margin, is named.
pub(crate) fn choose(
    model: &Model,
    c: &[Cand],
    q: &Quote,
    tr: &RuleTrace,
    entities: &[Entity],
) -> Choice {
    if tr.via == Via::None && q.speaker.is_none() {
        return match c[best(model, c, 2 * model.margin(), 0)].choice {
            Choice::Entity(id) if entities[id].kind == Kind::Person => Choice::Entity(id),
            _ => Choice::Nobody,
        };
    }
    c[best(model, c, model.margin(), rule_index(c, q))].choice
}

/// Index of the rules' speaker of `q` among its candidates (0: none).
pub(crate) fn rule_index(cands: &[Cand], q: &Quote) -> usize {
    q.speaker
        .and_then(|s| cands.iter().position(|c| c.choice == Choice::Entity(s)))
        .unwrap_or(0)
}

/// Give every quote the speaker chosen for it. The rules' description of an
/// unnamed speaker stays when no name is chosen and the rules gave none;
/// entity genders go back to those the names showed, plus what a pronoun cue
/// tells of the person chosen.
pub(crate) fn apply(
    picks: &[Choice],
    trace: &[RuleTrace],
    genders: &[Option<Gender>],
    entities: &mut [Entity],
    quotes: &mut [Quote],
) {
    for (e, &g) in entities.iter_mut().zip(genders) {
        e.gender = g;
    }
    for (qi, &pick) in picks.iter().enumerate() {
        let q = &mut quotes[qi];
        // "“…,” a senior source said" (or "they said" going on with such a
        // speaker): the quote's own cue names no one, and no nearby name is
        // borrowed for it.
        let own_cue = matches!(trace[qi].via, Via::After | Via::Before);
        let unnamed_cue = own_cue
            && matches!(trace[qi].cue, Cue::Pronoun("they" | "it"))
            && q.speaker.is_none()
            && q.speaker_description.is_some();
        // "the company said", "as the report states": the rules read the noun
        // phrase (an organisation just named, or nobody), and that stands.
        let nominal_cue = own_cue && trace[qi].cue == Cue::Nominal;
        if unnamed_cue || nominal_cue {
            continue;
        }
        // A quote with no attribution of its own that goes on from another
        // (“A,” she said. “B.”; a later paragraph of a long quote) keeps
        // that one's final speaker.
        let from = match trace[qi].via {
            Via::Split if trace[qi].cue == Cue::None => qi.checked_sub(1),
            Via::Continuation if trace[qi].cue == Cue::None => q.continues.filter(|&h| h < qi),
            _ => None,
        };
        if let Some(h) = from {
            let (speaker, description) = (quotes[h].speaker, quotes[h].speaker_description.clone());
            quotes[qi].speaker = speaker;
            quotes[qi].speaker_description = description;
            continue;
        }
        match pick {
            Choice::Nobody => {
                if q.speaker.is_some() {
                    q.speaker = None;
                    q.speaker_description = None;
                }
            }
            Choice::Entity(id) => {
                q.speaker = Some(id);
                q.speaker_description = None;
                if let (Cue::Pronoun(p @ ("he" | "she")), None, Kind::Person) =
                    (trace[qi].cue, entities[id].gender, entities[id].kind)
                {
                    entities[id].gender = Some(if p == "he" {
                        Gender::Male
                    } else {
                        Gender::Female
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
