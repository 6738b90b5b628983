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
//! assert!(out.contains("data-ae-name=\"Anna Berg\" data-ae-role=\"Danish foreign minister\""));
//! // Removing the inserted spans gives back the page, byte for byte.
//! assert_eq!(article_enrich::strip(&out).as_deref(), Some(html));
//! ```
//!
//! # How it works
//! 1. `html`: the page is lexed (never re-serialised) and fed to one block
//!    builder, which cuts it into text blocks, each with an offset map back to
//!    its source bytes. The DOM path feeds the same builder from a walk of the
//!    live element.
//! 2. `text`: each block is tokenised and split into sentences; quotes,
//!    candidate names, dates and figures are found; names are grouped into
//!    entities; every quote gets a speaker.
//! 3. `render`: the marks (which text to wrap, with the fields of the markup
//!    contract) are nested once and spliced into the untouched source, or, on
//!    the DOM path, wrapped around pieces of the text nodes.
//! 4. Thin fronts: `src/wasm/` (feature `wasm`) and the `article-enrich` CLI
//!    (feature `cli`) only convert types.
//!
//! # Features
//! | feature | what it adds |
//! |---|---|
//! | `wasm` | the wasm-bindgen exports (`enrich`, `tryEnrich`, `enrichElement`, `unenrich`, `analyze`, `analyzeHtml`, `unenrichHtml`, `warmUp`, `warmUpElement`, `version`) |
//! | `cli`  | the `article-enrich` binary |
//! | `serde`| `Serialize` for [`report::Report`] |
//! | `train`| the name tagger's and the speaker model's trainers (`train-ner`, `train-speakers`) |
//! | `dev`  | the invariant checks shared by the property tests and the fuzzer |

#![forbid(unsafe_code)]
#![deny(rustdoc::broken_intra_doc_links)]

#[cfg(feature = "dev")]
#[doc(hidden)]
pub mod dev;
mod enricher;
pub mod error;
mod front_coding;
pub(crate) mod html;
pub(crate) mod markup;
mod options;
pub(crate) mod render;
pub mod report;
mod sort;
pub(crate) mod span;
pub(crate) mod text;
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train;
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train_speakers;
mod warm_up;
#[cfg(feature = "wasm")]
#[doc(hidden)]
pub mod wasm;

pub use enricher::Enricher;
pub use error::Error;
pub use html::strip;
pub use options::{
    KindSet, Options, DEFAULT_MAX_BLOCKS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES,
};
pub use render::MAX_SPAN_TAG_BYTES;
pub use span::Unit;
pub use text::{Analysis, Entity, Gender, Kind, Mention, Quote, QuoteKind};
pub use warm_up::warm_up;

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
    let stripped = html::strip(html);
    enricher::analyze_segmented(&mut html::segment(stripped.as_deref().unwrap_or(html)))
}

/// The crate version.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
