//! The in-place DOM path: `enrichElement(el)` and `unenrich(el)`.
//!
//! Replacing `innerHTML` throws away event listeners, reloads iframes and
//! videos and loses the selection. This path touches text nodes only: it walks
//! the element and feeds the same block builder as the string path
//! (`crate::html::BlockBuilder`), hands the result to the same
//! `Enricher::plan` (limits, analysis, marks) and nests the pieces with the
//! same `render::nest`; what is left here are the web-sys calls. Each text
//! node is cut with `splitText` (which keeps its exact UTF-16 code units, lone
//! surrogates included) and the pieces are moved into spans.
//!
//! Each call keeps a record per changed text node: the original node (which
//! stays in the page, holding the first piece), the pieces split off, and the
//! spans. `unenrich` joins the pieces back into the original node, as
//! JavaScript strings so nothing passes through UTF-8, and removes the rest:
//! the DOM is then the one before enrichment, node for node.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

use crate::enricher::Enricher;
use crate::error::Error;
use crate::html::segment::{Content, Text as TextKind};
use crate::html::{BlockBuilder, Segmented};
use crate::markup;
use crate::render::marks::Ids;
use crate::render::{Mark, Piece};
use crate::span::{Unit, UnitIndex};

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";
/// Expando property holding an element's record key (a property, not an
/// attribute, so the DOM itself is unchanged).
const KEY_PROPERTY: &str = "__articleEnrichKey";

/// What one text node became.
struct Record {
    parent: Node,
    original: Text,
    /// Pieces split off the original, in text order.
    pieces: Vec<Text>,
    /// The children of `parent` that now stand where the original stood.
    tops: Vec<Node>,
}

thread_local! {
    /// The page's ids: numbering goes on across calls, and entities keep theirs.
    static IDS: RefCell<Ids> = RefCell::new(Ids::default());
    static RECORDS: RefCell<HashMap<u32, Vec<Record>>> = RefCell::new(HashMap::new());
    static NEXT_KEY: Cell<u32> = const { Cell::new(1) };
}

struct TextNode {
    node: Text,
    text: String,
    /// Start of this node's text in the walk's virtual source (all text nodes
    /// one after another).
    start: usize,
}

/// Is `el` a span this crate wrote (see [`markup::is_ours`])?
fn is_ours(el: &Element) -> bool {
    if el.local_name() != "span" || !el.has_attribute(markup::ID_ATTR) {
        return false;
    }
    let attrs: Vec<(String, String)> = el
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
        .map(|n| {
            let v = el.get_attribute(&n).unwrap_or_default();
            (n, v)
        })
        .collect();
    markup::is_ours(attrs.iter().map(|(n, v)| (n.as_str(), v.as_str())))
}

/// Feed the text under `root` to the block builder in document order, with an
/// explicit stack (no recursion, so no depth overflows the WebAssembly
/// stack). Content the builder skips is not walked.
fn walk(root: &Node, enricher: &Enricher) -> Result<(Segmented, Vec<TextNode>), Error> {
    let mut builder = BlockBuilder::default();
    let mut nodes: Vec<TextNode> = Vec::new();
    let mut len = 0;
    // (next child to visit, the element's name when it is not the root)
    let mut stack: Vec<(Option<Node>, Option<String>)> = vec![(root.first_child(), None)];
    while let Some((next, _)) = stack.last_mut() {
        let Some(node) = next.take() else {
            // Every child seen: leave the element.
            match stack.pop().and_then(|(_, name)| name) {
                Some(name) => builder.end_tag(&name),
                None => builder.boundary(),
            }
            continue;
        };
        *next = node.next_sibling();
        match node.node_type() {
            Node::TEXT_NODE => {
                let node: Text = node.unchecked_into();
                let text = node.data();
                builder.text(&text, len, TextKind::Decoded);
                builder.boundary();
                let start = len;
                len += text.len();
                nodes.push(TextNode { node, text, start });
            }
            Node::ELEMENT_NODE => {
                let el: &Element = node.unchecked_ref();
                let name = el.local_name();
                let skip = el.namespace_uri().is_some_and(|ns| ns != HTML_NS) || is_ours(el);
                match builder.start_tag(&name, false, skip, |a| el.get_attribute(a)) {
                    Content::Skipped => builder.end_tag(&name),
                    Content::Read => {
                        enricher.check_depth(builder.max_depth())?;
                        stack.push((node.first_child(), Some(name)));
                    }
                }
            }
            _ => builder.boundary(),
        }
    }
    enricher.check_size(len)?;
    Ok((builder.finish(), nodes))
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// Wrap the pieces of one text node (byte ranges of its text, nested, in
/// start-tag order: as `render::pieces` gives them).
fn wrap_node(tn: &TextNode, kept: &[Piece], marks: &[Mark]) -> Result<Option<Record>, JsError> {
    if kept.is_empty() {
        return Ok(None);
    }
    let Some(parent) = tn.node.parent_node() else {
        return Ok(None);
    };
    let doc = tn
        .node
        .owner_document()
        .ok_or_else(|| JsError::new("text node has no document"))?;
    // Cut points in bytes, then UTF-16 units.
    let mut bounds: Vec<usize> = kept
        .iter()
        .flat_map(|p| [p.start, p.end])
        .chain([0, tn.text.len()])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let units = UnitIndex::new(&tn.text, Unit::Utf16);
    let mut pieces: Vec<Text> = Vec::with_capacity(bounds.len());
    // Split from the end so earlier offsets stay valid; the original keeps the first piece.
    for &cut in bounds[1..bounds.len() - 1].iter().rev() {
        let piece = tn.node.split_text(units.at(cut) as u32).map_err(js_err)?;
        pieces.push(piece);
    }
    pieces.reverse();
    let segment = |k: usize| -> Node {
        if k == 0 {
            tn.node.clone().into()
        } else {
            pieces[k - 1].clone().into()
        }
    };
    let index_of = |b: usize| bounds.binary_search(&b).unwrap_or(0);
    let mut spans: Vec<Element> = Vec::with_capacity(kept.len());
    for p in kept {
        #[cfg(feature = "fault-injection")]
        super::fault::tick();
        let (i, j) = (index_of(p.start), index_of(p.end));
        let span = doc.create_element("span").map_err(js_err)?;
        for (name, value) in &marks[p.mark].attrs() {
            span.set_attribute(name, value).map_err(js_err)?;
        }
        let first = segment(i);
        let host = first
            .parent_node()
            .ok_or_else(|| JsError::new("piece left the page"))?;
        host.insert_before(&span, Some(&first)).map_err(js_err)?;
        for k in i..j {
            span.append_child(&segment(k)).map_err(js_err)?;
        }
        spans.push(span);
    }
    // The children of `parent` that now stand where the text node stood.
    let mut tops: Vec<Node> = Vec::new();
    for k in 0..bounds.len() - 1 {
        let mut n = segment(k);
        while let Some(p) = n.parent_node() {
            if p.is_same_node(Some(&parent)) {
                break;
            }
            n = p;
        }
        if !tops.iter().any(|t| t.is_same_node(Some(&n))) {
            tops.push(n);
        }
    }
    Ok(Some(Record {
        parent,
        original: tn.node.clone(),
        pieces,
        tops,
    }))
}

/// Enrich `el` in place; returns the number of spans inserted.
pub fn enrich_element(el: &Element, enricher: &Enricher) -> Result<u32, JsError> {
    let err = |e: Error| JsError::new(&e.to_string());
    let (seg, nodes) = walk(el, enricher).map_err(err)?;
    let plan = IDS
        .with(|ids| enricher.plan(seg, &mut ids.borrow_mut()))
        .map_err(err)?;
    // Pieces per text node, in bytes of the node's text (a piece lies in one
    // run, and each text node is its own run).
    let mut per_node: Vec<Vec<Piece>> = vec![Vec::new(); nodes.len()];
    for p in &plan.pieces {
        let k = nodes.partition_point(|n| n.start + n.text.len() <= p.start);
        if let Some(n) = nodes.get(k) {
            if p.start >= n.start && p.end <= n.start + n.text.len() {
                per_node[k].push(Piece {
                    start: p.start - n.start,
                    end: p.end - n.start,
                    ..*p
                });
            }
        }
    }
    let mut records = Vec::new();
    let mut count = 0u32;
    for (k, pieces) in per_node.iter().enumerate() {
        if let Some(r) = wrap_node(&nodes[k], pieces, &plan.marks)? {
            count += pieces.len() as u32;
            records.push(r);
        }
    }
    if !records.is_empty() {
        let key = match Reflect::get(el, &KEY_PROPERTY.into())
            .ok()
            .and_then(|v| v.as_f64())
        {
            Some(k) => k as u32,
            None => {
                let k = NEXT_KEY.with(|c| {
                    let k = c.get();
                    c.set(k + 1);
                    k
                });
                Reflect::set(el, &KEY_PROPERTY.into(), &JsValue::from(k)).map_err(js_err)?;
                k
            }
        };
        RECORDS.with(|r| r.borrow_mut().entry(key).or_default().extend(records));
    }
    Ok(count)
}

/// Undo every `enrich_element` on `el`; returns the number of text nodes restored.
pub fn unenrich(el: &Element) -> Result<u32, JsError> {
    let Some(key) = Reflect::get(el, &KEY_PROPERTY.into())
        .ok()
        .and_then(|v| v.as_f64())
    else {
        return Ok(0);
    };
    let records = RECORDS
        .with(|r| r.borrow_mut().remove(&(key as u32)))
        .unwrap_or_default();
    let mut restored = 0;
    for rec in records.iter().rev() {
        // Best effort: if the page moved these nodes meanwhile, leave them.
        let Some(first) = rec.tops.first() else {
            continue;
        };
        if !first
            .parent_node()
            .is_some_and(|p| p.is_same_node(Some(&rec.parent)))
        {
            continue;
        }
        let data_of = |n: &Text| -> Result<JsString, JsError> {
            Reflect::get(n, &"data".into())
                .map(JsString::from)
                .map_err(js_err)
        };
        let mut data = data_of(&rec.original)?;
        for p in &rec.pieces {
            data = data.concat(&data_of(p)?.into());
        }
        let original: &Node = rec.original.as_ref();
        if !first.is_same_node(Some(original)) {
            rec.parent
                .insert_before(original, Some(first))
                .map_err(js_err)?;
        }
        Reflect::set(&rec.original, &"data".into(), &data).map_err(js_err)?;
        for t in &rec.tops {
            if !t.is_same_node(Some(original)) {
                if let Some(p) = t.parent_node() {
                    p.remove_child(t).map_err(js_err)?;
                }
            }
        }
        restored += 1;
    }
    Reflect::delete_property(el, &KEY_PROPERTY.into()).map_err(js_err)?;
    Ok(restored)
}
