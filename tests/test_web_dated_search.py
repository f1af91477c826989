"""A search narrowed to dates (``from``, ``to``) over HTTP: its heading and window title
say the dates, as they say its filters, so that a dated search is not read (or
bookmarked, or found again in the history) as the whole of it; and a mistake in its query
is named as it was typed, at its position, not in the brackets the dates put it in.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


def window_title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def heading(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1))).split())


@pytest.mark.parametrize("params, title, said", [
    ({"q": "执行", "province": "湖南", "from": "2024-01", "to": "2024-06"},
     "执行, 湖南省, 2024-01–2024-06 · lawnews", "Stories matching “执行” from 2024-01 to 2024-06 where province is 湖南省"),
    ({"q": "执行", "from": "2024"}, "执行, 2024–… · lawnews", "Stories matching “执行” from 2024"),
    ({"to": "2024-06"}, "Search, …–2024-06 · lawnews", "Stories to 2024-06"),
    ({"province": "湖南", "from": "2024"}, "Search, 湖南省, 2024–… · lawnews", "Stories from 2024 where province is 湖南省"),
])
def test_a_dated_search_says_its_dates_in_its_heading_and_window_title(client, params, title, said):
    page = client.get("/", params=params)
    assert page.status_code == 200 and 'data-total="0"' not in page.text
    assert window_title(page.text) == title
    assert heading(page.text) == said


def test_the_same_search_without_dates_is_told_apart(client):
    dated = client.get("/", params={"q": "执行", "from": "2024-01", "to": "2024-06"}).text
    whole = client.get("/", params={"q": "执行"}).text
    assert window_title(dated) != window_title(whole) and heading(dated) != heading(whole)
    assert heading(whole) == "Stories matching “执行”" and window_title(whole) == "执行 · lawnews"


@pytest.mark.parametrize("q", ['"执行', "(执行", "执行)", "执行 AND"])
def test_a_mistake_in_a_dated_query_is_named_as_typed(client, q):
    undated = client.get("/", params={"q": q, "format": "json"})
    dated = client.get("/", params={"q": q, "from": "2024", "format": "json"})
    assert undated.status_code == dated.status_code == 400
    assert dated.json()["error"] == undated.json()["error"]
    page = client.get("/", params={"q": q, "from": "2024"})
    assert page.status_code == 400 and "date:[2024 TO *]" not in unescape(page.text)
