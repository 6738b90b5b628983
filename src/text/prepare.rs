//! Before the passes: text split into blocks, the language judged, and each
//! block tokenised, split into sentences and read by the name rules. Analysis
//! and the tagger's training (`crate::train`) prepare blocks with the same
//! [`prepare_block`], so the tagger is trained on what it will be given.

use super::block::Block;
use super::{data, entity, sentence, token};

/// Split plain text into blocks: paragraphs separated by blank lines when there
/// are any, else one block per line. Blocks are byte ranges of `text`.
pub(crate) fn plain_text_blocks(text: &str) -> Vec<(usize, usize)> {
    let has_blank_line = text.contains("\n\n") || text.contains("\r\n\r\n");
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        let s = &text[a..b];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if a + lead < b - trail {
            out.push((a + lead, b - trail));
        }
    };
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let boundary = if has_blank_line {
                // a line that is blank (only whitespace) ends a paragraph
                let rest = &text[i + 1..];
                let line_end = rest.find('\n').map_or(rest.len(), |k| k);
                rest[..line_end].trim().is_empty()
            } else {
                true
            };
            if boundary {
                push(&mut out, start, i);
                start = i + 1;
            }
        }
        i += 1;
    }
    push(&mut out, start, text.len());
    out
}

/// Is this English? At least 40% of its lower-case words (the first 2,000)
/// must be frequent English words ([`data::is_common_word`]). On the corpus
/// pages the share is 0.54–0.90 for English pages and 0.03–0.27 for German,
/// French, Spanish, Czech and Latin placeholder text. Text with fewer than 40
/// lower-case words counts as English (a caption: nothing to judge by).
///
/// The name tagger and the rules are English; on other languages they would
/// mark capitalised nouns as people ("Aktuelles Heft"), so names are not
/// looked for there. Quotes, dates and figures still are.
pub(crate) fn is_english(texts: &[&str]) -> bool {
    let (mut words, mut common) = (0usize, 0usize);
    for t in texts {
        for w in t.split(|c: char| !c.is_alphabetic()) {
            if w.is_empty() || !w.starts_with(char::is_lowercase) {
                continue;
            }
            words += 1;
            if data::is_common_word(w) {
                common += 1;
            }
        }
        if words >= 2000 {
            break;
        }
    }
    words < 40 || common * 10 >= words * 4
}

/// A long block with more tokens than half its bytes is a run of symbols
/// (prose has one token per four or five bytes, a list of numbers one per
/// three): nothing is looked for in it, and it costs no analysis state, which
/// at a dozen bytes a token would be many times the size of such a block.
pub(crate) fn is_not_prose(bytes: usize, tokens: usize) -> bool {
    bytes > MIN_CHECKED_BYTES && tokens > bytes / 2
}

/// Blocks up to this size are analysed whatever they hold.
const MIN_CHECKED_BYTES: usize = 4096;

/// Tokens, sentences and the rules' names (with their codes for the tagger)
/// of one block. `find_names`: look for names at all (see [`is_english`]);
/// without, the block has no rule names and every code is 0.
pub(crate) fn prepare_block(text: &str, find_names: bool) -> Block {
    let estimate = token::estimate(text);
    if is_not_prose(text.len(), estimate) {
        return Block::default();
    }
    let tokens = token::tokenize_reserving(text, estimate);
    let mut sentences = sentence::sentences(text, &tokens);
    let mut candidates = if find_names {
        entity::rule_names(text, &tokens, &sentences)
    } else {
        Vec::new()
    };
    // Every block is kept until the document is read: thousands of short
    // blocks, each with its vectors' slack, would outweigh their text.
    sentences.shrink_to_fit();
    candidates.shrink_to_fit();
    Block {
        tokens,
        sentences,
        candidates,
        quotes: 0..0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ner::{segments, DocTagger, Label, Model};

    // The tagger on prepared blocks: the rules' codes are among its features.

    fn names(text: &str) -> Vec<(String, Label)> {
        let block = prepare_block(text, true);
        let (toks, sents) = (&block.tokens, &block.sentences);
        let mut tagger = DocTagger::new(&[text], std::slice::from_ref(&block));
        let labels = tagger.tag(Model::builtin(), text, &block);
        segments(&labels, sents)
            .into_iter()
            .map(|(a, b, l)| (text[toks[a].start()..toks[b - 1].end()].to_string(), l))
            .collect()
    }

    #[test]
    fn tags_people_places_and_organisations() {
        let found = names(
            "Prime Minister Helen Marsh flew to Oslo on Monday to meet executives of \
             Nordvik Energy and officials from the European Commission.",
        );
        assert!(
            found.contains(&("Helen Marsh".into(), Label::Per)),
            "{found:?}"
        );
        assert!(found.contains(&("Oslo".into(), Label::Loc)), "{found:?}");
        assert!(
            found.contains(&("European Commission".into(), Label::Org)),
            "{found:?}"
        );
        assert!(!found.iter().any(|(n, _)| n == "Monday"), "{found:?}");
    }

    #[test]
    fn sentence_initial_words_stay_unnamed() {
        let found = names("But the council said nothing. However, residents disagreed.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn skipping_plain_words_keeps_the_labels_of_names_with_particles() {
        let text = "Ursula von der Leyen met officials of the Bank of England and \
                    the Organization for Security and Co-operation in Europe in \
                    the city of Rio de Janeiro on Monday, the ministry of defence said.";
        let block = prepare_block(text, true);
        let (toks, sents) = (&block.tokens, &block.sentences);
        let mut tagger = DocTagger::new(&[text], std::slice::from_ref(&block));
        let skipping = tagger.tag(Model::builtin(), text, &block);
        tagger.training = true;
        let every = tagger.tag(Model::builtin(), text, &block);
        assert_eq!(skipping, every);
        let found: Vec<&str> = segments(&skipping, sents)
            .into_iter()
            .map(|(a, b, _)| &text[toks[a].start()..toks[b - 1].end()])
            .collect();
        for name in ["Ursula von der Leyen", "Bank of England", "Rio de Janeiro"] {
            assert!(found.contains(&name), "{name}: {found:?}");
        }
    }

    #[test]
    fn headline_names_stay_when_the_gazetteers_know_them() {
        // A title-case headline: the prose never writes Harwick.
        let text = "Mayor of Harwick Visits Lisbon Next Week. \
                    The council met on Monday and nobody spoke.";
        let block = prepare_block(text, true);
        let (toks, sents) = (&block.tokens, &block.sentences);
        let mut tagger = DocTagger::new(&[text], std::slice::from_ref(&block));
        let labels = tagger.tag(Model::builtin(), text, &block);
        let words = |v: Vec<(usize, usize, Label)>| -> Vec<&str> {
            v.into_iter()
                .map(|(a, b, _)| &text[toks[a].start()..toks[b - 1].end()])
                .collect()
        };
        let tagged = words(segments(&labels, sents));
        assert!(
            tagged.contains(&"Lisbon") && tagged.contains(&"Harwick"),
            "{tagged:?}"
        );
        let kept = words(tagger.names(text, &block, &labels));
        assert_eq!(kept, ["Lisbon"]);
    }

    #[test]
    fn short_text_counts_as_english() {
        assert!(is_english(&["Too short to judge."]));
    }

    #[test]
    fn plain_text_splits_on_blank_lines_when_present() {
        let t = "Para one\nwraps here.\n\nPara two.";
        let b = plain_text_blocks(t);
        assert_eq!(
            b.iter().map(|&(a, e)| &t[a..e]).collect::<Vec<_>>(),
            ["Para one\nwraps here.", "Para two."]
        );
    }

    #[test]
    fn plain_text_without_blank_lines_splits_lines() {
        let t = "One.\nTwo.\n";
        let b = plain_text_blocks(t);
        assert_eq!(
            b.iter().map(|&(a, e)| &t[a..e]).collect::<Vec<_>>(),
            ["One.", "Two."]
        );
    }
}
