"""Each view of ``lawnews serve`` names the query it counts in its heading, as typed (in
traditional characters marked so), so that a page read aloud or printed says what it is of:
the search, its trends, its first reports and a profile within it alike, with results or
without.

The app runs under Starlette's TestClient over news articles written for these tests.
"""

from __future__ import annotations

import html
import re

import pytest

from support import news_index

starlette_testclient = pytest.importorskip("starlette.testclient")

NEWS = [
    {"id": "h1", "title": "青石县法院集中执行", "date": "2024-03-10", "source": "人民法院报",
     "text": "湖南省长沙市岳麓区人民法院开展集中执行行动，破解执行难，执结案件十二件。"},
    {"id": "h2", "title": "红河镇调解纠纷", "date": "2024-05-02", "source": "法治日报",
     "text": "湖南省长沙市岳麓区人民法院深入社区调解邻里纠纷，当事人当场履行。"},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    index_dir = news_index(tmp_path_factory.mktemp("web-headings"), NEWS)
    with starlette_testclient.TestClient(create_app(index_dir)) as c:
        yield c


def _heading(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)))


@pytest.mark.parametrize("path, params", [
    ("/", {}), ("/trends", {}), ("/first", {}), ("/first", {"mechanism": "集中执行"}),
    ("/profile", {"province": "湖南"}),
], ids=["search", "trends", "first", "first of a mechanism", "profile"])
@pytest.mark.parametrize("query, lang", [("执行难", "zh-Hans"), ("執行難", "zh-Hant"), ("火星月球", "zh-Hans")],
                         ids=["matching", "traditional", "none matching"])
def test_the_heading_names_the_query(client, path, params, query, lang):
    page = client.get(path, params={**params, "q": query})
    assert page.status_code == 200
    assert f"“{query}”" in _heading(page.text)
    assert f'“<span lang="{lang}">{query}</span>”' in page.text
