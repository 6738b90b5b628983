//! Escaping for text placed in attribute values.
//!
//! Tooltip text is data (entity names come from the page), so it must never
//! become markup. Values are always written in double quotes; escaping `&`, `<`,
//! `>`, `"` and `'` keeps them inert in any HTML context an attribute value can
//! appear in. (As ammonia's `clean_text` warns, this does not make text safe for
//! a `<script>` body or a URL; we never write it there.)

/// Append `s` to `out`, escaped for a double-quoted attribute value.
pub(crate) fn escape_attr(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_characters_are_escaped() {
        let mut out = String::new();
        escape_attr(&mut out, "<b>\"Tom\" & Jerry's</b>");
        assert_eq!(out, "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt;");
    }

    #[test]
    fn plain_text_is_unchanged() {
        let mut out = String::new();
        escape_attr(&mut out, "Yoon Suk Yeol \u{b7} person");
        assert_eq!(out, "Yoon Suk Yeol \u{b7} person");
    }

    #[test]
    fn markup_cannot_escape_the_attribute() {
        let mut out = String::new();
        escape_attr(&mut out, "\"><script>alert(1)</script>");
        assert!(!out.contains('<') && !out.contains('"') && !out.contains('>'));
    }
}
