//! Small codes and tests over a document that the speaker features are made of.

use super::*;

pub(super) fn is_speaker_kind(k: Kind) -> bool {
    matches!(k, Kind::Person | Kind::Organization | Kind::Place)
}

pub(super) fn kind_code(k: Kind) -> u32 {
    match k {
        Kind::Person => 1,
        Kind::Organization => 2,
        Kind::Place => 3,
        _ => 4,
    }
}

pub(super) fn via_code(v: Via) -> u32 {
    v as u32
}

pub(super) fn cue_code(c: Cue) -> u32 {
    match c {
        Cue::None => 0,
        Cue::Entity => 1,
        Cue::Pronoun("he") => 2,
        Cue::Pronoun("she") => 3,
        Cue::Pronoun("they") => 4,
        Cue::Pronoun(_) => 5,
        Cue::Nominal => 6,
    }
}

/// The cue's class: none, a name, a pronoun, a noun phrase.
pub(super) fn cue_class(c: Cue) -> u32 {
    match c {
        Cue::None => 0,
        Cue::Entity => 1,
        Cue::Pronoun(_) => 2,
        Cue::Nominal => 3,
    }
}

pub(super) fn gender_code(g: Option<Gender>) -> u32 {
    match g {
        None => 0,
        Some(Gender::Male) => 1,
        Some(Gender::Female) => 2,
    }
}

pub(super) fn bucket(n: usize) -> u32 {
    match n {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=4 => 3,
        5..=8 => 4,
        9..=15 => 5,
        16..=30 => 6,
        _ => 7,
    }
}

pub(super) fn count_bucket(n: usize) -> u32 {
    match n {
        0..=1 => 0,
        2 => 1,
        3..=5 => 2,
        6..=10 => 3,
        _ => 4,
    }
}

pub(super) fn mentions_of(doc: &Doc) -> Vec<Vec<Mention>> {
    doc.blocks
        .iter()
        .enumerate()
        .map(|(b, d)| {
            let mut ms = d
                .candidates
                .iter()
                .enumerate()
                .filter_map(|(ci, c)| {
                    let id = doc.cand_entity[b][ci]? as usize;
                    is_speaker_kind(doc.entities[id].kind).then(|| Mention {
                        first: c.first(),
                        last: c.last(),
                        entity: id,
                        inside: doc.inside[b][c.first()],
                        subject: false,
                    })
                })
                .collect::<Vec<_>>();
            // In order of their first token: the lookups below search them.
            debug_assert!(ms.windows(2).all(|w| w[0].first <= w[1].first));
            mark_subjects(&d.sentences, &mut ms);
            // (Collected from a filter, a block's list starts with room for
            // four; a page of many short blocks keeps them all.)
            ms.shrink_to_fit();
            ms
        })
        .collect()
}

/// Token index of the first token starting at or after byte `at`.
pub(super) fn token_at(d: &Block, at: usize) -> usize {
    d.tokens.partition_point(|t| t.start() < at)
}

#[inline(never)]
pub(super) fn word(d: &Block, text: &str, t: Option<usize>) -> u32 {
    match t.and_then(|t| d.tokens.get(t)) {
        Some(tok) => hash_lower(tok.as_str(text)),
        None => 0,
    }
}

/// Where a block's speech verbs and reporting cues stand (token indexes,
/// ascending). Found once per block: looked up again for every quote and
/// every candidate, the same words cost a block of many quotes and names
/// most of its analysis time.
#[derive(Default)]
pub(super) struct Cues {
    speech: Vec<usize>,
    /// Speech verbs, partial-quote cues and reporting cues.
    cue: Vec<usize>,
}

impl Cues {
    pub(super) fn of(d: &Block, text: &str) -> Cues {
        let mut c = Cues::default();
        for (t, tok) in d.tokens.iter().enumerate() {
            // One lookup a token: what `is_speech_at` and `is_cue_at` ask.
            let k = data::with_lower(tok.as_str(text), data::class);
            if k.any(data::Class::SPEECH_VERB) {
                c.speech.push(t);
                c.cue.push(t);
            } else if k.any(data::Class::PARTIAL_QUOTE_CUE | data::Class::REPORTING_CUE) {
                c.cue.push(t);
            }
        }
        c
    }

    pub(super) fn is_speech(&self, t: usize) -> bool {
        self.speech.binary_search(&t).is_ok()
    }

    /// Speech verbs in tokens `a..b`.
    pub(super) fn speech_in(&self, a: usize, b: usize) -> usize {
        if a >= b {
            return 0;
        }
        self.speech.partition_point(|&t| t < b) - self.speech.partition_point(|&t| t < a)
    }

    /// The last cue in tokens `a..b`.
    pub(super) fn last_cue_in(&self, a: usize, b: usize) -> Option<usize> {
        let i = self.cue.partition_point(|&t| t < b);
        i.checked_sub(1).map(|i| self.cue[i]).filter(|&t| t >= a)
    }

    /// The first cue in tokens `a..b`.
    pub(super) fn first_cue_in(&self, a: usize, b: usize) -> Option<usize> {
        let i = self.cue.partition_point(|&t| t < a);
        self.cue.get(i).copied().filter(|&t| t < b)
    }
}

/// What an entity's name looks like: its number of words (up to 4), and
/// whether a word is a speech verb ("Marsh Said", a headline's words) or in
/// lower case.
pub(super) fn name_shape(name: &str) -> u32 {
    let mut n = 0;
    let mut odd = 0;
    for w in name.split_whitespace() {
        n += 1;
        if data::with_lower(w, data::is_speech_verb) {
            odd |= 1;
        }
        if w.chars().next().is_some_and(char::is_lowercase) {
            odd |= 2;
        }
    }
    n.min(4) | odd << 4
}

/// Mark each mention that is the subject of its sentence: every mention
/// outside quotes before it in the sentence is of its entity. One pass, from
/// the previous such mention's answer where it stands in the same sentence
/// (a sentence of thousands of names is not walked once per name).
fn mark_subjects(sentences: &[(usize, usize)], ms: &mut [Mention]) {
    // The previous mention outside quotes: (index, its sentence's start).
    let mut prev: Option<(usize, usize)> = None;
    for i in 0..ms.len() {
        if ms[i].inside {
            continue;
        }
        let (s, _) = sentence_of(sentences, ms[i].first);
        ms[i].subject = match prev {
            Some((p, _)) if ms[p].first < s => true,
            Some((p, ps)) if ps == s => ms[p].subject && ms[p].entity == ms[i].entity,
            Some(_) => {
                // (A token outside every sentence counts from the block's
                // start: walk back.)
                let (first, entity) = (ms[i].first, ms[i].entity);
                ms[..i]
                    .iter()
                    .filter(|x| !x.inside && x.first >= s && x.first < first)
                    .all(|x| x.entity == entity)
            }
            None => true,
        };
        prev = Some((i, s));
    }
}

/// The first mention outside quotes among `ms`, and the first person's.
#[inline(never)]
pub(super) fn first_in(doc: &Doc, ms: &[Mention]) -> [Option<usize>; 2] {
    let first = ms.iter().find(|m| !m.inside).map(|m| m.entity);
    let person = ms
        .iter()
        .find(|m| !m.inside && doc.entities[m.entity].kind == Kind::Person)
        .map(|m| m.entity);
    [first, person]
}
