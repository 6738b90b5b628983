//! Fuzz target: arbitrary bytes, read as UTF-8 (lossily, as the CLI's decoder
//! would refuse or the browser would replace), must keep every invariant of
//! `article_enrich::dev::check_invariants`: the same body the property tests run.
//!
//!   cargo +nightly fuzz run --fuzz-dir tests/fuzz enrich tests/fuzz/corpus tests/fuzz/seeds tests/golden/* -- -max_total_time=60
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Err(e) = article_enrich::dev::check_invariants(&input) {
        panic!("{e}: {input:?}");
    }
});
