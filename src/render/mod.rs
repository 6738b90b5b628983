//! Stage 3: splice `<span>` elements into the untouched source bytes.
//!
//! Every byte of the page is copied as it was; the only change is the spans
//! this module inserts, and [`crate::strip`] removes exactly those again. A marked
//! range of block text that crosses the page's own tags is cut into one span per
//! run of source text (see [`crate::html::OffsetMap`]), all sharing one
//! `data-ae-id`, so the output nests exactly as the input did.

pub(crate) mod escape;
pub(crate) mod marks;

use std::rc::Rc;

use crate::html::TextBlock;
use crate::markup::{self, ID_ATTR};

/// What the spans of one entity (or one quote) have in common: every mention
/// of an entity shares one style, so a page with 100,000 mentions holds one
/// copy of the entity's fields, not one per mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SpanStyle {
    /// The span's kind: the class `ae-KIND` and `data-ae-kind`.
    pub kind: &'static str,
    /// Prefix of the `data-ae-id` value: `m` for mentions, `q` for quotes.
    pub id_prefix: char,
    /// The `data-ae-*` fields written after the kind, unescaped: (name, value).
    pub fields: Vec<(&'static str, String)>,
}

/// One range of one block's text to wrap, with the attributes of its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mark {
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
        f("class", &markup::class_of(self.style.kind));
        f(ID_ATTR, &format!("{}{}", self.style.id_prefix, self.id));
        f(markup::KIND_ATTR, self.style.kind);
        for (name, value) in &self.style.fields {
            f(name, value);
        }
        f("tabindex", "0");
    }

    /// The span's attributes, in order, unescaped.
    #[cfg_attr(not(feature = "wasm"), allow(dead_code))] // the DOM path sets them one by one
    pub fn attrs(&self) -> Vec<(&'static str, String)> {
        let mut a = Vec::with_capacity(self.style.fields.len() + 4);
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

/// One span to insert: a range (of the source, or of one text node) and the
/// mark it belongs to. A mark that crosses the page's own tags has a piece per
/// run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// The mark's layer (quotes enclose mentions at the same range).
    pub layer: u8,
    /// Index of the mark.
    pub mark: usize,
}

/// The pieces in the order their start tags are written (outer first: earlier
/// start, then longer, then lower layer), leaving out every piece that would
/// cross one kept before it, so what is inserted always nests. The string
/// renderer and the DOM path both place exactly what this keeps.
pub(crate) fn nest(mut pieces: Vec<Piece>) -> Vec<Piece> {
    crate::sort::sort_by(&mut pieces, |x, y| {
        x.start
            .cmp(&y.start)
            .then(y.end.cmp(&x.end))
            .then(x.layer.cmp(&y.layer))
    });
    let mut open: Vec<usize> = Vec::new(); // end of each enclosing kept piece
    pieces.retain(|p| {
        while open.last().is_some_and(|&e| e <= p.start) {
            open.pop();
        }
        if open.last().is_some_and(|&e| p.end > e) {
            return false;
        }
        open.push(p.end);
        true
    });
    pieces
}

/// The longest start tag of a span of ours: its fields are cut to
/// 100 characters (`marks::MAX_FIELD_CHARS`), numbers are bounded by their type,
/// and escaping grows a character to at most six bytes. With `</span>`, each
/// inserted span adds at most `MAX_SPAN_TAG_BYTES + 7` bytes to the page.
pub const MAX_SPAN_TAG_BYTES: usize = 1500;

/// A mention is marked only when it crosses at most this many of the page's
/// tags (a name in `<b>Kim</b> Jong-un` has two pieces). A run of words that
/// crosses more (a tag list, `<b>` after `<b>` never closed) is no name a
/// reader wants marked, and every piece repeats the entity's fields.
pub(crate) const MAX_MENTION_PIECES: usize = 8;
/// A quote is marked only when it crosses at most this many tags (links and
/// emphasis inside a quotation are common; hundreds are not).
pub(crate) const MAX_QUOTE_PIECES: usize = 64;

/// The pieces to insert for `marks` on `blocks`, in source bytes, nested
/// ([`nest`]): one per run of source text a mark covers. Marks with more
/// pieces than [`MAX_MENTION_PIECES`] / [`MAX_QUOTE_PIECES`] are left out.
pub(crate) fn pieces(blocks: &[TextBlock], marks: &[Mark]) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::with_capacity(marks.len() + marks.len() / 4);
    for (i, m) in marks.iter().enumerate() {
        let Some(block) = blocks.get(m.block) else {
            continue;
        };
        let ranges = block.map.source_ranges(m.start, m.end);
        let most = if m.layer == 0 {
            MAX_QUOTE_PIECES
        } else {
            MAX_MENTION_PIECES
        };
        if ranges.len() > most {
            continue;
        }
        pieces.extend(ranges.into_iter().map(|(a, b)| Piece {
            start: a,
            end: b,
            layer: m.layer,
            mark: i,
        }));
    }
    nest(pieces)
}

/// Insert the pieces ([`pieces`]) of `marks` into `src`.
pub(crate) fn render(src: &str, marks: &[Mark], pieces: &[Piece]) -> String {
    // The output is sized exactly once (a page of names grows it to several
    // times the input, and a doubling would hold three copies at once): the
    // source, plus each piece's start tag, measured by writing it into one
    // scratch string, and its end tag.
    let mut scratch = String::new();
    let mut extra = 0;
    for p in pieces {
        scratch.clear();
        marks[p.mark].write_open_tag(&mut scratch);
        extra += scratch.len() + "</span>".len();
    }
    drop(scratch);
    let mut out = String::with_capacity(src.len() + extra);
    let mut copied = 0;
    let mut open: Vec<usize> = Vec::new(); // source end of each open span
    for p in pieces.iter().copied() {
        while let Some(&top) = open.last().filter(|&&top| top <= p.start) {
            out.push_str(&src[copied..top]);
            out.push_str("</span>");
            copied = top;
            open.pop();
        }
        out.push_str(&src[copied..p.start]);
        marks[p.mark].write_open_tag(&mut out);
        copied = p.start;
        open.push(p.end);
    }
    while let Some(top) = open.pop() {
        out.push_str(&src[copied..top]);
        out.push_str("</span>");
        copied = top;
    }
    out.push_str(&src[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::segment;

    fn mark(block: usize, text: &str, needle: &str, layer: u8, id: &str) -> Mark {
        let start = text.find(needle).unwrap();
        let (prefix, number) = id.split_at(1);
        let style = Rc::new(SpanStyle {
            kind: if prefix == "q" { "quote" } else { "person" },
            id_prefix: prefix.chars().next().unwrap(),
            fields: Vec::new(),
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

    /// The start tag `mark` writes for id `id`.
    fn open(id: &str) -> String {
        let kind = if id.starts_with('q') {
            "quote"
        } else {
            "person"
        };
        format!("<span class=\"ae ae-{kind}\" data-ae-id=\"{id}\" data-ae-kind=\"{kind}\" tabindex=\"0\">")
    }

    /// `out` with every start tag of ours written as `<ID>`.
    fn short(out: &str) -> String {
        let mut s = out.to_string();
        for id in ["m1", "m2", "q1"] {
            s = s.replace(&open(id), &format!("<{id}>"));
        }
        s
    }

    fn render(src: &str, blocks: &[TextBlock], marks: &[Mark]) -> String {
        super::render(src, marks, &pieces(blocks, marks))
    }

    #[test]
    fn the_longest_start_tag_is_within_its_bound() {
        use crate::markup::*;
        let worst = "\"".repeat(marks::MAX_FIELD_CHARS) + "\u{2026}";
        let style = Rc::new(SpanStyle {
            kind: "organization",
            id_prefix: 'm',
            fields: vec![
                (REF_ATTR, format!("e{}", usize::MAX)),
                (SPEAKER_ATTR, format!("e{}", usize::MAX)),
                (NAME_ATTR, worst.clone()),
                (ROLE_ATTR, worst),
                (MENTIONS_ATTR, usize::MAX.to_string()),
                (QUOTES_ATTR, usize::MAX.to_string()),
            ],
        });
        let m = Mark {
            block: 0,
            start: 0,
            end: 1,
            layer: 1,
            id: u32::MAX,
            style,
        };
        let mut tag = String::new();
        m.write_open_tag(&mut tag);
        assert!(tag.len() <= MAX_SPAN_TAG_BYTES, "{}", tag.len());
        assert!(
            tag.len() > MAX_SPAN_TAG_BYTES / 2,
            "the bound is not far off"
        );
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
        assert_eq!(
            short(&out),
            "<p><b><m1>Kim</span></b><m1> Jong-un</span> left</p>"
        );
        assert_eq!(crate::strip(&out).unwrap(), src);
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
        assert_eq!(
            short(&out),
            "<p>\u{201C}<q1>Ask <m1>Ann</span> now</span>\u{201D}</p>"
        );
        assert_eq!(crate::strip(&out).unwrap(), src);
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
        assert!(short(&out).contains("<q1><m1>Ann</span></span>"), "{out}");
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
        assert_eq!(short(&out), "<p><q1>abc def</span> ghi</p>");
    }
}
