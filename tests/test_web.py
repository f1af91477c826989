"""``lawnews serve`` over HTTP: every route, its JSON twin, errors, escaping, safety.

The app runs in-process under Starlette's TestClient over an index of the bundled
corpus, the dated test articles and articles written for these tests
(:mod:`webapp`); the library answers in the app's worker processes as in real use.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from webapp import IMG, JS_LINK, REPOST_ID, SCRIPT, STORY_ID, XSS_ID, build_web_index

starlette_testclient = pytest.importorskip("starlette.testclient")


@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    return build_web_index(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(web_index):
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(web_index), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture()
def ix(web_index):
    with lawnews.NewsIndex.open(web_index) as opened:
        yield opened


class Links(HTMLParser):
    """The links of a page, with the classes and data attributes of their tags."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[dict[str, str]] = []
        self._open: dict[str, str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = {**{k: v or "" for k, v in attrs}, "text": ""}
            self.links.append(self._open)

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "a":
            self._open = None


def facet_links(html: str, value: str) -> list[dict[str, str]]:
    return [a for a in Links(html).links if "fv" in a.get("class", "").split() and a.get("data-value") == value]


def total_of(html: str) -> int:
    return int(re.search(r'id="total" data-total="(\d+)"', html).group(1))


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


# ------------------------------------------------------------------ search page

def test_search_page_shows_total_hits_highlighted_snippets_and_facets(client, ix):
    r = client.get("/", params={"q": "交叉执行"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    expected = ix.search("交叉执行")
    assert total_of(r.text) == expected.total
    for hit in expected.hits:
        assert hit.title in r.text
    first = expected.hits[0]
    marks = re.findall(r"<mark>(.*?)</mark>", r.text)
    assert [first.snippet[s:e] for s, e in first.highlights][0] in marks
    assert facet_links(r.text, next(iter(expected.facets["province"])))


def test_search_json_is_what_lawnews_search_json_prints(client, web_index):
    params = {"q": "执行", "province": ["湖南", "湖北"], "sort": "date"}
    web = client.get("/", params={**params, "format": "json"}).json()
    twin = client.get("/search.json", params=params).json()
    out = CliRunner().invoke(cli, ["search", "执行", "--province", "湖南", "--province", "湖北", "--sort", "date",
                                   "--index-dir", str(web_index), "--json"])
    printed = json.loads(out.stdout)
    for data in (web, twin, printed):
        data.pop("took_ms")
    # the web adds the notice lawnews search prints on stderr when the index was tagged by other rules
    assert web.pop("tags_outdated") is None and twin.pop("tags_outdated") is None
    # and the page shown: the first, ten a page
    for data in (web, twin):
        assert (data.pop("page"), data.pop("per_page"), data.pop("pages")) == (1, 10, -(-printed["total"] // 10))
    assert web == printed and twin == printed


def test_clicking_a_facet_value_adds_the_filter_and_changes_total_hits_and_counts(client, ix):
    page = client.get("/", params={"q": "执行"}).text
    [link] = facet_links(page, "湖北省")
    assert query_of(link["href"])["province"] == ["湖北省"]
    filtered = client.get(link["href"]).text
    expected = ix.search("执行", province="湖北省")
    assert total_of(filtered) == expected.total < total_of(page)
    assert expected.hits[0].title in filtered
    court = next(iter(expected.facets["court"]))
    [court_link] = facet_links(filtered, court)
    assert court_link["text"].split()[-1] == str(expected.facets["court"][court])
    [on] = facet_links(filtered, "湖北省")
    assert "on" in on["class"].split() and "province" not in query_of(on["href"])  # a second click removes it
    assert total_of(client.get(on["href"]).text) == total_of(page)


def test_two_values_of_one_facet_select_their_union(client, ix):
    one = client.get("/", params={"q": "执行", "province": "湖南省"}).text
    [link] = facet_links(one, "湖北省")
    assert query_of(link["href"])["province"] == ["湖南省", "湖北省"]
    data = client.get(link["href"] + "&format=json&per_page=100").json()
    ids = {h["article_id"] for h in data["hits"]}
    hunan = {h.article_id for h in ix.search("执行", province="湖南省", limit=100).hits}
    hubei = {h.article_id for h in ix.search("执行", province="湖北省", limit=100).hits}
    assert ids == hunan | hubei and data["total"] == len(hunan | hubei)
    assert total_of(client.get(link["href"]).text) == len(hunan | hubei)


def test_a_province_drills_down_to_its_cities_and_a_city_to_its_counties(client, ix):
    top = client.get("/", params={"q": "执行"}).text
    assert not facet_links(top, "常德市")  # cities show under a selected province
    hunan = client.get("/", params={"q": "执行", "province": "湖南省"}).text
    [city] = facet_links(hunan, "常德市")
    assert query_of(city["href"])["city"] == ["常德市"]
    changde = client.get(city["href"]).text
    counties = ix.search("执行", province="湖南省", city="常德市").regions["湖南省"]["counties"]["常德市"]
    for county, n in counties.items():
        [link] = facet_links(changde, county)
        assert link["text"].split()[-1] == str(n)
    assert total_of(changde) == ix.search("执行", province="湖南省", city="常德市").total


def test_court_level_mechanism_source_and_year_are_facets_with_counts(client, ix):
    page = client.get("/", params={"q": "执行"}).text
    facets = ix.search("执行").facets
    for name in ("court_level", "mechanism", "source", "year"):
        value, n = next(iter(facets[name].items()))
        [link] = facet_links(page, value)
        assert link["text"].split()[-1] == str(n)
        assert query_of(link["href"])[name] == [value]


def test_a_date_range_limits_the_hits_to_those_dates(client, ix):
    data = client.get("/", params={"q": "执行", "from": "2024-03", "to": "2024-08", "format": "json"}).json()
    assert data["total"] == ix.search("(执行) date:[2024-03 TO 2024-08]").total > 0
    assert all("2024-03-01" <= h["date"] <= "2024-08-31" for h in data["hits"])
    since = client.get("/", params={"from": "2024-11", "format": "json"}).json()
    assert since["hits"] and all(h["date"] >= "2024-11-01" for h in since["hits"])


def test_sorting_by_date_lists_the_newest_first(client):
    hits = client.get("/", params={"q": "执行", "sort": "date", "format": "json"}).json()["hits"]
    dates = [h["date"] for h in hits if h["date"]]
    assert dates == sorted(dates, reverse=True) and len(dates) > 2


def test_pages_link_to_the_next_hits(client, ix):
    first = client.get("/", params={"q": "执行", "per_page": "3"}).text
    nxt = [a for a in Links(first).links if a.get("rel") == "next"]
    assert nxt and query_of(nxt[0]["href"])["page"] == ["2"]
    second = client.get(nxt[0]["href"]).text
    expected = ix.search("执行", limit=3, offset=3)
    assert [h.title for h in expected.hits][0] in second
    assert expected.hits[0].title not in first


def test_a_reposted_story_says_how_many_reposts_and_every_copy_lists_them(client):
    page = client.get("/", params={"q": "常德中院集中执行"}).text
    assert "1 repost" in page and page.count("常德中院集中执行涉民生案件</a>") == 1
    every = client.get("/", params={"q": "常德中院集中执行", "all_copies": "1", "format": "json"}).json()
    assert {STORY_ID, REPOST_ID} <= {h["article_id"] for h in every["hits"]}


def test_an_empty_query_browses_every_story(client, ix):
    r = client.get("/")
    assert r.status_code == 200 and total_of(r.text) == ix.search("").total > 0


# ------------------------------------------------------------------ article page

def test_the_article_page_shows_title_meta_sections_tags_and_copies(client, ix):
    hit = ix.search("交叉执行", province="湖北省").hits[0]
    art = ix.article(hit.article_id)
    r = client.get("/article/" + quote(art.id, safe=""))
    assert r.status_code == 200
    assert art.title in r.text
    for s in art.sections:
        if s.heading:
            assert f"<h2>{s.heading}</h2>" in r.text
    tags = [a for a in Links(r.text).links if "tag" in a.get("class", "").split()]
    assert {a["text"] for a in tags} >= set(art.tags.courts) | set(art.tags.mechanisms)
    court = next(a for a in tags if a["text"] == art.tags.courts[0])
    assert query_of(court["href"]) == {"court": [art.tags.courts[0]]}
    assert total_of(client.get(court["href"]).text) == ix.search("", court=art.tags.courts[0]).total


def test_the_article_page_lists_the_copies_of_its_story(client):
    r = client.get("/article/" + STORY_ID)
    assert "2 copies of this story" in r.text and "某某门户网" in r.text
    assert f'href="/article/{REPOST_ID}"' in r.text


def test_article_json_is_what_lawnews_show_json_prints(client, web_index):
    web = client.get("/article/" + quote(REPOST_ID, safe=""), params={"format": "json"}).json()
    out = CliRunner().invoke(cli, ["show", REPOST_ID, "--index-dir", str(web_index), "--json"])
    assert web == json.loads(out.stdout) and web["story"] == STORY_ID


def test_an_id_with_slashes_and_markup_is_one_path_segment(client):
    r = client.get("/article/" + quote(XSS_ID, safe=""), params={"format": "json"})
    assert r.status_code == 200 and r.json()["id"] == XSS_ID


# ------------------------------------------------------------------ escaping

def test_markup_in_an_article_reaches_the_pages_only_escaped(client):
    pages = [client.get("/article/" + quote(XSS_ID, safe="")).text,
             client.get("/", params={"q": "执行通报"}).text,
             client.get("/", params={"q": "alert"}).text]
    for text in pages:
        assert "执行通报" in text
        assert "<script" not in text.lower()
        assert "<img" not in text.lower()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        for a in Links(text).links:
            assert not a.get("href", "").strip().lower().startswith("javascript:"), a
    assert "&lt;a href=&#34;javascript:alert(1)&#34;&gt;" in pages[0] and JS_LINK in pages[0]


def test_markup_typed_into_the_query_is_shown_escaped(client):
    r = client.get("/", params={"q": f"{SCRIPT} {IMG}", "province": IMG})
    assert r.status_code == 400 and "<script" not in r.text.lower() and "<img" not in r.text.lower()
    r = client.get("/", params={"q": f"执行 {SCRIPT}"})
    assert "<script" not in r.text.lower() and "&lt;script&gt;" in r.text


# ------------------------------------------------------------------ errors

def heading_of(page: str) -> str:
    """The text of a page's heading (an error page's says what happened)."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))).strip()


def message_of(page: str) -> str:
    """The text of an error page's message (its Chinese runs are marked up)."""
    found = re.search(r'<p class="message">(.*?)</p>', page, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", found))


def library_message(call) -> str:
    """The library's error for ``call`` in the web app's words (it offers no lenient switch)."""
    with pytest.raises(lawnews.LawNewsError) as e:
        call()
    return lawnews.errors.message(e.value, web=True)


@pytest.mark.parametrize("params, call", [
    ({"page": "-1"}, lambda ix: lawnews.arguments.count("page", -1, minimum=1)),
    ({"page": "abc"}, None),
    ({"per_page": "0"}, lambda ix: lawnews.arguments.count("per_page", 0, minimum=1)),
    ({"sort": "popular"}, lambda ix: ix.search("", sort="popular")),
    ({"from": "2024-13-45"}, lambda ix: lawnews.arguments.date_bound("from", "2024-13-45")),
    ({"q": '"执行到位'}, lambda ix: ix.search('"执行到位')),
    ({"province": "亚特兰蒂斯"}, lambda ix: ix.search("", province="亚特兰蒂斯")),
    ({"city": "Taizhou"}, lambda ix: ix.search("", city="Taizhou")),
    ({"format": "xml"}, None),
], ids=["page=-1", "page=abc", "per_page=0", "unknown sort", "bad date", "bad query", "unknown province",
        "ambiguous city", "format"])
def test_a_bad_parameter_gets_a_400_page_with_the_library_message(client, ix, params, call):
    r = client.get("/", params=params)
    assert r.status_code == 400, r.text
    assert "Traceback" not in r.text and 'class="message"' in r.text
    message = message_of(r.text)
    if call is not None:
        assert message == library_message(lambda: call(ix))
    if "format" not in params:
        j = client.get("/", params={**params, "format": "json"})
        assert j.status_code == 400 and j.json() == {"error": message, "status": 400, "title": heading_of(r.text)}


@pytest.mark.parametrize("params, named", [
    ({"q": "执行", "from": "2024-13"}, "from must be a date written YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"),
    ({"q": "执行", "to": "昨天"}, "to must be a date written YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"),
    ({"from": "2024-06", "to": "2024-01"}, "from 2024-06 comes after to 2024-01"),
], ids=["from", "to", "reversed"])
def test_a_bad_date_names_its_parameter_and_the_form_of_a_date_not_the_query_syntax(client, params, named):
    for path in ("/", "/trends", "/first"):
        r = client.get(path, params={**params, "format": "json"})
        assert r.status_code == 400
        assert r.json()["error"].startswith(named), r.json()
        assert "date:[" not in r.json()["error"] and "query syntax" not in r.json()["error"]


def test_a_date_the_calendar_lacks_is_named_as_such_not_as_badly_written(client):
    """2024-02-30 is written as a date should be: the message says the calendar has no
    such day (or month), on every view and on the command line alike."""
    for path in ("/", "/trends", "/first"):
        for value in ("2024-02-30", "2023-02-29", "2024-13"):
            r = client.get(path, params={"q": "执行", "from": value, "format": "json"})
            assert r.status_code == 400 and "no such month or day in the calendar" in r.json()["error"], (path, value)
    with pytest.raises(lawnews.InvalidArgumentError, match="^to .*'2024-04-31'.*no such month or day"):
        lawnews.arguments.date_bound("to", "2024-04-31")
    with pytest.raises(lawnews.InvalidArgumentError) as e:
        lawnews.arguments.date_bound("to", "昨天")
    assert "calendar" not in str(e.value)  # not a date at all: the forms a date takes, as before


def test_a_date_bound_in_another_form_is_read_as_the_same_period(client, ix):
    data = client.get("/search.json", params={"q": "执行", "from": "2024年3月", "to": "2024.8"}).json()
    assert data["total"] == ix.search("(执行) date:[2024-03 TO 2024-08]").total > 0


def test_the_web_and_the_command_line_say_the_same_thing_for_an_error(client, web_index):
    out = CliRunner().invoke(cli, ["search", "执行", "--province", "亚特兰蒂斯", "--index-dir", str(web_index)])
    assert out.exit_code == 1
    web = client.get("/", params={"q": "执行", "province": "亚特兰蒂斯", "format": "json"}).json()
    assert out.output.strip() == f"Error: {web['error']}"


def test_an_unknown_article_is_a_404_page(client):
    r = client.get("/article/nope%231")
    assert r.status_code == 404 and "no article with id &#39;nope#1&#39;" in r.text
    assert client.get("/article/nope", params={"format": "json"}).json()["status"] == 404


def test_an_article_address_without_an_id_says_how_to_give_one(client):
    """/article/ (an id deleted from the address) asks for an id, as /article does,
    instead of saying that no article has the id ''."""
    for path in ("/article/", "/article", "/article?id="):
        r = client.get(path)
        assert r.status_code == 400 and "give an article id" in r.text, path
        assert "no article with id" not in r.text


@pytest.mark.parametrize("path", [
    "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e/%252e%252e/etc/passwd", "/static//etc/passwd", "/article/../../etc/passwd",
    "/article/..%2f..%2f..%2fetc%2fpasswd", "/article/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd",
    "/static/../app.py", "/static/%2e%2e/app.py",
])
def test_no_path_leaves_the_static_folder_or_the_index(client, path):
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code)
    assert "root:" not in r.text and "create_app" not in r.text


def test_static_files_are_served(client):
    r = client.get("/static/style.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/article/" + STORY_ID, "/static/style.css", "/nowhere"])
def test_the_app_only_reads(client, method, path):
    r = client.request(method, path)
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"


def test_head_is_answered_without_a_body(client):
    r = client.head("/", params={"q": "执行"})
    assert r.status_code == 200 and r.content == b""


@pytest.mark.parametrize("path", ["/", "/?page=abc", "/article/" + STORY_ID, "/article/nope", "/static/style.css",
                                  "/nowhere", "/?format=json"])
def test_every_answer_forbids_scripts_and_sniffing(client, path):
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.post(path).headers["x-content-type-options"] == "nosniff"


def test_a_failure_inside_the_app_is_a_500_page_without_a_traceback(web_index):
    from lawnews.web import create_app

    app = create_app(web_index)

    class Broken:
        def call(self, *args, **kwargs):
            raise RuntimeError("secret internals")

    app.state.library = Broken()
    with starlette_testclient.TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/", params={"q": "执行"})
    assert r.status_code == 500 and "secret internals" not in r.text and "Traceback" not in r.text
    assert "went wrong" in r.text
    assert r.headers["x-content-type-options"] == "nosniff" and "default-src 'none'" in r.headers["content-security-policy"]


# ------------------------------------------------------------------ time limit

def test_a_search_past_the_time_limit_is_stopped_with_a_message(web_index):
    from lawnews.web import create_app

    app = create_app(web_index, time_limit=0.001, workers=1)
    with starlette_testclient.TestClient(app) as c:
        r = c.get("/", params={"q": "执行 OR 法院 OR 案件 OR 湖南"})
        assert r.status_code == 503
        assert "took longer than 0.001 s and was stopped" in r.text
        assert c.get("/", params={"q": "执行", "format": "json"}).json()["status"] == 503


def test_a_search_past_the_time_limit_keeps_its_form_to_narrow_it(web_index):
    from lawnews.web import create_app

    app = create_app(web_index, time_limit=0.001, workers=1)
    with starlette_testclient.TestClient(app) as c:
        for path in ("/", "/trends", "/first"):
            r = c.get(path, params={"q": "执行 OR 法院", "province": "湖南", "by": "city"})
            assert r.status_code == 503 and "narrow it" in r.text
            form = re.search(rf'<form class="query" method="get" action="{path}".*?</form>', r.text, re.S)
            assert form, path
            assert 'name="q" value="执行 OR 法院"' in form.group(0)
            assert '<input type="hidden" name="province" value="湖南">' in form.group(0)


def test_the_worker_of_a_call_past_the_limit_is_ended_and_the_next_call_gets_a_new_one(web_index):
    from lawnews.web.worker import QueryTimeoutError, WorkerPool

    pool = WorkerPool(web_index, time_limit=30, size=1)
    try:
        assert pool.call("search", "执行").total > 0
        [before] = pool.pids()
        pool.time_limit = 0.001
        with pytest.raises(QueryTimeoutError):
            pool.call("search", "执行 OR 法院 OR 案件")
        assert before not in pool.pids()
        assert not _alive(before)
        pool.time_limit = 30
        assert pool.call("search", "执行").total > 0
        [after] = pool.pids()
        assert after != before
    finally:
        pool.close()
    assert pool.pids() == []


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_library_error_in_a_worker_is_raised_as_itself(web_index):
    from lawnews.web.worker import WorkerPool

    pool = WorkerPool(web_index, size=1)
    try:
        with pytest.raises(lawnews.QuerySyntaxError, match="unbalanced quote"):
            pool.call("search", '"执行')
        with pytest.raises(lawnews.ArticleNotFoundError):
            pool.call("show", "nope")
        assert pool.call("search", "执行").total  # the worker lives on
    finally:
        pool.close()


def test_ctrl_c_leaves_the_workers_to_the_server_which_ends_them_quietly(web_index, capfd):
    """Ctrl-C reaches every process of the terminal's group: a worker ignores it (the
    server stops and ends its workers) instead of dying with a traceback of its own."""
    import os
    import signal
    import time

    from lawnews.web.worker import WorkerPool

    pool = WorkerPool(web_index, size=1)
    try:
        assert pool.call("search", "执行").total
        [pid] = pool.pids()
        os.kill(pid, signal.SIGINT)
        time.sleep(0.5)
        assert pool.call("search", "执行").total
        assert pool.pids() == [pid]
    finally:
        pool.close()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


# ------------------------------------------------------------------ the command

def test_serve_listens_on_this_machine_by_default_without_a_warning(monkeypatch, web_index):
    from lawnews.web import server

    calls = []
    monkeypatch.setattr(server, "run", lambda *a, **kw: calls.append((a, kw)))
    out = CliRunner().invoke(cli, ["serve", "--index-dir", str(web_index)])
    assert out.exit_code == 0, out.output
    [(args, kw)] = calls
    assert args == (str(web_index),) and kw["host"] == "127.0.0.1" and kw["port"] == 8080
    assert "warning" not in out.output


def _listens(port: int):
    """A stand-in for ``server.run`` that listens at once, on ``port`` (the port taken for --port 0)."""
    def run(index_dir, *, host, announce, **kw):
        from lawnews.web.server import url_of

        announce(url_of(host, port))
    return run


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "example.org"])
def test_serve_warns_when_the_host_lets_others_in(monkeypatch, web_index, host):
    from lawnews.web import server

    monkeypatch.setattr(server, "run", _listens(8080))
    out = CliRunner().invoke(cli, ["serve", "--index-dir", str(web_index), "--host", host])
    assert out.exit_code == 0
    assert f"warning: listening on {host}: anyone who can reach this machine on port 8080" in out.stderr


def test_the_warning_of_a_server_on_any_free_port_names_the_port_taken(monkeypatch, web_index):
    from lawnews.web import server

    monkeypatch.setattr(server, "run", _listens(43127))
    out = CliRunner().invoke(cli, ["serve", "--index-dir", str(web_index), "--host", "0.0.0.0", "--port", "0"])
    assert out.exit_code == 0 and "port 0" not in out.stderr
    assert "anyone who can reach this machine on port 43127 can read the index" in out.stderr


def test_a_host_that_cannot_be_listened_on_is_an_error_without_the_warning(web_index):
    """The warning tells of a server others can reach: none is, where the address is no address."""
    out = CliRunner().invoke(cli, ["serve", "--index-dir", str(web_index), "--host", "0.0.0.0.1", "--port", "0"])
    assert out.exit_code == 1 and "Error: cannot listen on 0.0.0.0.1" in out.stderr, out.output
    assert "warning" not in out.stderr


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_are_not_warned_about(monkeypatch, web_index, host):
    from lawnews.web import server

    monkeypatch.setattr(server, "run", _listens(8080))
    assert "warning" not in CliRunner().invoke(cli, ["serve", "--index-dir", str(web_index), "--host", host]).output


def test_serve_uses_the_default_index_without_index_dir(monkeypatch, default_index_dir):
    from lawnews.web import server

    calls = []
    monkeypatch.setattr(server, "run", lambda *a, **kw: calls.append(a))
    out = CliRunner().invoke(cli, ["serve", "-q"])
    assert out.exit_code == 0, out.output
    assert calls == [(str(default_index_dir),)]


def test_serve_refuses_a_folder_without_an_index(tmp_path):
    out = CliRunner().invoke(cli, ["serve", "--index-dir", str(tmp_path / "none")])
    assert out.exit_code == 1 and out.output.startswith("Error: ") and "no lawnews index" in out.output


def test_the_command_line_does_not_load_the_web_stack_until_serve():
    code = ("import sys, lawnews, lawnews.cli\n"
            "print(sorted(m for m in ('starlette', 'uvicorn', 'jinja2', 'lawnews.web') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ------------------------------------------------------------------ trends and first reports

def bars(html_text: str) -> list[str]:
    """The tooltip of every bar of the chart: ``period · value: count``."""
    return re.findall(r'<rect class="bar c\d+"[^>]*><title[^>]*>(.*?)</title></rect>', html_text)


def test_the_trends_view_draws_the_stacked_counts_of_the_query_and_filters(client, ix):
    r = client.get("/trends", params={"q": "执行", "province": ["湖南", "湖北"], "every": "quarter"})
    assert r.status_code == 200 and '<svg class="chart"' in r.text
    t = ix.trends("执行", by="mechanism", every="quarter", top=8, province=["湖南", "湖北"])
    expected = [f"{p} · {s.value}: {s.counts[i]}" for i, p in enumerate(t.periods) for s in t.series if s.counts[i]]
    assert bars(r.text) == expected and expected
    assert total_of(r.text) == t.total == ix.search("执行", province=["湖南", "湖北"]).total


def test_the_trends_view_switches_what_it_counts_by_and_the_period(client, ix):
    page = client.get("/trends", params={"q": "执行"}).text
    by = [a for a in Links(page).links if "by" in a.get("class", "").split() and a["text"] == "Province"]
    every = [a for a in Links(page).links if "every" in a.get("class", "").split() and a["text"] == "year"]
    assert query_of(by[0]["href"]) == {"q": ["执行"], "by": ["province"]}
    assert query_of(every[0]["href"]) == {"q": ["执行"], "every": ["year"]}
    provinces = client.get(by[0]["href"]).text
    t = ix.trends("执行", by="province", top=8)
    assert bars(provinces)[0].split(" · ")[1].split(":")[0] in {s.value for s in t.series}
    years = client.get(every[0]["href"] + "&format=json")
    assert years.json()["periods"] == list(ix.trends("执行", every="year").periods) == ["2023", "2024"]


def test_a_trend_value_links_to_the_search_it_counts(client, ix):
    page = client.get("/trends", params={"q": "执行", "from": "2023-01"}).text
    t = ix.trends("(执行) date:[2023-01 TO *]", top=8)
    for s in t.series[:3]:
        [link] = [a for a in Links(page).links if a["text"] == s.value]
        assert query_of(link["href"]) == {"q": ["执行"], "from": ["2023-01"], "mechanism": [s.value]}
        assert total_of(client.get(link["href"]).text) == s.total


def test_trends_json_is_the_library_trends(client, ix):
    params = {"q": "执行", "by": "province", "every": "quarter", "top": "3", "court_level": "中级"}
    expected = ix.trends("执行", by="province", every="quarter", top=3, court_level="中级").to_dict()
    assert client.get("/trends", params={**params, "format": "json"}).json() == expected
    assert client.get("/trends.json", params=params).json() == expected


def test_trends_csv_has_a_row_per_period_and_a_column_per_value(client, ix):
    import csv
    import io

    r = client.get("/trends.csv", params={"q": "执行", "by": "province"})
    assert r.headers["content-type"].startswith("text/csv") and r.headers["x-content-type-options"] == "nosniff"
    assert r.text.startswith("\ufeff")  # a byte order mark: Excel reads the file as UTF-8
    rows = list(csv.reader(io.StringIO(r.text.removeprefix("\ufeff"))))
    t = ix.trends("执行", by="province", top=8)
    assert rows[0] == ["period", *(s.value for s in t.series), "all"]
    assert [row[0] for row in rows[1:]] == [*t.periods, "undated", "total"]
    for i, s in enumerate(t.series, 1):
        assert [int(row[i]) for row in rows[1:]] == [*s.counts, s.undated, s.total]
    assert [int(row[-1]) for row in rows[1:]] == [*t.totals, t.undated, t.total]
    assert client.get("/trends", params={"q": "执行", "by": "province", "format": "csv"}).text == r.text


def test_the_first_report_view_lists_the_first_dated_article_per_province(client, ix):
    r = client.get("/first", params={"mechanism": "集中执行"})
    a = ix.first("", mechanism="集中执行")
    assert a.rows
    cells = re.findall(r"<tr><th><a [^>]*>(.*?)</a>.*?</th><td[^>]*>(.*?)</td><td[^>]*><a href=\"([^\"]*)\">", r.text)
    assert [(v, d) for v, d, _ in cells] == [(row.value, row.date) for row in a.rows]
    assert [href for _, _, href in cells] == ["/article/" + quote(row.id, safe="") for row in a.rows]
    assert client.get("/first.json", params={"mechanism": "集中执行"}).json() == a.to_dict()
    assert client.get("/first", params={"mechanism": "集中执行", "format": "json"}).json() == a.to_dict()
    csv_rows = client.get("/first.csv", params={"mechanism": "集中执行", "bom": "0"}).text.splitlines()
    assert csv_rows[0] == "value,date,article_id,title,source,source_printed,count,same_day" and len(csv_rows) == len(a.rows) + 1


def test_the_count_of_a_first_report_is_said_to_be_of_the_dated_stories_its_link_finds(client, ix):
    """A value's count is of its dated stories: the column says so, since the value's
    link also finds its undated ones (a count of 2 beside a search of 5 stories)."""
    page = client.get("/first", params={"q": "执行"}).text
    assert re.search(r'<th class="n">dated stories</th>', page)
    rows = re.findall(r'<tr><th><a href="([^"]*)">.*?<td class="n">(\d+)</td>', page)
    assert rows
    undated_too = 0
    for href, count in rows:
        hits = client.get("/search.json" + html.unescape(href)[1:] + "&per_page=100").json()
        assert sum(1 for h in hits["hits"] if h["date"]) == int(count), href
        undated_too += hits["total"] > int(count)
    assert undated_too  # the column and the search differ somewhere: the reason for the words
    copies = client.get("/first", params={"q": "执行", "all_copies": "1"}).text
    assert re.search(r'<th class="n">dated articles</th>', copies)


def test_first_reports_are_linked_from_the_mechanisms_of_the_trends(client):
    page = client.get("/trends", params={"q": "执行", "province": "湖南"}).text
    first = [a for a in Links(page).links if "first" in a.get("class", "").split()]
    assert first and query_of(first[0]["href"])["province"] == ["湖南"]
    assert client.get(first[0]["href"]).status_code == 200


@pytest.mark.parametrize("path, params, call", [
    ("/trends", {"by": "weather"}, lambda ix: ix.trends(by="weather")),
    ("/trends", {"every": "week"}, lambda ix: ix.trends(every="week")),
    ("/trends", {"top": "0"}, lambda ix: lawnews.arguments.count("top", 0, minimum=1)),
    ("/first", {"by": "weather"}, lambda ix: ix.first(by="weather")),
    ("/first", {"mechanism": "不存在的机制"}, lambda ix: ix.first(mechanism="不存在的机制")),
    ("/trends.csv", {"to": "2024-02-31"}, lambda ix: lawnews.arguments.date_bound("to", "2024-02-31")),
])
def test_bad_trend_parameters_get_a_400_with_the_library_message(client, ix, path, params, call):
    r = client.get(path, params=params)
    assert r.status_code == 400
    shown = r.text.removeprefix("Error: ").rstrip("\n") if path.endswith(".csv") else message_of(r.text)
    assert shown == library_message(lambda: call(ix))


def test_markup_in_a_value_is_escaped_in_the_chart_and_tables(client):
    for path in ("/trends", "/first"):
        r = client.get(path, params={"by": "source"})
        assert r.status_code == 200 and "测试网" in r.text
        assert "<img" not in r.text.lower() and "<script" not in r.text.lower()


def test_the_web_app_imports_no_whoosh_and_no_segmenter():
    import ast
    from pathlib import Path

    from support import ROOT

    for path in (ROOT / "lawnews" / "web").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            assert not any(n.split(".")[0] in {"whoosh", "jieba", "rjieba"} for n in names), path
    assert Path(ROOT / "lawnews" / "web" / "templates" / "search.html").is_file()


def test_an_index_that_cannot_be_opened_is_a_503_page_saying_why(tmp_path):
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(tmp_path / "gone", workers=1)) as c:
        r = c.get("/", params={"q": "执行"})
        assert r.status_code == 503 and "no lawnews index" in r.text
        assert c.get("/", params={"format": "json"}).status_code == 503  # asked again: a new worker, same answer
        assert c.app.state.library.pids() == []


def test_open_shows_the_address_the_server_listens_on_in_the_browser(monkeypatch, web_index):
    import threading
    import urllib.request
    import webbrowser

    from lawnews.web import server

    opened, announced = [], []
    monkeypatch.setattr(webbrowser, "open", opened.append)
    srv = server.make_server(web_index, port=0)
    running = threading.Thread(target=srv.run, daemon=True)
    running.start()
    try:
        server.when_listening(srv, "127.0.0.1", 0, announced.append, open_browser=True).join(60)
        assert opened == announced and re.fullmatch(r"http://127\.0\.0\.1:\d+/", opened[0])
        assert not opened[0].endswith(":0/")
        with urllib.request.urlopen(opened[0] + "?q=%E6%89%A7%E8%A1%8C&format=json", timeout=60) as r:
            assert json.load(r)["total"] > 0
    finally:
        srv.should_exit = True
        running.join(30)
    assert not running.is_alive()


def test_a_host_is_put_in_a_url_as_browsers_read_it():
    from lawnews.web.server import url_of

    assert url_of("127.0.0.1", 8080) == "http://127.0.0.1:8080/"
    assert url_of("::1", 8080) == "http://[::1]:8080/"


def test_the_trend_choices_offered_are_the_librarys():
    from lawnews import landscape
    from lawnews.web import params

    assert params.TREND_BY == landscape.BY and params.EVERY == landscape.EVERY


# ------------------------------------------------------------------ an index tagged by older rules

def test_the_search_page_and_its_json_carry_the_notice_that_the_index_was_tagged_by_other_rules(tmp_path, web_index):
    from lawnews.web import create_app

    records = tmp_path / "a.jsonl"
    records.write_text(json.dumps({"id": "a", "title": "集中执行", "text": "湖南省高级人民法院部署全省法院集中执行行动。"},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    index = tmp_path / "ix"
    lawnews.build_index([records], index)
    info = json.loads((index / "lawnews.json").read_text(encoding="utf-8"))
    (index / "lawnews.json").write_text(json.dumps({**info, "tagger": "0" * 16}), encoding="utf-8")  # older rules
    with lawnews.NewsIndex.open(index) as opened:
        notice = opened.outdated_tags()
    assert notice and f"lawnews index --index-dir {index}" in notice
    with starlette_testclient.TestClient(create_app(index, workers=1), raise_server_exceptions=False) as c:
        page = c.get("/", params={"q": "执行"})
        shown = re.search(r'<p class="notice outdated"[^>]*>(.*?)</p>', page.text, re.S)
        assert page.status_code == 200 and shown and notice in html.unescape(shown.group(1))
        for path, params in (("/", {"q": "执行", "format": "json"}), ("/search.json", {"q": "执行"})):
            assert c.get(path, params=params).json()["tags_outdated"] == notice
    with starlette_testclient.TestClient(create_app(web_index, workers=1), raise_server_exceptions=False) as c:
        assert c.get("/search.json", params={"q": "执行"}).json()["tags_outdated"] is None
        assert "tagging rules" not in c.get("/", params={"q": "执行"}).text


# ------------------------------------------------------------------ the question bank

def test_no_question_bank_ranks_a_question_by_its_words_only_on_the_page_and_in_the_json(tmp_path, monkeypatch):
    from lawnews.search import questions
    from lawnews.web import create_app
    from test_questions import DEADLINE, make_bank, statute_records

    src = tmp_path / "statutes.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in statute_records()), encoding="utf-8")
    lawnews.build_index([src], tmp_path / "index", rebuild=True)
    bank = make_bank()
    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "bank.zip")))
    with lawnews.NewsIndex.open(tmp_path / "index") as statutes:
        with_bank = statutes.search(DEADLINE, question_bank=bank)
        by_words = statutes.search(DEADLINE, question_bank=False)
    assert [h.article_id for h in with_bank.hits] != [h.article_id for h in by_words.hits]

    def ids(data):
        return [h["article_id"] for h in data["hits"]]

    with starlette_testclient.TestClient(create_app(tmp_path / "index", workers=1)) as c:
        on = c.get("/search.json", params={"q": DEADLINE}).json()
        assert on["question_bank"] == bank.label and ids(on) == [h.article_id for h in with_bank.hits]
        for path, extra in (("/search.json", {}), ("/", {"format": "json"})):
            off = c.get(path, params={"q": DEADLINE, "no_question_bank": "1", **extra}).json()
            assert off["question_bank"] is None and ids(off) == [h.article_id for h in by_words.hits]
            assert off["total"] == by_words.total
        page = c.get("/", params={"q": DEADLINE, "no_question_bank": "1"}).text
        assert 'id="no-question-bank"' in page and "question bank is off" in page


@pytest.mark.parametrize("words_only", [{"no_expand": "1"}, {"expand": "0"}])
def test_no_expand_searches_the_words_only_on_the_page_and_in_the_json(client, ix, words_only):
    expanded, words = ix.search("湖南"), ix.search("湖南", expand=False)
    assert expanded.expanded and words.total != expanded.total
    got = client.get("/search.json", params={"q": "湖南", **words_only}).json()
    assert (got["total"], got["expanded"]) == (words.total, {})
    assert client.get("/search.json", params={"q": "湖南"}).json()["total"] == expanded.total
    page = client.get("/", params={"q": "湖南", **words_only}).text
    assert 'id="words-only"' in page and 'name="no_expand" value="1"' in page
    assert 'id="expand-off"' in client.get("/", params={"q": "湖南"}).text


def test_strict_shows_no_results_instead_of_relaxed_ones_on_the_page_and_in_the_json(client, ix):
    relaxed = ix.search("执行 火星人")
    assert relaxed.relaxed and relaxed.total
    got = client.get("/search.json", params={"q": "执行 火星人", "strict": "1"}).json()
    assert (got["total"], got["relaxed"]) == (0, False)
    page = client.get("/", params={"q": "执行 火星人"}).text
    assert 'id="strict-on"' in page and "strict=1" in page
    assert 'id="strict"' in client.get("/", params={"q": "执行 火星人", "strict": "1"}).text


def test_a_page_past_the_last_links_back_to_pages_that_exist(client, ix):
    last = -(-ix.search("执行").total // 3)
    page = client.get("/", params={"q": "执行", "per_page": "3", "page": str(last + 40)}).text
    prev = [a for a in Links(page).links if a.get("rel") == "prev"]
    assert prev and query_of(prev[0]["href"])["page"] == [str(last)]
    assert not [a for a in Links(page).links if a.get("rel") == "next"]
    target = client.get(prev[0]["href"]).text
    assert "past the last page" not in target and 'class="hit"' in target


def test_an_error_page_form_keeps_the_valid_choices_and_drops_the_bad_ones(client):
    def hidden(text):
        return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', text))

    page = client.get("/", params={"q": '"执行', "sort": "date-asc", "per_page": "5"})
    assert page.status_code == 400 and hidden(page.text) == {"sort": "date-asc", "per_page": "5"}
    page = client.get("/", params={"q": "执行", "sort": "newest", "per_page": "500"})
    assert page.status_code == 400 and hidden(page.text) == {}
    page = client.get("/trends", params={"q": "执行", "by": "court", "every": "year", "top": "0"})
    assert page.status_code == 400 and "top" not in hidden(page.text)
    assert re.search(r'<option value="court" selected>', page.text) and re.search(r'<option value="year" selected>', page.text)


def test_a_filter_value_the_index_lacks_can_be_removed_from_its_error_page(client, ix):
    mechanism = next(iter(ix.search("执行").facets["mechanism"]))
    for path in ("/", "/trends"):
        page = client.get(path, params={"q": "执行", "province": "火星", "mechanism": mechanism})
        assert page.status_code == 400 and "unknown province" in page.text
        remove = [a for a in Links(page.text).links if "chip" in a.get("class", "") and "火星" in a["text"]]
        assert remove, path
        assert query_of(remove[0]["href"]) == {"q": ["执行"], "mechanism": [mechanism]}
        fixed = client.get(html.unescape(remove[0]["href"]))
        assert fixed.status_code == 200 and total_of(fixed.text) == ix.search("执行", mechanism=mechanism).total


# ------------------------------------------------------------------ long facets, language, headings, caching

def facet_section(html_text: str, name: str) -> str:
    """The markup of one facet of the sidebar (``data-facet``)."""
    m = re.search(rf'<section class="facet[^"]*" data-facet="{name}".*?</section>', html_text, re.S)
    assert m, name
    return m.group(0)


def shown_values(html_text: str, name: str) -> list[str]:
    return [a["data-value"] for a in Links(facet_section(html_text, name)).links if "fv" in a.get("class", "").split()]


def more_links(html_text: str, name: str) -> list[dict[str, str]]:
    return [a for a in Links(facet_section(html_text, name)).links if "more" in a.get("class", "").split()]


def test_a_long_facet_shows_its_top_values_and_a_link_that_reveals_the_rest(client, ix):
    provinces = list(ix.search("").facets["province"])
    assert len(provinces) > 10
    page = client.get("/").text
    assert shown_values(page, "region") == provinces[:10]
    [more] = more_links(page, "region")
    # its words, and for a screen reader the list it unfolds
    assert more["text"].strip() == f"{len(provinces) - 10} more (Region)" and query_of(more["href"])["more"] == ["province"]
    assert more["href"].endswith("#facet-region") and 'id="facet-region"' in page
    unfolded = client.get(more["href"]).text
    assert shown_values(unfolded, "region") == provinces
    [fewer] = more_links(unfolded, "region")
    assert fewer["text"].strip() == "fewer (Region)" and "more" not in query_of(fewer["href"])
    # a value ticked in the unfolded list keeps it unfolded
    [last] = facet_links(unfolded, provinces[-1])
    assert query_of(last["href"])["more"] == ["province"]
    # and so does a new query typed into the form (as it keeps the order of the hits)
    form = re.search(r'<form class="query".*?</form>', unfolded, re.S).group(0)
    assert re.search(r'<input type="hidden" name="more" value="province">', form)
    bad = client.get("/", params={"more": ["province", "<b>"]}).text
    assert 'name="more" value="&lt;b&gt;"' not in bad


def test_every_long_facet_folds_alike_and_a_ticked_value_is_always_shown(client, ix):
    courts = list(ix.search("").facets["court"])
    assert len(courts) > 11
    page = client.get("/").text
    assert shown_values(page, "court") == courts[:10] and not facet_links(page, courts[-1])
    [more] = more_links(page, "court")
    assert query_of(more["href"])["more"] == ["court"] and more["href"].endswith("#facet-court")
    provinces = list(ix.search("").facets["province"])
    ticked = client.get("/", params={"province": provinces[-1], "court": courts[-1]}).text
    [on] = facet_links(ticked, provinces[-1])
    assert "on" in on["class"].split()
    assert "on" in facet_links(ticked, courts[-1])[0]["class"].split()
    assert len(shown_values(ticked, "court")) <= 10


def test_unfolding_a_facet_keeps_the_page_of_hits(client):
    page = client.get("/", params={"q": "执行", "per_page": "2", "page": "2"}).text
    [more] = more_links(page, "court")
    assert query_of(more["href"])["page"] == ["2"]


HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class Language(HTMLParser):
    """The document's language, and the text in Chinese characters not marked ``lang="zh"``."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "wbr", "source"}

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self.document = ""
        self.stack: list[tuple[str, str]] = []
        self.unmarked: list[str] = []
        self.feed(html_text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.document = attrs.get("lang") or ""
        if tag not in self.VOID:
            inherited = self.stack[-1][1] if self.stack else self.document
            self.stack.append((tag, attrs.get("lang") or inherited))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        lang = self.stack[-1][1] if self.stack else self.document
        if HAN.search(data) and not lang.startswith("zh") and (not self.stack or self.stack[-1][0] != "title"):
            self.unmarked.append(data.strip())


def pages_to_check(ix) -> list[str]:
    mechanism = next(iter(ix.search("执行").facets["mechanism"]))
    return ["/?q=" + quote("执行") + "&province=" + quote("湖南省") + "&city=" + quote("常德市"),
            "/?q=" + quote("执行 火星人"), "/?q=" + quote("湖南"), "/?q=" + quote("火星人"),
            "/article/" + STORY_ID, "/article/" + quote(XSS_ID, safe=""),
            "/trends?q=" + quote("执行"), "/first?mechanism=" + quote(mechanism),
            "/?mechanism=" + quote("火星机制"), "/?q=" + quote('"执行到位')]


def test_the_interface_is_english_and_the_chinese_text_is_marked_as_chinese(client, ix):
    for path in pages_to_check(ix):
        page = Language(client.get(path).text)
        assert page.document == "en", path
        assert page.unmarked == [], path


class Headings(HTMLParser):
    def __init__(self, html_text: str) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self._open: int | None = None
        self.feed(html_text)

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self._open = int(tag[1])
            self.headings.append((self._open, ""))

    def handle_data(self, data):
        if self._open is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)

    def handle_endtag(self, tag):
        if re.fullmatch(r"h[1-6]", tag):
            self._open = None


def test_every_page_has_one_h1_naming_what_it_shows_and_headings_in_order(client, ix):
    article = ix.article(STORY_ID)
    expected = {"/?q=" + quote("执行"): "执行", "/": "stories", "/article/" + STORY_ID: article.title,
                "/trends?q=" + quote("执行"): "Trends", "/first": "First report", "/nowhere": "No such page",
                "/?q=" + quote('"执行'): "The query cannot be read",
                "/?province=" + quote("湖南省") + "&province=" + quote("湖北省") + "&court_level=" + quote("中级"):
                    "Stories where province is 湖南省 or 湖北省, court level is 中级"}
    for path, named in expected.items():
        headings = Headings(client.get(path).text).headings
        assert [level for level, _ in headings].count(1) == 1 and headings[0][0] == 1, (path, headings)
        assert named in headings[0][1], (path, headings[0])
        for (before, _), (after, text) in zip(headings, headings[1:]):
            assert after <= before + 1, (path, text)


def test_static_files_have_versioned_urls_cached_for_long_and_pages_are_revalidated(client):
    import hashlib
    from lawnews.web.app import STATIC

    page = client.get("/", params={"q": "执行"})
    assert "no-cache" in page.headers["cache-control"]
    digest = hashlib.sha256((STATIC / "style.css").read_bytes()).hexdigest()[:12]
    href = re.search(r'<link rel="stylesheet" href="([^"]+)"', page.text).group(1)
    assert href == f"/static/{digest}/style.css"
    css = client.get(href)
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert css.headers["cache-control"] == "public, max-age=31536000, immutable"
    icon = re.search(r'<link rel="icon" href="([^"]+)"', page.text).group(1)
    assert re.fullmatch(r"/static/[0-9a-f]{12}/favicon\.svg", icon) and client.get(icon).status_code == 200
    stale = client.get("/static/000000000000/style.css")  # the address an older version's page names
    assert stale.status_code == 200 and "no-cache" in stale.headers["cache-control"]
    for path in ("/?format=json", "/article/" + STORY_ID, "/nowhere", "/static/style.css"):
        assert "no-cache" in client.get(path).headers["cache-control"], path
    assert client.get("/static/" + digest + "/nothing.css").status_code == 404


def test_a_changed_stylesheet_is_served_under_a_new_address(web_index, tmp_path, monkeypatch):
    import shutil

    from lawnews.web import app as web_app

    def stylesheet() -> str:
        with starlette_testclient.TestClient(web_app.create_app(web_index)) as c:
            page = c.get("/").text
            href = re.search(r'<link rel="stylesheet" href="([^"]+)"', page).group(1)
            return href if c.get(href).text == (web_app.STATIC / "style.css").read_text(encoding="utf-8") else ""

    before = stylesheet()
    shutil.copytree(web_app.STATIC, tmp_path / "static")
    with open(tmp_path / "static" / "style.css", "a", encoding="utf-8") as f:
        f.write("\nbody { color: black; }\n")
    monkeypatch.setattr(web_app, "STATIC", tmp_path / "static")
    after = stylesheet()
    assert before and after and before != after
