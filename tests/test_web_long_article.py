"""An article's page in ``lawnews serve`` when the article is long: its statute citations and
the copies of its story, listed under the whole text, are reached from its top (the app runs
under Starlette's TestClient over an index of articles written for this test)."""

from __future__ import annotations

import re

import pytest

import lawnews

starlette_testclient = pytest.importorskip("starlette.testclient")

_PARAGRAPH = ("某县人民法院执行局依法对被执行人名下房产开展网络司法拍卖，竞买人踊跃参与，"
              "最终成交价款全部发放给申请执行人，切实兑现胜诉权益。\n")
_LONG = ("某县法院司法拍卖助力执行攻坚\n发布时间：2024-05-10\n"
         + _PARAGRAPH * 60
         + "法院依照《中华人民共和国民事诉讼法》第二百四十八条、第二百五十五条的规定，"
           "对拒不履行的被执行人依照《中华人民共和国刑法》第三百一十三条追究刑事责任。\n")
_SHORT = "某县法院召开执行工作会议\n发布时间：2024-06-10\n" + _PARAGRAPH * 3


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    root = tmp_path_factory.mktemp("long-article")
    for folder in ("a", "b"):
        (root / folder).mkdir()
        (root / folder / "long.txt").write_text(_LONG, encoding="utf-8")  # one story, two copies
    (root / "a" / "short.txt").write_text(_SHORT, encoding="utf-8")
    lawnews.build_index([root / "a", root / "b"], root / "ix")
    with lawnews.NewsIndex.open(root / "ix") as ix:
        ids = {a.title: a.id for a in ix.articles()}
    with starlette_testclient.TestClient(create_app(root / "ix"), raise_server_exceptions=False) as c:
        c.ids = ids
        yield c


def test_a_long_articles_citations_and_copies_are_linked_from_its_top(client):
    article_id = sorted(v for k, v in client.ids.items() if "司法拍卖" in k)[0]
    page = client.get("/article", params={"id": article_id}).text
    jump = re.search(r'<p class="jump">(.*?)</p>', page, re.S)
    assert jump, "no links to what follows the text"
    links = dict((h, re.sub(r"<[^>]+>", "", t)) for h, t in re.findall(r'<a href="([^"]*)">(.*?)</a>', jump.group(1)))
    cited = len(re.findall(r'<span class="cited"', page))
    assert cited >= 2 and links["#citations"] == f"{cited} statute citations ↓"
    assert links["#copies"] == "2 copies of this story ↓"
    assert page.index('<p class="jump">') < page.index('<section class="section"')
    assert '<section class="citations" id="citations">' in page and '<section class="copies" id="copies">' in page


def test_an_article_without_citations_or_copies_has_no_such_links(client):
    page = client.get("/article", params={"id": client.ids["某县法院召开执行工作会议"]}).text
    assert '<p class="jump">' not in page
