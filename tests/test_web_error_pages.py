"""``lawnews serve``'s error pages say what happened in their title, heading and status, and
what to do: no such article, no such page, a date that cannot be read, an unknown court
with the values it may mean as links, the index being rebuilt; the field at fault is marked
on the form under the message (the app runs under Starlette's TestClient, as in
:mod:`test_web`)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import html
import pytest

from lawnews import errors
from webapp import build_web_index

starlette_testclient = pytest.importorskip("starlette.testclient")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    index = build_web_index(tmp_path_factory.mktemp("web-errors"))
    with starlette_testclient.TestClient(create_app(index), raise_server_exceptions=False) as c:
        yield c


def _title(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).strip()


def _heading(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", page, re.S).group(1))).strip()


def _field(page: str, name: str) -> str:
    """The start tag of the form field ``name``."""
    return re.search(r'<(?:input|select)[^>]*name="%s"[^>]*>' % name, page).group(0)


class Failing:
    """A library whose every call raises ``error``."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def call(self, name, *args, **kwargs):
        raise self.error


def test_an_article_the_index_lacks_is_titled_no_such_article(client):
    r = client.get("/article/no-such-id")
    assert r.status_code == 404
    assert _title(r.text) == "No such article · lawnews"
    assert _heading(r.text) == "No such article"
    assert "search for words of its title" in r.text
    assert "Error 404" not in r.text


def test_an_address_no_page_has_is_titled_no_such_page(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404
    assert _title(r.text) == "No such page · lawnews" and _heading(r.text) == "No such page"


def test_a_date_that_cannot_be_read_names_its_field_and_marks_it(client):
    r = client.get("/", params={"q": "执行", "from": "2020-13"})
    assert r.status_code == 400
    assert _heading(r.text) == "The from date cannot be read"
    assert _title(r.text).startswith("The from date cannot be read")
    marked = _field(r.text, "from")
    assert 'aria-invalid="true"' in marked and "autofocus" in marked and 'aria-describedby="problem"' in marked
    assert '<div id="problem">' in r.text
    assert "aria-invalid" not in _field(r.text, "to") and "aria-invalid" not in _field(r.text, "q")


def test_dates_typed_backwards_are_titled_so_on_every_view(client):
    for path in ("/", "/trends", "/first"):
        r = client.get(path, params={"from": "2022", "to": "2020"})
        assert r.status_code == 400, path
        assert _heading(r.text) == "The dates hold no day", path
        assert 'aria-invalid="true"' in _field(r.text, "from"), path


def test_a_page_number_that_is_no_number_names_the_page_number(client):
    r = client.get("/", params={"q": "执行", "page": "abc"})
    assert r.status_code == 400 and _heading(r.text) == "This page number cannot be used"


def test_an_unknown_court_is_titled_so_and_offers_its_values_as_links_keeping_the_search(client):
    r = client.get("/", params={"q": "执行", "court": "荆州中级", "province": "湖北"})
    assert r.status_code == 400
    assert _heading(r.text) == "Unknown court" and _title(r.text).startswith("Unknown court")
    offered = re.search(r'<p class="offered">(.*?)</p>', r.text, re.S).group(1)
    links = [html.unescape(h) for h in re.findall(r'href="([^"]*)"', offered)]
    assert links
    first = parse_qs(urlsplit(links[0]).query)
    assert first == {"q": ["执行"], "court": ["荆州市中级人民法院"], "province": ["湖北"]}
    assert client.get(links[0]).status_code == 200


def test_a_statute_the_look_up_does_not_know_marks_the_look_up_field(client):
    r = client.get("/statute", params={"ref": "刑法第9999条"})
    assert r.status_code == 400
    assert "Error 400" not in _title(r.text)
    assert 'aria-invalid="true"' in _field(r.text, "ref")


def test_the_index_being_rebuilt_is_a_503_titled_so_that_says_when_to_try_again(client):
    library = client.app.state.library
    client.app.state.library = Failing(errors.IndexLockedError("another process is writing to this index;"
                                                               " wait for it to finish and try again"))
    try:
        r = client.get("/", params={"q": "执行"})
        j = client.get("/search.json", params={"q": "执行"})
    finally:
        client.app.state.library = library
    assert r.status_code == 503 and r.headers["retry-after"].isdigit()
    assert _heading(r.text) == "The index is being rebuilt"
    assert "Reload this page in a minute" in r.text
    assert j.status_code == 503 and j.json()["title"] == "The index is being rebuilt"


def test_a_search_stopped_by_the_time_limit_is_titled_so_and_marks_the_query(client):
    from lawnews.web.worker import QueryTimeoutError

    library = client.app.state.library
    client.app.state.library = Failing(QueryTimeoutError("the query took longer than 10 s and was stopped;"
                                                         " narrow it and try again"))
    try:
        r = client.get("/", params={"q": "执行"})
    finally:
        client.app.state.library = library
    assert r.status_code == 503 and _heading(r.text) == "The search took too long"
    assert 'aria-invalid="true"' in _field(r.text, "q")


@pytest.mark.parametrize("path, title", [
    ("/article", "No article id given"),
    ("/statute.json", "No statute article given"),
    ("/cited-by", "No article cited given"),
])
def test_an_address_lacking_what_its_page_shows_says_what_to_give(client, path, title):
    r = client.get(path)
    assert r.status_code == 400
    shown = r.json()["title"] if path.endswith(".json") else _heading(r.text)
    assert shown == title


@pytest.mark.parametrize("path", ["/statute", "/statute.json"])
def test_a_look_up_naming_a_law_without_an_article_is_titled_by_what_it_lacks_not_as_given_nothing(client, path):
    """``/statute?ref=刑法`` gives a law: the title says the statute article typed cannot be
    used (the message says to add an article), never that no law was given."""
    r = client.get(path, params={"ref": "刑法"})
    assert r.status_code == 400
    shown = r.json()["title"] if path.endswith(".json") else _heading(r.text)
    assert shown == "This statute article cannot be used", shown
    if not path.endswith(".json"):
        assert 'aria-invalid="true"' in _field(r.text, "ref")


@pytest.mark.parametrize("path, params, title, field", [
    ("/statute", {"ref": "刑法第0条"}, "This statute article cannot be used", "ref"),
    ("/statute", {"ref": "刑法 313-300"}, "This statute article cannot be used", "ref"),
    ("/cited-by", {"cites": "刑法第0条"}, "This article cited cannot be used", "cites"),
    ("/cited-by", {"statute": "刑法第1条至第300条"}, "This law cited cannot be used", "cites"),
    ("/", {"q": "执行", "cites": "刑法 313-300"}, "This article cited cannot be used", None),
    ("/trends", {"q": "执行", "cites": "刑法第0条"}, "This article cited cannot be used", None),
])
def test_a_statute_reference_that_cannot_be_read_is_titled_by_the_field_it_was_typed_in(client, path, params, title,
                                                                                        field):
    """An article 0, a range typed backwards or too long: the title names the field the
    reference was typed in (not the address as a whole, nor a field left empty), and the
    form under it marks that field."""
    r = client.get(path, params=params)
    assert r.status_code == 400
    assert _heading(r.text) == title
    if field:
        assert 'aria-invalid="true"' in _field(r.text, field)


@pytest.mark.parametrize("path, restart", [
    ("/trends", "/trends"), ("/trends.csv", "/trends"), ("/first", "/first"), ("/", "/"), ("/cited-by", "/statute"),
])
def test_start_again_on_an_error_page_leads_to_the_empty_form_of_the_same_view(client, path, restart):
    r = client.get(path, params={"q": "(执行", "cites": "刑法第9999条"}, headers={"Accept": "text/html"})
    assert r.status_code == 400
    assert re.search(r'<a class="restart" href="([^"]*)">Start again</a>', r.text).group(1) == restart


def _library_message(query: str) -> str:
    """What the library says of ``query``, in the web app's words, whole."""
    import lawnews

    with lawnews.NewsIndex.in_memory() as ix, pytest.raises(lawnews.QuerySyntaxError) as e:
        ix.search(query)
    return errors.message(e.value, web=True)


@pytest.mark.parametrize("query", ["执行~2", "执行's~2"], ids=["one value", "a quote in the value"])
def test_a_message_quoting_two_values_reads_as_the_command_line_says_it(client, query):
    """Words between two quoted values ('~' is not supported … at position 2: '执行~2') are not
    one long value to cut: the message is whole, as `lawnews search` prints it."""
    said = _library_message(query)
    r = client.get("/search.json", params={"q": query})
    assert r.status_code == 400 and r.json()["error"] == said
    page = client.get("/", params={"q": query})
    shown = html.unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="message">(.*?)</p>', page.text, re.S).group(1)))
    assert shown == said and "write the words" in shown


def test_only_a_long_value_of_a_message_is_shortened_the_rest_kept(client):
    query = "执行~2 " + "工作" * 100
    error = client.get("/search.json", params={"q": query}).json()["error"]
    assert "write the words, an exact" in error and "'~' is not supported" in error
    assert query not in error and "…'" in error


@pytest.mark.parametrize("path, query, heading", [("/", "执行 province:火星", "Unknown province in the query"),
                                                  ("/trends", "court:火星法院", "Unknown court in the query"),
                                                  ("/", "执行 cites:刑法第0条", "Unknown article cited in the query")])
def test_an_unknown_value_typed_in_the_query_says_to_correct_the_query_and_marks_it(client, path, query, heading):
    r = client.get(path, params={"q": query})
    assert r.status_code == 400
    assert _heading(r.text) == heading
    assert "Correct it in the box below." in r.text and "remove the filter" not in r.text
    assert 'aria-invalid="true"' in _field(r.text, "q")
