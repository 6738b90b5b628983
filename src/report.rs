//! The analysis as plain data: the JSON contract of `article-enrich analyze`
//! and of `analyze()` in JavaScript.
//!
//! ```text
//! {"entities":[{"id":"e1","kind":"person","name":"Yoon Suk Yeol","description":"South Korean president",
//!               "mentions":[{"start":120,"end":133,"text":"Yoon Suk Yeol"}]}],
//!  "quotes":[{"start":900,"end":1040,"text":"…","speaker":"e1","kind":"full"}],
//!  "speakers":[{"entity":"e1","quotes":[0]}]}
//! ```
//! Offsets index [`Analysis::text`] in the chosen [`Unit`], `end` exclusive.
//! Besides the contract's fields, quotes carry `block`, `continued` and
//! `speakerDescription`, and `speakers` lists each speaker's quotes by index
//! (the data of a "who said what" panel).

use crate::span::{Unit, UnitIndex};
use crate::text::Analysis;

/// The id of entity `i` (an index into [`Analysis::entities`]) in the JSON
/// report and in the markup: `e1`, `e2`, …
pub(crate) fn entity_id(i: usize) -> String {
    format!("e{}", i + 1)
}

/// One mention.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MentionReport {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The mention's text.
    pub text: String,
}

/// One entity.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EntityReport {
    /// `e1`, `e2`, … in order of first mention.
    pub id: String,
    /// person, organization, place, group, date, number or other.
    pub kind: &'static str,
    /// Fullest name.
    pub name: String,
    /// Role from the article, or null.
    pub description: Option<String>,
    /// Mentions in document order.
    pub mentions: Vec<MentionReport>,
}

/// One quote.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct QuoteReport {
    /// Start offset (after the opening mark).
    pub start: usize,
    /// End offset (before the closing mark).
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Entity id of the speaker, or null.
    pub speaker: Option<String>,
    /// "full" or "partial".
    pub kind: &'static str,
    /// Block index.
    pub block: usize,
    /// A later paragraph of a multi-paragraph quote.
    pub continued: bool,
    /// Words for an unnamed speaker ("a spokesman"), or null.
    pub speaker_description: Option<String>,
}

/// A speaker and the indices of their quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SpeakerReport {
    /// Entity id.
    pub entity: String,
    /// Indices into `quotes`.
    pub quotes: Vec<usize>,
}

/// The whole analysis as data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Report {
    /// The analysed text, which offsets index. Present for HTML input only
    /// (plain text input is its own text).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub text: Option<String>,
    /// Entities in order of first mention.
    pub entities: Vec<EntityReport>,
    /// Quotes in document order.
    pub quotes: Vec<QuoteReport>,
    /// Speakers in order of first quote.
    pub speakers: Vec<SpeakerReport>,
}

impl Report {
    /// Build the report of `a` with offsets in `unit`.
    ///
    /// # Example
    /// ```
    /// use article_enrich::{analyze, report::Report, Unit};
    /// let r = Report::new(&analyze("😀 Anna Berg met Peter Holm."), Unit::Utf16);
    /// assert_eq!(r.entities[0].name, "Anna Berg");
    /// assert_eq!(r.entities[0].mentions[0].start, 3);
    /// ```
    pub fn new(a: &Analysis, unit: Unit) -> Report {
        let idx = UnitIndex::new(a.text(), unit);
        let pos = |block: usize, byte: usize| idx.at(a.block_start(block) + byte);
        let entities = a
            .entities()
            .iter()
            .enumerate()
            .map(|(i, e)| EntityReport {
                id: entity_id(i),
                kind: e.kind().as_str(),
                name: e.name().to_string(),
                description: e.description().map(str::to_string),
                mentions: e
                    .mentions()
                    .iter()
                    .map(|m| MentionReport {
                        start: pos(m.block, m.start),
                        end: pos(m.block, m.end),
                        text: a.block_text(m.block)[m.start..m.end].to_string(),
                    })
                    .collect(),
            })
            .collect();
        let mut speakers: Vec<SpeakerReport> = Vec::new();
        // entity index -> position in `speakers`
        let mut speaker_slot: Vec<Option<usize>> = vec![None; a.entities().len()];
        let quotes = a
            .quotes()
            .iter()
            .enumerate()
            .map(|(qi, q)| {
                let (s, e) = q.range();
                let speaker = q.speaker().map(entity_id);
                if let (Some(i), Some(id)) = (q.speaker(), &speaker) {
                    match speaker_slot[i] {
                        Some(k) => speakers[k].quotes.push(qi),
                        None => {
                            speaker_slot[i] = Some(speakers.len());
                            speakers.push(SpeakerReport {
                                entity: id.clone(),
                                quotes: vec![qi],
                            });
                        }
                    }
                }
                QuoteReport {
                    start: pos(q.block(), s),
                    end: pos(q.block(), e),
                    text: a.block_text(q.block())[s..e].to_string(),
                    speaker,
                    kind: q.kind().as_str(),
                    block: q.block(),
                    continued: q.is_continued(),
                    speaker_description: q.speaker_description().map(str::to_string),
                }
            })
            .collect();
        Report {
            text: None,
            entities,
            quotes,
            speakers,
        }
    }

    /// Like [`Report::new`], with the analysed text included (for HTML input,
    /// whose text the caller does not have).
    pub fn with_text(a: &Analysis, unit: Unit) -> Report {
        Report {
            text: Some(a.text().to_string()),
            ..Report::new(a, unit)
        }
    }
}
