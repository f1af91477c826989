"""A whitespace-free view of a text, with positions mapped back, and its sentence units.

Newspaper text wraps lines anywhere, also inside names (``芙⏎⏎蓉区法院``) and spaces out
Han characters (``常 态 化``), so matching runs on the text with all whitespace removed.
In:  a text. Out: :class:`Compact` (``text``, ``span()`` back to the original) and
:func:`unit_bounds` (sentence units, split at ``。！？；`` and part separators); :func:`longest_first`
(overlapping matches of a text → the longest of them, in text order).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

_WS = re.compile(r"\s+")

#: Separates the parts of an article (title, sections, captions) in one analysed text.
PART_SEP = "\x00"
_UNIT_END = re.compile("[。！？；!?;\x00]")


class Compact:
    """``text`` is ``source`` without whitespace; :meth:`span` maps spans back."""

    def __init__(self, source: str) -> None:
        self.source = source
        cuts, shifts, removed = [0], [0], 0
        for m in _WS.finditer(source):
            removed += m.end() - m.start()
            cuts.append(m.end() - removed)
            shifts.append(removed)
        self._cuts, self._shifts = cuts, shifts
        self.text = _WS.sub("", source) if len(cuts) > 1 else source

    def pos(self, i: int) -> int:
        """Original position of compact position ``i``."""
        return i + self._shifts[bisect_right(self._cuts, i) - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the compact span ``[start, end)`` (``end > start``)."""
        return self.pos(start), self.pos(end - 1) + 1


def unit_bounds(text: str) -> list[int]:
    """Sorted end positions of the sentence units of ``text`` (the last is ``len(text)``)."""
    ends = [m.end() for m in _UNIT_END.finditer(text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


def unit_of(bounds: list[int], pos: int) -> tuple[int, int]:
    """The ``[start, end)`` of the unit holding ``pos``."""
    k = bisect_right(bounds, pos)
    return (bounds[k - 1] if k else 0), bounds[min(k, len(bounds) - 1)]


def longest_first(spans: list[tuple[int, int, Any]], length: int) -> list[tuple[int, int, Any]]:
    """``(start, end, item)`` matches in a text of ``length`` characters → those that
    overlap no match taken before them, taken longest first (the earlier of two as long,
    then the one listed first), in text order."""
    taken = bytearray(length + 1)
    out = []
    for span in sorted(spans, key=lambda h: (h[0] - h[1], h[0])):
        start, end = span[0], span[1]
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            out.append(span)
    return sorted(out, key=lambda h: h[0])
