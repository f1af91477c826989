"""How ``lawnews serve`` reads the parameters of an address, the same on every page and
its JSON or CSV twin: a ``format`` the address does not give is a 400 naming it, wherever
it is asked.

The app runs under Starlette's TestClient over an index of a few news articles and one
statute article written for these tests.
"""

from __future__ import annotations

import html
import re

import pytest

from support import news_with_statutes

starlette_testclient = pytest.importorskip("starlette.testclient")

LAW = "中华人民共和国刑法"
STATUTES = [{"id": "T1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"}]
NEWS = [
    {"id": "a1", "title": "青石县法院集中执行", "date": "2024-03-10", "source": "人民法院报",
     "text": "湖南省青石县人民法院开展集中执行行动，依照刑法第313条追究一名被执行人的刑事责任。"},
    {"id": "a2", "title": "白水县法院网络拍卖", "date": "2024-04-12", "source": "法治日报",
     "text": "湖北省白水县人民法院通过网络拍卖处置被执行人房产，执行到位金额八十余万元。"},
    {"id": "a3", "title": "红河镇调解纠纷", "date": "2023-11-02", "source": "人民法院报",
     "text": "湖南省某法庭深入红河镇调解邻里纠纷，当事人当场履行，案件执行完毕。"},
]

QUERY = "执行"
CITES = "刑法第313条"

#: Every address of the app and the parameters that make it answer.
ADDRESSES = [
    ("/", {"q": QUERY}), ("/search.json", {"q": QUERY}), ("/export.csv", {"q": QUERY}),
    ("/export.json", {"q": QUERY}), ("/article/a1", {}), ("/article", {"id": "a1"}),
    ("/trends", {"q": QUERY}), ("/trends.json", {"q": QUERY}), ("/trends.csv", {"q": QUERY}),
    ("/first", {"q": QUERY}), ("/first.json", {"q": QUERY}), ("/first.csv", {"q": QUERY}),
    ("/profile", {"province": "湖南"}), ("/profile.json", {"province": "湖南"}),
    ("/cited-by", {"cites": CITES}), ("/cited-by.json", {"cites": CITES}),
    ("/statute", {"ref": CITES}), ("/statute.json", {"ref": CITES}),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    tmp = tmp_path_factory.mktemp("web-parameters")
    index = news_with_statutes(tmp, STATUTES, NEWS)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(tmp / "statutes.sqlite"))
        with starlette_testclient.TestClient(create_app(index), raise_server_exceptions=False) as c:
            yield c


def _error(r) -> str:
    """The message of an error answer, in whichever form it came (JSON, text or a page)."""
    if r.headers["content-type"].startswith("application/json"):
        return r.json()["error"]
    return html.unescape(re.sub(r"<[^>]+>", "", r.text))


@pytest.mark.parametrize("path, params", ADDRESSES, ids=[p for p, _ in ADDRESSES])
def test_every_address_answers_without_a_format(client, path, params):
    assert client.get(path, params=params).status_code == 200


@pytest.mark.parametrize("path, params", ADDRESSES, ids=[p for p, _ in ADDRESSES])
def test_a_format_no_address_gives_is_a_400_naming_it_on_every_address(client, path, params):
    r = client.get(path, params={**params, "format": "xml"})
    assert r.status_code == 400, (path, r.text[:200])
    assert "format must be one of" in _error(r) and "'xml'" in _error(r)


@pytest.mark.parametrize("path, params, wrong", [
    ("/search.json", {"q": QUERY}, "csv"), ("/export.json", {"q": QUERY}, "html"),
    ("/trends.csv", {"q": QUERY}, "json"), ("/cited-by.json", {"cites": CITES}, "csv"),
    ("/article/a1", {}, "csv"),
], ids=["search.json csv", "export.json html", "trends.csv json", "cited-by.json csv", "article csv"])
def test_a_twin_refuses_a_format_other_than_its_own(client, path, params, wrong):
    r = client.get(path, params={**params, "format": wrong})
    assert r.status_code == 400 and f"'{wrong}'" in _error(r)


def test_a_twin_takes_its_own_format_named(client):
    assert client.get("/search.json", params={"q": QUERY, "format": "json"}).json()["total"] == 3
    assert client.get("/trends.csv", params={"q": QUERY, "format": "csv"}).status_code == 200
