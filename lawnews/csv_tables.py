"""Rows of cells → the text of a CSV file that a spreadsheet opens as it was written.

In: rows (lists) of cells, text or numbers, and whether to start with a byte order mark.
Out: the CSV text (``\\n`` line ends, a cell holding a comma, a quote or a line break of
either kind quoted), every text cell a spreadsheet would run as a
formula written with a leading apostrophe, as OWASP advises against CSV injection: one
starting with ``=``, ``+``, ``-`` or ``@``, with their full-width forms ``＝＋－＠``, or with
a tab or a carriage return, and one whose first character after spaces (a tab, a line
break, the ideographic space) is such a sign. Numbers are written as they are, so that
counts (and a negative number) stay numbers. Every CSV lawnews writes (the trends, first
reports, profiles and hits of :mod:`lawnews.landscape`, on the command line and in the web
app) is made here.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

#: The byte order mark that tells Excel (on Chinese Windows, which else reads GBK) that a
#: CSV file is UTF-8; Python's ``utf-8-sig``, pandas and LibreOffice read past it.
BOM = "\ufeff"

#: What a spreadsheet reads a text cell starting with as a formula (or the start of one).
FORMULA_SIGNS = frozenset("=+-@＝＋－＠\t\r")


def cell(value: Any) -> Any:
    """``value`` as a CSV cell: a text that a spreadsheet would run as a formula (see the
    module) with an apostrophe before it (``=1+1`` → ``'=1+1``), any other value as it is."""
    if isinstance(value, str) and value and (value[0] in FORMULA_SIGNS or value.lstrip()[:1] in FORMULA_SIGNS):
        return "'" + value
    return value


#: What makes a cell quoted: the separator, the quote, and either line break (Python's
#: ``csv`` quotes a ``\r`` only when the line ends hold one, so that ``'\r=1+1`` would be
#: left bare and read as two lines, the second a formula).
_QUOTED = re.compile('[,"\r\n]')


def _field(value: Any) -> str:
    text = "" if value is None else str(value)
    return '"' + text.replace('"', '""') + '"' if _QUOTED.search(text) else text


def csv_text(rows: Iterable[list[Any]], bom: bool = False) -> str:
    """The CSV of ``rows``, each cell through :func:`cell` (None an empty cell), quoted when
    it holds a comma, a quote or a line break of either kind; ``bom``: starting with :data:`BOM`."""
    lines = [",".join(_field(cell(v)) for v in row) + "\n" for row in rows]
    return (BOM if bom else "") + "".join(lines)
