//! Stage 1: HTML source to text blocks with offset maps back to the source.
//!
//! Nothing here changes or re-serialises the page: [`lexer`] cuts it into byte
//! ranges, [`segment()`] groups the readable text into [`TextBlock`]s, and each
//! block's [`OffsetMap`] says where every byte of its text came from.

mod entities;
pub mod lexer;
pub mod offsets;
pub mod segment;

pub use offsets::OffsetMap;
pub use segment::{segment, TextBlock};
