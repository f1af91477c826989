"""``lawnews serve`` as a court's research office uses it for a report on 执行联动 and 终本
across provinces: a download link that fails, a page past the last, a law given as the
filter of trends and first reports, odd values in the address and the fields.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)

#: What a browser sends when a link is followed (Chromium's Accept of a document).
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"}


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def field(html: str, name: str) -> "str | None":
    m = re.search(r'<input[^>]* name="%s" value="([^"]*)"' % re.escape(name), html)
    return unescape(m.group(1)) if m else None


# ------------------------------------------------------------------ a download link that fails

@pytest.mark.parametrize("path, params, form", [
    ("/export.csv", {"q": "(执行", "province": "湖南"}, "/"),
    ("/export.csv", {"q": "执行", "from": "2024-13"}, "/"),
    ("/trends.csv", {"q": "(执行", "by": "province"}, "/trends"),
    ("/first.csv", {"q": "执行", "from": "2024-13"}, "/first"),
    ("/trends", {"q": "(执行", "format": "csv"}, "/trends"),
])
def test_a_failing_csv_link_opened_in_a_browser_gives_the_error_page_with_the_form_to_correct(client, path, params, form):
    r = client.get(path, params=params, headers=BROWSER)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "content-disposition" not in r.headers  # a page to read, not a file to save
    text = plain(r.text)
    assert "Error 400" in text and ("unclosed" in text or "from must be a date" in text)
    assert f'action="{form}"' in r.text and field(r.text, "q") == params["q"]


def test_a_failing_csv_link_fetched_by_a_program_gives_one_line_of_text(client):
    r = client.get("/export.csv", params={"q": "执行", "from": "2024-13"}, headers={"Accept": "text/csv"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    assert r.text.startswith("Error: from must be a date") and r.text.count("\n") == 1


def test_a_failing_json_download_stays_json(client):
    r = client.get("/export.json", params={"q": "(执行"}, headers=BROWSER)
    assert r.status_code == 400 and r.json()["error"].startswith("query syntax")


def test_the_filters_on_a_failing_download_page_are_removed_on_the_search_page(client):
    r = client.get("/export.csv", params={"q": "(执行", "province": "湖南"}, headers=BROWSER)
    chips = re.findall(r'<a class="chip" href="([^"]+)"', r.text)
    assert chips and all(unescape(href).startswith("/?") for href in chips)
