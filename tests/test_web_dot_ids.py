"""Every article id has a page in the web app: an id ``.`` or ``..`` (which a browser
would fold away as a dot segment of ``/article/…``) is linked as ``/article?id=…``."""

from __future__ import annotations

import json
import re

import pytest

import lawnews
from lawnews.web.params import article_url

starlette_testclient = pytest.importorskip("starlette.testclient")


def test_dot_ids_are_linked_by_query_string():
    assert article_url("..") == "/article?id=.." and article_url(".") == "/article?id=."
    assert article_url("a/..") == "/article/a%2F.." and article_url("t01") == "/article/t01"


def test_dot_ids_open_and_a_missing_id_is_a_clear_error(tmp_path):
    from lawnews.web import create_app

    src = tmp_path / "dots.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "title": f"编号{n}", "text": "法院组织交叉执行。"}, ensure_ascii=False)
                             for n, i in enumerate(("..", "."), 1)), encoding="utf-8")
    lawnews.build_index([src], tmp_path / "index", rebuild=True)
    with starlette_testclient.TestClient(create_app(tmp_path / "index", workers=1), raise_server_exceptions=False) as c:
        page = c.get("/", params={"q": "交叉执行"}).text
        assert 'href="/article?id=.."' in page and 'href="/article?id=."' in page
        for n, i in enumerate(("..", "."), 1):
            assert c.get("/article", params={"id": i, "format": "json"}).json()["title"] == f"编号{n}"
            assert re.search(f"<h1[^>]*>编号{n}", c.get("/article", params={"id": i}).text)
        missing = c.get("/article")
        assert missing.status_code == 400 and "article id" in missing.text


def test_an_id_holding_a_line_break_is_linked_by_query_string_and_opens(tmp_path):
    from lawnews.web import create_app

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "执行\n报道.txt").write_text("某市法院开展执行\n\n某市中级人民法院组织交叉执行，执结案件多件。\n", encoding="utf-8")
    lawnews.build_index([folder], tmp_path / "index")
    with starlette_testclient.TestClient(create_app(tmp_path / "index", workers=1)) as c:
        page = c.get("/", params={"q": "交叉执行"}).text
        link = re.search(r'<h3><a href="([^"]*)"', page).group(1)
        assert link == "/article?id=%E6%89%A7%E8%A1%8C%0A%E6%8A%A5%E9%81%93%231"
        opened = c.get(link.replace("&amp;", "&"))
        assert opened.status_code == 200 and re.search("<h1[^>]*>某市法院开展执行", opened.text)
