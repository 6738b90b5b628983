//! Removing the spans of an earlier run, so enriching twice gives the page
//! that enriching once gives, and [`strip`] gives the page back.

use super::lexer::{Lexer, Token};
use crate::markup::ID_ATTR;

/// Remove every span this crate inserted, giving back the page as it was.
/// Returns `None` when there is nothing of ours in `src`.
///
/// Our spans only ever enclose text and other spans of ours, so the end tag
/// that closes one is the next `</span>` while one of ours is open.
///
/// # Example
/// ```
/// use article_enrich::strip;
/// let page = "<p>Hi <span data-ae-id=\"m1\" class=\"ae\">Ann</span></p>";
/// assert_eq!(strip(page).as_deref(), Some("<p>Hi Ann</p>"));
/// ```
pub fn strip(src: &str) -> Option<String> {
    memchr::memmem::find(src.as_bytes(), ID_ATTR.as_bytes())?;
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    let mut ours_open = 0usize;
    let mut found = false;
    for tok in Lexer::new(src) {
        match tok {
            Token::StartTag(tag) if tag.is(src, "span") && tag.attr(src, ID_ATTR).is_some() => {
                out.push_str(&src[copied..tag.start]);
                copied = tag.end;
                ours_open += 1;
                found = true;
            }
            Token::EndTag(tag) if ours_open > 0 && tag.is(src, "span") => {
                out.push_str(&src[copied..tag.start]);
                copied = tag.end;
                ours_open -= 1;
            }
            _ => {}
        }
    }
    if !found {
        return None;
    }
    out.push_str(&src[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_leaves_foreign_spans() {
        assert_eq!(strip("<span>a</span>"), None);
        let s = "<span class=x><span data-ae-id=q>a</span></span>";
        assert_eq!(strip(s).unwrap(), "<span class=x>a</span>");
    }
}
