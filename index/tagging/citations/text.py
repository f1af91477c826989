"""What the citation modules share in reading a text.

In:  a text and positions in it.
Out: :class:`compiled` (a regular expression compiled when first used), :data:`SENTENCE_END`,
     :func:`opens_line` (whether a position opens its line, list numbers and labels aside),
     :func:`line_break_before` and :func:`sentence_end_in` (where the line break before a
     position, or the first sentence end in a span, stands), :func:`overlap_test` (whether a
     span overlaps one of many), and how far the rules look back: :data:`NAME_REACH`,
     :data:`CARRY_REACH`.

The line break before a position, or the sentence end after it, is looked for near it, and
further off in the places of the text's line breaks and sentence ends, found once
(:mod:`..positions`): a page printed as one long line is not scanned through for each citation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import Any, Callable, Iterable

from ..positions import first_mark, last_mark


class compiled:
    """A regular expression compiled when first used, not when the module is imported
    (``import lawnews`` and a search that cites no statute need none of these)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(*self._args), name)
        setattr(self, name, value)  # found directly from now on
        return value


_SENTENCE_ENDS = "。；;！!？?\n"
SENTENCE_END = compiled(f"[{_SENTENCE_ENDS}]")
#: What may stand before an article heading at the start of its paragraph: list numbers, 【条文】, ▶, table bars.
_HEADING_LEAD = compiled(r"(?:[\s\u3000|>▶•·*-]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                          r"|【[^】\n]{0,10}】)*")


def opens_line(text: str, pos: int, line: int | None = None) -> bool:
    """Whether ``pos`` opens its line of ``text``: nothing but list numbers, 【…】 labels,
    ▶ marks and spaces (:data:`_HEADING_LEAD`) stand before it on the line. ``line``
    (where a line starts, at or before ``pos``) looks from there instead; False when
    ``pos`` lies before it."""
    start = line_break_before(text, pos) + 1 if line is None else line
    return _HEADING_LEAD.fullmatch(text, start, pos) is not None


def line_break_before(text: str, pos: int) -> int:
    """Where the last line break before ``pos`` stands (``text.rfind("\\n", 0, pos)``), -1 if none."""
    return last_mark(text, "\n", 0, pos)


def sentence_end_in(text: str, lo: int, hi: int | None = None) -> int:
    """Where the first sentence end (:data:`SENTENCE_END`) at ``lo`` or after and before ``hi``
    (None: the end of the text) stands, -1 if none."""
    return first_mark(text, _SENTENCE_ENDS, lo, len(text) if hi is None else hi)


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span ``[start, end)`` overlaps one of ``spans`` (``(start, end)`` each): the
    spans sorted once, each question a bisection."""
    ordered = sorted(spans)
    starts = [s for s, _e in ordered]
    reach = list(accumulate((e for _s, e in ordered), max))  # the furthest end of the spans so far

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the spans that start before ``end``: does one end after ``start``?
        return k > 0 and reach[k - 1] > start
    return overlaps


#: How far back a law named without brackets is looked for (into earlier paragraphs too).
NAME_REACH = 2000
#: How far after a law a paragraph that names none may still refer to it (see :func:`assemble`).
CARRY_REACH = 1000
