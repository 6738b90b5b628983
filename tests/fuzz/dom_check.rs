//! The DOM check shared by the fuzz targets.

use super::common;

/// Inputs up to this size get the DOM check (the canonical walk recurses, one
/// frame a level, and a deeper tree than this could allow would overflow).
const DOM_CHECK_MAX_BYTES: usize = 16 << 10;

/// The enriched output of `input` with the fast target's marks: the page
/// segmented, every word and block marked, rendered (the same as
/// `check_markup_invariants` builds), or, for the full target, `enrich`.
pub fn marked_everywhere(input: &str) -> String {
    article_enrich::dev::mark_everything(input)
}

/// Panics unless html5ever builds the same tree (our spans unwrapped) from
/// `out` as from `input`.
pub fn same_dom_as_input(input: &str, out: &str) {
    if input.len() > DOM_CHECK_MAX_BYTES || out == input {
        return;
    }
    let before = common::dom_without_our_spans(input);
    let after = common::dom_without_our_spans(out);
    if before != after {
        panic!("the DOM changed: {input:?}\n--- input's DOM\n{before}\n--- output's DOM\n{after}");
    }
}
