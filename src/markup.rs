//! The markup contract: the names of everything this crate writes into a page,
//! in one place. The JavaScript side names the same contract once, in
//! `www/markup.js`; the README documents it for sites that style or script the
//! spans.
//!
//! A mention (attributes in this order; every piece of one mention shares its
//! `data-ae-id`):
//!
//! ```text
//! <span class="ae ae-person" data-ae-id="m4" data-ae-kind="person" data-ae-ref="e3"
//!       data-ae-name="Ingrid Solberg" data-ae-role="Norwegian energy minister"
//!       data-ae-mentions="7" data-ae-quotes="4" tabindex="0">
//! ```
//!
//! A quote carries its speaker's fields: `data-ae-speaker` (entity id),
//! `data-ae-name`, `data-ae-role` and `data-ae-quotes` when the speaker is
//! named; only `data-ae-role` ("a spokesman") when the article describes but
//! does not name them; none of the four when nothing is known.
//!
//! The tooltip text ("Ingrid Solberg · person · Norwegian energy minister ·
//! 4 quotes") is not written: the widget composes it from these fields.

use crate::text::Kind;

/// The class every inserted span carries, and the prefix of every name below.
pub const PREFIX: &str = "ae";

/// `data-ae-…`, from the one spelling of the prefix.
macro_rules! data_attr {
    ($name:literal) => {
        concat!("data-ae-", $name)
    };
}

/// Shared by the pieces of one mention or quote: `m1`, `q1`, …
pub const ID_ATTR: &str = data_attr!("id");
/// `person`, `organization`, `place`, `group`, `date`, `number`, `other` or `quote`.
pub const KIND_ATTR: &str = data_attr!("kind");
/// On mentions: the entity id (`e1`, …), as in the JSON report.
pub const REF_ATTR: &str = data_attr!("ref");
/// On quotes: the speaker's entity id.
pub const SPEAKER_ATTR: &str = data_attr!("speaker");
/// The entity's name (on quotes, the speaker's).
pub const NAME_ATTR: &str = data_attr!("name");
/// The entity's role in the article's words (on quotes, the speaker's, or the
/// words for an unnamed speaker).
pub const ROLE_ATTR: &str = data_attr!("role");
/// On mentions: how many mentions the entity has.
pub const MENTIONS_ATTR: &str = data_attr!("mentions");
/// How many quotes the entity (on quotes, the speaker) has; left out when none.
pub const QUOTES_ATTR: &str = data_attr!("quotes");
/// The page's own switch: `data-ae="off"` leaves an element's content alone.
pub const OPT_OUT_ATTR: &str = "data-ae";

/// The `class` value of a span of `kind`: `ae ae-person`.
pub fn class_of(kind: &str) -> String {
    format!("{PREFIX} {PREFIX}-{kind}")
}

/// The kind written for quotes.
pub const QUOTE_KIND: &str = "quote";

/// The `data-ae-id` prefix of mentions.
pub const MENTION_ID_PREFIX: char = 'm';
/// The `data-ae-id` prefix of quotes.
pub const QUOTE_ID_PREFIX: char = 'q';

/// A kind a span of ours can have: a [`Kind`]'s name, or [`QUOTE_KIND`].
fn is_kind(name: &str) -> bool {
    name == QUOTE_KIND || Kind::parse(name).is_some()
}

/// The optional fields, in the order they are written.
const FIELDS: [&str; 6] = [
    REF_ATTR,
    SPEAKER_ATTR,
    NAME_ATTR,
    ROLE_ATTR,
    MENTIONS_ATTR,
    QUOTES_ATTR,
];

/// Are these the attributes (name, value, in order) of a span this crate
/// wrote? Exactly ours: `class="ae ae-KIND"`, an id of our form, the same
/// kind, only our fields in our order, `tabindex="0"`, nothing else. A page's
/// own `<span data-ae-id="author-7">` is not ours, and is never touched.
pub(crate) fn is_ours<'a>(mut attrs: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
    let Some(("class", class)) = attrs.next() else {
        return false;
    };
    let Some(kind) = class
        .strip_prefix(PREFIX)
        .and_then(|c| c.strip_prefix(' '))
        .and_then(|c| c.strip_prefix(PREFIX))
        .and_then(|c| c.strip_prefix('-'))
        .filter(|k| is_kind(k))
    else {
        return false;
    };
    let id_prefix = if kind == QUOTE_KIND {
        QUOTE_ID_PREFIX
    } else {
        MENTION_ID_PREFIX
    };
    match attrs.next() {
        Some((ID_ATTR, id))
            if id
                .strip_prefix(id_prefix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) => {}
        _ => return false,
    }
    if attrs.next() != Some((KIND_ATTR, kind)) {
        return false;
    }
    let mut next_field = 0;
    for (name, value) in attrs.by_ref() {
        if name == "tabindex" {
            return value == "0" && attrs.next().is_none();
        }
        match FIELDS[next_field..].iter().position(|&f| f == name) {
            Some(k) => next_field += k + 1,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_carries_the_prefix() {
        for name in [ID_ATTR, KIND_ATTR].into_iter().chain(FIELDS) {
            assert!(name.starts_with(&format!("data-{PREFIX}-")), "{name}");
        }
        assert_eq!(OPT_OUT_ATTR, format!("data-{PREFIX}"));
        assert_eq!(class_of("place"), "ae ae-place");
    }

    fn ours(attrs: &[(&str, &str)]) -> bool {
        is_ours(attrs.iter().copied())
    }

    #[test]
    fn only_what_we_write_is_ours() {
        let base = [
            ("class", "ae ae-person"),
            ("data-ae-id", "m4"),
            ("data-ae-kind", "person"),
            ("data-ae-ref", "e3"),
            ("data-ae-name", "Ingrid Solberg"),
            ("data-ae-mentions", "7"),
            ("tabindex", "0"),
        ];
        assert!(ours(&base));
        let quote = [
            ("class", "ae ae-quote"),
            ("data-ae-id", "q1"),
            ("data-ae-kind", "quote"),
            ("tabindex", "0"),
        ];
        assert!(ours(&quote));
        // A page's own span with our id attribute.
        assert!(!ours(&[("data-ae-id", "author-7"), ("class", "byline")]));
        assert!(!ours(&[("class", "byline"), ("data-ae-id", "m1")]));
        // Another kind, another id form, fields out of order, extra attributes.
        let mut v = base.to_vec();
        v[2] = ("data-ae-kind", "place");
        assert!(!ours(&v));
        let mut v = base.to_vec();
        v[1] = ("data-ae-id", "q4");
        assert!(!ours(&v));
        let mut v = base.to_vec();
        v.swap(3, 4);
        assert!(!ours(&v));
        let mut v = base.to_vec();
        v.insert(5, ("style", "color:red"));
        assert!(!ours(&v));
        let mut v = base.to_vec();
        v.push(("onclick", "x()"));
        assert!(!ours(&v));
        assert!(!ours(&base[..6]));
    }
}
