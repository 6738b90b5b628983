//! Checks shared by the property tests and the fuzz target (feature `dev`;
//! not a stable API).
//!
//! [`check_invariants`] is the one body both run, so a fuzzer find and a
//! property failure mean the same thing. [`check_markup_invariants`] checks
//! the HTML and render stages alone (no analysis), thousands of times faster,
//! for the fast fuzz target.

use crate::html::lexer::{Lexer, Token};
use crate::html::strip;
use crate::html::strip::is_our_start_tag;

/// The invariants of enrichment on `input`:
/// - removing our spans from the output gives back the input byte for byte
///   (for input that holds none of ours to begin with);
/// - enriching the output again changes nothing;
/// - every span of ours holds only text and spans of ours (the output nests);
/// - the output is linear in the input: at most two spans per byte of input
///   (a quote and a mention may share a range), each adding at most
///   [`crate::MAX_SPAN_TAG_BYTES`] plus `</span>`;
/// - analysing the input as plain text does not panic.
///
/// Returns a description of the first broken invariant.
///
/// # Example
/// ```
/// assert_eq!(article_enrich::dev::check_invariants("<p>Anna Berg <b>left</b>.</p>"), Ok(()));
/// ```
pub fn check_invariants(input: &str) -> Result<(), String> {
    let out = crate::enrich(input);
    let ours_in_input = strip(input).is_some();
    if !ours_in_input {
        let back = strip(&out).unwrap_or_else(|| out.clone());
        if back != input {
            return Err("stripping our spans did not give the input back".into());
        }
    }
    if crate::enrich(&out) != out {
        return Err("enriching twice changed the page".into());
    }
    // A page that keeps spans of our form which are not ours (they hold its
    // own markup, so strip leaves them) may have ours inside them: the
    // nesting check is for pages without such look-alikes.
    let base = strip(input);
    let base = base.as_deref().unwrap_or(input);
    let look_alikes =
        Lexer::new(base).any(|t| matches!(t, Token::StartTag(tag) if is_our_start_tag(&tag, base)));
    if !look_alikes {
        nests_cleanly(&out)?;
    }
    within_bound(input, &out)?;
    let _ = crate::analyze(input);
    Ok(())
}

/// The invariants of the HTML and render stages on `input`, without the
/// analysis: the page is segmented, every word of every block is marked as a
/// mention (its text as the span's name, so escaping is exercised) and every
/// block as a quote, and the marks are rendered. Stripping gives the input
/// back, the output nests and stays within the size bound, and stripping the
/// output of ours gives back exactly what segmenting saw.
pub fn check_markup_invariants(input: &str) -> Result<(), String> {
    if strip(input).is_some() {
        return Ok(()); // input holding our spans is the full target's case
    }
    let (out, blocks) = marked(input);
    if strip(&out).as_deref().unwrap_or(&out) != input {
        return Err("stripping our spans did not give the input back".into());
    }
    nests_cleanly(&out)?;
    within_bound(input, &out)?;
    // What the string path sees in its own output, once our spans are gone,
    // is what it saw before.
    let again = crate::html::segment(strip(&out).as_deref().unwrap_or(&out));
    if again.len() != blocks.len() || again.iter().zip(&blocks).any(|(x, y)| &x.text != y) {
        return Err("the blocks changed".into());
    }
    Ok(())
}

/// `input` with every word of every block marked as a mention and every
/// block as a quote (what [`check_markup_invariants`] checks).
pub fn mark_everything(input: &str) -> String {
    marked(input).0
}

fn marked(input: &str) -> (String, Vec<String>) {
    use std::rc::Rc;

    use crate::markup::NAME_ATTR;
    use crate::render::{self, Mark, SpanStyle};
    let seg = crate::html::segment_measuring(input);
    let mut marks = Vec::new();
    for (b, block) in seg.blocks.iter().enumerate() {
        let text = &block.text;
        marks.push(Mark {
            block: b,
            start: 0,
            end: text.len(),
            layer: 0,
            id: b as u32 + 1,
            style: Rc::new(SpanStyle {
                kind: crate::markup::QUOTE_KIND,
                id_prefix: crate::markup::QUOTE_ID_PREFIX,
                fields: Vec::new(),
            }),
        });
        let mut at = 0;
        for word in text.split(' ') {
            if !word.is_empty() {
                marks.push(Mark {
                    block: b,
                    start: at,
                    end: at + word.len(),
                    layer: 1,
                    id: marks.len() as u32 + 1,
                    style: Rc::new(SpanStyle {
                        kind: "person",
                        id_prefix: crate::markup::MENTION_ID_PREFIX,
                        fields: vec![(NAME_ATTR, render::marks::field(word))],
                    }),
                });
            }
            at += word.len() + 1;
        }
    }
    let pieces = render::pieces(&seg.blocks, &marks);
    let out = render::render(input, &marks, &pieces);
    (out, seg.blocks.into_iter().map(|b| b.text).collect())
}

/// At most two spans per byte of input, each adding at most
/// [`crate::MAX_SPAN_TAG_BYTES`] plus `</span>`.
fn within_bound(input: &str, out: &str) -> Result<(), String> {
    let spans = Lexer::new(out)
        .filter(|t| matches!(t, Token::StartTag(tag) if is_our_start_tag(tag, out)))
        .count();
    if spans > 2 * input.len().max(1) {
        return Err(format!("{spans} spans for {} bytes of input", input.len()));
    }
    if out.len() > input.len() + spans * (crate::MAX_SPAN_TAG_BYTES + "</span>".len()) {
        return Err(format!(
            "output of {} bytes for {} bytes of input and {spans} spans",
            out.len(),
            input.len()
        ));
    }
    Ok(())
}

/// Every span of ours contains only text and spans of ours, and all close.
pub fn nests_cleanly(out: &str) -> Result<(), String> {
    let mut ours = 0usize;
    for tok in Lexer::new(out) {
        match tok {
            Token::StartTag(t) if is_our_start_tag(&t, out) => ours += 1,
            Token::EndTag(t) if ours > 0 && t.is(out, "span") => ours -= 1,
            Token::StartTag(_) | Token::EndTag(_) | Token::Other { .. } | Token::RawText { .. }
                if ours > 0 =>
            {
                return Err("markup of the page inside one of our spans".into());
            }
            _ => {}
        }
    }
    if ours == 0 {
        Ok(())
    } else {
        Err(format!("{ours} of our spans left open"))
    }
}

/// The DOM path's reading of a walk (`html::walk`), on a walk made from
/// `data`: with the first byte even, a well-formed walk as the JavaScript
/// writes one (elements that read, skip, opt out and nest, text nodes,
/// other nodes), built from the rest of the bytes; odd, the bytes as raw ops
/// and string lengths. Checked:
/// - nothing panics, whatever the walk;
/// - a well-formed walk is read (within the default limits), and its strings
///   cut back exactly;
/// - the text nodes read follow one another in the walk's virtual source;
/// - the plan's pieces each lie inside one text node read.
///
/// # Example
/// ```
/// assert_eq!(article_enrich::dev::check_walk(b"\x00\x01\x04\x00\x02"), Ok(()));
/// ```
pub fn check_walk(data: &[u8]) -> Result<(), String> {
    use crate::html::walk;
    let Some((&mode, rest)) = data.split_first() else {
        return Ok(());
    };
    let enricher = crate::Enricher::default();
    if mode & 1 == 1 {
        // Raw: ops and lengths straight from the bytes, the same bytes as text.
        let words: Vec<u32> = rest
            .chunks(2)
            .map(|c| match c {
                [a, b] if *a >= 0xf0 => u32::from_le_bytes([*b, *a, *b, 0]),
                [a, ..] => u32::from(*a % 8),
                _ => 0,
            })
            .collect();
        let text = String::from_utf8_lossy(rest);
        let (ops, lengths) = words.split_at(words.len() / 2);
        if let Some(strings) = walk::cut_strings(&text, lengths) {
            if let Ok((seg, nodes)) = walk::read(ops, &strings, &enricher) {
                check_plan(&enricher, seg, &nodes)?;
            }
        }
        return Ok(());
    }
    let (ops, strings) = well_formed_walk(rest);
    let joined = strings.concat();
    let lengths: Vec<u32> = strings
        .iter()
        .map(|s| s.encode_utf16().count() as u32)
        .collect();
    let cut = walk::cut_strings(&joined, &lengths)
        .ok_or_else(|| "a walk's own strings do not cut back".to_string())?;
    if cut != strings {
        return Err("a walk's strings cut back differently".into());
    }
    let (seg, nodes) =
        walk::read(&ops, &cut, &enricher).map_err(|e| format!("a well-formed walk: {e}"))?;
    check_plan(&enricher, seg, &nodes)
}

fn check_plan(
    enricher: &crate::Enricher,
    seg: crate::html::segment::Segmented,
    nodes: &[crate::html::walk::TextNode],
) -> Result<(), String> {
    let mut at = 0;
    for n in nodes {
        if n.start != at {
            return Err(format!(
                "text node {} starts at {}, not {at}",
                n.index, n.start
            ));
        }
        at += n.text.len();
    }
    let Ok(plan) = enricher.plan(seg, &mut crate::render::marks::Ids::default()) else {
        return Ok(()); // a limit: the page is left as it is
    };
    for p in &plan.pieces {
        let inside = nodes
            .iter()
            .any(|n| n.start <= p.start && p.start < p.end && p.end <= n.start + n.text.len());
        if !inside {
            return Err(format!(
                "piece {}..{} lies in no one text node",
                p.start, p.end
            ));
        }
    }
    Ok(())
}

/// A walk as the DOM path's JavaScript writes one, its shape read from `data`.
fn well_formed_walk(data: &[u8]) -> (Vec<u32>, Vec<String>) {
    use crate::html::walk::op;
    const TAGS: [&str; 16] = [
        "p", "div", "span", "b", "a", "li", "table", "tr", "td", "script", "style", "textarea",
        "select", "template", "svg", "h1",
    ];
    const ATTRS: [(&str, &str); 8] = [
        ("data-ae", "off"),
        ("translate", "no"),
        ("hidden", ""),
        ("contenteditable", "true"),
        ("data-ae-id", "m1"),
        ("class", "ae ae-person"),
        ("data-ae-kind", "person"),
        ("href", "/x"),
    ];
    const WORDS: [&str; 8] = [
        "Anna Berg",
        " said ",
        "\u{201C}We will stay,\u{201D} ",
        "Oslo",
        " on Monday. ",
        "Mr Berg",
        "\u{D7FF}\u{1F600}",
        " 12 per cent",
    ];
    let mut ops = Vec::new();
    let mut strings: Vec<String> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let s = |strings: &mut Vec<String>, t: String| {
        strings.push(t);
        strings.len() as u32 - 1
    };
    let mut bytes = data.iter().copied();
    while let Some(b) = bytes.next() {
        match b % 6 {
            0 => {
                let k = s(
                    &mut strings,
                    WORDS[usize::from(b / 6) % WORDS.len()].to_string(),
                );
                ops.extend([op::TEXT, k]);
            }
            1 => {
                let n = usize::from(bytes.next().unwrap_or(0) % 12);
                let raw: Vec<u8> = bytes.by_ref().take(n).collect();
                let k = s(&mut strings, String::from_utf8_lossy(&raw).into_owned());
                ops.extend([op::TEXT, k]);
            }
            2 | 3 if open.len() < 64 => {
                let tag = TAGS[usize::from(b / 6) % TAGS.len()];
                let flags = u32::from(bytes.next().unwrap_or(0) % 4);
                let a = bytes.next().unwrap_or(0);
                let attrs: Vec<(&str, &str)> = (0..8)
                    .filter(|i| a & (1 << i) != 0)
                    .map(|i| ATTRS[i])
                    .collect();
                let k = s(&mut strings, tag.to_string());
                open.push(ops.len());
                ops.extend([op::OPEN, k, flags, 0, attrs.len() as u32]);
                for (n, v) in attrs {
                    let n = s(&mut strings, n.to_string());
                    let v = s(&mut strings, v.to_string());
                    ops.extend([n, v]);
                }
            }
            4 => {
                if let Some(at) = open.pop() {
                    ops.push(op::CLOSE);
                    ops[at + 3] = ops.len() as u32;
                }
            }
            _ => ops.push(op::OTHER),
        }
    }
    while let Some(at) = open.pop() {
        ops.push(op::CLOSE);
        ops[at + 3] = ops.len() as u32;
    }
    (ops, strings)
}
