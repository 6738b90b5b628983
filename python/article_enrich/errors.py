"""The exceptions of article_enrich.

Every exception the package raises on purpose is an ``ArticleEnrichError``.
Input the library refuses is also a ``ValueError``; a bug inside the library
(a Rust panic, caught before it reaches Python) is an ``InternalError``, also
a ``RuntimeError``. Wrong argument types raise the usual ``TypeError``.
"""

from __future__ import annotations

__all__ = [
    "ArticleEnrichError",
    "LimitError",
    "InputTooLargeError",
    "TooDeepError",
    "TooManyBlocksError",
    "UnknownKindError",
    "InternalError",
]


class ArticleEnrichError(Exception):
    """Base class of the package's exceptions."""


class LimitError(ArticleEnrichError, ValueError):
    """The input is over one of the limits (size, nesting, blocks).

    ``value`` is what the input has, ``limit`` the limit in force.
    """

    def __init__(self, message: str, value: int, limit: int) -> None:
        super().__init__(message)
        self.value = value
        self.limit = limit


class InputTooLargeError(LimitError):
    """The input has more bytes of UTF-8 than ``max_input_bytes`` (default 32 MiB)."""


class TooDeepError(LimitError):
    """Elements are nested deeper than ``max_depth``."""


class TooManyBlocksError(LimitError):
    """The page has more text blocks than ``max_blocks``."""


class UnknownKindError(ArticleEnrichError, ValueError):
    """A ``kinds`` list names a kind there is none of."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


class InternalError(ArticleEnrichError, RuntimeError):
    """The Rust library failed (a panic, caught at the boundary): a bug; please report the input."""
