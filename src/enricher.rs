//! [`Enricher`]: the one pipeline behind both paths. The string path
//! ([`Enricher::try_enrich`]) lexes the page; the DOM path (`src/wasm/dom.rs`)
//! walks the live element. Both feed the same block builder, and both hand
//! the result to [`Enricher::plan`], which checks the limits, analyses the
//! text and says which ranges to wrap.

use crate::error::Error;
use crate::html::{self, Segmented, TextBlock};
use crate::options::Options;
use crate::render::marks::Ids;
use crate::render::{self, Mark, Piece};
use crate::text::{self, Analysis};

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

/// What to insert: the marks (the attributes of their spans) and their
/// pieces in source bytes, nested, in the order their start tags are written.
pub(crate) struct Plan {
    pub marks: Vec<Mark>,
    pub pieces: Vec<Piece>,
}

impl Enricher {
    /// An enricher with these options.
    pub fn new(options: Options) -> Self {
        Enricher { options }
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
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
        self.check_size(html.len())?;
        let stripped = html::strip(html);
        let src = stripped.as_deref().unwrap_or(html);
        let plan = self.plan(html::segment_measuring(src), &mut Ids::default())?;
        Ok(render::render(src, &plan.marks, &plan.pieces))
    }

    /// Enrich `html`; on any limit, return it unchanged.
    pub fn enrich(&self, html: &str) -> String {
        self.try_enrich(html).unwrap_or_else(|_| html.to_string())
    }

    /// Analyse plain text (see [`crate::analyze`]).
    pub fn analyze(&self, text: &str) -> Analysis {
        crate::analyze(text)
    }

    /// Is input of `bytes` bytes within the size limit?
    pub(crate) fn check_size(&self, bytes: usize) -> Result<(), Error> {
        let limit = self.options.max_input_bytes;
        if bytes > limit {
            return Err(Error::InputTooLarge { size: bytes, limit });
        }
        Ok(())
    }

    /// Is nesting `depth` deep within the limit?
    pub(crate) fn check_depth(&self, depth: usize) -> Result<(), Error> {
        let limit = self.options.max_depth;
        if depth > limit {
            return Err(Error::TooDeep { depth, limit });
        }
        Ok(())
    }

    /// Both paths, after segmenting: the limits, the analysis and the marks,
    /// with ids `ids` has not given out.
    pub(crate) fn plan(&self, seg: Segmented, ids: &mut Ids) -> Result<Plan, Error> {
        self.check_depth(seg.depth)?;
        let Segmented { mut blocks, .. } = seg;
        let limit = self.options.max_blocks;
        if blocks.len() > limit {
            return Err(Error::TooManyBlocks {
                count: blocks.len(),
                limit,
            });
        }
        let analysis = analyze_segmented(&mut blocks);
        let marks = render::marks::marks(&analysis, self.options.kinds, ids);
        drop(analysis);
        let pieces = render::pieces(&blocks, &marks);
        Ok(Plan { marks, pieces })
    }
}

/// Analyse the blocks' text. The text moves into the analysis (the blocks keep
/// their offset maps, which is all rendering needs), so a long page is not
/// held twice. [`Analysis::text`] is the blocks joined by blank lines.
pub(crate) fn analyze_segmented(blocks: &mut [TextBlock]) -> Analysis {
    let total: usize = blocks.iter().map(|b| b.text.len() + 2).sum();
    let mut joined = String::with_capacity(total);
    let mut ranges = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter_mut().enumerate() {
        if i > 0 {
            joined.push_str("\n\n");
        }
        ranges.push((joined.len(), joined.len() + b.text.len()));
        joined.push_str(&std::mem::take(&mut b.text));
    }
    text::analyze_blocks(joined, ranges)
}
