//! The rules' names in one block, before the tagger has its say: runs of
//! capitalised words, trimmed, split and classified as the module
//! documentation of `entity` describes.

use super::roles::person;
use super::scan::{at_sentence_start, Scan};
use crate::text::candidate::{candidate_order, Candidate};
use crate::text::case;
use crate::text::data::{self, Gazetteer};
use crate::text::sentence::{is_shouting, Capitals};
use crate::text::token::Token;
use crate::text::types::Kind;

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

/// A capitalised title or role word: "President", "Minister", "Attorney-General".
fn is_title_like(s: &str) -> bool {
    data::is_title(s)
        || s.split('-')
            .any(|p| data::with_lower(p, data::is_role_noun))
}

fn is_weekday(s: &str) -> bool {
    data::class(s).any(data::Class::WEEKDAY)
}

fn is_month(s: &str) -> bool {
    data::class(s).any(data::Class::MONTH)
}

/// The rules' names in one block, before the tagger has its say: runs of
/// capitalised words, trimmed, split and classified as the module
/// documentation describes. In text order, never overlapping.
pub(crate) fn rule_names(
    text: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
) -> Vec<Candidate> {
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
    let mut scan = Scan {
        text,
        toks,
        out: Vec::with_capacity(expected + 4),
    };
    for &(s, e) in sentences {
        if is_shouting(&scan.toks[s..e], Capitals::WordsAndLetters) {
            shouting_sentence(&mut scan, s, e);
            continue;
        }
        let mut i = s;
        while i < e {
            if !is_name_start(&toks[i], scan.s(i)) {
                i += 1;
                continue;
            }
            // A run is looked at in windows of at most MAX_RUN_WORDS words:
            // no name is that long, and each look at a part scans the rest of
            // its run, so an endless run would take quadratic time.
            let j = run_end(&scan, i, e.min(i + MAX_RUN_WORDS));
            process_run(&mut scan, i, j, s, e);
            i = j;
        }
    }
    // Unstable sorts (no scratch buffer) with a full key, so the order is
    // still fully determined.
    scan.out.sort_unstable_by_key(candidate_order);
    scan.out
}

fn shouting_sentence(scan: &mut Scan, s: usize, e: usize) {
    let mut i = s;
    let max = data::gazetteer_max_words();
    while i < e {
        if !scan.toks[i].is_word() {
            i += 1;
            continue;
        }
        // Longest gazetteer match, in the words' own case or title case.
        let mut hit = None;
        // (No phrase at all when no gazetteer phrase starts with this word.)
        let last = if data::may_start_gazetteer(scan.s(i)) {
            (i + max).min(e)
        } else {
            i
        };
        for k in (i + 1..=last).rev() {
            let p = scan.phrase_ref(i, k);
            let found = data::gazetteer_any_case(&p);
            if let Some(g) = found {
                hit = Some((k, g));
                break;
            }
        }
        if let Some((k, g)) = hit {
            let (kind, canon) = g.kind();
            let c = scan.push(i, k, kind);
            c.canonical = canon;
            i = k;
            continue;
        }
        i += 1;
    }
}

/// End of the name run starting at `i`.
fn run_end(scan: &Scan, i: usize, e: usize) -> usize {
    let mut j = i + 1;
    while j < e {
        let t = &scan.toks[j];
        // "Musicians’ Union": a plural possessive inside a name.
        if matches!(scan.s(j), "\u{2019}" | "'")
            && !t.has_space_before()
            && scan.s(j - 1).ends_with('s')
            && j + 1 < e
            && scan.toks[j + 1].has_space_before()
            && scan.toks[j + 1].is_capitalised()
        {
            j += 2;
            continue;
        }
        if !t.has_space_before() {
            break;
        }
        if is_name_start(t, scan.s(j)) {
            j += 1;
            continue;
        }
        // Name particles (one or more) followed by a capitalised word.
        let mut k = j;
        while k < e
            && scan.toks[k].has_space_before()
            && data::class(scan.s(k)).any(data::Class::NAME_PARTICLE)
        {
            k += 1;
        }
        if k > j && k < e && scan.toks[k].has_space_before() && scan.toks[k].is_capitalised() {
            j = k + 1;
            continue;
        }
        // "of" after an organisation or place head word.
        let prev = scan.s(j - 1);
        if scan.s(j) == "of"
            && j + 1 < e
            && scan.toks[j + 1].is_capitalised()
            && (data::class(prev).any(data::Class::ORG_HEAD | data::Class::PLACE_HEAD)
                || data::OF_HEADS.contains(&prev))
        {
            j += 2;
            continue;
        }
        // "on" / "for" after an organisation head: "Committee on Intelligence",
        // "Center for Policy"; then "and" inside such a name: "… and Security".
        if matches!(scan.s(j), "on" | "for")
            && j + 1 < e
            && scan.toks[j + 1].is_capitalised()
            && data::is_org_head(prev)
        {
            j += 2;
            continue;
        }
        if scan.s(j) == "and"
            && j + 1 < e
            && scan.toks[j + 1].is_capitalised()
            && (i..j).any(|k| matches!(scan.s(k), "of" | "on" | "for"))
        {
            j += 2;
            continue;
        }
        if scan.s(j) == "&" && j + 1 < e && scan.toks[j + 1].is_capitalised() {
            j += 2;
            continue;
        }
        break;
    }
    j
}

/// Longest gazetteer phrase starting at token `i` (it may hold lower-case
/// words: "UN security council"). Returns its end and entry.
fn gazetteer_at(scan: &Scan, i: usize, e: usize) -> Option<(usize, Gazetteer)> {
    if !data::may_start_gazetteer(scan.s(i)) {
        return None;
    }
    // No phrase runs on over a word that touches the token before it: the
    // first such word is where the phrases tried end.
    let longest = (i + data::gazetteer_max_words()).min(e);
    let last = (i + 1..longest)
        .find(|&m| !scan.toks[m].has_space_before() && scan.toks[m].is_word())
        .unwrap_or(longest);
    (i + 1..=last)
        .rev()
        .find_map(|k| data::gazetteer(&scan.phrase_ref(i, k)).map(|g| (k, g)))
}

/// The longest run of capitalised words looked at as one (see `rule_names`).
const MAX_RUN_WORDS: usize = 32;

fn process_run(scan: &mut Scan, a: usize, j: usize, sent_start: usize, sent_end: usize) {
    // Parts of a run still to look at. A part may be cut again (at a date, after
    // a nationality), to any depth: a stack of work, not recursion, so a run of
    // thousands of words cannot overflow the stack. Parts are taken in the order
    // recursion would take them.
    let mut parts = vec![(a, j)];
    while let Some((a, j)) = parts.pop() {
        process_part(scan, a, j, sent_start, sent_end, &mut parts);
    }
}

/// One part of a run; parts it cuts off go onto `parts` (the last pushed is
/// looked at first).
fn process_part(
    scan: &mut Scan,
    mut a: usize,
    j: usize,
    sent_start: usize,
    sent_end: usize,
    parts: &mut Vec<(usize, usize)>,
) {
    // 1. Sentence-initial ordinary words and a leading "The".
    while a < j {
        let w = scan.s(a);
        let initial = at_sentence_start(scan, a, sent_start);
        let (function, common) = if initial {
            data::with_lower(w, |l| {
                (data::is_rule_function_word(l), data::is_common_word(l))
            })
        } else {
            (false, false)
        };
        if function {
            a += 1;
            continue;
        }
        let known_name = gazetteer_at(scan, a, sent_end).is_some() || data::given_name(w).is_some();
        let titled = (data::is_title(w) || data::honorific(w).is_some()) && a + 1 < j;
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
        (a..j).find(|&k| is_weekday(scan.s(k)) || (is_month(scan.s(k)) && scan.s(k) != "May"))
    {
        if d + 1 < j {
            parts.push((d + 1, j));
        }
        if d > a {
            parts.push((a, d));
        }
        return; // the date itself is found by `dates_and_numbers`
    }
    // A gazetteer phrase that reaches past the run ("UN security council").
    if let Some((k, g)) = gazetteer_at(scan, a, sent_end) {
        if k >= j {
            let (kind, canon) = g.kind();
            let c = scan.push(a, k, kind);
            c.canonical = canon;
            return;
        }
    }
    // 3. Honorifics and titles.
    let title_start = a;
    let mut gender = None;
    let mut honorific_only = true;
    while a < j {
        let w = scan.s(a);
        if let Some(g) = data::honorific(w) {
            gender = gender.or(g);
            a += 1;
        } else if data::is_title(w) && a + 1 < j {
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
            let r = scan.phrase(title_start, a);
            r.trim_start_matches(|c: char| !c.is_alphabetic())
                .to_string()
        });
        let c = person(scan, a, j, gender);
        if role.is_some() {
            c.role = role.map(Into::into);
        }
        return;
    }
    // 4. A leading nationality or group before a title or a name.
    if let Some((k, Gazetteer::Group(country))) = gazetteer_at(scan, a, j) {
        if k < j {
            let rest_is_org = data::is_org_head(scan.s(j - 1));
            if !rest_is_org {
                let c = scan.push(a, k, Kind::Group);
                c.canonical = country;
                let demonym = scan.phrase(a, k);
                // Title after the nationality: "Russian President Vladimir Putin".
                let mut t = k;
                while t < j && data::is_title(scan.s(t)) && t + 1 < j {
                    t += 1;
                }
                if t > k {
                    let role = format!("{} {}", demonym, scan.phrase(k, t));
                    let c = person(scan, t, j, None);
                    c.role = Some(role.into());
                } else {
                    parts.push((k, j));
                }
                return;
            }
        }
    }
    // A title inside the run before a given name: "Communications Minister
    // Malcolm Turnbull", "Federal Police Commissioner Andrew Colvin".
    if let Some(k) = (a + 1..j.saturating_sub(1))
        .find(|&k| is_title_like(scan.s(k - 1)) && data::given_name(scan.s(k)).is_some())
    {
        let role = scan.phrase(a, k);
        let c = person(scan, k, j, None);
        c.role = Some(role.into());
        return;
    }
    classify(scan, a, j);
}

/// Give the run `a..j` a kind. A run that starts with a known place is split
/// there and the rest classified again: a loop, not recursion, so a run of
/// thousands of capitalised words cannot overflow the stack.
fn classify(scan: &mut Scan, mut a: usize, j: usize) {
    loop {
        let phrase = scan.phrase_ref(a, j);
        if let Some(g) = data::gazetteer(&phrase) {
            let (kind, canon) = g.kind();
            scan.push(a, j, kind).canonical = canon;
            return;
        }
        let last = scan.s(j - 1).to_string();
        let first = scan.s(a).to_string();
        let n = j - a;
        // Laws, treaties, events and prizes are names of their own kind.
        if n > 1 && data::class(&last).any(data::Class::OTHER_HEAD) {
            scan.push(a, j, Kind::Other);
            return;
        }
        // The head of "X of Y" is X: "Court of Appeal", "Port of Rotterdam".
        let head = (a + 1..j)
            .find(|&k| matches!(scan.s(k), "of" | "on" | "for"))
            .map_or(last.clone(), |k| scan.s(k - 1).to_string());
        if data::is_org_head(&last) || data::is_org_head(&head) {
            scan.push(a, j, Kind::Organization);
            return;
        }
        if n > 2 && data::is_place_head(&head) {
            scan.push(a, j, Kind::Place);
            return;
        }
        if n > 1
            && (data::is_place_head(&last)
                || data::class(&first).any(data::Class::PLACE_FIRST_WORD))
        {
            scan.push(a, j, Kind::Place);
            return;
        }
        // A run that starts with a known place and goes on ("Seoul Central District
        // Court" is caught above; "Washington Post" by the gazetteer): split off the place.
        if n > 1 {
            if let Some((k, g)) = gazetteer_at(scan, a, j) {
                if k < j && matches!(g, Gazetteer::Place(_)) && data::given_name(&first).is_none() {
                    let (kind, canon) = g.kind();
                    scan.push(a, k, kind).canonical = canon;
                    a = k;
                    continue;
                }
            }
        }
        // A job title in capitals ("Diplomatic Correspondent", "Chief Executive")
        // names a role, not a person.
        if data::with_lower(&last, data::is_role_noun) && !data::is_org_head(&head) {
            return;
        }
        let next_is_speech = scan
            .toks
            .get(j)
            .is_some_and(|t| t.is_word() && data::is_speech_verb(t.as_str(scan.text)));
        if n == 1 {
            let w = first.as_str();
            let t = scan.toks[a];
            if t.is_all_caps() && (2..=6).contains(&w.len()) && !t.has_digit() {
                scan.push(a, j, Kind::Organization);
            } else if next_is_speech {
                person(scan, a, j, None);
            } else if !t.has_digit() && !data::is_common_word(&case::lower_str(w)) {
                scan.push(a, j, Kind::Other).certain = false;
            }
            return;
        }
        if data::given_name(&first).is_some() && !data::is_org_head(&last) {
            person(scan, a, j, None);
            return;
        }
        // Person evidence that no word list holds: a hyphenated given name
        // ("Min-jun", "Jong-un"), and an unknown last word in a short run (surnames
        // are too many to list; organisation and place words mostly are listed).
        let hyphenated_given = (a..j).any(|k| {
            scan.s(k).split_once('-').is_some_and(|(x, y)| {
                x.chars().count() <= 5
                    && y.chars().next().is_some_and(char::is_lowercase)
                    && y.chars().count() <= 4
            })
        });
        let surname_like =
            n <= 3 && !scan.toks[j - 1].is_all_caps() && !is_ordinary_noun(&case::lower_str(&last));
        if hyphenated_given || surname_like {
            person(scan, a, j, None);
            return;
        }
        let plain_words = (a..j).all(|k| !scan.toks[k].has_digit() && !scan.toks[k].is_all_caps());
        // A surname is rarely an ordinary word: "Westfield Libraries" is not a person.
        let ordinary_last = is_ordinary_noun(&case::lower_str(&last));
        if (2..=4).contains(&n) && plain_words && !ordinary_last {
            person(scan, a, j, None);
        } else {
            scan.push(a, j, Kind::Other);
        }
        return;
    }
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

#[cfg(test)]
mod tests {
    use super::super::testing::{found, roles};
    use crate::text::types::Kind;

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
    fn sentence_initial_words_are_not_names() {
        let f = found("But nobody came. Asked why, Ana Ruiz shrugged.");
        assert_eq!(f, [("Ana Ruiz".to_string(), Kind::Person)]);
    }

    #[test]
    fn headlines_in_capitals_only_yield_known_names() {
        let f = found("LISBON MULLS NEW TAX AS FRANCE WAITS");
        let names: Vec<&str> = f.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["LISBON", "FRANCE"]);
        assert_eq!(f[1].1, Kind::Place);
        // A capital in a headline is the city or, by metonymy, its
        // government (CoNLL's annotators write both: "MILAN" the club is
        // ORG); which one the tagger says with no case to go by flips from
        // one training to the next. Never a person.
        assert!(matches!(f[0].1, Kind::Place | Kind::Organization), "{f:?}");
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
}
