//! What to mark and the limits: [`KindSet`] and [`Options`].

use crate::error::Error;
use crate::text::Kind;

/// Default for [`Options::with_max_input_bytes`]: 32 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;
/// Default for [`Options::with_max_depth`].
pub const DEFAULT_MAX_DEPTH: usize = 100_000;
/// Default for [`Options::with_max_blocks`].
pub const DEFAULT_MAX_BLOCKS: usize = 200_000;

/// A set of entity kinds (and quotes) to mark in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindSet(u8);

impl KindSet {
    const QUOTES: u8 = 1 << 7;

    fn bit(k: Kind) -> u8 {
        1 << (k as u8)
    }

    /// Every kind but [`Kind::Other`], plus quotes. The default.
    pub fn default_kinds() -> KindSet {
        KindSet(!Self::bit(Kind::Other))
    }

    /// Nothing at all.
    pub fn empty() -> KindSet {
        KindSet(0)
    }

    /// Add a kind.
    #[must_use]
    pub fn with(self, k: Kind) -> KindSet {
        KindSet(self.0 | Self::bit(k))
    }

    /// Add quotes.
    #[must_use]
    pub fn with_quotes(self) -> KindSet {
        KindSet(self.0 | Self::QUOTES)
    }

    /// Does the set hold `k`?
    pub fn contains(self, k: Kind) -> bool {
        self.0 & Self::bit(k) != 0
    }

    /// Are quotes marked?
    pub fn has_quotes(self) -> bool {
        self.0 & Self::QUOTES != 0
    }

    /// Parse a comma-separated list: `person,organization,place,quote`.
    ///
    /// # Example
    /// ```
    /// use article_enrich::{Error, Kind, KindSet};
    /// let k = KindSet::parse("person, quote").unwrap();
    /// assert!(k.contains(Kind::Person) && k.has_quotes() && !k.contains(Kind::Place));
    /// assert!(matches!(KindSet::parse("persons"), Err(Error::UnknownKind { .. })));
    /// ```
    pub fn parse(list: &str) -> Result<KindSet, Error> {
        let mut set = KindSet::empty();
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            set = match word {
                "quote" | "quotes" => set.with_quotes(),
                w => set.with(Kind::parse(w).ok_or_else(|| Error::UnknownKind {
                    name: w.to_string(),
                })?),
            };
        }
        Ok(set)
    }
}

impl Default for KindSet {
    fn default() -> Self {
        KindSet::default_kinds()
    }
}

/// Configuration of an [`Enricher`](crate::Enricher).
///
/// # Defaults
/// Every kind but "other" is marked, with quotes; inputs up to
/// [`DEFAULT_MAX_INPUT_BYTES`], [`DEFAULT_MAX_BLOCKS`] blocks and
/// [`DEFAULT_MAX_DEPTH`] levels of nesting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub(crate) kinds: KindSet,
    pub(crate) max_input_bytes: usize,
    pub(crate) max_blocks: usize,
    pub(crate) max_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kinds: KindSet::default(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_blocks: DEFAULT_MAX_BLOCKS,
            max_depth: DEFAULT_MAX_DEPTH,
        }
    }
}

impl Options {
    /// Which kinds (and whether quotes) are marked. Default: [`KindSet::default_kinds`].
    #[must_use]
    pub fn with_kinds(mut self, kinds: KindSet) -> Self {
        self.kinds = kinds;
        self
    }

    /// Largest input enriched; larger input is returned unchanged
    /// ([`Enricher::try_enrich`](crate::Enricher::try_enrich) says why).
    /// Default: [`DEFAULT_MAX_INPUT_BYTES`].
    #[must_use]
    pub fn with_max_input_bytes(mut self, n: usize) -> Self {
        self.max_input_bytes = n;
        self
    }

    /// Most text blocks enriched. Default: [`DEFAULT_MAX_BLOCKS`].
    #[must_use]
    pub fn with_max_blocks(mut self, n: usize) -> Self {
        self.max_blocks = n;
        self
    }

    /// Deepest element nesting enriched; deeper input is returned unchanged.
    /// Elements whose end tag is optional (`p`, `li`, `td`, …) and void elements
    /// do not count. Default: [`DEFAULT_MAX_DEPTH`].
    #[must_use]
    pub fn with_max_depth(mut self, n: usize) -> Self {
        self.max_depth = n;
        self
    }

    /// The kinds marked.
    pub fn kinds(&self) -> KindSet {
        self.kinds
    }
}
