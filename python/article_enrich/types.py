"""The shapes of the dicts ``analyze`` and ``analyze_html`` return: the JSON
report of ``article-enrich analyze`` (src/report.rs), field for field.

Offsets are code points, ``end`` exclusive: for plain text,
``text[m["start"]:m["end"]] == m["text"]``; for HTML they index
``analysis["text"]``.
"""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict

__all__ = ["Mention", "Entity", "Quote", "Speaker", "Analysis", "HtmlAnalysis", "EntityKind"]

EntityKind = Literal["person", "organization", "place", "group", "date", "number", "other"]


class Mention(TypedDict):
    start: int
    end: int
    text: str


class Entity(TypedDict):
    id: str
    """``e1``, ``e2``, ... in order of first mention."""
    kind: EntityKind
    name: str
    """The fullest name."""
    description: Optional[str]
    """The role the article gives ("Danish foreign minister"), or None."""
    mentions: List[Mention]


class Quote(TypedDict):
    start: int
    end: int
    text: str
    speaker: Optional[str]
    """Entity id of the speaker, or None."""
    kind: Literal["full", "partial"]
    block: int
    """Index of the paragraph (text block) the quote is in."""
    continued: bool
    """A later paragraph of a multi-paragraph quote."""
    speakerDescription: Optional[str]
    """Words for an unnamed speaker ("a spokesman"), or None."""


class Speaker(TypedDict):
    entity: str
    quotes: List[int]
    """Indices into ``quotes``."""


class Analysis(TypedDict):
    entities: List[Entity]
    quotes: List[Quote]
    speakers: List[Speaker]


class HtmlAnalysis(Analysis):
    text: str
    """The page's text blocks joined by blank lines: what the offsets index."""
