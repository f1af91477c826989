"""``lawnews serve`` as a court's research office uses it for a briefing by province:
the figures it downloads (the trends CSV, the hits of a search as CSV or JSON) are the
ones the page shows; odd input in the fields and the address gets a page that says what
to do in the form's own words.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import csv
import io
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


# ------------------------------------------------------------------ trends CSV

def test_the_trends_csv_ends_with_the_total_row_the_page_shows(client, ix):
    params = {"q": "执行", "by": "province", "every": "year"}
    rows = rows_of(client.get("/trends.csv", params=params).text)
    t = ix.trends("执行", by="province", every="year", top=8)  # the series a page draws
    assert rows[0] == ["period", *(s.value for s in t.series), "all"]
    assert [r[0] for r in rows[1:]] == [*t.periods, "undated", "total"]
    assert rows[-1] == ["total", *(str(s.total) for s in t.series), str(t.total)]
    for i in range(1, len(rows[0])):  # each column adds up to its total
        assert sum(int(r[i]) for r in rows[1:-1]) == int(rows[-1][i])


# ------------------------------------------------------------------ the hits of a search, downloaded

EXPORTED = [
    {"q": "执行"},
    {"q": "执行", "province": "湖南", "sort": "date"},
    {"q": "执行", "from": "2024-01", "to": "2024-12", "all_copies": "1", "sort": "date-asc"},
    {"court_level": "中级"},
]


def test_the_search_page_links_the_download_of_its_hits(client):
    page = client.get("/", params={"q": "执行", "province": "湖南", "page": "2", "per_page": "5"})
    links = dict(re.findall(r'<a class="(export-csv|export-json)" href="([^"]+)"', page.text))
    assert set(links) == {"export-csv", "export-json"}
    for kind, href in links.items():
        query = parse_qs(urlsplit(unescape(href)).query)
        assert urlsplit(unescape(href)).path == ("/export.csv" if kind == "export-csv" else "/export.json")
        assert query["q"] == ["执行"] and query["province"] == ["湖南"]
        assert "page" not in query and "per_page" not in query  # every page


@pytest.mark.parametrize("params", EXPORTED)
def test_the_download_holds_exactly_the_hits_of_every_page(client, ix, params):
    pages, page = [], 1
    while True:  # the hits as the search page pages through them
        got = client.get("/search.json", params={**params, "page": str(page), "per_page": "7"}).json()
        if not got["hits"]:
            break
        pages += [h["article_id"] for h in got["hits"]]
        page += 1
    assert pages and len(pages) == got["total"]
    data = client.get("/export.json", params=params).json()
    assert data["total"] == len(pages) and [h["article_id"] for h in data["hits"]] == pages
    r = client.get("/export.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"] and r.text.startswith("\ufeff")
    rows = rows_of(r.text)
    assert rows[0][:4] == ["rank", "title", "date", "source"] and "article_id" in rows[0]
    assert [row[rows[0].index("article_id")] for row in rows[1:]] == pages
    assert [int(row[0]) for row in rows[1:]] == list(range(1, len(pages) + 1))


def test_the_download_writes_a_hostile_title_as_text(client):
    rows = rows_of(client.get("/export.csv", params={"q": "执行通报"}).text)
    titles = [row[1] for row in rows[1:]]
    assert any("<script>" in t for t in titles)  # as the article has it: a CSV is no page


def test_a_search_of_more_hits_than_a_download_holds_says_so_and_how_to_narrow_it(client, monkeypatch):
    from lawnews.web import views

    monkeypatch.setattr(views, "MOST_EXPORTED", 5)
    page = client.get("/", params={"q": "执行", "per_page": "3"})
    total = int(re.search(r'data-total="(\d+)"', page.text).group(1))
    assert total > 5
    assert 'class="export-csv"' not in page.text
    said = plain(re.search(r'<p class="download[^"]*">(.*?)</p>', page.text, re.S).group(1))
    assert "at most 5" in said and "narrow" in said and "from and to" in said
    for path in ("/export.csv", "/export.json"):
        r = client.get(path, params={"q": "执行"})
        assert r.status_code == 400
        message = r.json()["error"] if path.endswith(".json") else r.text.removeprefix("Error: ")  # a line for a program
        assert f"{total} stories match" in message and "at most 5" in message and "--" not in message
    small = client.get("/", params={"q": "执行", "court_level": "高级"})
    assert int(re.search(r'data-total="(\d+)"', small.text).group(1)) <= 5
    assert 'class="export-csv"' in small.text and client.get("/export.csv", params={"q": "执行", "court_level": "高级"}).status_code == 200


def test_search_all_gives_every_hit_of_a_search_or_says_it_holds_too_many(ix):
    import lawnews

    found = ix.search_all("执行", province="湖南", sort="date")
    paged = [h.article_id for offset in range(0, found.total, 4)
             for h in ix.search("执行", province="湖南", sort="date", limit=4, offset=offset).hits]
    assert [h.article_id for h in found.hits] == paged and len(paged) == found.total
    with pytest.raises(lawnews.InvalidArgumentError, match=r"match, and a download holds at most 2:"):
        ix.search_all("执行", most=2)
    with pytest.raises(lawnews.ArgumentTypeError, match="no limit"):
        ix.search_all("执行", limit=5)
    assert ix.search_all("不存在的词语组合xyz", strict=True).hits == ()


# ------------------------------------------------------------------ error pages

def forms_of(html: str) -> list[str]:
    return re.findall(r'<form class="query"[^>]*action="([^"]+)"', html)


@pytest.mark.parametrize("params, field", [
    ({"province": "湖南", "from": "2025", "to": "2020"}, "from"),
    ({"province": "湖南", "every": "day"}, "every"),
    ({"province": "湖南", "to": "2024-02-30"}, "to"),
])
def test_a_profile_error_keeps_its_form_with_the_values_as_typed(client, params, field):
    page = client.get("/profile", params=params)
    assert page.status_code == 400
    assert forms_of(page.text) == ["/profile"]
    form = re.search(r'<form class="query".*?</form>', page.text, re.S).group(0)
    assert 'name="province" value="湖南"' in form  # the subject rides along
    for name in ("from", "to"):
        assert f'name="{name}" value="{params.get(name, "")}"' in form


def test_a_profile_of_an_unknown_value_shows_it_in_a_field_to_correct(client):
    page = client.get("/profile", params={"court": "火星中院", "from": "2024"})
    assert page.status_code == 400
    form = re.search(r'<form class="query".*?</form>', page.text, re.S).group(0)
    assert re.search(r'<label>court <input type="text" name="court" value="火星中院"', form)
    assert 'name="from" value="2024"' in form


def test_an_error_page_offers_no_profile_or_search_of_a_value_the_index_lacks(client):
    page = client.get("/trends", params={"q": "执行", "court_level": "不存在", "province": "湖南"})
    assert page.status_code == 400
    chosen = re.search(r'<p class="chosen">(.*?)</p>', page.text, re.S).group(1)
    assert "不存在 ✕" in plain(chosen) and 'class="chip"' in chosen  # removable
    assert "/profile?" not in chosen and "search with these filters" not in chosen


@pytest.mark.parametrize("path, params", [
    ("/", {"q": "执行 AND"}),
    ("/trends", {"q": "执行 AND"}),
    ("/cited-by", {"cites": "刑法第一条至第三条"}),
    ("/statute", {"ref": "刑法第一条至第三条"}),
])
def test_an_error_page_names_no_command_line_option(client, path, params):
    page = client.get(path, params=params)
    assert page.status_code == 400
    message = unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="message">(.*?)</p>', page.text, re.S).group(1)))
    assert not re.search(r"--[a-z]", message), message
    assert "cited-by takes" not in message
    assert client.get((path if path != "/" else "/search") + ".json", params=params).json()["error"] == message


# ------------------------------------------------------------------ a search that finds nothing

def empty_line(html: str) -> str:
    return re.search(r'<p class="empty">(.*?)</p>', html, re.S).group(1)


def test_a_search_emptied_by_its_dates_says_so_and_links_the_search_without_them(client):
    page = client.get("/", params={"q": "执行", "from": "2030", "province": "湖南"})
    assert page.status_code == 200 and 'data-total="0"' in page.text
    line = empty_line(page.text)
    assert "from 2030" in plain(line) and "湖南省" in plain(line)
    links = {plain(text): unescape(href) for href, text in re.findall(r'<a[^>]* href="([^"]+)"[^>]*>(.*?)</a>', line)}
    wider = client.get(links["without the dates"])
    assert int(re.search(r'data-total="(\d+)"', wider.text).group(1)) > 0
    assert parse_qs(urlsplit(links["without the dates"]).query) == {"q": ["执行"], "province": ["湖南"]}
    assert parse_qs(urlsplit(links["without the filters"]).query) == {"q": ["执行"], "from": ["2030"]}


def test_a_search_that_finds_nothing_anywhere_says_only_that(client):
    line = plain(empty_line(client.get("/", params={"q": "qqzzxxvv"}).text))
    assert line.startswith("No results for") and "without" not in line


# ------------------------------------------------------------------ trends and profiles of dates with nothing

@pytest.mark.parametrize("path, params", [
    ("/trends", {"q": "执行", "by": "province", "from": "2030"}),
    ("/profile", {"province": "湖南", "from": "2030", "to": "2031"}),
])
def test_dates_where_nothing_matches_draw_no_empty_chart_and_link_the_view_without_them(client, path, params):
    page = client.get(path, params=params)
    assert page.status_code == 200 and 'data-total="0"' in page.text
    assert "<svg" not in page.text
    line = re.search(r'<p class="empty">(.*?)</p>', page.text, re.S).group(1)
    assert "nothing to draw" in plain(line) and "from 2030" in plain(line)
    href = unescape(re.search(r'<a class="widen" href="([^"]+)"', line).group(1))
    assert urlsplit(href).path == path and not {"from", "to"} & set(parse_qs(urlsplit(href).query))
    assert int(re.search(r'data-total="(\d+)"', client.get(href).text).group(1)) > 0


def test_first_reports_of_dates_with_none_link_the_first_reports_without_the_dates(client, ix):
    mechanism = ix.first(by="mechanism").rows[0].value  # one with dated reports
    page = client.get("/first", params={"mechanism": mechanism, "to": "1990"})
    assert page.status_code == 200
    line = re.search(r'<p class="empty">(.*?)</p>', page.text, re.S).group(1)
    assert "to 1990" in plain(line)
    href = unescape(re.search(r'<a class="widen" href="([^"]+)"', line).group(1))
    assert parse_qs(urlsplit(href).query) == {"mechanism": [mechanism]}
    assert 'id="first-table"' in client.get(href).text  # a table of first reports
