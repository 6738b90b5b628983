//! Shared by the native test files: the DOM a conforming HTML parser
//! (html5ever) builds from a page, written out canonically, with the spans
//! this crate inserts unwrapped and adjacent text merged. Two pages with the
//! same canonical DOM are the same page to a browser.
#![allow(dead_code)]

use std::fmt::Write;

use html5ever::parse_document;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Canonical DOM of `html` with our spans (`<span data-ae-id>`) unwrapped.
pub fn dom_without_our_spans(html: &str) -> String {
    let dom = parse_document(RcDom::default(), Default::default()).one(html);
    let mut out = String::with_capacity(html.len());
    let mut text = String::new();
    walk(&dom.document, &mut out, &mut text);
    flush(&mut out, &mut text);
    out
}

fn flush(out: &mut String, text: &mut String) {
    if !text.is_empty() {
        let _ = writeln!(out, "#text{:?}", text);
        text.clear();
    }
}

fn is_ours(node: &Handle) -> bool {
    match &node.data {
        NodeData::Element { name, attrs, .. } => {
            &*name.local == "span"
                && attrs
                    .borrow()
                    .iter()
                    .any(|a| &*a.name.local == "data-ae-id")
        }
        _ => false,
    }
}

fn walk(node: &Handle, out: &mut String, text: &mut String) {
    match &node.data {
        NodeData::Text { contents } => {
            text.push_str(&contents.borrow());
            return;
        }
        _ if is_ours(node) => {
            for child in node.children.borrow().iter() {
                walk(child, out, text);
            }
            return;
        }
        _ => {}
    }
    flush(out, text);
    match &node.data {
        NodeData::Document => {
            for child in node.children.borrow().iter() {
                walk(child, out, text);
            }
        }
        NodeData::Doctype {
            name,
            public_id,
            system_id,
        } => {
            // Tendrils print their storage with {:?}; the text is what counts.
            let (public_id, system_id): (&str, &str) = (public_id, system_id);
            let _ = writeln!(out, "<!DOCTYPE {name} {public_id:?} {system_id:?}>");
        }
        NodeData::Comment { contents } => {
            let contents: &str = contents;
            let _ = writeln!(out, "<!--{contents:?}-->");
        }
        NodeData::ProcessingInstruction { target, contents } => {
            let contents: &str = contents;
            let _ = writeln!(out, "<?{target} {contents:?}>");
        }
        NodeData::Element {
            name,
            attrs,
            template_contents,
            ..
        } => {
            let _ = write!(out, "<{:?}:{}", name.ns, name.local);
            for a in attrs.borrow().iter() {
                let value: &str = &a.value;
                let _ = write!(out, " {:?}:{}={:?}", a.name.ns, a.name.local, value);
            }
            out.push_str(">\n");
            if let Some(t) = template_contents.borrow().as_ref() {
                out.push_str("<template-content>\n");
                for child in t.children.borrow().iter() {
                    walk(child, out, text);
                }
                flush(out, text);
            }
            for child in node.children.borrow().iter() {
                walk(child, out, text);
            }
            flush(out, text);
            out.push_str("</>\n");
        }
        NodeData::Text { .. } => unreachable!(),
    }
}
