//! Inline enrichment of news articles: find the people, organisations, places,
//! nationalities and groups, dates, figures and quotations in an article's
//! HTML, and wrap each in a `<span>` whose tooltip says what it is: "Yoon Suk
//! Yeol · person · South Korean president · 3 quotes", or, for a quote, who
//! said it.
//!
//! Entry points: [`enrich`] (HTML in, HTML out), [`analyze`] (plain text in,
//! [`Analysis`] out), and [`Enricher`] for a reusable configuration. The same
//! code runs natively and, with the `wasm` feature, in the browser.
//!
//! ```
//! let html = "<p>“We will not wait,” Anna Berg, the Danish foreign minister, said.</p>";
//! let out = article_enrich::enrich(html);
//! assert!(out.contains("data-ae-tip=\"Anna Berg \u{b7} person \u{b7} Danish foreign minister \u{b7} 1 quote\""));
//! // Removing the inserted spans gives back the page, byte for byte.
//! assert_eq!(article_enrich::render::strip(&out).as_deref(), Some(html));
//! ```
//!
//! # How it works
//! 1. [`html`]: the page is lexed (never re-serialised) into text blocks, each
//!    with an [`html::OffsetMap`] back to its source bytes.
//! 2. [`text`]: each block is tokenised and split into sentences; quotes,
//!    candidate names, dates and figures are found; names are grouped into
//!    entities; every quote gets a speaker.
//! 3. [`render`]: spans are spliced into the untouched source.
//! 4. Thin fronts: `src/wasm.rs` (feature `wasm`) and the `article-enrich` CLI
//!    (feature `cli`).
//!
//! # Features
//! | feature | what it adds |
//! |---|---|
//! | `wasm` | wasm-bindgen exports: `enrich`, `analyze`, `version` |
//! | `cli`  | the `article-enrich` binary |
//! | `serde`| `Serialize` for [`report::Report`] |

#![forbid(unsafe_code)]
#![deny(rustdoc::broken_intra_doc_links)]

#[doc(hidden)]
pub mod dev;
pub mod error;
pub mod html;
pub mod render;
pub mod report;
pub mod span;
pub mod text;
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use error::Error;
pub use text::{Analysis, Entity, Kind, Mention, Quote, QuoteKind};

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
    /// use article_enrich::{KindSet, Kind};
    /// let k = KindSet::parse("person, quote").unwrap();
    /// assert!(k.contains(Kind::Person) && k.has_quotes() && !k.contains(Kind::Place));
    /// assert!(KindSet::parse("persons").is_err());
    /// ```
    pub fn parse(list: &str) -> Result<KindSet, String> {
        let mut set = KindSet::empty();
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            set = match word {
                "quote" | "quotes" => set.with_quotes(),
                w => set.with(Kind::parse(w).ok_or_else(|| format!("unknown kind `{w}`; use person, organization, place, group, date, number, other or quote"))?),
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

/// Configuration of an [`Enricher`].
///
/// # Defaults
/// Every kind but "other" is marked, with quotes; inputs up to
/// [`DEFAULT_MAX_INPUT_BYTES`], [`DEFAULT_MAX_BLOCKS`] blocks and
/// [`DEFAULT_MAX_DEPTH`] levels of nesting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    kinds: KindSet,
    max_input_bytes: usize,
    max_blocks: usize,
    max_depth: usize,
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
    /// ([`Enricher::try_enrich`] says why). Default: [`DEFAULT_MAX_INPUT_BYTES`].
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

/// A reusable enrichment configuration.
///
/// # Example
/// ```
/// use article_enrich::{Enricher, KindSet, Options, Kind};
/// let only_people = Enricher::new(Options::default().with_kinds(KindSet::empty().with(Kind::Person)));
/// let out = only_people.enrich("<p>Anna Berg flew to Oslo.</p>");
/// assert!(out.contains("ae-person") && !out.contains("ae-place"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Enricher {
    options: Options,
}

impl Enricher {
    /// An enricher with these options.
    pub fn new(options: Options) -> Self {
        Enricher { options }
    }

    /// Enrich `html`, or say why not. Spans from an earlier run are removed
    /// first, so enriching twice gives the same page as enriching once.
    ///
    /// # Example
    /// ```
    /// use article_enrich::{Enricher, Error, Options};
    /// let small = Enricher::new(Options::default().with_max_input_bytes(10));
    /// assert!(matches!(small.try_enrich("<p>Anna Berg is here.</p>"), Err(Error::InputTooLarge { .. })));
    /// ```
    pub fn try_enrich(&self, html: &str) -> Result<String, Error> {
        if html.len() > self.options.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: html.len(),
                limit: self.options.max_input_bytes,
            });
        }
        let stripped = render::strip(html);
        let src = stripped.as_deref().unwrap_or(html);
        let (mut blocks, depth) = html::segment::segment_measuring_depth(src);
        if depth > self.options.max_depth {
            return Err(Error::TooDeep {
                depth,
                limit: self.options.max_depth,
            });
        }
        if blocks.len() > self.options.max_blocks {
            return Err(Error::TooManyBlocks {
                count: blocks.len(),
                limit: self.options.max_blocks,
            });
        }
        let analysis = analysis_of_blocks(&mut blocks);
        let marks = render::marks::marks(&analysis, self.options.kinds);
        Ok(render::render(src, &blocks, &marks))
    }

    /// Enrich `html`; on any limit, return it unchanged.
    pub fn enrich(&self, html: &str) -> String {
        self.try_enrich(html).unwrap_or_else(|_| html.to_string())
    }

    /// Analyse plain text (see [`analyze`]).
    pub fn analyze(&self, text: &str) -> Analysis {
        analyze(text)
    }
}

/// Analyse the blocks' text. The text moves into the analysis (the blocks keep
/// their offset maps, which is all rendering needs), so a long page is not
/// held twice.
pub(crate) fn analysis_of_blocks(blocks: &mut [html::TextBlock]) -> Analysis {
    let total: usize = blocks.iter().map(|b| b.text.len() + 2).sum();
    let mut text = String::with_capacity(total);
    let mut ranges = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter_mut().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        ranges.push((text.len(), text.len() + b.text.len()));
        text.push_str(&std::mem::take(&mut b.text));
    }
    text::analyze_blocks(text, ranges)
}

/// Enrich article HTML with the default [`Options`]. Input over the limits is
/// returned unchanged.
///
/// # Example
/// ```
/// let out = article_enrich::enrich("<p>Mr&nbsp;<b>Berg</b> left Oslo on Monday.</p>");
/// assert!(out.contains("<span class=\"ae ae-place\""));
/// ```
pub fn enrich(html: &str) -> String {
    Enricher::default().enrich(html)
}

/// Analyse plain text. Paragraphs are separated by blank lines, or, when the
/// text has none, by line breaks.
///
/// # Example
/// ```
/// let a = article_enrich::analyze("Anna Berg met Peter Holm.\n“Good,” Ms Berg said.");
/// assert_eq!(a.entities()[0].name(), "Anna Berg");
/// assert_eq!(a.quotes()[0].speaker(), Some(0));
/// ```
pub fn analyze(text: &str) -> Analysis {
    let blocks = text::plain_text_blocks(text);
    text::analyze_blocks(text.to_string(), blocks)
}

/// Analyse HTML: the text of its blocks, joined by blank lines, as
/// [`Analysis::text`].
///
/// # Example
/// ```
/// let a = article_enrich::analyze_html("<p>Anna Berg</p><p>left.</p>");
/// assert_eq!(a.text(), "Anna Berg\n\nleft.");
/// ```
pub fn analyze_html(html: &str) -> Analysis {
    let stripped = render::strip(html);
    analysis_of_blocks(&mut html::segment(stripped.as_deref().unwrap_or(html)))
}

/// The crate version.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
