"""``date:`` expressions of a query string → queries over the ISO ``date`` field.

In: a query string (already narrowed, see :func:`.syntax.normalize`) and the
position of a ``date:`` in it. Out: the expression's extent, its problems as
``(message, position)``, and the Whoosh query it means.

An expression is a day, a month or a year (``date:2024-03-12``, ``date:2024-03``,
``date:2024``, or any form :mod:`lawnews.index.ingest.dates` reads), a quarter as trends label
it (``date:2024-Q1``, the whole quarter), a range with ``[ ]``
inclusive and ``{ }`` exclusive ends and ``*`` for an open one
(``date:[2024-01 TO 2024-06]``, ``date:{2024-03-12 TO *}``) or a comparison
(``date:>2024-03``, ``>=``, ``<``, ``<=``). A partial date stands for its whole
period: ``[2024-01 TO 2024-06]`` runs from 2024-01-01 through 2024-06-30, and
``>2024-03`` means after March 2024; ``[2024-Q1 TO 2024-Q3]`` runs from 2024-01-01 through
2024-09-30. A span written in one value is that range, ends included: ``2024-01..2024-06``
(as GitHub's search writes it; ``2024-01..`` or ``..2024-06``, ``*`` for an end, open),
``2024年1月至6月``, ``2024年1月到2024年6月``, ``2024-01至2024-06``, ``2024-01~2024-06`` and
``2024年1月-6月`` (a hyphen after 年, 月 or 日); an end written without its year (``6月``,
``第二季度``) or month (``15日``) takes them from the first.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from whoosh import query as Q

from ..index.ingest.dates import period

FIELD = "date"

_BOUND = r"[^\s\[\]{}]+"
#: What may follow ``date:`` (a ``^`` after it is its boost, not part of the date).
EXPRESSION = re.compile(
    rf"(?P<open>[\[{{])\s*(?P<lo>{_BOUND})\s+TO\s+(?P<hi>{_BOUND})\s*(?P<close>[\]}}])"
    r"|(?P<op>[<>]=?)\s*(?P<cmp>[^\s()\[\]{}\"^]+)"
    r"|\"(?P<quoted>[^\"]*)\""
    r"|(?P<single>[^\s()\[\]{}\"^]+)"
)
#: ``date:`` followed by an expression, where a field name may start.
TAGGED = re.compile(rf"(?<![\w.]){FIELD}:(?:{EXPRESSION.pattern})")

#: A range whose ``TO`` is written otherwise (``[2024-01 to 2024-06]``).
_LOWER_TO = re.compile(rf"[\[{{]\s*{_BOUND}\s+(?P<to>(?!TO)[Tt][Oo])\s+{_BOUND}\s*[\]}}]")

USAGE = "write date:2024-03-12, date:2024-03, date:[2024-01 TO 2024-06] or date:>=2024-07"


#: A span in one value: two ends (either open with ``..``) parted by ``..``, 至, 到 or a tilde,
#: or by a hyphen or dash after an end in Chinese (2024年1月-6月; 2024-01-06 is one day).
_SPAN = re.compile(r"(?P<lo>.*?)\s*(?:\.\.|[至到~～]|(?<=[年月日号])\s*[-－—–])\s*(?P<hi>.*)")
#: An end written without its year (6月, 6月30日, 第二季度) or its year and month (30日).
_NO_YEAR = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}月|第?[1-4１-４一二三四]季度$")
_NO_MONTH = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}[日号]")


def span(value: str) -> "tuple[str, str] | None":
    """The two ends (``*`` for an open one) of a span written as one value
    (``2024-01..2024-06``, ``2024年1月至6月``), an end lacking its year or month given the
    first's; None for a value that is no span."""
    m = _SPAN.fullmatch(value)
    if m is None or not (m.group("lo") or m.group("hi")):
        return None
    lo, hi = m.group("lo") or "*", m.group("hi") or "*"
    if "*" not in (lo, hi):
        if _NO_MONTH.fullmatch(hi) and (head := re.match(r".*?月", lo)):
            hi = head.group() + hi  # 2024年1月5日至20日
        elif _NO_YEAR.match(hi) and (head := re.match(r".*?年", lo)):
            hi = head.group() + hi  # 2024年1月至6月
    return lo, hi


def expression(text: str, start: int) -> "re.Match[str] | None":
    """The date expression right after ``date:`` at ``start``, or None."""
    return EXPRESSION.match(text, start + len(FIELD) + 1)


def problems(text: str, start: int) -> list[tuple[str, int]]:
    """What is wrong with the ``date:`` expression at ``start``: ``(message, position)`` each."""
    m = expression(text, start)
    if m is None:
        lower = _LOWER_TO.match(text, start + len(FIELD) + 1)
        if lower is not None:
            return [(f"write TO in capitals in a date range ({USAGE})", lower.start("to"))]
        return [(f"expected a date after 'date:' ({USAGE})", start)]
    out = []
    for name in ("lo", "hi", "cmp", "quoted", "single"):
        value = m.group(name)
        if value is None or (value == "*" and name in ("lo", "hi")):
            continue
        ends = span(value) if name in ("quoted", "single") else None
        try:
            for end in ends or [value]:
                if end != "*":
                    period(end, "write YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
        except ValueError as e:
            out.append((str(e), m.start(name)))
        else:
            if ends is not None and "*" not in ends and period(ends[0])[0] > period(ends[1])[1]:
                out.append((f"date range {value} holds no day", m.start(name)))
    if not out and m.group("open") and "*" not in (m.group("lo"), m.group("hi")):
        lo, hi = _range(m)
        if lo is not None and hi is not None and lo > hi:
            out.append((f"date range {m.group()} holds no day", m.start()))
    return out


def query(m: "re.Match[str]", boost: float = 1.0) -> Q.Query:
    """The query of a valid expression (matched by :data:`EXPRESSION` or :data:`TAGGED`)."""
    single = m.group("single") or m.group("quoted")
    if single is not None and (ends := span(single)) is not None:  # 2024-01..2024-06, 2024年1月至6月
        lo, hi = ends
        return Q.TermRange(FIELD, None if lo == "*" else period(lo)[0], None if hi == "*" else period(hi)[1],
                           boost=boost)
    if single is not None:
        first, last = period(single)
        if first == last:
            return Q.Term(FIELD, first, boost=boost)
        return Q.TermRange(FIELD, first, last, boost=boost)
    if m.group("op"):
        op, (first, last) = m.group("op"), period(m.group("cmp"))
        if op == ">":
            return Q.TermRange(FIELD, last, None, startexcl=True, boost=boost)
        if op == ">=":
            return Q.TermRange(FIELD, first, None, boost=boost)
        if op == "<":
            return Q.TermRange(FIELD, None, first, endexcl=True, boost=boost)
        return Q.TermRange(FIELD, None, last, boost=boost)
    lo, hi = m.group("lo"), m.group("hi")
    start_excl, end_excl = m.group("open") == "{", m.group("close") == "}"
    start = None if lo == "*" else period(lo)[1 if start_excl else 0]
    end = None if hi == "*" else period(hi)[0 if end_excl else 1]
    return Q.TermRange(FIELD, start, end, startexcl=start_excl and start is not None,
                       endexcl=end_excl and end is not None, boost=boost)


def _range(m: "re.Match[str]") -> tuple[date | None, date | None]:
    """The first and last day a valid range admits, for checking that it admits one."""
    q = query(m)
    assert isinstance(q, Q.TermRange)
    lo = None if q.start is None else date.fromisoformat(q.start) + timedelta(days=q.startexcl)
    hi = None if q.end is None else date.fromisoformat(q.end) - timedelta(days=q.endexcl)
    return lo, hi
