//! Stage 2: text analysis. Blocks of plain text in, [`Analysis`] out.
//!
//! The passes run in order over every block, then over the document:
//! [`token`] → [`sentence`] → [`quote`] (quotation spans) → [`entity`]
//! (candidate names, dates and figures with roles) → [`alias`] (one entity per
//! referent, "Mr Yoon" with "Yoon Suk Yeol") → [`attribution`] (a speaker for
//! every quote). Nothing here knows about HTML: offsets are byte offsets into
//! each block's text, and the fronts convert them to code points or UTF-16.

pub mod alias;
pub mod attribution;
pub mod data;
pub mod entity;
pub mod ner;
pub mod quote;
pub mod sentence;
pub mod token;
mod types;

pub use types::{Analysis, Entity, Gender, Kind, Mention, Quote, QuoteKind};

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

/// One block split for analysis.
#[derive(Default)]
struct Split {
    tokens: Vec<token::Token>,
    sents: Vec<(usize, usize)>,
    rules: Vec<entity::Candidate>,
    codes: Vec<u8>,
}

/// Analyse `text` whose blocks are the given byte ranges.
pub(crate) fn analyze_blocks(text: String, blocks: Vec<(usize, usize)>) -> Analysis {
    let block_texts: Vec<&str> = blocks.iter().map(|&(a, b)| &text[a..b]).collect();
    // Names are looked for in English only (see `is_english`).
    let english = is_english(&block_texts);
    // Tokens, sentences and the rules' names of every block first: the name
    // tagger reads the whole document before it tags the first block.
    let mut split: Vec<Split> = block_texts
        .iter()
        .map(|t| {
            let tokens = token::tokenize(t);
            let sents = sentence::sentences(t, &tokens);
            let rules = if english {
                entity::rule_names(t, &tokens, &sents)
            } else {
                Vec::new()
            };
            let codes = entity::rule_codes(&rules, tokens.len());
            Split {
                tokens,
                sents,
                rules,
                codes,
            }
        })
        .collect();
    let model = ner::Model::builtin();
    let mut tagger = english.then(|| {
        let view: Vec<ner::Block> = block_texts
            .iter()
            .zip(&split)
            .map(|(t, s)| ner::Block::new(t, &s.tokens, &s.sents, &s.codes))
            .collect();
        ner::DocTagger::new(&view)
    });
    let mut docs: Vec<entity::BlockAnalysis> = Vec::with_capacity(blocks.len());
    let mut quotes = Vec::new();
    for (bi, &t) in block_texts.iter().enumerate() {
        let Split {
            tokens,
            sents,
            rules,
            codes,
        } = std::mem::take(&mut split[bi]);
        let block_quotes = quote::find_quotes(t, &tokens, &sents);
        let names = match tagger.as_mut() {
            Some(tagger) => {
                let view = ner::Block::new(t, &tokens, &sents, &codes);
                let labels = tagger.tag(model, &view);
                tagger.names(&view, &labels)
            }
            None => Vec::new(),
        };
        drop(codes);
        let cands = entity::detect(t, &tokens, &sents, rules, names);
        docs.push(entity::BlockAnalysis {
            tokens,
            sentences: sents,
            candidates: cands,
            quotes: block_quotes.clone(),
        });
        for q in block_quotes {
            quotes.push(Quote {
                block: bi,
                start: q.start,
                end: q.end,
                kind: q.kind,
                continues: None,
                speaker: None,
                speaker_description: None,
            });
        }
    }
    entity::harmonise_kinds(&block_texts, &mut docs);
    quote::link_continuations(&block_texts, &docs, &mut quotes);
    let (entities, cand_entity) = alias::group(&block_texts, &docs);
    let mut entities = entities;
    attribution::attribute(
        &block_texts,
        &docs,
        &cand_entity,
        &mut entities,
        &mut quotes,
    );
    let mut quote_counts = vec![0; entities.len()];
    for q in &quotes {
        if let Some(i) = q.speaker {
            quote_counts[i] += 1;
        }
    }
    Analysis {
        text,
        blocks,
        entities,
        quotes,
        quote_counts,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_looked_for_in_english_only() {
        let en = "The council said on Monday that the new wall would be built by the end of \
                  the year, and that residents who had opposed it would be asked for their \
                  views before the work began in the spring of next year. The town had shown \
                  the plans last year, and since then people have argued about who pays.";
        let de = "Der Rat sagte am Montag, dass die neue Mauer bis zum Ende des Jahres gebaut \
                  werde und dass die Anwohner, die dagegen waren, vor Beginn der Arbeiten im \
                  Frühjahr nach ihrer Meinung gefragt werden sollen, sagte Anna Schmidt. \
                  Die Stadt hatte die Pläne im vergangenen Jahr vorgestellt, und seitdem \
                  wird im Ort darüber gestritten, wer die Kosten tragen soll.";
        assert!(is_english(&[en]));
        assert!(!is_english(&[de]));
        assert!(is_english(&["Too short to judge."]));
        let a = analyze_blocks(de.to_string(), vec![(0, de.len())]);
        assert!(
            !a.entities().iter().any(|e| e.kind() == Kind::Person),
            "{:?}",
            a.entities()
        );
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
