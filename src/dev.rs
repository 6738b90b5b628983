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
