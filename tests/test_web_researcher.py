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


# ------------------------------------------------------------------ what a screen reader hears

ZH_SPANS = "return [...document.querySelectorAll('main [lang=zh-Hans]')].map(e => e.textContent)"


def test_english_words_between_two_chinese_names_are_read_as_english(browser, cited_url):  # noqa: F811
    visit_allowing_400(browser, cited_url + "/statute?ref=" + quote("刑法 第九百条"))
    message = by_css(browser, ".error .message")[0].text
    assert f"{CRIM} in the statute collection has 第九百条" in message
    spans = browser.execute_script(ZH_SPANS)
    assert CRIM in spans and "第九百条" in spans
    assert not [s for s in spans if re.search("[A-Za-z]{2,}", s)], spans


def test_every_mechanism_field_of_first_reports_has_a_label(browser, base_url):  # noqa: F811
    visit(browser, base_url + "/first?mechanism=" + quote("执转破") + "&mechanism=" + quote("交叉执行"))
    fields = by_css(browser, "form.query input[name=mechanism]")
    assert len(fields) == 2
    assert [f.accessible_name for f in fields] == ["mechanism", "or mechanism"]


def test_the_page_links_tell_a_screen_reader_which_page_is_shown(browser, base_url):  # noqa: F811
    visit(browser, base_url + "/?q=" + quote("执行") + "&page=2")
    [current] = by_css(browser, "nav.pages [aria-current=page]")
    assert current.text == "2"


def test_each_more_link_of_the_sidebar_names_the_facet_it_unfolds(browser, base_url):  # noqa: F811
    visit(browser, base_url + "/")
    more = by_css(browser, "aside.facets a.more")
    assert more
    names = [a.accessible_name for a in more]
    assert len(set(names)) == len(names), names
    for a, name in zip(more, names):
        heading = a.find_element("xpath", "ancestor::section[1]/h3").text
        assert re.fullmatch(r"(\d+ more|fewer) \(.+\)", name) and heading.lower() in name.lower(), (name, heading)
        hidden = a.find_elements("css selector", "span")
        assert hidden and all(h.rect["width"] <= 1 for h in hidden)  # what the eye sees: "3 more"


# ------------------------------------------------------------------ window titles

def test_the_window_title_tells_the_pages_and_filters_of_a_search_apart(browser, base_url):  # noqa: F811
    q = "/?q=" + quote("执行")
    visit(browser, base_url + q)
    first = browser.title
    visit(browser, base_url + q + "&page=2")
    second = browser.title
    visit(browser, base_url + q + "&province=" + quote("湖南省"))
    narrowed = browser.title
    assert len({first, second, narrowed}) == 3, (first, second, narrowed)
    assert "page 2" in second and "湖南省" in narrowed


# ------------------------------------------------------------------ cited-by pages

def test_one_article_citing_a_statute_is_counted_in_the_singular(browser, cited_url):  # noqa: F811
    visit(browser, cited_url + "/cited-by?cites=" + quote("刑法第313条"))
    summary = by_css(browser, "#results .summary")[0].text
    assert summary.startswith("1 story cites it"), summary


def test_a_page_past_the_last_is_not_counted_as_one_of_them(browser, base_url, cited_url):  # noqa: F811
    visit_allowing(browser, base_url + "/?q=" + quote("执行") + "&page=999", 404)
    summary = by_css(browser, "#results .summary")[0].text
    assert "page 999 of" not in summary and "There is no page 999" in by_css(browser, "#no-such-page")[0].text
    visit_allowing(browser, cited_url + "/cited-by?cites=" + quote("刑法第313条") + "&page=5", 404)
    summary = by_css(browser, "#results .summary")[0].text
    assert "page 5 of" not in summary and "There is no page 5" in by_css(browser, "#no-such-page")[0].text


def test_a_mistyped_statute_can_be_corrected_on_the_cited_by_error_page(browser, cited_url):  # noqa: F811
    visit_allowing_400(browser, cited_url + "/cited-by?cites=" + quote("刑诉法典第3条"))
    [again] = [a for a in by_css(browser, ".error a") if a.text == "Start again"]
    assert urlsplit(again.get_attribute("href")).path == "/statute"  # the look-up, not the search
    [field] = by_css(browser, "form input[name=cites]")
    assert field.get_attribute("value") == "刑诉法典第3条"
    field.clear()
    field.send_keys("刑法第313条")
    click_and_wait(browser, by_css(browser, "form button[type=submit]")[0])
    assert urlsplit(browser.current_url).path == "/cited-by"
    assert by_css(browser, "#total")[0].get_attribute("data-total") == "1"


def visit_allowing(driver, url: str, status: int) -> None:
    """Open a page answered with ``status`` (the browser's console notes it, nothing else)."""
    driver.get(url)
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert all(f"status of {status}" in e for e in errors), errors


def visit_allowing_400(driver, url: str) -> None:
    """Open an error page (the browser's console notes its status, nothing else)."""
    visit_allowing(driver, url, 400)


# ------------------------------------------------------------------ filters as the index names them

def test_a_filter_typed_short_or_in_traditional_characters_is_shown_as_the_index_names_it(browser, base_url):  # noqa: F811
    visit(browser, base_url + "/?q=" + quote("执行") + "&province=" + quote("湖南"))
    [chip] = by_css(browser, "p.chosen a.chip")
    assert chip.text.split("\n")[-1].startswith("Province: 湖南省"), chip.text  # as the sidebar and the hits name it
    assert "province is 湖南省" in by_css(browser, "h1")[0].text and "湖南省" in browser.title
    click_and_wait(browser, chip)  # and it still removes the value as typed
    assert "province" not in urlsplit(browser.current_url).query and not by_css(browser, "p.chosen")
