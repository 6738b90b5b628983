//! The results of text analysis: what [`super::analyze_blocks`] returns and
//! the rest of the crate reads. Nothing here runs a pass; the passes fill
//! these types in.

/// Gender of a given name or honorific.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person.
    Person,
    /// A company, government body, party, team, … (and metonyms such as the Kremlin).
    Organization,
    /// A country, region, city or geographic feature.
    Place,
    /// A nationality, religious or political group.
    Group,
    /// A date or time expression.
    Date,
    /// A quantity, amount of money or percentage.
    Number,
    /// A name of some other kind (events, products, …).
    Other,
}

impl Kind {
    /// The lower-case name used in JSON and tooltips.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Group => "group",
            Kind::Date => "date",
            Kind::Number => "number",
            Kind::Other => "other",
        }
    }

    /// Parse the name given by [`Kind::as_str`].
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "person" => Kind::Person,
            "organization" | "organisation" => Kind::Organization,
            "place" => Kind::Place,
            "group" => Kind::Group,
            "date" => Kind::Date,
            "number" => Kind::Number,
            "other" => Kind::Other,
            _ => return None,
        })
    }
}

/// One occurrence of an entity: a byte range of one block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Block index.
    pub block: usize,
    /// Start byte in the block text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// One real-world referent and every mention of it in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub(crate) kind: Kind,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) gender: Option<Gender>,
}

impl Entity {
    /// What it is.
    pub fn kind(&self) -> Kind {
        self.kind
    }
    /// Its fullest name in the article ("Yoon Suk Yeol").
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Its role, from the article's own words ("South Korean president").
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
    /// Every mention, in document order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }
    /// Gender, when the article shows it (honorific, given name or pronoun).
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }
}

/// Whether a quotation is a whole utterance or a phrase inside the writer's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A sentence or more of direct speech.
    Full,
    /// A phrase embedded in the writer's sentence: would “never sit by idly”.
    Partial,
}

impl QuoteKind {
    /// `"full"` or `"partial"`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// A quotation: the words between the marks, and who said them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub(crate) block: usize,
    /// Byte offset of the opening mark.
    pub(crate) open: usize,
    /// Start of the quoted words (after the mark).
    pub(crate) start: usize,
    /// End of the quoted words.
    pub(crate) end: usize,
    /// End of the closing mark, or `None` when the quote runs to the block end.
    pub(crate) close: Option<usize>,
    /// Which family of marks: `b'"'` double, `b'\''` single, `b'<'` guillemet.
    pub(crate) family: u8,
    pub(crate) kind: QuoteKind,
    /// Index of the previous paragraph of the same multi-paragraph quote.
    pub(crate) continues: Option<usize>,
    pub(crate) speaker: Option<usize>,
    pub(crate) speaker_description: Option<String>,
}

impl Quote {
    /// A quote in `block` over `(open, start, end, close)` (see the fields), with no continuation and no speaker yet.
    pub(crate) fn new(
        block: usize,
        (open, start, end, close): (usize, usize, usize, Option<usize>),
        kind: QuoteKind,
        family: u8,
    ) -> Quote {
        Quote {
            block,
            open,
            start,
            end,
            close,
            family,
            kind,
            continues: None,
            speaker: None,
            speaker_description: None,
        }
    }
}

impl Quote {
    /// Block index.
    pub fn block(&self) -> usize {
        self.block
    }
    /// Byte range in the block text, quotation marks excluded.
    pub fn range(&self) -> (usize, usize) {
        (self.start, self.end)
    }
    /// Full or partial.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// Is this a later paragraph of a quote that opened in an earlier one?
    pub fn is_continued(&self) -> bool {
        self.continues.is_some()
    }
    /// Index into [`Analysis::entities`] of the speaker, when the article names one.
    pub fn speaker(&self) -> Option<usize> {
        self.speaker
    }
    /// Words for an unnamed speaker ("a spokesman").
    pub fn speaker_description(&self) -> Option<&str> {
        self.speaker_description.as_deref()
    }
}

/// The result of analysing an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub(crate) text: String,
    /// Byte range of each block in `text`.
    pub(crate) blocks: Vec<(usize, usize)>,
    pub(crate) entities: Vec<Entity>,
    pub(crate) quotes: Vec<Quote>,
    /// Quotes attributed to each entity.
    pub(crate) quote_counts: Vec<usize>,
}

impl Analysis {
    /// The analysed text (for HTML: the blocks joined by a blank line).
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Number of blocks.
    pub fn block_count(&self) -> usize {
        self.blocks.len()
    }
    /// The text of block `i`.
    pub fn block_text(&self, i: usize) -> &str {
        let (a, b) = self.blocks[i];
        &self.text[a..b]
    }
    /// Byte offset of block `i` in [`Analysis::text`].
    pub fn block_start(&self, i: usize) -> usize {
        self.blocks[i].0
    }
    /// Entities in order of first mention.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
    /// Quotes in document order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }
    /// Number of quotes attributed to entity `i`.
    pub fn quote_count(&self, i: usize) -> usize {
        self.quote_counts.get(i).copied().unwrap_or(0)
    }
    /// Alias groups: for each entity, the distinct surface forms used for it.
    pub fn aliases(&self, i: usize) -> Vec<&str> {
        let mut forms: Vec<&str> = Vec::new();
        for m in &self.entities[i].mentions {
            let s = &self.block_text(m.block)[m.start..m.end];
            if !forms.contains(&s) {
                forms.push(s);
            }
        }
        forms
    }
}
