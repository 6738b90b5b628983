//! A candidate mention in one block: a name, date or figure found by the
//! rules or the tagger, with what the text says of it.

use super::types::{Gender, Kind};

/// A candidate mention. Positions are kept as `u32` (a long paragraph
/// holds hundreds of thousands of candidates) behind accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    start: u32,
    end: u32,
    first: u32,
    last: u32,
    /// Kind as detected.
    pub(crate) kind: Kind,
    /// Gender shown by an honorific or given name.
    pub(crate) gender: Option<Gender>,
    /// False for an unknown single capitalised word that only context can classify.
    pub(crate) certain: bool,
    /// Canonical name from a gazetteer ("United States" for "US").
    pub(crate) canonical: Option<&'static str>,
    /// Role from a title, pre-modifier or appositive.
    pub(crate) role: Option<Box<str>>,
}

impl Candidate {
    /// A certain candidate of `kind` over bytes `start..end`, tokens `first..last`.
    pub(crate) fn new(start: usize, end: usize, first: usize, last: usize, kind: Kind) -> Self {
        Candidate {
            start: start as u32,
            end: end as u32,
            first: first as u32,
            last: last as u32,
            kind,
            gender: None,
            certain: true,
            canonical: None,
            role: None,
        }
    }
    /// End the mention one byte earlier (its last token keeps a
    /// sentence's full stop).
    pub(crate) fn drop_final_dot(&mut self) {
        self.end -= 1;
    }

    /// Take in the tokens up to `last` (exclusive), ending at byte `end`.
    pub(crate) fn extend_to(&mut self, end: usize, last: usize) {
        debug_assert!(end >= self.end() && last >= self.last());
        self.end = end as u32;
        self.last = last as u32;
    }

    /// Give the candidate another kind. What belonged to the old kind
    /// goes: a person's role and gender; the canonical name, except
    /// between place and organisation ("the US said", the government,
    /// is still the "United States").
    pub(crate) fn set_kind(&mut self, kind: Kind) {
        if kind == self.kind {
            return;
        }
        if self.kind == Kind::Person {
            self.role = None;
            self.gender = None;
        }
        let named = |k: Kind| matches!(k, Kind::Place | Kind::Organization);
        if !(named(self.kind) && named(kind)) {
            self.canonical = None;
        }
        self.kind = kind;
    }

    /// Start byte in the block text.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }
    /// End byte (exclusive).
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }
    /// First token index.
    #[inline]
    pub(crate) fn first(&self) -> usize {
        self.first as usize
    }
    /// One past the last token index.
    #[inline]
    pub(crate) fn last(&self) -> usize {
        self.last as usize
    }
}

/// Text order: by start, the longer first, then by kind.
pub(crate) fn candidate_order(c: &Candidate) -> (usize, std::cmp::Reverse<usize>, Kind) {
    (c.start(), std::cmp::Reverse(c.end()), c.kind)
}

/// Index of the candidate holding token `t`. Candidates are sorted and never
/// overlap, so this is a binary search.
pub(crate) fn candidate_at(cands: &[Candidate], t: usize) -> Option<usize> {
    let i = cands.partition_point(|c| c.last() <= t);
    cands.get(i).filter(|c| c.first() <= t).map(|_| i)
}

/// What the rules said of each token, for the tagger's features: 0 for
/// nothing, else `1 + 2 × kind + (0 first word, 1 later word)`, plus 16 when
/// the rules found a role for the person.
pub(crate) fn rule_codes(rules: &[Candidate], n: usize) -> Vec<u8> {
    let mut out = vec![0u8; n];
    for c in rules {
        let kind = match c.kind {
            Kind::Person => 0,
            Kind::Organization => 1,
            Kind::Place => 2,
            Kind::Group => 3,
            _ => 4,
        };
        let role = if c.role.is_some() { 16 } else { 0 };
        for (k, code) in out[c.first()..c.last()].iter_mut().enumerate() {
            *code = 1 + 2 * kind + u8::from(k > 0) + role;
        }
    }
    out
}
