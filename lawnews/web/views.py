"""The views: each reads its parameters, makes one library call, renders the answer.

In: a request. Out: HTML, or with ``?format=json`` (or the ``.json`` route) the
library object's ``to_dict()``, the same JSON the command line prints with
``--json``. The library runs in the app's workers (:mod:`.worker`); its errors
are turned into error pages by the app (:mod:`.app`).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from urllib.parse import urlencode

from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from .. import landscape
from ..errors import InvalidArgumentError
from . import charts, render
from .params import (download_name, MAX_PER_PAGE, MAX_TOP, MOST_EXPORTED, PER_PAGE, PROFILE_EVERY, PROFILE_TOP, SORTS,
                     TABLE_FORMATS, TOP, Params, ProfileSubjectError)
from .render import Page


def _call(request: Request, name: str, *args: Any, **kwargs: Any) -> Any:
    return request.app.state.library.call(name, *args, **kwargs)


def _html(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    return HTMLResponse(env.get_template(template).render(page=Page(request, context.get("last")), **context),
                        status_code=status)


def _last_page(total: int, per_page: int) -> int:
    """The number of the last page of ``total`` hits, ``per_page`` a page (1 when there are none)."""
    return max((total + per_page - 1) // per_page, 1)


def _paged(total: int, page: int, per_page: int) -> dict[str, Any]:
    """What a list of hits in pages tells its template: the page shown (``current``), the
    ``last`` and the ``status``: 404 for a page past the last of a list that has hits (the page
    says there is no such page, how many there are, and links the last one)."""
    last = _last_page(total, per_page)
    return dict(current=page, per_page=per_page, last=last, status=404 if total and page > last else 200)


def _json(data: Any) -> JSONResponse:
    return JSONResponse(data)


def _page_json(data: dict[str, Any], total: int, page: int, per_page: int) -> Response:
    """The JSON of one page of a list of hits (a search, the articles citing a statute): the
    list's ``data`` with the page shown (``page``, ``per_page``) and the number of ``pages``
    (0 for a list without hits), so that a saved page says which one it is. A page past the
    last of a list that has hits is a 404, as its HTML page is, still with its total, no hits
    and ``pages``, and with the ``error`` and ``status`` of an error's JSON saying so."""
    paged = _paged(total, page, per_page)
    body = {**data, "page": page, "per_page": per_page, "pages": paged["last"] if total else 0}
    if paged["status"] == 404:
        body.update(error=f"page {page} is past the last page, {paged['last']} ({per_page} per page)", status=404)
    return JSONResponse(body, status_code=paged["status"])


# -- search ---------------------------------------------------------------
def _search_options(p: Params) -> dict[str, Any]:
    """What a search page asks the library beside the query and its page: the order, the
    copies, the question bank, synonyms, relaxing, the filters (a download asks the same)."""
    return dict(sort=p.get("sort") or "relevance", all_copies=p.flag("all_copies"),
                question_bank=not p.flag("no_question_bank"), expand=not p.no_expand(),
                strict=p.flag("strict"), **p.filters())


def _search(request: Request) -> tuple[Params, Any, int, int]:
    p = Params(request.query_params.multi_items())
    page = p.number("page", 1, minimum=1)
    per_page = p.number("per_page", PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    results = _call(request, "search", p.query(), limit=per_page, offset=(page - 1) * per_page,
                    **_search_options(p))
    return p, results, page, per_page


def _search_json(request: Request, results: Any, page: int, per_page: int) -> Response:
    """``lawnews search --json``, with ``tags_outdated``: the notice ``lawnews search``
    prints when the index was tagged by other rules (null when it was not), and the page
    shown (:func:`_page_json`)."""
    return _page_json({**results.to_dict(), "tags_outdated": _call(request, "outdated_tags")},
                      results.total, page, per_page)


def search(request: Request) -> Response:
    """``/``: the search page (``?format=json``: ``lawnews search --json``)."""
    fmt = Params(request.query_params.multi_items()).format()
    p, results, page, per_page = _search(request)
    if fmt == "json":
        return _search_json(request, results, page, per_page)
    return _html(request, "search.html", results=results, **_paged(results.total, page, per_page),
                 sorts=SORTS, sort=p.get("sort") or "relevance",
                 outdated=_call(request, "outdated_tags"), most_exported=MOST_EXPORTED)


def search_json(request: Request) -> Response:
    """``/search.json``: the JSON of the search page."""
    _p, results, page, per_page = _search(request)
    return _search_json(request, results, page, per_page)


def _export(request: Request) -> Any:
    """Every hit of the search the parameters make, all its pages (``page`` and ``per_page``
    aside), or the error saying that more than :data:`MOST_EXPORTED` match."""
    p = Params(request.query_params.multi_items())
    return _call(request, "search_all", p.query(), most=MOST_EXPORTED, **_search_options(p))


def export_csv(request: Request) -> Response:
    """``/export.csv?q=…``: the hits of a search, every page of them, a row each
    (:func:`lawnews.landscape.hits_csv`), downloaded as a file with a byte order mark for
    Excel (``bom=0`` leaves it out)."""
    return _csv(landscape.hits_csv(_export(request), bom=_bom(request)), "lawnews-hits", request, download=True)


def export_json(request: Request) -> Response:
    """``/export.json?q=…``: the hits of a search, every page of them, as ``lawnews search
    --json`` gives a page of them."""
    named = Params(request.query_params.multi_items()).named()
    return JSONResponse(_export(request).to_dict(),
                        headers={"Content-Disposition": download_name("lawnews-hits", named, "json")})


# -- one article ----------------------------------------------------------
def article(request: Request) -> Response:
    """``/article/ID`` (or ``/article?id=ID``, which any id may use and an id ``.`` or
    ``..`` needs): one article and the copies of its story (``?format=json``:
    ``lawnews show --json``)."""
    p = Params(request.query_params.multi_items())
    fmt = p.format()
    article_id = request.path_params.get("article_id")
    if not article_id:  # /article, or /article/ with the id deleted from the address
        article_id = request.query_params.get("id")
        if not article_id:
            raise InvalidArgumentError("id: give an article id, /article?id=… or /article/…", argument="id")
    if fmt == "json":
        return _json(_call(request, "show", article_id).to_dict())
    shown = _call(request, "show", article_id, cited_by=True)
    return _html(request, "article.html", article=shown.article, copies=shown.copies, citations=shown.citations,
                 cited_by=shown.cited_by, statute=shown.statute, version_note=shown.version_note)


# -- statutes -------------------------------------------------------------
def _cited_by(request: Request) -> tuple[Params, Any, int, int]:
    p = Params(request.query_params.multi_items())
    reference = _cited(p)
    if not reference:
        raise InvalidArgumentError("cites: name a statute article, e.g. /cited-by?cites=刑法第313条", argument="cites")
    page = p.number("page", 1, minimum=1)
    per_page = p.number("per_page", PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    found = _call(request, "cited_by", reference, limit=per_page, offset=(page - 1) * per_page,
                  sort=p.get("sort") or "date", all_copies=p.flag("all_copies"), start=p.get("from") or None,
                  end=p.get("to") or None, **_cited_by_filters(p))
    return p, found, page, per_page


def _cited(p: Params) -> str:
    """The statute article or law a cited-by list is of: ``cites``, or ``statute`` (what the
    command calls its STATUTE argument, and the law filter of a search); InvalidArgumentError
    naming both when both are given, which was meant is not guessed."""
    cites, statute = p.get("cites"), p.get("statute")
    if cites and statute:
        raise InvalidArgumentError(f"cites={cites!r} and statute={statute!r} both name the statute cited: give one"
                                   " of them (cites=刑法第313条, or statute=刑法 for every article of a law)",
                                   argument="cites")
    return cites or statute


def _cited_by_filters(p: Params) -> dict[str, list[str]]:
    """The facet filters a cited-by list is narrowed by (``province=湖南``, ``year=2024`` …):
    those of a search but the statute cited, which ``cites`` names."""
    return {name: values for name, values in p.filters().items() if name not in ("cites", "statute")}


def cited_by(request: Request) -> Response:
    """``/cited-by?cites=…``: the news articles citing a statute article (``lawnews
    cited-by``; ``?format=json``: its ``--json``)."""
    fmt = Params(request.query_params.multi_items()).format()
    p, found, page, per_page = _cited_by(request)
    if fmt == "json":
        return _cited_by_json(request, found, page, per_page)
    # a law alone is the search's Law cited filter (statute=), an article its Article cited one (cites=)
    nav = ({"cites": None, "statute": found.statute.law} if not found.statute.article else
           {"statute": None, "cites": _cited(p)})
    return _html(request, "cited_by.html", found=found, **_paged(found.total, page, per_page),
                 sort=p.get("sort") or "date", nav=nav, exports=_cited_by_exports(p, found),
                 most_exported=MOST_EXPORTED,
                 widened=p.url("/cited-by", **{name: None for name in (*_cited_by_filters(p), "from", "to", "page")}))


def _cited_by_exports(p: Params, found: Any) -> dict[str, str]:
    """The downloads of every page of a cited-by list (``csv``, ``json``): the search's
    (``/export.csv``) of the articles citing the statute article (``cites=``, or ``statute=``
    for a law alone) within the list's filters and dates, in the list's order, every copy
    where the list counts them."""
    selects = [("statute", found.statute.law)] if not found.statute.article else [("cites", _cited(p))]
    narrowed = [(name, v) for name, values in _cited_by_filters(p).items() for v in values]
    dates = [(name, p.get(name)) for name in ("from", "to") if p.get(name)]
    items = [*selects, *narrowed, *dates, ("sort", p.get("sort") or "date")] + (
        [("all_copies", "1")] if p.flag("all_copies") else [])
    return {ext: f"/export.{ext}?" + urlencode(items) for ext in ("csv", "json")}


def _cited_by_json(request: Request, found: Any, page: int, per_page: int) -> Response:
    return _page_json(found.to_dict(), found.total, page, per_page)


def cited_by_json(request: Request) -> Response:
    _p, found, page, per_page = _cited_by(request)
    return _cited_by_json(request, found, page, per_page)


def _statute(request: Request) -> Any:
    """The statute article ``ref`` names (None without one)."""
    p = Params(request.query_params.multi_items())
    typed = p.get("ref")
    return _call(request, "statute_article", typed, all_copies=p.flag("all_copies")) if typed else None


def statute(request: Request) -> Response:
    """``/statute?ref=…``: a statute article looked up by what a user types, with its
    versions and the link to the articles citing it (``?format=json``: the library's
    ``StatuteArticle.to_dict()``); without ``ref``, the look-up form."""
    fmt = Params(request.query_params.multi_items()).format()
    found = _statute(request)
    if fmt == "json":
        if found is None:
            raise InvalidArgumentError("ref: name a statute article, e.g. /statute?ref=刑法第313条", argument="ref")
        return _json(found.to_dict())
    return _html(request, "statute.html", found=found)


def statute_json(request: Request) -> Response:
    found = _statute(request)
    if found is None:
        raise InvalidArgumentError("ref: name a statute article, e.g. /statute.json?ref=刑法第313条", argument="ref")
    return _json(found.to_dict())


# -- trends and first reports ---------------------------------------------
def _trends(request: Request) -> tuple[Params, Any]:
    p = Params(request.query_params.multi_items())
    top = p.number("top", TOP, minimum=1, maximum=MAX_TOP)
    trends = _call(request, "trends", p.get("q"), by=p.get("by") or "mechanism", every=p.get("every") or "month",
                   top=top, **p.counted(), **p.filters())
    return p, trends


def _bom(request: Request) -> bool:
    """Whether a CSV starts with a byte order mark: yes (a CSV link is opened in a
    spreadsheet, and Excel reads UTF-8 without one as GBK), unless ``?bom=0``."""
    return not Params(request.query_params.multi_items()).off("bom")


def _csv(text: str, stem: str, request: Request, download: bool = False) -> Response:
    """A CSV answer named after ``stem`` and what the page selects (:func:`.params.download_name`):
    a download, or shown in the browser where it can (``inline``)."""
    named = Params(request.query_params.multi_items()).named()
    how = "attachment" if download else "inline"
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": download_name(stem, named, "csv", how)})


def trends(request: Request) -> Response:
    """``/trends``: stacked counts per period and value (``?format=json``: the
    library's ``Trends.to_dict()``; ``?format=csv``: a table)."""
    fmt = Params(request.query_params.multi_items()).format(TABLE_FORMATS)
    p, result = _trends(request)
    if fmt == "json":
        return _json(result.to_dict())
    if fmt == "csv":
        return _csv(landscape.trends_csv(result, bom=_bom(request)), "lawnews-trends", request)
    page = Page(request)
    chart = charts.stacked_bars(
        result.periods, result.series, result.totals, label="articles" if result.copies else "stories",
        link=lambda period, value: page.period_search(result, period, value),
        description=render.chart_description(result)) if any(result.totals) else None  # nothing dated: no chart
    return _html(request, "trends.html", trends=result, chart=chart, colour=charts.colour)


def trends_json(request: Request) -> Response:
    return _json(_trends(request)[1].to_dict())


def trends_csv(request: Request) -> Response:
    return _csv(landscape.trends_csv(_trends(request)[1], bom=_bom(request)), "lawnews-trends", request)


def _first(request: Request) -> tuple[Params, Any]:
    p = Params(request.query_params.multi_items())
    filters = p.filters()
    mechanisms = filters.pop("mechanism", [])  # the one mechanism asked about (the library refuses several)
    mechanism = mechanisms[0] if len(mechanisms) == 1 else mechanisms or None
    adoption = _call(request, "first", p.get("q"), by=p.get("by") or "province", mechanism=mechanism,
                     **p.counted(), **filters)
    return p, adoption


def first(request: Request) -> Response:
    """``/first``: the first dated report of each value (``?format=json``: the
    library's ``Adoption.to_dict()``; ``?format=csv``: its rows)."""
    fmt = Params(request.query_params.multi_items()).format(TABLE_FORMATS)
    p, adoption = _first(request)
    if fmt == "json":
        return _json(adoption.to_dict())
    if fmt == "csv":
        return _csv(landscape.first_csv(adoption, bom=_bom(request)), "lawnews-first", request)
    return _html(request, "first.html", adoption=adoption)


def first_json(request: Request) -> Response:
    return _json(_first(request)[1].to_dict())


def first_csv(request: Request) -> Response:
    return _csv(landscape.first_csv(_first(request)[1], bom=_bom(request)), "lawnews-first", request)


# -- profiles -------------------------------------------------------------
def _profile(request: Request) -> tuple[Params, Any]:
    p = Params(request.query_params.multi_items())
    subject = p.subject()
    top = p.number("top", PROFILE_TOP, minimum=1, maximum=MAX_TOP)
    found = _call(request, "profile", subject, every=p.get("every") or PROFILE_EVERY, top=top, query=p.get("q"),
                  **p.counted(), **p.profile_filters())
    return p, found


def _picked(request: Request) -> "Response | None":
    """The profile the profile form picked (``of=court&subject=荆州中院``), sent on to its
    address (``/profile?court=荆州中院``, :meth:`.params.Params.picked_subject`); None when the
    address names its subject itself."""
    picked = Params(request.query_params.multi_items()).picked_subject()
    return None if picked is None else RedirectResponse(request.url.path + "?" + urlencode(picked), status_code=302)


def profile(request: Request) -> Response:
    """``/profile?court=荆州中院`` (one court, region, mechanism, source or law): its stories
    per period, what is reported with it, its sources and latest articles, each linked to
    the search of the stories counted (``lawnews profile``; ``?format=json``: its ``--json``;
    ``?format=csv``: the periods' counts). Without a subject, the page (200) is the form to
    pick one, a kind and its name (``of=court&subject=荆州中院``, sent on to
    ``/profile?court=荆州中院``); its JSON or CSV without one, or any address naming two, is a 400."""
    picked = _picked(request)
    if picked is not None:
        return picked
    fmt = Params(request.query_params.multi_items()).format(TABLE_FORMATS)
    try:
        p, found = _profile(request)
    except ProfileSubjectError as exc:
        if exc.named or fmt != "html":
            raise
        return _html(request, "profile_pick.html", invalid=None)
    if fmt == "json":
        return _json(found.to_dict())
    if fmt == "csv":
        return _csv(landscape.trends_csv(found.trend, bom=_bom(request)), "lawnews-profile", request)
    page = Page(request)
    chart = charts.stacked_bars(found.trend.periods, found.trend.series, found.trend.totals,
                                label="articles" if found.trend.copies else "stories",
                                link=lambda period, value: page.period_search(found.trend, period, value),
                                description=render.profile_chart_description(found)) if any(found.trend.totals) else None
    return _html(request, "profile.html", profile=found, chart=chart, colour=charts.colour)


def profile_json(request: Request) -> Response:
    return _picked(request) or _json(_profile(request)[1].to_dict())
