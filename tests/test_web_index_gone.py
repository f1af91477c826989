"""An index deleted or moved while it is open: the library says so in words for code
(reopen it where it is now); the web app, in the one place errors become messages, tells
a browser user what to do on the server (the path, the ``lawnews index`` and ``lawnews
serve`` commands) and to reload."""

from __future__ import annotations

import shutil

import pytest

import lawnews
from lawnews import errors

ARTICLE = {"id": "a", "title": "法院执行通报", "text": "县法院开展集中执行行动。", "date": "2024-01-01"}


@pytest.fixture()
def index_dir(tmp_path):
    with lawnews.NewsIndex.create(tmp_path / "index") as ix:
        ix.add_articles([ARTICLE])
    return tmp_path / "index"


def test_the_library_says_the_index_is_gone_in_words_for_code(index_dir, tmp_path):
    with lawnews.NewsIndex.open(index_dir, long_running=True) as ix:
        assert ix.search("执行").total == 1
        shutil.move(index_dir, tmp_path / "moved")
        with pytest.raises(lawnews.IndexNotFoundError) as caught:
            ix.search("执行")
    assert isinstance(caught.value, errors.IndexGoneError) and caught.value.path == str(index_dir)
    assert "open it again where it is now" in errors.message(caught.value)
    web = errors.message(caught.value, web=True)
    assert "open it again" not in web and str(index_dir) in web
    assert "lawnews index" in web and "lawnews serve" in web and "reload" in web


def test_the_web_page_for_an_index_gone_while_serving_says_what_to_do(index_dir, tmp_path):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(index_dir, workers=1), raise_server_exceptions=False) as client:
        assert client.get("/", params={"q": "执行", "format": "json"}).json()["total"] == 1
        shutil.move(index_dir, tmp_path / "moved")
        answer = client.get("/", params={"q": "执行", "format": "json"})
        assert answer.status_code == 503
        said = answer.json()["error"]
        assert str(index_dir) in said and "lawnews index" in said and "reload" in said
        assert "open it again" not in said
        page = client.get("/", params={"q": "执行"})
        assert page.status_code == 503 and "reload this page" in page.text and "open it again" not in page.text
