"""``lawnews serve`` as a legal researcher meets it, in a real headless Chromium: the
host names it answers, what a screen reader hears (labels, the current page, the
language of each run of text), the window titles of the pages a search goes through,
the words of the cited-by pages and the forms its error pages offer.

The servers are the real command (``python -m lawnews serve``) over the news index of
:mod:`test_web_browser` and over the statute records and news of :mod:`test_web_cited`.
"""

from __future__ import annotations

import http.client
import re
from urllib.parse import quote, urlsplit

import pytest

from test_web_browser import base_url, browser, click_and_wait, serving, visit, web_index  # noqa: F401 (fixtures)
from test_web_cited import CRIM, served  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def cited_url(served, tmp_path_factory):  # noqa: F811
    """A server over the statute records and news of :mod:`test_web_cited`."""
    index, collection = served
    yield from serving(index, tmp_path_factory, LAWNEWS_STATUTES=str(collection))


def by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def status_with_host(url: str, host: str) -> int:
    """The status of ``url`` asked for with ``host`` in its Host header (what a page of
    another site gets when its name is made to point at this machine)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    try:
        conn.request("GET", "/?q=" + quote("执行"), headers={"Host": host})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


# ------------------------------------------------------------------ the machine alone

def test_a_page_asked_for_under_another_sites_name_is_refused(base_url):  # noqa: F811
    port = urlsplit(base_url).port
    assert status_with_host(base_url, f"127.0.0.1:{port}") == 200
    assert status_with_host(base_url, f"localhost:{port}") == 200
    assert status_with_host(base_url, f"[::1]:{port}") == 200
    # a site whose name was made to point at 127.0.0.1 (DNS rebinding) must not read the index
    assert status_with_host(base_url, f"evil.example:{port}") == 421
    assert status_with_host(base_url, "evil.example") == 421
