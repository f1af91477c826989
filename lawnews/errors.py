"""The one exception hierarchy of lawnews.

Everything the library raises on purpose derives from :class:`LawNewsError`, so an
embedder can write a single ``except LawNewsError``. Each message is one sentence a
person can act on; the CLI prints it as is (``Error: …``) and exits 1.
A wrong argument raises :class:`ArgumentTypeError` or :class:`InvalidArgumentError`,
which are also ``TypeError`` and ``ValueError``.
"""

from __future__ import annotations


class LawNewsError(Exception):
    "Base class of every error lawnews raises on purpose."


class IndexNotFoundError(LawNewsError):
    "There is no lawnews index at the given place."


class IndexVersionError(LawNewsError):
    "The index was built by an incompatible lawnews, schema or dictionary."


class IndexLockedError(LawNewsError):
    "Another process is writing to the index."


class CorpusError(LawNewsError):
    "An input file or folder cannot be read as a corpus."


class CorpusFormatError(CorpusError):
    "An input record is malformed (for example a bad JSON line)."


class QuerySyntaxError(LawNewsError):
    "A query string cannot be parsed."

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


class UnknownFacetError(LawNewsError):
    "A facet name or facet value is not known to the index."


class ArticleNotFoundError(LawNewsError):
    "No article with the given id is in the index."


class ModelNotFoundError(LawNewsError):
    """The sentence-vector model is missing and could not be fetched."""


class InvalidArgumentError(LawNewsError, ValueError):
    """An argument has the right type but a value lawnews cannot use."""


class ArgumentTypeError(LawNewsError, TypeError):
    """An argument has a type lawnews does not accept (for example a path that is an int)."""
