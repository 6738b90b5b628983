//! The learned name tagger: which tokens are part of a person, place,
//! organisation or other name (CoNLL's PER, LOC, ORG, MISC).
//!
//! An averaged perceptron (Collins 2002) over hashed features, decoded greedily
//! left to right, one label per token (IO scheme: a name is a run of tokens with
//! the same label). The features are those of the classic CoNLL-2003 taggers:
//! the word and its neighbours, word shape, affixes, the gazetteers in
//! [`super::data`], and two document-level ones (after Ratinov & Roth 2009):
//! how the word is written elsewhere in the article, and the words around its
//! other occurrences. (Their third, the labels the word got earlier in the
//! document, lost 1.3 points on the held-out split here: one early mistake
//! spread to every later mention.) It also reads what the rules of
//! `entity::rule_names` said of each token (stacking): the rules know
//! titles, honorifics, organisation heads and the gazetteers, and the
//! perceptron learns from CoNLL-2003 train how far to trust them.
//!
//! Feature hashing keeps the model a fixed table of `2^17 × 5` weights, each
//! one of seven values (0, ±1, ±2, ±4 units: a log scale), compiled in from
//! `model.bin`: 28 KB, range coded ([`pack`]; 43 KB gzipped as plain bytes). The table is written by the training program
//! (`crate::train`, feature `train`):
//!
//! ```text
//! bash tests/tools/train_ner.sh
//! ```
//!
//! The rule-based detector in `entity` still finds titles, roles,
//! dates and figures; `entity::detect` takes this tagger's names as
//! the authority on which capitalised words are names and of what kind.

use std::collections::HashMap;

pub(crate) mod pack;

use super::block::Block;
use super::candidate::rule_codes;
use super::case;
use super::data::{self, Gazetteer};
use super::sentence::{is_shouting, Capitals};
use super::token::Token;

/// How many labels the tagger chooses between.
pub(crate) const LABELS: usize = 5;

/// A token's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Label {
    /// Not part of a name.
    O = 0,
    /// A person (CoNLL PER).
    Per = 1,
    /// A place (LOC).
    Loc = 2,
    /// An organisation (ORG).
    Org = 3,
    /// Any other name: nationalities, events, products (MISC).
    Misc = 4,
}

impl Label {
    /// The label with index `i` (`0..LABELS`).
    pub(crate) fn from_index(i: usize) -> Label {
        match i {
            1 => Label::Per,
            2 => Label::Loc,
            3 => Label::Org,
            4 => Label::Misc,
            _ => Label::O,
        }
    }
}

/// Where the tagger's scores come from: the compiled-in [`Model`], or the
/// weights being trained.
pub(crate) trait Weights {
    /// Add the weights of feature hash `f` to `scores`.
    fn add(&self, f: u32, scores: &mut [i32; LABELS]);
}

/// The compiled-in model.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    shift: u32,
    table: &'static [u8],
    /// Weight of each byte of the table: byte `b` is the code `b - 128`, and
    /// code `±m` weighs `±magnitude[m - 1]`.
    lut: [i32; 256],
}

/// Magic bytes at the start of `model.bin`.
pub(crate) const MAGIC: &[u8; 8] = b"AENER02\0";

static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

/// The compiled-in model, once unpacked.
static BUILTIN: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
/// The compiled-in model while [`Model::warm_up`] unpacks it.
static UNPACKING: std::sync::Mutex<Option<pack::Unpacker<'static>>> = std::sync::Mutex::new(None);

fn lock_unpacking() -> std::sync::MutexGuard<'static, Option<pack::Unpacker<'static>>> {
    // After a panic in a step the unpacker's own check (`finish`) decides
    // whether what it holds is whole.
    UNPACKING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Model {
    /// The model compiled into the library.
    pub(crate) fn builtin() -> &'static Model {
        BUILTIN.get_or_init(|| {
            let unpacker = lock_unpacking()
                .take()
                .or_else(|| pack::Unpacker::new(MODEL_BYTES));
            unpacker
                .and_then(|mut u| {
                    while !u.step(usize::MAX) {}
                    u.finish()
                })
                .and_then(|b| Model::from_bytes(Box::leak(b.into_boxed_slice())))
                .expect("model.bin is written by the training program")
        })
    }

    /// Unpack up to `rows` more rows of the compiled-in model ahead of its
    /// first use; true once it is ready. For a host that spreads start-up
    /// work over several tasks (`crate::warm_up`).
    pub(crate) fn warm_up(rows: usize) -> bool {
        if BUILTIN.get().is_some() {
            return true;
        }
        let done = {
            let mut guard = lock_unpacking();
            match guard.as_mut() {
                Some(u) => u.step(rows),
                None => match pack::Unpacker::new(MODEL_BYTES) {
                    Some(u) => guard.insert(u).step(rows),
                    None => true,
                },
            }
        };
        if done {
            Model::builtin();
        }
        done
    }

    /// Read a model file (`model.bin`, what the training program writes: the
    /// bytes of [`Model::from_bytes`] packed by [`pack`]). Its table is
    /// unpacked once and kept for the life of the program. `None` when the
    /// bytes are not a model file.
    #[cfg(feature = "train")]
    pub(crate) fn from_file(bytes: &[u8]) -> Option<Model> {
        Model::from_bytes(Box::leak(pack::unpack(bytes)?.into_boxed_slice()))
    }

    /// Read a model: [`MAGIC`]; one byte `bits`; one byte `levels`; `levels`
    /// magnitudes as little-endian u16; then `2^bits × LABELS` bytes, each a
    /// code from `-levels` to `levels` plus 128. `None` when the bytes are
    /// not such a model.
    ///
    /// (Codes are offset so that a zero weight is not a zero byte: wasm-opt
    /// splits data segments at runs of zero bytes, and the tens of thousands
    /// of small segments that gave cost 40 KB gzipped.)
    pub(crate) fn from_bytes(bytes: &'static [u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (&bits, rest) = rest.split_first()?;
        let (&levels, rest) = rest.split_first()?;
        let (mags, table) = rest.split_at_checked(2 * usize::from(levels))?;
        if !(8..=24).contains(&bits)
            || levels == 0
            || levels > 127
            || table.len() != (LABELS << bits)
        {
            return None;
        }
        let mut lut = [0i32; 256];
        for (m, pair) in mags.chunks_exact(2).enumerate() {
            let v = i32::from(u16::from_le_bytes([pair[0], pair[1]]));
            lut[128 + m + 1] = v;
            lut[128 - m - 1] = -v;
        }
        if table.iter().any(|&b| b.abs_diff(128) > levels) {
            return None;
        }
        Some(Model {
            shift: 32 - u32::from(bits),
            table,
            lut,
        })
    }
}

impl Weights for Model {
    #[inline]
    fn add(&self, f: u32, scores: &mut [i32; LABELS]) {
        let row = (f >> self.shift) as usize * LABELS;
        let w = &self.table[row..row + LABELS];
        for (s, &b) in scores.iter_mut().zip(w) {
            *s += self.lut[usize::from(b)];
        }
    }
}

// ---- hashing -------------------------------------------------------------

const SEED: u32 = 0x9E37_79B9;

#[inline]
pub(crate) fn mix(h: u32, x: u32) -> u32 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x2722_0A95)
}

/// Murmur3's finaliser: spreads every input bit over the high bits that pick
/// the table row.
#[inline]
pub(crate) fn fmix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85EB_CA6B);
    h ^= h >> 13;
    h = h.wrapping_mul(0xC2B2_AE35);
    h ^ (h >> 16)
}

#[inline]
fn feat(template: u32, a: u32) -> u32 {
    fmix(mix(mix(SEED, template), a))
}

#[inline]
fn feat2(template: u32, a: u32, b: u32) -> u32 {
    fmix(mix(mix(mix(SEED, template), a), b))
}

#[inline]
fn feat3(template: u32, a: u32, b: u32, c: u32) -> u32 {
    fmix(mix(mix(mix(mix(SEED, template), a), b), c))
}

fn hash_lower(s: &str) -> u32 {
    if s.is_ascii() {
        // The same hash as below, without decoding characters.
        return s
            .bytes()
            .fold(SEED, |h, b| mix(h, u32::from(b.to_ascii_lowercase())));
    }
    s.chars().fold(SEED, mix_lower)
}

/// One character of [`hash_lower`]: its lower case mixed into `h`.
#[inline]
fn mix_lower(h: u32, c: char) -> u32 {
    if c.is_ascii() {
        mix(h, u32::from(c.to_ascii_lowercase()))
    } else {
        case::lower(c).fold(h, |h, l| mix(h, l as u32))
    }
}

fn hash_bytes(s: &[u8]) -> u32 {
    s.iter().fold(SEED, |h, &b| mix(h, u32::from(b)))
}

/// Word shape with runs collapsed: `Xx`, `X.X.`, `d,d`, `Xx-Xx`; at most 8 symbols.
fn shape_hash(s: &str) -> u32 {
    let mut h = SEED;
    let mut last = '\0';
    let mut n = 0;
    for c in s.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k != last {
            h = mix(h, k as u32);
            last = k;
            n += 1;
            if n == 8 {
                break;
            }
        }
    }
    h
}

// Feature templates. Changing any of these changes what the model means:
// retrain after.
const T_BIAS: u32 = 1;
const T_LOWER: u32 = 2;
const T_EXACT: u32 = 3;
const T_PREV: u32 = 4;
const T_NEXT: u32 = 5;
const T_PREV2: u32 = 6;
const T_NEXT2: u32 = 7;
const T_SHAPE: u32 = 8;
const T_SHAPE_PREV: u32 = 9;
const T_SHAPE_NEXT: u32 = 10;
const T_SHAPES: u32 = 11;
const T_BIGRAM_PREV: u32 = 12;
const T_BIGRAM_NEXT: u32 = 13;
const T_PREFIX: u32 = 14;
const T_SUFFIX: u32 = 20;
const T_INITIAL: u32 = 30;
const T_SHOUT: u32 = 31;
const T_SHOUT_WORD: u32 = 32;
const T_GAZ: u32 = 33;
const T_GAZ_PREV: u32 = 34;
const T_GAZ_NEXT: u32 = 35;
const T_GIVEN: u32 = 36;
const T_GIVEN_PREV: u32 = 37;
const T_DOC_CASE: u32 = 38;
const T_LABEL1: u32 = 40;
const T_LABEL2: u32 = 41;
const T_LABEL_WORD: u32 = 42;
const T_LABEL_SHAPE: u32 = 43;
const T_PREV_SHAPE_WORD: u32 = 44;
const T_AGG_PREV: u32 = 45;
const T_AGG_NEXT: u32 = 46;
const T_TABLE: u32 = 47;
const T_RULE: u32 = 50;
const T_RULE_PREV: u32 = 51;
const T_RULE_NEXT: u32 = 52;
const T_RULE_SHAPE: u32 = 53;
const T_WORD_SHAPE_NEXT: u32 = 48;

/// How many of a word's occurrences lend their context to each of the others.
const AGG_OCCURRENCES: usize = 8;

/// Boundary stand-ins for neighbours outside the sentence.
const START: u32 = 0x5354_4152;
const END: u32 = 0x454E_4421;

/// What the tagger precomputes for each token of a block.
#[derive(Debug, Clone, Copy, Default)]
struct Tok {
    lower: u32,
    shape: u32,
    /// 0: none; else 1 + 2 × kind + (0 first word, 1 later word).
    gaz: u8,
    /// 0: not a given name; 1 male; 2 female; 3 either.
    given: u8,
}

fn gaz_code(g: Gazetteer) -> u8 {
    match g {
        Gazetteer::Place(_) => 0,
        Gazetteer::Group(_) => 1,
        Gazetteer::Org(_) => 2,
        // (Not marked: see `mark_gazetteer`.)
        Gazetteer::Product => 3,
    }
}

/// The longest gazetteer phrase at each capitalised token, marked on the tokens.
fn mark_gazetteer(text: &str, toks: &[Token], out: &mut [Tok]) {
    let max = data::gazetteer_max_words();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_word() || !(toks[i].is_capitalised() || toks[i].is_all_caps()) {
            i += 1;
            continue;
        }
        if !data::may_start_gazetteer(toks[i].as_str(text)) {
            i += 1;
            continue;
        }
        // Phrases are the text itself when the words are one space apart.
        let mut end = i + 1;
        while end < toks.len()
            && end - i < max
            && &text[toks[end - 1].end()..toks[end].start()] == " "
        {
            end += 1;
        }
        let mut found = None;
        for k in (i + 1..=end).rev() {
            // (Products are not read: CoNLL train, where the weights are
            // learned, names none of them.)
            if let Some(g) = data::gazetteer(&text[toks[i].start()..toks[k - 1].end()])
                .filter(|g| !matches!(g, Gazetteer::Product))
            {
                found = Some((k, g));
                break;
            }
        }
        match found {
            Some((k, g)) => {
                let code = 1 + 2 * gaz_code(g);
                out[i].gaz = code;
                for t in &mut out[i + 1..k] {
                    t.gaz = code + 1;
                }
                i = k;
            }
            None => i += 1,
        }
    }
}

/// A headline or a menu, not prose: in capitals ([`is_shouting`]), or in title
/// case, where every word but the small function words is capitalised and at
/// least two of them, past the first, are ordinary English words ("Clinton
/// Email Is Subject of Inquiry", "Share This Page"), with no figures.
fn is_headline(text: &str, toks: &[Token]) -> bool {
    if is_shouting(toks, Capitals::Tokens) {
        return true;
    }
    let mut words = 0;
    let mut common_caps = 0;
    for (k, t) in toks.iter().enumerate() {
        if t.has_digit() {
            // A results line or a table row ("Leeds United 2 Derby County 1").
            return false;
        }
        if !t.is_word() {
            continue;
        }
        words += 1;
        let w = t.as_str(text);
        if !t.is_capitalised() {
            if !data::with_lower(w, data::is_common_function) {
                return false;
            }
        } else if k > 0 && data::with_lower(w, data::is_common_word) {
            common_caps += 1;
        }
    }
    words >= 3 && common_caps >= 2
}

/// The most distinct words a document's memory holds. Articles have a few
/// thousand; past this (only in pathological input) new words are not
/// remembered, which bounds the memory at a few megabytes.
const MAX_WORDS: usize = 1 << 16;

/// What the document showed about one word (by lower-case form).
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    /// Written in lower case somewhere.
    lower: bool,
    /// Written capitalised inside a sentence (not first, not a headline).
    cap: bool,
    /// How many of `contexts` are filled.
    n_ctx: u8,
    /// The words before and after its first capitalised occurrences.
    contexts: [(u32, u32); AGG_OCCURRENCES],
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n);
    }
}

type WordMap = HashMap<u32, u32, std::hash::BuildHasherDefault<KeyHasher>>;

/// Tags the blocks of one document, with what the whole document shows about
/// each word.
pub(crate) struct DocTagger {
    /// Word (lower-case hash) -> index into `info`.
    index: WordMap,
    info: Vec<WordInfo>,
    feats: Vec<u32>,
    toks: Vec<Tok>,
    /// Training: score every token, even those that cannot be in a name,
    /// and list every feature (the weights change between tokens).
    pub(crate) training: bool,
    /// Per word of `info`, once computed: the summed weights of its context
    /// features, the same at each of its occurrences (not when training).
    context_scores: Vec<Option<[i32; LABELS]>>,
}

impl DocTagger {
    /// Read the whole document's casing and contexts first.
    pub(crate) fn new(texts: &[&str], blocks: &[Block]) -> DocTagger {
        let mut t = DocTagger {
            index: WordMap::default(),
            info: Vec::new(),
            feats: Vec::with_capacity(64),
            toks: Vec::new(),
            training: false,
            context_scores: Vec::new(),
        };
        for (&text, b) in texts.iter().zip(blocks) {
            let toks = &b.tokens;
            for &(s, e) in &b.sentences {
                let headline = is_headline(text, &toks[s..e]);
                for k in s..e {
                    let tk = &toks[k];
                    if !tk.is_word() || tk.has_digit() {
                        continue;
                    }
                    let w = tk.as_str(text);
                    let Some(info) = t.word(hash_lower(w)) else {
                        continue;
                    };
                    if w.starts_with(|c: char| c.is_lowercase()) {
                        info.lower = true;
                        continue;
                    }
                    if k > s && !headline && tk.is_capitalised() && !tk.is_all_caps() {
                        info.cap = true;
                    }
                    if usize::from(info.n_ctx) < AGG_OCCURRENCES {
                        let prev = if k > s {
                            hash_lower(toks[k - 1].as_str(text))
                        } else {
                            START
                        };
                        let next = if k + 1 < e {
                            hash_lower(toks[k + 1].as_str(text))
                        } else {
                            END
                        };
                        info.contexts[usize::from(info.n_ctx)] = (prev, next);
                        info.n_ctx += 1;
                    }
                }
            }
        }
        t.context_scores = vec![None; t.info.len()];
        t
    }

    /// The memory of word `h`, made if there is room.
    fn word(&mut self, h: u32) -> Option<&mut WordInfo> {
        let i = match self.index.get(&h) {
            Some(&i) => i as usize,
            None if self.info.len() < MAX_WORDS => {
                self.index.insert(h, self.info.len() as u32);
                self.info.push(WordInfo::default());
                self.info.len() - 1
            }
            None => return None,
        };
        Some(&mut self.info[i])
    }

    /// Label every token of `block` with the compiled-in model.
    pub(crate) fn tag(&mut self, model: &Model, text: &str, block: &Block) -> Vec<Label> {
        self.tag_with(model, text, block, |_, _, l| l)
    }

    /// Label every token of `block`. `decide(features, token, predicted)`
    /// returns the label to keep (training updates its weights there).
    pub(crate) fn tag_with<W: Weights>(
        &mut self,
        w: &W,
        text: &str,
        block: &Block,
        mut decide: impl FnMut(&[u32], usize, Label) -> Label,
    ) -> Vec<Label> {
        // (The block's candidates are still the rules' names.)
        let codes = rule_codes(&block.candidates, block.tokens.len());
        let (toks, sents, rules) = (&block.tokens[..], &block.sentences, &codes[..]);
        self.toks.clear();
        self.toks.extend(toks.iter().map(|t| {
            let s = t.as_str(text);
            Tok {
                lower: hash_lower(s),
                shape: shape_hash(s),
                gaz: 0,
                given: match data::given_name(s) {
                    None => 0,
                    Some(Some(data::Gender::Male)) => 1,
                    Some(Some(data::Gender::Female)) => 2,
                    Some(None) => 3,
                },
            }
        }));
        mark_gazetteer(text, toks, &mut self.toks);
        let mut labels = vec![Label::O; toks.len()];
        for &(s, e) in sents {
            let shout = is_shouting(&toks[s..e], Capitals::Tokens);
            let digits = toks[s..e].iter().filter(|t| t.has_digit()).count();
            let table = digits >= 2 && digits * 4 >= e - s;
            for i in s..e {
                // A token with no capital letter, after no name and before
                // no capitalised word, is outside every name: it is not
                // scored. That is half the tokens of prose. (Training scores
                // every token: trained on only the rest, the model was worse,
                // 0.893 against 0.902 F1 on CoNLL valid.)
                if !self.training
                    && !toks[i].has_upper()
                    && (i == s || labels[i - 1] == Label::O)
                    && (i + 1 >= e || !toks[i + 1].has_upper())
                {
                    continue;
                }
                let l = self.token(
                    w,
                    (text, toks, rules),
                    &labels,
                    (s, e),
                    i,
                    (shout, table),
                    &mut decide,
                );
                labels[i] = l;
            }
        }
        // The scratch tokens of a long block are not kept for the next one.
        if self.toks.capacity() > 1 << 16 {
            self.toks = Vec::new();
        }
        labels
    }

    #[allow(clippy::too_many_arguments)]
    fn token<W: Weights>(
        &mut self,
        w: &W,
        (text, toks, rules): (&str, &[Token], &[u8]),
        labels: &[Label],
        (s, e): (usize, usize),
        i: usize,
        (shout, table): (bool, bool),
        decide: &mut impl FnMut(&[u32], usize, Label) -> Label,
    ) -> Label {
        let tk = &self.toks;
        let me = tk[i];
        let at = |j: isize, f: fn(&Tok) -> u32, edge: u32| -> u32 {
            let j = i as isize + j;
            if j < s as isize || j >= e as isize {
                edge
            } else {
                f(&tk[j as usize])
            }
        };
        let lower = |t: &Tok| t.lower;
        let shape = |t: &Tok| t.shape;
        let gaz = |t: &Tok| u32::from(t.gaz);
        let given = |t: &Tok| u32::from(t.given);
        let (p1, p2) = (at(-1, lower, START), at(-2, lower, START));
        let (n1, n2) = (at(1, lower, END), at(2, lower, END));
        let (sp, sn) = (at(-1, shape, START), at(1, shape, END));
        let mut scores = [0i32; LABELS];
        let f = &mut self.feats;
        f.clear();
        f.push(feat(T_BIAS, 0));
        f.push(feat(T_LOWER, me.lower));
        f.push(feat(T_EXACT, hash_bytes(toks[i].as_str(text).as_bytes())));
        f.push(feat(T_PREV, p1));
        f.push(feat(T_NEXT, n1));
        f.push(feat(T_PREV2, p2));
        f.push(feat(T_NEXT2, n2));
        f.push(feat(T_SHAPE, me.shape));
        f.push(feat(T_SHAPE_PREV, sp));
        f.push(feat(T_SHAPE_NEXT, sn));
        f.push(feat3(T_SHAPES, sp, me.shape, sn));
        f.push(feat2(T_BIGRAM_PREV, p1, me.lower));
        f.push(feat2(T_BIGRAM_NEXT, me.lower, n1));
        f.push(feat2(T_PREV_SHAPE_WORD, p1, me.shape));
        f.push(feat2(T_WORD_SHAPE_NEXT, me.lower, sn));
        let rule = |j: isize| -> u32 {
            let j = i as isize + j;
            if j < s as isize || j >= e as isize {
                99
            } else {
                u32::from(rules.get(j as usize).copied().unwrap_or(0))
            }
        };
        f.push(feat(T_RULE, rule(0)));
        f.push(feat(T_RULE_PREV, rule(-1)));
        f.push(feat(T_RULE_NEXT, rule(1)));
        f.push(feat2(T_RULE_SHAPE, rule(0), me.shape));
        if table {
            f.push(feat2(T_TABLE, me.shape, gaz(&me)));
        }
        let word = toks[i].as_str(text);
        if toks[i].is_word() {
            // The hashes of the first one to three characters (never the
            // whole word), as hash_lower would give them, in one pass.
            let mut chars = word.chars().peekable();
            let mut h = SEED;
            for n in 0..3 {
                let Some(c) = chars.next() else { break };
                h = mix_lower(h, c);
                if chars.peek().is_none() {
                    break;
                }
                f.push(feat(T_PREFIX + n, h));
            }
            let mut starts = word.char_indices().rev().map(|(k, _)| k);
            for n in 1..=4 {
                match starts.next() {
                    Some(k) if k > 0 => f.push(feat(T_SUFFIX + n, hash_lower(&word[k..]))),
                    _ => break,
                }
            }
        }
        f.push(feat2(T_INITIAL, u32::from(i == s), me.shape));
        if shout {
            f.push(feat(T_SHOUT, me.shape));
            f.push(feat(T_SHOUT_WORD, me.lower));
        }
        f.push(feat2(T_GAZ, gaz(&me), u32::from(toks[i].is_capitalised())));
        f.push(feat(T_GAZ_PREV, at(-1, gaz, 99)));
        f.push(feat(T_GAZ_NEXT, at(1, gaz, 99)));
        f.push(feat2(
            T_GIVEN,
            given(&me),
            u32::from(toks[i].is_capitalised()),
        ));
        f.push(feat(T_GIVEN_PREV, at(-1, given, 99)));
        if toks[i].is_word() && !toks[i].has_digit() {
            let word = self
                .index
                .get(&me.lower)
                .map(|&k| (k as usize, &self.info[k as usize]));
            let info = word.map(|(_, w)| w);
            let case = u32::from(info.is_some_and(|w| w.lower))
                | u32::from(info.is_some_and(|w| w.cap)) << 1
                | u32::from(toks[i].is_capitalised()) << 2
                | u32::from(i == s) << 3
                | u32::from(shout) << 4;
            f.push(feat(T_DOC_CASE, case));
            if let Some((k, info)) =
                word.filter(|_| toks[i].is_capitalised() || toks[i].is_all_caps())
            {
                let contexts = &info.contexts[..usize::from(info.n_ctx)];
                let context_feats = contexts
                    .iter()
                    .flat_map(|&(p, n)| [feat(T_AGG_PREV, p), feat(T_AGG_NEXT, n)]);
                if self.training {
                    f.extend(context_feats);
                } else {
                    let sums = self.context_scores[k].get_or_insert_with(|| {
                        let mut s = [0; LABELS];
                        context_feats.for_each(|h| w.add(h, &mut s));
                        s
                    });
                    for (s, c) in scores.iter_mut().zip(sums.iter()) {
                        *s += c;
                    }
                }
            }
        }
        let l1 = if i > s { labels[i - 1] as u32 } else { 9 };
        let l2 = if i > s + 1 { labels[i - 2] as u32 } else { 9 };
        f.push(feat(T_LABEL1, l1));
        f.push(feat2(T_LABEL2, l1, l2));
        f.push(feat2(T_LABEL_WORD, l1, me.lower));
        f.push(feat2(T_LABEL_SHAPE, l1, me.shape));
        for &h in f.iter() {
            w.add(h, &mut scores);
        }
        // Ties go to the lower label index (O first).
        let mut best = 0;
        for l in 1..LABELS {
            if scores[l] > scores[best] {
                best = l;
            }
        }
        decide(f, i, Label::from_index(best))
    }
}

impl DocTagger {
    /// The names in a tagged block, as [`segments`] gives them, less those in
    /// a headline or menu (in capitals, or in title case) whose
    /// words the article's prose never writes capitalised inside a sentence:
    /// "HARWICK MULLS NEW TAX" keeps "HARWICK" only if the article mentions
    /// Harwick, and "Clinton Email Is Subject of Inquiry" keeps "Clinton".
    /// Full names that start with a known given name are kept wherever they
    /// stand (bylines are in title case), and so are the places, groups and
    /// organisations the gazetteers know ("LISBON MULLS NEW TAX").
    pub(crate) fn names(
        &self,
        text: &str,
        block: &Block,
        labels: &[Label],
    ) -> Vec<(usize, usize, Label)> {
        let toks = &block.tokens;
        let mut out = people_split_at_commas(text, toks, segments(labels, &block.sentences));
        // "Writer Ada Lind", "Bishop Desmond Tutu": a role noun before a
        // given name and a surname is the person's role, not part of the name
        // (in CoNLL-2003 train, 169 such role words are outside the name and
        // 1 inside).
        for (a, b, l) in &mut out {
            if *l == Label::Per && *b >= *a + 3 && is_role_before_name(text, toks, *a) {
                *a += 1;
            }
        }
        // "LEDs", "FPGAs", "NGOs": the plural of an acronym is a common noun.
        out.retain(|&(a, b, _)| !(b == a + 1 && is_plural_acronym(toks[a].as_str(text))));
        // "Unsurprisingly, …", "Nonetheless, …": a sentence's opening word
        // set off by a comma that is an adverb or an ordinary word, and no
        // name the tables know, is capitalised for its place alone (in
        // CoNLL-2003 train, 52 such words are no name and 6 are).
        out.retain(|&(a, b, _)| {
            !(b == a + 1 && is_opening_adverb(text, toks, &block.sentences, a))
        });
        // "Mar 9, 2018", "Dec. 1", "21 Nov 2017": a month by a figure is a
        // date's (in CoNLL-2003 train, 447 such months are no name and 1 is).
        out.retain(|&(a, b, _)| !(b == a + 1 && is_month_by_figure(text, toks, a)));
        let headlines: Vec<(usize, usize)> = block
            .sentences
            .iter()
            .copied()
            .filter(|&(s, e)| is_headline(text, &toks[s..e]))
            .collect();
        if !headlines.is_empty() {
            out.retain(|&(a, b, _)| {
                let i = headlines.partition_point(|&(_, e)| e <= a);
                let in_headline = headlines.get(i).is_some_and(|&(s, _)| s <= a);
                // A person's full name starting with a known given name
                // stands anywhere: "By Hannah Lowe, Diplomatic Correspondent".
                let full_name = b > a + 1 && data::given_name(toks[a].as_str(text)).is_some();
                // So does a place, group or organisation the gazetteers know,
                // in any case ("KANSAS CITY"), unless it is one ordinary word
                // ("Reading").
                let known = in_headline && {
                    let phrase = &text[toks[a].start()..toks[b - 1].end()];
                    (b > a + 1 || !data::with_lower(phrase, data::is_common_word))
                        && data::gazetteer_any_case(phrase).is_some()
                };
                !in_headline
                    || full_name
                    || known
                    || toks[a..b].iter().all(|t| {
                        !t.is_word()
                            || self
                                .index
                                .get(&hash_lower(t.as_str(text)))
                                .is_some_and(|&k| self.info[k as usize].cap)
                    })
            });
        }
        out
    }
}

/// Names as token ranges `(first, end, label)`: runs of one label inside a sentence.
pub(crate) fn segments(labels: &[Label], sents: &[(usize, usize)]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    for &(s, e) in sents {
        let mut i = s;
        while i < e {
            let l = labels[i];
            if l == Label::O {
                i += 1;
                continue;
            }
            let a = i;
            while i < e && labels[i] == l {
                i += 1;
            }
            out.push((a, i, l));
        }
    }
    out
}

/// A person's name holds no comma but before "Jr." or a given name after
/// the surname: "Banzi, Cuartielles, Mellis, Igoe" run together by the
/// tagger are four names (CoNLL-2003 train has no comma inside a person's
/// name).
fn people_split_at_commas(
    text: &str,
    toks: &[Token],
    names: Vec<(usize, usize, Label)>,
) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::with_capacity(names.len());
    for (a, b, l) in names {
        // "Wheeler, Jeremy" in a list of references is one person, surname first.
        let inverted = || {
            b == a + 3
                && toks[a + 1].as_str(text) == ","
                && data::given_name(toks[a].as_str(text)).is_none()
                && data::given_name(toks[a + 2].as_str(text)).is_some()
        };
        if l != Label::Per || inverted() {
            out.push((a, b, l));
            continue;
        }
        let mut start = a;
        for k in a..=b {
            // ("Martin Luther King, Jr." stays one.)
            let suffix = || {
                k + 2 == b
                    && matches!(
                        toks[k + 1].as_str(text),
                        "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III"
                    )
            };
            if k == b || toks[k].as_str(text) == "," && !suffix() {
                if k > start {
                    out.push((start, k, l));
                }
                start = k + 1;
            }
        }
    }
    out
}

/// Is token `i` the first word of its sentence or of a quotation (“…
/// states, “Incredibly, …”), followed by a comma, and an "-ly" adverb, a
/// sentence adverb ([`data::SENTENCE_ADVERBS`]) or a frequent ordinary
/// word, and neither a given name nor in the gazetteers?
fn is_opening_adverb(text: &str, toks: &[Token], sentences: &[(usize, usize)], i: usize) -> bool {
    let k = sentences.partition_point(|&(_, e)| e <= i);
    let opens = sentences
        .get(k)
        .is_some_and(|&(s, _)| s <= i && toks[s..i].iter().all(|t| !t.is_word()))
        || i.checked_sub(1)
            .is_some_and(|p| matches!(toks[p].as_str(text), "\u{201C}" | "\""));
    if !opens || toks.get(i + 1).is_none_or(|t| t.as_str(text) != ",") {
        return false;
    }
    let w = toks[i].as_str(text);
    w.chars().count() > 4
        && data::with_lower(w, |l| {
            l.ends_with("ly") || data::is_common_word(l) || data::SENTENCE_ADVERBS.contains(&l)
        })
        && data::given_name(w).is_none()
        && data::gazetteer_any_case(w).is_none()
}

/// Is token `i` a capitalised role noun ("Writer") before a given name?
fn is_role_before_name(text: &str, toks: &[Token], i: usize) -> bool {
    let w = toks[i].as_str(text);
    toks[i].is_capitalised()
        && data::given_name(w).is_none()
        && data::with_lower(w, |l| data::class(l).any(data::Class::ROLE_NOUN))
        && toks
            .get(i + 1)
            .is_some_and(|t| t.has_space_before() && data::given_name(t.as_str(text)).is_some())
}

/// Is token `i` a month, or its abbreviation, with a figure before it or
/// after it (past an abbreviation's full stop)?
fn is_month_by_figure(text: &str, toks: &[Token], i: usize) -> bool {
    let w = toks[i].as_str(text);
    let w = w.strip_suffix('.').unwrap_or(w);
    if !(data::class(w).any(data::Class::MONTH) || data::AMBIGUOUS_MONTHS.contains(&w)) {
        return false;
    }
    let figure = |t: Option<&Token>| {
        t.is_some_and(|t| t.as_str(text).starts_with(|c: char| c.is_ascii_digit()))
    };
    let next = match toks.get(i + 1) {
        Some(t) if t.as_str(text) == "." => toks.get(i + 2),
        t => t,
    };
    figure(next) || (i > 0 && figure(toks.get(i - 1)))
}

/// Two capitals or more, then a plural "s": "LEDs", "MPs".
fn is_plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_run_together_by_commas_are_split() {
        use Label::*;
        let text =
            "Banzi, Mellis, Igoe met Wheeler, Jeremy and Ada Lind, Jr. and Tallis Labs, Inc.";
        let toks = crate::text::token::tokenize(text);
        let at = |w: &str| toks.iter().position(|t| t.as_str(text) == w).unwrap();
        let names = vec![
            (at("Banzi"), at("Igoe") + 1, Per),
            (at("Wheeler"), at("Jeremy") + 1, Per),
            (at("Ada"), at("Jr.") + 1, Per),
            (at("Tallis"), at("Inc.") + 1, Org),
        ];
        let got: Vec<&str> = people_split_at_commas(text, &toks, names)
            .into_iter()
            .map(|(a, b, _)| &text[toks[a].start()..toks[b - 1].end()])
            .collect();
        assert_eq!(
            got,
            [
                "Banzi",
                "Mellis",
                "Igoe",
                "Wheeler, Jeremy",
                "Ada Lind, Jr.",
                "Tallis Labs, Inc."
            ]
        );
    }

    #[test]
    fn plural_acronyms_are_common_nouns() {
        for w in ["LEDs", "MPs", "FPGAs"] {
            assert!(is_plural_acronym(w), "{w}");
        }
        for w in ["Mrs", "Jones", "US", "IBM", "Ms", "s", "AIs2"] {
            assert!(!is_plural_acronym(w), "{w}");
        }
    }

    #[test]
    fn the_builtin_model_loads() {
        let m = Model::builtin();
        assert!(m.table.iter().any(|&b| b != 128));
    }

    #[test]
    fn rejects_bytes_that_are_not_a_model() {
        assert!(Model::from_bytes(b"AENER02\0").is_none());
        assert!(Model::from_bytes(b"nonsense").is_none());
        // Table too short for 2^8 rows.
        assert!(Model::from_bytes(b"AENER02\0\x08\x01\x10\0\0\0").is_none());
        // A code beyond the declared levels.
        let mut bad = b"AENER02\0\x08\x01\x10\0".to_vec();
        bad.extend(std::iter::repeat_n(128u8, LABELS << 8));
        bad[20] = 130;
        assert!(Model::from_bytes(Box::leak(bad.into_boxed_slice())).is_none());
    }

    #[test]
    fn segments_break_at_label_changes_and_sentences() {
        use Label::*;
        let labels = [Per, Per, O, Loc, Org, Org, Org];
        let segs = segments(&labels, &[(0, 5), (5, 7)]);
        assert_eq!(
            segs,
            vec![(0, 2, Per), (3, 4, Loc), (4, 5, Org), (5, 7, Org)]
        );
    }
}
