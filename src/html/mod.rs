//! Stage 1: HTML source to text blocks with offset maps back to the source.
//!
//! Nothing here changes or re-serialises the page ([`strip`] only removes the
//! spans of an earlier run): [`lexer`] cuts it into byte
//! ranges, [`segment()`] feeds them to the one `BlockBuilder` (which the DOM
//! path feeds from a walk of the live page instead, [`walk`]), and each block's
//! [`offsets::OffsetMap`] says where every byte of its text came from.

mod entities;
pub(crate) mod lexer;
pub(crate) mod offsets;
pub(crate) mod segment;
pub(crate) mod strip;
pub(crate) mod walk;

/// Build the table of named character references ahead of its first use
/// (`crate::warm_up`).
pub(crate) fn warm_up() {
    offsets::warm_up();
}

pub(crate) use segment::{segment, segment_measuring, Segmented, TextBlock};
pub use strip::strip;
