//! The state of one block's candidate search: its text and tokens and the
//! candidates found so far, with the helpers every stage of the search uses.

use crate::text::candidate::Candidate;
use crate::text::token::Token;
use crate::text::types::Kind;

pub(crate) struct Scan<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
    pub(crate) out: Vec<Candidate>,
}

impl Scan<'_> {
    #[inline]
    pub(crate) fn s(&self, i: usize) -> &str {
        self.toks[i].as_str(self.text)
    }

    /// [`Scan::phrase`], borrowed from the text when it already reads so (the
    /// words are one space apart or touching): gazetteer lookups try several
    /// phrases at every capitalised word.
    pub(crate) fn phrase_ref(&self, a: usize, b: usize) -> std::borrow::Cow<'_, str> {
        let plain = (a + 1..b).all(|i| {
            let gap = &self.text[self.toks[i - 1].end()..self.toks[i].start()];
            gap.is_empty() || gap == " "
        });
        if plain {
            std::borrow::Cow::Borrowed(&self.text[self.toks[a].start()..self.toks[b - 1].end()])
        } else {
            std::borrow::Cow::Owned(self.phrase(a, b))
        }
    }

    /// Text of tokens `a..b` with single spaces where the source had space.
    pub(crate) fn phrase(&self, a: usize, b: usize) -> String {
        let mut p = String::new();
        for i in a..b {
            if i > a && self.toks[i].has_space_before() {
                p.push(' ');
            }
            p.push_str(self.s(i));
        }
        p
    }

    pub(crate) fn push(&mut self, a: usize, b: usize, kind: Kind) -> &mut Candidate {
        self.out.push(Candidate::new(
            self.toks[a].start(),
            self.toks[b - 1].end(),
            a,
            b,
            kind,
        ));
        self.out.last_mut().unwrap_or_else(|| unreachable!())
    }
}

/// Is token `i` the first word of its sentence (after any opening marks), or
/// the first word of a quotation (`: “Images are…`)?
pub(crate) fn at_sentence_start(scan: &Scan, i: usize, sent_start: usize) -> bool {
    (sent_start..i).all(|k| !scan.toks[k].is_word())
        || (i > 0
            && matches!(
                scan.s(i - 1),
                "\u{201C}" | "\u{2018}" | "\"" | "'" | "\u{AB}" | "(" | ":"
            ))
}
