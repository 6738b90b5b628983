# Type stubs of the Rust extension (python/src/lib.rs).
from typing import Optional, Sequence, Union

from .types import Analysis, HtmlAnalysis

DEFAULT_MAX_INPUT_BYTES: int
DEFAULT_MAX_DEPTH: int
DEFAULT_MAX_BLOCKS: int

def analyze(text: str, *, max_input_bytes: Optional[int] = None) -> Analysis:
    """Analyse plain text (paragraphs separated by blank lines, or by line
    breaks when there are none). Offsets are code points into ``text``.
    Raises InputTooLargeError over ``max_input_bytes`` bytes of UTF-8
    (default DEFAULT_MAX_INPUT_BYTES, 32 MiB)."""

def analyze_html(html: str, *, max_input_bytes: Optional[int] = None) -> HtmlAnalysis:
    """Analyse HTML. Offsets are code points into the returned ``text``."""

def enrich(
    html: str,
    *,
    kinds: Union[str, Sequence[str], None] = None,
    max_input_bytes: Optional[int] = None,
    max_depth: Optional[int] = None,
    max_blocks: Optional[int] = None,
) -> str:
    """The page with every mention and quote wrapped in a span. ``kinds``:
    "person,organization,place,group,date,number,other,quote" or a list of
    them (default: all but "other", plus quotes). Raises a LimitError over a
    limit, UnknownKindError for a kind that does not exist."""

def strip(html: str) -> str:
    """The page with every span of an earlier ``enrich`` removed."""

def version() -> str:
    """The version of the Rust library."""

def _panic_for_test() -> None: ...
