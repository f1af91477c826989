"""The ASGI application of ``lawnews serve``: routes, safety rules, error pages.

In: an index directory (and a time limit per library call). Out: a Starlette app
whose every page has a JSON twin. The app only reads: any method but GET and
HEAD is answered 405, on every path. Every answer carries a Content-Security-Policy
that allows no script at all (the pages need none) and ``nosniff``. Static files
are linked under their version (``/static/DIGEST/style.css``) and kept by browsers
for a year; every other answer is asked for again (``no-cache``), so that a page
after an upgrade or a new index is never an old copy. A library
error becomes an error page (or JSON, or a line of text: :func:`error_form`) with the message the command line prints
(:func:`lawnews.errors.message`) and a status: 400 for a bad parameter, 404 for an
unknown article or path, 503 for a call cut off by the time limit or an index that
cannot be used; any other failure a 500 page without its traceback. An address with
empty parameters (a form sent with a field left blank) or a choice typed in another
case (``sort=Date``) is sent on to its canonical form (:func:`.params.canonical`).
Served on this machine alone (``local_only``, as ``lawnews serve`` is unless ``--host``
says otherwise), it answers only requests addressed to a loopback name or address
(``127.0.0.1``, ``localhost``, ``[::1]``): a page of another site whose name was made to
point at 127.0.0.1 (DNS rebinding) gets a 421, never the index.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import logging
import re
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse,
                                 Response)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import errors
from ..version import __version__
from . import params, problems, render, views
from .worker import QueryTimeoutError, WorkerFault, WorkerPool

log = logging.getLogger("lawnews.web")

STATIC = Path(__file__).parent / "static"

#: No script, no plugin, no framing; styles, images and forms from this app alone.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
READ_METHODS = ("GET", "HEAD")

#: The host names of this machine a request to an app served on it alone may carry.
LOOPBACK_NAMES = ("localhost", "localhost.")


def loopback_host(header: str) -> bool:
    """Whether a Host header (``127.0.0.1:8080``, ``localhost``, ``[::1]:8080``) names this
    machine: a loopback name or address, with or without a port."""
    host = header.strip().lower()
    if host.startswith("["):  # [::1]:8080
        host = host[1:host.find("]")] if "]" in host else host
    elif host.count(":") == 1:  # 127.0.0.1:8080, localhost:8080
        host = host.rsplit(":", 1)[0]
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

#: How a static file asked for under its version (``/static/DIGEST/NAME``) is kept:
#: a year, never asked for again (a new version of it has a new address).
FOREVER = "public, max-age=31536000, immutable"
#: How everything else is kept: asked for again each time (a static file's ETag and
#: Last-Modified let the browser keep its copy while it is unchanged).
REVALIDATE = b"no-cache"
#: Seconds a 503 (the index rebuilt or unavailable, the workers busy) asks a client to wait.
RETRY_AFTER = 30


class Guard:
    """ASGI middleware: 405 for any method but GET and HEAD; the safety headers on
    every answer; an unexpected failure answered with the 500 page (its traceback
    goes to the log only); with ``local_only``, 421 for a request whose Host header does
    not name this machine (:func:`loopback_host`)."""

    def __init__(self, app: Any, local_only: bool = False) -> None:
        self.app = app
        self.local_only = local_only

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        sending, started = self._with_headers(send)
        if self.local_only and not loopback_host(Headers(scope=scope).get("host", "")):
            response = Response("misdirected request: this app answers on this machine alone; open it at"
                                " http://127.0.0.1:PORT/ (the address lawnews serve printed)\n",
                                status_code=421, media_type="text/plain")
            return await response(scope, receive, sending)
        if scope["method"] not in READ_METHODS:
            response = Response("method not allowed: this app only reads (GET, HEAD)\n", status_code=405,
                                headers={"Allow": ", ".join(READ_METHODS)}, media_type="text/plain")
            return await response(scope, receive, sending)
        moved = canonical_address(scope)
        if moved is not None:
            return await RedirectResponse(moved, status_code=302)(scope, receive, sending)
        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started:
                raise
            response = await server_error(Request(scope), exc)
            await response(scope, receive, sending)

    @staticmethod
    def _with_headers(send: Any) -> tuple[Any, list[bool]]:
        started: list[bool] = []

        async def sending(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                started.append(True)
                names = {name for name, _ in HEADERS}
                headers = [h for h in message.get("headers", []) if h[0].lower() not in names] + HEADERS
                if not any(name.lower() == b"cache-control" for name, _ in headers):
                    headers.append((b"cache-control", REVALIDATE))
                message["headers"] = headers
            await send(message)

        return sending, started


def canonical_address(scope: dict[str, Any]) -> "str | None":
    """The canonical address of a request (:func:`.params.canonical`), or None when it is
    that already. The path is kept as the browser sent it (an article id escaped in it)."""
    raw = scope.get("query_string", b"")
    if not raw:
        return None
    request = Request(scope)
    fixed = params.canonical(request.query_params.multi_items())
    if fixed is None:
        return None
    path = scope.get("raw_path") or scope["path"].encode()
    path = path.decode("latin-1") if isinstance(path, bytes) else path
    return path + ("?" + urlencode(fixed) if fixed else "")


def status_of(error: Exception) -> int:
    """The HTTP status of a library error."""
    if isinstance(error, errors.ArticleNotFoundError):
        return 404
    if isinstance(error, (QueryTimeoutError, errors.IndexNotFoundError, errors.IndexVersionError,
                          errors.IndexLockedError)):
        return 503
    return 400


def error_form(request: Request) -> str:
    """The form an error is answered in, the one the request asked for: ``"json"`` for a JSON
    twin (``.json``, ``format=json``); for a CSV link (``.csv``, ``format=csv``) the error page
    (``"html"``) when a browser followed it (its Accept names ``text/html``), so that the user
    reads what went wrong and corrects it in the form under it instead of saving a file of
    JSON, else one line of plain text (``"text"``: ``Error: …``, what a program fetching CSV
    can print); ``"html"`` for every page."""
    fmt = request.query_params.get("format", "")
    path = request.url.path
    if fmt == "json" or path.endswith(".json"):
        return "json"
    if fmt == "csv" or path.endswith(".csv"):
        return "html" if "text/html" in request.headers.get("accept", "") else "text"
    return "html"


def error_response(request: Request, status: int, message: str,
                   problem: "problems.Problem | None" = None) -> Response:
    """The answer of an error in the form the request asked for (:func:`error_form`): a page
    titled with what happened and what to do (:mod:`.problems`), its form with the field at
    fault marked; JSON with the message, status and title; or a line of text. A 503 says when
    to try again (``Retry-After``)."""
    problem = problem or problems.default(status)
    headers = {"Retry-After": str(RETRY_AFTER)} if status == 503 else None
    form = error_form(request)
    if form == "json":
        return JSONResponse({"error": message, "status": status, "title": problem.title}, status_code=status,
                            headers=headers)
    if form == "text":
        return PlainTextResponse(f"Error: {' '.join(message.split())}\n", status_code=status, headers=headers)
    page = request.app.state.templates.get_template("error.html").render(
        status=status, message=message, problem=problem, invalid=problem.field, page=render.Page(request))
    return HTMLResponse(page, status_code=status, headers=headers)


#: A value quoted in a message ('…' or "…", as Python quotes it): every one, short ones too, so
#: that the words between two values (from the closing quote of one to the opening quote of the
#: next) are never read as a value; an apostrophe within a word (the index's) opens none.
QUOTED = re.compile("(?<![A-Za-z0-9])(?:'([^'\\n]*)'|\"([^\"\\n]*)\")")


def web_message(error: Exception) -> str:
    """The message of a library error on a page of this app, naming what its user types in the
    app's words (:func:`lawnews.errors.message`); a long value it quotes (a paragraph pasted
    into a field) is shown to its first characters (:func:`.render.shortened`), whole in the
    form under the message, so that the message stays readable; the rest of it is as the
    command line says it."""
    message = errors.message(error, web=True)  # type: ignore[arg-type]
    return QUOTED.sub(_short_quoted, message)


def _short_quoted(m: "re.Match[str]") -> str:
    """A value :data:`QUOTED` found, shortened (:func:`.render.shortened`) when longer than a
    heading shows, else as it is."""
    value = m.group(1) if m.group(1) is not None else m.group(2)
    if len(value) <= render.SHOWN_QUERY:
        return m.group(0)
    quote = m.group(0)[0]
    return quote + render.shortened(value) + quote


async def library_error(request: Request, exc: Exception) -> Response:
    status = status_of(exc)
    found = problems.problem(exc, status, request.query_params, request.url.path)
    return error_response(request, status, web_message(exc), found)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    text = {404: "nothing here: no page at this address", 405: "method not allowed"}.get(exc.status_code, exc.detail)
    return error_response(request, exc.status_code, text)


async def server_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, WorkerFault):
        log.error("a library call failed: %s", exc)
    else:
        log.exception("error answering %s", request.url.path)
    return error_response(request, 500, "something went wrong on the server; the server's log says what")


async def favicon(request: Request) -> Response:
    """What browsers ask for on pages without a link to an icon (a CSS or JSON answer)."""
    return FileResponse(request.app.state.static / "favicon.svg", media_type="image/svg+xml")


def digests(folder: Path) -> dict[str, str]:
    """The version of each static file: the start of the SHA-256 of its content."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:12] for p in sorted(folder.iterdir()) if p.is_file()}


async def versioned(request: Request) -> Response:
    """``/static/DIGEST/NAME``: a static file under its version, kept by browsers for a
    year; under another version (a page of an older release asking) the file as it is
    now, asked for again next time."""
    name, digest = request.path_params["name"], request.path_params["digest"]
    known = request.app.state.digests
    if name not in known:
        raise HTTPException(404)
    cache = FOREVER if digest == known[name] else REVALIDATE.decode()
    return FileResponse(request.app.state.static / name, headers={"Cache-Control": cache})


def checked(view: Any, formats: "tuple[str, ...]", single: "tuple[str, ...]" = params.SINGLE) -> Any:
    """``view`` answering a 400 for a parameter of ``single`` given more than once
    (``sort=date&sort=relevance``, :meth:`.params.Params.check_single`), a switch written
    neither on nor off (``all_copies=2``, :meth:`.params.Params.check_switches`), switches
    saying opposite things (``expand=1&no_expand=1``, :meth:`.params.Params.check_opposed`) or a
    ``format`` its address does not give (``formats``: ``/search.json?format=xml`` as
    ``/?format=xml``) before it reads its parameters."""
    @functools.wraps(view)
    def checking(request: Request) -> Response:
        given = params.Params(request.query_params.multi_items())
        given.check_single(single)
        given.check_switches()
        given.check_opposed()
        given.format(formats)
        return view(request)

    return checking


def _views() -> list[tuple[str, Any, tuple[str, ...], tuple[str, ...]]]:
    """Each page and its JSON or CSV twin: path, view, the formats its address gives and the
    parameters it takes one value of (each checked by :func:`checked`)."""
    page, table, json, csv = params.FORMATS, params.TABLE_FORMATS, params.JSON_ONLY, params.CSV_ONLY
    one, one_cited = params.SINGLE, params.CITED_BY_SINGLE
    return [
        ("/", views.search, page, one),
        ("/search.json", views.search_json, json, one),
        ("/export.csv", views.export_csv, csv, one),
        ("/export.json", views.export_json, json, one),
        ("/article/{article_id:path}", views.article, page, one),
        ("/article", views.article, page, one),
        ("/trends", views.trends, table, one),
        ("/trends.json", views.trends_json, json, one),
        ("/trends.csv", views.trends_csv, csv, one),
        ("/first", views.first, table, one),
        ("/first.json", views.first_json, json, one),
        ("/first.csv", views.first_csv, csv, one),
        ("/profile", views.profile, table, one),
        ("/profile.json", views.profile_json, json, one),
        ("/cited-by", views.cited_by, page, one_cited),
        ("/cited-by.json", views.cited_by_json, json, one_cited),
        ("/statute", views.statute, page, one),
        ("/statute.json", views.statute_json, json, one),
    ]


def templates(versions: "dict[str, str] | None" = None) -> Environment:
    """The templates; ``static(name)`` in them is the versioned address of a static file."""
    env = Environment(loader=PackageLoader("lawnews.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    versions = versions if versions is not None else digests(STATIC)

    def static(name: str) -> str:
        return f"/static/{versions[name]}/{name}" if name in versions else f"/static/{name}"

    env.globals.update(version=__version__, static=static, **render.GLOBALS)
    env.filters.update(render.FILTERS)
    return env


def create_app(index_dir: "str | Path", *, time_limit: float = 10.0, workers: int = 2,
               local_only: bool = False) -> Starlette:
    """The web app over the index at ``index_dir``; each library call may take
    ``time_limit`` seconds, in one of ``workers`` processes. ``local_only``: answer only
    requests addressed to this machine by a loopback name or address (``lawnews serve``
    on 127.0.0.1)."""
    pool = WorkerPool(index_dir, time_limit=time_limit, size=workers)
    static = STATIC
    versions = digests(static)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    routes = [
        *(Route(path, checked(view, formats, single), methods=["GET"]) for path, view, formats, single in _views()),
        Route("/favicon.ico", favicon, methods=["GET"]),
        Route("/static/{digest}/{name:path}", versioned, methods=["GET"]),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ]
    handlers: dict[Any, Any] = {errors.LawNewsError: library_error, HTTPException: http_error}
    app = Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan)
    app.state.library = pool
    app.state.templates = templates(versions)
    app.state.static = static
    app.state.digests = versions
    app.state.index_dir = str(index_dir)
    app.add_middleware(Guard, local_only=local_only)
    return app
