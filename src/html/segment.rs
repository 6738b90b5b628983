//! Text blocks: the page's readable text, cut where a reader sees a break.
//!
//! Block-level elements (`p`, `div`, `li`, headings, table cells, …) and `<br>`
//! end a block; inline markup (`b`, `i`, `em`, `span`, `a`, …) and comments do
//! not, so `<b>Kim</b> Jong-un` is one block with the text `Kim Jong-un`.
//!
//! Some content holds no text to enrich and is skipped whole: raw text and
//! RCDATA elements (the lexer's [`Token::RawText`]), `<template>`, `<svg>`,
//! `<math>`, `<nav>` menus, code-like elements, buttons and form controls, and any element
//! marked `data-ae="off"`, `contenteditable` or `translate="no"`.

use super::lexer::{Lexer, Token};
use super::offsets::{OffsetMap, TextBuilder};
use crate::markup::OPT_OUT_ATTR;

/// A run of readable text with the map back to its source bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextBlock {
    /// The decoded, whitespace-collapsed text.
    pub text: String,
    /// Text offsets to source offsets.
    pub map: OffsetMap,
}

/// Elements that do not break a block (phrasing content).
const INLINE_ELEMENTS: [&str; 30] = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font", "i", "img",
    "ins", "label", "mark", "nobr", "q", "s", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "wbr",
];

/// Elements that a reader sees inside a line: they neither break a block when
/// they open or close, nor (when skipped) cut a sentence in two.
const NON_BREAKING_ELEMENTS: [&str; 16] = [
    "script", "style", "noscript", "textarea", "code", "kbd", "samp", "button", "select", "svg",
    "math", "input", "iframe", "object", "canvas", "var",
];

/// Elements whose whole content is left alone.
const SKIPPED_ELEMENTS: [&str; 17] = [
    "nav", "template", "svg", "math", "code", "pre", "kbd", "samp", "button", "select", "option",
    "optgroup", "datalist", "object", "video", "audio", "canvas",
];

/// Void elements never have content or end tags.
const VOID_ELEMENTS: [&str; 16] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "frame",
];

/// Start tags that end foreign content (svg, math) outside an integration
/// point: the tree builder closes the foreign elements and reads the tag as
/// HTML (`font` only with some attributes; listed whatever they are).
const FOREIGN_BREAKOUT_ELEMENTS: [&str; 45] = [
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// Skipped elements whose end tag the tree builder handles as "any other end
/// tag": an open special element inside (`<option><h2>`) makes it ignore
/// `</option>`, where the block builder would end the skip.
const PLAIN_END_TAG_SKIPS: [&str; 8] = [
    "option", "optgroup", "datalist", "video", "audio", "canvas", "kbd", "samp",
];

/// The tree builder's special elements that can stay open (not void).
const SPECIAL_ELEMENTS: [&str; 65] = [
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "caption",
    "center",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "html",
    "iframe",
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
    "xmp",
];

/// Start tags that close an open select (the tree builder's "in select"
/// insertion mode).
const SELECT_CLOSERS: [&str; 4] = ["select", "input", "keygen", "textarea"];

/// The elements that start foreign content.
const FOREIGN_ROOTS: [&str; 2] = ["svg", "math"];

/// Foreign elements whose content is read as HTML again: `<svg><foreignObject>
/// <p>` is a paragraph in the svg, not the end of it.
const INTEGRATION_POINTS: [&str; 9] = [
    "foreignobject",
    "desc",
    "title",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
];

fn name_in(name: &str, set: &[&str]) -> bool {
    set.iter().any(|s| name.eq_ignore_ascii_case(s))
}

/// Does an element of this name end the current block?
fn breaks_block(name: &str) -> bool {
    !name_in(name, &INLINE_ELEMENTS) && !name_in(name, &NON_BREAKING_ELEMENTS)
}

/// Is the content of an element of this name left alone? Raw text and RCDATA
/// elements are here too: the lexer already reads their content as raw text,
/// and the DOM holds it as text nodes that must not be enriched.
fn skips_content(name: &str) -> bool {
    name_in(name, &SKIPPED_ELEMENTS)
        || name_in(name, &super::lexer::RAW_TEXT_ELEMENTS)
        || name.eq_ignore_ascii_case("plaintext")
}

/// Every attribute the block builder reads (all of them in [`opts_out`]):
/// the DOM path's walk sends these, and only these, of an element.
pub(crate) const READ_ATTRS: [&str; 3] = [OPT_OUT_ATTR, "contenteditable", "translate"];

/// Does an element with these attributes switch enrichment off for its
/// content? `attr` looks an attribute up by name.
fn opts_out<S: AsRef<str>>(attr: impl Fn(&str) -> Option<S>) -> bool {
    let is =
        |name: &str, test: fn(&str) -> bool| attr(name).is_some_and(|v| test(v.as_ref().trim()));
    let [opt_out, editable, translate] = READ_ATTRS;
    is(opt_out, |v| v.eq_ignore_ascii_case("off"))
        || is(editable, |v| !v.eq_ignore_ascii_case("false"))
        || is(translate, |v| v.eq_ignore_ascii_case("no"))
}

/// Cut `src` into text blocks. Blocks with no text are left out.
pub(crate) fn segment(src: &str) -> Vec<TextBlock> {
    segment_measuring(src).blocks
}

/// Elements whose end tag may be left out: they do not count towards depth,
/// since a page that never closes its `<p>`s is not deep.
const OPTIONAL_END_ELEMENTS: [&str; 21] = [
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// What segmenting found: the blocks and the measures the limits look at.
#[derive(Debug, Default)]
pub(crate) struct Segmented {
    /// The text blocks, in document order.
    pub blocks: Vec<TextBlock>,
    /// The deepest element nesting seen (elements with optional end tags and
    /// void elements not counted).
    pub depth: usize,
}

/// [`segment`], with the measures.
pub(crate) fn segment_measuring(src: &str) -> Segmented {
    let mut b = BlockBuilder::default();
    for tok in Lexer::new(src) {
        match tok {
            // A byte order mark starting the page is no text: the browser's
            // decoder drops it.
            Token::Text { start: 0, end } if src.starts_with('\u{feff}') => {
                let bom = '\u{feff}'.len_utf8();
                b.text(&src[bom..end], bom, Text::Source)
            }
            Token::Text { start, end } => b.text(&src[start..end], start, Text::Source),
            Token::RawText { start, end } => b.raw_text(&src[start..end]),
            Token::Other { .. } => b.boundary(),
            Token::StartTag(tag) => {
                b.start_tag(tag.name(src), tag.self_closing, false, |name| {
                    tag.attr(src, name)
                });
            }
            Token::EndTag(tag) => b.end_tag(tag.name(src)),
        }
    }
    b.finish()
}

/// How text handed to [`BlockBuilder::text`] is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Text {
    /// HTML source: character references are decoded.
    Source,
    /// Already decoded (a DOM text node's data): `&` is just a character.
    #[cfg_attr(not(feature = "wasm"), allow(dead_code))] // the DOM path's
    Decoded,
}

/// Whether the content of an element that opens is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Content {
    /// Its content is read.
    Read,
    /// Its content is left alone until its end tag.
    Skipped,
}

/// The one block builder: fed the page's elements and text in document
/// order, by the lexer (the string path) or by a walk of the live DOM (the
/// in-place path), it applies the block rules of this module.
#[derive(Debug, Default)]
pub(crate) struct BlockBuilder {
    cur: TextBuilder,
    blocks: Vec<TextBlock>,
    /// The element whose content is being skipped.
    skip: Option<Skip>,
    /// The open parts of tables, innermost last (see [`TablePart`]).
    table: Vec<TablePart>,
    /// Set once raw text inside `svg` or `math` held markup: the lexer read
    /// it as raw text, the browser (outside an integration point) as
    /// elements, and where each stands after it cannot be known. Nothing
    /// after it is marked.
    unsure: bool,
    depth: usize,
    max_depth: usize,
}

/// An element whose content is left alone, until it closes.
#[derive(Debug)]
struct Skip {
    /// Its lower-case name.
    name: String,
    /// How many elements of that name are open inside it, itself included.
    depth: usize,
    /// Tables open when it opened: an end tag of its name inside a table
    /// opened since does not close it (a table is a scope boundary for the
    /// tree builder, so `<div data-ae=off><table></div>` keeps the div open).
    tables: usize,
    /// When it is a part of a table: its place in the table stack, since a
    /// cell or row also closes when the next one opens.
    part: Option<usize>,
    /// Inside svg or math (the skip, or open inside it): the integration
    /// points open in it, innermost last; an end tag closes the last of its
    /// name (`</title>` with only an `ms` open closes nothing).
    integration: Vec<&'static str>,
    /// Special elements opened inside it and not closed, innermost last
    /// (see [`PLAIN_END_TAG_SKIPS`]): an end tag closes the last of its name
    /// and those opened after it; one with none open closes nothing.
    special: Vec<&'static str>,
    /// svg and math elements open inside it, innermost last: tags there are foreign
    /// elements (`<select><svg><select>` is an svg `select`).
    foreign: Vec<&'static str>,
}

impl Skip {
    fn is_foreign(&self) -> bool {
        FOREIGN_ROOTS.contains(&self.name.as_str())
    }

    /// Where a select opened inside it stands in `special`, if one is open
    /// (an HTML one: the skip is neither a select itself nor svg or math).
    fn open_select(&self) -> Option<usize> {
        if self.name == "select" || self.is_foreign() {
            return None;
        }
        self.special.iter().rposition(|s| *s == "select")
    }
}

/// The parts of a table the tree builder tracks, as far as they decide where
/// text goes: text directly in a table, section or row (not in a cell or the
/// caption) is moved out in front of the table ("foster parented"), so an
/// inserted span would not stay where it was written. Such text is never
/// marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TablePart {
    Table,
    Section,
    Row,
    Cell,
    Caption,
}

impl TablePart {
    fn of(name: &str) -> Option<TablePart> {
        Some(match name.to_ascii_lowercase().as_str() {
            "table" => TablePart::Table,
            "tbody" | "thead" | "tfoot" => TablePart::Section,
            "tr" => TablePart::Row,
            "td" | "th" => TablePart::Cell,
            "caption" => TablePart::Caption,
            _ => return None,
        })
    }
}

impl BlockBuilder {
    /// A part of a table opens: the parts it implies closed are closed (a new
    /// cell closes the last, a new row the last row …). Parts outside any
    /// table are ignored, as the tree builder ignores them. Says whether the
    /// part was opened.
    fn open_table_part(&mut self, part: TablePart) -> bool {
        use TablePart::*;
        let closes: &[TablePart] = match part {
            Table => &[Table, Section, Row],
            Section | Caption => &[Cell, Row, Section, Caption],
            Row => &[Cell, Row, Caption],
            Cell => &[Cell, Caption],
        };
        if part != Table && self.table.is_empty() {
            return false;
        }
        if part == Table {
            // A table directly in a table (not in a cell) closes the outer one.
            if self.table.last().is_some_and(|p| closes.contains(p)) {
                let k = self.table.iter().rposition(|&p| p == Table).unwrap_or(0);
                self.table.truncate(k);
            }
        } else {
            while self.table.last().is_some_and(|p| closes.contains(p)) {
                self.table.pop();
            }
            // The parts the tree builder inserts when a markup skips them: a
            // row straight in a table gets a section, a cell a section and a
            // row; so `<table><td></tr>` closes a row, and text after it is
            // in the section.
            let implied: &[TablePart] = match (part, self.table.last()) {
                (Row, Some(Table)) => &[Section],
                (Cell, Some(Table)) => &[Section, Row],
                (Cell, Some(Section)) => &[Row],
                _ => &[],
            };
            self.table.extend_from_slice(implied);
        }
        self.table.push(part);
        true
    }

    /// A part of a table closes, with every part open inside it; an end tag
    /// with no such part open in the innermost table is ignored.
    fn close_table_part(&mut self, part: TablePart) {
        let Some(k) = self.table.iter().rposition(|&p| p == part) else {
            return;
        };
        let inner_table = self.table.iter().rposition(|&p| p == TablePart::Table);
        if part != TablePart::Table && inner_table.is_some_and(|t| t > k) {
            return;
        }
        self.table.truncate(k);
    }

    fn open_tables(&self) -> usize {
        self.table
            .iter()
            .filter(|&&p| p == TablePart::Table)
            .count()
    }

    /// Inside a template (the skip itself, or open inside another skip)? Its
    /// content is a document of its own: no part of a table there is a part
    /// of the tables around it (`<table><template><td></template>` opens no
    /// cell in the table).
    fn in_template(&self) -> bool {
        self.skip
            .as_ref()
            .is_some_and(|s| s.name == "template" || s.special.contains(&"template"))
    }

    /// Inside svg or math (the skip itself, or open inside another skip)?
    fn in_foreign(&self) -> bool {
        self.skip
            .as_ref()
            .is_some_and(|s| s.is_foreign() || !s.foreign.is_empty())
    }

    /// Would text here be moved out in front of its table?
    fn text_is_foster_parented(&self) -> bool {
        matches!(
            self.table.last(),
            Some(TablePart::Table | TablePart::Section | TablePart::Row)
        )
    }

    /// After the table stack changed: a skipped part of a table that it
    /// closed ends the skip.
    fn end_skip_closed_by_table(&mut self) {
        if let Some(Skip {
            part: Some(k),
            name,
            ..
        }) = &self.skip
        {
            if self.table.len() <= *k {
                let breaks = breaks_block(name);
                self.skip = None;
                if breaks {
                    self.flush();
                }
            }
        }
    }

    fn flush(&mut self) {
        let b = std::mem::take(&mut self.cur);
        if !b.is_empty() {
            let (text, map) = b.finish();
            self.blocks.push(TextBlock { text, map });
        }
    }

    /// The deepest nesting seen so far.
    #[cfg_attr(not(feature = "wasm"), allow(dead_code))] // the DOM path's
    pub fn max_depth(&self) -> usize {
        self.max_depth
    }

    /// Markup that is not an element (a comment, raw text, a DOM node of
    /// another type): the text on either side is separate runs.
    pub fn boundary(&mut self) {
        self.cur.break_run();
    }

    /// The content of a raw-text element, as the lexer read it.
    pub fn raw_text(&mut self, raw: &str) {
        self.boundary();
        // (svg or math as the skip, or open inside another skip: a select.)
        if self.in_foreign() && raw.contains('<') {
            self.unsure = true;
        }
    }

    /// Text that starts at byte `at` of the (real or virtual) source.
    pub fn text(&mut self, raw: &str, at: usize, how: Text) {
        if self.skip.is_none() && !self.unsure && !self.text_is_foster_parented() {
            match how {
                // A NUL in the source is no text: the tree builder drops it,
                // so a span round one alone would be a span round nothing,
                // and its start tag would reopen the formatting elements
                // (`<p><b><div>` NUL gets a `<b>` in the div).
                Text::Source => {
                    let mut from = 0;
                    for part in raw.split('\0') {
                        if !part.is_empty() {
                            self.cur.push_source_text(part, at + from);
                        }
                        from += part.len() + 1;
                    }
                }
                Text::Decoded => self.cur.push_plain_text(raw, at),
            }
        }
    }

    /// An element opens. `skip` says the caller already knows its content is
    /// not to be read (the DOM path: an element outside the HTML namespace,
    /// or a span of ours from an earlier run); `attr` looks its attributes up
    /// by name.
    pub fn start_tag<S: AsRef<str>>(
        &mut self,
        name: &str,
        self_closing: bool,
        skip: bool,
        attr: impl Fn(&str) -> Option<S>,
    ) -> Content {
        self.cur.break_run();
        let void = name_in(name, &VOID_ELEMENTS);
        if !void && !name_in(name, &OPTIONAL_END_ELEMENTS) && !self_closing {
            self.depth += 1;
            self.max_depth = self.max_depth.max(self.depth);
        }
        // In svg or math, `td` and the rest are foreign elements, no part of
        // any table (`<table><math><td>` opens no cell).
        let part = TablePart::of(name)
            .filter(|_| !self.in_foreign() && !self.in_template())
            .filter(|&p| self.open_table_part(p));
        if name_in(name, &["col", "colgroup"]) && !self.in_foreign() && !self.in_template() {
            // A column closes the cell, row, section or caption open in its
            // table, as a section does (`<table><caption><col>`: text after
            // it is in the table, moved out in front of it).
            use TablePart::*;
            while self
                .table
                .last()
                .is_some_and(|p| matches!(p, Cell | Row | Section | Caption))
            {
                self.table.pop();
            }
        }
        if part.is_some() {
            self.end_skip_closed_by_table();
        }
        let tables = self.open_tables();
        if self.skip.as_ref().is_some_and(|s| {
            s.name == "select"
                && s.foreign.is_empty()
                && !s.special.contains(&"template")
                && (name_in(name, &SELECT_CLOSERS)
                        // "in select in table": a part of a table ends it.
                        || (s.tables > 0 && TablePart::of(name).is_some()))
        }) {
            // The tree builder closes the select at these: a select never
            // holds another, and `<select><select>` is one, closed.
            self.skip = None;
            if breaks_block("select") {
                self.flush();
            }
            if name.eq_ignore_ascii_case("select") {
                return Content::Skipped;
            }
        }
        if let Some(skip) = &mut self.skip {
            // A select open inside it (not the skip itself, handled above)
            // closes at the same start tags, and a select never holds
            // another (`<div data-ae=off><select><input></div>`).
            if name_in(name, &SELECT_CLOSERS) && skip.foreign.is_empty() {
                if let Some(k) = skip.open_select() {
                    skip.special.truncate(k);
                    if name.eq_ignore_ascii_case("select") {
                        return Content::Skipped;
                    }
                }
            }
            // In foreign content a self-closing tag is closed (`<svg><select/>`).
            let closed = self_closing && (skip.is_foreign() || !skip.foreign.is_empty());
            if name.eq_ignore_ascii_case(&skip.name) && !void && !closed && tables == skip.tables {
                skip.depth += 1;
            }
            if let Some(s) = SPECIAL_ELEMENTS
                .iter()
                .find(|s| name.eq_ignore_ascii_case(s))
                .filter(|_| !closed)
            {
                skip.special.push(s);
            }
            if let Some(f) = FOREIGN_ROOTS
                .iter()
                .find(|f| name.eq_ignore_ascii_case(f))
                .filter(|_| !self_closing)
            {
                skip.foreign.push(f);
            }
            if skip.is_foreign() {
                let point = INTEGRATION_POINTS
                    .iter()
                    .find(|p| name.eq_ignore_ascii_case(p));
                if let Some(p) = point.filter(|_| !self_closing) {
                    skip.integration.push(p);
                } else if skip.integration.is_empty() && name_in(name, &FOREIGN_BREAKOUT_ELEMENTS) {
                    // The tree builder leaves the foreign content here, and
                    // which end tag then closes what is more than this
                    // count knows: the rest of the page is left unmarked.
                    self.unsure = true;
                }
            } else if !skip.foreign.is_empty() {
                // The same in svg or math open inside another skip
                // (`<select><svg><table>`), where an integration point
                // open is counted only for the end tags below: one there is
                // taken for a breakout too, so only marks are lost.
                if let Some(p) = INTEGRATION_POINTS
                    .iter()
                    .find(|p| name.eq_ignore_ascii_case(p))
                    .filter(|_| !self_closing)
                {
                    skip.integration.push(p);
                }
                if name_in(name, &FOREIGN_BREAKOUT_ELEMENTS) {
                    self.unsure = true;
                }
            }
            return Content::Skipped;
        }
        let foreign_self_closed = self_closing && name_in(name, &FOREIGN_ROOTS);
        if breaks_block(name) {
            self.flush();
        }
        if !void && !foreign_self_closed && (skip || skips_content(name) || opts_out(attr)) {
            if part.is_none() && TablePart::of(name).is_some() {
                // A part of a table with no table open: the tree builder
                // ignores the tag, and its end tag with it, so nothing ends
                // what would be skipped (`<td contenteditable><math></td>`
                // leaves the text after it in the math). Where it stands is
                // more than this builder knows: the rest is left unmarked.
                self.unsure = true;
            }
            self.skip = Some(Skip {
                name: name.to_ascii_lowercase(),
                depth: 1,
                tables: if part == Some(TablePart::Table) {
                    tables - 1
                } else {
                    tables
                },
                part: part.map(|_| self.table.len() - 1),
                integration: Vec::new(),
                special: Vec::new(),
                foreign: Vec::new(),
            });
            return Content::Skipped;
        }
        Content::Read
    }

    /// An element closes.
    pub fn end_tag(&mut self, name: &str) {
        self.cur.break_run();
        if !name_in(name, &OPTIONAL_END_ELEMENTS) && !name_in(name, &VOID_ELEMENTS) {
            self.depth = self.depth.saturating_sub(1);
        }
        let tables = self.open_tables();
        if let Some(p) = TablePart::of(name).filter(|_| !self.in_template()) {
            if self.in_foreign() {
                // The tree builder looks for the name among the foreign
                // elements open, and failing that hands the end tag to the
                // table around them (`<td contenteditable><math></td>`
                // closes the cell): which it does is more than this
                // builder tracks, so the rest is left unmarked.
                self.unsure = true;
            } else {
                self.close_table_part(p);
            }
        }
        if let Some(skip) = &mut self.skip {
            if skip.is_foreign() || !skip.foreign.is_empty() {
                if name_in(name, &INTEGRATION_POINTS) {
                    if let Some(k) = skip
                        .integration
                        .iter()
                        .rposition(|p| name.eq_ignore_ascii_case(p))
                    {
                        skip.integration.truncate(k);
                    }
                } else if skip.integration.is_empty() && name_in(name, &["p", "br"]) {
                    self.unsure = true; // `</p>` and `</br>` break out too
                }
            }
            // (A table's own end tag counts where its table was open.)
            let scope = if TablePart::of(name) == Some(TablePart::Table) {
                tables.saturating_sub(1)
            } else {
                tables
            };
            // Inside a template no end tag but its own closes what is open
            // outside it (the template is special: the tree builder stops
            // there), so `<select><table><template></table>` leaves the
            // template, the table and the select open.
            let template = skip.special.iter().rposition(|s| *s == "template");
            if let Some(k) = skip
                .special
                .iter()
                .rposition(|s| name.eq_ignore_ascii_case(s))
                .filter(|&k| template.is_none_or(|t| k >= t))
            {
                skip.special.truncate(k);
            }
            // (`</math>` with only an svg open closes nothing.)
            if let Some(k) = skip
                .foreign
                .iter()
                .rposition(|f| name.eq_ignore_ascii_case(f))
            {
                if !skip.integration.is_empty() && !skip.is_foreign() {
                    // An integration point open in it (`<select><math><mi>
                    // <m><svg></math>`): the tree builder may reach the
                    // special `mi` first and ignore the end tag, leaving the
                    // svg open. Which it did is more than this builder
                    // tracks.
                    self.unsure = true;
                }
                skip.foreign.truncate(k);
                if skip.foreign.is_empty() && !skip.is_foreign() {
                    skip.integration.clear();
                }
            }
            // Inside a template opened in it, the tree builder ignores the
            // end tag (`<select><template></select>`); so it does inside a
            // select opened in it (`<div data-ae=off><select></div>`: "in
            // select" ignores every end tag but its own few, and hands
            // `</template>` to the rules of the head, which close the
            // template: `<template><select></template>`). Where the select
            // was in fact closed, the skip only lasts longer.
            //
            // A template's own end tag closes the innermost template, this
            // one or one nested in it (`<template><template></template>`:
            // counted in `depth` and `special` both).
            let template_end = name.eq_ignore_ascii_case("template");
            let ignored = (skip.special.contains(&"template")
                && !(template_end && skip.name == "template"))
                || (skip.open_select().is_some() && !template_end);
            if name.eq_ignore_ascii_case(&skip.name) && scope == skip.tables && !ignored {
                // An integration point still open (`<math><mi><svg></math>`):
                // the tree builder reaches the special `mi` first and
                // ignores the end tag; so may a special element.
                let blocked = skip.depth == 1
                    && ((skip.is_foreign() && !skip.integration.is_empty())
                        || (!skip.special.is_empty() && name_in(name, &PLAIN_END_TAG_SKIPS)));
                if blocked {
                    // Perhaps ignored by the tree builder: what follows may
                    // still be inside.
                    self.unsure = true;
                }
                skip.depth -= 1;
            }
            if skip.depth > 0 {
                self.end_skip_closed_by_table();
                return;
            }
            if !skip.foreign.is_empty() {
                // `<math><svg></math>`: the tree builder closes the svg with
                // the math, unless an end tag it gave to the HTML rules had
                // closed the math already (`<x><math></x>`, with an `x`
                // around it), so that the svg stands outside, still open.
                // Which it did is more than this builder tracks.
                self.unsure = true;
            }
            self.skip = None;
        }
        if breaks_block(name) {
            self.flush();
        }
    }

    /// The blocks and measures.
    pub fn finish(mut self) -> Segmented {
        self.flush();
        // Kept through the analysis: without the slack of its doubling.
        self.blocks.shrink_to_fit();
        Segmented {
            blocks: self.blocks,
            depth: self.max_depth,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<String> {
        segment(src).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn inline_markup_joins_and_blocks_split() {
        assert_eq!(
            texts("<p><b>Kim</b> Jong-un<br>met <a href=x>Putin</a>.</p><div>x</div>"),
            ["Kim Jong-un", "met Putin.", "x"]
        );
    }

    #[test]
    fn skips_code_like_and_opted_out_content() {
        let src = "<p>a<code>Bob <code>Smith</code> x</code>b</p><div data-ae=off><p>Jane Doe</p></div><p translate=no>z</p><p contenteditable>y</p><p contenteditable=false>w</p>";
        assert_eq!(texts(src), ["ab", "w"]);
    }

    #[test]
    fn scripts_styles_and_comments_hold_no_text() {
        assert_eq!(
            texts("<p>a<!-- Bob -->b<script>Bob</script>c<style>p{}</style></p><title>T</title>"),
            ["abc"]
        );
    }

    #[test]
    fn self_closed_svg_does_not_skip_the_rest() {
        assert_eq!(
            texts("<p><svg/>a</p><svg><text>no</text></svg><p>b</p>"),
            ["a", "b"]
        );
    }

    #[test]
    fn depth_counts_nesting_but_not_optional_end_tags() {
        assert_eq!(segment_measuring("<div><b><i>x</i></b></div>").depth, 3);
        assert_eq!(segment_measuring(&"<p>x".repeat(50)).depth, 0);
        assert_eq!(segment_measuring(&"<b>x".repeat(50)).depth, 50);
        assert_eq!(segment_measuring("<br><img><svg/>").depth, 0);
    }

    #[test]
    fn inline_code_does_not_cut_the_sentence() {
        assert_eq!(
            texts("<p>Use <code>x</code> now.</p><pre>no</pre><p>z</p>"),
            ["Use now.", "z"]
        );
    }

    /// Feed `src` as the DOM path does: an element whose content is skipped
    /// is closed at once (its subtree is never walked), and each text node is
    /// its own run. A tiny tree builder stands in for the browser's.
    fn texts_as_dom_walk(src: &str) -> Vec<String> {
        let mut b = BlockBuilder::default();
        let mut open: Vec<String> = Vec::new();
        let mut skipping: Option<usize> = None;
        for tok in Lexer::new(src) {
            match tok {
                Token::Text { start, end } if skipping.is_none() => {
                    // (The only reference in these inputs.)
                    let decoded = src[start..end].replace("&amp;", "&");
                    b.text(&decoded, start, Text::Decoded);
                    b.boundary();
                }
                Token::StartTag(tag) => {
                    let name = tag.name(src).to_ascii_lowercase();
                    if skipping.is_some() {
                        open.push(name);
                        continue;
                    }
                    if name_in(&name, &VOID_ELEMENTS) {
                        b.start_tag(&name, false, false, |a| tag.attr(src, a));
                        b.end_tag(&name);
                        continue;
                    }
                    if b.start_tag(&name, false, false, |a| tag.attr(src, a)) == Content::Skipped {
                        b.end_tag(&name);
                        skipping = Some(open.len());
                    }
                    open.push(name);
                }
                Token::EndTag(tag) => {
                    let name = tag.name(src).to_ascii_lowercase();
                    if let Some(k) = open.iter().rposition(|n| *n == name) {
                        for n in open.drain(k..).rev().collect::<Vec<_>>() {
                            if skipping.is_some_and(|d| open.len() <= d) {
                                skipping = None;
                            } else if skipping.is_none() {
                                b.end_tag(&n);
                            }
                        }
                    }
                }
                _ => b.boundary(),
            }
        }
        b.finish().blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn the_dom_walk_and_the_lexer_make_the_same_blocks() {
        for src in [
            "<p><b>Kim</b> Jong-un<br>met <a href=x>Putin</a>.</p><div>x</div>",
            "<p>a<code>Bob <code>Smith</code> x</code>b</p><div data-ae=off><p>Jane Doe</p></div><p translate=no>z</p><p>w &amp; v</p>",
            "<div>a<script>Bob</script>c<style>p{}</style></div><textarea>no</textarea><p>b</p>",
            "<ul><li>one<li>two</ul><nav><p>menu</p></nav><p>Use <kbd>x</kbd> now.</p>",
        ] {
            assert_eq!(texts_as_dom_walk(src), texts(src), "{src}");
        }
    }

    #[test]
    fn the_pages_own_data_ae_id_is_read_like_any_attribute() {
        assert_eq!(
            texts("<p>a<span data-ae-id=author-7>Ann</span>b</p>"),
            ["aAnnb"]
        );
    }
}
