//! Candidate names, dates and figures in one block, each with a kind, and the
//! roles the text gives people ("White House spokesman John Kirby", "Lin Jian,
//! the Chinese foreign ministry spokesman,").
//!
//! A name is a run of capitalised words, joined across name particles
//! (`von der`, `bin`) and, after an organisation or place head word, across
//! `of` ("Bank of England"). Each run is then
//! 1. trimmed of a sentence-initial ordinary word ("But", "Asked") and a leading "The";
//! 2. cut at dates (weekdays, months);
//! 3. stripped of honorifics and titles, which make the rest a person and
//!    become the role;
//! 4. split after a leading nationality ("Russian President Vladimir Putin");
//! 5. classified by gazetteer, head word and given name, in that order.
//!
//! Headlines in capitals are read for known names only, so "SEOUL MULLS ARMS"
//! does not make "MULLS ARMS" a person.
//!
//! These are [`rule_names`]. The learned tagger ([`super::ner`]) reads them as
//! features, and [`detect`] then lets the tagger decide which words are names
//! and of what kind, keeping the roles, genders and canonical names the rules
//! found, and adding acronym expansions, dates and figures.

use super::block::Block;
use super::candidate::{candidate_order, Candidate};
use super::data::{self, Gazetteer, Gender};
use super::ner::Label;
use super::token::Token;
use super::types::Kind;

/// Words before a number that belong to the figure ("at least 3,000").
const NUMBER_QUALIFIERS: [&[&str]; 15] = [
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["about"],
    &["around"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["roughly"],
    &["approximately"],
    &["just", "over"],
];
/// Words after a number that belong to the figure.
const NUMBER_UNITS: [&str; 10] = [
    "%", "per", "percent", "million", "billion", "trillion", "bn", "thousand", "hundred", "m",
];
/// Relative dates: (first words, last words).
const RELATIVE_DATE_HEADS: [&str; 3] = ["this", "last", "next"];
const RELATIVE_DATE_TAILS: [&str; 12] = [
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
    "winter",
];
/// Words that make the following (or preceding) four-digit number a year.
const YEAR_CUES: [&str; 12] = [
    "in", "since", "by", "until", "from", "of", "before", "after", "early", "late", "mid", "during",
];
/// Words after `of` that may continue a name ("Bank of England").
const OF_HEADS: [&str; 16] = [
    "Republic",
    "Kingdom",
    "States",
    "Isle",
    "City",
    "Duke",
    "Bank",
    "University",
    "Ministry",
    "Department",
    "Secretary",
    "Church",
    "Port",
    "Museum",
    "Chamber",
    "House",
];

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    out: Vec<Candidate>,
}

impl Ctx<'_> {
    #[inline]
    fn s(&self, i: usize) -> &str {
        self.toks[i].as_str(self.text)
    }

    /// [`Ctx::phrase`], borrowed from the text when it already reads so (the
    /// words are one space apart or touching): gazetteer lookups try several
    /// phrases at every capitalised word.
    fn phrase_ref(&self, a: usize, b: usize) -> std::borrow::Cow<'_, str> {
        let plain = (a + 1..b).all(|i| {
            let gap = &self.text[self.toks[i - 1].end()..self.toks[i].start()];
            gap.is_empty() || gap == " "
        });
        if plain {
            std::borrow::Cow::Borrowed(&self.text[self.toks[a].start()..self.toks[b - 1].end()])
        } else {
            std::borrow::Cow::Owned(self.phrase(a, b))
        }
    }

    /// Text of tokens `a..b` with single spaces where the source had space.
    fn phrase(&self, a: usize, b: usize) -> String {
        let mut p = String::new();
        for i in a..b {
            if i > a && self.toks[i].has_space_before() {
                p.push(' ');
            }
            p.push_str(self.s(i));
        }
        p
    }

    fn push(&mut self, a: usize, b: usize, kind: Kind) -> &mut Candidate {
        self.out.push(Candidate::new(
            self.toks[a].start(),
            self.toks[b - 1].end(),
            a,
            b,
            kind,
        ));
        self.out.last_mut().unwrap_or_else(|| unreachable!())
    }
}

fn is_name_start(t: &Token, s: &str) -> bool {
    if !t.is_word() {
        return false;
    }
    if t.is_capitalised() {
        return true;
    }
    // "al-Assad", "el-Sisi": lower-case particle joined to a capitalised name.
    s.split_once('-').is_some_and(|(p, rest)| {
        p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

fn is_honorific(s: &str) -> Option<Option<Gender>> {
    data::honorific(s)
}

fn is_title(s: &str) -> bool {
    data::is_title(s)
}

/// A capitalised title or role word: "President", "Minister", "Attorney-General".
fn is_title_like(s: &str) -> bool {
    is_title(s)
        || s.split('-')
            .any(|p| data::with_lower(p, data::is_role_noun))
}

fn is_weekday(s: &str) -> bool {
    data::class(s).any(data::Class::WEEKDAY)
}

fn is_month(s: &str) -> bool {
    data::class(s).any(data::Class::MONTH)
}

/// Is token `i` the first word of its sentence (after any opening marks), or
/// the first word of a quotation (`: “Images are…`)?
fn at_sentence_start(ctx: &Ctx, i: usize, sent_start: usize) -> bool {
    (sent_start..i).all(|k| !ctx.toks[k].is_word())
        || (i > 0
            && matches!(
                ctx.s(i - 1),
                "\u{201C}" | "\u{2018}" | "\"" | "'" | "\u{AB}" | "(" | ":"
            ))
}

/// The rules' names in one block, before the tagger has its say: runs of
/// capitalised words, trimmed, split and classified as the module
/// documentation describes. In text order, never overlapping.
pub fn rule_names(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Candidate> {
    // Reserve about what the block will need: one candidate per run of
    // capitalised words or figure. A long paragraph's candidates then never
    // go through a doubling reallocation (which holds two copies at once).
    let expected = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.has_digit() || (t.is_capitalised() && (*i == 0 || !toks[i - 1].is_capitalised()))
        })
        .count();
    let mut ctx = Ctx {
        text,
        toks,
        out: Vec::with_capacity(expected + 4),
    };
    for &(s, e) in sentences {
        if is_shouting(&ctx, s, e) {
            shouting_sentence(&mut ctx, s, e);
            continue;
        }
        let mut i = s;
        while i < e {
            if !is_name_start(&toks[i], ctx.s(i)) {
                i += 1;
                continue;
            }
            let j = run_end(&ctx, i, e);
            process_run(&mut ctx, i, j, s, e);
            i = j;
        }
    }
    // Unstable sorts (no scratch buffer) with a full key, so the order is
    // still fully determined.
    ctx.out.sort_unstable_by_key(candidate_order);
    ctx.out
}

/// What the rules said of each token, for the tagger's features: 0 for
/// nothing, else `1 + 2 × kind + (0 first word, 1 later word)`, plus 16 when
/// the rules found a role for the person.
pub fn rule_codes(rules: &[Candidate], n: usize) -> Vec<u8> {
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

/// All candidates of one block. `rules` are [`rule_names`]; `names` are the
/// learned tagger's ([`super::ner::DocTagger::names`]): they decide which
/// capitalised words are names and of what kind; the rules add titles,
/// roles, genders, canonical names, acronym expansions, dates and figures.
pub fn detect(
    text: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    rules: Vec<Candidate>,
    names: Vec<(usize, usize, Label)>,
) -> Vec<Candidate> {
    let mut ctx = Ctx {
        text,
        toks,
        out: rules,
    };
    ctx.out.sort_unstable_by_key(candidate_order);
    let shouting: Vec<(usize, usize)> = sentences
        .iter()
        .copied()
        .filter(|&(s, e)| is_shouting(&ctx, s, e))
        .collect();
    reconcile(&mut ctx, names, sentences, &shouting);
    firms_are_not_people(&mut ctx);
    possessive_firms(&mut ctx);
    sentence_final_dots(&mut ctx, sentences);
    acronym_expansions(&mut ctx);
    dates_and_numbers(&mut ctx);
    ctx.out.sort_unstable_by_key(candidate_order);
    // Candidates never overlap: where a date or figure reaches into a name,
    // the one that starts first (the longer, at the same start) is kept.
    let mut kept_end = 0;
    ctx.out.retain(|c| {
        let keep = c.start() >= kept_end;
        if keep {
            kept_end = c.end();
        }
        keep
    });
    appositives(&mut ctx);
    ctx.out
}

/// A name that ends its sentence with an abbreviation ("shares in Lear
/// Corp.") ends before the dot: the dot is the sentence's full stop too.
/// Initialisms keep theirs ("the U.S.").
fn sentence_final_dots(ctx: &mut Ctx, sentences: &[(usize, usize)]) {
    for c in &mut ctx.out {
        let last = c.last() - 1;
        let (_, sent_end) = super::sentence::sentence_of(sentences, last);
        let w = ctx.toks[last].as_str(ctx.text);
        let abbreviation = w.len() > 2
            && w.ends_with('.')
            && !w[..w.len() - 1].contains('.')
            && c.end() == ctx.toks[last].end();
        if last + 1 == sent_end && abbreviation && c.kind != Kind::Date {
            c.drop_final_dot();
        }
    }
}

/// No person's name joins two names with "&" ("Douglas & Lomason") or ends in
/// an organisation's head word ("Pirelli SpA", "Harmon Corp"): those are firms.
fn firms_are_not_people(ctx: &mut Ctx) {
    for i in 0..ctx.out.len() {
        let c = &ctx.out[i];
        if c.kind != Kind::Person || c.last() - c.first() < 2 {
            continue;
        }
        let firm = (c.first()..c.last()).any(|t| ctx.s(t) == "&")
            || data::is_org_head(ctx.s(c.last() - 1));
        if firm {
            ctx.out[i].set_kind(Kind::Organization);
        }
    }
}

/// Replace the rules' names by the tagger's, keeping what the rules knew.
///
/// For each tagged name (trimmed of punctuation at its ends):
/// - a rule candidate over exactly the same words keeps its role, gender and
///   canonical name and takes the tagger's kind, except that an organisation
///   from the gazetteer stays one where the tagger says place (the Kremlin,
///   the White House: the government, not the building);
/// - a person starting with honorifics or titles loses them to the role,
///   as a rule candidate would;
/// - a person the rules found over the same words less titles in front is
///   kept as the rules had it ("President Vladimir Putin" gives "Vladimir
///   Putin" with the role "President");
/// - otherwise it becomes a new candidate, persons with their pre-modifier
///   role and gender by given name.
///
/// Honorifics are never part of a name, and make what follows a person
/// ("Mr Park").
///
/// Rule names the tagger does not confirm are dropped, except
/// - nationalities and other groups from the gazetteer (which the tagger
///   calls MISC or nothing: "Russian" in "Russian President Vladimir Putin");
/// - people after an honorific;
/// - known names in headlines in capitals (`shouting` sentences), where the
///   tagger is least sure ([`super::ner::DocTagger::names`] passes only the
///   headline names the article's prose writes as names).
///
/// A gazetteer phrase the rules found that starts with the tagged name and
/// goes on ("UN security council") is kept whole.
fn reconcile(
    ctx: &mut Ctx,
    mut names: Vec<(usize, usize, Label)>,
    sentences: &[(usize, usize)],
    shouting: &[(usize, usize)],
) {
    let rules = std::mem::take(&mut ctx.out);
    merge_pieces(ctx, &mut names, &rules);
    let mut r = 0;
    let in_shouting = |t: usize| {
        let i = shouting.partition_point(|&(_, e)| e <= t);
        shouting.get(i).is_some_and(|&(s, _)| s <= t)
    };
    let after_honorific = |ctx: &Ctx, a: usize| a > 0 && is_honorific(ctx.s(a - 1)).is_some();
    let keep_unconfirmed = |ctx: &Ctx, c: &Candidate| {
        (c.kind == Kind::Group && c.canonical.is_some())
            || (c.kind == Kind::Person && after_honorific(ctx, c.first()))
            || in_shouting(c.first())
    };
    // Every name gives at most one candidate, and so does every rule name
    // kept unconfirmed: reserve that once (a long paragraph's candidates
    // would otherwise be copied at every doubling, three copies at a time).
    let kept = rules.iter().filter(|c| keep_unconfirmed(ctx, c)).count();
    ctx.out = Vec::with_capacity(names.len() + kept);
    for &(a0, b0, label) in &names {
        let (mut a, mut b) = (a0, b0);
        // Names neither start nor end with punctuation, honorifics or small
        // words ("accused Westfield County Council of abandoning").
        let small = |ctx: &Ctx, t: usize| {
            !ctx.toks[t].is_word()
                || !ctx.toks[t].is_capitalised() && data::is_common_function(ctx.s(t))
                || is_contraction(ctx, t)
        };
        while a < b
            && (small(ctx, a)
                || is_honorific(ctx.s(a)).is_some()
                || is_participle_modifier(ctx.s(a)))
        {
            a += 1;
        }
        // Nor end with a lower-case word ("First Union bank").
        let lower_word = |ctx: &Ctx, t: usize| {
            let t = &ctx.toks[t];
            t.is_word() && !t.has_upper() && !t.has_digit()
        };
        // A closing bracket whose opening one is inside stays: "Mladost (BJ)".
        let closes_inside = |ctx: &Ctx, a: usize, b: usize| {
            ctx.s(b - 1) == ")" && (a..b - 1).any(|t| ctx.s(t) == "(")
        };
        while b > a && (small(ctx, b - 1) || lower_word(ctx, b - 1)) && !closes_inside(ctx, a, b) {
            b -= 1;
        }
        if a == b {
            continue;
        }
        // One ordinary word opening a sentence or a quotation ("This", "Anyone")
        // is a name only if the rules say so too.
        let (sent_start, _) = super::sentence::sentence_of(sentences, a);
        if b == a + 1
            && at_sentence_start(ctx, a, sent_start)
            && data::with_lower(ctx.s(a), data::is_common_word)
            && !rules
                .binary_search_by_key(&a, Candidate::first)
                .is_ok_and(|k| rules[k].last() == b)
        {
            continue;
        }
        let mut label = if after_honorific(ctx, a) {
            Label::Per
        } else {
            label
        };
        // A single name right before a lower-case role noun qualifies it:
        // "the only Green member", "a Labour spokesman". Not a person.
        if label == Label::Per
            && b == a + 1
            && ctx.toks.get(b).is_some_and(|t| {
                t.is_word() && !t.is_capitalised() && data::is_role_noun(t.as_str(ctx.text))
            })
        {
            label = Label::Org;
        }
        while r < rules.len() && rules[r].last() <= a {
            if keep_unconfirmed(ctx, &rules[r]) {
                ctx.out.push(rules[r].clone());
            }
            r += 1;
        }
        let mut q = r;
        while q < rules.len() && rules[q].first() < b {
            q += 1;
        }
        let overlapping = &rules[r..q];
        r = q;
        // A name that is all a pair of quotation marks hold is a title: a
        // game, a film, a nickname (“Thumper”, “Rez Infinite”).
        let quoted = a > 0 && matches!(ctx.s(a - 1), "\u{201C}" | "\"" | "\u{AB}") && {
            let mut k = b;
            if ctx
                .toks
                .get(k)
                .is_some_and(|t| matches!(t.as_str(ctx.text), "." | ","))
            {
                k += 1;
            }
            ctx.toks
                .get(k)
                .is_some_and(|t| matches!(t.as_str(ctx.text), "\u{201D}" | "\"" | "\u{BB}"))
        };
        if quoted {
            ctx.push(a, b, Kind::Other);
            continue;
        }
        if let Some(c) = overlapping.iter().find(|c| {
            c.first() == a
                && c.last() > b
                && data::gazetteer(&ctx.phrase_ref(a, c.last())).is_some()
        }) {
            ctx.out.push(c.clone());
            continue;
        }
        let exact = overlapping.iter().find(|c| c.first() == a && c.last() == b);
        if label == Label::Per {
            // A nationality before a full name is a group of its own:
            // "Frenchman Cedric Pioline", "American Pete Sampras".
            if let Some(country) = nationality_before_name(ctx, a, b) {
                ctx.push(a, a + 1, Kind::Group).canonical = country;
                a += 1;
            }
            // And alone, one of its people: "a short Englishman".
            if b == a + 1 && is_demonym_noun(ctx.s(a)) {
                ctx.push(a, b, Kind::Group);
                continue;
            }
            // One word with a capital inside is a product, a brand or a
            // user name ("JavaScript", "LinkedIn"), not a person's name.
            if b == a + 1 && is_intercapped(ctx.s(a)) && !after_honorific(ctx, a) {
                let kind = match data::gazetteer(ctx.s(a)) {
                    Some(g) => gaz_kind(g).0,
                    None => Kind::Other,
                };
                ctx.push(a, b, kind);
                continue;
            }
            // The rules' person over the same words, or over the same words
            // less the titles in front: it has the role and gender.
            if let Some(c) = overlapping.iter().find(|c| {
                c.kind == Kind::Person
                    && c.last() == b
                    && c.first() >= a
                    && (a..c.first())
                        .all(|t| is_title(ctx.s(t)) || is_honorific(ctx.s(t)).is_some())
            }) {
                ctx.out.push(c.clone());
                continue;
            }
            // Honorifics and titles the tagger took into the name.
            let mut k = a;
            let mut gender = None;
            while k + 1 < b {
                if let Some(g) = is_honorific(ctx.s(k)) {
                    gender = gender.or(g);
                } else if !is_title(ctx.s(k)) {
                    break;
                }
                k += 1;
            }
            let role = (k > a && (a..k).any(|t| is_title(ctx.s(t)))).then(|| ctx.phrase(a, k));
            let c = person(ctx, k, b, gender);
            if let Some(role) = role {
                c.role = Some(role.into());
            }
            continue;
        }
        let phrase = ctx.phrase_ref(a, b);
        let gaz = data::gazetteer(&phrase);
        let kind = match label {
            Label::Loc => Kind::Place,
            Label::Org => Kind::Organization,
            _ if matches!(gaz, Some(Gazetteer::Group(_)))
                || exact.is_some_and(|c| c.kind == Kind::Group) =>
            {
                Kind::Group
            }
            // "Other name" for what the gazetteer knows as a country or an
            // organisation ("as the US warned"): the gazetteer's kind.
            _ => match gaz {
                Some(Gazetteer::Place(_)) => Kind::Place,
                Some(Gazetteer::Org(_)) => Kind::Organization,
                _ => Kind::Other,
            },
        };
        match exact {
            Some(c) => {
                let mut c = c.clone();
                let metonym = c.kind == Kind::Organization
                    && kind == Kind::Place
                    && matches!(gaz, Some(Gazetteer::Org(_)));
                if !metonym {
                    c.set_kind(kind);
                }
                c.certain = true;
                ctx.out.push(c);
            }
            None => {
                let canonical = match (gaz, kind) {
                    (
                        Some(Gazetteer::Place(c) | Gazetteer::Org(c)),
                        Kind::Place | Kind::Organization,
                    )
                    | (Some(Gazetteer::Group(c)), Kind::Group) => c,
                    _ => None,
                };
                ctx.push(a, b, kind).canonical = canonical;
            }
        }
    }
    for c in &rules[r..] {
        if keep_unconfirmed(ctx, c) {
            ctx.out.push(c.clone());
        }
    }
}

/// A pronoun's or a negation's contraction ("I'm", "They've", "Don't"), or
/// "Let" of "Let's": never part of a name, capitalised or not.
fn is_contraction(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.s(t);
    match w.split_once(['\'', '\u{2019}']) {
        Some((pre, post)) => match post {
            "m" | "ve" | "ll" | "re" | "d" | "M" | "VE" | "LL" | "RE" | "D" => {
                data::with_lower(pre, data::is_common_function)
            }
            "t" | "T" => pre.ends_with(['n', 'N']),
            _ => false,
        },
        None => {
            w.eq_ignore_ascii_case("let")
                && ctx
                    .toks
                    .get(t + 1)
                    .is_some_and(|n| n.is_possessive(ctx.text))
        }
    }
}

/// A word with a capital after a lower-case letter ("JavaScript",
/// "LinkedIn"), other than a surname's prefix ("McGlone", "DiCaprio",
/// "LeBron", "MacArthur").
fn is_intercapped(w: &str) -> bool {
    const PREFIXES: [&str; 12] = [
        "Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St",
    ];
    let b = w.as_bytes();
    let mut inner =
        (1..b.len()).filter(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase());
    match (inner.next(), inner.next()) {
        (None, _) => false,
        (Some(i), None) => !PREFIXES.contains(&&w[..i]),
        (Some(_), Some(_)) => true,
    }
}

/// The country (if the gazetteer tells it) of a nationality that opens the
/// person's name `a..b` and is no part of it: a demonym ("American") or a
/// noun for one of its people ("Frenchman"), followed by at least two
/// capitalised words. A demonym noun that is also a given name ("Finn",
/// "Dane") is taken for the given name.
fn nationality_before_name(ctx: &Ctx, a: usize, b: usize) -> Option<Option<&'static str>> {
    let names_after = (a + 1..b).filter(|&t| ctx.toks[t].is_capitalised()).count();
    if names_after < 2 {
        return None;
    }
    let w = ctx.s(a);
    if let Some(Gazetteer::Group(Some(country))) = data::gazetteer(w) {
        return Some(Some(country));
    }
    is_demonym_noun(w).then_some(None)
}

/// A noun for a person of a nation that is not also a given name
/// ("Frenchman", not "Finn").
fn is_demonym_noun(w: &str) -> bool {
    data::is_demonym_noun(w) && data::given_name(w).is_none()
}

/// Firms written with a possessive "'s" keep it: "McDonald's", "Moody's".
/// The word must stand alone, as a name of its own or no name at all (not
/// "Ronald McDonald's"), and the "'s" must follow it without a space.
fn possessive_firms(ctx: &mut Ctx) {
    let mut pushed = false;
    let mut i = 0;
    while i + 1 < ctx.toks.len() {
        let (t, s) = (&ctx.toks[i], &ctx.toks[i + 1]);
        // The cheap checks first: most tokens are not followed by "'s".
        let firm = t.end() == s.start()
            && s.is_possessive(ctx.text)
            && data::is_possessive_firm(t.as_str(ctx.text));
        if firm {
            let (end, last) = (s.end(), i + 2);
            match ctx.out.iter().position(|c| c.first() <= i && i < c.last()) {
                Some(k) if ctx.out[k].first() == i && ctx.out[k].last() == i + 1 => {
                    let c = &mut ctx.out[k];
                    c.set_kind(Kind::Organization);
                    c.extend_to(end, last);
                }
                Some(_) => {}
                None => {
                    ctx.push(i, last, Kind::Organization);
                    pushed = true;
                }
            }
            i += 1;
        }
        i += 1;
    }
    if pushed {
        ctx.out.sort_unstable_by_key(candidate_order);
    }
}

/// Tagged names that abut and together cover exactly one rule name become one
/// name ("Park" + "Min-jun", "Harmonia" + "Records"): the tagger split what
/// the rules read as a whole. It takes the rules' kind when the tagger gave
/// that kind to one of the pieces, else the kind of the last piece (the head).
fn merge_pieces(ctx: &Ctx, names: &mut Vec<(usize, usize, Label)>, rules: &[Candidate]) {
    let label_of = |k: Kind| match k {
        Kind::Person => Some(Label::Per),
        Kind::Place => Some(Label::Loc),
        Kind::Organization => Some(Label::Org),
        Kind::Group | Kind::Other => Some(Label::Misc),
        _ => None,
    };
    // In place: `w` names written, `i` names read (w <= i).
    let mut w = 0;
    let mut i = 0;
    while i < names.len() {
        let (a, _, _) = names[i];
        // The rule name starting here, if any (rules are sorted and disjoint).
        let r = rules.partition_point(|c| c.first() < a);
        let mut next = (names[i], i + 1);
        if let Some(c) = rules.get(r).filter(|c| c.first() == a) {
            let mut k = i;
            while k + 1 < names.len() && names[k].1 == names[k + 1].0 && names[k].1 < c.last() {
                k += 1;
            }
            // A nationality or a participle before a name qualifies it:
            // "German" + "Foreign Ministry", "Communist-led" + "CGT" stay two.
            let (_, first_end, first_label) = names[i];
            let qualifier = first_label == Label::Misc
                && (is_participle_modifier(ctx.s(a))
                    || matches!(
                        data::gazetteer(&ctx.phrase_ref(a, first_end)),
                        Some(Gazetteer::Group(_))
                    ));
            if k > i && names[k].1 == c.last() && !qualifier {
                let pieces = &names[i..=k];
                let label = label_of(c.kind)
                    .filter(|l| pieces.iter().any(|p| p.2 == *l))
                    .unwrap_or(names[k].2);
                next = ((a, c.last(), label), k + 1);
            }
        }
        names[w] = next.0;
        w += 1;
        i = next.1;
    }
    names.truncate(w);
}

/// One kind per name per article. The tagger reads one sentence at a time and
/// may call the same name a person here and an organisation there; the
/// article means one thing by it. For each name (by its text):
/// 1. a single word that is the last word of a person's full name elsewhere in
///    the article is that person ("Simmons" after "Phil Simmons");
/// 2. a single word the tagger calls a person that is the first word of an
///    organisation's longer name is that organisation ("Sierra" after
///    "Sierra Semiconductor Corp");
/// 3. a single word the tagger calls a person that the gazetteer knows as a
///    place, and that is no person's surname here, is that place ("Baku had
///    offered");
/// 4. otherwise the kind most of its mentions have wins (ties keep their own).
pub fn harmonise_kinds(texts: &[&str], blocks: &mut [Block]) {
    use data::FastMap;
    const KINDS: [Kind; 5] = [
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Group,
        Kind::Other,
    ];
    let slot = |k: Kind| KINDS.iter().position(|&x| x == k);
    let mut votes: FastMap<&str, [u32; 5]> = FastMap::default();
    let mut person_last: FastMap<&str, u32> = FastMap::default();
    let mut org_first: FastMap<&str, u32> = FastMap::default();
    for (b, d) in blocks.iter().enumerate() {
        let text = texts[b];
        for c in &d.candidates {
            let Some(k) = slot(c.kind) else { continue };
            votes.entry(&text[c.start()..c.end()]).or_default()[k] += 1;
            if c.last() - c.first() > 1 {
                let (first, last) = (&d.tokens[c.first()], &d.tokens[c.last() - 1]);
                match c.kind {
                    Kind::Person => *person_last.entry(last.as_str(text)).or_default() += 1,
                    Kind::Organization => *org_first.entry(first.as_str(text)).or_default() += 1,
                    _ => {}
                }
            }
        }
    }
    for (b, d) in blocks.iter_mut().enumerate() {
        let text = texts[b];
        for c in &mut d.candidates {
            let Some(own) = slot(c.kind) else { continue };
            let surface = &text[c.start()..c.end()];
            let single = c.last() - c.first() == 1;
            let kind = if single && person_last.contains_key(surface) {
                Kind::Person
            } else if single && c.kind == Kind::Person && org_first.contains_key(surface) {
                Kind::Organization
            } else if single
                && c.kind == Kind::Person
                && matches!(data::gazetteer(surface), Some(Gazetteer::Place(_)))
            {
                // "He said Baku had offered": a known place that the article
                // never gives a person's full name ending in it.
                Kind::Place
            } else {
                // The kind most of the name's mentions have; in a tie, the
                // gazetteer's ("the US warned" and "the US confirmed" are one
                // United States), else the mention's own.
                let v = votes[surface];
                let most = v.iter().copied().max().unwrap_or(0);
                let tied = v.iter().filter(|&&n| n == most).count() > 1;
                let known = if tied {
                    data::gazetteer(surface).and_then(|g| slot(gaz_kind(g).0))
                } else {
                    None
                };
                let best = (0..KINDS.len())
                    .max_by_key(|&k| (v[k], Some(k) == known, k == own))
                    .unwrap_or(own);
                KINDS[best]
            };
            c.set_kind(kind);
        }
    }
}

/// Most letters upper case: a headline or label, not prose.
fn is_shouting(ctx: &Ctx, s: usize, e: usize) -> bool {
    let (mut words, mut caps) = (0, 0);
    for t in ctx.toks[s..e]
        .iter()
        .filter(|t| t.is_word() && !t.has_digit())
    {
        words += 1;
        if t.is_all_caps() || t.end() - t.start() == 1 {
            caps += 1;
        }
    }
    words >= 2 && caps * 2 > words
}

/// A hyphenated modifier ending in a participle: "Ohio-based", "Saudi-led",
/// "British-ruled". It describes the name after it and is not part of it.
fn is_participle_modifier(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(head, p)| {
        !head.is_empty()
            && p.len() >= 3
            && p.bytes().all(|c| c.is_ascii_lowercase())
            && (p.ends_with("ed") || matches!(p, "born" | "run" | "made" | "held" | "built"))
    })
}

fn shouting_sentence(ctx: &mut Ctx, s: usize, e: usize) {
    let mut i = s;
    let max = data::gazetteer_max_words();
    while i < e {
        if !ctx.toks[i].is_word() {
            i += 1;
            continue;
        }
        // Longest gazetteer match, in the words' own case or title case.
        let mut hit = None;
        // (No phrase at all when no gazetteer phrase starts with this word.)
        let last = if data::may_start_gazetteer(ctx.s(i)) {
            (i + max).min(e)
        } else {
            i
        };
        for k in (i + 1..=last).rev() {
            let p = ctx.phrase_ref(i, k);
            let found = data::gazetteer_any_case(&p);
            if let Some(g) = found {
                hit = Some((k, g));
                break;
            }
        }
        if let Some((k, g)) = hit {
            let (kind, canon) = gaz_kind(g);
            let c = ctx.push(i, k, kind);
            c.canonical = canon;
            i = k;
            continue;
        }
        i += 1;
    }
}

fn gaz_kind(g: Gazetteer) -> (Kind, Option<&'static str>) {
    match g {
        Gazetteer::Place(c) => (Kind::Place, c),
        Gazetteer::Group(c) => (Kind::Group, c),
        Gazetteer::Org(c) => (Kind::Organization, c),
    }
}

/// End of the name run starting at `i`.
fn run_end(ctx: &Ctx, i: usize, e: usize) -> usize {
    let mut j = i + 1;
    while j < e {
        let t = &ctx.toks[j];
        // "Musicians’ Union": a plural possessive inside a name.
        if matches!(ctx.s(j), "\u{2019}" | "'")
            && !t.has_space_before()
            && ctx.s(j - 1).ends_with('s')
            && j + 1 < e
            && ctx.toks[j + 1].has_space_before()
            && ctx.toks[j + 1].is_capitalised()
        {
            j += 2;
            continue;
        }
        if !t.has_space_before() {
            break;
        }
        if is_name_start(t, ctx.s(j)) {
            j += 1;
            continue;
        }
        // Name particles (one or more) followed by a capitalised word.
        let mut k = j;
        while k < e
            && ctx.toks[k].has_space_before()
            && data::class(ctx.s(k)).any(data::Class::NAME_PARTICLE)
        {
            k += 1;
        }
        if k > j && k < e && ctx.toks[k].has_space_before() && ctx.toks[k].is_capitalised() {
            j = k + 1;
            continue;
        }
        // "of" after an organisation or place head word.
        let prev = ctx.s(j - 1);
        if ctx.s(j) == "of"
            && j + 1 < e
            && ctx.toks[j + 1].is_capitalised()
            && (data::class(prev).any(data::Class::ORG_HEAD | data::Class::PLACE_HEAD)
                || OF_HEADS.contains(&prev))
        {
            j += 2;
            continue;
        }
        // "on" / "for" after an organisation head: "Committee on Intelligence",
        // "Center for Policy"; then "and" inside such a name: "… and Security".
        if matches!(ctx.s(j), "on" | "for")
            && j + 1 < e
            && ctx.toks[j + 1].is_capitalised()
            && data::is_org_head(prev)
        {
            j += 2;
            continue;
        }
        if ctx.s(j) == "and"
            && j + 1 < e
            && ctx.toks[j + 1].is_capitalised()
            && (i..j).any(|k| matches!(ctx.s(k), "of" | "on" | "for"))
        {
            j += 2;
            continue;
        }
        if ctx.s(j) == "&" && j + 1 < e && ctx.toks[j + 1].is_capitalised() {
            j += 2;
            continue;
        }
        break;
    }
    j
}

/// Longest gazetteer phrase starting at token `i` (it may hold lower-case
/// words: "UN security council"). Returns its end and entry.
fn gazetteer_at(ctx: &Ctx, i: usize, e: usize) -> Option<(usize, Gazetteer)> {
    if !data::may_start_gazetteer(ctx.s(i)) {
        return None;
    }
    let max = data::gazetteer_max_words();
    for k in (i + 1..=(i + max).min(e)).rev() {
        if (i + 1..k).any(|m| !ctx.toks[m].has_space_before() && ctx.toks[m].is_word()) {
            continue;
        }
        if let Some(g) = data::gazetteer(&ctx.phrase_ref(i, k)) {
            return Some((k, g));
        }
    }
    None
}

fn process_run(ctx: &mut Ctx, mut a: usize, j: usize, sent_start: usize, sent_end: usize) {
    // 1. Sentence-initial ordinary words and a leading "The".
    while a < j {
        let w = ctx.s(a);
        let initial = at_sentence_start(ctx, a, sent_start);
        let (function, common) = if initial {
            data::with_lower(w, |l| (is_function_word(l), data::is_common_word(l)))
        } else {
            (false, false)
        };
        if function {
            a += 1;
            continue;
        }
        let known_name = gazetteer_at(ctx, a, sent_end).is_some() || data::given_name(w).is_some();
        let titled = (is_title(w) || is_honorific(w).is_some()) && a + 1 < j;
        if w == "The" || w == "A" || w == "An" || (common && !known_name && !titled) {
            a += 1;
            continue;
        }
        if common && j == a + 1 && data::gazetteer(w).is_none() {
            // A lone ordinary word starting a sentence: not a name.
            return;
        }
        break;
    }
    if a >= j {
        return;
    }
    // 2. Dates inside the run cut it.
    if let Some(d) =
        (a..j).find(|&k| is_weekday(ctx.s(k)) || (is_month(ctx.s(k)) && ctx.s(k) != "May"))
    {
        if d > a {
            process_run(ctx, a, d, sent_start, sent_end);
        }
        if d + 1 < j {
            process_run(ctx, d + 1, j, sent_start, sent_end);
        }
        return; // the date itself is found by `dates_and_numbers`
    }
    // A gazetteer phrase that reaches past the run ("UN security council").
    if let Some((k, g)) = gazetteer_at(ctx, a, sent_end) {
        if k >= j {
            let (kind, canon) = gaz_kind(g);
            let c = ctx.push(a, k, kind);
            c.canonical = canon;
            return;
        }
    }
    // 3. Honorifics and titles.
    let title_start = a;
    let mut gender = None;
    let mut honorific_only = true;
    while a < j {
        let w = ctx.s(a);
        if let Some(g) = is_honorific(w) {
            gender = gender.or(g);
            a += 1;
        } else if is_title(w) && a + 1 < j {
            honorific_only = false;
            a += 1;
        } else {
            break;
        }
    }
    if a > title_start {
        if a >= j {
            return;
        }
        let role = (!honorific_only).then(|| {
            let r = ctx.phrase(title_start, a);
            r.trim_start_matches(|c: char| !c.is_alphabetic())
                .to_string()
        });
        let c = person(ctx, a, j, gender);
        if role.is_some() {
            c.role = role.map(Into::into);
        }
        return;
    }
    // 4. A leading nationality or group before a title or a name.
    if let Some((k, Gazetteer::Group(country))) = gazetteer_at(ctx, a, j) {
        if k < j {
            let rest_is_org = data::is_org_head(ctx.s(j - 1));
            if !rest_is_org {
                let c = ctx.push(a, k, Kind::Group);
                c.canonical = country;
                let demonym = ctx.phrase(a, k);
                // Title after the nationality: "Russian President Vladimir Putin".
                let mut t = k;
                while t < j && is_title(ctx.s(t)) && t + 1 < j {
                    t += 1;
                }
                if t > k {
                    let role = format!("{} {}", demonym, ctx.phrase(k, t));
                    let c = person(ctx, t, j, None);
                    c.role = Some(role.into());
                } else {
                    process_run(ctx, k, j, sent_start, sent_end);
                }
                return;
            }
        }
    }
    // A title inside the run before a given name: "Communications Minister
    // Malcolm Turnbull", "Federal Police Commissioner Andrew Colvin".
    if let Some(k) = (a + 1..j.saturating_sub(1))
        .find(|&k| is_title_like(ctx.s(k - 1)) && data::given_name(ctx.s(k)).is_some())
    {
        let role = ctx.phrase(a, k);
        let c = person(ctx, k, j, None);
        c.role = Some(role.into());
        return;
    }
    classify(ctx, a, j);
}

fn person<'c>(ctx: &'c mut Ctx, a: usize, j: usize, gender: Option<Gender>) -> &'c mut Candidate {
    let first = ctx.s(a).to_string();
    let role = premodifier_role(ctx, a);
    let g = gender.or_else(|| {
        if j > a + 1 {
            data::given_name(&first).flatten()
        } else {
            None
        }
    });
    let c = ctx.push(a, j, Kind::Person);
    c.gender = g;
    c.role = role.map(Into::into);
    c
}

/// "White House spokesman John Kirby", "North Korean leader Kim Jong-un":
/// lower-case role words (ending in a role noun) and the name before them.
fn premodifier_role(ctx: &Ctx, a: usize) -> Option<String> {
    if a == 0 {
        return None;
    }
    let r = a - 1;
    let noun = ctx.s(r);
    if !data::with_lower(noun, data::is_role_noun)
        || ctx.toks[r].is_capitalised() && !ctx.toks[r].is_all_caps()
    {
        return None;
    }
    let mut b = r;
    // up to three lower-case modifiers ("foreign ministry", "former")
    while b > 0 && r - b < 3 {
        let t = &ctx.toks[b - 1];
        let w = ctx.s(b - 1);
        if !t.is_word() || t.is_capitalised() || data::is_speech_verb(w) || is_function_word(w) {
            break;
        }
        b -= 1;
    }
    // a capitalised organisation, place or nationality right before
    let mut c = b;
    while c > 0 && ctx.toks[c - 1].is_word() && ctx.toks[c - 1].is_capitalised() && b - c < 4 {
        c -= 1;
    }
    if c < b {
        let p = ctx.phrase_ref(c, b);
        // Candidates are pushed left to right, so the one just before is near the end.
        let known = data::gazetteer(&p).is_some()
            || data::is_org_head(ctx.s(b - 1))
            || ctx
                .out
                .iter()
                .rev()
                .take(8)
                .any(|k| k.first() == c && k.last() == b && k.kind != Kind::Person);
        if !known {
            c = b;
        }
    }
    Some(ctx.phrase(c, a))
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "to"
            | "with"
            | "as"
            | "that"
            | "said"
            | "says"
            | "his"
            | "her"
            | "their"
            | "its"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "from"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "so"
            | "then"
            | "this"
            | "these"
            | "those"
            | "we"
            | "he"
            | "she"
            | "it"
            | "they"
            | "i"
            | "you"
            | "there"
            | "here"
            | "what"
            | "who"
            | "how"
            | "why"
            | "where"
            | "into"
    )
}

fn classify(ctx: &mut Ctx, a: usize, j: usize) {
    let phrase = ctx.phrase_ref(a, j);
    if let Some(g) = data::gazetteer(&phrase) {
        let (kind, canon) = gaz_kind(g);
        ctx.push(a, j, kind).canonical = canon;
        return;
    }
    let last = ctx.s(j - 1).to_string();
    let first = ctx.s(a).to_string();
    let n = j - a;
    // Laws, treaties, events and prizes are names of their own kind.
    if n > 1 && data::class(&last).any(data::Class::OTHER_HEAD) {
        ctx.push(a, j, Kind::Other);
        return;
    }
    // The head of "X of Y" is X: "Court of Appeal", "Port of Rotterdam".
    let head = (a + 1..j)
        .find(|&k| matches!(ctx.s(k), "of" | "on" | "for"))
        .map_or(last.clone(), |k| ctx.s(k - 1).to_string());
    if data::is_org_head(&last) || data::is_org_head(&head) {
        ctx.push(a, j, Kind::Organization);
        return;
    }
    if n > 2 && data::is_place_head(&head) {
        ctx.push(a, j, Kind::Place);
        return;
    }
    if n > 1
        && (data::is_place_head(&last) || data::class(&first).any(data::Class::PLACE_FIRST_WORD))
    {
        ctx.push(a, j, Kind::Place);
        return;
    }
    // A run that starts with a known place and goes on ("Seoul Central District
    // Court" is caught above; "Washington Post" by the gazetteer): split off the place.
    if n > 1 {
        if let Some((k, g)) = gazetteer_at(ctx, a, j) {
            if k < j && matches!(g, Gazetteer::Place(_)) && data::given_name(&first).is_none() {
                let (kind, canon) = gaz_kind(g);
                ctx.push(a, k, kind).canonical = canon;
                classify(ctx, k, j);
                return;
            }
        }
    }
    // A job title in capitals ("Diplomatic Correspondent", "Chief Executive")
    // names a role, not a person.
    if data::with_lower(&last, data::is_role_noun) && !data::is_org_head(&head) {
        return;
    }
    let next_is_speech = ctx
        .toks
        .get(j)
        .is_some_and(|t| t.is_word() && data::is_speech_verb(t.as_str(ctx.text)));
    if n == 1 {
        let w = first.as_str();
        let t = ctx.toks[a];
        if t.is_all_caps() && (2..=6).contains(&w.len()) && !t.has_digit() {
            ctx.push(a, j, Kind::Organization);
        } else if next_is_speech {
            person(ctx, a, j, None);
        } else if !t.has_digit() && !data::is_common_word(&w.to_lowercase()) {
            ctx.push(a, j, Kind::Other).certain = false;
        }
        return;
    }
    if data::given_name(&first).is_some() && !data::is_org_head(&last) {
        person(ctx, a, j, None);
        return;
    }
    // Person evidence that no word list holds: a hyphenated given name
    // ("Min-jun", "Jong-un"), and an unknown last word in a short run (surnames
    // are too many to list; organisation and place words mostly are listed).
    let hyphenated_given = (a..j).any(|k| {
        ctx.s(k).split_once('-').is_some_and(|(x, y)| {
            x.chars().count() <= 5
                && y.chars().next().is_some_and(char::is_lowercase)
                && y.chars().count() <= 4
        })
    });
    let surname_like =
        n <= 3 && !ctx.toks[j - 1].is_all_caps() && !is_ordinary_noun(&last.to_lowercase());
    if hyphenated_given || surname_like {
        person(ctx, a, j, None);
        return;
    }
    let plain_words = (a..j).all(|k| !ctx.toks[k].has_digit() && !ctx.toks[k].is_all_caps());
    // A surname is rarely an ordinary word: "Westfield Libraries" is not a person.
    let ordinary_last = is_ordinary_noun(&last.to_lowercase());
    if (2..=4).contains(&n) && plain_words && !ordinary_last {
        person(ctx, a, j, None);
    } else {
        ctx.push(a, j, Kind::Other);
    }
}

/// "Organization for Security and Co-operation in Europe (OSCE)": an acronym in
/// brackets whose letters are the initials of the capitalised words just
/// before it (small words such as "for", "and", "in" may sit between them)
/// makes those words one organisation, replacing the pieces found in them.
fn acronym_expansions(ctx: &mut Ctx) {
    let toks = ctx.toks;
    let mut found: Vec<(usize, usize)> = Vec::new();
    for p in 1..toks.len().saturating_sub(2) {
        if ctx.s(p) != "(" || ctx.s(p + 2) != ")" {
            continue;
        }
        let acr: Vec<char> = ctx.s(p + 1).chars().filter(|c| c.is_alphabetic()).collect();
        if !(2..=8).contains(&acr.len())
            || !acr.iter().all(|c| c.is_uppercase())
            || !toks[p + 1].is_all_caps()
        {
            continue;
        }
        // Walk back from the bracket matching letters from the end.
        let mut k = acr.len();
        let mut t = p;
        let mut start = None;
        while t > 0 && p - t < acr.len() * 2 + 4 {
            t -= 1;
            let w = ctx.s(t);
            if !toks[t].is_word() {
                break;
            }
            if toks[t].is_capitalised() {
                let initial = w.chars().next().unwrap_or(' ');
                if k > 0 && initial == acr[k - 1] {
                    k -= 1;
                    if k == 0 {
                        start = Some(t);
                        break;
                    }
                    // Hyphenated words may give two letters ("Co-operation" C only).
                    continue;
                }
                break;
            } else if !matches!(
                w,
                "for" | "and" | "of" | "the" | "in" | "on" | "de" | "du" | "des" | "&"
            ) {
                break;
            }
        }
        let Some(a) = start else { continue };
        if p - a >= 3 {
            // (two-word expansions are found as names already)
            found.push((a, p));
        }
    }
    if found.is_empty() {
        return;
    }
    // One pass: drop the pieces inside each expansion, keep what an exact
    // candidate said of its kind, then add the expansions and their acronyms.
    let mut kinds = vec![None; found.len()];
    let mut acronym_known = vec![false; found.len()];
    let mut f = 0;
    ctx.out.retain(|c| {
        while f < found.len() && c.first() >= found[f].1 + 2 {
            f += 1;
        }
        let Some(&(a, p)) = found.get(f) else {
            return true;
        };
        if c.first() == p + 1 {
            acronym_known[f] = true;
            return true;
        }
        let inside = c.first() >= a && c.last() <= p;
        if inside && c.first() == a && c.last() == p {
            kinds[f] = Some(c.kind);
        }
        !(inside || (c.first() < p && c.last() > a))
    });
    for (k, &(a, p)) in found.iter().enumerate() {
        ctx.push(a, p, kinds[k].unwrap_or(Kind::Organization));
        if !acronym_known[k] {
            ctx.push(p + 1, p + 2, Kind::Organization);
        }
    }
    ctx.out.sort_unstable_by_key(candidate_order);
}

/// A role set before the name and a comma: "the council’s chief engineer,
/// Priya Shah," / "Its mayor, Claire Dubois,". The phrase starts at a
/// determiner or possessive and ends in a role noun or person noun.
fn role_before(ctx: &Ctx, first: usize) -> Option<String> {
    if first < 3 || ctx.s(first - 1) != "," {
        return None;
    }
    let end = first - 1;
    let head = ctx.s(end - 1).to_lowercase();
    if !(data::is_role_noun(&head) || is_person_noun(&head)) || !ctx.toks[end - 1].is_word() {
        return None;
    }
    let mut k = end - 1;
    while k > 0 && end - k < 8 {
        let w = ctx.s(k - 1);
        let t = ctx.toks[k - 1];
        if matches!(
            w.to_lowercase().as_str(),
            "the" | "its" | "his" | "her" | "their" | "our"
        ) {
            // A sentence-initial "Its mayor" or a mid-sentence "the council’s chief engineer".
            return Some(ctx.phrase(k, end));
        }
        if !(t.is_word() || t.is_possessive(ctx.text)) {
            return None;
        }
        k -= 1;
    }
    None
}

/// An ordinary English word, in the singular or a regular plural ("libraries").
fn is_ordinary_noun(lower: &str) -> bool {
    if data::is_common_word(lower) {
        return true;
    }
    let singular = [("ies", "y"), ("es", ""), ("s", "")]
        .iter()
        .find_map(|(suf, rep)| lower.strip_suffix(suf).map(|stem| format!("{stem}{rep}")));
    singular.is_some_and(|s| s.len() > 2 && data::is_common_word(&s))
}

fn is_person_noun(w: &str) -> bool {
    ["ist", "ian", "er", "or", "man", "woman"]
        .iter()
        .any(|suf| w.len() > suf.len() + 2 && w.ends_with(suf))
}

/// Appositive roles: "Name, the Polish president," / "Name, a spokesman for X."
/// / "Name, the bassist who led the case". The phrase ends at punctuation or a
/// relative pronoun, and needs a role noun or, after a determiner, a noun
/// that names a person by its ending (-ist, -ian, -er, -or, -man, -woman).
fn appositives(ctx: &mut Ctx) {
    let mut person_starts = vec![false; ctx.toks.len()];
    for c in ctx.out.iter().filter(|c| c.kind == Kind::Person) {
        person_starts[c.first()] = true;
    }
    for ci in 0..ctx.out.len() {
        if ctx.out[ci].kind != Kind::Person {
            continue;
        }
        if ctx.out[ci].role.is_none() {
            if let Some(role) = role_before(ctx, ctx.out[ci].first()) {
                ctx.out[ci].role = Some(role.into());
                continue;
            }
        }
        let j = ctx.out[ci].last();
        if j + 2 >= ctx.toks.len() || ctx.s(j) != "," {
            continue;
        }
        let mut a = j + 1;
        let determiner = matches!(
            ctx.s(a),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        );
        if determiner {
            a += 1;
        }
        let mut b = a;
        let mut blocked = false;
        while b < ctx.toks.len() && b - a < 10 {
            let w = ctx.s(b);
            if matches!(
                w,
                "," | "."
                    | ";"
                    | ")"
                    | ":"
                    | "\u{2014}"
                    | "\u{2013}"
                    | "who"
                    | "which"
                    | "that"
                    | "whose"
            ) {
                break;
            }
            if data::is_speech_verb(w) || person_starts.get(b).copied().unwrap_or(false) {
                blocked = true;
                break;
            }
            b += 1;
        }
        if blocked || b == a {
            continue;
        }
        let has_role = (a..b).any(|k| data::with_lower(ctx.s(k), data::is_role_noun));
        let head = ctx.s(b - 1).to_lowercase();
        let person_noun = determiner
            && ctx.toks[b - 1].is_word()
            && !ctx.toks[b - 1].is_capitalised()
            && ["ist", "ian", "er", "or", "man", "woman"]
                .iter()
                .any(|suf| head.len() > suf.len() + 2 && head.ends_with(suf));
        if has_role || person_noun {
            let role = ctx.phrase(a, b);
            ctx.out[ci].role = Some(role.into());
        }
    }
}

fn dates_and_numbers(ctx: &mut Ctx) {
    let toks = ctx.toks;
    let mut covered = vec![false; toks.len()];
    for c in &ctx.out {
        covered[c.first()..c.last()]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    // Is token `i` one of these lower-case words, in any case?
    let among = |list: &[&str], i: usize| {
        let w = toks[i].as_str(ctx.text);
        list.iter().any(|x| x.eq_ignore_ascii_case(w))
    };
    let is = |i: usize, x: &str| toks[i].as_str(ctx.text).eq_ignore_ascii_case(x);
    let mut i = 0;
    let mut found: Vec<(usize, usize, Kind)> = Vec::new();
    while i < toks.len() {
        if covered[i] || !toks[i].is_word() {
            i += 1;
            continue;
        }
        let w = ctx.s(i);
        // Weekdays, months with day and year.
        let next_is_num = toks
            .get(i + 1)
            .is_some_and(|t| t.has_digit() && t.is_word());
        let prev_among = |list: &[&str]| i > 0 && among(list, i - 1);
        // Weekdays and months are capitalised: one lookup for the rest.
        let class = if toks[i].is_capitalised() {
            data::class(w)
        } else {
            data::Class::default()
        };
        let month_ok = class.any(data::Class::MONTH)
            && (w != "May"
                || next_is_num
                || prev_among(&YEAR_CUES)
                || prev_among(&RELATIVE_DATE_HEADS))
            && (class.any(data::Class::FULL_MONTH) || next_is_num);
        if class.any(data::Class::WEEKDAY) || month_ok {
            let mut a = i;
            let mut b = i + 1;
            // "5 June", "June 5", ", 2024"
            if a > 0
                && toks[a - 1].has_digit()
                && toks[a - 1].as_str(ctx.text).len() <= 2
                && !covered[a - 1]
                && month_ok
            {
                a -= 1;
            }
            if b < toks.len()
                && toks[b].has_digit()
                && toks[b].as_str(ctx.text).len() <= 4
                && month_ok
            {
                b += 1;
            }
            if b + 1 < toks.len() && ctx.s(b) == "," && is_year(ctx.s(b + 1)) && month_ok {
                b += 2;
            } else if b < toks.len() && is_year(ctx.s(b)) && month_ok {
                b += 1;
            }
            found.push((a, b, Kind::Date));
            i = b;
            continue;
        }
        // Relative dates.
        if among(&["yesterday", "tomorrow", "tonight"], i) {
            found.push((i, i + 1, Kind::Date));
            i += 1;
            continue;
        }
        if among(&RELATIVE_DATE_HEADS, i)
            && i + 1 < toks.len()
            && among(&RELATIVE_DATE_TAILS, i + 1)
        {
            let a = if prev_among(&["earlier", "later"]) {
                i - 1
            } else {
                i
            };
            found.push((a, i + 2, Kind::Date));
            i += 2;
            continue;
        }
        // Years after a cue word.
        if is_year(w) && prev_among(&YEAR_CUES) {
            found.push((i, i + 1, Kind::Date));
            i += 1;
            continue;
        }
        // Decades: "the 1990s", "’90s".
        if w.len() >= 3
            && w.ends_with('s')
            && w[..w.len() - 1].bytes().all(|c| c.is_ascii_digit())
            && w[..w.len() - 1].ends_with('0')
        {
            found.push((i, i + 1, Kind::Date));
            i += 1;
            continue;
        }
        // Figures.
        if toks[i].has_digit() && w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let mut a = i;
            if a > 0 && matches!(ctx.s(a - 1), "$" | "\u{a3}" | "\u{20ac}" | "\u{a5}") {
                a -= 1;
            }
            for q in NUMBER_QUALIFIERS {
                let n = q.len();
                if a >= n && (0..n).all(|k| is(a - n + k, q[k])) && !covered[a - n] {
                    a -= n;
                    break;
                }
            }
            let mut b = i + 1;
            while b < toks.len() && among(&NUMBER_UNITS, b) {
                if is(b, "per") {
                    if b + 1 < toks.len() && is(b + 1, "cent") {
                        b += 2;
                        continue;
                    }
                    break;
                }
                b += 1;
            }
            found.push((a, b, Kind::Number));
            i = b;
            continue;
        }
        i += 1;
    }
    for (a, b, kind) in found {
        ctx.push(a, b, kind);
    }
}

fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s.starts_with("19") || s.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ner;
    use crate::text::{sentence::sentences, token::tokenize};

    fn detect_in(text: &str) -> Vec<Candidate> {
        let toks = tokenize(text);
        let sents = sentences(text, &toks);
        let rules = rule_names(text, &toks, &sents);
        let block = Block {
            rule_codes: rule_codes(&rules, toks.len()),
            tokens: toks,
            sentences: sents,
            ..Block::default()
        };
        let mut tagger = ner::DocTagger::new(&[text], std::slice::from_ref(&block));
        let labels = tagger.tag(ner::Model::builtin(), text, &block);
        let names = tagger.names(text, &block, &labels);
        detect(text, &block.tokens, &block.sentences, rules, names)
    }

    fn found(text: &str) -> Vec<(String, Kind)> {
        detect_in(text)
            .into_iter()
            .map(|c| (text[c.start()..c.end()].to_string(), c.kind))
            .collect()
    }

    fn roles(text: &str) -> Vec<(String, Option<String>)> {
        detect_in(text)
            .into_iter()
            .filter(|c| c.kind == Kind::Person)
            .map(|c| {
                (
                    text[c.start()..c.end()].to_string(),
                    c.role.map(String::from),
                )
            })
            .collect()
    }

    #[test]
    fn titles_stay_outside_names() {
        assert_eq!(
            found("Later Mr Haddad left."),
            [("Haddad".to_string(), Kind::Person)]
        );
    }

    #[test]
    fn nationality_title_and_name_split() {
        let r = roles("They met Brazilian President Rosa Lima in Lisbon.");
        assert_eq!(
            r,
            [(
                "Rosa Lima".to_string(),
                Some("Brazilian President".to_string())
            )]
        );
        let f = found("They met Brazilian President Rosa Lima in Lisbon.");
        assert!(f.contains(&("Brazilian".to_string(), Kind::Group)));
        assert!(f.contains(&("Lisbon".to_string(), Kind::Place)));
    }

    #[test]
    fn premodifier_and_appositive_roles() {
        assert_eq!(
            roles("Pentagon spokesman Tom Baird spoke.")[0].1.as_deref(),
            Some("Pentagon spokesman")
        );
        assert_eq!(
            roles("It was Ana Ruiz, the Chilean trade minister, who spoke.")[0]
                .1
                .as_deref(),
            Some("Chilean trade minister")
        );
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        let f = found("But nobody came. Asked why, Ana Ruiz shrugged.");
        assert_eq!(f, [("Ana Ruiz".to_string(), Kind::Person)]);
    }

    #[test]
    fn headlines_in_capitals_only_yield_known_names() {
        let f = found("LISBON MULLS NEW TAX AS FRANCE WAITS");
        assert_eq!(
            f,
            [
                ("LISBON".to_string(), Kind::Place),
                ("FRANCE".to_string(), Kind::Place)
            ]
        );
    }

    #[test]
    fn dates_and_figures() {
        let f =
            found("On Tuesday at least 2,500 people came, up 12 per cent since 2019, in March.");
        let want = [
            ("Tuesday", Kind::Date),
            ("at least 2,500", Kind::Number),
            ("12 per cent", Kind::Number),
            ("2019", Kind::Date),
            ("March", Kind::Date),
        ];
        assert_eq!(f, want.map(|(s, k)| (s.to_string(), k)));
    }

    #[test]
    fn may_is_a_month_after_a_cue_and_abbreviations_need_a_day() {
        let f = found("Talks resume in May. Jan went home on Jan 5.");
        assert!(f.contains(&("May".to_string(), Kind::Date)), "{f:?}");
        assert!(f.contains(&("Jan 5".to_string(), Kind::Date)), "{f:?}");
        assert!(!f.contains(&("Jan".to_string(), Kind::Date)), "{f:?}");
    }

    #[test]
    fn organisations_by_head_and_gazetteer() {
        let f = found("The deal went to the UN security council and the Bank of England.");
        assert_eq!(
            f,
            [
                ("UN security council".to_string(), Kind::Organization),
                ("Bank of England".to_string(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn name_particles_join() {
        assert_eq!(
            found("He met Ursula von der Leyen there."),
            [("Ursula von der Leyen".to_string(), Kind::Person)]
        );
    }

    /// `detect` with the tagger's names given by hand as (first word, words, label).
    fn with_names(
        text: &str,
        names: &[(&str, usize, Label)],
    ) -> Vec<(String, Kind, Option<String>)> {
        let toks = tokenize(text);
        let sents = sentences(text, &toks);
        let segs: Vec<(usize, usize, Label)> = names
            .iter()
            .map(|&(w, n, l)| {
                let a = toks
                    .iter()
                    .position(|t| t.as_str(text) == w)
                    .expect("word in text");
                (a, a + n, l)
            })
            .collect();
        detect(text, &toks, &sents, rule_names(text, &toks, &sents), segs)
            .into_iter()
            .filter(|c| !matches!(c.kind, Kind::Date | Kind::Number))
            .map(|c| {
                (
                    text[c.start()..c.end()].to_string(),
                    c.kind,
                    c.role.map(String::from),
                )
            })
            .collect()
    }

    #[test]
    fn tagged_names_lose_participle_modifiers_and_trailing_lower_case_words() {
        use Label::*;
        // Whatever the tagger takes in, "Ohio-based" describes the bank and
        // "bank" is the common noun after its name.
        let got = with_names(
            "Shares in Ohio-based Hartwell Financial rose, and analysts at Quarry Union bank agreed.",
            &[("Ohio-based", 3, Org), ("Quarry", 3, Org)],
        );
        assert_eq!(
            got,
            [
                ("Hartwell Financial".into(), Kind::Organization, None),
                ("Quarry Union".into(), Kind::Organization, None),
            ]
        );
        assert!(is_participle_modifier("Saudi-led"));
        assert!(is_participle_modifier("British-ruled"));
        assert!(!is_participle_modifier("Jong-un"));
        assert!(!is_participle_modifier("Al-Ahmed"));
    }

    #[test]
    fn a_bracket_opened_inside_a_name_closes_inside_it() {
        use Label::*;
        let got = with_names("Borac 1 Mladost (BJ) 2", &[("Mladost", 4, Org)]);
        assert_eq!(got, [("Mladost (BJ)".into(), Kind::Organization, None)]);
    }

    #[test]
    fn a_nationality_or_participle_the_tagger_set_apart_is_not_merged_into_the_name() {
        use Label::*;
        let got = with_names(
            "A German Foreign Ministry spokesman declined to comment.",
            &[("German", 1, Misc), ("Foreign", 2, Org)],
        );
        assert_eq!(
            got,
            [
                ("German".into(), Kind::Group, None),
                ("Foreign Ministry".into(), Kind::Organization, None),
            ]
        );
        let got = with_names(
            "Members of the Communist-led CGT marched on Tuesday.",
            &[("Communist-led", 1, Misc), ("CGT", 1, Org)],
        );
        assert_eq!(got, [("CGT".into(), Kind::Organization, None)]);
    }

    #[test]
    fn firms_are_not_people_and_a_sentence_keeps_its_full_stop() {
        use Label::*;
        let got = with_names(
            "Analysts met Douglas & Lomason and Harmon Corp.",
            &[("Douglas", 3, Per), ("Harmon", 2, Per)],
        );
        assert_eq!(
            got,
            [
                ("Douglas & Lomason".into(), Kind::Organization, None),
                ("Harmon Corp".into(), Kind::Organization, None),
            ]
        );
        // Inside the sentence, the abbreviation keeps its dot.
        let got = with_names("Harmon Corp. said so.", &[("Harmon", 2, Org)]);
        assert_eq!(got, [("Harmon Corp.".into(), Kind::Organization, None)]);
    }

    #[test]
    fn a_nationality_before_a_full_name_is_a_group_of_its_own() {
        use Label::*;
        let got = with_names(
            "Frenchman Cedric Pioline beat American Pete Sampras.",
            &[("Frenchman", 3, Per), ("American", 3, Per)],
        );
        assert_eq!(
            got,
            [
                ("Frenchman".into(), Kind::Group, None),
                ("Cedric Pioline".into(), Kind::Person, None),
                ("American".into(), Kind::Group, None),
                ("Pete Sampras".into(), Kind::Person, None),
            ]
        );
        // Alone, it is a group too.
        let got = with_names("He met a Dutchman.", &[("Dutchman", 1, Per)]);
        assert_eq!(got, [("Dutchman".into(), Kind::Group, None)]);
        // Given names that also name a people ("Dane") are not on the list,
        // and a demonym noun before one word may be a given name ("Turk").
        let got = with_names(
            "Dane Cook joined Turk Wendell.",
            &[("Dane", 2, Per), ("Turk", 2, Per)],
        );
        assert_eq!(
            got,
            [
                ("Dane Cook".into(), Kind::Person, None),
                ("Turk Wendell".into(), Kind::Person, None),
            ]
        );
    }

    #[test]
    fn one_intercapped_word_is_not_a_person() {
        use Label::*;
        let got = with_names(
            "Write JavaScript, join LinkedIn and YouTube, ask McGlone and LeBron.",
            &[
                ("JavaScript", 1, Per),
                ("LinkedIn", 1, Per),
                ("YouTube", 1, Per),
                ("McGlone", 1, Per),
                ("LeBron", 1, Per),
            ],
        );
        assert_eq!(
            got,
            [
                ("JavaScript".into(), Kind::Other, None),
                ("LinkedIn".into(), Kind::Other, None),
                ("YouTube".into(), Kind::Organization, None),
                ("McGlone".into(), Kind::Person, None),
                ("LeBron".into(), Kind::Person, None),
            ]
        );
    }

    #[test]
    fn contractions_are_not_names() {
        use Label::*;
        let got = with_names(
            "I\u{2019}m Anna Berg, and Let's see, Don't go, O'Brien and D'Souza said.",
            &[
                ("I\u{2019}m", 3, Per),
                ("Let", 1, Per),
                ("Don't", 1, Per),
                ("O'Brien", 1, Per),
                ("D'Souza", 1, Per),
            ],
        );
        assert_eq!(
            got,
            [
                ("Anna Berg".into(), Kind::Person, None),
                ("O'Brien".into(), Kind::Person, None),
                ("D'Souza".into(), Kind::Person, None),
            ]
        );
    }

    #[test]
    fn firms_written_with_a_possessive_keep_it() {
        use Label::*;
        let got = with_names(
            "Shares in McDonald\u{2019}s rose as Moody's cut Ronald McDonald's rating.",
            &[("McDonald", 1, Per), ("Ronald", 2, Per)],
        );
        assert_eq!(
            got,
            [
                ("McDonald\u{2019}s".into(), Kind::Organization, None),
                ("Moody's".into(), Kind::Organization, None),
                ("Ronald McDonald".into(), Kind::Person, None),
            ]
        );
        // A space before the "'s" is a quotation mark, not a possessive.
        assert!(with_names("The McDonald 's' stood out.", &[]).is_empty());
    }

    #[test]
    fn the_tagger_decides_names_and_the_rules_keep_roles() {
        use Label::*;
        let got = with_names(
            "Mr Park met Foreign Minister Ana Ruiz of the Marlow Group in Oslo.",
            &[
                ("Mr", 2, Org),
                ("Ana", 2, Per),
                ("Marlow", 2, Per),
                ("Oslo", 1, Org),
            ],
        );
        assert_eq!(
            got,
            [
                ("Park".into(), Kind::Person, None),
                (
                    "Ana Ruiz".into(),
                    Kind::Person,
                    Some("Foreign Minister".into())
                ),
                // Except that no person's name ends in "Group".
                ("Marlow Group".into(), Kind::Organization, None),
                ("Oslo".into(), Kind::Organization, None),
            ]
        );
    }

    #[test]
    fn rule_names_the_tagger_does_not_confirm_are_dropped() {
        // The rules read "Nordvik" as a name; the tagger does not.
        let got = with_names("Officials in Nordvik said the Russian envoy left.", &[]);
        assert_eq!(got, [("Russian".into(), Kind::Group, None)]);
    }

    #[test]
    fn tagged_names_are_trimmed_and_filtered() {
        use Label::*;
        let got = with_names(
            "Campaigners accused Westfield Council of waste. This was unfair, said \
             Tom Reilly, the only Green member. Fans loved \u{201C}Thumper\u{201D} too.",
            &[
                ("Westfield", 3, Org),
                ("This", 1, Per),
                ("Tom", 2, Per),
                ("Green", 1, Per),
                ("Thumper", 1, Per),
            ],
        );
        assert_eq!(
            got,
            [
                ("Westfield Council".into(), Kind::Organization, None),
                (
                    "Tom Reilly".into(),
                    Kind::Person,
                    Some("only Green member".into())
                ),
                ("Green".into(), Kind::Organization, None),
                ("Thumper".into(), Kind::Other, None),
            ]
        );
    }

    #[test]
    fn pieces_of_one_rule_name_are_merged() {
        use Label::*;
        let got = with_names(
            "Police said Park Min-jun spoke.",
            &[("Park", 1, Per), ("Min-jun", 1, Misc)],
        );
        assert_eq!(got, [("Park Min-jun".into(), Kind::Person, None)]);
    }

    #[test]
    fn one_kind_per_name_per_article() {
        let text = "Sierra Semiconductor Corp rose. Sierra said Lenzing fell. Lenzing rose. \
                    Lenzing won. Phil Simmons bowled. Simmons smiled. The US warned. \
                    The US agreed. Then Marlow spoke. Marlow left.";
        let toks = tokenize(text);
        let sents = sentences(text, &toks);
        let at = |w: &str, nth: usize| {
            toks.iter()
                .enumerate()
                .filter(|(_, t)| t.as_str(text) == w)
                .nth(nth)
                .map(|(i, _)| i)
                .expect("word in text")
        };
        let cand = |a: usize, n: usize, kind: Kind| {
            Candidate::new(toks[a].start(), toks[a + n - 1].end(), a, a + n, kind)
        };
        let candidates = vec![
            cand(at("Sierra", 0), 3, Kind::Organization),
            cand(at("Sierra", 1), 1, Kind::Person),
            cand(at("Lenzing", 0), 1, Kind::Person),
            cand(at("Lenzing", 1), 1, Kind::Organization),
            cand(at("Lenzing", 2), 1, Kind::Organization),
            cand(at("Phil", 0), 2, Kind::Person),
            cand(at("Simmons", 1), 1, Kind::Place),
            // One vote each: the gazetteer's kind for both.
            cand(at("US", 0), 1, Kind::Organization),
            cand(at("US", 1), 1, Kind::Place),
            // One vote each, unknown to the gazetteer: each keeps its own.
            cand(at("Marlow", 0), 1, Kind::Organization),
            cand(at("Marlow", 1), 1, Kind::Place),
        ];
        let mut blocks = [Block {
            tokens: toks.clone(),
            sentences: sents,
            candidates,
            ..Block::default()
        }];
        harmonise_kinds(&[text], &mut blocks);
        let kinds: Vec<Kind> = blocks[0].candidates.iter().map(|c| c.kind).collect();
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Organization,
                Organization,
                Organization,
                Organization,
                Organization,
                Person,
                Person,
                Place,
                Place,
                Organization,
                Place,
            ]
        );
    }
}
