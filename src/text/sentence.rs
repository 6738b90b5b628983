//! Sentence boundaries over tokens.
//!
//! A sentence ends after `.`, `!`, `?` or `…` (with any closing quote marks or
//! brackets that follow) when the next token starts with a capital, a digit or
//! an opening quote, and at every line break of plain-text input. Abbreviations
//! keep their dot inside the word token (see [`super::token`]), so `Mr. Yoon`
//! does not end a sentence.

use super::token::Token;

/// Token index ranges `(first, end)` of the sentences of a block.
pub(crate) fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].as_str(text);
        let newline_after = tokens
            .get(i + 1)
            .is_some_and(|n| text[tokens[i].end()..n.start()].contains('\n'));
        if matches!(t, "." | "!" | "?" | "\u{2026}") {
            let mut j = i + 1;
            while j < tokens.len()
                && is_closer(tokens[j].as_str(text))
                && !tokens[j].has_space_before()
            {
                j += 1;
            }
            let next_starts = tokens.get(j).is_none_or(|n| {
                let s = n.as_str(text);
                n.is_capitalised() || n.has_digit() || is_opener(s)
            });
            if next_starts {
                out.push((start, j));
                start = j;
                i = j;
                continue;
            }
        }
        if newline_after {
            out.push((start, i + 1));
            start = i + 1;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// The sentence `(first, end)` holding token `t` (binary search), or the whole
/// range when `t` lies past the last sentence.
pub(crate) fn sentence_of(sentences: &[(usize, usize)], t: usize) -> (usize, usize) {
    let i = sentences.partition_point(|&(_, e)| e <= t);
    match sentences.get(i) {
        Some(&(s, e)) if s <= t => (s, e),
        _ => (0, sentences.last().map_or(0, |x| x.1)),
    }
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "\u{201D}" | "\u{2019}" | "\"" | "'" | ")" | "]" | "\u{BB}"
    )
}

fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "\u{201C}" | "\u{2018}" | "\"" | "'" | "(" | "[" | "\u{AB}"
    )
}

/// How [`is_shouting`] counts the words in capitals. The name rules were
/// tuned with one count and the tagger's feature was trained with the other;
/// they differ only at the edges (one-letter words, figures in capitals), and
/// giving both one count would change what each finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Capitals {
    /// Every token in capitals (two letters or more), figures too
    /// ("COVID-19"): the tagger's feature.
    Tokens,
    /// Words without figures that are in capitals or one letter long ("A",
    /// "I", an initial): the name rules.
    WordsAndLetters,
}

/// Most words of the sentence `toks` are in capitals: a headline or a
/// label, not prose. At least two words without figures, and more than half
/// as many in capitals, counted as `capitals` says.
pub(crate) fn is_shouting(toks: &[Token], capitals: Capitals) -> bool {
    let words = toks
        .iter()
        .filter(|t| t.is_word() && !t.has_digit())
        .count();
    let caps = match capitals {
        Capitals::Tokens => toks.iter().filter(|t| t.is_all_caps()).count(),
        Capitals::WordsAndLetters => toks
            .iter()
            .filter(|t| t.is_word() && !t.has_digit())
            .filter(|t| t.is_all_caps() || t.end() - t.start() == 1)
            .count(),
    };
    words >= 2 && caps * 2 > words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn split(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        sentences(text, &toks)
            .into_iter()
            .map(|(a, b)| text[toks[a].start()..toks[b - 1].end()].to_string())
            .collect()
    }

    #[test]
    fn splits_after_final_punctuation_and_closing_quotes() {
        assert_eq!(
            split("He came. “Go.” She left! ok"),
            ["He came.", "“Go.”", "She left! ok"]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Yoon met Dr. Kim in the U.S. on Monday."),
            ["Mr. Yoon met Dr. Kim in the U.S. on Monday."]
        );
    }

    #[test]
    fn line_breaks_split() {
        assert_eq!(
            split("Headline here\nBody text"),
            ["Headline here", "Body text"]
        );
    }
}
