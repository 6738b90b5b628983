//! Static word tables. `generated.rs` is written by `tests/tools/gen_tables.py`
//! from registry packages and the CoNLL-2003 training split (word lists only);
//! `words.rs` holds the short hand-kept lists (function words, cue words,
//! titles, head words, the small lists the rules read). The lookups below
//! build one table over them, so a check made on every token is one hash.

mod generated;
mod words;

pub(crate) use words::*;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the tables' keys are short words and phrases, looked up for every
/// token; SipHash's protection against chosen keys buys nothing for a fixed,
/// compiled-in key set and cost a third of the analysis time.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// A hash map with the tables' FNV hasher, for the analysis's own per-article
/// maps of short words and names.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A table with a filter in front: most words looked up are in no table, and
/// the filter (one bit per length, first and last byte) turns nearly all of
/// them away before the hash. Never wrong about a key that is in the table.
struct Filtered<V> {
    map: Map<V>,
    bits: Box<[u64; 512]>,
}

impl<V: Copy> Filtered<V> {
    fn slot(key: &str) -> usize {
        let b = key.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (usize::from(f & 0x3F), usize::from(l & 0x1F)),
            _ => (0, 0),
        };
        (b.len().min(15) << 11) | (first << 5) | last
    }

    fn new(map: Map<V>) -> Self {
        let mut bits = Box::new([0u64; 512]);
        for k in map.keys() {
            let i = Self::slot(k);
            bits[i >> 6] |= 1 << (i & 63);
        }
        Filtered { map, bits }
    }

    #[inline]
    fn get(&self, key: &str) -> Option<V> {
        let i = Self::slot(key);
        if self.bits[i >> 6] & (1 << (i & 63)) == 0 {
            return None;
        }
        self.map.get(key).copied()
    }
}
use std::sync::OnceLock;

use crate::front_coding::expand;

use super::case;
pub(crate) use super::types::Gender;
use super::types::Kind;

/// What the gazetteers know of a capitalised phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gazetteer {
    /// A place; the canonical name when it differs ("US" -> "United States").
    Place(Option<&'static str>),
    /// A nationality or group; its country, when it has one.
    Group(Option<&'static str>),
    /// An organisation; the full name when this is a short form.
    Org(Option<&'static str>),
    /// A product, program, language, game or drug brand: an `other` name.
    Product,
}

impl Gazetteer {
    /// The kind of entity an entry names, and its canonical name if any.
    pub(crate) fn kind(self) -> (Kind, Option<&'static str>) {
        match self {
            Gazetteer::Place(c) => (Kind::Place, c),
            Gazetteer::Group(c) => (Kind::Group, c),
            Gazetteer::Org(c) => (Kind::Organization, c),
            Gazetteer::Product => (Kind::Other, None),
        }
    }
}

/// The gazetteers: places, groups, organisations and products, one table.
struct Gazetteers {
    phrases: Filtered<Gazetteer>,
    /// Longest phrase, in words.
    max_words: usize,
    /// [`start_hash`] of every phrase.
    starts: std::collections::HashSet<u64, BuildHasherDefault<Fnv>>,
}

/// FNV-1a of the lower-case leading letters and digits of `s` ("u" for
/// "U.S.", "côte" for "Côte d'Ivoire"), as UTF-8: what a phrase and its first
/// token share, whatever their case.
fn start_hash(s: &str) -> u64 {
    let mut h = Fnv::default();
    for c in s.chars() {
        if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                break;
            }
            h.write_u8(c.to_ascii_lowercase() as u8);
        } else {
            if !c.is_alphanumeric() {
                break;
            }
            for l in case::lower(c) {
                h.write(l.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    }
    h.finish()
}

// Each table is built from its lists on first use, or before, one table a
// step, by [`warm_up`].

fn gazetteers() -> &'static Gazetteers {
    static TABLE: OnceLock<Gazetteers> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut gazetteer = Map::with_capacity_and_hasher(4096, Default::default());
        let mut max_words = 1;
        let split = |line: &'static str| -> (&'static str, Option<&'static str>) {
            match line.split_once('\t') {
                Some((a, b)) if !b.is_empty() => (a, Some(b)),
                Some((a, _)) => (a, None),
                None => (line, None),
            }
        };
        for line in expand(generated::PLACES).lines() {
            let (n, c) = split(line);
            gazetteer.insert(n, Gazetteer::Place(c));
        }
        for line in generated::GROUPS.lines() {
            let (n, c) = split(line);
            gazetteer.insert(n, Gazetteer::Group(c));
        }
        for line in generated::ORGS.lines() {
            match line.split_once('|') {
                Some((short, full)) => {
                    gazetteer.insert(short, Gazetteer::Org(Some(full)));
                    gazetteer.entry(full).or_insert(Gazetteer::Org(None));
                }
                None => {
                    gazetteer.insert(line, Gazetteer::Org(None));
                }
            }
        }
        for line in generated::PRODUCTS.lines() {
            gazetteer.entry(line).or_insert(Gazetteer::Product);
        }
        let mut starts = std::collections::HashSet::default();
        for k in gazetteer.keys() {
            max_words = max_words.max(k.split(' ').count());
            starts.insert(start_hash(k));
        }
        Gazetteers {
            phrases: Filtered::new(gazetteer),
            max_words,
            starts,
        }
    })
}

fn given_names() -> &'static Filtered<Option<Gender>> {
    static TABLE: OnceLock<Filtered<Option<Gender>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Filtered::new(
            [
                (generated::GIVEN_NAMES_MALE, Some(Gender::Male)),
                (generated::GIVEN_NAMES_FEMALE, Some(Gender::Female)),
                (generated::GIVEN_NAMES_EITHER, None),
            ]
            .into_iter()
            .flat_map(|(list, g)| expand(list).lines().map(move |n| (n, g)))
            .collect(),
        )
    })
}

fn common_words() -> &'static Filtered<()> {
    static TABLE: OnceLock<Filtered<()>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Filtered::new(
            expand(generated::COMMON_WORDS)
                .lines()
                .chain(FUNCTION_WORDS.iter().copied())
                .chain(MORE_FUNCTION_WORDS.iter().copied())
                .map(|w| (w, ()))
                .collect(),
        )
    })
}

fn classes() -> &'static Filtered<Class> {
    static TABLE: OnceLock<Filtered<Class>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut classes: Map<Class> = Map::default();
        let lists: [(&[&'static str], Class); 15] = [
            (&TITLES, Class::TITLE),
            (&ROLE_NOUNS, Class::ROLE_NOUN),
            (&SPEECH_VERBS, Class::SPEECH_VERB),
            (&PARTIAL_QUOTE_CUES, Class::PARTIAL_QUOTE_CUE),
            (&ORG_HEADS, Class::ORG_HEAD),
            (&OTHER_HEADS, Class::OTHER_HEAD),
            (&PLACE_HEADS, Class::PLACE_HEAD),
            (&PLACE_FIRST_WORDS, Class::PLACE_FIRST_WORD),
            (&NAME_PARTICLES, Class::NAME_PARTICLE),
            (&WEEKDAYS, Class::WEEKDAY),
            (&MONTHS[..12], Class::FULL_MONTH),
            (&DEMONYM_NOUNS, Class::DEMONYM_NOUN),
            (&POSSESSIVE_FIRMS, Class::POSSESSIVE_FIRM),
            (&WORK_NOUNS, Class::WORK_NOUN),
            (&REPORTING_CUES, Class::REPORTING_CUE),
        ];
        for (list, class) in lists {
            for &w in list {
                classes.entry(w).or_default().0 |= class.0;
            }
        }
        for &w in FUNCTION_WORDS
            .iter()
            .chain(&MORE_FUNCTION_WORDS)
            .chain(&BE_FORMS)
            .chain(&AUXILIARIES)
        {
            classes.entry(w).or_default().0 |= Class::FUNCTION.0;
        }
        // "said" and "says" (the first two speech verbs) too.
        for &w in FUNCTION_WORDS
            .iter()
            .chain(&BE_FORMS)
            .chain(&SPEECH_VERBS[..2])
        {
            classes.entry(w).or_default().0 |= Class::RULE_FUNCTION.0;
        }
        for &w in &MONTHS {
            classes.entry(w).or_default().0 |= Class::MONTH.0;
        }
        for &(w, _) in &HONORIFICS {
            classes.entry(w).or_default().0 |= Class::HONORIFIC.0;
        }
        Filtered::new(classes)
    })
}

/// Build word table `step` (0 to 3) ahead of its first use, for a host that
/// spreads its start-up work over several tasks (`crate::warm_up`).
pub(crate) fn warm_up(step: usize) {
    match step {
        0 => _ = classes(),
        1 => _ = common_words(),
        2 => _ = given_names(),
        _ => _ = gazetteers(),
    }
}

/// Can a gazetteer phrase (in any case) start with this token? A quick
/// filter before trying the phrases that start there: most capitalised words
/// start none.
pub(crate) fn may_start_gazetteer(token: &str) -> bool {
    gazetteers().starts.contains(&start_hash(token))
}

/// Look a phrase up in the gazetteers (exact, case-sensitive).
pub(crate) fn gazetteer(phrase: &str) -> Option<Gazetteer> {
    gazetteers().phrases.get(phrase)
}

/// Look a phrase up as written, then in title case ("KANSAS CITY" finds
/// "Kansas City").
pub(crate) fn gazetteer_any_case(phrase: &str) -> Option<Gazetteer> {
    gazetteer(phrase).or_else(|| gazetteer(&title_case(phrase)))
}

/// "KANSAS CITY" -> "Kansas City": each letter after a non-alphanumeric
/// character upper case, the others lower case.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut up = true;
    for c in s.chars() {
        if up {
            out.extend(case::upper(c));
        } else {
            out.extend(case::lower(c));
        }
        up = !c.is_alphanumeric();
    }
    out
}

/// The longest gazetteer phrase, in words.
pub(crate) fn gazetteer_max_words() -> usize {
    gazetteers().max_words
}

/// Is this a known given name? `Some(gender)` with the gender when it is clear.
pub(crate) fn given_name(word: &str) -> Option<Option<Gender>> {
    given_names().get(word)
}

/// Is this (lower-case) word a frequent ordinary word of English prose?
pub(crate) fn is_common_word(lower: &str) -> bool {
    common_words().get(lower).is_some()
}

/// The hand-kept word lists below that a word (exactly as written) is on: one
/// table lookup instead of a scan of each list, for checks made on every token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

impl Class {
    /// A title before a name ("President", "Gen.").
    pub(crate) const TITLE: Class = Class(1);
    /// A lower-case role noun ("spokesman").
    pub(crate) const ROLE_NOUN: Class = Class(1 << 1);
    /// A verb of reported speech ("said").
    pub(crate) const SPEECH_VERB: Class = Class(1 << 2);
    /// A cue of a partial quote ("called").
    pub(crate) const PARTIAL_QUOTE_CUE: Class = Class(1 << 3);
    /// The last word of an organisation ("Council").
    pub(crate) const ORG_HEAD: Class = Class(1 << 4);
    /// The last word of a law, event or prize ("Treaty").
    pub(crate) const OTHER_HEAD: Class = Class(1 << 5);
    /// The last word of a place ("River").
    pub(crate) const PLACE_HEAD: Class = Class(1 << 6);
    /// The first word of a place ("Mount").
    pub(crate) const PLACE_FIRST_WORD: Class = Class(1 << 7);
    /// A particle inside a name ("von").
    pub(crate) const NAME_PARTICLE: Class = Class(1 << 8);
    /// A weekday.
    pub(crate) const WEEKDAY: Class = Class(1 << 9);
    /// A month or its abbreviation.
    pub(crate) const MONTH: Class = Class(1 << 10);
    /// A month written in full.
    pub(crate) const FULL_MONTH: Class = Class(1 << 11);
    /// An honorific ("Mrs").
    pub(crate) const HONORIFIC: Class = Class(1 << 12);
    /// A function word or auxiliary ([`is_common_function`]).
    pub(crate) const FUNCTION: Class = Class(1 << 13);
    /// A noun for a person of a nation ("Frenchman", "Briton").
    pub(crate) const DEMONYM_NOUN: Class = Class(1 << 14);
    /// A firm's name before its possessive "'s" ("McDonald" of "McDonald's").
    pub(crate) const POSSESSIVE_FIRM: Class = Class(1 << 15);
    /// A word the name rules stop at ([`is_rule_function_word`]).
    pub(crate) const RULE_FUNCTION: Class = Class(1 << 16);
    /// A noun for a work right before its title ("album").
    pub(crate) const WORK_NOUN: Class = Class(1 << 17);
    /// A reporting cue ("according"): [`REPORTING_CUES`].
    pub(crate) const REPORTING_CUE: Class = Class(1 << 18);

    /// Is the word on any of the lists in `other`?
    pub(crate) fn any(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;
    fn bitor(self, o: Class) -> Class {
        Class(self.0 | o.0)
    }
}

/// The lists `w` (exactly as written) is on.
pub(crate) fn class(w: &str) -> Class {
    classes().get(w).unwrap_or_default()
}

/// A capitalised title that may stand before a name ("President Macron").
pub(crate) fn is_title(w: &str) -> bool {
    class(w).any(Class::TITLE)
}

/// A lower-case noun that names a role ("spokesman").
pub(crate) fn is_role_noun(w: &str) -> bool {
    class(w).any(Class::ROLE_NOUN)
}

/// A verb that introduces reported speech ("said").
pub(crate) fn is_speech_verb(w: &str) -> bool {
    class(w).any(Class::SPEECH_VERB)
}

/// A word that, near a quoted phrase, shows it is somebody's words.
pub(crate) fn is_partial_quote_cue(w: &str) -> bool {
    class(w).any(Class::PARTIAL_QUOTE_CUE)
}

/// A last word that makes a capitalised phrase an organisation ("Council").
pub(crate) fn is_org_head(w: &str) -> bool {
    class(w).any(Class::ORG_HEAD)
}

/// A last word that makes a capitalised phrase a place ("River").
pub(crate) fn is_place_head(w: &str) -> bool {
    class(w).any(Class::PLACE_HEAD)
}

/// A noun for a person of a nation that is not also its adjective
/// ("Frenchman", "Spaniard"; "American" is in the gazetteer's groups).
pub(crate) fn is_demonym_noun(w: &str) -> bool {
    class(w).any(Class::DEMONYM_NOUN)
}

/// A firm whose name is written with a possessive "'s" ("McDonald's"), by the
/// word before the "'s".
pub(crate) fn is_possessive_firm(w: &str) -> bool {
    class(w).any(Class::POSSESSIVE_FIRM)
}

/// The gender an honorific tells, when `w` is one (`Some(None)`: it tells none).
pub(crate) fn honorific(w: &str) -> Option<Option<Gender>> {
    if !class(w).any(Class::HONORIFIC) {
        return None;
    }
    HONORIFICS.iter().find(|(h, _)| *h == w).map(|(_, g)| *g)
}

/// `f` of the lower-case form of `w`, without allocating for short ASCII words.
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    const N: usize = 32;
    if w.len() <= N && w.is_ascii() {
        let mut buf = [0u8; N];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII in, ASCII out: always UTF-8.
        match std::str::from_utf8(b) {
            Ok(l) => f(l),
            Err(_) => f(&case::lower_str(w)),
        }
    } else {
        f(&case::lower_str(w))
    }
}

/// Is `w` (lower case) a function word: article, preposition, pronoun, conjunction?
pub(crate) fn is_common_function(w: &str) -> bool {
    class(w).any(Class::FUNCTION)
}

/// Is `w` (lower case) one of the function words the name rules trim from
/// the start of a sentence and stop a role's modifiers at: the
/// [`FUNCTION_WORDS`], the forms of "be", and "said" and "says". Narrower than
/// [`is_common_function`] (the rules were tuned with this list, the tagger
/// and the trimming of its names with that one; giving both one list would
/// change what they find).
pub(crate) fn is_rule_function_word(w: &str) -> bool {
    class(w).any(Class::RULE_FUNCTION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_lists_expand_to_the_lines_they_encode() {
        let names = [
            generated::GIVEN_NAMES_MALE,
            generated::GIVEN_NAMES_FEMALE,
            generated::GIVEN_NAMES_EITHER,
        ]
        .map(|l| expand(l).lines().count());
        assert_eq!(names.iter().sum::<usize>(), 6000);
        assert!(expand(generated::PLACES)
            .lines()
            .any(|l| l == "Aaland\tÅland Islands"));
        assert!(expand(generated::COMMON_WORDS).lines().is_sorted());
    }

    #[test]
    fn the_rules_function_words_are_the_list_they_were_tuned_with() {
        let tuned = [
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "by", "for", "to",
            "with", "as", "that", "said", "says", "his", "her", "their", "its", "is", "was",
            "were", "are", "be", "been", "from", "if", "when", "while", "after", "before", "since",
            "so", "then", "this", "these", "those", "we", "he", "she", "it", "they", "i", "you",
            "there", "here", "what", "who", "how", "why", "where", "into",
        ];
        assert_eq!(SPEECH_VERBS[..2], ["said", "says"]);
        let mut listed: Vec<&str> = FUNCTION_WORDS
            .iter()
            .chain(&BE_FORMS)
            .chain(&SPEECH_VERBS[..2])
            .copied()
            .collect();
        listed.sort_unstable();
        let mut tuned = tuned.to_vec();
        tuned.sort_unstable();
        assert_eq!(listed, tuned);
        assert!(tuned.iter().all(|w| is_rule_function_word(w)));
        assert!(!is_rule_function_word("without") && is_common_function("without"));
    }
}
