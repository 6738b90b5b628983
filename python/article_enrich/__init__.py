"""article_enrich: people, organisations, places, dates, figures and
quotations with their speakers in news articles.

>>> import article_enrich as ae
>>> a = ae.analyze("“We will not wait,” Anna Berg, the Danish foreign minister, said.")
>>> a["entities"][0]["name"], a["entities"][0]["description"]
('Anna Berg', 'Danish foreign minister')
>>> a["quotes"][0]["speaker"]
'e1'

``analyze`` and ``analyze_html`` return plain dicts, the same fields as the
JSON of ``article-enrich analyze`` (see ``article_enrich.types``); ``enrich``
returns the page with spans inserted, and ``strip`` removes them again. The
GIL is released while the Rust code runs, so threads analyse in parallel.
"""

from __future__ import annotations

from . import errors, types
from ._native import (
    DEFAULT_MAX_BLOCKS,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_INPUT_BYTES,
    analyze,
    analyze_html,
    enrich,
    strip,
    version,
)
from .errors import (
    ArticleEnrichError,
    InputTooLargeError,
    InternalError,
    LimitError,
    TooDeepError,
    TooManyBlocksError,
    UnknownKindError,
)

__version__ = version()

__all__ = [
    "analyze",
    "analyze_html",
    "enrich",
    "strip",
    "version",
    "DEFAULT_MAX_INPUT_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_BLOCKS",
    "ArticleEnrichError",
    "LimitError",
    "InputTooLargeError",
    "TooDeepError",
    "TooManyBlocksError",
    "UnknownKindError",
    "InternalError",
    "errors",
    "types",
]
