//! One block (a paragraph, a heading, a caption) as the passes see it. The
//! block's text stays in the document's one string; a block holds what the
//! passes found in it and hands it forward.

use std::ops::Range;

use super::candidate::Candidate;
use super::token::Token;

/// What the passes know about one block, filled in stage by stage:
/// `prepare_block` gives the tokens, sentences, the rules' names (as
/// `candidates`) and their codes; the tagger reads the codes, and `detect`
/// replaces the rules' names by the final candidates; `find_quotes` sets the
/// block's range of the document's one quote list.
#[derive(Debug, Clone, Default)]
pub(crate) struct Block {
    /// Tokens of the block.
    pub(crate) tokens: Vec<Token>,
    /// Sentences as token index ranges.
    pub(crate) sentences: Vec<(usize, usize)>,
    /// Candidate mentions, in text order, never overlapping: the rules'
    /// names until `entity::detect`, the final candidates after.
    pub(crate) candidates: Vec<Candidate>,
    /// The block's quotes: an index range of the document's quote list.
    pub(crate) quotes: Range<usize>,
}
