//! Removing the spans of an earlier run, so enriching twice gives the page
//! that enriching once gives, and [`strip`] gives the page back.

use super::lexer::{Lexer, Tag, Token};
use crate::markup::{self, ID_ATTR};

/// Is this start tag one this crate writes ([`markup::is_ours`])?
pub(crate) fn is_our_start_tag(tag: &Tag, src: &str) -> bool {
    tag.is(src, "span")
        && markup::is_ours(tag.attrs.iter().map(|a| {
            (
                &src[a.name.0..a.name.1],
                a.value.map_or("", |(s, e)| &src[s..e]),
            )
        }))
}

/// Remove every span this crate inserted, giving back the page as it was.
/// Returns `None` when there is nothing of ours in `src`.
///
/// A span is ours when its start tag is exactly what we write (every
/// attribute and class, in our order), it holds nothing but text and spans of
/// ours, and it is closed. Anything else, a page's own `<span data-ae-id>`
/// included, is the page's and stays as it is.
///
/// # Example
/// ```
/// use article_enrich::strip;
/// let page = "<p>Hi <span class=\"ae ae-person\" data-ae-id=\"m1\" data-ae-kind=\"person\" tabindex=\"0\">Ann</span></p>";
/// assert_eq!(strip(page).as_deref(), Some("<p>Hi Ann</p>"));
/// let theirs = "<p>By <span data-ae-id=\"author-7\" class=\"byline\">Jane Doe</span></p>";
/// assert_eq!(strip(theirs), None);
/// ```
pub fn strip(src: &str) -> Option<String> {
    memchr::memmem::find(src.as_bytes(), ID_ATTR.as_bytes())?;
    // Our start tags in document order, each marked once it is found to be
    // ours, and the end tags that close ours, in document order: two sorted
    // lists, merged below (no sort).
    let mut starts: Vec<(usize, usize, bool)> = Vec::new();
    let mut ends: Vec<(usize, usize)> = Vec::new();
    // Indices into `starts` of the spans of ours still open.
    let mut open: Vec<usize> = Vec::new();
    for tok in Lexer::new(src) {
        match tok {
            Token::Text { .. } => {}
            Token::StartTag(tag) if is_our_start_tag(&tag, src) => {
                open.push(starts.len());
                starts.push((tag.start, tag.end, false));
            }
            Token::EndTag(tag) if !open.is_empty() && tag.is(src, "span") => {
                if let Some(k) = open.pop() {
                    starts[k].2 = true;
                    ends.push((tag.start, tag.end));
                }
            }
            // Any other markup inside: the spans open around it are not ours.
            _ => open.clear(),
        }
    }
    if ends.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    let mut starts = starts
        .into_iter()
        .filter(|s| s.2)
        .map(|s| (s.0, s.1))
        .peekable();
    let mut ends = ends.into_iter().peekable();
    loop {
        let next = match (starts.peek(), ends.peek()) {
            (Some(a), Some(b)) if a.0 < b.0 => starts.next(),
            (Some(_), None) => starts.next(),
            (_, Some(_)) => ends.next(),
            (None, None) => break,
        };
        if let Some((a, b)) = next {
            out.push_str(&src[copied..a]);
            copied = b;
        }
    }
    out.push_str(&src[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: &str =
        "<span class=\"ae ae-place\" data-ae-id=\"m1\" data-ae-kind=\"place\" tabindex=\"0\">";

    #[test]
    fn strip_leaves_foreign_spans() {
        assert_eq!(strip("<span>a</span>"), None);
        let s = format!("<span class=x>{OURS}a</span></span>");
        assert_eq!(strip(&s).unwrap(), "<span class=x>a</span>");
    }

    #[test]
    fn the_pages_own_data_ae_id_spans_are_never_touched() {
        for page in [
            "<p>By <span data-ae-id=\"author-7\" class=\"byline\">Jane Doe</span>. Anna Berg met Peter Holm in Oslo.</p>",
            "<p><span data-ae-id=a><span data-ae-id=b>x</span></span></b></p>",
            "<p><span data-ae-id=a>unclosed <i>x</i></p>",
        ] {
            assert_eq!(strip(page), None, "{page}");
        }
    }

    #[test]
    fn a_span_of_our_form_around_the_pages_markup_is_the_pages() {
        let s = format!("<p>{OURS}a <b>b</b></span> {OURS}Oslo</span></p>");
        assert_eq!(
            strip(&s).unwrap(),
            format!("<p>{OURS}a <b>b</b></span> Oslo</p>")
        );
        let unclosed = format!("<p>{OURS}Oslo</p>");
        assert_eq!(strip(&unclosed), None);
    }
}
