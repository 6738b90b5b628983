//! Words and punctuation, with the features the later passes read.
//!
//! A word keeps internal hyphens and apostrophes (`Jong-un`, `O'Brien`), dots
//! of abbreviations (`U.S.`, `Mr.`), and digit groups (`3,000`, `2.5`). A
//! possessive `'s` / `’s` is split off as its own token, so `Ukraine’s` gives
//! the name `Ukraine`, as the CoNLL convention wants.

/// One token: a byte range of the block text plus features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte in the block text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// A word (letters or digits) rather than punctuation.
    pub is_word: bool,
    /// First character is an upper-case letter.
    pub is_capitalised: bool,
    /// Every letter is upper case (and there are at least two).
    pub is_all_caps: bool,
    /// Contains a digit.
    pub has_digit: bool,
    /// Whitespace (or the block start) precedes the token.
    pub space_before: bool,
}

impl Token {
    /// The token's text in `text`.
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Abbreviations that keep their final dot.
const ABBREVIATIONS: [&str; 24] = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Sgt", "Rev", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Mt",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Split `text` into tokens.
///
/// # Example
/// ```
/// use article_enrich::text::token::tokenize;
/// let text = "Mr. Yoon’s U.S. visit cost $3,000.";
/// let words: Vec<_> = tokenize(text).iter().map(|t| t.as_str(text)).collect();
/// assert_eq!(words, ["Mr.", "Yoon", "’s", "U.S.", "visit", "cost", "$", "3,000", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|c| c.1);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut i = 0;
    let mut space_before = true;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let mut j = i + 1;
            loop {
                match at(j) {
                    Some(ch) if is_word_char(ch) || is_combining(ch) => j += 1,
                    Some(
                        ch @ ('-' | '\u{2010}' | '\u{2011}' | '&' | '.' | ',' | '\'' | '\u{2019}'),
                    ) if at(j + 1).is_some_and(|x| x.is_alphanumeric()) => {
                        let prev = chars[j - 1].1;
                        let next = at(j + 1).unwrap_or(' ');
                        let ok = match ch {
                            ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                            '.' => {
                                (prev.is_ascii_digit() && next.is_ascii_digit())
                                    || is_initialism(&chars[start..j + 2])
                            }
                            c if is_apostrophe(c) => {
                                // Possessive 's stays outside the word: split before it.
                                !((next == 's' || next == 'S')
                                    && !at(j + 2).is_some_and(|x| x.is_alphanumeric()))
                            }
                            _ => true,
                        };
                        if !ok {
                            break;
                        }
                        j += 1;
                    }
                    _ => break,
                }
            }
            // Final dot of an initialism (U.S.) or a known abbreviation (Mr.).
            if at(j) == Some('.') {
                let word = &text[byte(start)..byte(j)];
                let initialism =
                    word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
                if initialism || ABBREVIATIONS.contains(&word) {
                    j += 1;
                }
            }
            push(&mut out, text, byte(start), byte(j), true, space_before);
            i = j;
        } else if is_apostrophe(c)
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(|x| x.is_alphanumeric())
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            push(&mut out, text, byte(i), byte(i + 2), false, false);
            i += 2;
        } else {
            push(&mut out, text, byte(i), byte(i + 1), false, space_before);
            i += 1;
        }
        space_before = false;
    }
    out
}

/// `U.S`, `U.N`, `e.g`: single letters separated by dots so far.
fn is_initialism(chars: &[(usize, char)]) -> bool {
    chars.iter().enumerate().all(|(k, &(_, c))| {
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
    c.is_alphanumeric() && !('\u{1D400}'..='\u{1D7FF}').contains(&c)
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
    let s = &text[start..end];
    let first = s.chars().next().unwrap_or(' ');
    let mut letters = 0;
    let mut upper = 0;
    let mut has_digit = false;
    for ch in s.chars() {
        if ch.is_alphabetic() {
            letters += 1;
            if ch.is_uppercase() {
                upper += 1;
            }
        } else if ch.is_ascii_digit() {
            has_digit = true;
        }
    }
    out.push(Token {
        start,
        end,
        is_word,
        is_capitalised: first.is_uppercase(),
        is_all_caps: letters >= 2 && upper == letters,
        has_digit,
        space_before,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

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
