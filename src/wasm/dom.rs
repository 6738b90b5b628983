//! The in-place DOM path: `enrichElement(el)` and `unenrich(el)`.
//!
//! Replacing `innerHTML` throws away event listeners, reloads iframes and
//! videos and loses the selection. This path touches text nodes only: it walks
//! the element's text nodes with the same block rules as the string path
//! (`crate::html::segment`), runs the same analysis and builds the same marks,
//! then cuts each text node with `splitText` (which keeps its exact UTF-16
//! code units, lone surrogates included) and moves the pieces into spans.
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

use crate::html::offsets::TextBuilder;
use crate::html::segment::{breaks_block_name, opts_out_by, skips_content_name};
use crate::html::TextBlock;
use crate::render::{Mark, ID_ATTR};
use crate::span::{Unit, UnitIndex};
use crate::Options;

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

#[derive(Default)]
struct Walk {
    builder: TextBuilder,
    blocks: Vec<TextBlock>,
    nodes: Vec<TextNode>,
    len: usize,
}

impl Walk {
    fn flush(&mut self) {
        let b = std::mem::take(&mut self.builder);
        if !b.is_empty() {
            let (text, map) = b.finish();
            self.blocks.push(TextBlock { text, map });
        }
    }

    /// Visit the text under `root` in document order, with an explicit stack
    /// (no recursion, so no depth overflows the WebAssembly stack). Returns the
    /// deepest nesting seen, or `None` past `max_depth`.
    fn walk(&mut self, root: &Node, max_depth: usize) -> Option<usize> {
        // (next child to visit, whether leaving this element ends a block)
        let mut stack: Vec<(Option<Node>, bool)> = vec![(root.first_child(), false)];
        let mut deepest = 0;
        while let Some((next, _)) = stack.last_mut() {
            let Some(node) = next.take() else {
                // Every child seen: leave the element.
                let (_, breaks) = stack.pop().unwrap_or((None, false));
                self.builder.break_run();
                if breaks {
                    self.flush();
                }
                continue;
            };
            *next = node.next_sibling();
            match node.node_type() {
                Node::TEXT_NODE => {
                    let text_node: Text = node.unchecked_into();
                    let text = text_node.data();
                    self.builder.push_plain_text(&text, self.len);
                    self.builder.break_run();
                    let len = text.len();
                    self.nodes.push(TextNode {
                        node: text_node,
                        text,
                        start: self.len,
                    });
                    self.len += len;
                }
                Node::ELEMENT_NODE => {
                    let el: &Element = node.unchecked_ref();
                    let name = el.local_name();
                    let foreign = el.namespace_uri().is_some_and(|ns| ns != HTML_NS);
                    let breaks = breaks_block_name(&name);
                    if breaks {
                        self.flush();
                    }
                    let skipped = foreign
                        || skips_content_name(&name)
                        || el.has_attribute(ID_ATTR)
                        || opts_out_by(|a| el.get_attribute(a));
                    if skipped {
                        self.builder.break_run();
                        if breaks {
                            self.flush();
                        }
                    } else {
                        deepest = deepest.max(stack.len());
                        if deepest > max_depth {
                            return None;
                        }
                        stack.push((node.first_child(), breaks));
                    }
                }
                _ => self.builder.break_run(),
            }
        }
        Some(deepest)
    }
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// Wrap one text node's ranges. `ranges` are (start, end, layer, mark) in
/// bytes of the node's text.
fn wrap_node(
    tn: &TextNode,
    mut ranges: Vec<(usize, usize, u8, usize)>,
    marks: &[Mark],
) -> Result<Option<Record>, JsError> {
    ranges.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
    // Keep only ranges that nest, as the string renderer does.
    let mut kept: Vec<(usize, usize, u8, usize)> = Vec::with_capacity(ranges.len());
    let mut open: Vec<usize> = Vec::new();
    for r in ranges {
        while open.last().is_some_and(|&e| e <= r.0) {
            open.pop();
        }
        if open.last().is_some_and(|&e| r.1 > e) {
            continue;
        }
        open.push(r.1);
        kept.push(r);
    }
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
        .flat_map(|r| [r.0, r.1])
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
    for &(a, b, _, m) in &kept {
        #[cfg(feature = "fault-injection")]
        super::fault::tick();
        let (i, j) = (index_of(a), index_of(b));
        let span = doc.create_element("span").map_err(js_err)?;
        for (name, value) in &marks[m].attrs() {
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
pub fn enrich_element(el: &Element, options: &Options) -> Result<u32, JsError> {
    let mut w = Walk::default();
    if w.walk(el, options.max_depth).is_none() {
        return Err(JsError::new(&format!(
            "elements are nested over {} deep; the element was left unchanged",
            options.max_depth
        )));
    }
    w.flush();
    if w.blocks.len() > options.max_blocks || w.len > options.max_input_bytes {
        return Err(JsError::new(
            "the element is over the size limits; it was left unchanged",
        ));
    }
    let analysis = crate::analysis_of_blocks(&mut w.blocks);
    let marks = crate::render::marks::marks(&analysis, options.kinds());
    // Ranges per text node.
    let mut per_node: Vec<Vec<(usize, usize, u8, usize)>> = vec![Vec::new(); w.nodes.len()];
    for (mi, m) in marks.iter().enumerate() {
        for (a, b) in w.blocks[m.block].map.source_ranges(m.start, m.end) {
            let k = w.nodes.partition_point(|n| n.start + n.text.len() <= a);
            if let Some(n) = w.nodes.get(k) {
                if a >= n.start && b <= n.start + n.text.len() {
                    per_node[k].push((a - n.start, b - n.start, m.layer, mi));
                }
            }
        }
    }
    let mut records = Vec::new();
    let mut count = 0u32;
    for (k, ranges) in per_node.into_iter().enumerate() {
        if ranges.is_empty() {
            continue;
        }
        let n = ranges.len() as u32;
        if let Some(r) = wrap_node(&w.nodes[k], ranges, &marks)? {
            count += n;
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
