//! The tagger's names against the rules' names: the tagger decides which
//! words are names and of what kind, the rules keep what they knew of them.

use super::roles::person;
use super::scan::{at_sentence_start, Scan};
use crate::text::candidate::Candidate;
use crate::text::data::{self, Gazetteer};
use crate::text::ner::Label;
use crate::text::sentence::sentence_of;
use crate::text::types::Kind;

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
///   tagger is least sure ([`crate::text::ner::DocTagger::names`] passes only the
///   headline names the article's prose writes as names).
///
/// A gazetteer phrase the rules found that starts with the tagged name and
/// goes on ("UN security council") is kept whole.
pub(crate) fn reconcile(
    scan: &mut Scan,
    mut names: Vec<(usize, usize, Label)>,
    sentences: &[(usize, usize)],
    shouting: &[(usize, usize)],
) {
    let rules = std::mem::take(&mut scan.out);
    merge_pieces(scan, &mut names, &rules);
    let mut r = 0;
    let in_shouting = |t: usize| {
        let i = shouting.partition_point(|&(_, e)| e <= t);
        shouting.get(i).is_some_and(|&(s, _)| s <= t)
    };
    let after_honorific = |scan: &Scan, a: usize| a > 0 && data::honorific(scan.s(a - 1)).is_some();
    let keep_unconfirmed = |scan: &Scan, c: &Candidate| {
        (c.kind == Kind::Group && c.canonical.is_some())
            || (c.kind == Kind::Person && after_honorific(scan, c.first()))
            || in_shouting(c.first())
    };
    // Every name gives at most one candidate, and so does every rule name
    // kept unconfirmed: reserve that once (a long paragraph's candidates
    // would otherwise be copied at every doubling, three copies at a time).
    let kept = rules.iter().filter(|c| keep_unconfirmed(scan, c)).count();
    scan.out = Vec::with_capacity(names.len() + kept);
    for &(a0, b0, label) in &names {
        let (mut a, mut b) = (a0, b0);
        // Names neither start nor end with punctuation, honorifics or small
        // words ("accused Westfield County Council of abandoning").
        let small = |scan: &Scan, t: usize| {
            !scan.toks[t].is_word()
                || !scan.toks[t].is_capitalised() && data::is_common_function(scan.s(t))
                || is_contraction(scan, t)
        };
        while a < b
            && (small(scan, a)
                || data::honorific(scan.s(a)).is_some()
                || is_participle_modifier(scan.s(a)))
        {
            a += 1;
        }
        // Nor end with a lower-case word ("First Union bank").
        let lower_word = |scan: &Scan, t: usize| {
            let t = &scan.toks[t];
            t.is_word() && !t.has_upper() && !t.has_digit()
        };
        // A closing bracket whose opening one is inside stays: "Mladost (BJ)".
        let closes_inside = |scan: &Scan, a: usize, b: usize| {
            scan.s(b - 1) == ")" && (a..b - 1).any(|t| scan.s(t) == "(")
        };
        // Nor with a capitalised verb of a title-case headline ("Clinton
        // Email Is").
        let verb = |scan: &Scan, t: usize| {
            t > a
                && data::with_lower(scan.s(t), |w| {
                    matches!(
                        w,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "can"
                            | "could"
                            | "has"
                            | "have"
                            | "had"
                    )
                })
        };
        // Nor hold one ("Yahoo Is Now Verizon", "Verizon Can’t Quit
        // Yahoo", a title-case headline's words): the name is what comes
        // before it.
        if let Some(k) = (a + 1..b).find(|&t| verb(scan, t) || is_contraction(scan, t)) {
            b = k;
            // What is left of a headline's clause may be its subject
            // pronoun, capitalised ("You Can Help", "So They Had One"; not
            // "US Is Ready").
            while b > a
                && !(scan.toks[b - 1].is_all_caps() && scan.s(b - 1).len() > 1)
                && data::with_lower(scan.s(b - 1), data::is_common_function)
            {
                b -= 1;
            }
        }
        while b > a
            && (small(scan, b - 1) || lower_word(scan, b - 1) || verb(scan, b - 1))
            && !closes_inside(scan, a, b)
        {
            b -= 1;
        }
        if a == b {
            continue;
        }
        // "Secretary of State Hillary Clinton", "secretary of Homeland
        // Security Jeh Johnson": the department's ordinary words after a
        // title's "of" belong to the title, not to the name.
        if label == Label::Per
            && a >= 2
            && scan.s(a - 1) == "of"
            && (data::is_title(scan.s(a - 2))
                || data::with_lower(scan.s(a - 2), data::is_role_noun))
        {
            while b > a + 1
                && data::with_lower(scan.s(a), data::is_common_word)
                && data::given_name(scan.s(a)).is_none()
            {
                a += 1;
            }
        }
        let (sent_start, _) = sentence_of(sentences, a);
        // A preposition or conjunction opening a sentence before a name
        // ("Given Sanders' record", "After Obama spoke") is no part of it
        // when the rules found the name starting right after it and nothing
        // at the word. (Not any ordinary word: "East Fife", "Port Vale",
        // "The Netherlands", "Will Smith".)
        let rule_at = |t: usize| rules.binary_search_by_key(&t, Candidate::first).is_ok();
        if b > a + 1
            && at_sentence_start(scan, a, sent_start)
            && data::with_lower(scan.s(a), is_clause_opener)
            && rule_at(a + 1)
            && !rule_at(a)
        {
            a += 1;
        }
        // One ordinary word opening a sentence or a quotation ("This", "Anyone")
        // is a name only if the rules say so too.
        if b == a + 1
            && at_sentence_start(scan, a, sent_start)
            && data::with_lower(scan.s(a), data::is_common_word)
            && !rules
                .binary_search_by_key(&a, Candidate::first)
                .is_ok_and(|k| rules[k].last() == b)
        {
            continue;
        }
        let mut label = if after_honorific(scan, a) {
            Label::Per
        } else {
            label
        };
        // A single name right before a lower-case role noun qualifies it:
        // "the only Green member", "a Labour spokesman". Not a person.
        if label == Label::Per
            && b == a + 1
            && scan.toks.get(b).is_some_and(|t| {
                t.is_word() && !t.is_capitalised() && data::is_role_noun(t.as_str(scan.text))
            })
        {
            label = Label::Org;
        }
        while r < rules.len() && rules[r].last() <= a {
            if keep_unconfirmed(scan, &rules[r]) {
                scan.out.push(rules[r].clone());
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
        let quoted = a > 0 && matches!(scan.s(a - 1), "\u{201C}" | "\"" | "\u{AB}") && {
            let mut k = b;
            if scan
                .toks
                .get(k)
                .is_some_and(|t| matches!(t.as_str(scan.text), "." | ","))
            {
                k += 1;
            }
            scan.toks
                .get(k)
                .is_some_and(|t| matches!(t.as_str(scan.text), "\u{201D}" | "\"" | "\u{BB}"))
        };
        // So is a known product, program, game or drug ("Linux", "Verilog",
        // "Prozac"), whatever the tagger took it for.
        let gaz = data::gazetteer(&scan.phrase_ref(a, b));
        if quoted || matches!(gaz, Some(Gazetteer::Product)) {
            scan.push(a, b, Kind::Other);
            continue;
        }
        if let Some(c) = overlapping.iter().find(|c| {
            c.first() == a
                && c.last() > b
                && data::gazetteer(&scan.phrase_ref(a, c.last())).is_some()
        }) {
            scan.out.push(c.clone());
            continue;
        }
        let exact = overlapping.iter().find(|c| c.first() == a && c.last() == b);
        if label == Label::Per {
            // A nationality before a full name is a group of its own:
            // "Frenchman Cedric Pioline", "American Pete Sampras".
            if let Some(country) = nationality_before_name(scan, a, b) {
                scan.push(a, a + 1, Kind::Group).canonical = country;
                a += 1;
            }
            // And alone, one of its people: "a short Englishman".
            if b == a + 1 && is_demonym_not_given_name(scan.s(a)) {
                scan.push(a, b, Kind::Group);
                continue;
            }
            // One word with a capital inside is a product, a brand or a
            // user name ("JavaScript", "LinkedIn"), not a person's name.
            if b == a + 1 && is_intercapped(scan.s(a)) && !after_honorific(scan, a) {
                let kind = match data::gazetteer(scan.s(a)) {
                    Some(g) => g.kind().0,
                    None => Kind::Other,
                };
                scan.push(a, b, kind);
                continue;
            }
            // The rules' person over the same words, or over the same words
            // less the titles in front: it has the role and gender.
            if let Some(c) = overlapping.iter().find(|c| {
                c.kind == Kind::Person
                    && c.last() == b
                    && c.first() >= a
                    && (a..c.first())
                        .all(|t| data::is_title(scan.s(t)) || data::honorific(scan.s(t)).is_some())
            }) {
                scan.out.push(c.clone());
                continue;
            }
            // Honorifics and titles the tagger took into the name.
            let mut k = a;
            let mut gender = None;
            while k + 1 < b {
                if let Some(g) = data::honorific(scan.s(k)) {
                    gender = gender.or(g);
                } else if !data::is_title(scan.s(k)) {
                    break;
                }
                k += 1;
            }
            let role =
                (k > a && (a..k).any(|t| data::is_title(scan.s(t)))).then(|| scan.phrase(a, k));
            let c = person(scan, k, b, gender);
            if let Some(role) = role {
                c.role = Some(role.into());
            }
            continue;
        }
        // (`a` is as above: only a person's name moves its start.)
        let kind = match label {
            // A nationality the tagger took for its country ("the South
            // Korean president") is the group still.
            Label::Loc if !matches!(gaz, Some(Gazetteer::Group(_))) => Kind::Place,
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
                scan.out.push(c);
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
                scan.push(a, b, kind).canonical = canonical;
            }
        }
    }
    for c in &rules[r..] {
        if keep_unconfirmed(scan, c) {
            scan.out.push(c.clone());
        }
    }
}

/// Tagged names that abut (or, in an organisation's name, stand one "of",
/// "on", "for", "and" or "&" apart) and together cover exactly one rule name
/// become one name ("Park" + "Min-jun", "Harmonia" + "Records", "Committee"
/// on "Intelligence" and "Security"): the tagger split what the rules read
/// as a whole. It takes the rules' kind when the tagger gave
/// that kind to one of the pieces, else the kind of the last piece (the head).
fn merge_pieces(scan: &Scan, names: &mut Vec<(usize, usize, Label)>, rules: &[Candidate]) {
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
        let (a, first_end, _) = names[i];
        // The rule name starting here, if any (rules are sorted and disjoint),
        // or an organisation's that starts inside this piece and runs on past
        // it ("Stanford University's" + "Center on Poverty and Inequality"):
        // the tagger's start stands.
        let r = rules.partition_point(|c| c.first() < a);
        let exact = rules
            .get(r)
            .filter(|c| c.first() == a && c.last() >= first_end);
        let inner = || {
            rules[r..]
                .iter()
                .take_while(|c| c.first() < first_end)
                .find(|c| c.kind == Kind::Organization && c.last() > first_end)
        };
        let mut next = (names[i], i + 1);
        if let Some(c) = exact.or_else(inner) {
            // An organisation's pieces may stand a word apart: "Joint
            // Committee" on "Intelligence" and "Security".
            let joins = |end: usize, next: usize| {
                end == next
                    || c.kind == Kind::Organization
                        && next == end + 1
                        && matches!(scan.s(end), "of" | "on" | "for" | "and" | "&")
            };
            let mut k = i;
            while k + 1 < names.len() && joins(names[k].1, names[k + 1].0) && names[k].1 < c.last()
            {
                k += 1;
            }
            // A nationality or a participle before a name qualifies it:
            // "German" + "Foreign Ministry", "Communist-led" + "CGT" stay two.
            let first_label = names[i].2;
            let qualifier = first_label == Label::Misc
                && (is_participle_modifier(scan.s(a))
                    || matches!(
                        data::gazetteer(&scan.phrase_ref(a, first_end)),
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

/// A pronoun's or a negation's contraction ("I'm", "They've", "Don't"), or
/// "Let" of "Let's": never part of a name, capitalised or not.
fn is_contraction(scan: &Scan, t: usize) -> bool {
    let w = scan.s(t);
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
                && scan
                    .toks
                    .get(t + 1)
                    .is_some_and(|n| n.is_possessive(scan.text))
        }
    }
}

/// A word with a capital after a lower-case letter ("JavaScript",
/// "LinkedIn"), other than a surname's prefix ("McGlone", "DiCaprio",
/// "LeBron", "MacArthur").
fn is_intercapped(w: &str) -> bool {
    let b = w.as_bytes();
    let mut inner =
        (1..b.len()).filter(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase());
    match (inner.next(), inner.next()) {
        (None, _) => false,
        (Some(i), None) => !data::SURNAME_PREFIXES.contains(&&w[..i]),
        (Some(_), Some(_)) => true,
    }
}

/// The country (if the gazetteer tells it) of a nationality that opens the
/// person's name `a..b` and is no part of it: a demonym ("American") or a
/// noun for one of its people ("Frenchman"), followed by at least two
/// capitalised words. A demonym noun that is also a given name ("Finn",
/// "Dane") is taken for the given name.
fn nationality_before_name(scan: &Scan, a: usize, b: usize) -> Option<Option<&'static str>> {
    let names_after = (a + 1..b)
        .filter(|&t| scan.toks[t].is_capitalised())
        .count();
    if names_after < 2 {
        return None;
    }
    let w = scan.s(a);
    if let Some(Gazetteer::Group(Some(country))) = data::gazetteer(w) {
        return Some(Some(country));
    }
    is_demonym_not_given_name(w).then_some(None)
}

/// A noun for a person of a nation that is not also a given name
/// ("Frenchman", not "Finn").
fn is_demonym_not_given_name(w: &str) -> bool {
    data::is_demonym_noun(w) && data::given_name(w).is_none()
}

/// A preposition or conjunction that opens a clause ("after", "given",
/// "although"), in lower case.
pub(crate) fn is_clause_opener(lower: &str) -> bool {
    matches!(
        lower,
        "after"
            | "before"
            | "despite"
            | "unlike"
            | "like"
            | "with"
            | "without"
            | "for"
            | "from"
            | "against"
            | "among"
            | "during"
            | "since"
            | "until"
            | "while"
            | "when"
            | "if"
            | "as"
            | "but"
            | "and"
            | "or"
            | "although"
            | "though"
            | "because"
            | "whether"
            | "at"
            | "by"
            | "in"
            | "on"
            | "to"
            | "into"
            | "over"
            | "through"
            | "within"
            | "upon"
            | "given"
            | "including"
            | "following"
            | "according"
            | "regarding"
            | "concerning"
            | "considering"
            | "excluding"
            | "barring"
    )
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

#[cfg(test)]
mod tests {
    use super::super::testing::with_names;
    use super::*;

    #[test]
    fn a_department_after_a_title_s_of_is_no_part_of_the_name() {
        use Label::*;
        let got = with_names(
            "She met the secretary of State Hillary Clinton and Secretary of \
             Homeland Security Jeh Johnson.",
            &[("State", 3, Per), ("Homeland", 4, Per)],
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Hillary Clinton", "Jeh Johnson"], "{got:?}");
        // The rest of an "of" name stays whole.
        let got = with_names("He is head of South Africa's church.", &[("South", 2, Loc)]);
        assert_eq!(got[0].0, "South Africa", "{got:?}");
    }

    #[test]
    fn a_headline_s_capitalised_verb_is_no_part_of_the_name_before_it() {
        use Label::*;
        let got = with_names("Amber Rose Is Back In Town.", &[("Amber", 3, Per)]);
        assert_eq!(got[0].0, "Amber Rose", "{got:?}");
    }

    #[test]
    fn a_clause_opening_a_sentence_is_no_part_of_the_name_after_it() {
        use Label::*;
        let got = with_names(
            "Given Sanders' record, the vote was close. East Fife won.",
            &[("Given", 2, Org), ("East", 2, Org)],
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Sanders", "East Fife"], "{got:?}");
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
                // (A known organisation, as YouTube is.)
                ("LinkedIn".into(), Kind::Organization, None),
                ("YouTube".into(), Kind::Organization, None),
                ("McGlone".into(), Kind::Person, None),
                ("LeBron".into(), Kind::Person, None),
            ]
        );
    }

    #[test]
    fn a_known_product_is_an_other_name_whatever_the_tagger_says() {
        use Label::*;
        let got = with_names(
            "Mara Quist moved Tallis Labs to Linux, wrote Verilog and took Prozac.",
            &[
                ("Mara", 2, Per),
                ("Tallis", 2, Org),
                ("Linux", 1, Per),
                ("Verilog", 1, Loc),
                ("Prozac", 1, Org),
            ],
        );
        assert_eq!(
            got,
            [
                ("Mara Quist".into(), Kind::Person, None),
                ("Tallis Labs".into(), Kind::Organization, None),
                ("Linux".into(), Kind::Other, None),
                ("Verilog".into(), Kind::Other, None),
                ("Prozac".into(), Kind::Other, None),
            ]
        );
    }

    #[test]
    fn a_name_stops_before_a_headline_s_verb() {
        use Label::*;
        let got = with_names(
            "Read: Harbourline Is Now Kestrel Media; Tallis Can\u{2019}t Quit Orbix Labs.",
            &[("Harbourline", 5, Org), ("Tallis", 5, Per)],
        );
        let names: Vec<(&str, Kind)> = got.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert_eq!(
            names,
            [
                ("Harbourline", Kind::Organization),
                ("Tallis", Kind::Person)
            ]
        );
        // Its subject pronoun, capitalised, is no name either.
        let got = with_names("See How You Can Help Kestrel Media.", &[("You", 5, Per)]);
        assert!(got.iter().all(|(n, _, _)| n != "You"), "{got:?}");
        let got = with_names("Read: US Is Ready, Kestrel Media says.", &[("US", 3, Loc)]);
        assert_eq!(got[0].0, "US", "{got:?}");
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
    fn a_nationality_tagged_as_a_place_stays_a_group() {
        use Label::*;
        let got = with_names(
            "Mr Han, the South Korean minister, flew to North Korea.",
            &[("South", 2, Loc), ("North", 2, Loc)],
        );
        assert_eq!(
            got,
            [
                (
                    "Han".into(),
                    Kind::Person,
                    Some("South Korean minister".into())
                ),
                ("South Korean".into(), Kind::Group, None),
                ("North Korea".into(), Kind::Place, None),
            ]
        );
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
    fn an_organisation_s_pieces_a_small_word_apart_are_merged() {
        use Label::*;
        let got = with_names(
            "A report by the Joint Committee on Fisheries and Coasts said so.",
            &[
                ("Joint", 2, Org),
                ("Fisheries", 1, Org),
                ("Coasts", 1, Misc),
            ],
        );
        assert_eq!(
            got,
            [(
                "Joint Committee on Fisheries and Coasts".into(),
                Kind::Organization,
                None
            )]
        );
        // The tagger's first piece may hold more than the rules' name
        // starts with: its start stands.
        let got = with_names(
            "A study by Harwick College's Centre on Work and Leisure said so.",
            &[("Harwick", 4, Org), ("Work", 1, Org), ("Leisure", 1, Org)],
        );
        assert_eq!(
            got,
            [(
                "Harwick College's Centre on Work and Leisure".into(),
                Kind::Organization,
                None
            )]
        );
        // Not two names the rules read as two.
        let got = with_names(
            "Vantor and Kellis fell.",
            &[("Vantor", 1, Org), ("Kellis", 1, Org)],
        );
        assert_eq!(
            got,
            [
                ("Vantor".into(), Kind::Organization, None),
                ("Kellis".into(), Kind::Organization, None)
            ]
        );
    }
}
