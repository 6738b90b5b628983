//! Fuzz target for the DOM path's reading of a walk of a live element
//! (`article_enrich::dev::check_walk`): well-formed walks as the JavaScript
//! writes them, and raw ops, never panic, and what is read and planned adds
//! up. The walk crosses from JavaScript, so nothing in it is trusted.
//!
//!   cargo +nightly fuzz run --sanitizer none --fuzz-dir tests/fuzz walk tests/fuzz/corpus-walk
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = article_enrich::dev::check_walk(data) {
        panic!("{e}: {data:?}");
    }
});
