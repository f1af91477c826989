"""What the templates use: escaped, highlighted snippets, facet lists, labels.

In: library results (``Hit``, ``SearchResults`` …) and the request's parameters.
Out: markup made only of escaped text and the app's own tags (``<mark>`` around a
highlight, at the library's character offsets), and plain values for the templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote

from markupsafe import Markup, escape
from starlette.requests import Request

from ..output import expansion, plural
from .params import EVERY, FILTERS as FILTER_NAMES, TREND_BY, Params, article_url, filter_url, pages

#: Facet names as the sidebar and tags show them.
LABELS = {
    "province": "Province", "city": "City", "county": "County", "court_level": "Court level",
    "court": "Court", "mechanism": "Mechanism", "source": "Source", "year": "Year",
    "statute": "Law cited", "cites": "Article cited",
}

#: The Tags/Hit attribute of each facet.
ATTRS = {"province": "provinces", "city": "cities", "county": "counties", "court_level": "court_levels",
         "court": "courts", "mechanism": "mechanisms", "statute": "statutes"}

#: Values of a facet shown before "more".
SHOWN = 10


def marked(text: str, spans: Iterable[Sequence[int]]) -> Markup:
    """``text`` escaped, each ``(start, end)`` character span wrapped in ``<mark>``."""
    out, last = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        start, end = max(start, last), min(end, len(text))
        if start >= end:
            continue
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def snippet(hit: Any) -> Markup:
    return marked(hit.snippet, hit.highlights)


def section(hit: Any) -> Markup:
    """The hit's section heading, escaped, its matched words in ``<mark>``."""
    return marked(hit.section or "", getattr(hit, "section_highlights", ()))


def why_tagged(hit: Any) -> list[tuple[str, str]]:
    """``(words, "facet:value")`` of the highlights that show why a tag the query named matched."""
    return list(hit.tagged_words())


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool
    url: str
    children: tuple["FacetValue", ...] = ()


class Page:
    """The request's parameters, with the links a page makes from them."""

    def __init__(self, request: Request) -> None:
        # the address's path as its decoded text, escaped whole again: an article id may
        # hold any character (100%, a space, ?, #)
        self.path = quote(request.scope["path"], safe="/")
        self.params = Params(request.query_params.multi_items())

    def url(self, **changes: Any) -> str:
        return self.params.url(self.path, **changes)

    def view(self, path: str, **changes: Any) -> str:
        """Another view of the same selection (search ↔ trends ↔ first)."""
        return self.params.selection(path, **changes)

    def json_url(self) -> str:
        return self.params.url(self.path, format="json", page=self.params.get("page") or None)

    def toggle(self, name: str, value: str) -> str:
        return self.params.toggle(self.path, name, value)

    def cleared(self) -> str:
        """The same page without any facet filter (the query, dates and other choices kept)."""
        return self.params.url(self.path, **{name: None for name in FILTER_NAMES})

    def chosen(self, name: str, results: Any = None) -> list[tuple[str, str]]:
        """A facet's selected values as typed, each with the form the index has of it
        (湖北 → 湖北省, 荆州中院 → 荆州市中级人民法院), as the search results name them."""
        typed = self.params.values(name)
        canonical = list((getattr(results, "filters", None) or {}).get(name, ()))
        return list(zip(typed, canonical if len(canonical) == len(typed) else typed))

    def facet(self, name: str, counts: Mapping[str, int], results: Any = None) -> list[FacetValue]:
        """A facet's values, the selected ones first (with a count of 0 when no hit has them),
        each under the name the counts give it however it was typed."""
        out: list[FacetValue] = []
        for typed, value in self.chosen(name, results):
            if all(v.value != value for v in out):
                out.append(FacetValue(value, counts.get(value, 0), True, self.toggle(name, typed)))
        chosen = {v.value for v in out}
        out += [FacetValue(v, n, False, self.toggle(name, v)) for v, n in counts.items() if v not in chosen]
        return out

    def regions(self, results: Any) -> list[FacetValue]:
        """Provinces; under a selected province its cities; under a selected city its counties."""
        provinces = []
        for p in self.facet("province", results.facets.get("province", {}), results):
            node = results.regions.get(p.value, {})
            children: list[FacetValue] = []
            if p.selected:
                for c in self.facet("city", node.get("cities", {}), results):
                    if c.selected and c.value not in node.get("cities", {}):
                        continue  # a city of another province
                    grand = ()
                    if c.selected:
                        county_counts = node.get("counties", {}).get(c.value, {})
                        grand = tuple(k for k in self.facet("county", county_counts, results)
                                      if not k.selected or k.value in county_counts)
                    children.append(FacetValue(c.value, c.count, c.selected, c.url, grand))
            provinces.append(FacetValue(p.value, p.count, p.selected, p.url, tuple(children)))
        # cities and counties chosen elsewhere (a tag's link) stay visible and removable
        shown = {c.value for p in provinces for c in p.children} | {
            k.value for p in provinces for c in p.children for k in c.children}
        loose = [FacetValue(v, results.facets.get(f, {}).get(v, 0), True, self.toggle(f, t))
                 for f in ("city", "county") for t, v in self.chosen(f, results) if v not in shown]
        return provinces + loose

    def pages(self, page: int, total: int, per_page: int) -> list[tuple[int | None, str]]:
        return [(n, self.url(page=str(n)) if n else "") for n in pages(page, total, per_page)]


def tag_groups(tags: Any) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """``(facet, label, [(value, search link)…])`` for each facet an article or hit has."""
    out = []
    for name, attr in ATTRS.items():
        values = getattr(tags, attr, ())
        if values:
            out.append((name, LABELS[name], [(v, filter_url("/", name, v)) for v in values]))
    return out


GLOBALS: dict[str, Any] = {"labels": LABELS, "article_url": article_url, "filter_url": filter_url,
                           "plural": plural, "tag_groups": tag_groups, "shown": SHOWN, "filters": FILTER_NAMES,
                           "by_choices": TREND_BY, "every_choices": EVERY}
FILTERS: dict[str, Any] = {"snippet": snippet, "marked": marked, "expansion": expansion, "section": section,
                           "why_tagged": why_tagged}
