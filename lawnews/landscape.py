"""Where and when courts took something up: trends, first reports and profiles.

In: an open :class:`~lawnews.search.searcher.IndexSearcher`, a query (all articles if
empty) and the filters of ``search``. Out: frozen dataclasses with ``to_dict()``:

- :class:`Trends`: matching stories per facet value and period (month, quarter or
  year), with the totals per period over every matching story;
- :class:`Adoption`: the first dated report of each value (province, city, court …);
- :class:`Profile`: one court, region, mechanism or source over time, what is
  reported with it, its sources and latest articles.

Counting follows ``search``: a story (its reposts) counts once per value any of its
matching copies has, dated by the earliest copy that has the value; ``copies=True``
counts every copy at its own date. So a value's counts over the periods plus its
undated count are its facet count for the same query and filters. A filter on the
facet counted by (``by``) keeps that facet's selected values alone. The counting
itself is :mod:`lawnews.search.landscape` (numpy over the index's columns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping

from . import arguments as _args
from . import divisions as _divisions
from .csv_tables import csv_text
from .errors import InvalidArgumentError, naming
from .search import landscape as _count
from .index.ingest.dates import NoSuchDate, NoSuchQuarter, parse_date, period, quarter
from .index.store.source_names import source_facet
from .search.closest import closest_name
from .search.results import Hit, statute_filters_dict
from .search.searcher import IndexSearcher
from .search.syntax import field_name

#: The facets trends and first reports count by.
BY = ("mechanism", "province", "city", "county", "court", "court_level", "source", "statute", "cites")

#: The lengths of period.
EVERY = _count.EVERY

#: ``every`` that picks the length of period from the span of the dates counted
#: (:func:`fitting_period`): the default of a profile.
AUTO = "auto"

#: The most periods ``every="auto"`` lists: months while they are at most this many,
#: else quarters while they are, else years.
FITTING_PERIODS = 36

#: What a profile can be of (``court:荆州中院``).
KINDS = ("court", "province", "city", "county", "mechanism", "source", "court_level", "statute", "cites")

#: The facets whose values a profile lists as reported with its subject.
COOCCURRING = ("mechanism", "court", "province", "city", "county", "court_level", "statute")

Filters = Mapping[str, "str | Iterable[str] | int | None"]



def _statute_filters_dict(typed: Mapping[str, Any]) -> dict[str, Any]:
    """``{"statute_filters": …}`` for a ``to_dict()`` when a value was typed, else nothing."""
    return {"statute_filters": statute_filters_dict(typed)} if typed else {}


@dataclass(frozen=True)
class TrendSeries:
    """One value's counts per period (aligned with :attr:`Trends.periods`), its
    undated count and its total (the counts plus the undated count)."""

    value: str
    counts: tuple[int, ...]
    total: int
    undated: int

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "counts": list(self.counts), "total": self.total, "undated": self.undated}


@dataclass(frozen=True)
class Trends:
    """Matching stories (or copies) per value of ``by`` and per period.

    ``periods`` are ``2024-03``, ``2024-Q1`` or ``2024``, ascending, with no gap
    between the first and the last dated match, or, with a date range asked
    (``start``, ``end``: the bounds as checked, ``""`` for an open end), every period
    of the range (0 where nothing matched; an open end: the data's). ``series`` are the values, largest
    total first (the ``top`` of them when asked); ``totals`` count every matching
    story per period, whatever its values, and ``undated`` those without a date, so
    ``sum(totals) + undated == total`` (the total of ``search``). ``statute_filters``: what
    each ``statute=`` and ``cites=`` value as typed selected, as in :class:`SearchResults`
    (``cites=刑法``, a law alone, selects its ``statute`` value).
    """

    query: str
    by: str
    every: str
    copies: bool
    periods: tuple[str, ...]
    series: tuple[TrendSeries, ...]
    totals: tuple[int, ...]
    total: int
    undated: int
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    relaxed: bool = False
    values: int = 0  # how many values there are in all (``series`` may show the top ones)
    start: str = ""
    end: str = ""
    statute_filters: Mapping[str, Mapping[str, Mapping[str, tuple[str, ...]]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "by": self.by, "every": self.every, "copies": self.copies,
                "from": self.start or None, "to": self.end or None,
                "filters": {k: list(v) for k, v in self.filters.items()}, "relaxed": self.relaxed,
                "periods": list(self.periods), "series": [s.to_dict() for s in self.series],
                "values": self.values, "totals": list(self.totals), "total": self.total,
                "undated": self.undated, **_statute_filters_dict(self.statute_filters)}

    def dates(self, period_label: str) -> tuple[str, str]:
        """The dates a period of :attr:`periods` covers, as ``from``/``to`` of a search
        take them (``2024-03`` → ``2024-03``, ``2024-03``; ``2024-Q1`` → ``2024-01``,
        ``2024-03``; ``2024`` → ``2024``, ``2024``), within the range asked (``start``,
        ``end``): a search with them, the query and the filters finds the stories the
        period counts."""
        return period_dates(period_label, self.start, self.end)

    def cut(self) -> tuple[tuple[str, str, str], ...]:
        """The periods the range asked cuts, ``(period, from, to)`` with the dates they
        count (``2024-Q1`` from ``2024-02-15``): a range starting or ending inside a
        period counts part of it, which a comparison with its neighbours must allow for."""
        if not self.periods or not (self.start or self.end):
            return ()
        edges = dict.fromkeys((self.periods[0], self.periods[-1]))
        return tuple((p, *self.dates(p)) for p in edges if self.dates(p) != period_dates(p))


@dataclass(frozen=True)
class FirstReport:
    """The earliest dated matching article with a value; ``count`` how many dated
    matching stories (or copies) have the value, ``same_day`` how many of them other
    than this one were reported on the same first date (a tie: this is the one of
    them with the lowest article id, whatever order they were indexed in). ``to_dict()`` names the article
    ``article_id``, as a hit does, and ``id`` as well. ``source`` is the source facet's
    value (a court named once, by its full name), ``source_printed`` the name the
    article printed, as in a hit.

    A value the filters chose that no matching story has in the range asked is a row with
    no report: ``date`` and ``id`` None, ``title`` empty, ``count`` 0 (:attr:`reported`
    False; its ``to_dict()`` says None for the date, the article and the title)."""

    value: str
    date: str | None
    id: str | None
    title: str
    source: str | None
    count: int
    source_printed: str | None = None
    same_day: int = 0  # the other dated stories (articles with copies) with the value on that date

    @property
    def reported(self) -> bool:
        """Whether the value has a first report (False: a chosen value with none in the range)."""
        return self.date is not None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "date": self.date, "article_id": self.id, "id": self.id,
                "title": self.title if self.reported else None,
                "source": self.source, "source_printed": self.source_printed, "count": self.count,
                "same_day": self.same_day}


@dataclass(frozen=True)
class Adoption:
    """The first report of each value of ``by``, by date then value, then each value of ``by``
    the filters chose that has no matching story in the range (a row with no report, see
    :class:`FirstReport`; :attr:`unreported` names them);
    ``undated_values`` have matching articles, none of them dated. ``start``/``end``:
    the date range asked, as checked (``""``: open), the first report within it.
    ``matched``: the matching stories (articles with ``copies``), with a value of ``by``
    or not, as :attr:`Trends.total` counts them, ``dated`` those of them that are dated (with a
    value or not: the dated stories that name no value are why a first report can be
    missing). ``statute_filters`` as in :class:`Trends`."""

    query: str
    by: str
    mechanism: str | None
    rows: tuple[FirstReport, ...]
    undated_values: tuple[str, ...]
    copies: bool = False
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    relaxed: bool = False
    start: str = ""
    end: str = ""
    matched: int = 0
    dated: int = 0
    statute_filters: Mapping[str, Mapping[str, Mapping[str, tuple[str, ...]]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "by": self.by, "mechanism": self.mechanism, "copies": self.copies,
                "from": self.start or None, "to": self.end or None,
                "filters": {k: list(v) for k, v in self.filters.items()}, "relaxed": self.relaxed,
                "rows": [r.to_dict() for r in self.rows], "undated_values": list(self.undated_values),
                "matched": self.matched, "dated": self.dated, **_statute_filters_dict(self.statute_filters)}

    @property
    def reported(self) -> tuple[FirstReport, ...]:
        """The rows with a first report (those of :attr:`rows` that have a date)."""
        return tuple(r for r in self.rows if r.reported)

    @property
    def unreported(self) -> tuple[str, ...]:
        """The values of ``by`` the filters chose that no matching story has in the range
        (湖北省 of ``province=[湖南, 湖北]`` where only 湖南省 reported): listed last in :attr:`rows`."""
        return tuple(r.value for r in self.rows if not r.reported)


@dataclass(frozen=True)
class Profile:
    """One court, region, mechanism or source: its stories over time, the values of
    other facets reported with it (``cooccurring``: facet → ``(value, count)`` …,
    largest first), its top sources and its latest articles; with a date range asked
    (``trend.start``, ``trend.end``), all of them within it."""

    kind: str
    value: str
    total: int
    trend: Trends
    cooccurring: Mapping[str, tuple[tuple[str, int], ...]]
    sources: tuple[tuple[str, int], ...]
    latest: tuple[Hit, ...]
    query: str = ""  # the query the stories profiled match ("": every story of the subject)
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the other filters, as the index has them

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "query": self.query,
                "filters": {k: list(v) for k, v in self.filters.items()},
                "total": self.total, "trend": self.trend.to_dict(),
                "cooccurring": {f: [list(vc) for vc in values] for f, values in self.cooccurring.items()},
                "sources": [list(vc) for vc in self.sources], "latest": [h.to_dict() for h in self.latest]}


# -- the three questions --------------------------------------------------------------

def trends(searcher: IndexSearcher, query: str = "", *, by: str = "mechanism", every: str = "month",
           top: int | None = None, copies: bool = False, filters: Filters | None = None,
           start: str | None = None, end: str | None = None, expand: bool = True, strict: bool = False,
           lenient: bool = False, semantic: bool | None = None) -> Trends:
    """Matching stories per value of ``by`` and per period of ``every`` (see :class:`Trends`);
    ``start``/``end`` (``2020``, ``2020-01``, ``2020-01-15``; None: open) select the dates
    and the periods shown: every period of the range, 0 where nothing matched;
    ``every="auto"`` picks the length of period as :func:`fitting_period` does.
    ``expand``, ``strict``, ``lenient`` and ``semantic`` read the query as ``search``
    does, so the stories counted are those the search lists."""
    _args.text("query", query)
    by = _args.choice("by", _by(by), BY)
    _args.choice("every", every, (*EVERY, AUTO))
    if top is not None:
        _args.count("top", top, minimum=1)
    filters = _args.filters(filters or {})
    ranged, start, end = _args.dated(query, start, end)
    m = searcher.matching(ranged, filters=filters, all_copies=bool(copies),
                          **_reading(expand, strict, lenient, semantic))
    found = _trends(m, query, by, every, None, bool(copies), start, end, searcher.vocabulary)
    # a value of --by the filters chose is a row though none of its stories matched (湖北省 beside
    # 湖南省 over a range where it has none): 0 in each period, after the others
    listed = {s.value for s in found.series}
    zero = tuple(TrendSeries(v, (0,) * len(found.periods), 0, 0) for v in m.filters.get(by, ()) if v not in listed)
    series = found.series + zero
    return replace(found, series=series[:top] if top else series, values=len(series))


def _by(by: Any) -> Any:
    """``by`` named as a query names the field (``省份``, ``Province``: ``province``), or as given,
    for the check to name as it was given."""
    named = field_name(by) if isinstance(by, str) else by
    return named if named in BY else by


def first(searcher: IndexSearcher, query: str = "", *, by: str = "province",
          mechanism: "str | Iterable[str] | None" = None, copies: bool = False,
          filters: Filters | None = None, start: str | None = None, end: str | None = None,
          expand: bool = True, strict: bool = False, lenient: bool = False,
          semantic: bool | None = None) -> Adoption:
    """The first dated report of each value of ``by`` among the matches (see :class:`Adoption`);
    ``mechanism`` is the mechanism filter (several: any of them, named with 、 in the answer);
    ``start``/``end`` (``2020``, ``2020-01``, ``2020-01-15``; None: open) keep the articles
    of that range, as in :func:`trends`: the first report within it; ``expand``,
    ``strict``, ``lenient`` and ``semantic`` as in :func:`trends`."""
    _args.text("query", query)
    by = _args.choice("by", _by(by), BY)
    ranged, start, end = _args.dated(query, start, end)
    flt = _args.filters(filters or {})
    mechanism = _args.filters({"mechanism": mechanism})["mechanism"]
    if mechanism == ():  # no mechanism named: no mechanism filter, as an empty filter list in search
        mechanism = None
    if mechanism is not None:
        if flt.get("mechanism") is not None:
            raise InvalidArgumentError("give the mechanism once: as mechanism= or among the filters, not both",
                                       argument="mechanism")
        flt["mechanism"] = mechanism
    m = searcher.matching(ranged, filters=flt, all_copies=bool(copies),
                          **_reading(expand, strict, lenient, semantic))
    p = _count.pairs(m, by, _only(m, by, searcher.vocabulary))
    reports = _count.earliest(p)
    same_day = _count.first_day(p)
    rows = []
    for value, (date, doc, n) in reports.items():
        tied = [_shown(searcher, m, d, by, value) for d in same_day.get(value, [doc])]
        doc = min(tied, key=m.article_id)  # of stories reported the same day, the lowest article id
        stored = m.stored(doc)
        printed = stored.get("source")
        rows.append(FirstReport(value, _count.iso(date), m.article_id(doc), stored.get("title", ""),
                                source_facet(printed) if printed else None, n, printed, len(tied) - 1))
    rows.sort(key=lambda r: (r.date, r.value))
    undated = tuple(sorted(v for v in _count.value_counts(p) if v not in reports))
    # a value of by the filters chose with no matching story in the range (湖北省 beside 湖南省
    # over months it did not report): a row with no report, after the others, as trends lists it
    rows += [FirstReport(v, None, None, "", None, 0) for v in m.filters.get(by, ())
             if v not in reports and v not in undated]
    every = _count.pairs(m, None)  # each matching story once, its earliest date
    return Adoption(query, by, "、".join(m.filters["mechanism"]) if mechanism is not None else None,
                    tuple(rows), undated, bool(copies), dict(m.filters), m.relaxed, start, end,
                    len(every.value), int((every.date != _count.UNDATED).sum()))


def profile(searcher: IndexSearcher, subject: str, *, every: str = AUTO, top: int = 10,
            copies: bool = False, start: str | None = None, end: str | None = None,
            also: Iterable[str] = (), query: str = "", filters: Filters | None = None,
            expand: bool = True, strict: bool = False, lenient: bool = False,
            semantic: bool | None = None) -> Profile:
    """``court:荆州中院``, ``province:湖南``, ``mechanism:交叉执行`` … (see :class:`Profile`);
    the name is resolved as a filter value is (UnknownFacetError naming the values
    the index has). ``start``/``end`` as in :func:`trends`: only the articles of that
    range, every period of it listed. ``every``: month, quarter, year, or ``auto`` (the
    default: the length that lists at most :data:`FITTING_PERIODS` periods over the dates
    counted, see :func:`fitting_period`). ``also``: other values of the subject's facet
    that name the same subject (a law's other printed titles), selected with it and not
    listed as reported with it. ``query`` and ``filters`` (other facets than the
    subject's), read as ``search`` reads them with ``expand``, ``strict``, ``lenient`` and
    ``semantic``, narrow the stories profiled to those a search of the query, the filters
    and the subject lists (a court's stories matching 执转破)."""
    kind, value = parse_subject(subject)
    _args.text("query", query)
    _args.choice("every", every, (*EVERY, AUTO))
    _args.count("top", top, minimum=1)
    ranged, start, end = _args.dated(query, start, end)
    flt = _args.filters(filters or {})
    if flt.get(kind):
        raise InvalidArgumentError(f"a profile of {kind}:{value} takes no {kind} filter beside it:"
                                   f" its {kind} is the subject", argument=kind)
    flt[kind] = (value, *also)
    try:
        m = searcher.matching(ranged, filters=flt, all_copies=bool(copies),
                              **_reading(expand, strict, lenient, semantic))
    except InvalidArgumentError as e:  # a value of the subject's facet no index or table knows: the subject's
        if e.argument == kind:
            e.argument = "subject"
        raise
    canonical = m.filters[kind][0]
    selected = set(m.filters[kind])
    trend = _trends(m, query, kind, every, None, bool(copies), start, end)
    cooccurring = {}
    for facet in COOCCURRING:
        counts = _count.value_counts(_count.pairs(m, facet))
        cooccurring[facet] = tuple((v, n) for v, n in counts.items() if not (facet == kind and v in selected))[:top]
    sources = tuple(_count.value_counts(_count.pairs(m, "source")).items())[:top]
    latest = searcher.hits_of([_shown(searcher, m, d) for d in _count.latest(m, top)])
    return Profile(kind, canonical, trend.total, trend, cooccurring, sources, latest, query,
                   {k: v for k, v in m.filters.items() if k != kind})


def _shown(searcher: IndexSearcher, m: _count.Matching, doc: int, facet: str | None = None,
           value: str | None = None) -> int:
    """The document that shows the story of ``doc`` among ``m``'s: its lead's, where the lead
    is dated as ``doc`` is (and has ``value``), as search shows a story; else ``doc``."""
    article = m.article_id(doc)
    lead = searcher.story_of(article)
    return doc if lead == article else _count.lead_of(m, doc, lead, facet, value)


def _reading(expand: bool, strict: bool, lenient: bool, semantic: "bool | None") -> dict[str, Any]:
    """How the query is read, as ``search`` reads it (the switches checked by the caller)."""
    return {"expand": bool(expand), "strict": bool(strict), "lenient": bool(lenient),
            "semantic": None if semantic is None else bool(semantic)}


def period_dates(period_label: str, start: str = "", end: str = "") -> tuple[str, str]:
    """The first and last date of a period named as trends name it (``2024-03``,
    ``2024-Q1``, ``2024``, or any form of a month, quarter or year a date bound takes:
    ``2024年第一季度``), as short as a date bound takes them, each cut to ``start``
    and ``end`` (date bounds, empty: open) where the period begins before or ends
    after them; InvalidArgumentError for another name. The period is read as every date
    is (:func:`lawnews.index.ingest.dates.quarter`, :func:`~lawnews.index.ingest.dates.parse_date`)."""
    _args.text("period_label", period_label)
    what = "a month (2024-03), quarter (2024-Q1) or year (2024)"
    try:
        q = quarter(period_label)
        year, month, day = (q[0], None, None) if q is not None else parse_date(period_label)
    except ValueError as e:
        lacking = (": a quarter is Q1 to Q4" if isinstance(e, NoSuchQuarter) else
                   ": the calendar has no such month" if isinstance(e, NoSuchDate) else f": {what}")
        raise InvalidArgumentError(f"{period_label!r} is no period{lacking}", argument="period_label") from None
    if day is not None:
        raise InvalidArgumentError(f"{period_label!r} is no period but a day: {what}", argument="period_label")
    if q is not None:
        lo, hi = f"{year:04d}-{3 * q[1] - 2:02d}", f"{year:04d}-{3 * q[1]:02d}"
    else:
        lo = hi = f"{year:04d}" + (f"-{month:02d}" if month else "")
    if start and period(start)[0] > period(lo)[0]:
        lo = start
    if end and period(end)[1] < period(hi)[1]:
        hi = end
    return lo, hi


#: The kind a name typed without one says it is by its last word (荆州中院, 湖南省, 荆州市, 公安县).
_NAMED_KINDS = (("court", re.compile(r".+(?:法院|中院|高院|法庭)")), ("province", re.compile(r".+(?:省|自治区)")),
                ("city", re.compile(r".+(?:市|自治州|地区|盟)")), ("county", re.compile(r".+(?:县|区|旗)")),
                ("statute", re.compile(r".*《?.+(?:法|条例|规定|解释)》?")))


def _kind_named(name: str) -> str | None:
    """The profile kind ``name`` says it is by how it ends (``荆州中院``: court), else None."""
    return next((kind for kind, ending in _NAMED_KINDS if ending.fullmatch(name)), None)


def parse_subject(subject: str) -> tuple[str, str]:
    """``"court:荆州中院"`` (or ``法院:荆州中院``, ``COURT:荆州中院``, ``ｃｏｕｒｔ：荆州中院``: a kind
    named as a query names its field) → ``("court", "荆州中院")``; InvalidArgumentError naming the kinds."""
    _args.text("subject", subject)
    kind, sep, value = subject.replace("：", ":").partition(":")
    kind, value = kind.strip(), value.strip()
    named, kind = kind, field_name(kind)  # 法院:荆州中院, COURT:, ｃｏｕｒｔ： as in a query
    if not sep or not value:
        guess = _kind_named(subject.strip()) if not sep else None
        near = f" (did you mean {guess}:{subject.strip()}?)" if guess else ""
        raise InvalidArgumentError(
            f"a profile subject is kind:name, such as court:荆州中院 or province:湖南, not {subject!r}{near};"
            f" kinds are {', '.join(KINDS)}", argument="subject")
    if kind not in KINDS:
        meant = closest_name(kind, KINDS)
        near = f" (did you mean {meant}:{value}?)" if meant else ""
        raise InvalidArgumentError(f"unknown profile kind {named!r} in {subject!r}{near}; kinds are {', '.join(KINDS)}",
                                   argument="subject")
    return kind, value


# -- counting ---------------------------------------------------------------------------

def _only(m: _count.Matching, facet: str, vocab: Any = None) -> set[str] | None:
    """The values of ``facet`` the filters select (None: any); without a filter on
    ``facet``, those lying within the regions another region level or a court filter
    selects (:func:`lawnews.divisions.within`: 江苏's cities for ``by="city"`` under
    ``province=江苏``, not the other places its stories name)."""
    selected = m.filters.get(facet)
    if selected:
        return set(selected)
    return _divisions.within(vocab, facet, {v for s in m.columns.sets[facet] for v in s}, m.filters)


#: The most periods a date range asked may list (a century of months): a mistyped year
#: (``0001`` for ``2001``) would otherwise list tens of thousands of empty periods.
MAX_PERIODS = 1200

#: A period's name in the plural, for messages.
_PLURAL = {"month": "months", "quarter": "quarters", "year": "years"}


def _check_periods(first_last: tuple[int, int], every: str, start: str, end: str) -> None:
    """InvalidArgumentError when the range asked (``start``/``end``, one of them open:
    the data's first or last date) spans more than :data:`MAX_PERIODS` periods; its
    ``argument`` the bound given (``start``, else ``end``), else ``every``."""
    n = first_last[1] - first_last[0] + 1
    if n <= MAX_PERIODS:
        return
    asked = " ".join(part for part in (f"from {start}" if start else "", f"to {end}" if end else "") if part)
    advice = {"month": "count every quarter or year, or give a shorter range",
              "quarter": "count every year, or give a shorter range"}.get(every, "give a shorter range")
    raise InvalidArgumentError(
        f"the dates {asked} make {n:,} {_PLURAL[every]}, more than the {MAX_PERIODS:,} periods listed at most;"
        f" {advice} (is a year mistyped?)", argument="start" if start else "end" if end else "every")


def _check_span(first_last: tuple[int, int], every: str, m: _count.Matching, units: _count.Pairs) -> None:
    """InvalidArgumentError when the dated matches themselves (no range asked) span more
    than :data:`MAX_PERIODS` periods: a date mistyped in a source (0024-01-01) would
    otherwise list tens of thousands of empty periods. It names the first and last
    dates and their articles, and says to count longer periods or give a range."""
    n = first_last[1] - first_last[0] + 1
    if n <= MAX_PERIODS:
        return
    dated = units.date != _count.UNDATED
    dates, docs = units.date[dated], units.doc[dated]
    lo, hi = int(dates.argmin()), int(dates.argmax())
    advice = {"month": "count every quarter or year, or give start or end",
              "quarter": "count every year, or give start or end"}.get(every, "give start or end")
    raise naming(InvalidArgumentError(
        f"the dated matches run from {_count.iso(int(dates[lo]))} ({m.article_id(int(docs[lo]))})"
        f" to {_count.iso(int(dates[hi]))} ({m.article_id(int(docs[hi]))}): {n:,} {_PLURAL[every]},"
        f" more than the {MAX_PERIODS:,} periods listed at most; {advice} to keep the dates wanted"
        " (is a date mistyped?)"), "start", "end")


def fitting_period(first_last_month: "tuple[int, int] | None") -> str:
    """The length of period ``every="auto"`` counts by, for dates spanning the months
    ``first_last_month`` (the first and last, as :func:`lawnews.search.landscape.span`
    gives them for months; None: nothing dated): ``month`` when that lists at most
    :data:`FITTING_PERIODS` periods (three years), else ``quarter`` when that does (nine
    years), else ``year``; ``year`` when nothing is dated."""
    if first_last_month is None:
        return "year"
    months = first_last_month[1] - first_last_month[0] + 1
    if months <= FITTING_PERIODS:
        return "month"
    return "quarter" if -(-months // 3) <= FITTING_PERIODS else "year"


def _trends(m: _count.Matching, query: str, by: str, every: str, top: int | None, copies: bool,
            start: str = "", end: str = "", vocab: Any = None) -> Trends:
    p = _count.pairs(m, by, _only(m, by, vocab))
    units = _count.pairs(m, None)
    if every == AUTO:
        every = fitting_period(_count.span("month", p, units, start=period(start)[0] if start else "",
                                           end=period(end)[1] if end else ""))
    first_last = _count.span(every, p, units, start=period(start)[0] if start else "",
                             end=period(end)[1] if end else "")
    if (start or end) and first_last:
        _check_periods(first_last, every, start, end)
    elif first_last:
        _check_span(first_last, every, m, units)
    counts, undated = _count.by_period(p, every, first_last)
    totals, no_date = _count.by_period(units, every, first_last)
    periods = tuple(_count.label(c, every) for c in range(first_last[0], first_last[1] + 1)) if first_last else ()
    series = [TrendSeries(name, tuple(counts[n].tolist()), int(counts[n].sum() + undated[n]), int(undated[n]))
              for n, name in enumerate(p.names)]
    series = sorted((s for s in series if s.total), key=lambda s: (-s.total, s.value))
    return Trends(query, by, every, copies, periods, tuple(series[:top] if top else series),
                  tuple(totals[0].tolist()), len(units.value), int(no_date[0]), dict(m.filters), m.relaxed,
                  len(series), start, end)


def trends_csv(t: Trends, *, bom: bool = False) -> str:
    """The CSV of ``lawnews trends --csv`` and of the web app's ``/trends.csv``: one row per
    period and one for ``undated``, then ``total`` (each column's sum, as the web page's
    table ends), a column per value, then ``all`` (every matching story: a story with several
    values counts once there, in each of their columns).
    ``bom``: starting with the byte order mark (:data:`lawnews.csv_tables.BOM`), for Excel. A text cell a
    spreadsheet would run as a formula (``=…``, ``＋…``) starts with an apostrophe
    (:mod:`lawnews.csv_tables`); numbers stay numbers."""
    rows: list[list[Any]] = [["period", *(s.value for s in t.series), "all"]]
    rows += [[p, *(s.counts[i] for s in t.series), t.totals[i]] for i, p in enumerate(t.periods)]
    rows.append(["undated", *(s.undated for s in t.series), t.undated])
    rows.append(["total", *(s.total for s in t.series), t.total])
    return csv_text(rows, bom)


def first_csv(a: Adoption, *, bom: bool = False) -> str:
    """The CSV of ``lawnews first --csv`` and of the web app's ``/first.csv``:
    ``value,date,article_id,title,source,source_printed,count,same_day`` by date, the article named
    ``article_id`` and its source as in the JSON and the hits, then a chosen value with no report
    in the range (no date, no article, count 0) (``bom`` as for :func:`trends_csv`)."""
    return csv_text([["value", "date", "article_id", "title", "source", "source_printed", "count", "same_day"],
                 *([r.value, r.date or "", r.id or "", r.title, r.source or "", r.source_printed or "", r.count,
                    r.same_day]
                   for r in a.rows)], bom)


#: The columns of :func:`hits_csv`: the hit's rank and article (its source as the facet names it,
#: then as printed), then its tags (several
#: values of one in a cell, joined by ``、``).
HIT_COLUMNS = ("rank", "title", "date", "source", "source_printed", "province", "city", "county", "court_level", "court",
               "mechanism", "statute", "cites", "reposts", "file", "article_id", "snippet")


def hits_csv(results: Any, *, bom: bool = False) -> str:
    """The hits of a search (:class:`~lawnews.search.results.SearchResults`, every page of
    them as :meth:`~lawnews.NewsIndex.search_all` gives them) as CSV: a row per hit in rank
    order, :data:`HIT_COLUMNS` (``bom`` as for :func:`trends_csv`); the web app's ``/export.csv``."""
    rows: list[list[Any]] = [list(HIT_COLUMNS)]
    for h in results.hits:
        tags = [h.provinces, h.cities, h.counties, h.court_levels, h.courts, h.mechanisms, h.statutes, h.cites]
        rows.append([h.rank, h.title, h.date or "", h.source or "", h.source_printed or "", *("、".join(v) for v in tags),
                     h.copies - 1, h.file, h.article_id, h.snippet])
    return csv_text(rows, bom)
