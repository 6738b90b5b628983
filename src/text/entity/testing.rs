//! Test helpers for the stages of `detect`: the candidates of a text, with
//! the tagger's names, or with names given by hand.

use super::{detect, rule_names};
use crate::text::block::Block;
use crate::text::candidate::Candidate;
use crate::text::ner::{self, Label};
use crate::text::types::Kind;
use crate::text::{sentence::sentences, token::tokenize};

pub(crate) fn detect_in(text: &str) -> Vec<Candidate> {
    let toks = tokenize(text);
    let sents = sentences(text, &toks);
    let rules = rule_names(text, &toks, &sents);
    let block = Block {
        candidates: rules.clone(),
        tokens: toks,
        sentences: sents,
        ..Block::default()
    };
    let mut tagger = ner::DocTagger::new(&[text], std::slice::from_ref(&block));
    let labels = tagger.tag(ner::Model::builtin(), text, &block);
    let names = tagger.names(text, &block, &labels);
    detect(text, &block.tokens, &block.sentences, rules, names)
}

pub(crate) fn found(text: &str) -> Vec<(String, Kind)> {
    detect_in(text)
        .into_iter()
        .map(|c| (text[c.start()..c.end()].to_string(), c.kind))
        .collect()
}

pub(crate) fn roles(text: &str) -> Vec<(String, Option<String>)> {
    detect_in(text)
        .into_iter()
        .filter(|c| c.kind == Kind::Person)
        .map(|c| {
            (
                text[c.start()..c.end()].to_string(),
                c.role.map(String::from),
            )
        })
        .collect()
}

/// `detect` with the tagger's names given by hand as (first word, words, label).
pub(crate) fn with_names(
    text: &str,
    names: &[(&str, usize, Label)],
) -> Vec<(String, Kind, Option<String>)> {
    let toks = tokenize(text);
    let sents = sentences(text, &toks);
    let segs: Vec<(usize, usize, Label)> = names
        .iter()
        .map(|&(w, n, l)| {
            let a = toks
                .iter()
                .position(|t| t.as_str(text) == w)
                .expect("word in text");
            (a, a + n, l)
        })
        .collect();
    detect(text, &toks, &sents, rule_names(text, &toks, &sents), segs)
        .into_iter()
        .filter(|c| !matches!(c.kind, Kind::Date | Kind::Number))
        .map(|c| {
            (
                text[c.start()..c.end()].to_string(),
                c.kind,
                c.role.map(String::from),
            )
        })
        .collect()
}
