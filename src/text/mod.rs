//! Stage 2: text analysis. Blocks of plain text in, [`Analysis`] out.
//!
//! The passes run in order over every block, then over the document:
//! [`token`] → [`sentence`] → [`quote`] (quotation spans) → [`entity`]
//! (candidate names, dates and figures with roles) → [`alias`] (one entity per
//! referent, "Mr Yoon" with "Yoon Suk Yeol") → [`attribution`] (a speaker for
//! every quote). Nothing here knows about HTML: offsets are byte offsets into
//! each block's text, and the fronts convert them to code points or UTF-16.

pub mod alias;
pub mod attribution;
pub mod data;
pub mod entity;
pub mod ner;
pub mod quote;
pub mod sentence;
pub mod token;

pub use data::Gender;

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
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: QuoteKind,
    /// Index of the previous paragraph of the same multi-paragraph quote.
    pub(crate) continues: Option<usize>,
    pub(crate) speaker: Option<usize>,
    pub(crate) speaker_description: Option<String>,
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

/// Is this English? At least 40% of its lower-case words (the first 2,000)
/// must be frequent English words ([`data::is_common_word`]). On the corpus
/// pages the share is 0.54–0.90 for English pages and 0.03–0.27 for German,
/// French, Spanish, Czech and Latin placeholder text. Text with fewer than 40
/// lower-case words counts as English (a caption: nothing to judge by).
///
/// The name tagger and the rules are English; on other languages they would
/// mark capitalised nouns as people ("Aktuelles Heft"), so names are not
/// looked for there. Quotes, dates and figures still are.
pub(crate) fn is_english(texts: &[&str]) -> bool {
    let (mut words, mut common) = (0usize, 0usize);
    for t in texts {
        for w in t.split(|c: char| !c.is_alphabetic()) {
            if w.is_empty() || !w.starts_with(char::is_lowercase) {
                continue;
            }
            words += 1;
            if data::is_common_word(w) {
                common += 1;
            }
        }
        if words >= 2000 {
            break;
        }
    }
    words < 40 || common * 10 >= words * 4
}

/// One block split for analysis.
#[derive(Default)]
struct Split {
    tokens: Vec<token::Token>,
    sents: Vec<(usize, usize)>,
    rules: Vec<entity::Candidate>,
    codes: Vec<u8>,
}

/// Analyse `text` whose blocks are the given byte ranges.
pub(crate) fn analyze_blocks(text: String, blocks: Vec<(usize, usize)>) -> Analysis {
    let block_texts: Vec<&str> = blocks.iter().map(|&(a, b)| &text[a..b]).collect();
    // Names are looked for in English only (see `is_english`).
    let english = is_english(&block_texts);
    // Tokens, sentences and the rules' names of every block first: the name
    // tagger reads the whole document before it tags the first block.
    let mut split: Vec<Split> = block_texts
        .iter()
        .map(|t| {
            let tokens = token::tokenize(t);
            let sents = sentence::sentences(t, &tokens);
            let rules = if english {
                entity::rule_names(t, &tokens, &sents)
            } else {
                Vec::new()
            };
            let codes = entity::rule_codes(&rules, tokens.len());
            Split {
                tokens,
                sents,
                rules,
                codes,
            }
        })
        .collect();
    let model = ner::Model::builtin();
    let mut tagger = english.then(|| {
        let view: Vec<ner::Block> = block_texts
            .iter()
            .zip(&split)
            .map(|(t, s)| ner::Block::new(t, &s.tokens, &s.sents, &s.codes))
            .collect();
        ner::DocTagger::new(&view)
    });
    let mut docs: Vec<entity::BlockAnalysis> = Vec::with_capacity(blocks.len());
    let mut quotes = Vec::new();
    for (bi, &t) in block_texts.iter().enumerate() {
        let Split {
            tokens,
            sents,
            rules,
            codes,
        } = std::mem::take(&mut split[bi]);
        let block_quotes = quote::find_quotes(t, &tokens, &sents);
        let names = match tagger.as_mut() {
            Some(tagger) => {
                let view = ner::Block::new(t, &tokens, &sents, &codes);
                let labels = tagger.tag(model, &view);
                tagger.names(&view, &labels)
            }
            None => Vec::new(),
        };
        drop(codes);
        let cands = entity::detect(t, &tokens, &sents, rules, names);
        docs.push(entity::BlockAnalysis {
            tokens,
            sentences: sents,
            candidates: cands,
            quotes: block_quotes.clone(),
        });
        for q in block_quotes {
            quotes.push(Quote {
                block: bi,
                start: q.start,
                end: q.end,
                kind: q.kind,
                continues: None,
                speaker: None,
                speaker_description: None,
            });
        }
    }
    entity::harmonise_kinds(&block_texts, &mut docs);
    quote::link_continuations(&block_texts, &docs, &mut quotes);
    let (entities, cand_entity) = alias::group(&block_texts, &docs);
    let mut entities = entities;
    attribution::attribute(
        &block_texts,
        &docs,
        &cand_entity,
        &mut entities,
        &mut quotes,
    );
    let mut quote_counts = vec![0; entities.len()];
    for q in &quotes {
        if let Some(i) = q.speaker {
            quote_counts[i] += 1;
        }
    }
    Analysis {
        text,
        blocks,
        entities,
        quotes,
        quote_counts,
    }
}

/// Split plain text into blocks: paragraphs separated by blank lines when there
/// are any, else one block per line. Blocks are byte ranges of `text`.
pub(crate) fn plain_text_blocks(text: &str) -> Vec<(usize, usize)> {
    let has_blank_line = text.contains("\n\n") || text.contains("\r\n\r\n");
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        let s = &text[a..b];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if a + lead < b - trail {
            out.push((a + lead, b - trail));
        }
    };
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let boundary = if has_blank_line {
                // a line that is blank (only whitespace) ends a paragraph
                let rest = &text[i + 1..];
                let line_end = rest.find('\n').map_or(rest.len(), |k| k);
                rest[..line_end].trim().is_empty()
            } else {
                true
            };
            if boundary {
                push(&mut out, start, i);
                start = i + 1;
            }
        }
        i += 1;
    }
    push(&mut out, start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_looked_for_in_english_only() {
        let en = "The council said on Monday that the new wall would be built by the end of \
                  the year, and that residents who had opposed it would be asked for their \
                  views before the work began in the spring of next year. The town had shown \
                  the plans last year, and since then people have argued about who pays.";
        let de = "Der Rat sagte am Montag, dass die neue Mauer bis zum Ende des Jahres gebaut \
                  werde und dass die Anwohner, die dagegen waren, vor Beginn der Arbeiten im \
                  Frühjahr nach ihrer Meinung gefragt werden sollen, sagte Anna Schmidt. \
                  Die Stadt hatte die Pläne im vergangenen Jahr vorgestellt, und seitdem \
                  wird im Ort darüber gestritten, wer die Kosten tragen soll.";
        assert!(is_english(&[en]));
        assert!(!is_english(&[de]));
        assert!(is_english(&["Too short to judge."]));
        let a = analyze_blocks(de.to_string(), vec![(0, de.len())]);
        assert!(
            !a.entities().iter().any(|e| e.kind() == Kind::Person),
            "{:?}",
            a.entities()
        );
    }

    #[test]
    fn plain_text_splits_on_blank_lines_when_present() {
        let t = "Para one\nwraps here.\n\nPara two.";
        let b = plain_text_blocks(t);
        assert_eq!(
            b.iter().map(|&(a, e)| &t[a..e]).collect::<Vec<_>>(),
            ["Para one\nwraps here.", "Para two."]
        );
    }

    #[test]
    fn plain_text_without_blank_lines_splits_lines() {
        let t = "One.\nTwo.\n";
        let b = plain_text_blocks(t);
        assert_eq!(
            b.iter().map(|&(a, e)| &t[a..e]).collect::<Vec<_>>(),
            ["One.", "Two."]
        );
    }
}
