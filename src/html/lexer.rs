//! A borrowing HTML lexer: it cuts source bytes into text, tags, comments and
//! raw text, following the WHATWG tokenizer where that decides *where text is*.
//!
//! It never builds a tree and never copies: every [`Token`] is a byte range of
//! the input. That is all the enricher needs, because it promises to leave every
//! byte of the page where it was and only to add its own spans between them.
//!
//! What follows the spec (state names after WHATWG / html5ever):
//! - tag open, end tag open, tag name, attribute name and value (quoted values
//!   may hold `>`), self-closing flag;
//! - `<!-- … -->` comments, including the abrupt `<!-->` and `<!--->` forms and the
//!   `--!>` ending; bogus comments from `<?`, `<!x` and `</` + non-letter;
//! - `<!DOCTYPE …>`, and `<![CDATA[ … ]]>` inside foreign content (svg, math);
//! - raw text (`script`, `style`, `xmp`, `iframe`, `noembed`, `noframes`,
//!   `noscript`), RCDATA (`title`, `textarea`) and `plaintext`, which end only at
//!   their own end tag (or never, for `plaintext`).
//!
//! Script data follows the spec's escaped and double-escaped states, so
//! `<script><!--<script></script>text--></script>` is one script.
//!
//! Why our own lexer rather than html5gum, lol_html or html5ever's tokenizer:
//! the enricher needs byte ranges of the untouched input, not decoded tokens,
//! and nothing else; this scanner is ~500 lines with no dependency but memchr,
//! adds a few KB to the WebAssembly, and runs at the corpus throughput the
//! bench prints. Its behaviour is checked against every html5lib
//! tree-construction document and 115 real pages by the corpus command.

use memchr::memchr;

/// One lexical unit. All ranges are byte offsets into the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// Character data (may contain character references).
    Text {
        /// Start byte.
        start: usize,
        /// End byte (exclusive).
        end: usize,
    },
    /// A start tag.
    StartTag(Tag),
    /// An end tag.
    EndTag(Tag),
    /// Comment, doctype, processing instruction, CDATA or other markup that holds
    /// no text for the reader.
    Other {
        /// Start byte.
        start: usize,
        /// End byte (exclusive).
        end: usize,
    },
    /// The content of a raw text, RCDATA or plaintext element: never analysed.
    RawText {
        /// Start byte.
        start: usize,
        /// End byte (exclusive).
        end: usize,
    },
}

/// A start or end tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Byte range of the whole tag, `<` to `>` inclusive.
    pub start: usize,
    /// End of the tag (exclusive).
    pub end: usize,
    /// Byte range of the tag name.
    pub name: (usize, usize),
    /// Byte ranges of attribute names and values (value `None` when absent).
    pub attrs: Vec<Attr>,
    /// `<x/>`.
    pub self_closing: bool,
}

/// An attribute: name range and optional value range (without quotes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr {
    /// Name range.
    pub name: (usize, usize),
    /// Value range, quotes excluded.
    pub value: Option<(usize, usize)>,
}

impl Tag {
    /// The tag name as written (not lower-cased).
    pub fn name<'a>(&self, src: &'a str) -> &'a str {
        &src[self.name.0..self.name.1]
    }

    /// Does the name equal `want` (ASCII lower case), ignoring case?
    pub fn is(&self, src: &str, want: &str) -> bool {
        self.name(src).eq_ignore_ascii_case(want)
    }

    /// The value of attribute `want` (case-insensitive name), raw (undecoded).
    /// The first occurrence wins, as in the spec.
    pub fn attr<'a>(&self, src: &'a str, want: &str) -> Option<&'a str> {
        self.attrs
            .iter()
            .find(|a| src[a.name.0..a.name.1].eq_ignore_ascii_case(want))
            .map(|a| a.value.map_or("", |(s, e)| &src[s..e]))
    }
}

/// Elements whose content the tokenizer reads as raw text up to their end tag.
pub(crate) const RAW_TEXT_ELEMENTS: [&str; 9] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea",
];

/// Iterator over the tokens of `src`.
pub struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    /// Set after a raw-text start tag: the element name whose end tag we seek.
    raw_until: Option<&'static str>,
    /// After `<plaintext>` everything is text to the end.
    plaintext: bool,
    /// The open `svg` (true) and `math` (false) elements, innermost last:
    /// inside them `<![CDATA[` is real CDATA. An end tag closes the last of
    /// its own name (and what opened after it); `</math>` with only an svg
    /// open closes nothing, as in the tree builder.
    foreign: Vec<bool>,
}

impl<'a> Lexer<'a> {
    /// Lex `src` from the start.
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            pos: 0,
            raw_until: None,
            plaintext: false,
            foreign: Vec::new(),
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    /// Index of the first `>` at or after `from`, or the end of input.
    fn gt_from(&self, from: usize) -> usize {
        memchr(b'>', &self.bytes()[from..]).map_or(self.src.len(), |i| from + i + 1)
    }

    #[cold]
    fn raw_text(&mut self, name: &'static str) -> Token {
        if name == "script" {
            return self.script_data();
        }
        let b = self.bytes();
        let start = self.pos;
        let mut i = start;
        while let Some(off) = memchr(b'<', &b[i..]) {
            let lt = i + off;
            if is_tag_named(b, lt + 1, true, name) {
                self.pos = lt;
                self.raw_until = None;
                return Token::RawText { start, end: lt };
            }
            i = lt + 1;
        }
        self.pos = b.len();
        self.raw_until = None;
        Token::RawText {
            start,
            end: b.len(),
        }
    }

    /// Script data with its escaped states (WHATWG 13.2.5.4 ff.): inside
    /// `<!--` a `<script` opens the double-escaped state, where `</script>`
    /// does not end the script but only leaves that state; `-->` goes back to
    /// plain script data.
    fn script_data(&mut self) -> Token {
        #[derive(PartialEq)]
        enum State {
            Data,
            Escaped,
            DoubleEscaped,
        }
        let b = self.bytes();
        let start = self.pos;
        let mut state = State::Data;
        let mut i = start;
        while let Some(off) = memchr::memchr2(b'<', b'-', &b[i..]) {
            let at = i + off;
            if b[at] == b'-' {
                if state != State::Data && b[at..].starts_with(b"-->") {
                    state = State::Data;
                    i = at + 3;
                } else {
                    i = at + 1;
                }
                continue;
            }
            // b[at] == b'<'
            if state == State::Data && b[at..].starts_with(b"<!--") {
                state = State::Escaped;
                i = at + 2; // the "--" may also close at once: "<!-->"
                continue;
            }
            if is_tag_named(b, at + 1, true, "script") {
                if state == State::DoubleEscaped {
                    state = State::Escaped;
                    i = at + 2;
                    continue;
                }
                self.pos = at;
                self.raw_until = None;
                return Token::RawText { start, end: at };
            }
            if state == State::Escaped && is_tag_named(b, at + 1, false, "script") {
                state = State::DoubleEscaped;
            }
            i = at + 1;
        }
        self.pos = b.len();
        self.raw_until = None;
        Token::RawText {
            start,
            end: b.len(),
        }
    }

    fn markup_declaration(&mut self, lt: usize) -> Token {
        let b = self.bytes();
        let rest = &b[lt + 2..];
        if rest.starts_with(b"--") {
            // Comment start state. `<!-->` and `<!--->` end at once.
            let body = lt + 4;
            let end = if b.get(body) == Some(&b'>') {
                body + 1
            } else if b.get(body) == Some(&b'-') && b.get(body + 1) == Some(&b'>') {
                body + 2
            } else {
                find_comment_end(b, body)
            };
            self.pos = end;
            return Token::Other { start: lt, end };
        }
        if !self.foreign.is_empty() && rest.starts_with(b"[CDATA[") {
            let end =
                memchr::memmem::find(&b[lt + 9..], b"]]>").map_or(b.len(), |i| lt + 9 + i + 3);
            self.pos = end;
            return Token::Other { start: lt, end };
        }
        // DOCTYPE and bogus comments both end at the next `>`.
        let end = self.gt_from(lt + 2);
        self.pos = end;
        Token::Other { start: lt, end }
    }

    fn tag(&mut self, lt: usize, is_end: bool) -> Token {
        let b = self.bytes();
        let name_start = if is_end { lt + 2 } else { lt + 1 };
        let mut i = name_start;
        while i < b.len() && !matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') {
            i += 1;
        }
        let name = (name_start, i);
        let mut attrs = Vec::new();
        let mut self_closing = false;
        // Before attribute name / attribute name / after / value states.
        loop {
            while i < b.len() && matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
                i += 1;
            }
            if i >= b.len() {
                // EOF in tag: the spec drops the tag. Nothing after it is text.
                self.pos = b.len();
                return Token::Other {
                    start: lt,
                    end: b.len(),
                };
            }
            match b[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    if b.get(i) == Some(&b'>') {
                        self_closing = true;
                        i += 1;
                        break;
                    }
                    continue;
                }
                _ => {}
            }
            // Attribute name: the first character may be `=` (a parse error, but a name).
            let an = i;
            i += 1;
            while i < b.len()
                && !matches!(
                    b[i],
                    b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>' | b'='
                )
            {
                i += 1;
            }
            let aname = (an, i);
            while i < b.len() && matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
                i += 1;
            }
            let mut value = None;
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < b.len() && matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let vs = i + 1;
                        match memchr(q, &b[vs..]) {
                            Some(off) => {
                                value = Some((vs, vs + off));
                                i = vs + off + 1;
                            }
                            None => {
                                self.pos = b.len();
                                return Token::Other {
                                    start: lt,
                                    end: b.len(),
                                };
                            }
                        }
                    }
                    Some(b'>') => value = Some((i, i)),
                    Some(_) => {
                        let vs = i;
                        while i < b.len()
                            && !matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'>')
                        {
                            i += 1;
                        }
                        value = Some((vs, i));
                    }
                    None => {}
                }
            }
            attrs.push(Attr { name: aname, value });
        }
        self.pos = i;
        let tag = Tag {
            start: lt,
            end: i,
            name,
            attrs,
            self_closing,
        };
        let src = self.src;
        if is_end {
            let svg = tag.is(src, "svg");
            if svg || tag.is(src, "math") {
                if let Some(k) = self.foreign.iter().rposition(|&f| f == svg) {
                    self.foreign.truncate(k);
                }
            }
            Token::EndTag(tag)
        } else {
            // In every namespace: inside foreign content these are
            // foreign elements whose content the browser parses as markup,
            // except at an integration point (`foreignObject`, `mi`, …), where
            // they are HTML and their content is raw text. Reading them as raw
            // text always errs on the safe side: content we skip is at worst
            // content we do not mark, never text we write spans into.
            if let Some(raw) = RAW_TEXT_ELEMENTS.iter().find(|r| tag.is(src, r)) {
                self.raw_until = Some(raw);
            } else if tag.is(src, "plaintext") {
                self.plaintext = true;
            }
            let svg = tag.is(src, "svg");
            if (svg || tag.is(src, "math")) && !self_closing {
                self.foreign.push(svg);
            }
            Token::StartTag(tag)
        }
    }
}

/// Does `b[at..]` start with `/name` (when `end`) or `name`, ASCII
/// case-insensitively, followed by whitespace, `/`, `>` or the end?
fn is_tag_named(b: &[u8], at: usize, end: bool, name: &str) -> bool {
    let at = if end {
        if b.get(at) != Some(&b'/') {
            return false;
        }
        at + 1
    } else {
        at
    };
    let n = name.len();
    b.len() >= at + n
        && b[at..at + n].eq_ignore_ascii_case(name.as_bytes())
        && matches!(
            b.get(at + n),
            None | Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
        )
}

/// Find the end of a comment whose body starts at `from`: after `-->` or `--!>`,
/// or the end of input.
fn find_comment_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(off) = memchr(b'-', &b[i..]) {
        let d = i + off;
        if b.get(d + 1) == Some(&b'-') {
            if b.get(d + 2) == Some(&b'>') {
                return d + 3;
            }
            if b.get(d + 2) == Some(&b'!') && b.get(d + 3) == Some(&b'>') {
                return d + 4;
            }
        }
        i = d + 1;
    }
    b.len()
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let b = self.bytes();
        if self.pos >= b.len() {
            return None;
        }
        if self.plaintext {
            let start = self.pos;
            self.pos = b.len();
            return Some(Token::RawText {
                start,
                end: b.len(),
            });
        }
        if let Some(name) = self.raw_until {
            if self.pos < b.len() {
                let t = self.raw_text(name);
                if let Token::RawText { start, end } = t {
                    if start == end {
                        return self.next();
                    }
                }
                return Some(t);
            }
        }
        let start = self.pos;
        let mut i = start;
        // Data state: text runs to the next `<` that opens markup.
        loop {
            let Some(off) = memchr(b'<', &b[i..]) else {
                self.pos = b.len();
                return Some(Token::Text {
                    start,
                    end: b.len(),
                });
            };
            let lt = i + off;
            let next = b.get(lt + 1).copied();
            let opens = match next {
                Some(c) if c.is_ascii_alphabetic() => true,
                Some(b'!' | b'?') => true,
                Some(b'/') => true,
                _ => false,
            };
            if !opens {
                i = lt + 1;
                continue;
            }
            if lt > start {
                self.pos = lt;
                return Some(Token::Text { start, end: lt });
            }
            return Some(match next {
                Some(b'!') => self.markup_declaration(lt),
                Some(b'?') => {
                    let end = self.gt_from(lt + 1);
                    self.pos = end;
                    Token::Other { start: lt, end }
                }
                Some(b'/') => match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => self.tag(lt, true),
                    Some(b'>') => {
                        self.pos = lt + 3;
                        Token::Other {
                            start: lt,
                            end: lt + 3,
                        }
                    }
                    None => {
                        // `</` at the very end is text to the spec (EOF before
                        // tag name), but it holds nothing to analyse, and a tag
                        // inserted after it would read as `</<span…`, a bogus
                        // comment. So it is markup to us, left where it is.
                        self.pos = b.len();
                        Token::Other {
                            start: lt,
                            end: b.len(),
                        }
                    }
                    Some(_) => {
                        let end = self.gt_from(lt + 2);
                        self.pos = end;
                        Token::Other { start: lt, end }
                    }
                },
                _ => self.tag(lt, false),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        Lexer::new(src)
            .map(|t| match t {
                Token::Text { start, end } => format!("T({})", &src[start..end]),
                Token::StartTag(t) => format!("S({})", t.name(src).to_ascii_lowercase()),
                Token::EndTag(t) => format!("E({})", t.name(src).to_ascii_lowercase()),
                Token::Other { start, end } => format!("O({})", &src[start..end]),
                Token::RawText { start, end } => format!("R({})", &src[start..end]),
            })
            .collect()
    }

    #[test]
    fn splits_text_and_tags() {
        assert_eq!(
            kinds("a<b>c</b>d"),
            ["T(a)", "S(b)", "T(c)", "E(b)", "T(d)"]
        );
    }

    #[test]
    fn quoted_attribute_may_hold_gt() {
        let src = r#"<a title="x>y" href=z>t</a>"#;
        let toks: Vec<_> = Lexer::new(src).collect();
        match &toks[0] {
            Token::StartTag(t) => {
                assert_eq!(t.attr(src, "title"), Some("x>y"));
                assert_eq!(t.attr(src, "HREF"), Some("z"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(kinds(src)[1], "T(t)");
    }

    #[test]
    fn script_is_raw_text_until_its_end_tag() {
        assert_eq!(
            kinds("<script>if (a<b) x='</b>'</script >t"),
            ["S(script)", "R(if (a<b) x='</b>')", "E(script)", "T(t)"]
        );
    }

    #[test]
    fn script_double_escape_keeps_the_script_whole() {
        let src = "<script><!--<script></script>Mr Yoon said--></script>t";
        assert_eq!(
            kinds(src),
            [
                "S(script)",
                "R(<!--<script></script>Mr Yoon said-->)",
                "E(script)",
                "T(t)"
            ]
        );
        // "<!-->" closes the escape at once; an escaped </script> still ends.
        assert_eq!(
            kinds("<script><!-->x</script>y"),
            ["S(script)", "R(<!-->x)", "E(script)", "T(y)"]
        );
        assert_eq!(
            kinds("<script><!--x</script>y"),
            ["S(script)", "R(<!--x)", "E(script)", "T(y)"]
        );
    }

    #[test]
    fn comments_include_abrupt_and_bang_forms() {
        assert_eq!(kinds("<!-->a"), ["O(<!-->)", "T(a)"]);
        assert_eq!(kinds("<!--->a"), ["O(<!--->)", "T(a)"]);
        assert_eq!(kinds("<!-- x --!>a"), ["O(<!-- x --!>)", "T(a)"]);
        assert_eq!(kinds("<!-- never closed"), ["O(<!-- never closed)"]);
    }

    #[test]
    fn lone_lt_is_text() {
        assert_eq!(kinds("a < b <3 </"), ["T(a < b <3 )", "O(</)"]);
    }

    #[test]
    fn bogus_comments() {
        assert_eq!(
            kinds("<?php x ?>a</ x>b"),
            ["O(<?php x ?>)", "T(a)", "O(</ x>)", "T(b)"]
        );
    }

    #[test]
    fn eof_in_tag_drops_the_rest() {
        assert_eq!(kinds("a<b c='d"), ["T(a)", "O(<b c='d)"]);
    }

    #[test]
    fn cdata_only_in_foreign_content() {
        assert_eq!(
            kinds("<svg><![CDATA[a>b]]></svg>"),
            ["S(svg)", "O(<![CDATA[a>b]]>)", "E(svg)"]
        );
        assert_eq!(kinds("<![CDATA[a>b]]>"), ["O(<![CDATA[a>)", "T(b]]>)"]);
        // `</math>` with only an svg open closes nothing: still CDATA.
        assert_eq!(
            kinds("<svg></math><![CDATA[a>b]]>"),
            ["S(svg)", "E(math)", "O(<![CDATA[a>b]]>)"]
        );
    }

    #[test]
    fn plaintext_runs_to_the_end() {
        assert_eq!(
            kinds("<plaintext></plaintext>a"),
            ["S(plaintext)", "R(</plaintext>a)"]
        );
    }
}
