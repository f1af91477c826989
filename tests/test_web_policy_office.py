"""``lawnews serve`` as a provincial high court's policy office uses it for a briefing: which
courts took up 交叉执行, 执转破 and 诉源治理 and when, the articles and the statutes they cite,
links sent to a colleague and downloads of what a page shows; addresses gone stale or typed
wrong get a page that says what to do. Plain HTTP (Starlette's TestClient, in-process) over
the small index of :mod:`office_index`.
"""

from __future__ import annotations

import csv
import io
import re
from html import unescape

import pytest

import lawnews
from office_index import LEAD_ID, build_office_index

starlette_testclient = pytest.importorskip("starlette.testclient")


@pytest.fixture(scope="module")
def office_index(tmp_path_factory):
    return build_office_index(tmp_path_factory.mktemp("office"))


@pytest.fixture(scope="module")
def client(office_index):
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(office_index), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture()
def ix(office_index):
    with lawnews.NewsIndex.open(office_index) as opened:
        yield opened


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


# ------------------------------------------------------------------ the JSON of one page

@pytest.mark.parametrize("path, params", [("/", {"q": "*", "format": "json"}), ("/search.json", {"q": "*"}),
                                          ("/cited-by", {"cites": "刑法第313条", "all_copies": "1", "format": "json"}),
                                          ("/cited-by.json", {"cites": "刑法第313条", "all_copies": "1"})])
def test_the_json_of_a_page_says_which_page_it_is_of_how_many(client, path, params):
    shown = client.get(path, params={**params, "per_page": "1", "page": "2"})
    assert shown.status_code == 200
    data = shown.json()
    assert (data["page"], data["per_page"], data["pages"]) == (2, 1, data["total"]) and len(data["hits"]) == 1
    past = client.get(path, params={**params, "per_page": "1", "page": "99"}).json()  # its total and no hits
    assert (past["page"], past["pages"], past["total"], past["hits"]) == (99, data["total"], data["total"], [])


# ------------------------------------------------------------------ what a label counts

def test_counting_every_copy_the_trends_and_profile_labels_say_articles(client):
    trends = plain(client.get("/trends", params={"q": "交叉执行", "by": "city", "every": "year", "all_copies": "1"}).text)
    assert "an article with several values counts in each" in trends and "a article" not in trends
    one_a_story = plain(client.get("/trends", params={"q": "交叉执行", "by": "city", "every": "year"}).text)
    assert "a story with several values counts in each" in one_a_story
    page = client.get("/profile", params={"court": "长沙中院", "q": "交叉执行", "all_copies": "1"}).text
    heading = plain(re.search(r"<h1.*?</h1>", page, re.S).group(0))
    assert "in the articles matching “ 交叉执行 ”" in heading
    assert "within the articles matching" in plain(page) and 'placeholder="every article"' in page
    assert "stories matching" not in plain(page)
    stories = client.get("/profile", params={"court": "长沙中院", "q": "交叉执行"}).text
    assert "within the stories matching" in plain(stories) and 'placeholder="every story"' in stories


# ------------------------------------------------------------------ an article gone or cut short

def test_an_article_address_cut_at_its_hash_links_the_article_and_offers_the_search(client):
    # a page's article is pages/hn-gaoyuan#1: an address copied as /article/pages/hn-gaoyuan lost its #1
    page = client.get("/article/pages/hn-gaoyuan")
    assert page.status_code == 404 and title(page.text).startswith("No such article")
    offered = re.search(r'<p class="offered" id="offered-articles">(.*?)</p>', page.text, re.S).group(1)
    links = [unescape(h) for h in re.findall(r'href="([^"]+)"', offered)]
    assert links == ["/article/pages%2Fhn-gaoyuan%231"]
    assert client.get(links[0]).status_code == 200
    assert client.get(links[0]).text.count("湖南高院部署交叉执行工作") >= 1
    # the advice says to search for words of its title: the search box is there to do it
    form = re.search(r'<form class="query" method="get" action="/".*?</form>', page.text, re.S)
    assert form and 'name="q"' in form.group(0)


def test_an_article_gone_after_a_rebuild_offers_the_search_box(client):
    page = client.get("/article/office/left-the-index")
    assert page.status_code == 404
    assert 'id="offered-articles"' not in page.text
    assert re.search(r'<form class="query" method="get" action="/"', page.text)
    assert client.get("/article/office/left-the-index", params={"format": "json"}).json()["title"] == "No such article"


# ------------------------------------------------------------------ a link to a view that is empty now

def test_a_link_to_page_3_of_a_search_that_finds_nothing_now_is_not_titled_page_3(client):
    # sent before a rebuild: page 3 of the court's stories; the court has none in this index
    page = client.get("/", params={"q": "交叉执行", "court": "武汉中院", "from": "2030", "page": "3"})
    assert page.status_code == 200
    assert title(page.text) == "交叉执行, 武汉市中级人民法院, 2030–… · lawnews"
    assert "No results for “ 交叉执行 ” from 2030 where court is 武汉市中级人民法院" in plain(page.text)
    widen = [unescape(h) for h in re.findall(r'class="widen" href="([^"]+)"', page.text)]
    assert widen and all("page=" not in h for h in widen)  # widened, it starts at page 1
    found = client.get("/", params={"q": "执转破", "court": "武汉中院", "page": "2", "per_page": "1"})
    assert title(found.text).endswith(", page 2 · lawnews")  # a page that has hits keeps its number


# ------------------------------------------------------------------ downloading the articles citing a statute

def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.mark.parametrize("params", [{"cites": "刑法第313条"}, {"cites": "刑法第313条", "all_copies": "1", "sort": "date-asc"},
                                    {"cites": "民事诉讼法"}])
def test_the_articles_citing_a_statute_download_as_the_list_pages_through_them(client, params):
    page = client.get("/cited-by", params={**params, "per_page": "1"})
    total = int(re.search(r'data-total="(\d+)"', page.text).group(1))
    listed = []
    for n in range(1, total + 1):
        listed += [h["article_id"] for h in client.get("/cited-by", params={**params, "per_page": "1", "page": str(n),
                                                                            "format": "json"}).json()["hits"]]
    links = {k: unescape(h) for k, h in re.findall(r'<a class="(export-csv|export-json)" href="([^"]+)"', page.text)}
    assert set(links) == {"export-csv", "export-json"}
    unit = ("article" if params.get("all_copies") else "story") if total == 1 else (
        "articles" if params.get("all_copies") else "stories")
    assert f"Download {'this' if total == 1 else 'these'} {total} {unit}, every page" in plain(page.text)
    downloaded = client.get(links["export-json"]).json()
    assert [h["article_id"] for h in downloaded["hits"]] == listed and downloaded["total"] == total
    rows = rows_of(client.get(links["export-csv"]).text)
    assert len(rows) == total + 1


# ------------------------------------------------------------------ the articles citing a statute, narrowed

def test_the_articles_citing_a_statute_keep_the_dates_and_filters_of_their_address(client, ix):
    everything = client.get("/cited-by", params={"cites": "刑法第313条", "all_copies": "1"})
    assert 'data-total="2"' in everything.text  # the story and its repost
    narrowed = client.get("/cited-by", params={"cites": "刑法第313条", "all_copies": "1", "from": "2023-04-14",
                                                "province": "湖南"})
    assert narrowed.status_code == 200
    assert 'data-total="1"' in narrowed.text
    assert ix.cited_by("刑法第313条", all_copies=True, start="2023-04-14", province="湖南").total == 1
    heading = plain(re.search(r"<h1.*?</h1>", narrowed.text, re.S).group(0))
    assert heading == "Articles from 2023-04-14 where province is 湖南省 citing 中华人民共和国刑法 第三百一十三条"
    widen = unescape(re.search(r'<a class="widen" href="([^"]+)"', narrowed.text).group(1))
    assert "from=" not in widen and "province=" not in widen and "cites=" in widen
    assert 'data-total="2"' in client.get(widen).text
    json_total = client.get("/cited-by.json", params={"cites": "刑法第313条", "all_copies": "1", "from": "2023-04-14",
                                                      "province": "湖南"}).json()["total"]
    exported = unescape(re.search(r'<a class="export-json" href="([^"]+)"', narrowed.text).group(1))
    assert json_total == client.get(exported).json()["total"] == 1
    nothing = client.get("/cited-by", params={"cites": "刑法第313条", "province": "江苏"})
    assert "No article where province is 江苏省 in this index cites" in plain(nothing.text)
    backwards = client.get("/cited-by", params={"cites": "刑法第313条", "from": "2024", "to": "2023"})
    assert backwards.status_code == 400 and title(backwards.text).startswith("The dates hold no day")
    # the page says to correct from or to below: the form holds them as typed, the filter kept
    form = re.search(r'<form class="query" method="get" action="/cited-by".*?</form>', backwards.text, re.S).group(0)
    assert re.search(r'name="from" value="2024"[^>]*aria-invalid="true"', form) and 'name="to" value="2023"' in form
    narrowed_error = client.get("/cited-by", params={"cites": "刑法第313条", "province": "湖南", "from": "2024-13"})
    assert '<input type="hidden" name="province" value="湖南">' in narrowed_error.text


def test_the_window_title_of_a_narrowed_cited_by_list_names_its_filters_and_dates(client):
    whole = client.get("/cited-by", params={"cites": "刑法第313条", "all_copies": "1"})
    narrowed = client.get("/cited-by", params={"cites": "刑法第313条", "all_copies": "1", "from": "2023-04-14",
                                                "province": "湖南"})
    assert title(whole.text) == "Citing 中华人民共和国刑法 第三百一十三条 · lawnews"
    assert title(narrowed.text) == "Citing 中华人民共和国刑法 第三百一十三条: 湖南省, 2023-04-14–… · lawnews"
    ended = client.get("/cited-by", params={"cites": "刑法第313条", "to": "2023-12"})
    assert title(ended.text) == "Citing 中华人民共和国刑法 第三百一十三条: …–2023-12 · lawnews"


def test_a_link_to_page_2_of_a_cited_by_list_that_is_empty_now_is_not_titled_page_2(client):
    page = client.get("/cited-by", params={"cites": "刑法第313条", "province": "江苏", "page": "2"})
    assert page.status_code == 200
    assert title(page.text) == "Citing 中华人民共和国刑法 第三百一十三条: 江苏省 · lawnews"
    shown = client.get("/cited-by", params={"cites": "刑法第313条", "all_copies": "1", "per_page": "1", "page": "2"})
    assert title(shown.text).endswith(", page 2 · lawnews")
