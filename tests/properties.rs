//! Invariants over generated HTML: enrichment only ever adds our spans.
//! - removing our spans gives back the input byte for byte;
//! - enriching twice equals enriching once;
//! - every inserted span closes before any tag of the page (so the output nests).
//!
//! Inputs mix tags, raw-text elements, references, quotes, names, emoji,
//! combining marks and right-to-left text. `PROPTEST_CASES` raises the count.
// Native only: these read files or use proptest, neither of which runs in wasm32.
#![cfg(not(target_arch = "wasm32"))]

use article_enrich::dev::{check_invariants, check_walk, nests_cleanly};
use article_enrich::{enrich, strip};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<a href=\"/x\">",
    "</a>",
    "<div>",
    "</div>",
    "<br>",
    "<span class=x>",
    "</span>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<textarea>",
    "</textarea>",
    "<code>",
    "</code>",
    "<!-- ",
    " -->",
    "<svg>",
    "</svg>",
    "<title>",
    "</title>",
    "Anna Berg",
    "Mr Berg",
    "Peter Holm",
    " said",
    " told",
    "Oslo",
    "the UN",
    "Norwegian",
    "\u{201C}",
    "\u{201D}",
    "\u{2018}",
    "\u{2019}",
    "\"",
    "'",
    "&amp;",
    "&nbsp;",
    "&#8220;",
    "&#x201D;",
    "&bogus",
    "<",
    ">",
    "&",
    " ",
    "\n",
    ".",
    ",",
    ":",
    "😀",
    "e\u{301}",
    "שלום",
    "مرحبا",
    "on Monday",
    "3,000",
    "at least 12%",
    "<p data-ae=off>",
    "<b>Kim</b> Jong-un",
    "ANNA BERG",
    "“We go,”",
];

fn html() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn stripping_our_spans_gives_back_the_input(input in html()) {
        let out = enrich(&input);
        prop_assert_eq!(strip(&out).unwrap_or_else(|| out.clone()), input);
    }

    #[test]
    fn enriching_twice_equals_enriching_once(input in html()) {
        let once = enrich(&input);
        prop_assert_eq!(enrich(&once), once);
    }

    #[test]
    fn output_nests(input in html()) {
        let out = enrich(&input);
        prop_assert!(nests_cleanly(&out).is_ok(), "{:?}\n{}", nests_cleanly(&out), out);
    }

    #[test]
    fn arbitrary_text_keeps_every_invariant(input in any::<String>()) {
        prop_assert_eq!(check_invariants(&input), Ok(()));
    }

    #[test]
    fn generated_html_keeps_every_invariant(input in html()) {
        prop_assert_eq!(check_invariants(&input), Ok(()));
    }

    #[test]
    fn any_walk_of_an_element_is_read_or_refused_never_a_panic(
        data in proptest::collection::vec(any::<u8>(), 0..400)
    ) {
        prop_assert_eq!(check_walk(&data), Ok(()));
    }
}
