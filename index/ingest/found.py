"""What a file that gives no article holds instead, for the reason it is skipped.

In: the text of a page file or a web page saved as text from which no article was read.
Out: :func:`no_article`, the skip's reason: ``no article text found: a table of 5
lines`` (most lines are rows of cells set apart by ``|``, tabs or wide spaces, and no
line beside them a sentence of text, :func:`table_lines`: a booking sheet, a roster), ``no article text found: a list of 6 lines`` (three lines or
more, none of them a sentence or a Markdown heading), else ``no article text found`` with ``where`` after it
(``in the saved web page``).
"""

from __future__ import annotations

import re

from .clean import cells

#: A Markdown table's rule (|---|:---:|) or a ruled line (-----, ====).
_RULE = re.compile(r"^[\s|:：\-－—=+_]+$")
#: The end of a sentence.
_SENTENCE = re.compile(r"[。！？!?；;]")
#: A clause mark inside a sentence.
_CLAUSE = re.compile(r"[，,]")
#: The longest line a list item is (a sentence of news is longer).
LIST_LINE = 40


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not _RULE.match(line)]


def table_lines(text: str) -> int:
    """How many lines the table ``text`` is, when it is one (two lines or more, at least
    two thirds of them rows of cells, and none of the others a sentence of clauses or one
    longer than a list item: a booking sheet, a statistics table under its title with a
    note, ``注：数据截至三月底。``); else 0. A text that holds a table has lines of sentences
    beside it: more of them (a news text), or a few around a long table (an explainer: an
    introduction, the table, a conclusion; a brief: ``3月1日，某某法院公布…数据。``, the
    table, ``数据显示，…。``)."""
    lines = _lines(text)
    if len(lines) < 2:
        return 0
    rows = [bool(cells(line, spaces=True)) for line in lines]
    if sum(rows) * 3 < len(lines) * 2:
        return 0
    prose = any(not row and _SENTENCE.search(line) and (len(line) > LIST_LINE or _CLAUSE.search(line))
                for line, row in zip(lines, rows))
    return 0 if prose else len(lines)


def no_article(text: str, where: str = "") -> str:
    """The reason a file whose ``text`` gave no article is skipped (see the module docstring)."""
    lines = _lines(text)
    if table_lines(text):
        return f"no article text found: a table of {len(lines)} lines"
    if len(lines) >= 3 and not any(_SENTENCE.search(line) or len(line) > LIST_LINE or line.startswith("#")
                                   for line in lines):  # Markdown headings over nothing are no list
        return f"no article text found: a list of {len(lines)} lines"
    return "no article text found" + (f" {where}" if where else "")
