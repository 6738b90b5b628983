//! Fast fuzz target: the HTML and render stages without the analysis
//! (`article_enrich::dev::check_markup_invariants`: every word marked, every
//! block a quote), plus the DOM check: the tree a conforming parser
//! (html5ever) builds from the output, with our spans unwrapped, is the
//! input's. Thousands of executions a second where the whole pipeline runs
//! tens.
//!
//!   cargo +nightly fuzz run --fuzz-dir tests/fuzz markup tests/fuzz/corpus-markup tests/fuzz/seeds -- -dict=tests/fuzz/html.dict
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../common/mod.rs"]
mod common;
#[path = "../dom_check.rs"]
mod dom_check;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Err(e) = article_enrich::dev::check_markup_invariants(&input) {
        panic!("{e}: {input:?}");
    }
    dom_check::same_dom_as_input(&input, &dom_check::marked_everywhere(&input));
});
