//! wasm-bindgen-test cases, run in Node (`wasm-pack test --node -- --features wasm`)
//! and in headless Chromium (`wasm-pack test --headless --chrome -- --features wasm`).
//! Offsets are checked on the JavaScript side with `String.prototype.slice`.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use article_enrich::wasm::{analyze_js, enrich_js, strip_js, try_enrich_js, version_js};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = r#"
export function mentionsSliceRight(text, analysis) {
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      if (text.slice(m.start, m.end) !== m.text) return `${e.name}: ${JSON.stringify(text.slice(m.start, m.end))} != ${JSON.stringify(m.text)}`;
    }
  }
  for (const q of analysis.quotes) {
    if (text.slice(q.start, q.end) !== q.text) return `quote: ${JSON.stringify(text.slice(q.start, q.end))}`;
  }
  return "";
}
export function names(analysis) { return analysis.entities.map(e => e.name).join("|"); }
export function speakerOfFirstQuote(analysis) {
  const q = analysis.quotes[0];
  if (!q || q.speaker === null) return "";
  return analysis.entities.find(e => e.id === q.speaker).name;
}
export function optionsWithKinds(kinds) { return { kinds }; }
export function optionsWithLimit(n) { return { maxInputBytes: n }; }
export function loneSurrogateText() { return "\uD800 Anna Berg met Peter Holm."; }
"#)]
extern "C" {
    #[wasm_bindgen(js_name = mentionsSliceRight)]
    fn mentions_slice_right(text: &str, analysis: &JsValue) -> String;
    fn names(analysis: &JsValue) -> String;
    #[wasm_bindgen(js_name = speakerOfFirstQuote)]
    fn speaker_of_first_quote(analysis: &JsValue) -> String;
    #[wasm_bindgen(js_name = optionsWithKinds)]
    fn options_with_kinds(kinds: &str) -> JsValue;
    #[wasm_bindgen(js_name = optionsWithLimit)]
    fn options_with_limit(n: f64) -> JsValue;
    #[wasm_bindgen(js_name = loneSurrogateText)]
    fn lone_surrogate_text() -> JsValue;
}

#[wasm_bindgen_test]
fn offsets_are_utf16_units_after_emoji() {
    let text = "😀 Rosa Lima 🇧🇷 met Anna Berg.\n“We agreed,” Ms Berg said. 👍🏽";
    let a = analyze_js(text).unwrap();
    assert_eq!(mentions_slice_right(text, &a), "");
    assert!(names(&a).contains("Anna Berg"));
    assert_eq!(speaker_of_first_quote(&a), "Anna Berg");
}

#[wasm_bindgen_test]
fn lone_surrogates_become_replacement_characters_without_shifting() {
    let s = lone_surrogate_text().as_string().unwrap();
    assert!(s.starts_with('\u{FFFD}'));
    let a = analyze_js(&s).unwrap();
    assert_eq!(mentions_slice_right(&s, &a), "");
}

#[wasm_bindgen_test]
fn enrich_marks_and_round_trips() {
    let html = "<p>“Prices will rise,” said <a href=/omar>Omar Farouk</a>, the Egyptian trade minister.</p>";
    let out = enrich_js(html, JsValue::UNDEFINED).unwrap();
    assert!(out.contains("ae-quote") && out.contains("ae-person"));
    assert!(
        out.contains("<a href=/omar><span class=\"ae ae-person\""),
        "span inside the link: {out}"
    );
    assert_eq!(strip_js(&out), html);
    assert_eq!(enrich_js(&out, JsValue::UNDEFINED).unwrap(), out);
}

#[wasm_bindgen_test]
fn options_choose_kinds_and_reject_nonsense() {
    let html = "<p>Anna Berg flew to Oslo.</p>";
    let out = enrich_js(html, options_with_kinds("place")).unwrap();
    assert!(out.contains("ae-place") && !out.contains("ae-person"));
    assert!(enrich_js(html, options_with_kinds("planets")).is_err());
}

#[wasm_bindgen_test]
fn limits_leave_input_unchanged_or_throw() {
    let html = "<p>Anna Berg flew to Oslo.</p>";
    assert_eq!(enrich_js(html, options_with_limit(5.0)).unwrap(), html);
    assert!(try_enrich_js(html, options_with_limit(5.0)).is_err());
    assert!(!version_js().is_empty());
}
