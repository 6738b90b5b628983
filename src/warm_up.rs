//! The start-up work in pieces: unpacking the name tagger's model, building
//! the word tables, and a first run of each stage (which, in WebAssembly,
//! is when its functions are compiled). Everything here is done anyway by the
//! first enrichment that needs it; a host that must not block for long (a
//! page's main thread) calls [`warm_up`] between its tasks instead.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Rows of the tagger's model unpacked a step: 131,072 rows in eight steps,
/// each under a millisecond in V8.
const MODEL_ROWS_A_STEP: usize = 1 << 14;

/// A short made-up article for the last steps: a quote with its speaker
/// and role, a place, a date and a figure, so that every stage runs once.
const SAMPLE: &str = "<p>\u{201c}We will meet again,\u{201d} Maria Lopez, the Spanish \
    envoy, said in Paris on Monday.</p><p>She added that 12 countries had signed.</p>";
/// Its text, as the HTML stage gives it.
const SAMPLE_TEXT: [&str; 2] = [
    "\u{201c}We will meet again,\u{201d} Maria Lopez, the Spanish envoy, said in Paris on Monday.",
    "She added that 12 countries had signed.",
];

/// The next step to take.
static NEXT: AtomicUsize = AtomicUsize::new(0);
const STEPS: usize = 11;

/// Do the next piece of the start-up work; true once none is left. A piece
/// is one word table, a slice of the tagger's model, or a first run of one
/// stage on a two-paragraph article: a millisecond or two in V8, up to about
/// 20 ms for the step that first runs the whole analysis (and so compiles
/// it). A page calls it from one task to the next until it says true, and
/// never blocks for long. Calling it is never needed: what was not done
/// ahead is done by the first enrichment that needs it.
pub fn warm_up() -> bool {
    let step = NEXT.load(Ordering::Acquire);
    let done = match step {
        0..=3 => {
            crate::text::warm_up_tables(step);
            true
        }
        4 => {
            crate::html::warm_up();
            true
        }
        5 => crate::text::warm_up_model(MODEL_ROWS_A_STEP),
        // A first run of each stage on its own, then of all of them: in
        // WebAssembly a function is compiled when it is first called, and
        // compiling the whole pipeline at once would block for tens of
        // milliseconds.
        6 => {
            crate::html::segment(SAMPLE);
            true
        }
        7 => {
            crate::text::warm_up_stages(&SAMPLE_TEXT, false);
            true
        }
        8 => {
            crate::text::warm_up_stages(&SAMPLE_TEXT, true);
            true
        }
        9 => {
            crate::analyze(&SAMPLE_TEXT.join("\n\n"));
            true
        }
        10 => {
            crate::enrich(SAMPLE);
            true
        }
        _ => return true,
    };
    if done {
        NEXT.fetch_max(step + 1, Ordering::AcqRel);
    }
    NEXT.load(Ordering::Acquire) >= STEPS
}

#[cfg(test)]
mod tests {
    #[test]
    fn warm_up_ends_and_leaves_enrichment_as_it_was() {
        let html =
            "<p>\u{201c}No,\u{201d} Anna Berg, the Danish foreign minister, said in Oslo.</p>";
        let before = crate::enrich(html);
        let mut calls = 0;
        while !super::warm_up() {
            calls += 1;
            assert!(calls < 100, "warm_up never says it is done");
        }
        assert!(super::warm_up(), "warm_up stays done");
        assert_eq!(crate::enrich(html), before);
    }
}
