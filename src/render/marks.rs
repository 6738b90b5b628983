//! Turn an [`Analysis`] into [`Mark`]s: which text to wrap, and the tooltip
//! each span carries.
//!
//! Attributes of an inserted span (all names under one prefix, so host CSS
//! cannot collide and a second run can find them):
//! - `class="ae ae-KIND"` (`ae-quote` for quotes);
//! - `data-ae-id`: shared by the pieces of one mention or quote;
//! - `data-ae-ref` (entity id) on mentions, `data-ae-speaker` on quotes;
//! - `data-ae-tip`: the tooltip text, escaped;
//! - `tabindex="0"` so keyboard users reach the tooltip.

use std::rc::Rc;

use super::{Mark, SpanStyle};
use crate::text::{Analysis, Entity};
use crate::KindSet;

/// Tooltip text for entity `i`: "Yoon Suk Yeol · person · South Korean president · 3 quotes".
pub fn entity_tooltip(a: &Analysis, i: usize) -> String {
    let e = &a.entities()[i];
    let mut parts: Vec<String> = vec![e.name().to_string(), e.kind().as_str().to_string()];
    if let Some(d) = e.description() {
        parts.push(d.to_string());
    }
    let quotes = a.quote_count(i);
    if quotes > 0 {
        parts.push(plural(quotes, "quote"));
    } else {
        parts.push(plural(e.mentions().len(), "mention"));
    }
    parts.join(" \u{b7} ")
}

/// Tooltip text for quote `q`: who said it.
pub fn quote_tooltip(a: &Analysis, q: usize) -> String {
    let quote = &a.quotes()[q];
    match quote.speaker() {
        Some(i) => {
            let e: &Entity = &a.entities()[i];
            let mut parts = vec![format!("quote \u{b7} {}", e.name())];
            if let Some(d) = e.description() {
                parts.push(d.to_string());
            }
            parts.push(plural(a.quote_count(i), "quote"));
            parts.join(" \u{b7} ")
        }
        None => match quote.speaker_description() {
            Some(d) => format!("quote \u{b7} {d} (not named)"),
            None => "quote \u{b7} speaker not named".to_string(),
        },
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The style shared by the spans of one entity or quote.
fn style(class: &str, id_prefix: char, link: (&'static str, String), tip: String) -> Rc<SpanStyle> {
    let mut after = Vec::with_capacity(3);
    if !link.1.is_empty() {
        after.push(link);
    }
    after.push(("data-ae-tip", tip));
    after.push(("tabindex", "0".to_string()));
    Rc::new(SpanStyle {
        before: vec![("class", format!("ae ae-{class}"))],
        id_prefix,
        after,
    })
}

/// The marks for an analysis of HTML blocks, limited to the kinds in `kinds`.
pub fn marks(a: &Analysis, kinds: KindSet) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut n = 0;
    for (i, e) in a.entities().iter().enumerate() {
        if !kinds.contains(e.kind()) {
            continue;
        }
        let shared = style(
            e.kind().as_str(),
            'm',
            ("data-ae-ref", format!("e{}", i + 1)),
            entity_tooltip(a, i),
        );
        for m in e.mentions() {
            n += 1;
            out.push(Mark {
                block: m.block,
                start: m.start,
                end: m.end,
                layer: 1,
                id: n,
                style: Rc::clone(&shared),
            });
        }
    }
    if kinds.has_quotes() {
        for (qi, q) in a.quotes().iter().enumerate() {
            let (s, e) = q.range();
            let speaker = q
                .speaker()
                .map(|i| format!("e{}", i + 1))
                .unwrap_or_default();
            out.push(Mark {
                block: q.block(),
                start: s,
                end: e,
                layer: 0,
                id: qi as u32 + 1,
                style: style(
                    "quote",
                    'q',
                    ("data-ae-speaker", speaker),
                    quote_tooltip(a, qi),
                ),
            });
        }
    }
    // A stable order: the renderer sorts by source position, ties keep this order.
    out.sort_by_key(|m| (m.block, m.start, m.layer));
    out
}
