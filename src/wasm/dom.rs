//! The in-place DOM path: `enrichElement(el)`, `enrichElementInSlices(el)`
//! and `unenrich(el)`.
//!
//! Replacing `innerHTML` throws away event listeners, reloads iframes and
//! videos and loses the selection. This path touches text nodes only. The DOM
//! work is in JavaScript (`dom.js` beside this file, a snippet wasm-bindgen
//! ships with the module): walking the element node by node from here
//! crossed the JS boundary once per node, attribute and split. (Measured
//! with `node tests/bench/dom.mjs`, that cost less than thought: a second
//! call on a corpus page took a median of 10.6 ms that way against 7.5 ms
//! for the string path's analysis of the same body, and most of a page's
//! first call is the module's one-time start-up.) Instead:
//!
//! 1. `dom.js` walks the element once and hands over a compact description
//!    in one piece: every string it read (text nodes, tag names, the few
//!    attributes the block builder reads) joined into one, their lengths in
//!    UTF-16 units, and a list of ops (`crate::html::walk`);
//! 2. this file feeds the ops to the same block builder as the string path
//!    (`crate::html::walk::read`), hands the result to the same
//!    `Enricher::plan` (limits, analysis, marks), whose pieces are already
//!    nested by `render::nest`, and returns one plan: per piece its text node,
//!    UTF-16 offsets and mark, and per mark its attributes;
//! 3. `dom.js` applies the plan: each text node is cut with `splitText`
//!    (which keeps its exact UTF-16 code units, lone surrogates included) and
//!    the pieces are moved into spans, either in one call or in slices that
//!    yield to the page between them.
//!
//! Step 2 needs no DOM: `enrichElementWith` hands the walk to a planner of
//! the caller's (`www/planner.js`: this module in a Web Worker, calling
//! `planWalk`) and applies the plan it resolves to, in slices, so that the
//! analysis of a long page never runs on the page's thread.
//!
//! `dom.js` keeps the record `unenrich` needs (per changed text node: the
//! original node, which stays in the page holding the first piece, the pieces
//! split off and what now stands where it stood) in a `WeakMap` keyed by the
//! element: nothing is kept on the element itself.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::enricher::Enricher;
use crate::html::segment::READ_ATTRS;
use crate::html::walk::{self, ReadError};
use crate::markup;
use crate::render::marks::Ids;
use crate::span::{Unit, UnitIndex};

#[wasm_bindgen(module = "/src/wasm/dom.js")]
extern "C" {
    /// A walk of one element (`dom.js`): its text nodes, and what this side reads.
    type Walk;
    #[wasm_bindgen(catch, js_name = walk)]
    fn walk_element(el: &JsValue, read: &str, ours: &str) -> Result<Walk, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn text(this: &Walk) -> String;
    #[wasm_bindgen(method, getter)]
    fn lengths(this: &Walk) -> Vec<u32>;
    #[wasm_bindgen(method, getter)]
    fn ops(this: &Walk) -> Vec<u32>;
    #[wasm_bindgen(catch)]
    fn apply(
        walk: &Walk,
        plan: &[u32],
        strings: &str,
        lengths: &[u32],
        tick: &JsValue,
    ) -> Result<u32, JsValue>;
    #[wasm_bindgen(js_name = applyInSlices)]
    fn apply_in_slices(
        walk: &Walk,
        plan: &[u32],
        strings: &str,
        lengths: &[u32],
        slice_ms: f64,
    ) -> JsValue;
    #[wasm_bindgen(js_name = applyPlanned)]
    fn apply_planned(walk: &Walk, planner: &JsValue, options: &JsValue, slice_ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = planResult)]
    fn plan_result(plan: &[u32], strings: &str, lengths: &[u32]) -> JsValue;
    #[wasm_bindgen(catch, js_name = undo)]
    fn unapply(el: &JsValue) -> Result<u32, JsValue>;
    #[wasm_bindgen(js_name = isPanic)]
    fn is_panic(e: &JsValue) -> bool;
}

thread_local! {
    /// The page's ids: numbering goes on across calls, and entities keep theirs.
    static IDS: RefCell<Ids> = RefCell::new(Ids::default());
}

/// A plan for `dom.js`: `[marks, (n, (name, value)×n)×marks, (node, start,
/// end, mark)×pieces]` with offsets in UTF-16 units of the node's text, the
/// pieces of one node together and in start-tag order; and the strings the
/// pairs index, joined, with their lengths in UTF-16 units.
struct DomPlan {
    plan: Vec<u32>,
    strings: String,
    lengths: Vec<u32>,
}

fn plan_walk(walk: &Walk, enricher: &Enricher, ids: &mut Ids) -> Result<DomPlan, ReadError> {
    plan_parts(&walk.text(), &walk.lengths(), &walk.ops(), enricher, ids)
}

fn plan_parts(
    text: &str,
    lengths: &[u32],
    ops: &[u32],
    enricher: &Enricher,
    ids: &mut Ids,
) -> Result<DomPlan, ReadError> {
    let strings = walk::cut_strings(text, lengths).ok_or(ReadError::Malformed)?;
    let (seg, nodes) = walk::read(ops, &strings, enricher)?;
    let plan = enricher.plan(seg, ids)?;

    let mut out = DomPlan {
        plan: Vec::with_capacity(1 + plan.marks.len() * 16 + plan.pieces.len() * 4),
        strings: String::new(),
        lengths: Vec::new(),
    };
    fn push_string(out: &mut DomPlan, s: &str) -> u32 {
        out.strings.push_str(s);
        out.lengths.push(s.encode_utf16().count() as u32);
        out.lengths.len() as u32 - 1
    }
    // Attribute names once each.
    let mut names: Vec<&'static str> = Vec::new();
    out.plan.push(plan.marks.len() as u32);
    let mut name_at: Vec<u32> = Vec::new();
    for mark in &plan.marks {
        let attrs = mark.attrs();
        out.plan.push(attrs.len() as u32);
        for (name, value) in attrs {
            let n = match names.iter().position(|&m| m == name) {
                Some(k) => name_at[k],
                None => {
                    names.push(name);
                    let k = push_string(&mut out, name);
                    name_at.push(k);
                    k
                }
            };
            let v = push_string(&mut out, &value);
            out.plan.extend([n, v]);
        }
    }
    // Pieces per text node, in bytes of the node's text (a piece lies in one
    // run, and each text node is its own run), then in UTF-16 units.
    let mut k = 0;
    let mut units: Option<(usize, UnitIndex)> = None;
    for p in &plan.pieces {
        // Pieces come in document order: the node is mostly the last one's.
        if !nodes
            .get(k)
            .is_some_and(|n| n.start <= p.start && p.start < n.start + n.text.len())
        {
            k = nodes.partition_point(|n| n.start + n.text.len() <= p.start);
        }
        let Some(n) = nodes.get(k) else { continue };
        if p.start < n.start || p.end > n.start + n.text.len() {
            continue;
        }
        if units.as_ref().is_none_or(|(at, _)| *at != k) {
            units = Some((k, UnitIndex::new(n.text, Unit::Utf16)));
        }
        let Some((_, index)) = &units else { continue };
        out.plan.extend([
            n.index,
            index.at(p.start - n.start) as u32,
            index.at(p.end - n.start) as u32,
            p.mark as u32,
        ]);
    }
    Ok(out)
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// `dom.js` walks `el`, reading what the block builder reads.
fn walk_of(el: &JsValue) -> Result<Walk, JsError> {
    walk_element(el, &READ_ATTRS.join(" "), markup::ID_ATTR).map_err(js_err)
}

fn prepare(el: &JsValue, enricher: &Enricher) -> Result<(Walk, DomPlan), JsError> {
    IDS.with(|ids| prepare_with(el, enricher, &mut ids.borrow_mut()))
}

fn prepare_with(
    el: &JsValue,
    enricher: &Enricher,
    ids: &mut Ids,
) -> Result<(Walk, DomPlan), JsError> {
    let walk = walk_of(el)?;
    let plan = plan_walk(&walk, enricher, ids).map_err(|e| JsError::new(&e.to_string()))?;
    Ok((walk, plan))
}

/// The in-place path once, as a warm-up, on an element of the caller's own:
/// `el` is enriched and at once restored, with ids and entities of its own,
/// so that later calls know nothing of it (the page's "Reed" is not the
/// warm-up's "Tom Reed", and the page's ids still start at the first).
/// Returns the number of spans it inserted and took out.
pub fn warm_up_element(el: &JsValue) -> Result<u32, JsError> {
    let (walk, p) = prepare_with(el, &Enricher::default(), &mut Ids::default())?;
    let n = apply(&walk, &p.plan, &p.strings, &p.lengths, &JsValue::UNDEFINED).map_err(js_err)?;
    unapply(el).map_err(js_err)?;
    Ok(n)
}

/// Enrich `el` in place, in this call; returns the number of spans inserted.
pub fn enrich_element(el: &JsValue, enricher: &Enricher) -> Result<u32, JsError> {
    let (walk, p) = prepare(el, enricher)?;
    #[cfg(feature = "fault-injection")]
    let tick = Closure::<dyn FnMut()>::new(super::fault::tick);
    #[cfg(feature = "fault-injection")]
    let tick: &JsValue = tick.as_ref();
    #[cfg(not(feature = "fault-injection"))]
    let tick = &JsValue::UNDEFINED;
    match apply(&walk, &p.plan, &p.strings, &p.lengths, tick) {
        Ok(n) => Ok(n),
        // A panic inside `tick` (fault-injection builds): it goes on to the
        // caller as the WebAssembly.RuntimeError it is, so that the guard
        // knows this module is not to be used again.
        Err(e) if is_panic(&e) => {
            drop((walk, p));
            wasm_bindgen::throw_val(e)
        }
        Err(e) => Err(js_err(e)),
    }
}

/// Walk `el` and plan in this call, then apply the plan in slices of about
/// `slice_ms` each; returns a `Promise` of the number of spans inserted.
pub fn enrich_element_in_slices(
    el: &JsValue,
    enricher: &Enricher,
    slice_ms: f64,
) -> Result<JsValue, JsError> {
    let (walk, p) = prepare(el, enricher)?;
    Ok(apply_in_slices(
        &walk, &p.plan, &p.strings, &p.lengths, slice_ms,
    ))
}

/// Walk `el` in this call, hand the walk to `planner` (a function of the
/// walk's text, lengths and ops and the options, resolving to what
/// [`plan_of_walk`] returns: in `www/planner.js`, the same module in a Web
/// Worker), then apply its plan in slices; returns a `Promise` of the number
/// of spans inserted. The options are checked here first.
pub fn enrich_element_with(
    el: &JsValue,
    options: &JsValue,
    planner: &JsValue,
    slice_ms: f64,
) -> Result<JsValue, JsError> {
    Ok(apply_planned(&walk_of(el)?, planner, options, slice_ms))
}

/// The plan of a walk made elsewhere (`enrich_element_with`'s planner, in
/// a worker): `{ plan, strings, lengths }`, the ids numbered on from this
/// instance's earlier plans. No DOM is needed.
pub fn plan_of_walk(
    text: &str,
    lengths: &[u32],
    ops: &[u32],
    enricher: &Enricher,
) -> Result<JsValue, JsError> {
    let p = IDS
        .with(|ids| plan_parts(text, lengths, ops, enricher, &mut ids.borrow_mut()))
        .map_err(|e| JsError::new(&e.to_string()))?;
    Ok(plan_result(&p.plan, &p.strings, &p.lengths))
}

/// Undo every enrichment of `el`; returns the number of text nodes restored.
pub fn unenrich(el: &JsValue) -> Result<u32, JsError> {
    unapply(el).map_err(js_err)
}
