//! The roles the text gives people: titles and pre-modifiers before a name
//! ("White House spokesman John Kirby"), a role set before it with a comma,
//! and appositives after it ("Lin Jian, the Chinese foreign ministry
//! spokesman,").

use super::scan::Scan;
use crate::text::candidate::Candidate;
use crate::text::case;
use crate::text::data;
use crate::text::types::{Gender, Kind};

pub(crate) fn person<'c>(
    scan: &'c mut Scan,
    a: usize,
    j: usize,
    gender: Option<Gender>,
) -> &'c mut Candidate {
    let first = scan.s(a).to_string();
    let role = premodifier_role(scan, a);
    let g = gender.or_else(|| {
        if j > a + 1 {
            data::given_name(&first).flatten()
        } else {
            None
        }
    });
    let c = scan.push(a, j, Kind::Person);
    c.gender = g;
    c.role = role.map(Into::into);
    c
}

/// "White House spokesman John Kirby", "North Korean leader Kim Jong-un":
/// lower-case role words (ending in a role noun) and the name before them.
fn premodifier_role(scan: &Scan, a: usize) -> Option<String> {
    if a == 0 {
        return None;
    }
    let r = a - 1;
    let noun = scan.s(r);
    if !data::with_lower(noun, data::is_role_noun)
        || scan.toks[r].is_capitalised() && !scan.toks[r].is_all_caps()
    {
        return None;
    }
    let mut b = r;
    // up to three lower-case modifiers ("foreign ministry", "former")
    while b > 0 && r - b < 3 {
        let t = &scan.toks[b - 1];
        let w = scan.s(b - 1);
        if !t.is_word()
            || t.is_capitalised()
            || data::is_speech_verb(w)
            || data::is_rule_function_word(w)
        {
            break;
        }
        b -= 1;
    }
    // a capitalised organisation, place or nationality right before
    let mut c = b;
    while c > 0 && scan.toks[c - 1].is_word() && scan.toks[c - 1].is_capitalised() && b - c < 4 {
        c -= 1;
    }
    if c < b {
        let p = scan.phrase_ref(c, b);
        // Candidates are pushed left to right, so the one just before is near the end.
        let known = data::gazetteer(&p).is_some()
            || data::is_org_head(scan.s(b - 1))
            || scan
                .out
                .iter()
                .rev()
                .take(8)
                .any(|k| k.first() == c && k.last() == b && k.kind != Kind::Person);
        if !known {
            c = b;
        }
    }
    Some(scan.phrase(c, a))
}

/// "Senate Majority Leader Mitch McConnell", "White House Press Secretary
/// Josh Earnest", "Chief Justice John G. Roberts": a run of capitalised
/// words that ends in a title and two names (a middle initial between)
/// holds a person, whatever the tagger made of the run (an organisation
/// over all of it, a place over its start and nothing after, a person over
/// the surname alone). The person is the two names; the words before them,
/// up to five, are the role; an organisation or place the tagger found
/// before the title stays, and one it ran on into the title ends before it.
/// Linear in the block: a paragraph of thousands of such names is one pass
/// over its candidates.
#[inline(never)]
pub(crate) fn titled_people(scan: &mut Scan) {
    let n = scan.toks.len();
    let cap = |scan: &Scan, t: usize| scan.toks[t].is_word() && scan.toks[t].is_capitalised();
    // The runs that end so: [start, title, name, end], in text order.
    let mut runs: Vec<[usize; 4]> = Vec::new();
    let mut t = 0;
    while t < n {
        if !cap(scan, t) {
            t += 1;
            continue;
        }
        let start = t;
        while t < n && cap(scan, t) {
            t += 1;
        }
        let end = t;
        // The name ends the run, right after a title.
        let Some(g) = [end.wrapping_sub(2), end.wrapping_sub(3)]
            .into_iter()
            .find(|&g| {
                g > start
                    && g < end
                    && (g + 2 == end || is_initial(scan, g + 1))
                    && is_titled(scan, g - 1)
                    && is_namelike(scan, g)
                    && is_namelike(scan, end - 1)
            })
        else {
            continue;
        };
        // The title's words: "Majority Leader", "Press Secretary".
        let mut title = g - 1;
        while title > start && (is_titled(scan, title - 1) || is_title_modifier(scan.s(title - 1)))
        {
            title -= 1;
        }
        runs.push([start, title, g, end]);
    }
    if runs.is_empty() {
        return;
    }
    // The runs a candidate overlaps (disjoint and sorted, so a binary search
    // and the ones after: one pass over the candidates, not one a run).
    let overlapped = |runs: &[[usize; 4]], c: &Candidate| {
        let i = runs.partition_point(|r| r[3] <= c.first());
        i..i + runs[i..].iter().take_while(|r| r[0] < c.last()).count()
    };
    // A run is left as it is when the tagger has the person as it should be,
    // or found something that reaches past the run. A name the tagger ran
    // on into the title ends before it.
    let mut keep = vec![false; runs.len()];
    let mut cut: Vec<Option<(usize, Kind)>> = vec![None; runs.len()];
    for c in &scan.out {
        for i in overlapped(&runs, c) {
            let [start, title, g, end] = runs[i];
            keep[i] |=
                c.kind == Kind::Person && c.first() == g || c.first() < start || c.last() > end;
            if cut[i].is_none()
                && c.first() < title
                && c.last() > title
                && matches!(c.kind, Kind::Organization | Kind::Place)
            {
                cut[i] = Some((c.first(), c.kind));
            }
        }
    }
    // What ends before the title stays ("Atlantic City" of "Atlantic City
    // Mayor …"); what takes in the title or the name goes.
    scan.out
        .retain(|c| overlapped(&runs, c).all(|i| keep[i] || c.last() <= runs[i][1]));
    for (i, &[start, title, g, end]) in runs.iter().enumerate() {
        if keep[i] {
            continue;
        }
        if let Some((first, kind)) = cut[i] {
            scan.push(first, title, kind);
        }
        let role = scan.phrase(start.max(g.saturating_sub(5)), g);
        person(scan, g, end, None).role = Some(role.into());
    }
}

/// An initial: "G." or "G".
fn is_initial(scan: &Scan, t: usize) -> bool {
    matches!(scan.s(t).as_bytes(), [c, b'.'] | [c] if c.is_ascii_uppercase())
}

/// A title ("Secretary") or role noun ("Leader").
#[inline(never)]
fn is_titled(scan: &Scan, t: usize) -> bool {
    let w = scan.s(t);
    data::is_title(w) || data::with_lower(w, data::is_role_noun)
}

/// A word that may be a name: no initial, title or organisation's head
/// word, no ordinary word (unless a known given name: "Will", "Don").
#[inline(never)]
fn is_namelike(scan: &Scan, t: usize) -> bool {
    let w = scan.s(t);
    !is_initial(scan, t)
        && !is_titled(scan, t)
        && !data::is_org_head(w)
        && (data::given_name(w).is_some() || !data::with_lower(w, data::is_common_word))
}

/// Capitalised words of a title before its head: "Majority Leader",
/// "Press Secretary", "Deputy Director".
fn is_title_modifier(w: &str) -> bool {
    matches!(
        w,
        "Majority"
            | "Minority"
            | "Press"
            | "Deputy"
            | "Assistant"
            | "Associate"
            | "Executive"
            | "Senior"
            | "Chief"
            | "Acting"
            | "Interim"
            | "Former"
            | "Principal"
            | "Communications"
    )
}

/// A role set before the name and a comma: "the council’s chief engineer,
/// Priya Shah," / "Its mayor, Claire Dubois,". The phrase starts at a
/// determiner or possessive and ends in a role noun or person noun.
fn role_before(scan: &Scan, first: usize) -> Option<String> {
    if first < 3 || scan.s(first - 1) != "," {
        return None;
    }
    let end = first - 1;
    let head = case::lower_str(scan.s(end - 1));
    if !(data::is_role_noun(&head) || is_person_noun(&head)) || !scan.toks[end - 1].is_word() {
        return None;
    }
    let mut k = end - 1;
    while k > 0 && end - k < 8 {
        let w = scan.s(k - 1);
        let t = scan.toks[k - 1];
        if matches!(
            case::lower_str(w).as_str(),
            "the" | "its" | "his" | "her" | "their" | "our"
        ) {
            // A sentence-initial "Its mayor" or a mid-sentence "the council’s chief engineer".
            return Some(scan.phrase(k, end));
        }
        if !(t.is_word() || t.is_possessive(scan.text)) {
            return None;
        }
        k -= 1;
    }
    None
}

fn is_person_noun(w: &str) -> bool {
    data::PERSON_NOUN_SUFFIXES
        .iter()
        .any(|suf| w.len() > suf.len() + 2 && w.ends_with(suf))
}

/// Appositive roles: "Name, the Polish president," / "Name, a spokesman for X."
/// / "Name, the bassist who led the case". The phrase ends at punctuation or a
/// relative pronoun, and needs a role noun or, after a determiner, a noun
/// that names a person by its ending (-ist, -ian, -er, -or, -man, -woman).
pub(crate) fn appositives(scan: &mut Scan) {
    let mut person_starts = vec![false; scan.toks.len()];
    for c in scan.out.iter().filter(|c| c.kind == Kind::Person) {
        person_starts[c.first()] = true;
    }
    for ci in 0..scan.out.len() {
        if scan.out[ci].kind != Kind::Person {
            continue;
        }
        if scan.out[ci].role.is_none() {
            if let Some(role) = role_before(scan, scan.out[ci].first()) {
                scan.out[ci].role = Some(role.into());
                continue;
            }
        }
        let j = scan.out[ci].last();
        if j + 2 >= scan.toks.len() || scan.s(j) != "," {
            continue;
        }
        let mut a = j + 1;
        let determiner = matches!(
            scan.s(a),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        );
        if determiner {
            a += 1;
        }
        let mut b = a;
        let mut blocked = false;
        while b < scan.toks.len() && b - a < 10 {
            let w = scan.s(b);
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
        let has_role = (a..b).any(|k| data::with_lower(scan.s(k), data::is_role_noun));
        let head = case::lower_str(scan.s(b - 1));
        let person_noun = determiner
            && scan.toks[b - 1].is_word()
            && !scan.toks[b - 1].is_capitalised()
            && is_person_noun(&head);
        if has_role || person_noun {
            let role = scan.phrase(a, b);
            scan.out[ci].role = Some(role.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{roles, with_names};

    #[test]
    fn an_agency_and_its_title_before_a_name_are_the_person_s_role() {
        // The name is the person's alone; the title and the agency are her
        // role.
        assert_eq!(
            roles("FAA Administrator Jane Cole said the rule would stay."),
            [(
                "Jane Cole".to_string(),
                Some("FAA Administrator".to_string())
            )]
        );
    }

    #[test]
    fn a_title_run_ending_in_two_names_holds_a_person_whatever_the_tagger_made_of_it() {
        use crate::text::ner::Label::*;
        use crate::text::types::Kind::*;
        let person = |name: &str, role: &str| (name.to_string(), Person, Some(role.to_string()));
        // A place over the start of the run and nothing after it.
        assert_eq!(
            with_names(
                "\u{201C}No,\u{201D} said Harbour City Press Secretary Dana Whitlow.",
                &[("Harbour", 2, Loc)]
            ),
            [
                ("Harbour City".to_string(), Place, None),
                person("Dana Whitlow", "Harbour City Press Secretary"),
            ]
        );
        // An organisation over all of it: it ends before the title.
        assert_eq!(
            with_names(
                "Westfield Council Majority Leader Tomas Varga spoke.",
                &[("Westfield", 6, Org)]
            ),
            [
                ("Westfield Council".to_string(), Organization, None),
                person("Tomas Varga", "Westfield Council Majority Leader"),
            ]
        );
        // A person over the surname alone; a middle initial.
        assert_eq!(
            with_names(
                "Chief Justice Anna B. Lindqvist ruled.",
                &[("Lindqvist", 1, Per)]
            ),
            [person("Anna B. Lindqvist", "Chief Justice")]
        );
        // A run that goes on past the names is no such person ("Says",
        // "Today": a headline's words).
        assert_eq!(
            with_names(
                "Westfield Council Leader Tomas Varga Says No",
                &[("Westfield", 2, Org)]
            ),
            [("Westfield Council".to_string(), Organization, None)]
        );
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
}
