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
