"""What reading an input gives: an input read, or skipped with its reason; and the limits every reader keeps.

In: nothing of the readers (this module imports none of them). Out: :class:`Skip` (an
input not indexed, and why), :class:`PageText` (a decoded page), :class:`Record` (an
article read from a JSONL line, a web page, a PDF or a Word file), :class:`Unchanged`
(a file not read again), and the checks each reader makes before it reads a file:
:func:`empty_file`, :func:`oversize` and :func:`read_whole`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Union

from ...config import MAX_PAGE_MB_ENV
from ..documents import Article

@dataclass(frozen=True)
class Skip:
    """An input (a file, or ``file:line`` of a JSONL file) that was not indexed, and why.

    A skip of a whole file that was found also names it as the index does
    (``source``, the ``file`` of its articles). ``transient`` marks an OS error
    (permission denied, a file gone mid-run): trying again may work, so an update
    keeps the file's earlier articles (``kept`` says how many). Any other reason
    means the file now gives no article, and an update removes its earlier
    articles (``removed``). A path the ``reason`` names (the file found first under
    another name, the first line of a duplicate id, a symlink's target) is absolute,
    however the inputs were given, so that a reason stored and shown again on a later
    update names the same file from any folder.
    """

    path: str
    reason: str
    source: str | None = None
    transient: bool = False
    removed: int = 0
    kept: int = 0
    #: Why each line was skipped, for a JSONL file skipped whole because no line gave a record.
    lines: tuple[str, ...] = ()

    @classmethod
    def unreadable(cls, path: str | os.PathLike[str], error: OSError, source: str | None = None) -> "Skip":
        """An input the operating system would not let us read now (a transient skip)."""
        return cls(str(path), f"unreadable: {error.strerror or error}", source, transient=True)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "reason": self.reason}
        if self.removed:
            out["removed"] = self.removed
        if self.kept:
            out["kept"] = self.kept
        if self.lines:
            out["lines"] = list(self.lines)
        return out


@dataclass(frozen=True)
class PageText:
    """A decoded page (a page file, or the text a PDF, Word or web page gives):
    ``source`` names the file as the index does. ``meta`` holds what the container
    says of the whole page (``date``, ``source``, ``url``, ``page``, ``section`` …);
    its articles take it where their own text says nothing else
    (:func:`.pages.parse_page`)."""

    path: Path
    source: str
    text: str
    encoding: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    bad_bytes: int = 0  # bytes not valid UTF-8 in otherwise UTF-8 text, each run read as U+FFFD
    nuls: int = 0  # NUL bytes inside the text (a page padded or damaged in one place), dropped


@dataclass(frozen=True)
class Record:
    """One valid JSONL line, already turned into an Article."""

    path: Path
    article: Article
    offset: int = 0  # bytes of the file (compressed, for .gz) read so far
    line: int = 0  # the line of the file it was read from
    bad_bytes: int = 0  # bytes of the line not valid UTF-8, each run read as U+FFFD
    halves: int = 0  # lone surrogates its JSON escapes gave (half a character: \ud83d alone), each read as U+FFFD
    nuls: int = 0  # NUL bytes inside the line, or the web page, it was read from (no text), dropped


@dataclass(frozen=True)
class Unchanged:
    """A file not read again: unchanged since the index took its articles
    (:func:`iter_inputs` with ``unchanged``)."""

    path: Path
    source: str


Input = Union[PageText, Record, Skip, Unchanged]

#: ``unchanged(path, source)``: whether a file need not be read again (see :func:`iter_inputs`).
Check = Callable[[Path, str], bool]

#: One path, or an iterable of paths.
Paths = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


def empty_file(path: Path, source: str) -> Skip | None:
    """A Skip for a file of 0 bytes (or one the OS will not let us look at), else None."""
    try:
        if path.stat().st_size == 0:
            return Skip(str(path), "empty", source)
    except OSError as e:
        return Skip.unreadable(path, e, source)
    return None


def oversize(path: Path, source: str, max_mb: float) -> Skip | None:
    """A Skip for a file larger than ``max_mb`` MB, which is then not read (a page,
    web page, PDF or Word file is read whole), else None. ``OSError`` from the size
    look-up is the caller's to report."""
    size = path.stat().st_size
    if size <= max_mb * 2**20:
        return None
    return Skip(str(path), f"file too large: {_over(size / 2**20, max_mb)} MB > {max_mb:g} MB; a page file is read"
                f" whole (set {MAX_PAGE_MB_ENV} to raise the limit, or split the file)", source)


def _over(mb: float, limit: float) -> str:
    """``mb`` with one decimal, or as many more as show it over ``limit`` (0.02, not 0.0, over 0.01)."""
    for digits in range(1, 10):
        text = f"{mb:.{digits}f}"
        if float(text) > limit:
            return text
    return f"{mb:g}"


def read_whole(path: Path, source: str, max_mb: float) -> bytes | Skip:
    """The bytes of a file read whole, or a Skip: larger than ``max_mb`` MB (not read),
    or unreadable now (a transient skip: the file's earlier articles are kept)."""
    try:
        if (big := oversize(path, source, max_mb)) is not None:
            return big
        return path.read_bytes()
    except OSError as e:
        return Skip.unreadable(path, e, source)
