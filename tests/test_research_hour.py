"""A researcher's questions asked every way the tool offers: which articles cite a
statute article, through the web app's pages and its JSON twins, and from a text
passed to ``tag``. The articles are written for these tests.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest

import lawnews
from lawnews.cli import cli
from click.testing import CliRunner

_CITING = [
    ("r01", "荆州中院开展交叉执行", "湖北省荆州市中级人民法院开展交叉执行，依照《中华人民共和国民事诉讼法》第二百五十二条查封财产。", "2023-03-05"),
    ("r02", "长沙中院推行交叉执行", "湖南省长沙市中级人民法院推行交叉执行，依据民事诉讼法第252条查封被执行人房产。", "2023-06-12"),
    ("r03", "深圳中院交叉执行", "广东省深圳市中级人民法院交叉执行，援引《民诉法》第二百五十二条规定。", "2024-01-15"),
]
_OTHER = [
    ("r04", "济南法院打击拒执罪", "山东省济南市中级人民法院开展执行攻坚，依照《刑法》第三百一十三条追究刑事责任。", "2024-10-02"),
    ("r05", "郑州法院执行攻坚", "河南省郑州市中级人民法院开展执行攻坚行动，执行到位金额三千万元。", "2024-05-01"),
]


def _records():
    return [{"id": i, "title": t, "text": x, "date": d, "source": "法治日报"} for i, t, x, d in _CITING + _OTHER]


@pytest.fixture(scope="module")
def research_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("research")
    (folder / "news").mkdir()
    with open(folder / "news" / "articles.jsonl", "w", encoding="utf-8") as f:
        for r in _records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lawnews.build_index(folder / "news", folder / "ix")
    return folder / "ix"


@pytest.fixture(scope="module")
def client(research_index):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(research_index), raise_server_exceptions=False) as c:
        yield c


CITES = "民事诉讼法第二百五十二条"


def test_the_web_search_takes_the_cites_and_statute_filters_of_the_command_line(client, research_index):
    with lawnews.NewsIndex.open(research_index) as ix:
        expected = {h.article_id for h in ix.search("执行", cites=CITES, limit=50).hits}
        by_law = ix.search("执行", statute="刑法").total
    assert expected == {i for i, *_ in _CITING}
    got = client.get("/search.json", params={"q": "执行", "cites": CITES}).json()
    assert {h["article_id"] for h in got["hits"]} == expected
    assert got["total"] == len(expected)
    assert client.get("/search.json", params={"q": "执行", "statute": "刑法"}).json()["total"] == by_law == 1


def test_the_web_trends_and_first_reports_count_only_the_articles_citing_the_statute(client):
    trends = client.get("/trends.json", params={"cites": CITES, "by": "province", "every": "year"}).json()
    assert trends["total"] == len(_CITING)
    first = client.get("/first.json", params={"cites": CITES}).json()
    assert {r["value"] for r in first["rows"]} == {"湖北省", "湖南省", "广东省"}


def test_the_web_sidebar_lists_the_laws_cited_with_their_counts(client):
    page = client.get("/", params={"q": "执行"}).text
    assert "Law cited" in page
    assert "statute=%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%B0%91%E4%BA%8B" in page


@pytest.mark.parametrize("text", [i[2] for i in _CITING] + ["依照《刑法》第三百一十三条追究刑事责任"])
def test_tag_gives_the_statutes_a_text_cites_as_indexing_finds_them(tmp_path, text):
    page = tmp_path / "one.jsonl"
    page.write_text(json.dumps({"id": "t", "title": "执行", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = lawnews.parse(page)
    assert article.tags.cites
    about = lawnews.tag(text).about
    assert about.cites == article.tags.cites and about.statutes == article.tags.statutes
    printed = json.loads(CliRunner().invoke(cli, ["tag", text]).output)
    assert printed["about"]["cites"] == list(article.tags.cites)


@pytest.mark.parametrize("clause, law", [
    ('statute:不存在法', "不存在法"),
    ('cites:"不存在法第1条"', "不存在法"),
])
def test_a_query_clause_naming_an_unknown_law_is_the_error_the_filter_gives(research_index, clause, law):
    with lawnews.NewsIndex.open(research_index) as ix:
        with pytest.raises(lawnews.UnknownFacetError) as filtered:
            ix.search("执行", cites=law + "第1条")
        with pytest.raises(lawnews.UnknownFacetError) as queried:
            ix.search(f"执行 {clause}")
        with pytest.raises(lawnews.UnknownFacetError):
            ix.trends(clause)
    assert str(queried.value) == str(filtered.value)
    assert repr(law) in str(queried.value)


def test_a_version_typed_without_a_statute_collection_is_the_same_error_in_the_query_and_the_filter(research_index):
    typed = "民事诉讼法（2023年修正）第二百五十二条"
    with lawnews.NewsIndex.open(research_index) as ix:
        with pytest.raises(lawnews.UnknownFacetError) as filtered:
            ix.search("执行", cites=typed)
        with pytest.raises(lawnews.UnknownFacetError) as queried:
            ix.search(f'执行 cites:"{typed}"')
        with pytest.raises(lawnews.UnknownFacetError):
            ix.trends(f'cites:"{typed}"')
    assert str(queried.value) == str(filtered.value)
    assert "中华人民共和国民事诉讼法 第二百五十二条 is named with its version (2023)" in str(queried.value)


def test_a_query_clause_naming_a_known_law_no_article_cites_finds_nothing_without_error(research_index):
    with lawnews.NewsIndex.open(research_index) as ix:
        assert ix.search("执行 statute:公司法").total == 0
        assert ix.search('执行 cites:"刑法第1条"').total == 0
        assert ix.search('cites:"民诉法第252条"').total == len(_CITING)


def _sidebar(page: str) -> list[tuple[str, bool, str, int]]:
    """``(value, chosen, link, count)`` of every facet value the sidebar shows."""
    return [(html.unescape(v), "fv on" in cls, html.unescape(href), int(n)) for cls, href, v, n in re.findall(
        r'<a class="(fv[^"]*)" href="([^"]*)"[^>]*>.*?<span class="v">([^<]*)</span> <span class="n">(\d+)</span>', page)]


@pytest.mark.parametrize("facet, typed, indexed", [
    ("province", "湖北", "湖北省"), ("court", "荆州中院", "荆州市中级人民法院"), ("city", "荆州", "荆州市"),
    ("cites", "民诉法第252条", "中华人民共和国民事诉讼法 第二百五十二条"),
])
def test_a_filter_typed_in_a_short_form_shows_in_the_sidebar_as_its_indexed_value_with_its_count(
        client, facet, typed, indexed):
    results = client.get("/search.json", params={"q": "执行", facet: typed}).json()
    values = _sidebar(client.get("/", params={"q": "执行", facet: typed}).text)
    shown = [v for v in values if v[0] in (typed, indexed)]
    assert [(v, on) for v, on, _link, _n in shown] == [(indexed, True)]
    count = shown[0][3]
    assert count == results["facets"][facet][indexed] == results["total"]
    assert facet not in parse_qs(urlsplit(shown[0][2]).query)  # clicking it removes the filter


def test_a_province_typed_in_a_short_form_drills_down_to_its_cities(client):
    values = _sidebar(client.get("/", params={"q": "执行", "province": "湖北"}).text)
    assert ("荆州市", False) in [(v, on) for v, on, _link, _n in values]
