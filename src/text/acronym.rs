//! "Name (ACR)": an acronym in brackets right after the name it stands for.
//! The pattern is read in two strengths, both here:
//! - [`expansions`], over tokens, for `entity::detect`: the acronym's letters
//!   must be the initials of the capitalised words before the bracket, which
//!   then become one organisation even where no name was found;
//! - [`after`], over a block's final candidates, for `alias::group`: a name
//!   followed by a candidate in capitals alone in brackets, whatever its
//!   letters, gives that acronym to the name's entity.
//!
//! The two were tuned apart and are kept apart: reading both one way would
//! change what is found.
//!
//! A third, weaker still, needs no brackets: [`initials`] and
//! [`letters`] let `alias::group` join a later acronym ("USO") to the one
//! earlier name whose initials it spells ("the University of Southern
//! Ontario").

use super::candidate::Candidate;
use super::data;
use super::token::Token;

/// Where an acronym in brackets spells out the capitalised words just before
/// it (small words such as "for", "and", "in" may sit between them), those
/// words as token ranges `(first, bracket)`: "Organization for Security and
/// Co-operation in Europe (OSCE)". Expansions of two words are left out
/// (they are found as names already).
pub(crate) fn expansions(text: &str, toks: &[Token]) -> Vec<(usize, usize)> {
    let s = |i: usize| toks[i].as_str(text);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for p in 1..toks.len().saturating_sub(2) {
        if s(p) != "(" || s(p + 2) != ")" {
            continue;
        }
        let acr: Vec<char> = s(p + 1).chars().filter(|c| c.is_alphabetic()).collect();
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
            let w = s(t);
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
            } else if !data::ACRONYM_JOINERS.contains(&w) {
                break;
            }
        }
        let Some(a) = start else { continue };
        if p - a >= 3 {
            // (two-word expansions are found as names already)
            found.push((a, p));
        }
    }
    found
}

/// The initials of a name of two or more capitalised words, past the small
/// words that may sit between them ("University of Southern Ontario" ->
/// "USO"); `None` when a word is neither.
pub(crate) fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    for w in name.split(' ') {
        match w.chars().next() {
            Some(c) if c.is_uppercase() => out.push(c),
            _ if data::ACRONYM_JOINERS.contains(&w) => {}
            _ => return None,
        }
    }
    (out.chars().count() >= 2).then_some(out)
}

/// The letters of a word written as an acronym, two to six capitals with or
/// without dots ("USO", "U.N."); `None` for any other word.
pub(crate) fn letters(word: &str) -> Option<String> {
    let out: String = word.chars().filter(|&c| c != '.').collect();
    let n = out.chars().count();
    ((2..=6).contains(&n) && out.chars().all(char::is_uppercase)).then_some(out)
}

/// The acronym introduced in brackets right after candidate `ci` of a block
/// ("International Atomic Energy Agency (IAEA)"): the next candidate, alone
/// between "(" and ")", of two or more capitals and dots.
pub(crate) fn after<'t>(text: &'t str, cands: &[Candidate], ci: usize) -> Option<&'t str> {
    let c = &cands[ci];
    let next = cands.get(ci + 1).filter(|n| n.start() >= c.end())?;
    let between = &text[c.end()..next.start()];
    let acr = &text[next.start()..next.end()];
    (between.trim() == "("
        && text[next.end()..].starts_with(')')
        && acr.len() >= 2
        && acr.chars().all(|ch| ch.is_uppercase() || ch == '.'))
    .then_some(acr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_skip_small_words_and_refuse_lower_case_ones() {
        assert_eq!(
            initials("University of Southern Ontario").as_deref(),
            Some("USO")
        );
        assert_eq!(initials("Bank of the North").as_deref(), Some("BN"));
        assert_eq!(initials("Harmon"), None);
        assert_eq!(initials("Harmon bank"), None);
    }

    #[test]
    fn acronym_letters_are_capitals_with_or_without_dots() {
        assert_eq!(letters("U.N.").as_deref(), Some("UN"));
        assert_eq!(letters("USO").as_deref(), Some("USO"));
        assert_eq!(letters("Uso"), None);
        assert_eq!(letters("A"), None);
        assert_eq!(letters("ABCDEFG"), None);
    }
}
