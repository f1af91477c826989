"""Plain result objects: what a search returns to callers.

:class:`Hit` is one article (its best-matching section shown), :class:`SearchResults`
the ranked page of hits with totals and facet counts. Both are frozen dataclasses
built while the Whoosh searcher is open, so callers never hold engine objects or
open files; ``to_dict()`` gives the JSON shape printed by ``lawnews search --json``.
:func:`top_facets` keeps the first values of facet counts (``NewsIndex.facets(top=N)``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence, overload


@dataclass(frozen=True)
class Hit:
    """One ranked article: its best section, score, snippet and facet values.

    ``highlights`` are ``(start, end)`` character offsets of the matched terms in
    ``snippet``; ``matched_sections`` counts the article's sections that match.
    ``story`` is the id of the article's story (its lead's article id) and ``copies``
    how many articles in the index are copies of that story (1: no repost).
    ``source`` is the ``source`` facet's value (a court named once, by its full name:
    株洲中院 → 株洲市中级人民法院), as the facet counts and the filter selects it;
    ``source_printed`` the name the article printed (the stored article's ``source``).
    """

    rank: int
    article_id: str
    score: float
    title: str
    file: str
    section: str | None
    section_no: int
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    courts: tuple[str, ...] = ()
    mechanisms: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()
    court_levels: tuple[str, ...] = ()
    date: str | None = None
    matched_sections: int = 1
    source: str | None = None
    explanation: tuple[tuple[str, str, float], ...] = ()
    story: str | None = None
    copies: int = 1
    statutes: tuple[str, ...] = ()  # the laws whose articles the article cites
    cites: tuple[str, ...] = ()  # the articles cited ("中华人民共和国民事诉讼法 第二百三十七条")
    #: the highlights that show why a tag the query named matched: (start, end, "mechanism:司法拍卖")
    tag_highlights: tuple[tuple[int, int, str], ...] = ()
    #: a statute record of a law whose statute collection holds a later version: says which
    #: (``superseded: 中华人民共和国民事诉讼法 has a later version in the statute collection, 2023-09-01``)
    version_note: str | None = None
    #: (start, end) offsets of the query's words (or a tag's evidence) in ``section``, the heading
    section_highlights: tuple[tuple[int, int], ...] = ()
    #: the source as the article printed it (``source`` is the facet's value)
    source_printed: str | None = None

    def marked_snippet(self, before: str = "<em>", after: str = "</em>") -> str:
        """The snippet with each highlight wrapped in ``before``/``after`` (the text as it is:
        :attr:`snippet_html` is the one to put into a web page)."""
        return _marked(self.snippet, self.highlights, before, after)

    @property
    def snippet_html(self) -> str:
        """The snippet as HTML: its text escaped (``<``, ``&``, quotes), each highlight in ``<em>``."""
        return _marked(self.snippet, self.highlights, "<em>", "</em>", html.escape)

    def tagged_words(self) -> tuple[tuple[str, str], ...]:
        """``(words, "facet:value")`` of the highlights that show why a tag the query named
        matched (:attr:`tag_highlights`), each pair once."""
        return tuple(dict.fromkeys((self.snippet[s:e], tag) for s, e, tag in self.tag_highlights))

    def marked_section(self, before: str = "<em>", after: str = "</em>") -> str:
        """The section heading with each of its highlights wrapped in ``before``/``after``."""
        return _marked(self.section or "", self.section_highlights, before, after)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "article_id": self.article_id,
            "score": round(self.score, 4),
            "title": self.title,
            "file": self.file,
            "section": self.section,
            "section_no": self.section_no,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            "snippet_html": self.snippet_html,
            "tag_highlights": [list(h) for h in self.tag_highlights],
            "section_highlights": [list(h) for h in self.section_highlights],
            "provinces": list(self.provinces),
            "cities": list(self.cities),
            "courts": list(self.courts),
            "mechanisms": list(self.mechanisms),
            "counties": list(self.counties),
            "court_levels": list(self.court_levels),
            "date": self.date,
            "source": self.source,
            "source_printed": self.source_printed,
            "matched_sections": self.matched_sections,
            "story": self.story,
            "copies": self.copies,
            "statutes": list(self.statutes),
            "cites": list(self.cites),
            **({"explanation": [{"field": f, "term": t, "score": round(sc, 4)}
                                for f, t, sc in self.explanation]} if self.explanation else {}),
            **({"version_note": self.version_note} if self.version_note else {}),
        }


def _marked(text: str, highlights: tuple[tuple[int, int], ...], before: str, after: str,
            escape: Callable[[str], str] = str) -> str:
    """``text`` with each highlight wrapped in ``before``/``after``, the text's own parts through ``escape``."""
    out, last = [], 0
    for s, e in highlights:
        out += [escape(text[last:s]), before, escape(text[s:e]), after]
        last = e
    out.append(escape(text[last:]))
    return "".join(out)


@dataclass(frozen=True)
class Copy:
    """One copy of a story: an article that reposts it (or its lead, ``lead=True``);
    ``source`` the source facet's value and ``source_printed`` the name it printed, as in a
    :class:`Hit`."""

    article_id: str
    title: str
    file: str
    date: str | None = None
    source: str | None = None
    lead: bool = False
    source_printed: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "file": self.file,
                "date": self.date, "source": self.source, "source_printed": self.source_printed,
                "lead": self.lead}


def statute_filters_dict(typed: "Mapping[str, Mapping[str, Mapping[str, Sequence[str]]]]") -> dict[str, Any]:
    """What each ``statute=`` and ``cites=`` value as typed selected (``statute_filters`` of
    search results, trends and first reports) as JSON gives it: ``{"cites": {"刑法": {"statute":
    ["中华人民共和国刑法"]}}}``."""
    return {name: {given: {facet: list(values) for facet, values in chosen.items()} for given, chosen in by_given.items()}
            for name, by_given in typed.items()}


@dataclass(frozen=True)
class SearchResults:
    """A page of ranked hits, the number of matching stories and facet counts.

    ``total`` and the counts are of stories: an article and its reposts count once (the
    lead is the hit; ``Hit.copies`` says how many copies it has), or of articles when the
    search asked for every copy (``all_copies``).
    ``facets`` maps a facet name (``province``, ``city``, ``court``, ``mechanism``,
    ``source``, ``year``) to ``{value: number of matching stories}``, largest
    first (``year``: newest year first, as a date histogram lists it). ``regions`` nests the city counts under their province:
    ``{"湖北省": {"count": 2, "cities": {"荆州市": 1}}}``. ``suggestion`` is a corrected query when this one found nothing;
    ``parsed`` the query as the engine ran it (with ``explain``). ``relaxed`` is
    true when no article had every word of a plain query and the hits are the
    articles with any of them. ``expanded`` maps each query word that also matched
    other words or facet values to them: ``{"交叉执行": ("提级执行", …,
    "mechanism:交叉执行")}``. ``question_bank`` names the question bank
    (:mod:`.questions`, ``name@fingerprint``) that ranked a question and added hits, if one did;
    ``question_bank_parts`` what of it ranked (``similar questions``, ``their laws``, ``law
    prior``: the prior alone when no question already answered is like this one).
    ``statute_filters`` says what each ``statute=`` and ``cites=`` value as typed selected,
    under the facet that holds it: ``{"cites": {"刑法": {"statute": ("中华人民共和国刑法",)}}}`` (a
    law alone given as an article cited selects the law; a law printed under several titles
    selects each).
    """

    query: str
    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    took_ms: float = 0.0
    total_sections: int = 0  # the matching sections of the hits paged through (one copy per story unless all copies)
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    suggestion: str | None = None
    parsed: str | None = None
    regions: dict[str, dict[str, Any]] = field(default_factory=dict)
    relaxed: bool = False
    expanded: dict[str, tuple[str, ...]] = field(default_factory=dict)
    question_bank: str | None = None
    question_bank_parts: tuple[str, ...] = ()
    statute_filters: dict[str, dict[str, dict[str, tuple[str, ...]]]] = field(default_factory=dict)
    #: the date range asked for beside the query (``start``/``end`` of ``NewsIndex.search``)
    start: str | None = None
    end: str | None = None

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.hits)

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> "tuple[Hit, ...]": ...

    def __getitem__(self, index: "int | slice") -> "Hit | tuple[Hit, ...]":
        """The hits of this page by position, as ``hits`` holds them (``results[0]``, ``results[:3]``)."""
        return self.hits[index]

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "filters": {k: list(v) for k, v in self.filters.items()},
            "total": self.total,
            "total_sections": self.total_sections,
            "relaxed": self.relaxed,
            "expanded": {w: list(v) for w, v in self.expanded.items()},
            "question_bank": self.question_bank,
            "question_bank_parts": list(self.question_bank_parts),
            "suggestion": self.suggestion,
            "took_ms": round(self.took_ms, 2),
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
            "regions": self.regions,
            **({"parsed": self.parsed} if self.parsed is not None else {}),
            **({"statute_filters": statute_filters_dict(self.statute_filters)} if self.statute_filters else {}),
            **({"from": self.start, "to": self.end} if self.start or self.end else {}),
        }


def top_values(values: dict[str, Any], top: int, selected: Any = ()) -> dict[str, Any]:
    """The ``top`` first of ``values`` (in their order), and beyond them each value the
    filters select (``selected``): a filter's own value is always listed with its count."""
    return {v: n for i, (v, n) in enumerate(values.items()) if i < top or v in selected}


def top_facets(data: dict[str, Any], top: int) -> dict[str, Any]:
    """The facet counts of ``NewsIndex.facets`` with the ``top`` first values of each facet
    and of each level of the region tree (provinces, their cities, their counties), and
    the values the filters select beyond them (:func:`top_values`)."""
    selected = data.get("filters") or {}

    def first(values: dict[str, Any], facet: str) -> dict[str, Any]:
        return top_values(values, top, selected.get(facet, ()))

    regions = {}
    for province, node in first(data.get("regions", {}), "province").items():
        cities = first(node.get("cities", {}), "city")
        regions[province] = {**node, "cities": cities,
                             "counties": {city: first(counties, "county")
                                          for city, counties in node.get("counties", {}).items()
                                          if city in cities or city == province}}
    return {**data, "facets": {name: first(values, name) for name, values in data["facets"].items()},
            **({"regions": regions} if "regions" in data else {})}
