//! Fuzz target: arbitrary bytes, read as UTF-8 (lossily, as the CLI's decoder
//! would refuse or the browser would replace), must keep every invariant of
//! `article_enrich::dev::check_invariants` (the same body the property tests
//! run), and the tree html5ever builds from the output, with our spans
//! unwrapped, must be the input's.
//!
//!   cargo +nightly fuzz run --fuzz-dir tests/fuzz enrich tests/fuzz/corpus tests/fuzz/seeds tests/golden/* -- -dict=tests/fuzz/html.dict
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../common/mod.rs"]
mod common;
#[path = "../dom_check.rs"]
mod dom_check;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Err(e) = article_enrich::dev::check_invariants(&input) {
        panic!("{e}: {input:?}");
    }
    if article_enrich::strip(&input).is_none() {
        dom_check::same_dom_as_input(&input, &article_enrich::enrich(&input));
    }
});
