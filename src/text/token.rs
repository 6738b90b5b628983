//! Words and punctuation, with the features the later passes read.
//!
//! A word keeps internal hyphens and apostrophes (`Jong-un`, `O'Brien`), dots
//! of abbreviations (`U.S.`, `Mr.`), and digit groups (`3,000`, `2.5`). A
//! possessive `'s` / `’s` is split off as its own token, so `Ukraine’s` gives
//! the name `Ukraine`, as the CoNLL convention wants.

use super::data;

/// One token: a byte range of the block text plus features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    // A u32 offset, a u16 length and one byte of flags: 8 bytes a token
    // instead of 24 (a page of short blocks keeps every token until it is
    // read). Inputs are far below 4 GiB; a longer word is cut into tokens of
    // at most `MAX_TOKEN_BYTES`.
    start: u32,
    len: u16,
    flags: u8,
}

/// The longest token: a "word" longer than this is several tokens.
const MAX_TOKEN_BYTES: usize = u16::MAX as usize;

const WORD: u8 = 1;
const CAPITALISED: u8 = 2;
const ALL_CAPS: u8 = 4;
const DIGIT: u8 = 8;
const SPACE_BEFORE: u8 = 16;
const UPPER: u8 = 32;

impl Token {
    /// Start byte in the block text.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }
    /// End byte (exclusive).
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }
    /// A word (letters or digits) rather than punctuation.
    #[inline]
    pub(crate) fn is_word(&self) -> bool {
        self.flags & WORD != 0
    }
    /// First character is an upper-case letter.
    #[inline]
    pub(crate) fn is_capitalised(&self) -> bool {
        self.flags & CAPITALISED != 0
    }
    /// Every letter is upper case (and there are at least two).
    #[inline]
    pub(crate) fn is_all_caps(&self) -> bool {
        self.flags & ALL_CAPS != 0
    }
    /// Contains a digit.
    #[inline]
    pub(crate) fn has_digit(&self) -> bool {
        self.flags & DIGIT != 0
    }
    /// Contains an upper-case letter anywhere ("iPhone", "McCain", "U.S.").
    #[inline]
    pub(crate) fn has_upper(&self) -> bool {
        self.flags & UPPER != 0
    }
    /// Whitespace (or the block start) precedes the token.
    #[inline]
    pub(crate) fn has_space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }
}

impl Token {
    /// The token's text in `text`.
    #[inline]
    pub(crate) fn as_str<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start()..self.end()]
    }

    /// The possessive `'s` or `’s` split off a word ("Ukraine’s").
    #[inline]
    pub(crate) fn is_possessive(&self, text: &str) -> bool {
        matches!(self.as_str(text), "'s" | "\u{2019}s")
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Split `text` into tokens: "Mr. Yoon’s U.S. visit cost $3,000." gives
/// `Mr.`, `Yoon`, `’s`, `U.S.`, `visit`, `cost`, `$`, `3,000`, `.` (the
/// example was a doc test while this module was public; it is the first unit
/// test below).
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    tokenize_reserving(text, estimate(text))
}

/// At least as many tokens as [`tokenize`] gives (a word char after none
/// starts one; every other char that is not a space is one), counted without
/// allocating: reserving it once means no reallocation, which would hold two
/// copies of a long paragraph's tokens.
pub(crate) fn estimate(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let word = is_word_char(c);
        let continues_word = word && in_word;
        if !c.is_whitespace() && !continues_word {
            n += 1;
        }
        in_word = word;
    }
    n
}

/// [`tokenize`] with room for `reserve` tokens from the start.
pub(crate) fn tokenize_reserving(text: &str, reserve: usize) -> Vec<Token> {
    // Byte offsets throughout: no per-character table (that alone cost 16
    // bytes per character of input).
    let mut out = Vec::with_capacity(reserve);
    let at = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    let after = |i: usize| at(i).map_or(i, |c| i + c.len_utf8());
    let before = |i: usize| text[..i].chars().next_back();
    let mut i = 0;
    let mut space_before = true;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let mut j = after(i);
            loop {
                match at(j) {
                    Some(ch) if is_word_char(ch) || is_combining(ch) => j = after(j),
                    Some(
                        ch @ ('-' | '\u{2010}' | '\u{2011}' | '&' | '.' | ',' | '\'' | '\u{2019}'),
                    ) if at(after(j)).is_some_and(|x| x.is_alphanumeric()) => {
                        let prev = before(j).unwrap_or(' ');
                        let next = at(after(j)).unwrap_or(' ');
                        let ok = match ch {
                            ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                            '.' => {
                                (prev.is_ascii_digit() && next.is_ascii_digit())
                                    || is_initialism(&text[start..after(after(j))])
                            }
                            c if is_apostrophe(c) => {
                                // Possessive 's stays outside the word: split before it.
                                !((next == 's' || next == 'S')
                                    && !at(after(after(j))).is_some_and(|x| x.is_alphanumeric()))
                            }
                            _ => true,
                        };
                        if !ok {
                            break;
                        }
                        j = after(j);
                    }
                    _ => break,
                }
            }
            // Final dot of an initialism (U.S.) or a known abbreviation (Mr.).
            if at(j) == Some('.') {
                let word = &text[start..j];
                let initialism =
                    word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
                // A name's initial: "S. Waugh", "J. R. Smith".
                let initial = word.chars().count() == 1
                    && word.starts_with(char::is_uppercase)
                    && at(j + 1).is_some_and(|c| c == ' ')
                    && at(j + 2).is_some_and(char::is_uppercase);
                if initialism || initial || data::ABBREVIATIONS.contains(&word) {
                    j += 1;
                }
            }
            push(&mut out, text, start, j, true, space_before);
            i = j;
        } else if is_apostrophe(c)
            && matches!(at(after(i)), Some('s' | 'S'))
            && !at(after(after(i))).is_some_and(|x| x.is_alphanumeric())
            && before(i).is_some_and(char::is_alphanumeric)
        {
            let end = after(after(i));
            push(&mut out, text, i, end, false, false);
            i = end;
        } else {
            push(&mut out, text, i, after(i), false, space_before);
            i = after(i);
        }
        space_before = false;
    }
    // Joined words (`U.S.`, `well-known`) make the reservation a little
    // generous; across thousands of short blocks the slack adds up.
    out.shrink_to_fit();
    out
}

/// `U.S`, `U.N`, `e.g`: single letters separated by dots so far.
fn is_initialism(s: &str) -> bool {
    s.chars().enumerate().all(|(k, c)| {
        if k % 2 == 0 {
            c.is_alphabetic()
        } else {
            c == '.'
        }
    })
}

/// Letters and digits, but not the mathematical alphanumeric symbols
/// (U+1D400–U+1D7FF: 𝒳, 𝐀), which are symbols in running text.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (curly quotes, dashes) holds no letter or digit:
    // answered without the Unicode tables, for the commonest non-ASCII
    // characters of news text.
    !is_general_punctuation(c) && c.is_alphanumeric() && !('\u{1D400}'..='\u{1D7FF}').contains(&c)
}

fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn push(
    out: &mut Vec<Token>,
    text: &str,
    start: usize,
    end: usize,
    is_word: bool,
    space_before: bool,
) {
    if end - start > MAX_TOKEN_BYTES {
        let mut cut = start + MAX_TOKEN_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        push(out, text, start, cut, is_word, space_before);
        return push(out, text, cut, end, is_word, false);
    }
    let s = &text[start..end];
    let first = s.chars().next().unwrap_or(' ');
    let mut letters = 0;
    let mut upper = 0;
    let mut has_digit = false;
    for ch in s.chars() {
        if !is_general_punctuation(ch) && ch.is_alphabetic() {
            letters += 1;
            if ch.is_uppercase() {
                upper += 1;
            }
        } else if ch.is_ascii_digit() {
            has_digit = true;
        }
    }
    let flag = |on: bool, bit: u8| if on { bit } else { 0 };
    out.push(Token {
        start: start as u32,
        len: (end - start) as u16,
        flags: flag(is_word, WORD)
            | flag(first.is_uppercase(), CAPITALISED)
            | flag(letters >= 2 && upper == letters, ALL_CAPS)
            | flag(has_digit, DIGIT)
            | flag(space_before, SPACE_BEFORE)
            | flag(upper > 0, UPPER),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_the_documented_example() {
        let text = "Mr. Yoon’s U.S. visit cost $3,000.";
        let words: Vec<_> = tokenize(text).iter().map(|t| t.as_str(text)).collect();
        assert_eq!(
            words,
            ["Mr.", "Yoon", "’s", "U.S.", "visit", "cost", "$", "3,000", "."]
        );
    }

    #[test]
    fn a_word_longer_than_a_token_is_several() {
        let text = format!("a {} b", "é".repeat(40_000));
        let toks = tokenize(&text);
        assert_eq!(toks.len(), 4);
        assert_eq!(toks[1].start(), 2);
        assert_eq!(toks[2].start(), toks[1].end());
        assert_eq!(toks[2].end(), text.len() - 2);
        assert!(toks[1].end() - toks[1].start() <= MAX_TOKEN_BYTES);
        assert!(!toks[2].has_space_before());
        assert_eq!(std::mem::size_of::<Token>(), 8);
    }

    #[test]
    fn the_estimate_is_never_below_the_count() {
        for text in [
            "Mr. Yoon’s U.S. visit cost $3,000.",
            "well-known A. B. Smith’s e.g. 1.5 ‘90s “quoted” text\u{301} x\u{301}",
            "\"\"\"''' …—– Koreans’ troops",
            "",
            "   ",
        ] {
            assert!(estimate(text) >= tokenize(text).len(), "{text}");
        }
        assert_eq!(estimate("Anna Berg met Peter Holm in Oslo."), 8);
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.as_str(text)).collect()
    }

    #[test]
    fn keeps_hyphenated_names_and_splits_possessives() {
        assert_eq!(
            words("Kim Jong-un’s troops"),
            ["Kim", "Jong-un", "’s", "troops"]
        );
        assert_eq!(words("O'Brien's dog"), ["O'Brien", "'s", "dog"]);
    }

    #[test]
    fn plural_possessive_apostrophe_is_punctuation() {
        assert_eq!(words("Koreans’ troops"), ["Koreans", "’", "troops"]);
    }

    #[test]
    fn numbers_keep_groups_and_decimals() {
        assert_eq!(
            words("at least 3,000 or 2.5%."),
            ["at", "least", "3,000", "or", "2.5", "%", "."]
        );
    }

    #[test]
    fn initials_keep_their_dot() {
        assert_eq!(
            words("S. Waugh and J. R. Smith won."),
            ["S.", "Waugh", "and", "J.", "R.", "Smith", "won", "."]
        );
        assert_eq!(words("Plan B."), ["Plan", "B", "."]);
    }

    #[test]
    fn sentence_final_dot_is_separate() {
        assert_eq!(
            words("He left Seoul. Then"),
            ["He", "left", "Seoul", ".", "Then"]
        );
    }

    #[test]
    fn handles_emoji_and_combining_marks() {
        let t = "Zoe\u{301} 😀 Jos\u{e9}";
        assert_eq!(words(t), ["Zoe\u{301}", "😀", "Jos\u{e9}"]);
        assert_eq!(words("\u{1D4B3} Peter"), ["\u{1D4B3}", "Peter"]);
    }
}
