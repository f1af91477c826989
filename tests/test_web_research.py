"""The web app used as a researcher uses it, over a small index of articles
written for these tests (HTTP through Starlette's TestClient)."""

from __future__ import annotations

import html
import json
import re

import pytest

import lawnews

starlette_testclient = pytest.importorskip("starlette.testclient")

ARTICLES = [
    {"id": "w1", "title": "长沙中院集中执行", "date": "2024-03-05", "source": "人民法院报",
     "text": "长沙市中级人民法院开展集中执行行动，执结案件一百件。"},
    {"id": "w2", "title": "荆州中院交叉执行", "date": "2023-06-01",
     "text": "荆州市中级人民法院组织交叉执行，执行到位金额两千万元。"},
]


@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web-research")
    records = folder / "news.jsonl"
    records.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    lawnews.build_index([records], folder / "index", rebuild=True)
    return folder / "index"


@pytest.fixture(scope="module")
def client(web_index):
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(web_index, workers=1), raise_server_exceptions=False) as c:
        yield c


def message(response) -> str:
    return html.unescape(re.search(r'<p class="message">(.*?)</p>', response.text, re.S).group(1))


@pytest.mark.parametrize("params, named", [
    ({"q": "执行", "from": "2024-13"}, "from must be a date"),
    ({"q": "执行", "to": "2024 TO 2025"}, "to must be a date"),
    ({"q": "执行", "from": "2024", "to": "2023"}, "from 2024 comes after to 2023"),
])
def test_a_bad_date_range_names_the_field_not_a_query_the_user_never_typed(client, params, named):
    r = client.get("/", params=params)
    assert r.status_code == 400
    assert message(r).startswith(named) and "date:[" not in message(r)


def test_a_good_date_range_still_narrows_the_hits(client):
    r = client.get("/", params={"q": "执行", "from": "2024-01", "to": "2024-12", "format": "json"})
    assert r.status_code == 200 and [h["article_id"] for h in r.json()["hits"]] == ["w1"]
