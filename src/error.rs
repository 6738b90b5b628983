//! The crate's error type.

/// Why enrichment was not done (the page is always left as it was), or why a
/// configuration was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::with_max_input_bytes`] allows.
    #[error("input is {size} bytes, over the limit of {limit} bytes; the page was left unchanged")]
    InputTooLarge {
        /// Input size in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// Elements are nested deeper than [`crate::Options::with_max_depth`] allows.
    #[error(
        "elements are nested {depth} deep, over the limit of {limit}; the page was left unchanged"
    )]
    TooDeep {
        /// Deepest nesting found.
        depth: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input holds more blocks of text than [`crate::Options::with_max_blocks`] allows.
    #[error(
        "input has {count} text blocks, over the limit of {limit}; the page was left unchanged"
    )]
    TooManyBlocks {
        /// Number of blocks found.
        count: usize,
        /// The limit in force.
        limit: usize,
    },
    /// A kind list names a kind there is none of.
    #[error("unknown kind `{name}`; use person, organization, place, group, date, number, other or quote")]
    UnknownKind {
        /// The word that is not a kind.
        name: String,
    },
}
