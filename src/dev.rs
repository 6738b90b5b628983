//! Checks shared by the property tests and the fuzz target (feature `dev`;
//! not a stable API).
//!
//! [`check_invariants`] is the one body both run, so a fuzzer find and a
//! property failure mean the same thing.

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
    nests_cleanly(&out)?;
    let spans = Lexer::new(&out)
        .filter(|t| matches!(t, Token::StartTag(tag) if is_our_start_tag(tag, &out)))
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
    let _ = crate::analyze(input);
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
