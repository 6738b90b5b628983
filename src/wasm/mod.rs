//! The WebAssembly front (feature `wasm`): the only module that names
//! wasm-bindgen. It converts types and calls the crate; `dom` holds the
//! in-place path's conversions, and its JavaScript half (`dom.js`) the DOM
//! calls.
//!
//! NOTE: offsets given to JavaScript are UTF-16 code units (what
//! `String.prototype.slice` counts), not the code points of the CLI's JSON.
//! Strings with lone surrogates arrive here with U+FFFD in their place (one
//! unit for one unit), so offsets still line up with the caller's string.

mod dom;

/// Fault injection for the browser tests (feature `fault-injection`).
#[cfg(feature = "fault-injection")]
pub(crate) mod fault {
    use std::cell::Cell;

    thread_local! {
        static LEFT: Cell<u32> = const { Cell::new(u32::MAX) };
    }

    /// Panic when the span about to be inserted is the `n + 1`-th from now.
    pub fn set(n: u32) {
        LEFT.with(|l| l.set(n));
    }

    /// Called before each span is inserted.
    pub fn tick() {
        LEFT.with(|l| match l.get() {
            0 => panic!("fault injection: a panic inside enrichElement"),
            u32::MAX => {}
            n => l.set(n - 1),
        });
    }
}

/// Test builds only (feature `fault-injection`): make the `n + 1`-th span
/// that `enrichElement` inserts from now on panic.
#[cfg(feature = "fault-injection")]
#[wasm_bindgen(js_name = faultInjectPanicAfter)]
pub fn fault_inject_panic_after(n: u32) {
    fault::set(n);
}

use wasm_bindgen::prelude::*;

use crate::enricher::Enricher;
use crate::options::{KindSet, Options};
use crate::report::Report;
use crate::span::Unit;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of `enrich` and `tryEnrich`. Every field is optional. */
export interface EnrichOptions {
  /** Kinds to mark: "person", "organization", "place", "group", "date", "number",
   *  "other", "quote", as an array or a comma-separated string.
   *  Default: every kind but "other", plus quotes. */
  kinds?: string | string[];
  /** Largest input in bytes of UTF-8; larger input is returned unchanged
   *  (`enrich`) or rejected (`tryEnrich`). Default: 33554432 (32 MiB). */
  maxInputBytes?: number;
  /** Deepest element nesting enriched (elements with optional end tags not
   *  counted); deeper input is left unchanged. Default: 100000. */
  maxDepth?: number;
}
/** A mention; offsets are UTF-16 code units into the analysed text. */
export interface Mention { start: number; end: number; text: string }
export interface Entity {
  id: string;
  kind: "person" | "organization" | "place" | "group" | "date" | "number" | "other";
  name: string;
  description: string | null;
  mentions: Mention[];
}
export interface Quote {
  start: number; end: number; text: string;
  /** Entity id of the speaker, or null when the article names nobody. */
  speaker: string | null;
  kind: "full" | "partial";
  block: number;
  continued: boolean;
  speakerDescription: string | null;
}
export interface Speaker { entity: string; quotes: number[] }
export interface Analysis {
  /** The analysed text (analyzeHtml only): the page's text blocks joined by blank lines. */
  text?: string;
  entities: Entity[]; quotes: Quote[]; speakers: Speaker[];
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `Reflect.get(target, key)`: throws on a target that is no object.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
}

/// The options object's field `name`, `None` when absent (undefined or null).
fn field(value: &JsValue, name: &str) -> Result<Option<JsValue>, JsError> {
    let v = reflect_get(value, &JsValue::from_str(name))
        .map_err(|_| JsError::new("invalid options: expected an object"))?;
    Ok((!v.is_undefined() && !v.is_null()).then_some(v))
}

/// A limit: a non-negative number.
fn limit(value: &JsValue, name: &str) -> Result<Option<usize>, JsError> {
    let Some(v) = field(value, name)? else {
        return Ok(None);
    };
    match v.as_f64() {
        Some(n) if n.is_finite() && n >= 0.0 => Ok(Some(n as usize)),
        _ => Err(JsError::new(&format!(
            "invalid options: {name} must be a non-negative number"
        ))),
    }
}

/// The options as JavaScript gives them; read field by field (not by serde,
/// whose errors would bring float formatting into the module: 14.6 KB of
/// the gzipped module).
fn options_from(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() {
        return Err(JsError::new("invalid options: expected an object"));
    }
    let mut options = Options::default();
    if let Some(k) = field(&value, "kinds")? {
        let bad = || JsError::new("invalid options: kinds must be a string or an array of strings");
        let list = if let Some(s) = k.as_string() {
            s
        } else if is_array(&k) {
            let n = field(&k, "length")?.and_then(|n| n.as_f64()).unwrap_or(0.0) as u32;
            let mut all = Vec::with_capacity(n as usize);
            for i in 0..n {
                let item = reflect_get(&k, &JsValue::from(i)).map_err(|_| bad())?;
                all.push(item.as_string().ok_or_else(bad)?);
            }
            all.join(",")
        } else {
            return Err(bad());
        };
        options =
            options.with_kinds(KindSet::parse(&list).map_err(|e| JsError::new(&e.to_string()))?);
    }
    if let Some(n) = limit(&value, "maxInputBytes")? {
        options = options.with_max_input_bytes(n);
    }
    if let Some(n) = limit(&value, "maxDepth")? {
        options = options.with_max_depth(n);
    }
    Ok(options)
}

/// Enrich article HTML. Input over the limits comes back unchanged; invalid
/// options throw.
#[wasm_bindgen(js_name = enrich)]
pub fn enrich_js(
    html: &str,
    #[wasm_bindgen(unchecked_param_type = "EnrichOptions")] options: JsValue,
) -> Result<String, JsError> {
    Ok(Enricher::new(options_from(options)?).enrich(html))
}

/// Enrich article HTML, throwing an `Error` that says why when it cannot.
#[wasm_bindgen(js_name = tryEnrich)]
pub fn try_enrich_js(
    html: &str,
    #[wasm_bindgen(unchecked_param_type = "EnrichOptions")] options: JsValue,
) -> Result<String, JsError> {
    Enricher::new(options_from(options)?)
        .try_enrich(html)
        .map_err(|e| JsError::new(&e.to_string()))
}

fn to_js(report: &Report) -> Result<JsValue, JsError> {
    use serde::Serialize;
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    report
        .serialize(&ser)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Analyse plain text: entities, quotes and speakers, offsets in UTF-16 units.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Analysis")]
pub fn analyze_js(text: &str) -> Result<JsValue, JsError> {
    to_js(&Report::new(&crate::analyze(text), Unit::Utf16))
}

/// Analyse HTML: offsets index its blocks' text joined by blank lines.
#[wasm_bindgen(js_name = analyzeHtml, unchecked_return_type = "Analysis")]
pub fn analyze_html_js(html: &str) -> Result<JsValue, JsError> {
    to_js(&Report::with_text(&crate::analyze_html(html), Unit::Utf16))
}

/// Remove every span a previous `enrich` inserted.
#[wasm_bindgen(js_name = unenrichHtml)]
pub fn strip_js(html: &str) -> String {
    crate::strip(html).unwrap_or_else(|| html.to_string())
}

/// Do the next piece of the module's start-up work (a millisecond or two,
/// up to about 20 ms for the piece that first runs the whole analysis); true
/// once none is left. Optional: what is not done ahead is done
/// by the first call that needs it. `www/loader.js` calls it from one task to
/// the next after loading.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up_js() -> bool {
    crate::warm_up()
}

/// The in-place path once on an element of the caller's own, as a warm-up:
/// it is enriched and at once restored, and later calls know nothing of it
/// (no ids taken, no entities remembered). Returns the number of spans it
/// inserted and took out. `www/loader.js` calls it on a detached paragraph
/// after `warmUp`.
#[wasm_bindgen(js_name = warmUpElement)]
pub fn warm_up_element_js(
    #[wasm_bindgen(unchecked_param_type = "Element")] el: &JsValue,
) -> Result<u32, JsError> {
    dom::warm_up_element(el)
}

/// The crate version.
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    crate::version().to_string()
}

/// Enrich an element in place: text nodes are split and wrapped, nothing else
/// is touched, so listeners, iframes, media and selection survive. Returns the
/// number of spans inserted. Throws (leaving the element as it was) on invalid
/// options or an element over the size limits. All the work is done in this
/// one call (one task): `enrichElementInSlices` yields to the page instead.
#[wasm_bindgen(js_name = enrichElement)]
pub fn enrich_element_js(
    #[wasm_bindgen(unchecked_param_type = "Element")] el: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrichOptions")] options: JsValue,
) -> Result<u32, JsError> {
    dom::enrich_element(el, &Enricher::new(options_from(options)?))
}

/// `enrichElement` for live pages: the element is read and analysed in this
/// call, which throws as `enrichElement` does; the spans are then inserted in
/// slices of about `slice_ms` milliseconds (default 10), yielding to the page
/// between them, so no task runs long. A text node the page changes or moves
/// meanwhile is left as the page made it. Resolves to the number of spans
/// inserted; if a slice fails, this call's spans are taken out again and the
/// promise rejects.
#[wasm_bindgen(js_name = enrichElementInSlices, unchecked_return_type = "Promise<number>")]
pub fn enrich_element_in_slices_js(
    #[wasm_bindgen(unchecked_param_type = "Element")] el: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrichOptions")] options: JsValue,
    slice_ms: Option<f64>,
) -> Result<JsValue, JsError> {
    let slice_ms = slice_ms
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .unwrap_or(SLICE_MS);
    dom::enrich_element_in_slices(el, &Enricher::new(options_from(options)?), slice_ms)
}

/// `enrichElementInSlices` with the analysis elsewhere: the element is read
/// in this call (which throws on invalid options), `planner(text, lengths,
/// ops, options)` is asked for the plan (in `www/planner.js`, this module in
/// a Web Worker, calling `planWalk`), and the spans are inserted in slices
/// as `enrichElementInSlices` inserts them. Resolves to the number of spans
/// inserted; rejects, leaving the element as it was, when the planner does.
#[wasm_bindgen(js_name = enrichElementWith, unchecked_return_type = "Promise<number>")]
pub fn enrich_element_with_js(
    #[wasm_bindgen(unchecked_param_type = "Element")] el: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "EnrichOptions")] options: JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "(text: string, lengths: Uint32Array, ops: Uint32Array, options?: EnrichOptions) => Promise<{ plan: Uint32Array, strings: string, lengths: Uint32Array }>"
    )]
    planner: JsValue,
    slice_ms: Option<f64>,
) -> Result<JsValue, JsError> {
    options_from(options.clone())?;
    let slice_ms = slice_ms
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .unwrap_or(SLICE_MS);
    dom::enrich_element_with(el, &options, &planner, slice_ms)
}

/// The plan for a walk of an element made on another thread
/// (`enrichElementWith`'s planner): `{ plan, strings, lengths }`. Needs no
/// DOM, so it runs in a Web Worker; entity ids number on across the calls
/// of this instance, as `enrichElement`'s do across a page's calls.
#[wasm_bindgen(js_name = planWalk, unchecked_return_type = "{ plan: Uint32Array, strings: string, lengths: Uint32Array }")]
pub fn plan_walk_js(
    text: &str,
    lengths: &[u32],
    ops: &[u32],
    #[wasm_bindgen(unchecked_param_type = "EnrichOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    dom::plan_of_walk(text, lengths, ops, &Enricher::new(options_from(options)?))
}

/// How long a slice of `enrichElementInSlices` runs before it yields: well
/// under the 50 ms of a long task, with room for the page's own work.
const SLICE_MS: f64 = 10.0;

/// Undo `enrichElement` on this element: the original text nodes come back,
/// node for node. Returns the number of text nodes restored.
#[wasm_bindgen(js_name = unenrich)]
pub fn unenrich_js(
    #[wasm_bindgen(unchecked_param_type = "Element")] el: &JsValue,
) -> Result<u32, JsError> {
    dom::unenrich(el)
}
