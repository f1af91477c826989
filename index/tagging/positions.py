"""Where words and marks stand in a text: found once, then looked up by bisection.

The rules look around each match in its sentence or line: the clause mark before it, a
condition opening an earlier clause, a context or cue word anywhere in the sentence, the
line break before a citation. Scanning the sentence or line for each match costs its
length every time, and a page printed as one long line (no 。, only ，) holds thousands of
matches in one sentence: the scans add up to the square of its length. Here a question
about a stretch of the text looks at the :data:`WINDOW` characters next to where it starts
(most sentences and lines are shorter, and what is looked for stands close by), and beyond
them asks a table of the places of the word or marks in the whole text, made the first time
it is needed: a bisection, however long the stretch.

In:  a text and a stretch of it (``lo``, ``hi``).
Out: :func:`within` (whether a word stands inside the stretch, as ``text.find(word, lo, hi) >= 0``
     tells), :func:`first_mark` and :func:`last_mark` (where the first or last of some marks in
     the stretch stands); :func:`positions`, the tables of a text (the last few texts asked
     about are kept): :meth:`~Positions.starts` (the sorted starts of a word's occurrences,
     overlapping ones too, or of an expression's matches), :meth:`~Positions.first` (the first
     of them in a stretch), :meth:`~Positions.marks` (where some marks stand).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Union

#: How many characters next to where a question starts are looked at in the text itself
#: before the table of the whole text is asked.
WINDOW = 256
#: A word (its occurrences) or an expression (anything with ``finditer``: the starts of its matches).
Key = Union[str, Any]


class Positions:
    """The places of words, marks and expressions in ``text``, each found on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[Key, list[int]] = {}

    def starts(self, key: Key) -> list[int]:
        """The sorted starts of ``key`` in the text: every occurrence of a word (overlapping ones
        too), or the match starts of ``expression.finditer(text)``."""
        found = self._starts.get(key)
        if found is None:
            found = self._starts[key] = _occurrences(self.text, key) if isinstance(key, str) else \
                [m.start() for m in key.finditer(self.text)]
        return found

    def first(self, key: Key, lo: int, hi: int) -> int:
        """The first start of ``key`` (:meth:`starts`) at ``lo`` or after and before ``hi``, or -1."""
        starts = self.starts(key)
        k = bisect_left(starts, lo)
        return starts[k] if k < len(starts) and starts[k] < hi else -1

    def marks(self, marks: str) -> list[int]:
        """Where each character of ``marks`` (a string of characters) stands in the text, in order."""
        return self.starts(_marks(marks))


def within(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` stands wholly inside ``text[lo:hi]`` (``text.find(word, lo, hi) >= 0``)."""
    near = min(hi, lo + WINDOW)
    if text.find(word, lo, near) >= 0:
        return True
    return near < hi and positions(text).first(word, max(lo, near - len(word) + 1), hi - len(word) + 1) >= 0


def first_mark(text: str, marks: str, lo: int, hi: int) -> int:
    """Where the first character of ``marks`` (a string of characters) at ``lo`` or after and
    before ``hi`` stands in ``text``, or -1."""
    near = min(hi, lo + WINDOW)
    m = _marks(marks).search(text, lo, near)
    if m is not None:
        return m.start()
    return positions(text).first(_marks(marks), near, hi) if near < hi else -1


def last_mark(text: str, marks: str, lo: int, hi: int) -> int:
    """Where the last character of ``marks`` (a string of characters) before ``hi`` and at
    ``lo`` or after stands in ``text``, or -1."""
    near = max(lo, hi - WINDOW)
    found = -1
    for c in marks:
        i = text.rfind(c, near, hi)
        if i > found:
            found = i
    if found >= 0 or near <= lo:
        return found
    starts = positions(text).marks(marks)
    k = bisect_left(starts, near) - 1
    return starts[k] if k >= 0 and starts[k] >= lo else -1


@lru_cache(maxsize=None)
def _marks(marks: str) -> re.Pattern[str]:
    """Any one character of ``marks``."""
    return re.compile(f"[{re.escape(marks)}]")


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, overlapping occurrences too."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@lru_cache(maxsize=8)
def positions(text: str) -> Positions:
    """The :class:`Positions` of ``text``, shared by the rules that read the same text."""
    return Positions(text)
