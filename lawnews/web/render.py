"""What the templates use: escaped, highlighted snippets, facet lists, labels.

In: library results (``Hit``, ``SearchResults`` …) and the request's parameters.
Out: markup made only of escaped text and the app's own tags (``<mark>`` around a
highlight, at the library's character offsets), and plain values for the templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote

from jinja2 import pass_context
from markupsafe import Markup, escape
from starlette.requests import Request

from ..arguments import DATE_FORMS
from ..output import expansion, plural
from ..search.syntax import is_everything
from .params import (EVERY, FILTERS as FILTER_NAMES, LABELS, MAX_TOP, PAGE_ONLY, PROFILE_EVERY, TREND_BY, Params, article_url, cited_by_url, filter_url, pages,
                     PROFILE_KINDS, PROFILE_WANTED, profile_url, statute_url, whole_number)


#: The hint of every date field: the fullest form a date takes (never a date that looks set),
#: and, as its title, every form (the forms a bad date's error names).
DATE_HINT = "YYYY-MM-DD"

#: What an error page's status means, in its heading.
REASONS = {400: "bad request", 404: "not found", 405: "method not allowed", 500: "server error",
           503: "unavailable"}

#: The Tags/Hit attribute of each facet.
ATTRS = {"province": "provinces", "city": "cities", "county": "counties", "court_level": "court_levels",
         "court": "courts", "mechanism": "mechanisms", "statute": "statutes"}

#: The page each twin or download is of (the error of a download shows that page's form).
TWIN_OF = {"/export.csv": "/", "/export.json": "/", "/search.json": "/", "/trends.csv": "/trends",
           "/trends.json": "/trends", "/first.csv": "/first", "/first.json": "/first", "/profile.json": "/profile",
           "/cited-by.json": "/cited-by", "/statute.json": "/statute"}

#: Values of a facet shown before "more" (its ticked values are shown besides).
SHOWN = 10

#: The parameter that unfolds a long facet: ``more=court`` lists every court.
MORE = "more"


#: The most characters of a query a heading, a window title or a caption shows (the query is
#: whole in its field and the address).
SHOWN_QUERY = 60


def shortened(text: Any, most: int = SHOWN_QUERY) -> str:
    """``text`` as a heading or a window title shows it: whole up to ``most`` characters, else
    its first ``most - 1`` and an ellipsis (…), its white space runs made one space."""
    text = " ".join(str(text).split())
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def named_query(query: Any) -> str:
    """A query as a heading, a window title or a caption names it: "" for one that selects every
    article (empty, ``*``, ``*:*``: the page says "all stories"), else :func:`shortened`."""
    return "" if is_everything(str(query or "")) else shortened(query)


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


#: A run of Chinese text: Han characters, CJK and full-width punctuation, and what stands
#: between two of them within one name: a number with or without spaces around it (第3条,
#: 第 58 條, 《民法典》第1条), or Latin letters and digits written against them (A股, P2P平台).
#: English words between two Chinese names (刑法 has no 第九百条) are not part of the run.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
ZH_RUN = re.compile(f"[{_CJK}]+(?:(?: ?[0-9.·-]* ?|[0-9A-Za-z.·-]+)[{_CJK}]+)*")


#: The language of the index's text (news of the mainland's courts, its statutes): Chinese
#: in simplified characters. The pages' own words are English (``<html lang="en">``).
ZH = "zh-Hans"
#: Chinese in traditional characters: a value as a user typed it (執行難).
ZH_HANT = "zh-Hant"
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def zh_lang(text: Any) -> str:
    """The language of Chinese ``text`` as typed: :data:`ZH_HANT` when a character of it is
    traditional (one the index's folding simplifies: 執, 難, 華), :data:`ZH` otherwise, so that
    a screen reader reads a query echoed as typed in the voice of its script."""
    from ..index.analysis.fold import fold

    text = str(text or "")
    return ZH_HANT if any(a != b and _HAN.match(a) for a, b in zip(text, fold(text))) else ZH


def zh(text: Any) -> Markup:
    """``text`` escaped (markup given stays as it is), each run of Chinese in it
    (:data:`ZH_RUN`) in a ``<span lang="zh-Hans">`` (``zh-Hant`` for a run in traditional
    characters, a value quoted as typed: :func:`zh_lang`): an English sentence that quotes a
    Chinese value is read and set in type as both."""
    markup = text if isinstance(text, Markup) else escape(str(text))
    return Markup(ZH_RUN.sub(lambda m: f'<span lang="{zh_lang(m.group(0))}">{m.group(0)}</span>', str(markup)))


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
    children: "tuple[FacetValue, ...] | FacetList" = ()
    facet: str = ""  # the filter it is a value of (province, city, court …)


@dataclass(frozen=True)
class FacetList:
    """The values of a facet a page lists: its top :data:`SHOWN` by count and every
    ticked one, or all of them when the page's address unfolds it (``more=NAME``);
    ``hidden`` values left out, ``toggle`` the address that unfolds or folds it
    ("" when it is short)."""

    name: str
    values: tuple[FacetValue, ...]
    hidden: int = 0
    toggle: str = ""

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __bool__(self) -> bool:
        return bool(self.values)


class Page:
    """The request's parameters, with the links a page makes from them; ``last`` the last page
    of the list of hits it shows, where it shows one."""

    def __init__(self, request: Request, last: "int | None" = None) -> None:
        # the address's path as its decoded text, escaped whole again: an article id may
        # hold any character (100%, a space, ?, #)
        self.path = quote(request.scope["path"], safe="/")
        self.params = Params(request.query_params.multi_items())
        self.last = last

    def page_of_hits(self) -> "str | None":
        """The page of hits a link of this page keeps (None: the first): the page asked, or
        the last page when the one asked is past it (a link from the page saying there is no
        page 999 leads to hits, not to that page again)."""
        page = self.params.get("page") or None
        asked = whole_number(page) if page else None
        if asked is not None and self.last is not None and asked > self.last:
            return str(self.last)
        return page

    @property
    def form_path(self) -> str:
        """The view whose form corrects this address: the page itself, or the page a twin or
        download is of (``/trends.csv`` → ``/trends``; the hits of a search, ``/export.csv``,
        ``/search.json`` → ``/``)."""
        return TWIN_OF.get(self.path, self.path)

    def url(self, **changes: Any) -> str:
        return self.params.url(self.path, **changes)

    def view(self, path: str, **changes: Any) -> str:
        """Another view of the same selection (search ↔ trends ↔ first)."""
        return self.params.selection(path, **changes)

    def json_url(self) -> str:
        return self.params.url(self.path, format="json", page=self.params.get("page") or None)

    def export(self, path: str) -> str:
        """The download of this search's hits (``/export.csv``, ``/export.json``): its
        parameters without those of the page shown (:data:`~.params.PAGE_ONLY`)."""
        return self.params.url(path, **{name: None for name in PAGE_ONLY})

    def toggle(self, name: str, value: str) -> str:
        """The page (:attr:`form_path`) with ``value`` added to or taken from the filter ``name``."""
        return self.params.toggle(self.form_path, name, value)

    def swaps(self, problem: Any) -> list[tuple[str, str]]:
        """For an unknown filter value (:class:`.problems.Problem` with values offered), each
        value offered and the page with it in place of the value typed; empty otherwise."""
        if not problem.offered or problem.value not in self.params.values(problem.facet):
            return []
        kept = self.params.values(problem.facet)
        return [(v, self.params.url(self.form_path, **{problem.facet: [v if k == problem.value else k for k in kept]}))
                for v in problem.offered]

    def cleared(self) -> str:
        """The page (:attr:`form_path`) without any facet filter (the query, dates and other
        choices kept)."""
        return self.params.url(self.form_path, **{name: None for name in FILTER_NAMES})

    def chosen(self, name: str, results: Any = None) -> list[tuple[str, str, str]]:
        """A facet's selected values: ``(parameter, value as typed, value as the index has it)``
        (湖北 → 湖北省, 荆州中院 → 荆州市中级人民法院), as the search results name them. A law or
        article cited is the value of the facet that holds it, whichever parameter named it
        (``cites=刑法``, a law alone, is ``("cites", "刑法", "中华人民共和国刑法")`` of the Law
        cited facet), each printed title of it and each article of a range its own value
        (:attr:`~lawnews.SearchResults.statute_filters`)."""
        typed_as = getattr(results, "statute_filters", None) or {}
        if name in ("statute", "cites") and typed_as:
            # a value the answer does not say (a version in cites=, which trends read in their query) as typed
            return [(param, typed, value) for param in ("statute", "cites") for typed in self.params.values(param)
                    for value in (typed_as.get(param, {}).get(typed, {}).get(name, ())
                                  if typed in typed_as.get(param, {}) else ([typed] if param == name else []))]
        typed = self.params.values(name)
        canonical = list((getattr(results, "filters", None) or {}).get(name, ()))
        return [(name, t, v) for t, v in zip(typed, canonical if len(canonical) == len(typed) else typed)]

    def facet(self, name: str, counts: Mapping[str, int], results: Any = None) -> list[FacetValue]:
        """A facet's values, the selected ones first (with a count of 0 when no hit has them),
        each under the name the counts give it however it was typed."""
        out: list[FacetValue] = []
        for param, typed, value in self.chosen(name, results):
            if all(v.value != value for v in out):
                out.append(FacetValue(value, counts.get(value, 0), True, self.toggle(param, typed), facet=name))
        chosen = {v.value for v in out}
        out += [FacetValue(v, n, False, self.toggle(name, v), facet=name) for v, n in counts.items() if v not in chosen]
        return out

    def folded(self, name: str, values: Sequence[FacetValue], anchor: str = "") -> FacetList:
        """``values`` as a :class:`FacetList`: folded to the top :data:`SHOWN` (and every
        ticked value) unless the address unfolds ``name``; its link keeps the page of
        hits and leads back to the facet (``#facet-ANCHOR``)."""
        unfolded = self.params.values(MORE)
        anchor = "#facet-" + (anchor or name)
        if len(values) <= SHOWN:
            return FacetList(name, tuple(values))
        page = self.page_of_hits()
        if name in unfolded:
            fewer = self.url(page=page, **{MORE: [v for v in unfolded if v != name]}) + anchor
            return FacetList(name, tuple(values), 0, fewer)
        room = max(SHOWN - sum(v.selected for v in values), 0)
        shown = []
        for v in values:
            if v.selected or room:
                room -= not v.selected
                shown.append(v)
        more = self.url(page=page, **{MORE: [*unfolded, name]}) + anchor
        return FacetList(name, tuple(shown), len(values) - len(shown), more)

    def facet_list(self, name: str, results: Any) -> FacetList:
        """A facet of the sidebar, folded as :meth:`folded` says."""
        return self.folded(name, self.facet(name, results.facets.get(name, {}), results))

    def regions(self, results: Any) -> FacetList:
        """Provinces; under a selected province its cities; under a selected city its
        counties; each list folded as :meth:`folded` says."""
        provinces = []
        for p in self.facet("province", results.facets.get("province", {}), results):
            node = results.regions.get(p.value, {})
            children: list[FacetValue] = []
            if p.selected:
                for c in self.facet("city", node.get("cities", {}), results):
                    if c.selected and c.value not in node.get("cities", {}):
                        continue  # a city of another province
                    grand: FacetList | tuple[()] = ()
                    if c.selected:
                        county_counts = node.get("counties", {}).get(c.value, {})
                        grand = self.folded("county", [k for k in self.facet("county", county_counts, results)
                                                       if not k.selected or k.value in county_counts], "region")
                    children.append(FacetValue(c.value, c.count, c.selected, c.url, grand, "city"))
            cities = self.folded("city", children, "region") if children else ()
            provinces.append(FacetValue(p.value, p.count, p.selected, p.url, cities, "province"))
        # cities and counties chosen elsewhere (a tag's link) stay visible and removable
        shown = {c.value for p in provinces for c in p.children} | {
            k.value for p in provinces for c in p.children for k in c.children}
        loose = [FacetValue(v, results.facets.get(f, {}).get(v, 0), True, self.toggle(f, t), facet=f)
                 for f in ("city", "county") for _, t, v in self.chosen(f, results) if v not in shown]
        return self.folded("province", provinces + loose, "region")

    def profile(self, kind: str, value: str) -> str:
        """The profile of a value (``/profile?court=…``) within this page's selection (its query,
        other filters, dates, reading of the words and choice of every copy): it counts the
        stories the search of this selection and the value lists."""
        return profile_url(kind, value, self.params.selection_items())

    def period_search(self, trends: Any, period: str, value: "str | None" = None) -> str:
        """The search of the stories a trends cell counts: this page's selection within the
        dates of ``period`` (:meth:`~lawnews.landscape.Trends.dates`), with ``value`` of the
        facet counted by (None: the period's column of all matching stories)."""
        start, end = trends.dates(period)
        changes = {"from": start, "to": end}
        if value is not None:
            changes[trends.by] = value
        return self.view("/", **changes)

    def pages(self, page: int, total: int, per_page: int) -> list[tuple[int | None, str]]:
        return [(n, self.url(page=str(n)) if n else "") for n in pages(page, total, per_page)]


@pass_context
def fault(context: Any, name: str) -> Markup:
    """The attributes of the form field ``name`` on an error page whose message is about it
    (``invalid`` in the page's context): marked invalid, described by the message and
    focused, so that the keyboard and a screen reader start at the field to correct; none
    on any other field or page."""
    if name and context.get("invalid") == name:
        return Markup(' aria-invalid="true" aria-describedby="problem" autofocus')
    return Markup("")


def tag_groups(tags: Any) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """``(facet, label, [(value, search link)…])`` for each facet an article or hit has."""
    out = []
    for name, attr in ATTRS.items():
        values = getattr(tags, attr, ())
        if values:
            out.append((name, LABELS[name], [(v, filter_url("/", name, v)) for v in values]))
    return out


def trends_caption(trends: Any) -> str:
    """What a trends table and chart count: ``stories per province, every quarter,
    matching “执行” where court level is 中级, from 2023-Q1 to 2024-Q4``."""
    units = "articles" if trends.copies else "stories"
    text = f"{units.capitalize()} per {LABELS[trends.by].lower()}, every {trends.every}"
    if named_query(trends.query):
        text += f", matching “{named_query(trends.query)}”"
    text += _where(trends.filters, "is ")
    if trends.periods:
        text += f", from {trends.periods[0]} to {trends.periods[-1]}"
    return text


def _where(filters: Any, verb: str) -> str:
    """`` where court level is 中级, province is 湖南省 or 湖北省`` for the filters in force
    (``verb`` between a facet and its values), or nothing."""
    where = [f"{LABELS.get(k, k).lower()} {verb}{' or '.join(v)}" for k, v in filters.items() if v]
    return " where " + ", ".join(where) if where else ""


def chart_description(trends: Any) -> str:
    """The text alternative of a trends chart: what it counts, over which periods, its
    largest values and where its figures are (the table under it)."""
    top = ", ".join(f"{s.value} {s.total}" for s in trends.series[:3])
    caption = trends_caption(trends)
    text = f"Stacked bar chart of {caption[0].lower()}{caption[1:]}"
    if top:
        text += f"; largest: {top}"
    return text + "; the table below gives every figure"


def profile_caption(profile: Any) -> str:
    """What a profile's table counts: ``Stories of 湖南省 (province) matching “执转破” where court
    level is 中级, every year, from 2016 to 2025``."""
    t = profile.trend
    text = f"{'Articles' if t.copies else 'Stories'} of {profile.value} ({LABELS[profile.kind].lower()})"
    if named_query(profile.query):
        text += f" matching “{named_query(profile.query)}”"
    text += _where(profile.filters, "is ")
    text += f", every {t.every}"
    if t.periods:
        text += f", from {t.periods[0]} to {t.periods[-1]}"
    return text


def profile_chart_description(profile: Any) -> str:
    """The text alternative of a profile's chart."""
    t = profile.trend
    busiest = max(range(len(t.periods)), key=lambda i: t.totals[i]) if t.periods else None
    caption = profile_caption(profile)
    text = f"Bar chart of the {caption[0].lower()}{caption[1:]}"
    if busiest is not None and t.totals[busiest]:
        text += f"; most in {t.periods[busiest]}: {t.totals[busiest]}"
    return text + "; the table below gives every figure"


def first_caption(adoption: Any) -> str:
    """What a first-report table lists: ``First dated report of 执转破 per province`` (``where
    court level is 中级`` for the filters in force)."""
    text = "First dated report"
    if adoption.mechanism:
        text += f" of {adoption.mechanism}"
    text += f" per {LABELS[adoption.by].lower()}"
    if named_query(adoption.query):
        text += f", among the stories matching “{named_query(adoption.query)}”"
    text += _where({k: v for k, v in adoption.filters.items() if k != "mechanism"}, "is ")  # mechanism: named above
    if adoption.start or adoption.end:
        text += "," + (f" from {adoption.start}" if adoption.start else "") + (f" to {adoption.end}" if adoption.end else "")
    return text


def cited_label(count: int, version: "str | None" = None, all_copies: bool = False) -> str:
    """The text of a cited-by link: ``Cited by 3 stories`` (reposts counted once, as the
    cited-by page lists them; ``articles`` when every copy is counted), with the version the
    count is of when the reference names one (``(2017-06-27 version)``)."""
    unit = plural(count, "article") if all_copies else plural(count, "story", "stories")
    return f"Cited by {unit}" + (f" ({version} version)" if version else "")


def pinned_version(reference: str, version: "str | None") -> "str | None":
    """The version a citation's ``cites`` reference counts (it names a year: only the
    citations resolved to that version), else None (every version's)."""
    return version if version and reference[:4].isdigit() else None


GLOBALS: dict[str, Any] = {"cited_by_url": cited_by_url, "statute_url": statute_url, "cited_label": cited_label,
                           "pinned_version": pinned_version,
"labels": LABELS, "article_url": article_url, "filter_url": filter_url,
                           "plural": plural, "tag_groups": tag_groups, "shown": SHOWN, "filters": FILTER_NAMES,
                           "by_choices": TREND_BY, "every_choices": EVERY,
                           "profile_every_choices": (*EVERY, PROFILE_EVERY), "reasons": REASONS, "fault": fault,
                           "max_top": MAX_TOP, "trends_caption": trends_caption, "first_caption": first_caption,
                           "profile_caption": profile_caption, "profile_kinds": PROFILE_KINDS,
                           "profile_wanted": PROFILE_WANTED, "date_hint": DATE_HINT, "date_forms": DATE_FORMS}
FILTERS: dict[str, Any] = {"zh": zh, "zh_lang": zh_lang, "snippet": snippet, "marked": marked, "expansion": expansion, "section": section,
                           "why_tagged": why_tagged, "shortened": shortened,
                           "named_query": named_query}
