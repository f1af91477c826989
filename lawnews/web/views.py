"""The views: each reads its parameters, makes one library call, renders the answer.

In: a request. Out: HTML, or with ``?format=json`` (or the ``.json`` route) the
library object's ``to_dict()``, the same JSON the command line prints with
``--json``. The library runs in the app's workers (:mod:`.worker`); its errors
are turned into error pages by the app (:mod:`.app`).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from .params import FILTERS, MAX_PER_PAGE, PER_PAGE, Params
from .render import Page

#: Sort orders offered on the search page (the library checks the value).
SORTS = (("relevance", "relevance"), ("date", "newest first"), ("date-asc", "oldest first"))


def _call(request: Request, name: str, *args: Any, **kwargs: Any) -> Any:
    return request.app.state.library.call(name, *args, **kwargs)


def _html(request: Request, template: str, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    return HTMLResponse(env.get_template(template).render(page=Page(request), **context))


def _json(data: Any) -> JSONResponse:
    return JSONResponse(data)


# -- search ---------------------------------------------------------------
def _search(request: Request) -> tuple[Params, Any, int, int]:
    p = Params(request.query_params.multi_items())
    page = p.number("page", 1, minimum=1)
    per_page = p.number("per_page", PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    results = _call(request, "search", p.query(), limit=per_page, offset=(page - 1) * per_page,
                    sort=p.get("sort") or "relevance", all_copies=p.flag("all_copies"), **p.filters())
    return p, results, page, per_page


def search(request: Request) -> Response:
    """``/``: the search page (``?format=json``: ``lawnews search --json``)."""
    fmt = Params(request.query_params.multi_items()).format()
    p, results, page, per_page = _search(request)
    if fmt == "json":
        return _json(results.to_dict())
    return _html(request, "search.html", results=results, current=page, per_page=per_page,
                 sorts=SORTS, sort=p.get("sort") or "relevance", filters=FILTERS,
                 last=max((results.total + per_page - 1) // per_page, 1))


def search_json(request: Request) -> Response:
    """``/search.json``: the JSON of the search page."""
    return _json(_search(request)[1].to_dict())


# -- one article ----------------------------------------------------------
def article(request: Request) -> Response:
    """``/article/ID``: one article and the copies of its story (``?format=json``:
    ``lawnews show --json``)."""
    fmt = Params(request.query_params.multi_items()).format()
    article_id = request.path_params["article_id"]
    art, copies = _call(request, "show", article_id)
    if fmt == "json":
        return _json({**art.to_dict(), "story": copies[0].article_id, "copies": [c.to_dict() for c in copies]})
    return _html(request, "article.html", article=art, copies=copies)
