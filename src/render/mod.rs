//! Stage 3: splice `<span>` elements into the untouched source bytes.
//!
//! Every byte of the page is copied as it was; the only change is the spans
//! this module inserts, and [`strip`] removes exactly those again. A marked
//! range of block text that crosses the page's own tags is cut into one span per
//! run of source text (see [`crate::html::OffsetMap`]), all sharing one
//! `data-ae-id`, so the output nests exactly as the input did.

pub mod escape;
pub mod marks;

use std::rc::Rc;

use crate::html::lexer::{Lexer, Token};
use crate::html::TextBlock;

/// The attribute every inserted element carries; [`strip`] keys on it.
pub const ID_ATTR: &str = "data-ae-id";

/// What the spans of one entity (or one quote) have in common: every mention
/// of an entity shares one style, so a page with 100,000 mentions holds one
/// tooltip string per entity, not per mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanStyle {
    /// Attributes written before the id, unescaped: (name, value).
    pub before: Vec<(&'static str, String)>,
    /// Prefix of the `data-ae-id` value: `m` for mentions, `q` for quotes.
    pub id_prefix: char,
    /// Attributes written after the id, unescaped.
    pub after: Vec<(&'static str, String)>,
}

/// One range of one block's text to wrap, with the attributes of its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Index of the block.
    pub block: usize,
    /// Start byte in the block text.
    pub start: usize,
    /// End byte in the block text (exclusive).
    pub end: usize,
    /// Marks that must enclose others at the same position sort first: quotes
    /// get 0, mentions 1.
    pub layer: u8,
    /// Number in the `data-ae-id` value; the pieces of one mark share it.
    pub id: u32,
    /// Attributes shared with the other marks of the same entity or quote.
    pub style: Rc<SpanStyle>,
}

impl Mark {
    /// Call `f` with each of the span's attributes, in order, unescaped.
    fn for_each_attr(&self, mut f: impl FnMut(&'static str, &str)) {
        for (name, value) in &self.style.before {
            f(name, value);
        }
        f(ID_ATTR, &format!("{}{}", self.style.id_prefix, self.id));
        for (name, value) in &self.style.after {
            f(name, value);
        }
    }

    /// The span's attributes, in order, unescaped.
    pub fn attrs(&self) -> Vec<(&'static str, String)> {
        let mut a = Vec::with_capacity(self.style.before.len() + 1 + self.style.after.len());
        self.for_each_attr(|name, value| a.push((name, value.to_string())));
        a
    }

    /// Append the start tag, `<span …>` with every value escaped, to `t`.
    pub fn write_open_tag(&self, t: &mut String) {
        t.push_str("<span");
        self.for_each_attr(|name, value| {
            t.push(' ');
            t.push_str(name);
            t.push_str("=\"");
            escape::escape_attr(t, value);
            t.push('"');
        });
        t.push('>');
    }
}

/// Insert the marks into `src`. Marks that would not nest inside the marks
/// already placed are dropped rather than allowed to break the page.
pub fn render(src: &str, blocks: &[TextBlock], marks: &[Mark]) -> String {
    // (src start, src end, layer, mark index)
    let mut pieces: Vec<(usize, usize, u8, usize)> =
        Vec::with_capacity(marks.len() + marks.len() / 4);
    for (i, m) in marks.iter().enumerate() {
        let Some(block) = blocks.get(m.block) else {
            continue;
        };
        for (a, b) in block.map.source_ranges(m.start, m.end) {
            pieces.push((a, b, m.layer, i));
        }
    }
    // Outer first: earlier start, then longer, then lower layer.
    pieces.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));

    // The output is sized exactly once (a page of names grows it to several
    // times the input, and a doubling would hold three copies at once): the
    // source, plus each piece's start tag, measured by writing it into one
    // scratch string, and its end tag.
    let mut scratch = String::new();
    let mut extra = 0;
    for &(_, _, _, i) in &pieces {
        scratch.clear();
        marks[i].write_open_tag(&mut scratch);
        extra += scratch.len() + "</span>".len();
    }
    drop(scratch);
    let mut out = String::with_capacity(src.len() + extra);
    let mut copied = 0;
    let mut open: Vec<usize> = Vec::new(); // source end of each open span
    for (a, b, _, i) in pieces {
        while let Some(&top) = open.last() {
            if top <= a {
                out.push_str(&src[copied..top]);
                out.push_str("</span>");
                copied = top;
                open.pop();
            } else {
                break;
            }
        }
        if open.last().is_some_and(|&top| b > top) {
            continue; // would cross an open span: drop this piece
        }
        out.push_str(&src[copied..a]);
        marks[i].write_open_tag(&mut out);
        copied = a;
        open.push(b);
    }
    while let Some(top) = open.pop() {
        out.push_str(&src[copied..top]);
        out.push_str("</span>");
        copied = top;
    }
    out.push_str(&src[copied..]);
    out
}

/// Remove every span this crate inserted, giving back the page as it was.
/// Returns `None` when there is nothing of ours in `src`.
///
/// Our spans only ever enclose text and other spans of ours, so the end tag
/// that closes one is the next `</span>` while one of ours is open.
///
/// # Example
/// ```
/// use article_enrich::render::strip;
/// let page = "<p>Hi <span data-ae-id=\"m1\" class=\"ae\">Ann</span></p>";
/// assert_eq!(strip(page).as_deref(), Some("<p>Hi Ann</p>"));
/// ```
pub fn strip(src: &str) -> Option<String> {
    memchr::memmem::find(src.as_bytes(), ID_ATTR.as_bytes())?;
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    let mut ours_open = 0usize;
    let mut found = false;
    for tok in Lexer::new(src) {
        match tok {
            Token::StartTag(tag) if tag.is(src, "span") && tag.attr(src, ID_ATTR).is_some() => {
                out.push_str(&src[copied..tag.start]);
                copied = tag.end;
                ours_open += 1;
                found = true;
            }
            Token::EndTag(tag) if ours_open > 0 && tag.is(src, "span") => {
                out.push_str(&src[copied..tag.start]);
                copied = tag.end;
                ours_open -= 1;
            }
            _ => {}
        }
    }
    if !found {
        return None;
    }
    out.push_str(&src[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::segment;

    fn mark(block: usize, text: &str, needle: &str, layer: u8, id: &str) -> Mark {
        let start = text.find(needle).unwrap();
        let (prefix, number) = id.split_at(1);
        let style = Rc::new(SpanStyle {
            before: Vec::new(),
            id_prefix: prefix.chars().next().unwrap(),
            after: Vec::new(),
        });
        Mark {
            block,
            start,
            end: start + needle.len(),
            layer,
            id: number.parse().unwrap(),
            style,
        }
    }

    #[test]
    fn mention_across_inline_tag_becomes_two_spans() {
        let src = "<p><b>Kim</b> Jong-un left</p>";
        let blocks = segment(src);
        let out = render(
            src,
            &blocks,
            &[mark(0, &blocks[0].text, "Kim Jong-un", 1, "m1")],
        );
        assert_eq!(out, "<p><b><span data-ae-id=\"m1\">Kim</span></b><span data-ae-id=\"m1\"> Jong-un</span> left</p>");
        assert_eq!(strip(&out).unwrap(), src);
    }

    #[test]
    fn mention_nests_inside_quote() {
        let src = "<p>\u{201C}Ask Ann now\u{201D}</p>";
        let blocks = segment(src);
        let t = blocks[0].text.clone();
        let out = render(
            src,
            &blocks,
            &[
                mark(0, &t, "Ann", 1, "m1"),
                mark(0, &t, "Ask Ann now", 0, "q1"),
            ],
        );
        assert_eq!(out, "<p>\u{201C}<span data-ae-id=\"q1\">Ask <span data-ae-id=\"m1\">Ann</span> now</span>\u{201D}</p>");
        assert_eq!(strip(&out).unwrap(), src);
    }

    #[test]
    fn same_range_quote_encloses_mention() {
        let src = "<p>\u{2018}Ann\u{2019}</p>";
        let blocks = segment(src);
        let t = blocks[0].text.clone();
        let out = render(
            src,
            &blocks,
            &[mark(0, &t, "Ann", 1, "m1"), mark(0, &t, "Ann", 0, "q1")],
        );
        assert!(
            out.contains("<span data-ae-id=\"q1\"><span data-ae-id=\"m1\">Ann</span></span>"),
            "{out}"
        );
    }

    #[test]
    fn crossing_marks_are_dropped_not_broken() {
        let src = "<p>abc def ghi</p>";
        let blocks = segment(src);
        let t = blocks[0].text.clone();
        let out = render(
            src,
            &blocks,
            &[
                mark(0, &t, "abc def", 0, "q1"),
                mark(0, &t, "def ghi", 1, "m2"),
            ],
        );
        assert_eq!(out, "<p><span data-ae-id=\"q1\">abc def</span> ghi</p>");
    }

    #[test]
    fn strip_leaves_foreign_spans() {
        assert_eq!(strip("<span>a</span>"), None);
        let s = "<span class=x><span data-ae-id=q>a</span></span>";
        assert_eq!(strip(s).unwrap(), "<span class=x>a</span>");
    }
}
