//! Unicode lower and upper case, from compact tables.
//!
//! The standard library's `to_lowercase` and `to_uppercase` keep one table
//! entry per mapped character: about 24 KB of the WebAssembly module (11 KB
//! gzipped), for mappings that mostly come in runs ("A" to "Z" each plus 32,
//! every second character from U+0100 plus one). [`case_tables`](tables)
//! holds the same mappings as runs, about 6 KB, generated from std by
//! `tests/tools/gen_case.rs`; the tests compare every code point with std.
//!
//! Analysis lower-cases words to look them up and to hash them for the
//! models, so a mapping here that differed from std would change what the
//! trained weights see: the exhaustive tests are what keeps them equal.

// Generated, one line a run: not formatted.
#[rustfmt::skip]
#[path = "case_tables.rs"]
mod tables;

/// `len` characters from `first`, every `step`-th one, each mapped to the
/// character `delta` code points away.
struct Run {
    first: u32,
    delta: i32,
    len: u16,
    step: u8,
}

/// The characters one character maps to (at most three), as an iterator.
#[derive(Clone, Debug)]
pub(crate) struct Mapped {
    chars: [char; 3],
    len: u8,
    at: u8,
}

impl Mapped {
    fn one(c: char) -> Self {
        Mapped {
            chars: [c, '\0', '\0'],
            len: 1,
            at: 0,
        }
    }

    fn many(chars: [char; 3]) -> Self {
        let len = chars.iter().take_while(|&&c| c != '\0').count() as u8;
        Mapped { chars, len, at: 0 }
    }
}

impl Iterator for Mapped {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        (self.at < self.len).then(|| {
            self.at += 1;
            self.chars[usize::from(self.at - 1)]
        })
    }
}

fn map(c: char, runs: &[Run], multi: &[(char, [char; 3])]) -> Mapped {
    if let Ok(k) = multi.binary_search_by_key(&c, |&(from, _)| from) {
        return Mapped::many(multi[k].1);
    }
    let cp = c as u32;
    let i = runs.partition_point(|r| r.first <= cp);
    if let Some(r) = i.checked_sub(1).map(|i| &runs[i]) {
        let (off, step) = (cp - r.first, u32::from(r.step));
        if off < u32::from(r.len) * step && off % step == 0 {
            if let Some(m) = char::from_u32(cp.wrapping_add_signed(r.delta)) {
                return Mapped::one(m);
            }
        }
    }
    Mapped::one(c)
}

/// `c` in lower case, as `char::to_lowercase`.
pub(crate) fn lower(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_lowercase());
    }
    map(c, &tables::LOWER, &tables::LOWER_MULTI)
}

/// `c` in upper case, as `char::to_uppercase`.
pub(crate) fn upper(c: char) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(c.to_ascii_uppercase());
    }
    map(c, &tables::UPPER, &tables::UPPER_MULTI)
}

/// `s` in lower case, as `str::to_lowercase`, with a capital sigma that ends
/// a word as final sigma. Which characters a word's end may skip over ("ΟΔΟΣ'")
/// is approximated: apostrophes, stops, colons and combining marks, where
/// Unicode also names a few hundred modifier letters and format characters.
pub(crate) fn lower_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == 'Σ' {
            let final_sigma = cased_beyond(s[..i].chars().rev())
                && !cased_beyond(s[i + 'Σ'.len_utf8()..].chars());
            out.push(if final_sigma { 'ς' } else { 'σ' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// Whether the first character of `chars` that case ignores is cased.
fn cased_beyond(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| !case_ignorable(c))
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase() || upper(c).ne(std::iter::once(c)))
}

fn case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{200b}'..='\u{200f}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point mapped by `ours` as by `std`, or the count and first
    /// of those that differ.
    fn check_all<I: Iterator<Item = char>>(ours: fn(char) -> Mapped, std: fn(char) -> I) {
        let wrong: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| ours(c).ne(std(c)))
            .collect();
        assert!(
            wrong.is_empty(),
            "{} characters differ from std (first {:?}): run tests/tools/gen_case.rs again",
            wrong.len(),
            wrong.first()
        );
    }

    #[test]
    fn every_character_lowers_and_uppers_as_std_does() {
        check_all(lower, char::to_lowercase);
        check_all(upper, char::to_uppercase);
    }

    #[test]
    fn strings_lower_as_std_does() {
        for s in [
            "",
            "Côte d'Ivoire",
            "İSTANBUL",
            "ΟΔΟΣ",
            "ΟΔΟΣ ΑΘΗΝΑΣ.",
            "ΟΔΟΣ'",
            "Σ",
            "ΑΣ ΣΑ",
            "ΑΣ\u{301}",
            "ΑΣ1",
            "Ǆ ǅ ǆ ΣǅΣ",
            "Ⅻ Ⓐ Ａ ＳＴＲＡßＥ",
            "Straße ΤΗΣ ﬁnal",
            "\u{0}A\u{10FFFF}",
        ] {
            assert_eq!(lower_str(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn a_mapping_to_several_characters_yields_them_all() {
        assert_eq!(upper('ß').collect::<String>(), "SS");
        assert_eq!(upper('ﬃ').collect::<String>(), "FFI");
        assert_eq!(lower('İ').collect::<String>(), "i\u{307}");
        assert_eq!(lower('\0').collect::<String>(), "\0");
    }
}
