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

mod figures;
mod kinds;
mod reconcile;
mod roles;
mod rules;
mod scan;
#[cfg(test)]
mod testing;

pub(crate) use kinds::harmonise_kinds;
pub(crate) use rules::rule_names;

use crate::text::acronym;
use crate::text::candidate::{candidate_order, Candidate};
use crate::text::data;
use crate::text::ner::Label;
use crate::text::sentence::{is_shouting, sentence_of, Capitals};
use crate::text::token::Token;
use crate::text::types::Kind;
use figures::dates_and_numbers;
pub(crate) use reconcile::is_clause_opener;
use reconcile::reconcile;
use roles::{appositives, titled_people};
use scan::Scan;

/// All candidates of one block. `rules` are [`rule_names`]; `names` are the
/// learned tagger's ([`super::ner::DocTagger::names`]): they decide which
/// capitalised words are names and of what kind; the rules add titles,
/// roles, genders, canonical names, acronym expansions, dates and figures.
pub(crate) fn detect(
    text: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    rules: Vec<Candidate>,
    names: Vec<(usize, usize, Label)>,
) -> Vec<Candidate> {
    let mut scan = Scan {
        text,
        toks,
        out: rules,
    };
    scan.out.sort_unstable_by_key(candidate_order);
    let shouting: Vec<(usize, usize)> = sentences
        .iter()
        .copied()
        .filter(|&(s, e)| is_shouting(&scan.toks[s..e], Capitals::WordsAndLetters))
        .collect();
    reconcile(&mut scan, names, sentences, &shouting);
    titled_people(&mut scan);
    firms_are_not_people(&mut scan);
    party_tags(&mut scan);
    possessive_firms(&mut scan);
    sentence_final_dots(&mut scan, sentences);
    acronym_expansions(&mut scan);
    dates_and_numbers(&mut scan);
    scan.out.sort_unstable_by_key(candidate_order);
    // Candidates never overlap: where a date or figure reaches into a name,
    // the one that starts first (the longer, at the same start) is kept.
    let mut kept_end = 0;
    scan.out.retain(|c| {
        let keep = c.start() >= kept_end;
        if keep {
            kept_end = c.end();
        }
        keep
    });
    appositives(&mut scan);
    scan.out
}

/// A name that ends its sentence with an abbreviation ("shares in Lear
/// Corp.") ends before the dot: the dot is the sentence's full stop too.
/// Initialisms keep theirs ("the U.S.").
fn sentence_final_dots(scan: &mut Scan, sentences: &[(usize, usize)]) {
    for c in &mut scan.out {
        let last = c.last() - 1;
        let (_, sent_end) = sentence_of(sentences, last);
        let w = scan.toks[last].as_str(scan.text);
        let abbreviation = w.len() > 2
            && w.ends_with('.')
            && !w[..w.len() - 1].contains('.')
            && c.end() == scan.toks[last].end();
        if last + 1 == sent_end && abbreviation && c.kind != Kind::Date {
            c.drop_final_dot();
        }
    }
}

/// No person's name joins two names with "&" ("Douglas & Lomason") or ends in
/// an organisation's head word ("Pirelli SpA", "Harmon Corp"): those are
/// firms. One that ends in a place's head word is a place.
fn firms_are_not_people(scan: &mut Scan) {
    for i in 0..scan.out.len() {
        let c = &scan.out[i];
        if c.kind != Kind::Person || c.last() - c.first() < 2 {
            continue;
        }
        let head = scan.s(c.last() - 1);
        let firm = (c.first()..c.last()).any(|t| scan.s(t) == "&") || data::is_org_head(head);
        if firm {
            scan.out[i].set_kind(Kind::Organization);
        } else if data::is_place_head(head) {
            // Nor in a place's ("Hancock County", "Jordan River").
            scan.out[i].set_kind(Kind::Place);
        }
    }
}

/// "Rep. Ann Marsh (D-Ohio)", "(R-N.Y.)": a party and a state in brackets
/// after a name are no name of their own (they were a person "D-Ohio").
fn party_tags(scan: &mut Scan) {
    let text = scan.text;
    scan.out.retain(|c| {
        let s = &text[c.start()..c.end()];
        let tag = s.len() > 2
            && matches!(s.as_bytes()[..2], [b'D' | b'R' | b'I', b'-'])
            && s.as_bytes()[2].is_ascii_uppercase();
        !(tag && text[..c.start()].ends_with('('))
    });
}

/// Firms written with a possessive "'s" keep it: "McDonald's", "Moody's".
/// The word must stand alone, as a name of its own or no name at all (not
/// "Ronald McDonald's"), and the "'s" must follow it without a space.
fn possessive_firms(scan: &mut Scan) {
    let mut pushed = false;
    let mut i = 0;
    while i + 1 < scan.toks.len() {
        let (t, s) = (&scan.toks[i], &scan.toks[i + 1]);
        // The cheap checks first: most tokens are not followed by "'s".
        let firm = t.end() == s.start()
            && s.is_possessive(scan.text)
            && data::is_possessive_firm(t.as_str(scan.text));
        if firm {
            let (end, last) = (s.end(), i + 2);
            match scan.out.iter().position(|c| c.first() <= i && i < c.last()) {
                Some(k) if scan.out[k].first() == i && scan.out[k].last() == i + 1 => {
                    let c = &mut scan.out[k];
                    c.set_kind(Kind::Organization);
                    c.extend_to(end, last);
                }
                Some(_) => {}
                None => {
                    scan.push(i, last, Kind::Organization);
                    pushed = true;
                }
            }
            i += 1;
        }
        i += 1;
    }
    if pushed {
        scan.out.sort_unstable_by_key(candidate_order);
    }
}

/// "Organization for Security and Co-operation in Europe (OSCE)": the words
/// an acronym in brackets spells out ([`acronym::expansions`]) become one
/// organisation, replacing the pieces found in them.
fn acronym_expansions(scan: &mut Scan) {
    let found = acronym::expansions(scan.text, scan.toks);
    if found.is_empty() {
        return;
    }
    // One pass: drop the pieces inside each expansion, keep what an exact
    // candidate said of its kind, then add the expansions and their acronyms.
    let mut kinds = vec![None; found.len()];
    let mut acronym_known = vec![false; found.len()];
    let mut f = 0;
    scan.out.retain(|c| {
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
        scan.push(a, p, kinds[k].unwrap_or(Kind::Organization));
        if !acronym_known[k] {
            scan.push(p + 1, p + 2, Kind::Organization);
        }
    }
    scan.out.sort_unstable_by_key(candidate_order);
}

#[cfg(test)]
mod tests {
    use super::testing::with_names;
    use super::*;

    #[test]
    fn firms_are_not_people_and_a_sentence_keeps_its_full_stop() {
        use Label::*;
        let got = with_names(
            "Analysts met Douglas & Lomason and Harmon Corp near Hancock County.",
            &[("Douglas", 3, Per), ("Harmon", 2, Per), ("Hancock", 2, Per)],
        );
        assert_eq!(
            got,
            [
                ("Douglas & Lomason".into(), Kind::Organization, None),
                ("Harmon Corp".into(), Kind::Organization, None),
                ("Hancock County".into(), Kind::Place, None),
            ]
        );
        // Inside the sentence, the abbreviation keeps its dot.
        let got = with_names("Harmon Corp. said so.", &[("Harmon", 2, Org)]);
        assert_eq!(got, [("Harmon Corp.".into(), Kind::Organization, None)]);
    }

    #[test]
    fn party_tags_in_brackets_are_no_names() {
        use Label::*;
        let got = with_names(
            "Rep. Ann Marsh (D-Ohio) and Sen. Tom Reyes (R-Texas) met at I-95 (I-95).",
            &[
                ("Ann", 2, Per),
                ("D-Ohio", 1, Per),
                ("Tom", 2, Per),
                ("R-Texas", 1, Per),
            ],
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Ann Marsh", "Tom Reyes"], "{got:?}");
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
}
