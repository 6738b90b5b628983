//! The document-level pass over every block's candidates: one kind per name
//! per article.

use crate::text::block::Block;
use crate::text::data::{self, Gazetteer};
use crate::text::types::Kind;

/// One kind per name per article. The tagger reads one sentence at a time and
/// may call the same name a person here and an organisation there; the
/// article means one thing by it. For each name (by its text):
/// 1. a single word that is the last word of a person's full name elsewhere in
///    the article is that person ("Simmons" after "Phil Simmons");
/// 2. a single word the tagger calls a person that is the first word of an
///    organisation's longer name is that organisation ("Sierra" after
///    "Sierra Semiconductor Corp");
/// 3. a single word the tagger calls a person that the gazetteer knows as a
///    place, and that is no person's surname here, is that place ("Baku had
///    offered");
/// 4. otherwise the kind most of its mentions have wins (ties keep their own).
pub(crate) fn harmonise_kinds(texts: &[&str], blocks: &mut [Block]) {
    use data::FastMap;
    const KINDS: [Kind; 5] = [
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Group,
        Kind::Other,
    ];
    let slot = |k: Kind| KINDS.iter().position(|&x| x == k);
    let mut votes: FastMap<&str, [u32; 5]> = FastMap::default();
    let mut person_last: FastMap<&str, u32> = FastMap::default();
    let mut org_first: FastMap<&str, u32> = FastMap::default();
    for (b, d) in blocks.iter().enumerate() {
        let text = texts[b];
        for c in &d.candidates {
            let Some(k) = slot(c.kind) else { continue };
            votes.entry(&text[c.start()..c.end()]).or_default()[k] += 1;
            if c.last() - c.first() > 1 {
                let (first, last) = (&d.tokens[c.first()], &d.tokens[c.last() - 1]);
                match c.kind {
                    Kind::Person => *person_last.entry(last.as_str(text)).or_default() += 1,
                    Kind::Organization => *org_first.entry(first.as_str(text)).or_default() += 1,
                    _ => {}
                }
            }
        }
    }
    for (b, d) in blocks.iter_mut().enumerate() {
        let text = texts[b];
        for c in &mut d.candidates {
            let Some(own) = slot(c.kind) else { continue };
            let surface = &text[c.start()..c.end()];
            let single = c.last() - c.first() == 1;
            let kind = if single && person_last.contains_key(surface) {
                Kind::Person
            } else if single && c.kind == Kind::Person && org_first.contains_key(surface) {
                Kind::Organization
            } else if single
                && c.kind == Kind::Person
                && matches!(data::gazetteer(surface), Some(Gazetteer::Place(_)))
            {
                // "He said Baku had offered": a known place that the article
                // never gives a person's full name ending in it.
                Kind::Place
            } else {
                // The kind most of the name's mentions have; in a tie, the
                // gazetteer's ("the US warned" and "the US confirmed" are one
                // United States), else the mention's own.
                let v = votes[surface];
                let most = v.iter().copied().max().unwrap_or(0);
                let tied = v.iter().filter(|&&n| n == most).count() > 1;
                let known = if tied {
                    data::gazetteer(surface).and_then(|g| slot(g.kind().0))
                } else {
                    None
                };
                let best = (0..KINDS.len())
                    .max_by_key(|&k| (v[k], Some(k) == known, k == own))
                    .unwrap_or(own);
                KINDS[best]
            };
            c.set_kind(kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::candidate::Candidate;
    use crate::text::{sentence::sentences, token::tokenize};

    #[test]
    fn one_kind_per_name_per_article() {
        let text = "Sierra Semiconductor Corp rose. Sierra said Lenzing fell. Lenzing rose. \
                    Lenzing won. Phil Simmons bowled. Simmons smiled. The US warned. \
                    The US agreed. Then Marlow spoke. Marlow left.";
        let toks = tokenize(text);
        let sents = sentences(text, &toks);
        let at = |w: &str, nth: usize| {
            toks.iter()
                .enumerate()
                .filter(|(_, t)| t.as_str(text) == w)
                .nth(nth)
                .map(|(i, _)| i)
                .expect("word in text")
        };
        let cand = |a: usize, n: usize, kind: Kind| {
            Candidate::new(toks[a].start(), toks[a + n - 1].end(), a, a + n, kind)
        };
        let candidates = vec![
            cand(at("Sierra", 0), 3, Kind::Organization),
            cand(at("Sierra", 1), 1, Kind::Person),
            cand(at("Lenzing", 0), 1, Kind::Person),
            cand(at("Lenzing", 1), 1, Kind::Organization),
            cand(at("Lenzing", 2), 1, Kind::Organization),
            cand(at("Phil", 0), 2, Kind::Person),
            cand(at("Simmons", 1), 1, Kind::Place),
            // One vote each: the gazetteer's kind for both.
            cand(at("US", 0), 1, Kind::Organization),
            cand(at("US", 1), 1, Kind::Place),
            // One vote each, unknown to the gazetteer: each keeps its own.
            cand(at("Marlow", 0), 1, Kind::Organization),
            cand(at("Marlow", 1), 1, Kind::Place),
        ];
        let mut blocks = [Block {
            tokens: toks.clone(),
            sentences: sents,
            candidates,
            ..Block::default()
        }];
        harmonise_kinds(&[text], &mut blocks);
        let kinds: Vec<Kind> = blocks[0].candidates.iter().map(|c| c.kind).collect();
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Organization,
                Organization,
                Organization,
                Organization,
                Organization,
                Person,
                Person,
                Place,
                Place,
                Organization,
                Place,
            ]
        );
    }
}
