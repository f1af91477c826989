"""What the citation modules share in reading a text.

In:  a text and positions in it.
Out: :class:`compiled` (a regular expression compiled when first used), :data:`SENTENCE_END`,
     :func:`opens_line` (whether a position opens its line, list numbers and labels aside),
     and how far the rules look back: :data:`NAME_REACH`, :data:`CARRY_REACH`.
"""

from __future__ import annotations

import re
from typing import Any


class compiled:
    """A regular expression compiled when first used, not when the module is imported
    (``import lawnews`` and a search that cites no statute need none of these)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(*self._args), name)
        setattr(self, name, value)  # found directly from now on
        return value


SENTENCE_END = compiled(r"[。；;！!？?\n]")
#: What may stand before an article heading at the start of its paragraph: list numbers, 【条文】, ▶, table bars.
_HEADING_LEAD = compiled(r"(?:[\s\u3000|>▶•·*-]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                          r"|【[^】\n]{0,10}】)*")


def opens_line(text: str, pos: int, line: int | None = None) -> bool:
    """Whether ``pos`` opens its line of ``text``: nothing but list numbers, 【…】 labels,
    ▶ marks and spaces (:data:`_HEADING_LEAD`) stand before it on the line. ``line``
    (where a line starts, at or before ``pos``) looks from there instead; False when
    ``pos`` lies before it."""
    start = text.rfind("\n", 0, pos) + 1 if line is None else line
    return _HEADING_LEAD.fullmatch(text, start, pos) is not None


#: How far back a law named without brackets is looked for (into earlier paragraphs too).
NAME_REACH = 2000
#: How far after a law a paragraph that names none may still refer to it (see :func:`assemble`).
CARRY_REACH = 1000
