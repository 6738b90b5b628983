//! Turn an [`Analysis`] into [`Mark`]s: which text to wrap, and the fields
//! (see [`super::markup`]) each span carries.

use std::rc::Rc;

use super::{Mark, SpanStyle};
use crate::markup::{
    MENTIONS_ATTR, MENTION_ID_PREFIX, NAME_ATTR, QUOTES_ATTR, QUOTE_ID_PREFIX, QUOTE_KIND,
    REF_ATTR, ROLE_ATTR, SPEAKER_ATTR,
};
use crate::options::KindSet;
use crate::text::{Analysis, Kind};

/// The ids of one page, across enrichment calls: the DOM path keeps one for
/// the page, so content enriched later ("read more", infinite scroll) gets ids
/// no earlier call used, and an entity an earlier part named is the same
/// entity, with the same id, name and role, in later parts. The string path
/// starts a new one per call, which numbers entities as the JSON report does.
#[derive(Debug, Default)]
pub(crate) struct Ids {
    mentions: u32,
    quotes: u32,
    entities: Vec<Known>,
    /// (kind, name) -> index into `entities`.
    by_name: crate::text::data::FastMap<(Kind, String), usize>,
}

/// An entity seen on the page.
#[derive(Debug)]
struct Known {
    kind: Kind,
    name: String,
    role: Option<String>,
}

/// What the spans of one entity of one call say about it.
struct Seen {
    /// 0-based number on the page: its id is `e{number + 1}`.
    number: usize,
    name: String,
    role: Option<String>,
}

impl Ids {
    /// The page's entity for entity `i` of `a`: the one an earlier call saw
    /// (one of the first `earlier`) by kind and name, or for a person named by
    /// one word ("Berg"), the one person an earlier call saw whose name ends in
    /// it, if exactly one; else a new one. Within one call every entity is new,
    /// so ids follow the analysis (and the JSON report) there.
    fn entity(&mut self, a: &Analysis, i: usize, earlier: usize) -> Seen {
        let e = &a.entities()[i];
        let key = (e.kind(), e.name().to_string());
        let found = self
            .by_name
            .get(&key)
            .copied()
            .filter(|&n| n < earlier)
            .or_else(|| {
                if e.kind() != Kind::Person || e.name().contains(' ') {
                    return None;
                }
                let mut ends = self.entities[..earlier]
                    .iter()
                    .enumerate()
                    .filter(|(_, k)| {
                        k.kind == Kind::Person
                            && k.name.rsplit(' ').next() == Some(e.name())
                            && k.name.contains(' ')
                    });
                match (ends.next(), ends.next()) {
                    (Some((n, _)), None) => Some(n),
                    _ => None,
                }
            });
        let number = match found {
            Some(n) => {
                if self.entities[n].role.is_none() {
                    self.entities[n].role = e.description().map(str::to_string);
                }
                n
            }
            None => {
                self.entities.push(Known {
                    kind: e.kind(),
                    name: e.name().to_string(),
                    role: e.description().map(str::to_string),
                });
                self.entities.len() - 1
            }
        };
        self.by_name.entry(key).or_insert(number);
        let known = &self.entities[number];
        Seen {
            number,
            name: known.name.clone(),
            role: e
                .description()
                .map(str::to_string)
                .or_else(|| known.role.clone()),
        }
    }
}

/// The id of the page's entity `number`: `e1`, `e2`, …
fn entity_id(number: usize) -> String {
    crate::report::entity_id(number)
}

/// Names and roles written into a span are cut to this many characters (and
/// an ellipsis), so every span's start tag stays small whatever the page holds.
pub(crate) const MAX_FIELD_CHARS: usize = 100;

/// `s`, cut to [`MAX_FIELD_CHARS`].
pub(crate) fn field(s: &str) -> String {
    match s.char_indices().nth(MAX_FIELD_CHARS) {
        Some((cut, _)) => format!("{}\u{2026}", &s[..cut]),
        None => s.to_string(),
    }
}

/// An entity's name and role, as span fields.
fn entity_fields(e: &Seen, fields: &mut Vec<(&'static str, String)>) {
    fields.push((NAME_ATTR, field(&e.name)));
    if let Some(d) = &e.role {
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
fn mention_style(a: &Analysis, i: usize, e: &Seen) -> Rc<SpanStyle> {
    let mut fields = vec![(REF_ATTR, entity_id(e.number))];
    entity_fields(e, &mut fields);
    fields.push((MENTIONS_ATTR, a.entities()[i].mentions().len().to_string()));
    quote_count(a, i, &mut fields);
    Rc::new(SpanStyle {
        kind: a.entities()[i].kind().as_str(),
        id_prefix: MENTION_ID_PREFIX,
        fields,
    })
}

/// The style of quote `q`: its speaker's fields (`seen`: the page's entity
/// for each entity of `a`).
fn quote_style(a: &Analysis, q: usize, seen: &[Seen]) -> Rc<SpanStyle> {
    let quote = &a.quotes()[q];
    let mut fields = Vec::new();
    match quote.speaker() {
        Some(i) => {
            fields.push((SPEAKER_ATTR, entity_id(seen[i].number)));
            entity_fields(&seen[i], &mut fields);
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

/// The marks for an analysis of HTML blocks, limited to the kinds in `kinds`,
/// with ids that `ids` has not given out before.
pub(crate) fn marks(a: &Analysis, kinds: KindSet, ids: &mut Ids) -> Vec<Mark> {
    let earlier = ids.entities.len();
    let seen: Vec<Seen> = (0..a.entities().len())
        .map(|i| ids.entity(a, i, earlier))
        .collect();
    // Every mark at once: a list grown by doubling would hold two copies.
    let count = a
        .entities()
        .iter()
        .filter(|e| kinds.contains(e.kind()))
        .map(|e| e.mentions().len())
        .sum::<usize>()
        + if kinds.has_quotes() {
            a.quotes().len()
        } else {
            0
        };
    let mut out = Vec::with_capacity(count);
    let mut n = ids.mentions;
    for (i, e) in a.entities().iter().enumerate() {
        if !kinds.contains(e.kind()) {
            continue;
        }
        let shared = mention_style(a, i, &seen[i]);
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
    ids.mentions = n;
    if kinds.has_quotes() {
        // One style a speaker (and one for quotes of nobody known), shared by
        // their quotes as a mention style is by the entity's mentions.
        let mut by_speaker: Vec<Option<Rc<SpanStyle>>> = vec![None; a.entities().len() + 1];
        for (qi, q) in a.quotes().iter().enumerate() {
            let shared = match (q.speaker(), q.speaker_description()) {
                (Some(i), _) => Some(i),
                (None, None) => Some(a.entities().len()),
                (None, Some(_)) => None,
            };
            let style = match shared {
                Some(k) => {
                    Rc::clone(by_speaker[k].get_or_insert_with(|| quote_style(a, qi, &seen)))
                }
                None => quote_style(a, qi, &seen),
            };
            let (s, e) = q.range();
            ids.quotes += 1;
            out.push(Mark {
                block: q.block(),
                start: s,
                end: e,
                layer: 0,
                id: ids.quotes,
                style,
            });
        }
    }
    // A stable order: the renderer sorts by source position, ties keep this order.
    crate::sort::sort_by_key(&mut out, |m| (m.block, m.start, m.layer));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(html_text: &str, ids: &mut Ids) -> Vec<(u32, String, String)> {
        let a = crate::analyze(html_text);
        marks(&a, KindSet::default(), ids)
            .iter()
            .map(|m| {
                let get = |n: &str| {
                    m.style
                        .fields
                        .iter()
                        .find(|f| f.0 == n)
                        .map_or(String::new(), |f| f.1.clone())
                };
                (m.id, get(REF_ATTR) + &get(SPEAKER_ATTR), get(NAME_ATTR))
            })
            .collect()
    }

    #[test]
    fn ids_go_on_across_calls_and_entities_keep_theirs() {
        let mut ids = Ids::default();
        let first = refs(
            "Anna Berg, the Danish foreign minister, met Peter Holm.",
            &mut ids,
        );
        assert_eq!(first[0], (1, "e1".into(), "Anna Berg".into()));
        let holm = first
            .iter()
            .find(|r| r.2 == "Peter Holm")
            .unwrap()
            .1
            .clone();
        let ids_so_far = first.iter().map(|r| r.1.clone()).collect::<Vec<_>>();
        // Later content: a new speaker, and the same person by surname.
        let later = refs(
            "“We will wait,” said Karin Lund. Later Ms Berg left.",
            &mut ids,
        );
        let lund = later.iter().find(|r| r.2 == "Karin Lund").unwrap();
        assert!(!ids_so_far.contains(&lund.1), "a new entity id: {later:?}");
        assert_ne!(lund.1, holm);
        assert!(
            later
                .iter()
                .all(|r| r.0 as usize > first.len() || r.1 == lund.1),
            "mention ids go on: {later:?}"
        );
        let berg = later.iter().find(|r| r.1 == "e1").unwrap();
        assert_eq!(berg.2, "Anna Berg", "the surname is the earlier Anna Berg");
        let quote = later.iter().find(|r| r.0 == 1 && r.1 == lund.1);
        assert!(quote.is_some(), "the quote is Karin Lund's: {later:?}");
    }

    #[test]
    fn long_fields_are_cut_at_a_character() {
        assert_eq!(field("Anna Berg"), "Anna Berg");
        let long = "é".repeat(150);
        let cut = field(&long);
        assert_eq!(cut.chars().count(), MAX_FIELD_CHARS + 1);
        assert!(cut.ends_with('\u{2026}'));
    }
}
