"""``lawnews serve`` as a provincial policy office uses it for a briefing on where two
mechanisms were taken up: a profile reached from a search counts that search's stories,
downloads are named after their search, long queries are shown short, a statute filter typed
in the address is the one the sidebar ticks, and odd input gets a page saying what to do.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


def total_of(html: str) -> int:
    return int(re.search(r'id="total" data-total="(\d+)"', html).group(1))


def plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def window_title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def heading(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1))).split())


def profile_links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'<a class="profile" href="([^"]+)"', html)]


# ------------------------------------------------------------------ profiles within a search

SEARCHES = [
    {"q": "执行", "court": "荆州中院"},
    {"q": "执行", "province": "湖南", "court_level": "中级"},
    {"q": "执行", "province": "湖南", "no_expand": "1"},
    {"q": "执行 裁定", "strict": "1", "province": "湖南"},
    {"q": "执行", "province": "湖南", "from": "2024-01", "to": "2024-12"},
    {"q": "执行", "court_level": "中级", "all_copies": "1"},
]


@pytest.mark.parametrize("params", SEARCHES)
def test_a_profile_reached_from_a_search_counts_the_stories_that_search_lists(client, params):
    search = client.get("/", params=params)
    assert search.status_code == 200, search.text
    links = profile_links(search.text)
    assert links, "each filter in force links its profile"
    for href in links:
        page = client.get(href)
        assert page.status_code == 200, (href, plain(page.text)[:300])
        assert total_of(page.text) == total_of(search.text), href
        # and the profile's total leads back to that search
        back = unescape(re.search(r'<a id="total" data-total="\d+" href="([^"]+)"', page.text).group(1))
        assert total_of(client.get(back).text) == total_of(search.text)


def test_a_profile_has_a_query_field_and_keeps_the_filters_beside_its_subject(client, ix):
    params = {"q": "执行", "province": "湖南", "court_level": "中级", "of": "province", "every": "year"}
    page = client.get("/profile", params=params)
    assert page.status_code == 200, plain(page.text)[:300]
    form = re.search(r'<form class="query".*?</form>', page.text, re.S).group(0)
    assert re.search(r'<input type="search" name="q" value="执行"', form)
    fields = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', form))
    assert fields["court_level"] == "中级" and fields["of"] == "province"
    p = ix.profile("province:湖南", every="year", query="执行", court_level="中级")
    assert total_of(page.text) == p.total == ix.search("执行", province="湖南", court_level="中级").total
    assert heading(page.text) == "Profile of 湖南省 (province) in the stories matching “执行” where court level is 中级"
    assert client.get("/profile.json", params=params).json() == p.to_dict()


def test_a_profile_of_one_value_of_several_says_which_to_choose(client):
    r = client.get("/profile", params={"province": ["湖南", "湖北"], "of": "province"})
    assert r.status_code == 400
    assert "a profile is of one province" in plain(r.text)


def test_the_library_profile_takes_a_query_and_filters(ix):
    whole = ix.profile("province:湖南")
    within = ix.profile("province:湖南", query="执行", court_level="中级")
    assert within.total == ix.search("执行", province="湖南", court_level="中级").total < whole.total
    assert within.query == "执行" and within.filters == {"court_level": ("中级",)}
    with pytest.raises(lawnews.InvalidArgumentError, match="takes no province filter"):
        ix.profile("province:湖南", province="湖北")


# ------------------------------------------------------------------ a long query shown short

LONG = "执行" + "工作" * 150  # 302 characters, as a paragraph pasted into the box


@pytest.mark.parametrize("path", ["/", "/trends", "/first"])
def test_a_long_query_is_shown_short_in_the_title_and_heading_but_whole_in_the_field(client, path):
    page = client.get(path, params={"q": LONG, "mechanism": "交叉执行"} if path == "/first" else {"q": LONG})
    assert page.status_code == 200, plain(page.text)[:300]
    title = window_title(page.text)
    assert len(title) < 130 and "…" in title
    assert LONG not in plain(re.search(r"<h1[^>]*>.*?</h1>", page.text, re.S).group(0))
    assert f'name="q" value="{LONG}"' in page.text  # whole in the field, to edit
    nav = unescape(re.search(r'<a href="([^"]+)"[^>]*>Search</a>', page.text).group(1))
    assert dict(parse_qsl(urlsplit(nav).query))["q"] == LONG  # and whole in the links


def test_a_long_query_with_no_results_is_shown_short_in_the_empty_line(client):
    page = client.get("/", params={"q": "火星" + "月球" * 150, "strict": "1"})
    empty = plain(re.search(r'<p class="empty">(.*?)</p>', page.text, re.S).group(1))
    assert len(empty) < 120 and "…" in empty


import lawnews  # noqa: E402  (after the fixtures, as the errors are looked up there)


# ------------------------------------------------------------------ downloads named after their search

def disposition(r) -> tuple[str, str, str]:
    """``(how, filename, filename* decoded)`` of an answer's Content-Disposition."""
    value = r.headers["content-disposition"]
    how = value.split(";")[0]
    ascii_name = re.search(r'filename="([^"]*)"', value).group(1)
    utf8 = re.search(r"filename\*=UTF-8''([^;\s]+)", value).group(1)
    assert all(32 < ord(c) < 127 for c in ascii_name) and '"' not in ascii_name
    return how, ascii_name, unquote(utf8)


@pytest.mark.parametrize("path", ["/export.csv", "/export.json"])
def test_each_download_of_a_search_is_named_after_it(client, path):
    ext = path.rsplit(".", 1)[1]
    names = set()
    for params in ({"q": "执行"}, {"q": "执行", "province": "湖南"}, {"q": "执行", "province": "湖北"},
                   {"q": "执行", "from": "2024-01"}, {"court_level": "中级"}):
        r = client.get(path, params=params)
        assert r.status_code == 200, r.text[:200]
        how, ascii_name, name = disposition(r)
        assert how == "attachment" and name.endswith("." + ext) and ascii_name.endswith("." + ext)
        for v in params.values():
            assert v in name
        names.add(name)
        names.add(ascii_name)
    assert len(names) == 10  # no download overwrites another, in either form of its name


def test_a_download_name_is_short_and_safe_whatever_the_query(client):
    odd = '../../etc/passwd "x" <a>\\:*?|' + "执行" * 100
    how, ascii_name, name = disposition(client.get("/export.json", params={"q": odd, "strict": "1"}))
    for n in (ascii_name, name):
        assert len(n) <= 70 and not re.search(r'[/\\:*?"<>|\s]', n) and not n.startswith(".")
    other = disposition(client.get("/export.json", params={"q": odd + "工作", "strict": "1"}))
    assert other[1] != ascii_name and other[2] != name  # two long queries alike to their cut: two files


def test_the_trends_and_profile_tables_are_named_after_what_they_count(client):
    by_province = disposition(client.get("/trends.csv", params={"q": "执行", "by": "province"}))
    by_court = disposition(client.get("/trends.csv", params={"q": "执行", "by": "court"}))
    assert by_province[0] == "inline" and by_province[2] != by_court[2]
    assert "湖南" in disposition(client.get("/profile", params={"province": "湖南", "format": "csv"}))[2]


def test_the_profiles_of_trends_values_and_first_reports_count_within_their_selection(client):
    params = {"q": "执行", "by": "court_level", "province": "湖南", "every": "year"}
    trends = client.get("/trends.json", params=params).json()
    page = client.get("/trends", params=params).text
    links = profile_links(re.search(r'<ul class="legend">.*?</ul>', page, re.S).group(0))
    assert len(links) == len(trends["series"]) > 0
    for href, series in zip(links, trends["series"]):
        assert total_of(client.get(href).text) == series["total"], href
    first = client.get("/first", params={"q": "执行", "mechanism": "交叉执行"}).text
    rows = re.findall(r'<tr><th><a href="([^"]+)">.*?<a class="profile" href="([^"]+)"', first, re.S)
    assert rows
    for search, profile in rows:
        assert total_of(client.get(unescape(profile)).text) == total_of(client.get(unescape(search)).text)


# ------------------------------------------------------------------ a query of everything

@pytest.mark.parametrize("q", ["*", "*:*", "＊"])
def test_a_query_of_everything_is_named_as_all_stories_not_as_words(client, q):
    search = client.get("/", params={"q": q})
    assert heading(search.text) == "All stories" and window_title(search.text) == "Search · lawnews"
    filtered = client.get("/", params={"q": q, "province": "湖南"})
    assert heading(filtered.text) == "Stories where province is 湖南省"
    trends = client.get("/trends", params={"q": q, "by": "province"}).text
    assert "“" not in window_title(trends) and "“" not in heading(trends)
    assert "matching" not in plain(re.search(r"<caption>(.*?)</caption>", trends, re.S).group(1))
    profile = client.get("/profile", params={"q": q, "province": "湖南"}).text
    assert heading(profile) == "Profile of 湖南省 (province)"


# ------------------------------------------------------------------ the search's own choices round-trip

def nav(html: str, text: str) -> str:
    header = re.search(r"<nav aria-label=\"Views\">.*?</nav>", html, re.S).group(0)
    return next(unescape(href) for href, inner in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', header, re.S)
                if re.sub(r"<[^>]+>", "", inner) == text)


def test_a_search_reached_again_through_trends_first_and_a_profile_keeps_its_order_and_page_size(client):
    params = {"q": "执行", "province": "湖南", "sort": "date-asc", "per_page": "5", "no_question_bank": "1"}
    search = client.get("/", params=params).text
    for view in ("Trends", "First adoption"):
        there = client.get(nav(search, view)).text
        back = nav(there, "Search")
        assert dict(parse_qsl(urlsplit(back).query)) == params, view
    profile = client.get(profile_links(search)[0]).text
    assert dict(parse_qsl(urlsplit(nav(profile, "Search")).query)) == {**params, "province": "湖南省"}
    # a value a search page would refuse is not carried along
    trends = client.get("/trends", params={"q": "执行", "sort": "bogus", "per_page": "5000"}).text
    assert dict(parse_qsl(urlsplit(nav(trends, "Search")).query)) == {"q": "执行"}


# ------------------------------------------------------------------ an error naming a long value

@pytest.mark.parametrize("path, params", [
    ("/", {"q": "执行", "province": "湖" * 3000}),
    ("/", {"q": "执行", "from": "2" * 3000}),
    ("/trends", {"q": "执行", "to": "x" * 3000}),
    ("/statute", {"ref": "刑" * 3000}),
    ("/profile", {"court": "院" * 3000}),
])
def test_an_error_naming_a_long_value_shows_it_short_and_keeps_it_whole_to_correct(client, path, params):
    page = client.get(path, params=params)
    assert page.status_code == 400
    message = unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="message">(.*?)</p>', page.text, re.S).group(1)))
    assert len(message) < 600 and "…" in message, message[:200]
    name, value = next((k, v) for k, v in params.items() if len(v) == 3000)
    if path != "/statute":
        assert value in unescape(page.text)  # in the form or a chip, whole, to correct
    data = client.get(path.rstrip("/") + (".json" if path != "/" else "search.json"), params=params).json()
    assert data["error"] == message


@pytest.mark.parametrize("path, params", [("/statute", {"ref": "刑法第313条至第300条"}),
                                          ("/cited-by", {"cites": "刑法第313条至第300条"}),
                                          ("/", {"q": "执行", "cites": "刑法第313条至第300条"})])
def test_an_error_quoting_short_values_keeps_its_words_between_them_whole(client, path, params):
    """Only a long value quoted is shortened: the words between two short ones (the advice
    between the range typed and the range to type) are no quoted value, and stay."""
    page = client.get(path, params=params)
    assert page.status_code == 400
    message = unescape(re.sub(r"<[^>]+>", "", re.search(r'<p class="message">(.*?)</p>', page.text, re.S).group(1)))
    assert "'刑法第313条至第300条' names a range running backwards" in message, message
    assert "write it from its lower end ('刑法第300条至第313条')" in message and "…" not in message, message
