"""``lawnews serve`` as a court's research office uses it for a report on 执行联动 and 终本
across provinces: a download link that fails, a page past the last, a law given as the
filter of trends and first reports, odd values in the address and the fields.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from test_web import ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


@pytest.fixture(scope="module")
def client(web_index, tmp_path_factory):
    """The app over the web test index, its worker processes given a statute collection of
    their own (empty): what other tests put in the session's collection (a law without the
    article a page filters by) does not change what these pages say."""
    from lawnews.web import create_app

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(tmp_path_factory.mktemp("statutes") / "statutes.sqlite"))
        with starlette_testclient.TestClient(create_app(web_index), raise_server_exceptions=False) as c:
            yield c
from test_web_cited import served  # noqa: F401  (an index with a statute collection)

#: What a browser sends when a link is followed (Chromium's Accept of a document).
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"}


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def field(html: str, name: str) -> "str | None":
    m = re.search(r'<input[^>]* name="%s" value="([^"]*)"' % re.escape(name), html)
    return unescape(m.group(1)) if m else None


# ------------------------------------------------------------------ a download link that fails

@pytest.mark.parametrize("path, params, form", [
    ("/export.csv", {"q": "(执行", "province": "湖南"}, "/"),
    ("/export.csv", {"q": "执行", "from": "2024-13"}, "/"),
    ("/trends.csv", {"q": "(执行", "by": "province"}, "/trends"),
    ("/first.csv", {"q": "执行", "from": "2024-13"}, "/first"),
    ("/trends", {"q": "(执行", "format": "csv"}, "/trends"),
])
def test_a_failing_csv_link_opened_in_a_browser_gives_the_error_page_with_the_form_to_correct(client, path, params, form):
    r = client.get(path, params=params, headers=BROWSER)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "content-disposition" not in r.headers  # a page to read, not a file to save
    text = plain(r.text)
    assert ("The query cannot be read" in text or "The from date cannot be read" in text)
    assert "unclosed" in text or "from must be a date" in text
    assert f'action="{form}"' in r.text and field(r.text, "q") == params["q"]


def test_a_failing_csv_link_fetched_by_a_program_gives_one_line_of_text(client):
    r = client.get("/export.csv", params={"q": "执行", "from": "2024-13"}, headers={"Accept": "text/csv"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    assert r.text.startswith("Error: from must be a date") and r.text.count("\n") == 1


def test_a_failing_json_download_stays_json(client):
    r = client.get("/export.json", params={"q": "(执行"}, headers=BROWSER)
    assert r.status_code == 400 and r.json()["error"].startswith("query syntax")


def test_the_filters_on_a_failing_download_page_are_removed_on_the_search_page(client):
    r = client.get("/export.csv", params={"q": "(执行", "province": "湖南"}, headers=BROWSER)
    chips = re.findall(r'<a class="chip" href="([^"]+)"', r.text)
    assert chips and all(unescape(href).startswith("/?") for href in chips)


# ------------------------------------------------------------------ a law, or an article of a law, as the filter

def chips(html: str) -> list[str]:
    return [plain(re.sub(r'<span class="hidden-heading">.*?</span>', "", c)).rstrip(" ✕")
            for c in re.findall(r'<a class="chip"[^>]*>(.*?)</a>', html, re.S)]


@pytest.mark.parametrize("path", ["/trends", "/first", "/"])
def test_a_law_given_as_cites_is_named_as_the_law_cited_on_trends_and_first(client, path):
    page = client.get(path, params={"q": "执行", "cites": "刑法"}).text
    assert chips(page) == ["Law cited: 中华人民共和国刑法"]
    page = client.get(path, params={"q": "执行", "cites": "刑法第313条"}).text
    assert chips(page) == ["Article cited: 中华人民共和国刑法 第三百一十三条"]
    page = client.get(path, params={"q": "执行", "cites": "刑法", "statute": "民事诉讼法"}).text
    assert sorted(chips(page)) == ["Law cited: 中华人民共和国刑法", "Law cited: 中华人民共和国民事诉讼法"]


def test_the_json_of_trends_and_first_says_what_a_cites_value_selected(client):
    for path in ("/trends.json", "/first.json"):
        got = client.get(path, params={"cites": "刑法"}).json()
        assert got["statute_filters"] == {"cites": {"刑法": {"statute": ["中华人民共和国刑法"]}}}


@pytest.fixture(scope="module")
def cited(served):
    """The app over the index of :mod:`test_web_cited`, which a statute collection resolves."""
    from lawnews.web import create_app

    index, collection = served
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(collection))
        with starlette_testclient.TestClient(create_app(index), raise_server_exceptions=False) as c:
            yield c


@pytest.mark.parametrize("path", ["/trends", "/first"])
def test_a_version_in_cites_beside_a_law_stays_named_on_trends_and_first(cited, path):
    r = cited.get(path, params={"statute": "刑法", "cites": "2017年民事诉讼法第二百三十七条"})
    assert r.status_code == 200
    assert sorted(chips(r.text)) == ["Article cited: 2017年民事诉讼法第二百三十七条", "Law cited: 中华人民共和国刑法"]


# ------------------------------------------------------------------ a page past the last

@pytest.mark.parametrize("number", ["999", "99999999999999999999999", "1" + "0" * 5000])
def test_a_page_past_the_last_says_there_is_no_such_page_how_many_there_are_and_links_the_last(client, ix, number):
    total = ix.search("执行").total
    last = -(-total // 3)
    r = client.get("/", params={"q": "执行", "per_page": "3", "page": number})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    [said] = re.findall(r'<p class="empty" id="no-such-page">(.*?)</p>', r.text, re.S)
    shown = number if len(number) <= 60 else number[:59] + "…"
    assert re.sub(r" ([.:])", r"\1", plain(said)) == (f"There is no page {shown}: this search has {last} pages of {total} stories."
                           f" Go to the last page, page {last}.")
    [href] = re.findall(r'<a class="last-page" href="([^"]+)"', said)
    back = client.get(unescape(href))
    assert back.status_code == 200 and back.text.count('class="hit"') == total - 3 * (last - 1)
    title = re.search(r"<title>(.*?)</title>", r.text, re.S).group(1)
    assert "no page" in title and ", page 9" not in title


def test_a_cited_by_page_past_the_last_says_so_too(cited):
    r = cited.get("/cited-by", params={"cites": "刑法第313条", "page": "5"})
    assert r.status_code == 404
    said = re.sub(r" ([.:])", r"\1", plain(re.search(r"<p class=\"empty\" id=\"no-such-page\">(.*?)</p>", r.text, re.S).group(1)))
    assert said == "There is no page 5: this list has 1 page of 1 story. Go to the last page, page 1."


@pytest.mark.parametrize("path, params", [("/", {"q": "执行", "format": "json"}), ("/search.json", {"q": "执行"})])
def test_the_json_of_a_page_past_the_last_is_a_404_as_its_page_is(client, ix, path, params):
    total = ix.search("执行").total
    last = -(-total // 3)
    r = client.get(path, params={**params, "per_page": "3", "page": str(last + 1)})
    assert r.status_code == client.get("/", params={"q": "执行", "per_page": "3", "page": str(last + 1)}).status_code == 404
    data = r.json()
    assert (data["total"], data["hits"], data["page"], data["pages"], data["status"]) == (total, [], last + 1, last, 404)
    assert data["error"] == f"page {last + 1} is past the last page, {last} (3 per page)"
    shown = client.get(path, params={**params, "per_page": "3", "page": str(last)})
    assert shown.status_code == 200 and "error" not in shown.json() and shown.json()["hits"]


@pytest.mark.parametrize("path, params", [("/cited-by", {"format": "json"}), ("/cited-by.json", {})])
def test_the_json_of_a_cited_by_page_past_the_last_is_a_404_as_its_page_is(cited, path, params):
    r = cited.get(path, params={**params, "cites": "刑法第313条", "page": "5"})
    assert r.status_code == 404
    data = r.json()
    assert (data["total"], data["hits"], data["page"], data["pages"]) == (1, [], 5, 1)
    assert data["error"] == "page 5 is past the last page, 1 (10 per page)"


def test_a_page_past_the_last_of_nothing_is_a_search_without_results(client):
    r = client.get("/", params={"q": "火星人执行署", "strict": "1", "page": "3"})
    assert r.status_code == 200 and "No results" in plain(r.text) and "no-such-page" not in r.text
    data = client.get("/search.json", params={"q": "火星人执行署", "strict": "1", "page": "3"})
    assert data.status_code == 200 and "error" not in data.json() and data.json()["pages"] == 0


def test_a_per_page_of_too_many_digits_says_the_most_it_may_be(client):
    r = client.get("/", params={"q": "执行", "per_page": "9" * 5000})
    assert r.status_code == 400 and "per_page must be 100 or less" in plain(r.text)


# ------------------------------------------------------------------ first reports of dated stories that name no value

REPORTS = [
    {"id": "dated-nowhere", "title": "法院推进终本案件清理", "date": "2023-05-01", "source": "测试报",
     "text": "某法院召开终本案件清理推进会，对终结本次执行程序案件逐案核查，确保终本案件规范管理。"},
    {"id": "undated-hunan", "title": "长沙中院清理终本案件", "source": "测试报",
     "text": "湖南省长沙市中级人民法院开展终本案件清理，对终结本次执行程序案件逐案核查，确保终本案件规范管理。"},
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    import json

    import lawnews
    from lawnews.web import create_app

    folder = tmp_path_factory.mktemp("first-undated")
    (folder / "reports.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS),
                                          encoding="utf-8")
    lawnews.build_index([folder / "reports.jsonl"], folder / "index", rebuild=True)
    with starlette_testclient.TestClient(create_app(folder / "index"), raise_server_exceptions=False) as c:
        yield c


def test_first_reports_say_how_many_stories_match_and_that_the_dated_ones_name_no_province(reports):
    page = reports.get("/first", params={"mechanism": "终本管理", "by": "province"}).text
    assert re.sub(r" ([.:])", r"\1", plain(re.search(r'<p class="summary" id="matched"[^>]*>(.*?)</p>', page, re.S).group(1))) \
        == "2 stories match, 1 of them undated."
    said = re.sub(r" ([.:])", r"\1", plain(re.search(r'<p class="empty">(.*?)</p>', page, re.S).group(1)))
    assert said == "The dated story matching names no province: the matching stories, newest first."
    assert "No dated" not in plain(page)
    got = reports.get("/first.json", params={"mechanism": "终本管理"}).json()
    assert (got["matched"], got["dated"], got["rows"], got["undated_values"]) == (2, 1, [], ["湖南省"])
    assert "No dated story matches from 2024." in plain(reports.get("/first", params={"mechanism": "终本管理",
                                                                                      "from": "2024"}).text)


# ------------------------------------------------------------------ the search's choices through a form of another view

def hidden_fields(html: str, action: str) -> list[tuple[str, str]]:
    form = re.search(r'<form [^>]*action="%s"[^>]*>(.*?)</form>' % re.escape(action), html, re.S).group(1)
    return [(k, unescape(v)) for k, v in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form)]


@pytest.mark.parametrize("path, extra", [("/trends", {}), ("/first", {}), ("/profile", {"province": "湖南"})])
def test_a_new_choice_sent_from_trends_first_or_a_profile_keeps_the_search_to_go_back_to(client, path, extra):
    asked = {"q": "执行", "sort": "date", "per_page": "50", "no_question_bank": "1", **extra}
    page = client.get(path, params=asked).text
    hidden = hidden_fields(page, path)
    for kept in (("sort", "date"), ("per_page", "50"), ("no_question_bank", "1")):
        assert kept in hidden
    sent = dict(hidden, q="执行", every="year")  # the form sent again with another period
    again = client.get(path, params=sent).text
    search = unescape(re.search(r'<a href="(/\?[^"]*)"[^>]*>Search</a>', again).group(1))
    assert "sort=date" in search and "per_page=50" in search and "no_question_bank=1" in search


def test_a_form_does_not_carry_a_bad_choice_on(client):
    page = client.get("/trends", params={"q": "执行", "sort": "bogus", "per_page": "1000"}).text
    names = [k for k, _ in hidden_fields(page, "/trends")]
    assert "sort" not in names and "per_page" not in names


# ------------------------------------------------------------------ what a table's caption says it counts

def caption(html: str) -> str:
    """A table's caption as read: its tags (the spans marking Chinese) left out."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", re.search(r"<caption>(.*?)</caption>", html, re.S).group(1))).split())


def test_a_first_report_table_names_the_filters_it_lists_within(client):
    page = client.get("/first", params={"q": "执行", "court_level": "中级", "province": "湖南"}).text
    assert caption(page) == ("First dated report per province, among the stories matching “执行”"
                             " where province is 湖南省, court level is 中级")
    page = client.get("/first", params={"mechanism": "集中执行", "province": "湖南"}).text
    assert caption(page) == "First dated report of 集中执行 per province where province is 湖南省"


def test_a_trends_caption_says_what_each_filter_is(client):
    page = client.get("/trends", params={"q": "执行", "by": "province", "every": "year", "court_level": "中级"}).text
    assert " where court level is 中级" in caption(page)


# ------------------------------------------------------------------ a profile of several values

def test_a_profile_of_several_values_names_them_as_the_form_does_and_says_what_to_do(client):
    r = client.get("/profile", params={"province": "湖南", "cites": "刑法第313条"})
    assert r.status_code == 400
    said = plain(re.search(r'<p class="message">(.*?)</p>', r.text, re.S).group(1))
    assert said.startswith("a profile is of one court, province, city, county, mechanism, source, court level,"
                           " law cited or article cited; this address names 2, province 湖南 and article cited")
    assert "keep one in the form below" in said and "cites" not in said and "statute" not in said
    r = client.get("/profile", params={"province": ["湖南", "湖北"], "of": "province"})
    said = plain(re.search(r'<p class="message">(.*?)</p>', r.text, re.S).group(1))
    assert said.startswith("a profile is of one province; this address names 2, 湖南 and 湖北 ; keep one")  # plain() spaces the Chinese span


# ------------------------------------------------------------------ a switch written neither on nor off

@pytest.mark.parametrize("path, params, name", [
    ("/", {"q": "执行", "all_copies": "2"}, "all_copies"),
    ("/search.json", {"q": "执行", "strict": "maybe"}, "strict"),
    ("/trends", {"q": "执行", "no_expand": "x"}, "no_expand"),
    ("/first.json", {"q": "执行", "expand": "none"}, "expand"),
    ("/cited-by", {"cites": "刑法第313条", "all_copies": "every"}, "all_copies"),
])
def test_a_switch_written_neither_on_nor_off_is_a_400_naming_it_not_read_as_off(client, path, params, name):
    r = client.get(path, params=params)
    assert r.status_code == 400
    said = r.json()["error"] if path.endswith(".json") else plain(r.text)
    assert f"{name} must be 1 or 0 (true or false, yes or no, on or off), not '{params[name]}'" in said


@pytest.mark.parametrize("on, off", [("1", "0"), ("yes", "no"), ("True", "False"), ("on", "off")])
def test_a_switch_written_on_or_off_is_read_so(client, on, off):
    every = client.get("/search.json", params={"q": "执行", "all_copies": on}).json()
    one = client.get("/search.json", params={"q": "执行", "all_copies": off}).json()
    assert one == {**client.get("/search.json", params={"q": "执行"}).json(), "took_ms": one["took_ms"]}
    assert every["total"] >= one["total"]
