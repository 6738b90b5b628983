//! Stage 2: text analysis. Blocks of plain text in, [`Analysis`] out.
//!
//! `analyze_blocks` runs the passes in order, each handing its results
//! forward:
//! 1. `prepare`: every block tokenised (`token`), split into sentences
//!    (`sentence`) and read by the name rules (`entity::rule_names`), into
//!    one `block::Block` per block;
//! 2. `ner`: the learned tagger reads the whole document, then tags each
//!    block; `quote` finds the block's quotations (into the document's one
//!    quote list), and `entity::detect` settles its candidate names, dates
//!    and figures with their roles;
//! 3. over the document: one kind per name (`entity::harmonise_kinds`),
//!    multi-paragraph quotes (`quote::link_continuations`), one entity per
//!    referent (`alias`: "Mr Yoon" with "Yoon Suk Yeol"), a speaker for every
//!    quote (`attribution`).
//!
//! The results are the types of `types.rs`, re-exported here. Word lists
//! live in `data`. Nothing here knows about HTML: offsets are byte offsets
//! into each block's text, and the fronts convert them to code points or
//! UTF-16.

pub(crate) mod acronym;
pub(crate) mod alias;
pub(crate) mod attribution;
pub(crate) mod block;
pub(crate) mod candidate;
pub(crate) mod case;
pub(crate) mod data;
pub(crate) mod entity;
pub(crate) mod ner;
pub(crate) mod prepare;
pub(crate) mod quote;
pub(crate) mod sentence;
pub(crate) mod speaker;
pub(crate) mod token;
mod types;

use block::Block;

pub(crate) use prepare::plain_text_blocks;
pub use types::{Analysis, Entity, Gender, Kind, Mention, Quote, QuoteKind};

/// Build word table `step` (0 to 3) ahead of its first use (`crate::warm_up`).
pub(crate) fn warm_up_tables(step: usize) {
    data::warm_up(step);
}

/// Unpack up to `rows` more rows of the name tagger's model ahead of its
/// first use; true once it is ready (`crate::warm_up`).
pub(crate) fn warm_up_model(rows: usize) -> bool {
    ner::Model::warm_up(rows)
}

/// Tokens, sentences and the rules' names of `texts`, then (`tag`) the name
/// tagger over them: a first run of those stages alone (`crate::warm_up`).
pub(crate) fn warm_up_stages(texts: &[&str], tag: bool) {
    let english = prepare::is_english(texts);
    let prepared: Vec<Block> = texts
        .iter()
        .map(|t| prepare::prepare_block(t, english))
        .collect();
    if tag {
        let mut tagger = ner::DocTagger::new(texts, &prepared);
        for (&t, block) in texts.iter().zip(&prepared) {
            let labels = tagger.tag(ner::Model::builtin(), t, block);
            tagger.names(t, block, &labels);
        }
    }
}

/// Analyse `text` whose blocks are the given byte ranges (the pipeline of
/// the module documentation).
pub(crate) fn analyze_blocks(text: String, blocks: Vec<(usize, usize)>) -> Analysis {
    analyze_blocks_with(text, blocks, Speakers::Model(&speaker::Model::builtin()))
}

/// Who chooses the speakers: the speaker model, or nobody, the rules' choice
/// stays, and every quote's candidates are handed out (for training).
pub(crate) enum Speakers<'a> {
    Model(&'a speaker::Model),
    /// Used by the trainer only (and compiled for it only).
    #[cfg(feature = "train")]
    Collect(&'a mut Vec<(Vec<speaker::Cand>, attribution::RuleTrace)>),
}

/// [`analyze_blocks`] with the speakers chosen by `speakers`.
pub(crate) fn analyze_blocks_with(
    text: String,
    blocks: Vec<(usize, usize)>,
    speakers: Speakers,
) -> Analysis {
    let texts: Vec<&str> = blocks.iter().map(|&(a, b)| &text[a..b]).collect();
    // Names are looked for in English only (see `is_english`).
    let english = prepare::is_english(&texts);
    // Tokens, sentences and the rules' names of every block first: the name
    // tagger reads the whole document before it tags the first block.
    let mut prepared: Vec<Block> = texts
        .iter()
        .map(|t| prepare::prepare_block(t, english))
        .collect();
    let model = ner::Model::builtin();
    let mut tagger = english.then(|| ner::DocTagger::new(&texts, &prepared));
    let mut quotes = Vec::new();
    for (bi, (&t, block)) in texts.iter().zip(&mut prepared).enumerate() {
        // A block without tokens is blank or not prose (`prepare::is_not_prose`).
        block.quotes = if block.tokens.is_empty() {
            quotes.len()..quotes.len()
        } else {
            quote::find_quotes(bi, t, &block.tokens, &block.sentences, &mut quotes)
        };
        let names = match tagger.as_mut() {
            Some(tagger) => {
                let labels = tagger.tag(model, t, block);
                tagger.names(t, block, &labels)
            }
            None => Vec::new(),
        };
        let rules = std::mem::take(&mut block.candidates);
        block.candidates = entity::detect(t, &block.tokens, &block.sentences, rules, names);
        block.candidates.shrink_to_fit(); // (see `prepare_block`)
    }
    quotes.shrink_to_fit(); // kept to the end, and grown by doubling
    entity::harmonise_kinds(&texts, &mut prepared);
    quote::link_continuations(&texts, &prepared, &mut quotes);
    let (mut entities, cand_entity) = alias::group(&texts, &prepared);
    let genders: Vec<_> = entities.iter().map(|e| e.gender).collect();
    let trace = attribution::attribute(&texts, &prepared, &cand_entity, &mut entities, &mut quotes);
    // (Read only for the quotes' candidates.)
    let inside = if quotes.is_empty() {
        Vec::new()
    } else {
        attribution::inside_by_block(&texts, &prepared, &quotes)
    };
    let doc = speaker::Doc {
        texts: &texts,
        blocks: &prepared,
        cand_entity: &cand_entity,
        entities: &entities,
        genders: &genders,
        quotes: &quotes,
        trace: &trace,
        inside: &inside,
    };
    match speakers {
        Speakers::Model(model) => {
            let mut picks = vec![speaker::Choice::Nobody; quotes.len()];
            speaker::for_each_quote(&doc, |q, c| {
                picks[q] = speaker::choose(model, &c, &quotes[q], &trace[q], &entities);
            });
            speaker::apply(&picks, &trace, &genders, &mut entities, &mut quotes);
        }
        #[cfg(feature = "train")]
        Speakers::Collect(out) => *out = speaker::candidates(&doc).into_iter().zip(trace).collect(),
    }
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
        assert!(prepare::is_english(&[en]));
        assert!(!prepare::is_english(&[de]));
        let a = analyze_blocks(de.to_string(), vec![(0, de.len())]);
        assert!(
            !a.entities().iter().any(|e| e.kind() == Kind::Person),
            "{:?}",
            a.entities()
        );
    }
}
