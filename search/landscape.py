"""Counting the matches of a query by period and by facet value, on numpy arrays.

In: a :class:`Matching` (what :meth:`.searcher.IndexSearcher.matching` gives: the
articles a query and its filters select, exactly those :meth:`search` counts, with
the columns of the index generation: each document's story, facet value sets and
date). Out: :class:`Pairs`, each counted unit (a story, or with every copy counted
an article) once per value of a facet, with the earliest date at which the unit has
that value and the document of that date; from them :func:`by_period` counts per
value and period, :func:`value_counts` per value, and ``earliest`` is the first
report of each value.

A unit counts once per value any of its selected articles has, as the facet counts
of :meth:`search` count it, so a value's counts over the periods plus its undated
count are its facet count. With a date range and stories counted, the matching holds
every article the query without its dates selects, and its ``test``
(:class:`.story_dates.DateTest`) keeps the pairs whose earliest date is in the range:
a story (or a value's first copy in it) is dated by its earliest matching copy, as a
dated search lists it. Nothing here reads a stored document: whole arrays, sorted and
counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping

import numpy as np

if TYPE_CHECKING:
    from .columnar import Columns
    from .story_dates import DateTest

#: The lengths of period.
EVERY = ("month", "quarter", "year")

#: The date key of an undated document: after every real date (``yyyymmdd``).
UNDATED = 99_999_999


@dataclass(frozen=True)
class Matching:
    """The articles a query and filters select (one document each: its first matching
    section), with what they are counted by."""

    docs: np.ndarray  # the standing document of each selected article, ascending
    units: np.ndarray  # per docnum: the number of what counts once (its story, or its article)
    columns: Columns  # per docnum: article and facet value-set codes
    dates: np.ndarray  # per docnum: its article's date as yyyymmdd, 0 when undated
    filters: Mapping[str, tuple[str, ...]]  # the canonical filter values
    relaxed: bool  # no article had every word: the articles with any of them
    stored: Callable[[int], Mapping[str, Any]]  # a document's stored fields
    test: "DateTest | None" = None  # stories counted in a range: what their earliest date must be

    def article_id(self, doc: int) -> str:
        return self.columns.article_ids[int(self.columns.article[doc])]


@dataclass(frozen=True)
class Pairs:
    """Each (unit, value) once: the value's number, the earliest date the unit has it
    (``yyyymmdd``, :data:`UNDATED` when none of its articles is dated) and the
    document of that date (the lowest docnum of a tie)."""

    names: tuple[str, ...]  # value names by number
    value: np.ndarray
    date: np.ndarray
    doc: np.ndarray


def pairs(m: Matching, facet: str | None, only: "set[str] | None" = None) -> Pairs:
    """The (unit, value) pairs of ``facet`` in ``m`` (``None``: each unit once, as the
    value ``""``); ``only``: those values alone."""
    docs = m.docs
    dates = m.dates[docs]
    dates = np.where(dates > 0, dates, UNDATED)
    if facet is None:
        names: tuple[str, ...] = ("",)
        rows = np.arange(len(docs))
        value = np.zeros(len(docs), dtype=np.int64)
    else:
        names, rows, value = _explode(m.columns.codes[facet][docs], m.columns.sets[facet])
        if only is not None:
            keep = np.isin(value, [n for n, name in enumerate(names) if name in only])
            rows, value = rows[keep], value[keep]
    units = m.units[docs][rows]
    key = units * max(len(names), 1) + value
    order = np.lexsort((docs[rows], dates[rows], key))  # by unit and value, earliest first
    key = key[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    at = rows[order[first]]
    value = value[order[first]]
    if m.test is not None:  # a story dated by its earliest copy (with the value): in the range, or not counted
        keep = m.test.mask(dates[at])
        at, value = at[keep], value[keep]
    return Pairs(names, value, dates[at], docs[at])


def _explode(codes: np.ndarray, sets: list[tuple[str, ...]]) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """``(value names, row, value number)``: one row per value of each document's value set."""
    numbers: dict[str, int] = {}
    members = [[numbers.setdefault(v, len(numbers)) for v in s] for s in sets]
    sizes = np.array([len(s) for s in members], dtype=np.int64)
    flat = np.array([v for s in members for v in s], dtype=np.int64)
    starts = np.cumsum(sizes) - sizes
    per = sizes[codes]
    rows = np.repeat(np.arange(len(codes)), per)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(per) - per, per)
    value = flat[np.repeat(starts[codes], per) + within] if len(rows) else np.zeros(0, dtype=np.int64)
    return tuple(numbers), rows, value


def periods_of(dates: np.ndarray, every: str) -> np.ndarray:
    """The period number of each ``yyyymmdd`` date (-1 for :data:`UNDATED`): months
    and quarters counted from year 0, years as themselves."""
    year, month = dates // 10_000, dates // 100 % 100
    if every == "month":
        code = year * 12 + month - 1
    elif every == "quarter":
        code = year * 4 + (month - 1) // 3
    elif every == "year":
        code = year
    else:
        raise ValueError(f"every must be one of {', '.join(EVERY)}")
    return np.where(dates == UNDATED, -1, code)


def label(code: int, every: str) -> str:
    """``2024-03``, ``2024-Q1`` or ``2024``."""
    if every == "month":
        return f"{code // 12:04d}-{code % 12 + 1:02d}"
    if every == "quarter":
        return f"{code // 4:04d}-Q{code % 4 + 1}"
    return f"{code:04d}"


def span(every: str, *of: Pairs, start: str = "", end: str = "") -> tuple[int, int] | None:
    """The first and last period any dated pair falls in (None: none is dated),
    widened to the periods of ``start`` and ``end`` (ISO days; empty: the data's own
    first or last), as a histogram with extended bounds: every period of a range asked
    is there, with 0 where nothing was found."""
    codes = [periods_of(p.date, every) for p in of]
    dated = np.concatenate([c[c >= 0] for c in codes]) if codes else np.zeros(0, dtype=np.int64)
    found = [int(dated.min()), int(dated.max())] if len(dated) else []
    if not found and not (start or end):
        return None

    def period(day: str) -> int:
        return int(periods_of(np.array([int(day.replace("-", ""))], dtype=np.int64), every)[0])

    lo = period(start) if start else min(found or [period(end)])
    hi = period(end) if end else max(found or [period(start)])
    return min([lo, *found]), max([hi, *found])


def by_period(p: Pairs, every: str, first_last: tuple[int, int] | None) -> tuple[np.ndarray, np.ndarray]:
    """``(counts, undated)``: per value number and period of ``first_last`` (a matrix
    values × periods) the pairs dated in it, and per value the undated pairs."""
    n = len(p.names)
    codes = periods_of(p.date, every)
    dated = codes >= 0
    undated = np.bincount(p.value[~dated], minlength=n)
    if first_last is None:
        return np.zeros((n, 0), dtype=np.int64), undated
    lo, hi = first_last
    width = hi - lo + 1
    cells = np.bincount(p.value[dated] * width + (codes[dated] - lo), minlength=n * width)
    return cells.reshape(n, width), undated


def value_counts(p: Pairs) -> dict[str, int]:
    """How many units have each value (the facet counts), largest first, then by name."""
    counts = np.bincount(p.value, minlength=len(p.names))
    found = [(p.names[v], int(counts[v])) for v in np.flatnonzero(counts).tolist()]
    return dict(sorted(found, key=lambda kv: (-kv[1], kv[0])))


def earliest(p: Pairs) -> dict[str, tuple[int, int, int]]:
    """Per value with a dated pair: ``(earliest date, its document, dated pairs)``; the
    lowest docnum of the earliest date."""
    dated = p.date != UNDATED
    value, date, doc = p.value[dated], p.date[dated], p.doc[dated]
    order = np.lexsort((doc, date, value))
    value, date, doc = value[order], date[order], doc[order]
    first = np.ones(len(value), dtype=bool)
    first[1:] = value[1:] != value[:-1]
    counts = np.bincount(value, minlength=len(p.names))
    return {p.names[v]: (int(d), int(x), int(counts[v]))
            for v, d, x in zip(value[first].tolist(), date[first].tolist(), doc[first].tolist())}


def first_day(p: Pairs) -> dict[str, list[int]]:
    """Per value with a dated pair: the documents of every pair dated on the value's
    earliest date (two stories reported on one day), in docnum order."""
    dated = p.date != UNDATED
    value, date, doc = p.value[dated], p.date[dated], p.doc[dated]
    if not len(value):
        return {}
    firsts = np.full(len(p.names), UNDATED, dtype=np.int64)
    np.minimum.at(firsts, value, date)
    tied = date == firsts[value]
    out: dict[str, list[int]] = {}
    for v, d in sorted(zip(value[tied].tolist(), doc[tied].tolist())):
        out.setdefault(p.names[v], []).append(d)
    return out


def latest(m: Matching, n: int) -> list[int]:
    """The documents of the ``n`` newest units, newest first (undated last; a tie by
    docnum): each unit by its newest article."""
    docs = m.docs
    if m.test is not None:  # the copies in the range of the stories dated in it
        docs = docs[np.isin(m.units[docs], m.units[pairs(m, None).doc]) & m.test.mask(m.dates[docs])]
    dates = m.dates[docs]
    order = np.lexsort((docs, -dates))
    _units, first = np.unique(m.units[docs][order], return_index=True)
    return docs[order[np.sort(first)[:n]]].tolist()


def listed(docs: np.ndarray, units: np.ndarray, dates: np.ndarray, test: "DateTest | None") -> bool:
    """True when some unit of ``docs`` (first matching sections) is counted: any, or with
    ``test`` one whose earliest date passes it."""
    if not len(docs):
        return False
    if test is None:
        return True
    days = np.where(dates[docs] > 0, dates[docs], UNDATED)
    owner = units[docs]
    order = np.lexsort((days, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    return bool(test.mask(days[order[first]]).any())


def lead_of(m: Matching, doc: int, lead: str, facet: str | None = None, value: str | None = None) -> int:
    """The document of the article ``lead`` (the id of the story of ``doc``'s article) when it
    is among ``m``'s documents of ``doc``'s unit with its date (and, with ``facet``, has
    ``value``), else ``doc``: of the copies of a story on one date, or undated alike, its lead
    stands for it where one copy is shown, as search shows it."""
    docs = m.docs
    for c in docs[(m.units[docs] == m.units[doc]) & (m.dates[docs] == m.dates[doc])].tolist():
        if m.article_id(c) == lead and (facet is None or value in m.columns.sets[facet][m.columns.codes[facet][c]]):
            return int(c)
    return doc


def iso(date: int) -> str:
    """``20240315`` → ``2024-03-15``."""
    return f"{date // 10_000:04d}-{date // 100 % 100:02d}-{date % 100:02d}"


def date_numbers(values: list[str]) -> np.ndarray:
    """ISO dates (``2024-03-15``; anything else, such as ``""``, is undated) as
    ``yyyymmdd`` numbers, 0 for undated."""
    if not values:
        return np.zeros(0, dtype=np.int64)
    text = np.array(values, dtype="U10")
    chars = text.view(np.uint32).reshape(len(values), 10).astype(np.int64)
    digits = chars - ord("0")
    ok = (chars[:, 4] == ord("-")) & (chars[:, 7] == ord("-"))
    for i in (0, 1, 2, 3, 5, 6, 8, 9):
        ok &= (digits[:, i] >= 0) & (digits[:, i] <= 9)
    number = (digits[:, 0] * 10_000_000 + digits[:, 1] * 1_000_000 + digits[:, 2] * 100_000
              + digits[:, 3] * 10_000 + digits[:, 5] * 1_000 + digits[:, 6] * 100
              + digits[:, 8] * 10 + digits[:, 9])
    return np.where(ok, number, 0)
