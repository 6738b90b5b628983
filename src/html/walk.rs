//! A walk of a live element, as the DOM path's JavaScript writes it, fed to
//! the one block builder ([`BlockBuilder`]), so the in-place path cuts the
//! same blocks by the same rules as the string path.
//!
//! The walk is compact so that it crosses from JavaScript in one piece: every
//! string read (text node data, tag names, attribute names and values) joined
//! into one, their lengths in UTF-16 units, and a list of ops, each a `u32`
//! followed by its operands (see [`op`]). Only the attributes the builder
//! reads ([`READ_ATTRS`](super::segment::READ_ATTRS)) are given, except on a
//! span with a `data-ae-id`, which gets all of them so that
//! [`markup::is_ours`] can tell one of ours. An element outside the HTML
//! namespace is given without its content (the builder skips it anyway).
//!
//! Nothing here trusts the walk: ops that do not add up are an error, never a
//! panic.
#![cfg_attr(not(feature = "wasm"), allow(dead_code))] // the DOM path's

use std::fmt;

use super::segment::{BlockBuilder, Content, Segmented, Text};
use crate::enricher::Enricher;
use crate::error::Error;
use crate::markup;

/// The ops of a walk.
pub(crate) mod op {
    /// `TEXT s`: a text node whose data is string `s`.
    pub const TEXT: u32 = 0;
    /// `OTHER`: a node of another type (comment, processing instruction).
    pub const OTHER: u32 = 1;
    /// `OPEN name flags end n (attr value)×n`: an element opens; `end` is the
    /// index of the op after its `CLOSE`; then `n` attributes as string pairs.
    pub const OPEN: u32 = 2;
    /// `CLOSE`: the element opened last closes.
    pub const CLOSE: u32 = 3;
    /// `OPEN` flag: the element is outside the HTML namespace.
    pub const FOREIGN: u32 = 1;
    /// `OPEN` flag: every attribute is given, in order.
    pub const ALL_ATTRS: u32 = 2;
}

/// Why a walk was not read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ReadError {
    /// The walk does not add up (not what the DOM path's JavaScript writes).
    Malformed,
    /// A limit of the options.
    Limit(Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Malformed => f.write_str(
                "internal error: the walk of the element is malformed; the page was left unchanged",
            ),
            ReadError::Limit(e) => e.fmt(f),
        }
    }
}

impl From<Error> for ReadError {
    fn from(e: Error) -> Self {
        ReadError::Limit(e)
    }
}

/// A text node the block builder read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct TextNode<'a> {
    /// Its number among all the text nodes of the walk (read or skipped).
    pub index: u32,
    pub text: &'a str,
    /// Start of its text in the walk's virtual source: the text nodes read,
    /// one after another.
    pub start: usize,
}

/// The walk's joined strings cut at `lengths` (UTF-16 units each); `None`
/// when they do not add up.
pub(crate) fn cut_strings<'a>(text: &'a str, lengths: &[u32]) -> Option<Vec<&'a str>> {
    let mut out = Vec::with_capacity(lengths.len());
    let bytes = text.as_bytes();
    let mut at = 0;
    for &units in lengths {
        let start = at;
        let mut left = units as usize;
        while left > 0 {
            // A UTF-8 lead byte gives the length; four bytes are two UTF-16 units.
            let (len, u) = match *bytes.get(at)? {
                0..=0x7f => (1, 1),
                0xc0..=0xdf => (2, 1),
                0xe0..=0xef => (3, 1),
                _ => (4, 2),
            };
            if u > left {
                return None;
            }
            left -= u;
            at += len;
        }
        out.push(text.get(start..at)?);
    }
    (at == text.len()).then_some(out)
}

/// Feed a walk to the block builder, jumping over content it skips; the
/// blocks and the text nodes read. The limits on depth and size are checked.
pub(crate) fn read<'a>(
    ops: &[u32],
    strings: &[&'a str],
    enricher: &Enricher,
) -> Result<(Segmented, Vec<TextNode<'a>>), ReadError> {
    let string = |k: Option<&u32>| -> Result<&'a str, ReadError> {
        k.and_then(|&k| strings.get(k as usize).copied())
            .ok_or(ReadError::Malformed)
    };
    let operand = |i: usize| ops.get(i).copied().ok_or(ReadError::Malformed);
    let mut builder = BlockBuilder::default();
    let mut nodes: Vec<TextNode> = Vec::new();
    let mut open: Vec<&str> = Vec::new();
    let mut texts = 0u32;
    let mut len = 0;
    let mut i = 0;
    while let Some(&code) = ops.get(i) {
        match code {
            op::TEXT => {
                let text = string(ops.get(i + 1))?;
                builder.text(text, len, Text::Decoded);
                builder.boundary();
                nodes.push(TextNode {
                    index: texts,
                    text,
                    start: len,
                });
                texts += 1;
                len += text.len();
                i += 2;
            }
            op::OTHER => {
                builder.boundary();
                i += 1;
            }
            op::OPEN => {
                let name = string(ops.get(i + 1))?;
                let flags = operand(i + 2)?;
                let end = operand(i + 3)? as usize;
                let n = operand(i + 4)? as usize;
                let after = n
                    .checked_mul(2)
                    .and_then(|k| k.checked_add(i + 5))
                    .ok_or(ReadError::Malformed)?;
                let attrs = ops.get(i + 5..after).ok_or(ReadError::Malformed)?;
                let attrs: Vec<(&str, &str)> = attrs
                    .chunks_exact(2)
                    .map(|p| Ok((string(p.first())?, string(p.get(1))?)))
                    .collect::<Result<_, ReadError>>()?;
                if end < after || end > ops.len() {
                    return Err(ReadError::Malformed);
                }
                let ours = flags & op::ALL_ATTRS != 0
                    && name == "span"
                    && markup::is_ours(attrs.iter().copied());
                let skip = flags & op::FOREIGN != 0 || ours;
                let attr = |a: &str| attrs.iter().find(|(n, _)| *n == a).map(|(_, v)| *v);
                match builder.start_tag(name, false, skip, attr) {
                    Content::Skipped => {
                        builder.end_tag(name);
                        // The text nodes jumped over keep their numbers.
                        texts += count_texts(&ops[after..end])?;
                        i = end;
                    }
                    Content::Read => {
                        enricher.check_depth(builder.max_depth())?;
                        open.push(name);
                        i = after;
                    }
                }
            }
            op::CLOSE => {
                let name = open.pop().ok_or(ReadError::Malformed)?;
                builder.end_tag(name);
                i += 1;
            }
            _ => return Err(ReadError::Malformed),
        }
    }
    if !open.is_empty() {
        return Err(ReadError::Malformed);
    }
    // The end of the element.
    builder.boundary();
    enricher.check_size(len)?;
    Ok((builder.finish(), nodes))
}

/// The number of text nodes in a run of ops.
fn count_texts(ops: &[u32]) -> Result<u32, ReadError> {
    let mut n = 0;
    let mut i = 0;
    while let Some(&code) = ops.get(i) {
        i = match code {
            op::TEXT => {
                n += 1;
                i + 2
            }
            op::OTHER | op::CLOSE => i + 1,
            op::OPEN => {
                let attrs = *ops.get(i + 4).ok_or(ReadError::Malformed)? as usize;
                attrs
                    .checked_mul(2)
                    .and_then(|k| k.checked_add(i + 5))
                    .ok_or(ReadError::Malformed)?
            }
            _ => return Err(ReadError::Malformed),
        };
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::segment;
    use crate::options::Options;

    /// A walk as the JavaScript writes it, built by hand.
    #[derive(Default)]
    struct Walk {
        strings: Vec<String>,
        ops: Vec<u32>,
        open: Vec<usize>,
    }

    impl Walk {
        fn s(&mut self, s: &str) -> u32 {
            self.strings.push(s.to_string());
            self.strings.len() as u32 - 1
        }
        fn text(mut self, t: &str) -> Self {
            let k = self.s(t);
            self.ops.extend([op::TEXT, k]);
            self
        }
        fn open(mut self, name: &str, flags: u32, attrs: &[(&str, &str)]) -> Self {
            let k = self.s(name);
            self.open.push(self.ops.len());
            self.ops.extend([op::OPEN, k, flags, 0, attrs.len() as u32]);
            for (n, v) in attrs {
                let (n, v) = (self.s(n), self.s(v));
                self.ops.extend([n, v]);
            }
            self
        }
        fn close(mut self) -> Self {
            let at = self.open.pop().unwrap();
            self.ops.push(op::CLOSE);
            self.ops[at + 3] = self.ops.len() as u32;
            self
        }
        fn joined(&self) -> (String, Vec<u32>) {
            let lengths = self
                .strings
                .iter()
                .map(|s| s.encode_utf16().count() as u32)
                .collect();
            (self.strings.concat(), lengths)
        }
        fn read(&self) -> Result<(Vec<String>, Vec<u32>), ReadError> {
            let (text, lengths) = self.joined();
            let strings = cut_strings(&text, &lengths).ok_or(ReadError::Malformed)?;
            let (seg, nodes) = read(&self.ops, &strings, &Enricher::new(Options::default()))?;
            Ok((
                seg.blocks.into_iter().map(|b| b.text).collect(),
                nodes.iter().map(|n| n.index).collect(),
            ))
        }
    }

    fn blocks_of(html: &str) -> Vec<String> {
        segment::segment(html).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn strings_are_cut_at_utf16_lengths() {
        let text = "ab\u{1F600}c\u{e9}";
        assert_eq!(
            cut_strings(text, &[2, 2, 2]),
            Some(vec!["ab", "\u{1F600}", "c\u{e9}"])
        );
        assert_eq!(cut_strings(text, &[3, 3]), None, "inside a surrogate pair");
        assert_eq!(cut_strings(text, &[2]), None, "text left over");
        assert_eq!(cut_strings(text, &[2, 2, 3]), None, "past the end");
        assert_eq!(cut_strings("", &[0, 0]), Some(vec!["", ""]));
    }

    #[test]
    fn a_walk_gives_the_blocks_of_the_same_html() {
        let w = Walk::default()
            .open("p", 0, &[])
            .text("Anna ")
            .open("b", 0, &[])
            .text("Berg")
            .close()
            .text(" met Peter Holm.")
            .close()
            .open("div", 0, &[("data-ae", "off")])
            .open("p", 0, &[])
            .text("Jane Doe")
            .close()
            .close()
            .open("p", 0, &[])
            .text("Oslo & Bergen")
            .close();
        let (blocks, nodes) = w.read().unwrap();
        assert_eq!(
            blocks,
            blocks_of("<p>Anna <b>Berg</b> met Peter Holm.</p><div data-ae=off><p>Jane Doe</p></div><p>Oslo &amp; Bergen</p>")
        );
        assert_eq!(
            nodes,
            [0, 1, 2, 4],
            "the skipped text node keeps its number (3)"
        );
    }

    #[test]
    fn foreign_elements_and_our_own_spans_are_skipped() {
        let ours = [
            ("class", "ae ae-person"),
            ("data-ae-id", "m1"),
            ("data-ae-kind", "person"),
            ("tabindex", "0"),
        ];
        let w = Walk::default()
            .open("p", 0, &[])
            .open("svg", op::FOREIGN, &[])
            .close()
            .open("span", op::ALL_ATTRS, &ours)
            .text("Anna Berg")
            .close()
            .open("span", op::ALL_ATTRS, &[("data-ae-id", "author-7")])
            .text("Jane Doe")
            .close()
            .close();
        let (blocks, nodes) = w.read().unwrap();
        assert_eq!(
            blocks,
            ["Jane Doe"],
            "a page's own span[data-ae-id] is read"
        );
        assert_eq!(nodes, [1]);
    }

    #[test]
    fn limits_hold_on_the_dom_path() {
        let w = Walk::default()
            .open("div", 0, &[])
            .open("div", 0, &[])
            .text("Anna Berg")
            .close()
            .close();
        let (text, lengths) = w.joined();
        let strings = cut_strings(&text, &lengths).unwrap();
        let deep = Enricher::new(Options::default().with_max_depth(1));
        assert!(matches!(
            read(&w.ops, &strings, &deep),
            Err(ReadError::Limit(Error::TooDeep { .. }))
        ));
        let small = Enricher::new(Options::default().with_max_input_bytes(4));
        assert!(matches!(
            read(&w.ops, &strings, &small),
            Err(ReadError::Limit(Error::InputTooLarge { .. }))
        ));
    }

    #[test]
    fn malformed_walks_are_refused_without_a_panic() {
        let w = Walk::default()
            .open("p", 0, &[("translate", "no")])
            .text("Anna Berg")
            .close();
        let (text, lengths) = w.joined();
        let strings = cut_strings(&text, &lengths).unwrap();
        let enricher = Enricher::new(Options::default());
        assert!(read(&w.ops, &strings, &enricher).is_ok());
        // Every prefix, every op changed to every small value, and every
        // operand made huge: an error or a reading, never a panic.
        for n in 0..w.ops.len() {
            let _ = read(&w.ops[..n], &strings, &enricher);
        }
        for i in 0..w.ops.len() {
            for v in [0, 1, 2, 3, 4, 5, 9, u32::MAX / 2, u32::MAX] {
                let mut ops = w.ops.clone();
                ops[i] = v;
                let _ = read(&ops, &strings, &enricher);
            }
        }
        assert_eq!(
            read(&[op::CLOSE], &strings, &enricher).err(),
            Some(ReadError::Malformed)
        );
        assert_eq!(
            read(&[op::TEXT, 99], &strings, &enricher).err(),
            Some(ReadError::Malformed)
        );
        assert_eq!(
            read(&[op::OPEN, 0, 0, 5, 0], &strings, &enricher).err(),
            Some(ReadError::Malformed),
            "never closed"
        );
    }
}
