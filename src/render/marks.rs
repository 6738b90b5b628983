//! Turn an [`Analysis`] into [`Mark`]s: which text to wrap, and the fields
//! (see [`super::markup`]) each span carries.

use std::rc::Rc;

use super::markup::{
    MENTIONS_ATTR, MENTION_ID_PREFIX, NAME_ATTR, QUOTES_ATTR, QUOTE_ID_PREFIX, QUOTE_KIND,
    REF_ATTR, ROLE_ATTR, SPEAKER_ATTR,
};
use super::{Mark, SpanStyle};
use crate::options::KindSet;
use crate::report::entity_id;
use crate::text::Analysis;

/// Names and roles written into a span are cut to this many characters (and
/// an ellipsis), so every span's start tag stays small whatever the page holds.
pub(crate) const MAX_FIELD_CHARS: usize = 100;

/// `s`, cut to [`MAX_FIELD_CHARS`].
fn field(s: &str) -> String {
    match s.char_indices().nth(MAX_FIELD_CHARS) {
        Some((cut, _)) => format!("{}\u{2026}", &s[..cut]),
        None => s.to_string(),
    }
}

/// Entity `i`'s name and role, as span fields.
fn entity_fields(a: &Analysis, i: usize, fields: &mut Vec<(&'static str, String)>) {
    let e = &a.entities()[i];
    fields.push((NAME_ATTR, field(e.name())));
    if let Some(d) = e.description() {
        fields.push((ROLE_ATTR, field(d)));
    }
}

fn quote_count(a: &Analysis, i: usize, fields: &mut Vec<(&'static str, String)>) {
    let n = a.quote_count(i);
    if n > 0 {
        fields.push((QUOTES_ATTR, n.to_string()));
    }
}

/// The style shared by every mention of entity `i`.
fn mention_style(a: &Analysis, i: usize) -> Rc<SpanStyle> {
    let mut fields = vec![(REF_ATTR, entity_id(i))];
    entity_fields(a, i, &mut fields);
    fields.push((MENTIONS_ATTR, a.entities()[i].mentions().len().to_string()));
    quote_count(a, i, &mut fields);
    Rc::new(SpanStyle {
        kind: a.entities()[i].kind().as_str(),
        id_prefix: MENTION_ID_PREFIX,
        fields,
    })
}

/// The style of quote `q`: its speaker's fields.
fn quote_style(a: &Analysis, q: usize) -> Rc<SpanStyle> {
    let quote = &a.quotes()[q];
    let mut fields = Vec::new();
    match quote.speaker() {
        Some(i) => {
            fields.push((SPEAKER_ATTR, entity_id(i)));
            entity_fields(a, i, &mut fields);
            quote_count(a, i, &mut fields);
        }
        None => {
            if let Some(d) = quote.speaker_description() {
                fields.push((ROLE_ATTR, field(d)));
            }
        }
    }
    Rc::new(SpanStyle {
        kind: QUOTE_KIND,
        id_prefix: QUOTE_ID_PREFIX,
        fields,
    })
}

/// The marks for an analysis of HTML blocks, limited to the kinds in `kinds`.
pub(crate) fn marks(a: &Analysis, kinds: KindSet) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut n = 0;
    for (i, e) in a.entities().iter().enumerate() {
        if !kinds.contains(e.kind()) {
            continue;
        }
        let shared = mention_style(a, i);
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
            out.push(Mark {
                block: q.block(),
                start: s,
                end: e,
                layer: 0,
                id: qi as u32 + 1,
                style: quote_style(a, qi),
            });
        }
    }
    // A stable order: the renderer sorts by source position, ties keep this order.
    out.sort_by_key(|m| (m.block, m.start, m.layer));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_fields_are_cut_at_a_character() {
        assert_eq!(field("Anna Berg"), "Anna Berg");
        let long = "é".repeat(150);
        let cut = field(&long);
        assert_eq!(cut.chars().count(), MAX_FIELD_CHARS + 1);
        assert!(cut.ends_with('\u{2026}'));
    }
}
