//! [`OffsetMap`]: where each byte of a block's analysed text came from in the source.
//!
//! Beware: this is the tricky part. A block's text is not a slice of the
//! source. `Mr&nbsp;<b>Yoon</b>\n   said` becomes the text `Mr Yoon said`:
//! the reference `&nbsp;` became one space, the tags vanished, and the newline
//! with its indentation collapsed to one space. The map records that history as
//! pieces, each either
//! - *verbatim*: text bytes equal source bytes, one for one; or
//! - *atomic*: a decoded character reference or a collapsed whitespace run, which
//!   maps as a whole (a span may start or end at its edges, never inside).
//!
//! Each piece also carries a *run* number: pieces of one run are contiguous in
//! the source with no tag between them. A span of text that crosses runs must be
//! cut into one source range per run, so that inserted elements nest within the
//! page's own (`<b>Kim</b> Jong-un` gives two ranges sharing one id).

use std::sync::OnceLock;

use super::entities::ENTITIES;

/// Build the table of named references ahead of its first use.
pub(crate) fn warm_up() {
    entities();
}

/// The named references as (name, value) pairs sorted by name, from the
/// generated table (see its docs), built on first use.
fn entities() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lines = crate::front_coding::expand(ENTITIES);
        let entry = |line: &'static str| {
            let (name, code_points) = line.split_once(' ').unwrap_or((line, ""));
            let value = code_points.split(' ').map(|hex| {
                let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                c.expect("the generator writes code points in hex")
            });
            (name, value)
        };
        // More passes than one, so that each allocation is made once at its
        // size: this table is built on the first reference of a page.
        let chars = || lines.lines().flat_map(|l| entry(l).1);
        let mut values = String::with_capacity(chars().map(char::len_utf8).sum());
        values.extend(chars());
        let values: &'static str = Box::leak(values.into_boxed_str());
        let mut table = Vec::with_capacity(lines.lines().count());
        let mut start = 0;
        for line in lines.lines() {
            let (name, value) = entry(line);
            let end = start + value.map(char::len_utf8).sum::<usize>();
            table.push((name, &values[start..end]));
            start = end;
        }
        table
    })
}

/// One piece of a block's text: see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    // u32 keeps a piece at 24 bytes: inputs are far below 4 GiB (see the
    // input limit in `Options`).
    text: u32,
    text_len: u32,
    src: u32,
    src_len: u32,
    run: u32,
    verbatim: bool,
}

impl Piece {
    fn text_end(&self) -> usize {
        (self.text + self.text_len) as usize
    }
}

/// Maps byte offsets in a block's text to byte offsets in the HTML source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// Source byte ranges covering text range `start..end`, one per run, in order.
    /// Ranges are empty-free; a range that would be empty is left out.
    pub fn source_ranges(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize, u32)> = Vec::new();
        if start >= end {
            return Vec::new();
        }
        // First piece that ends after `start`.
        let first = self.pieces.partition_point(|p| p.text_end() <= start);
        for p in &self.pieces[first..] {
            let (pt, ps) = (p.text as usize, p.src as usize);
            if pt >= end {
                break;
            }
            let (a, b) = if p.verbatim {
                (
                    ps + start.saturating_sub(pt),
                    ps + (end.min(p.text_end()) - pt),
                )
            } else {
                (ps, ps + p.src_len as usize)
            };
            match out.last_mut() {
                Some(last) if last.2 == p.run && last.1 == a => last.1 = b,
                _ => out.push((a, b, p.run)),
            }
        }
        out.into_iter()
            .filter(|r| r.0 < r.1)
            .map(|r| (r.0, r.1))
            .collect()
    }

    /// Source byte offset of text offset `t` (the start of the piece holding it).
    #[cfg(test)]
    fn to_source(&self, t: usize) -> Option<usize> {
        let i = self.pieces.partition_point(|p| p.text_end() <= t);
        let p = self.pieces.get(i)?;
        Some(if p.verbatim {
            p.src as usize + (t - p.text as usize)
        } else {
            p.src as usize
        })
    }
}

/// Builds a block's text and its [`OffsetMap`] from source text runs.
#[derive(Debug, Default)]
pub struct TextBuilder {
    text: String,
    map: OffsetMap,
    run: u32,
    /// A whitespace run seen but not yet emitted: (src start, src end, run).
    /// (src start, src end, run, is it one plain space?)
    pending_space: Option<(usize, usize, u32, bool)>,
}

/// ASCII whitespace as HTML defines it, plus U+00A0 (which reads as a space).
fn is_html_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0c' | '\r' | ' ' | '\u{a0}')
}

impl TextBuilder {
    /// Is nothing but whitespace collected so far?
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Start a new run: the next text is separated from the last by markup.
    pub fn break_run(&mut self) {
        self.run += 1;
    }

    fn push_piece(&mut self, s: &str, src: usize, src_len: usize, verbatim: bool) {
        if let Some((ps, pe, run, plain)) = self.pending_space.take() {
            if !self.text.is_empty() {
                // One plain space maps one for one; any other run of white
                // space is atomic: the space stands for all of it.
                self.add_piece(" ", ps, pe - ps, run, plain);
            }
        }
        self.add_piece(s, src, src_len, self.run, verbatim);
    }

    fn add_piece(&mut self, s: &str, src: usize, src_len: usize, run: u32, verbatim: bool) {
        let t = self.text.len();
        self.text.push_str(s);
        let (t, len, src, src_len) = (t as u32, s.len() as u32, src as u32, src_len as u32);
        // Merge with the previous verbatim piece when contiguous in text and source.
        if verbatim {
            if let Some(last) = self.map.pieces.last_mut() {
                if last.verbatim
                    && last.run == run
                    && last.src + last.src_len == src
                    && last.text + last.text_len == t
                {
                    last.text_len += len;
                    last.src_len += src_len;
                    return;
                }
            }
        }
        self.map.pieces.push(Piece {
            text: t,
            text_len: len,
            src,
            src_len,
            run,
            verbatim,
        });
    }

    /// Add raw source text `raw` that starts at byte `src` in the source.
    /// Character references are decoded and whitespace is collapsed.
    pub fn push_source_text(&mut self, raw: &str, src: usize) {
        self.push_text(raw, src, true);
    }

    /// Add text that is already decoded (a DOM text node's data): whitespace
    /// is collapsed, `&` is just a character.
    pub fn push_plain_text(&mut self, raw: &str, src: usize) {
        self.push_text(raw, src, false);
    }

    fn push_text(&mut self, raw: &str, src: usize, decode: bool) {
        let b = raw.as_bytes();
        let mut i = 0;
        let mut lit_start = 0;
        while i < b.len() {
            let c = b[i];
            let space_len = match c {
                b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' => 1,
                0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
                _ => 0,
            };
            if space_len > 0 || (decode && c == b'&') {
                if i > lit_start {
                    self.push_piece(&raw[lit_start..i], src + lit_start, i - lit_start, true);
                }
                if space_len > 0 {
                    let mut j = i;
                    while j < b.len() {
                        let l = match b[j] {
                            b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' => 1,
                            0xC2 if b.get(j + 1) == Some(&0xA0) => 2,
                            _ => break,
                        };
                        j += l;
                    }
                    self.note_space(src + i, src + j, j == i + 1 && b[i] == b' ');
                    i = j;
                } else {
                    match decode_reference(&raw[i..]) {
                        Some((decoded, used)) => {
                            let mut buf = [0u8; 4];
                            let decoded = match decoded {
                                Decoded::Named(s) => s,
                                Decoded::Char(c) => &*c.encode_utf8(&mut buf),
                            };
                            if decoded.chars().all(is_html_space) {
                                self.note_space(src + i, src + i + used, false);
                            } else {
                                self.push_piece(decoded, src + i, used, false);
                            }
                            i += used;
                        }
                        None => {
                            self.push_piece("&", src + i, 1, true);
                            i += 1;
                        }
                    }
                }
                lit_start = i;
            } else {
                i += 1;
            }
        }
        if lit_start < b.len() {
            self.push_piece(
                &raw[lit_start..],
                src + lit_start,
                b.len() - lit_start,
                true,
            );
        }
    }

    fn note_space(&mut self, s: usize, e: usize, plain: bool) {
        if self.pending_space.is_none() {
            self.pending_space = Some((s, e, self.run, plain));
        }
    }

    /// Finish: the text (trailing whitespace dropped) and its map.
    pub fn finish(mut self) -> (String, OffsetMap) {
        // A page of many short blocks keeps every block's map and text until
        // it is rendered: no slack in either.
        self.map.pieces.shrink_to_fit();
        self.text.shrink_to_fit();
        (self.text, self.map)
    }
}

/// What a character reference decodes to.
enum Decoded {
    Named(&'static str),
    Char(char),
}

/// Decode a numeric reference at the start of `s` (which starts with `&#`),
/// as the spec does: out-of-range values become U+FFFD, C1 controls map to
/// their Windows-1252 characters.
fn decode_numeric(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    // s starts with "&#"
    let (radix, digits_from) = if matches!(b.get(2), Some(b'x' | b'X')) {
        (16, 3)
    } else {
        (10, 2)
    };
    let mut j = digits_from;
    let mut value: u32 = 0;
    while j < b.len() && (b[j] as char).is_digit(radix) {
        value = value
            .saturating_mul(radix)
            .saturating_add((b[j] as char).to_digit(radix).unwrap_or(0));
        j += 1;
    }
    if j == digits_from {
        return None;
    }
    if b.get(j) == Some(&b';') {
        j += 1;
    }
    // The spec's replacements for C1 controls (Windows-1252 compatibility).
    let c = match value {
        0x80 => '\u{20AC}',
        0x82 => '\u{201A}',
        0x84 => '\u{201E}',
        0x85 => '\u{2026}',
        0x91 => '\u{2018}',
        0x92 => '\u{2019}',
        0x93 => '\u{201C}',
        0x94 => '\u{201D}',
        0x96 => '\u{2013}',
        0x97 => '\u{2014}',
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    Some((c, j))
}

/// Decode the character reference at the start of `s` (which starts with `&`).
/// Returns the decoded text and the number of source bytes used.
fn decode_reference(s: &str) -> Option<(Decoded, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (c, used) = decode_numeric(s)?;
        return Some((Decoded::Char(c), used));
    }
    // Named: the longest name in the table that prefixes the text (spec).
    let table = entities();
    let mut j = 1;
    while j < b.len() && j < 40 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if b.get(j) == Some(&b';') {
        if let Ok(k) = table.binary_search_by(|(n, _)| n.as_bytes().cmp(&b[1..=j])) {
            return Some((Decoded::Named(table[k].1), j + 1));
        }
    }
    // Legacy references without `;` (`&amp`, `&nbsp`): try the longest prefix.
    let mut end = j;
    while end > 1 {
        if let Ok(k) = table.binary_search_by(|(n, _)| n.as_bytes().cmp(&b[1..end])) {
            return Some((Decoded::Named(table[k].1), end));
        }
        end -= 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_named_references_are_the_whatwg_table_sorted_by_name() {
        let t = entities();
        assert_eq!(t.len(), 2231);
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(t.contains(&("AElig", "\u{c6}")));
        assert!(t.contains(&("NewLine;", "\n")));
        assert!(t.contains(&("NotEqualTilde;", "\u{2242}\u{338}")));
        assert!(t.contains(&("zwnj;", "\u{200c}")));
    }

    fn build(parts: &[(&str, usize)]) -> (String, OffsetMap) {
        let mut b = TextBuilder::default();
        for (i, (s, at)) in parts.iter().enumerate() {
            if i > 0 {
                b.break_run();
            }
            b.push_source_text(s, *at);
        }
        b.finish()
    }

    #[test]
    fn collapses_whitespace_and_decodes_references() {
        let src = "Mr&nbsp;Yoon\n   said &amp; left ";
        let (text, map) = build(&[(src, 0)]);
        assert_eq!(text, "Mr Yoon said & left");
        let yoon = text.find("Yoon").unwrap();
        assert_eq!(map.source_ranges(yoon, yoon + 4), vec![(8, 12)]);
        let amp = text.find('&').unwrap();
        assert_eq!(map.source_ranges(amp, amp + 1), vec![(21, 26)]);
        // A span across the collapsed space maps to one range covering it.
        assert_eq!(map.source_ranges(0, yoon + 4), vec![(0, 12)]);
    }

    #[test]
    fn spans_across_tags_split_by_run() {
        // "<b>Kim</b> Jong-un": runs "Kim" at 3 and " Jong-un" at 10.
        let (text, map) = build(&[("Kim", 3), (" Jong-un", 10)]);
        assert_eq!(text, "Kim Jong-un");
        assert_eq!(map.source_ranges(0, text.len()), vec![(3, 6), (10, 18)]);
    }

    #[test]
    fn numeric_and_legacy_references() {
        let (text, _) = build(&[("&#8220;Hi&#x201D; &amp &copy;2024 &bogus; &", 0)]);
        assert_eq!(text, "\u{201C}Hi\u{201D} & \u{a9}2024 &bogus; &");
    }

    #[test]
    fn leading_and_trailing_space_dropped() {
        let (text, map) = build(&[("  a  ", 0)]);
        assert_eq!(text, "a");
        assert_eq!(map.to_source(0), Some(2));
    }
}
