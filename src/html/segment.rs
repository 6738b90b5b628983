//! Text blocks: the page's readable text, cut where a reader sees a break.
//!
//! Block-level elements (`p`, `div`, `li`, headings, table cells, …) and `<br>`
//! end a block; inline markup (`b`, `i`, `em`, `span`, `a`, …) and comments do
//! not, so `<b>Kim</b> Jong-un` is one block with the text `Kim Jong-un`.
//!
//! Some content holds no text to enrich and is skipped whole: raw text and
//! RCDATA elements (the lexer's [`Token::RawText`]), `<template>`, `<svg>`,
//! `<math>`, `<nav>` menus, code-like elements, buttons and form controls, and any element
//! marked `data-ae="off"`, `contenteditable` or `translate="no"`.

use super::lexer::{Lexer, Tag, Token};
use super::offsets::{OffsetMap, TextBuilder};

/// A run of readable text with the map back to its source bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBlock {
    /// The decoded, whitespace-collapsed text.
    pub text: String,
    /// Text offsets to source offsets.
    pub map: OffsetMap,
}

/// Elements that do not break a block (phrasing content).
const INLINE_ELEMENTS: [&str; 30] = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "img",
    "ins", "label", "mark", "nobr", "q", "s", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "wbr",
];

/// Elements that a reader sees inside a line: they neither break a block when
/// they open or close, nor (when skipped) cut a sentence in two.
const NON_BREAKING_ELEMENTS: [&str; 16] = [
    "script", "style", "noscript", "textarea", "code", "kbd", "samp", "button", "select", "svg",
    "math", "input", "iframe", "object", "canvas", "var",
];

/// Elements whose whole content is left alone.
const SKIPPED_ELEMENTS: [&str; 17] = [
    "nav", "template", "svg", "math", "code", "pre", "kbd", "samp", "button", "select", "option",
    "optgroup", "datalist", "object", "video", "audio", "canvas",
];

/// Void elements never have content or end tags.
const VOID_ELEMENTS: [&str; 16] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "frame",
];

/// Does this tag end the current block?
fn breaks_block(tag: &Tag, src: &str) -> bool {
    breaks_block_name(tag.name(src))
}

fn is_one_of(tag: &Tag, src: &str, set: &[&str]) -> bool {
    name_in(tag.name(src), set)
}

fn name_in(name: &str, set: &[&str]) -> bool {
    set.iter().any(|s| name.eq_ignore_ascii_case(s))
}

/// Does an element of this name end the current block? (Shared with the DOM path.)
pub(crate) fn breaks_block_name(name: &str) -> bool {
    !name_in(name, &INLINE_ELEMENTS) && !name_in(name, &NON_BREAKING_ELEMENTS)
}

/// Is the content of an element of this name left alone? (Shared with the DOM path,
/// which also skips raw-text elements by name, having no lexer to do it.)
#[cfg_attr(not(feature = "wasm"), allow(dead_code))] // used by the DOM path only
pub(crate) fn skips_content_name(name: &str) -> bool {
    name_in(name, &SKIPPED_ELEMENTS)
        || name_in(name, &super::lexer::RAW_TEXT_ELEMENTS)
        || name.eq_ignore_ascii_case("plaintext")
}

/// Does an element with these attributes switch enrichment off for its
/// content? `attr` looks an attribute up by name. (Shared with the DOM path.)
pub(crate) fn opts_out_by(attr: impl Fn(&str) -> Option<String>) -> bool {
    if attr("data-ae").is_some_and(|v| v.trim().eq_ignore_ascii_case("off")) {
        return true;
    }
    if attr("contenteditable").is_some_and(|v| !v.trim().eq_ignore_ascii_case("false")) {
        return true;
    }
    attr("translate").is_some_and(|v| v.trim().eq_ignore_ascii_case("no"))
}

/// Does this start tag switch enrichment off for its content?
fn opts_out(tag: &Tag, src: &str) -> bool {
    opts_out_by(|name| tag.attr(src, name).map(str::to_string))
}

/// Cut `src` into text blocks. Blocks with no text are left out.
///
/// # Example
/// ```
/// use article_enrich::html::segment;
/// let blocks = segment("<p>Mr&nbsp;<b>Yoon</b> said</p><p>Hi</p>");
/// let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
/// assert_eq!(texts, ["Mr Yoon said", "Hi"]);
/// ```
pub fn segment(src: &str) -> Vec<TextBlock> {
    segment_measuring_depth(src).0
}

/// Elements whose end tag may be left out: they do not count towards depth,
/// since a page that never closes its `<p>`s is not deep.
const OPTIONAL_END_ELEMENTS: [&str; 21] = [
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// [`segment`], also returning the deepest element nesting seen (elements
/// with optional end tags and void elements not counted).
pub fn segment_measuring_depth(src: &str) -> (Vec<TextBlock>, usize) {
    let mut depth = 0usize;
    let mut max_depth = 0usize;
    let mut blocks = Vec::new();
    let mut cur = TextBuilder::new();
    // (lower-case element name, nesting depth of that name) while skipping.
    let mut skip: Option<(String, usize)> = None;
    let flush = |cur: &mut TextBuilder, blocks: &mut Vec<TextBlock>| {
        let b = std::mem::take(cur);
        if !b.is_empty() {
            let (text, map) = b.finish();
            blocks.push(TextBlock { text, map });
        }
    };
    for tok in Lexer::new(src) {
        match tok {
            Token::Text { start, end } => {
                if skip.is_none() {
                    cur.push_source_text(&src[start..end], start);
                }
            }
            Token::RawText { .. } | Token::Other { .. } => cur.break_run(),
            Token::StartTag(tag) => {
                cur.break_run();
                if !is_one_of(&tag, src, &VOID_ELEMENTS)
                    && !is_one_of(&tag, src, &OPTIONAL_END_ELEMENTS)
                    && !tag.self_closing
                {
                    depth += 1;
                    max_depth = max_depth.max(depth);
                }
                let name = tag.name(src);
                if let Some((skip_name, depth)) = &mut skip {
                    if name.eq_ignore_ascii_case(skip_name) && !is_one_of(&tag, src, &VOID_ELEMENTS)
                    {
                        *depth += 1;
                    }
                    continue;
                }
                let foreign_self_closed =
                    tag.self_closing && (tag.is(src, "svg") || tag.is(src, "math"));
                let is_void = is_one_of(&tag, src, &VOID_ELEMENTS);
                if !is_void
                    && !foreign_self_closed
                    && (is_one_of(&tag, src, &SKIPPED_ELEMENTS) || opts_out(&tag, src))
                {
                    skip = Some((name.to_ascii_lowercase(), 1));
                    if breaks_block(&tag, src) {
                        flush(&mut cur, &mut blocks);
                    }
                    continue;
                }
                if breaks_block(&tag, src) {
                    flush(&mut cur, &mut blocks);
                }
            }
            Token::EndTag(tag) => {
                cur.break_run();
                if !is_one_of(&tag, src, &OPTIONAL_END_ELEMENTS) {
                    depth = depth.saturating_sub(1);
                }
                if let Some((skip_name, depth)) = &mut skip {
                    if tag.name(src).eq_ignore_ascii_case(skip_name) {
                        *depth -= 1;
                    }
                    if *depth > 0 {
                        continue;
                    }
                    skip = None;
                }
                if breaks_block(&tag, src) {
                    flush(&mut cur, &mut blocks);
                }
            }
        }
    }
    flush(&mut cur, &mut blocks);
    (blocks, max_depth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<String> {
        segment(src).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn inline_markup_joins_and_blocks_split() {
        assert_eq!(
            texts("<p><b>Kim</b> Jong-un<br>met <a href=x>Putin</a>.</p><div>x</div>"),
            ["Kim Jong-un", "met Putin.", "x"]
        );
    }

    #[test]
    fn skips_code_like_and_opted_out_content() {
        let src = "<p>a<code>Bob <code>Smith</code> x</code>b</p><div data-ae=off><p>Jane Doe</p></div><p translate=no>z</p><p contenteditable>y</p><p contenteditable=false>w</p>";
        assert_eq!(texts(src), ["ab", "w"]);
    }

    #[test]
    fn scripts_styles_and_comments_hold_no_text() {
        assert_eq!(
            texts("<p>a<!-- Bob -->b<script>Bob</script>c<style>p{}</style></p><title>T</title>"),
            ["abc"]
        );
    }

    #[test]
    fn self_closed_svg_does_not_skip_the_rest() {
        assert_eq!(
            texts("<p><svg/>a</p><svg><text>no</text></svg><p>b</p>"),
            ["a", "b"]
        );
    }

    #[test]
    fn depth_counts_nesting_but_not_optional_end_tags() {
        assert_eq!(segment_measuring_depth("<div><b><i>x</i></b></div>").1, 3);
        assert_eq!(segment_measuring_depth(&"<p>x".repeat(50)).1, 0);
        assert_eq!(segment_measuring_depth(&"<b>x".repeat(50)).1, 50);
        assert_eq!(segment_measuring_depth("<br><img><svg/>").1, 0);
    }

    #[test]
    fn inline_code_does_not_cut_the_sentence() {
        assert_eq!(
            texts("<p>Use <code>x</code> now.</p><pre>no</pre><p>z</p>"),
            ["Use now.", "z"]
        );
    }
}
