"""A profile page of ``lawnews serve``, of any kind of subject (a court, a region, a
mechanism, a source, a law or one of its articles), leads nowhere broken: every link on
it opens a page (its trends among them, counted by what trends can count by).

The app runs under Starlette's TestClient over an index of news articles and one statute
article written for these tests.
"""

from __future__ import annotations

import html
import re

import pytest

from support import news_with_statutes

starlette_testclient = pytest.importorskip("starlette.testclient")

LAW = "中华人民共和国刑法"
STATUTES = [{"id": "P1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"}]
NEWS = [
    {"id": "p1", "title": "荆州中院集中执行", "date": "2018-06-10", "source": "人民法院报",
     "text": "湖北省荆州市中级人民法院开展集中执行行动，依照刑法第313条追究一名被执行人的刑事责任。"},
    {"id": "p2", "title": "荆州中院拒执案宣判", "date": "2020-09-01", "source": "法治日报",
     "text": "湖北省荆州市中级人民法院依照刑法第313条判处被告人有期徒刑一年，集中执行行动继续推进。"},
    {"id": "p3", "title": "荆州中院执行回访", "date": "2024-02-20", "source": "人民法院报",
     "text": "湖北省荆州市中级人民法院回访集中执行案件当事人，依照刑法第313条惩处拒执行为。"},
]

SUBJECTS = [("court", "荆州中院"), ("province", "湖北"), ("mechanism", "集中执行"), ("source", "人民法院报"),
            ("court_level", "中级"), ("statute", "刑法"), ("cites", "刑法第313条")]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    tmp = tmp_path_factory.mktemp("web-profiles")
    index = news_with_statutes(tmp, STATUTES, NEWS)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(tmp / "statutes.sqlite"))
        with starlette_testclient.TestClient(create_app(index), raise_server_exceptions=False) as c:
            yield c


def _links(page: str) -> list[str]:
    """The addresses of this app a page links (its stylesheet and icon aside)."""
    found = (html.unescape(m) for m in re.findall(r'href="(/[^"]*)"', page))
    return sorted({link.partition("#")[0] for link in found if not link.startswith("/static/")})


@pytest.mark.parametrize("kind, subject", SUBJECTS, ids=[k for k, _ in SUBJECTS])
def test_every_link_of_a_profile_opens_a_page(client, kind, subject):
    r = client.get("/profile", params={kind: subject})
    assert r.status_code == 200, r.text[:300]
    broken = [(link, status) for link in _links(r.text) if (status := client.get(link).status_code) >= 400]
    assert not broken


@pytest.mark.parametrize("kind, subject", [("statute", "刑法"), ("cites", "刑法第313条")], ids=["statute", "cites"])
def test_the_trends_of_a_law_or_an_article_cited_count_its_stories(client, kind, subject):
    page = client.get("/profile", params={kind: subject}).text
    trends = re.search(r'<a href="(/trends[^"]*)">trends</a>', page).group(1)
    r = client.get(html.unescape(trends) + "&format=json")
    assert r.status_code == 200 and r.json()["total"] == client.get("/profile.json", params={kind: subject}).json()["total"]
