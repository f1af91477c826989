"""The date of a story: where reposts count as one story, a story is dated by its
earliest matching copy, the copy that dates it in trends, and a date range keeps the
stories whose date is in it.

A story (an article and its reposts) matches when any of its copies matches the query
and the facet filters; its date is the earliest date of those copies (an undated copy
dates nothing; a story whose matching copies are all undated is undated). The ``date:``
clauses standing beside the rest of a query (``交叉执行 date:[2021 TO 2021]``: what
``--from``/``--to`` and the web page's ``from``/``to`` add), a top-level ``year:`` and the
``year`` filter are tests of that date: a story first reported in 2020 and reposted in
2021 is a story of 2020, reached in 2021 by the repost's own article with every copy
counted (``all_copies``), where each article has its own date.

A facet value counts the stories whose earliest matching copy with the value passes
the test: the stories choosing the value lists, as :mod:`.landscape` counts a value
in trends.

In: a parsed query (:func:`split` takes its date clauses out), the facet selection
(its year values), the date of each document as ``yyyymmdd`` (0: undated) and the
stories of an index, read through the host searcher (:class:`StoryDating`). Out: a
:class:`DateTest` (what :mod:`.landscape` keeps), and for a search :class:`Dated`: the
stories it leaves out (a copy matching the rest of the query and the other filters is
dated before the range), the year facet (stories per year of their date), and the
stories to take off each facet value's count. Only stories with copies are looked at
one by one; dates are compared as numbers, as :mod:`.landscape` counts them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Collection, Iterable, Mapping, Sequence

from whoosh import query as Q

#: The date number above every real date (``yyyymmdd``), as :data:`.landscape.UNDATED`.
UNDATED = 99_999_999


@dataclass(frozen=True)
class DateTest:
    """What a story's date must be: within each of ``ranges`` (inclusive ``yyyymmdd``
    bounds) and, when ``years`` is given, in one of those years. No test: every date,
    undated too."""

    ranges: tuple[tuple[int, int], ...] = ()
    years: "frozenset[int] | None" = None

    def __bool__(self) -> bool:
        return bool(self.ranges) or self.years is not None

    def mask(self, days):  # numpy array of yyyymmdd → boolean array
        """Whether the test admits each date of a numpy array of ``yyyymmdd`` dates (0 or
        :data:`UNDATED`: undated, never admitted)."""
        import numpy as np

        ok = (days > 0) & (days < UNDATED)
        for lo, hi in self.ranges:
            ok &= (days >= lo) & (days <= hi)
        if self.years is not None:
            ok &= np.isin(days // 10_000, sorted(self.years))
        return ok

    def without_years(self) -> "DateTest":
        """The test of the date clauses alone (what the year facet counts under)."""
        return DateTest(self.ranges)

    def floor(self) -> int:
        """The earliest date the test admits when it admits every date from there up to its
        last (one run of days), else :data:`UNDATED`: a story none of whose copies is dated
        before it is dated by a copy the test admits, when one matches, or not at all."""
        lows = [lo for lo, _hi in self.ranges]
        if self.years:
            chosen = sorted(self.years)
            if chosen[-1] - chosen[0] + 1 != len(chosen):
                return UNDATED
            lows.append(chosen[0] * 10_000 + 101)
        return max(lows, default=1)


def _number(iso: str, shift: int = 0) -> int:
    day = date.fromisoformat(iso) + timedelta(days=shift)
    return day.year * 10_000 + day.month * 100 + day.day


def _range_of(q: Q.Query) -> "tuple[int, int] | None":
    """The inclusive ``yyyymmdd`` bounds of a ``date:`` or ``year:`` clause, else None."""
    name = getattr(q, "fieldname", None)
    try:
        if isinstance(q, Q.Term) and name == "date":
            return _number(q.text), _number(q.text)
        if isinstance(q, Q.Term) and name == "year" and str(q.text).isdigit():
            return int(q.text) * 10_000 + 101, int(q.text) * 10_000 + 1231
        if isinstance(q, Q.TermRange) and name == "date":
            lo = 1 if q.start is None else _number(q.start, 1 if q.startexcl else 0)
            hi = UNDATED - 1 if q.end is None else _number(q.end, -1 if q.endexcl else 0)
            return lo, hi
    except ValueError:  # a bound that is no calendar day: left to the query itself
        return None
    return None


def split(q: Q.Query) -> tuple[Q.Query, tuple[tuple[int, int], ...]]:
    """``(the rest of q, the ranges of its date clauses)``: the ``date:`` and ``year:``
    clauses that every match must pass (``q`` itself, or the parts of its top-level
    ``And``, nested ``And`` included) taken out; the rest is :class:`whoosh.query.Every`
    when nothing else is left. A clause elsewhere (``a OR date:2020``, ``-date:2020``)
    stays in the rest, a test of each copy. The rest selects what ``q`` selects but the
    dates; it is not scored."""
    parts = list(_parts(q))
    ranges = tuple(r for r in map(_range_of, parts) if r is not None)
    if not ranges:
        return q, ()
    kept = [p for p in parts if _range_of(p) is None]
    if not kept:
        return Q.Every(), ranges
    return (kept[0] if len(kept) == 1 else Q.And(kept)), ranges


def _parts(q: Q.Query) -> Iterable[Q.Query]:
    """The parts every match of ``q`` must match: those of its ``And`` (nested ones too), or ``q``."""
    if isinstance(q, Q.And):
        for part in q.subqueries:
            yield from _parts(part)
    else:
        yield q


def test_of(ranges: Iterable[tuple[int, int]], years: "Iterable[str] | None") -> DateTest:
    """The test of a query's date ranges and the selected years (None: no year filter)."""
    chosen = None if years is None else frozenset(int(y) for y in years if str(y).isdigit())
    return DateTest(tuple(ranges), chosen)


def earliest(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """``story → its earliest date`` (:data:`UNDATED` when none is dated) of ``(story,
    date)`` pairs (0: undated)."""
    first: dict[str, int] = {}
    for story, day in pairs:
        day = day if day > 0 else UNDATED
        if day < first.get(story, UNDATED + 1):
            first[story] = day
    return first


def years(first: Mapping[str, int], left_out: "set[str] | frozenset[str]" = frozenset()) -> Counter[str]:
    """The year facet: stories per year of their date (``story → earliest date``), the
    undated and those ``left_out`` not counted."""
    return Counter(f"{day // 10_000:04d}" for story, day in first.items()
                   if day != UNDATED and story not in left_out)


def _earliest_arrays(story, days):
    """``(stories, their earliest dates, the index of that date's entry)`` of parallel
    numpy arrays (dates 0: undated, taken as :data:`UNDATED`), by story code."""
    import numpy as np

    days = np.where(days > 0, days, UNDATED)
    order = np.lexsort((days, story))
    first = np.ones(len(order), dtype=bool)
    first[1:] = story[order][1:] != story[order][:-1]
    at = order[first]
    return story[at], days[at], at


@dataclass(frozen=True)
class Dated:
    """What the date of a story changes in a search's counts: the stories left out (dated
    before the range by a copy outside it), the year facet (stories per year of their
    date), and per facet the stories to take off each value's count (those whose first
    copy with the value is dated before the range)."""

    late: "set[str]"
    years: "Counter[str] | None"  # None: no story has copies, each counted in its own year already
    fewer: "dict[str, Counter[str]]"


class StoryDating:
    """The stories a dated search lists and the facet counts, as the date of a story
    means them (see the module docstring). Its host, :class:`.searcher.IndexSearcher`,
    provides ``_current()``, ``_doc_columns()``, ``_story_column()``, ``_docs_of()``,
    ``_day_numbers()`` (the date of each docnum as a number, a list), ``_day_array()``
    (the same, a numpy array) and ``_grouped_array()``."""

    def _dated_stories(self, q: Q.Query, selected: Mapping[str, set[str]], units: list[str],
                       listed: Iterable[int], counted: Mapping[str, list[int]], matched: list[int]) -> Dated:
        """:class:`Dated` of a search counting stories: ``q`` its query, ``listed`` the first
        matching section of each article of the selection, ``counted`` the documents each
        facet counts (the selection but the filters it ignores), ``matched`` every matching
        document, ``units`` the story of each docnum."""
        grouped = self._story_column()[2]  # type: ignore[attr-defined]
        if not grouped:
            return Dated(set(), None, {})
        rest, ranges = split(q)
        test = test_of(ranges, selected.get("year"))
        days = self._day_numbers()  # type: ignore[attr-defined]
        first0 = earliest((units[d], days[d]) for d in counted["year"])
        if not test:
            return Dated(set(), years(first0), {})
        articles = self._doc_columns()[0]  # type: ignore[attr-defined]
        found: set[str] | None = None

        def is_matched(asked: list[str]) -> set[str]:
            nonlocal found
            if found is None:
                found = {articles[d] for d in matched}
            return found.intersection(asked)

        # only a story with a copy dated before the range can be dated before it
        first = self._story_first_days()
        floor, floor0 = test.floor(), test.without_years().floor()
        late, late0, fewer = self._earlier(
            rest, ranges, selected, units, [d for d in listed if grouped[d] and first[d] < floor],
            {f: [d for d in docs if grouped[d] and first[d] < (floor0 if f == "year" else floor)]
             for f, docs in counted.items()}, is_matched)
        return Dated(late, years(first0, late0), fewer)

    def _dated_story_arrays(self, q: Q.Query, selected: Mapping[str, set[str]], units: list[str],
                            columns, docs) -> Dated:
        """:meth:`_dated_stories` on numpy arrays: ``docs`` every matching document of ``q``
        (ascending), ``columns`` the searcher's :class:`.columnar.Columns`."""
        import numpy as np

        from ..index.store.schema import ignored_filters

        if not self._story_column()[2]:  # type: ignore[attr-defined]
            return Dated(set(), None, {})
        rest, ranges = split(q)
        test = test_of(ranges, selected.get("year"))
        _arts, first = np.unique(columns.article[docs], return_index=True)
        firsts = docs[first]
        passes = {name: columns._passes(name, values)[columns.codes[name][firsts]] for name, values in selected.items()}

        def heeded(facet: str) -> "np.ndarray":
            ok = np.ones(len(firsts), dtype=bool)
            for name, p in passes.items():
                if name not in ignored_filters(facet):
                    ok &= p
            return ok

        population = firsts[heeded("year")]
        story = columns.story_codes(units)
        days = self._day_array()  # type: ignore[attr-defined]
        codes0, first0, at0 = _earliest_arrays(story[population], days[population])
        late: set[str] = set()
        late0: set[str] = set()
        fewer: dict[str, Counter[str]] = {}
        if self._story_column()[2] and test:  # type: ignore[attr-defined]
            # only a story with a copy dated before the range can be dated before it
            story_first = self._story_first_array()[firsts]
            multi = self._grouped_array()[firsts] & (story_first < test.floor())  # type: ignore[attr-defined]
            multi0 = self._grouped_array()[firsts] & (story_first < test.without_years().floor())  # type: ignore[attr-defined]
            if multi.any() or multi0.any():
                listed = firsts[heeded("") & multi].tolist()
                counted = {f: firsts[heeded(f) & (multi0 if f == "year" else multi)].tolist() for f in columns.codes}

                def is_matched(asked: list[str]) -> set[str]:
                    at = {a: self._docs_of(a) for a in asked}  # type: ignore[attr-defined]
                    inside = np.isin(np.array([d for ds in at.values() for d in ds], dtype=np.int64), docs)
                    yes = iter(inside.tolist())
                    return {a for a, ds in at.items() if any([next(yes) for _d in ds])}

                late, late0, fewer = self._earlier(rest, ranges, selected, units, listed, counted, is_matched)
        dated = first0 != UNDATED
        if late0:
            out = {int(story[d]) for d in population[at0].tolist() if units[d] in late0}
            dated &= ~np.isin(codes0, sorted(out))
        found, counts = np.unique(first0[dated] // 10_000, return_counts=True)
        return Dated(late, Counter({f"{y:04d}": int(n) for y, n in zip(found.tolist(), counts.tolist())}), fewer)

    def _earlier(self, rest: Q.Query, ranges: tuple, selected: Mapping[str, set[str]], units: list[str],
                 listed: list[int], counted: Mapping[str, list[int]],
                 is_matched: Callable[[list[str]], set[str]]) -> tuple[set[str], set[str], dict[str, Counter[str]]]:
        """Of the documents of articles with copies: the stories of ``listed`` (the first
        matching section of each article of the selection), of ``counted["year"]`` (the year
        facet's), and per other facet the ``(story, value)`` of ``counted[facet]``, whose
        earliest date there comes after that of another copy that matches ``rest`` (the
        query without its date clauses) and the same filters (the year's aside): a story,
        or its first copy with the value, dated before the range. ``is_matched`` gives the
        articles asked that match the whole query.

        The copies asked about are those of each story dated before its latest date among
        these documents (no earliest date comes after it); the earliest dates are then
        worked out for the stories with such a matching copy alone."""
        from ..index.store.schema import ignored_filters

        days = self._day_numbers()  # type: ignore[attr-defined]
        facet_cols = self._doc_columns()[1]  # type: ignore[attr-defined]
        pair_facets = [f for f, docs in counted.items() if f != "year" and docs]
        looked_at = set(listed)
        for f in ([*pair_facets, "year"] if ranges else pair_facets):
            looked_at.update(counted.get(f, ()))
        top: dict[str, int] = {}
        for d in looked_at:
            story, day = units[d], days[d] or UNDATED
            if day > top.get(story, 0):
                top[story] = day
        candidates: dict[str, list[tuple[int, str, int]]] = {}
        for story, last in top.items():
            copies = [c for c in self._dated_copies(story) if c[0] < last]
            if copies:
                candidates[story] = copies
        if not candidates:
            return set(), set(), {}
        asked = [a for copies in candidates.values() for _day, a, _doc in copies]
        matching = is_matched(asked)
        if ranges:  # a copy outside the range: does it match the rest of the query?
            others = [a for a in asked if a not in matching]
            if others:
                matching |= self._matching_rest(rest, others)
        earlier: dict[str, list[tuple[int, int]]] = {}
        for story, copies in candidates.items():
            kept = [(day, doc) for day, a, doc in copies if a in matching]
            if kept:
                earlier[story] = kept
        if not earlier:
            return set(), set(), {}

        every = [(day, doc, story) for story, copies in earlier.items() for day, doc in copies]
        passing: dict[tuple[str, ...], list[tuple[int, int, str]]] = {(): every}

        def prior(facet: str) -> list[tuple[int, int, str]]:
            """``(date, docnum, story)`` of the earlier matching copies passing the filters
            ``facet`` heeds (the year's aside)."""
            names = tuple(name for name in selected if name != "year" and name not in ignored_filters(facet))
            if names not in passing:
                passing[names] = [c for c in every
                                  if all(not selected[n].isdisjoint(facet_cols[n][c[1]]) for n in names)]
            return passing[names]

        def later(docs: Iterable[int], copies: list[tuple[int, int, str]],
                  values: Sequence[Collection[str]] | None = None) -> set[tuple[str, str]]:
            """``(story, value)`` for each story of ``docs`` whose earliest date with a value
            of ``values`` (a facet column; None: every document, with the value ``""``) comes
            after that of one of ``copies`` with it."""
            every = ("",)
            first: dict[tuple[str, str], int] = {}
            for d in docs:
                story = units[d]
                if story in earlier:
                    day = days[d] or UNDATED
                    for v in (every if values is None else values[d]):
                        if day < first.get((story, v), UNDATED + 1):
                            first[story, v] = day
            return {(story, v) for day, doc, story in copies
                    for v in (every if values is None else values[doc]) if day < first.get((story, v), 0)}

        late = {story for story, _ in later(listed, prior(""))}
        late0 = {story for story, _ in later(counted.get("year", ()), prior("year"))} if ranges else set()
        fewer: dict[str, Counter[str]] = {}
        for f in pair_facets:
            counts = Counter(v for _story, v in later(counted[f], prior(f), facet_cols[f]))
            if counts:
                fewer[f] = counts
        return late, late0, fewer

    def _dated_copies(self, story: str) -> list[tuple[int, str, int]]:
        """``(date, article, its first docnum)`` of each dated copy of ``story`` with documents,
        kept once per index generation."""
        days = self._day_numbers()  # type: ignore[attr-defined]
        cached = getattr(self, "_copies_dated", None)
        if cached is None or cached[0] is not days:
            cached = self._copies_dated = (days, {})
        known = cached[1].get(story)
        if known is None:
            known = []
            for copy in self._story_column()[1].copies_of(story):  # type: ignore[attr-defined]
                docs = self._docs_of(copy)  # type: ignore[attr-defined]
                if docs and days[docs[0]] > 0:
                    known.append((days[docs[0]], copy, docs[0]))
            cached[1][story] = known
        return known

    def _story_first_days(self) -> list[int]:
        """The earliest date of any copy of each docnum's story (:data:`UNDATED`: none is
        dated), made once per index generation."""
        cached = getattr(self, "_story_first", None)
        days = self._day_numbers()  # type: ignore[attr-defined]
        if cached is not None and cached[0] is days:
            return cached[1]
        units = self._story_column()[0]  # type: ignore[attr-defined]
        first: dict[str, int] = {}
        for story, day in zip(units, days):
            day = day or UNDATED
            if day < first.get(story, UNDATED + 1):
                first[story] = day
        out = [first[story] for story in units]
        self._story_first = (days, out)
        return out

    def _story_first_array(self):
        """:meth:`_story_first_days` as a numpy array (made once per index generation)."""
        import numpy as np

        days = self._story_first_days()
        cached = getattr(self, "_story_first_np", None)
        if cached is None or cached[0] is not days:
            cached = self._story_first_np = (days, np.asarray(days, dtype=np.int64))
        return cached[1]

    def _matching_rest(self, rest: Q.Query, asked: list[str]) -> set[str]:
        """The articles of ``asked`` that match ``rest`` (a query without its date clauses)."""
        from . import taat
        from .exclusion import Sections

        articles = self._doc_columns()[0]  # type: ignore[attr-defined]
        docs = [d for a in asked for d in self._docs_of(a)]  # type: ignore[attr-defined]
        if isinstance(rest, Q.Every):
            return set(asked)
        q = Q.And([Sections(docs), rest])
        found = taat.evaluate(self._current(), q, exact=True)  # type: ignore[attr-defined]
        return {articles[d] for d in (found if found is not None else self._current().docs_for_query(q))}  # type: ignore[attr-defined]
