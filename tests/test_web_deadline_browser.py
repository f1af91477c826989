"""``lawnews serve`` in a real headless Chromium as a journalist on deadline uses it: on the
narrow screen of a phone, by keyboard, printing (see :mod:`test_web_browser` for how the
server and the browser run; without them these tests are skipped)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from test_web_browser import base_url, browser, ix, shots, visit, web_index  # noqa: F401  (fixtures)


@pytest.fixture(params=[320, 360])
def narrow(browser, request):  # noqa: F811
    """The browser at the width of a small phone, for one test."""
    browser.set_window_size(request.param, 800)
    try:
        yield browser
    finally:
        browser.set_window_size(1280, 1000)


def test_on_a_small_phone_every_header_link_is_shown_whole(narrow, base_url):
    from selenium.webdriver.common.by import By

    for path in ("/", "/trends?q=" + quote("执行"), "/statute"):
        visit(narrow, base_url + path)
        nav = narrow.find_element(By.CSS_SELECTOR, "header.top nav")
        right = nav.rect["x"] + nav.rect["width"]
        for link in narrow.find_elements(By.CSS_SELECTOR, "header.top nav a"):
            assert link.rect["x"] + link.rect["width"] <= right + 0.5, (path, link.text, link.rect, nav.rect)
        seen, held = narrow.execute_script(
            "const n = document.querySelector('header.top nav'); return [n.clientWidth, n.scrollWidth]")
        assert held <= seen, path
        tops = {round(e.location["y"]) for e in narrow.find_elements(By.CSS_SELECTOR, "header.top nav a")}
        assert len(tops) == 1, (path, tops)
        # a screen reader still hears each link's whole name
        names = [a.get_attribute("textContent").strip() for a in narrow.find_elements(By.CSS_SELECTOR, "header.top nav a")]
        assert names == ["Search", "Trends", "First adoption", "Statutes"]


def _printed(driver):
    """The browser showing pages as it prints them (media print), until the end of the block."""
    from contextlib import contextmanager

    @contextmanager
    def printing():
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            yield driver
        finally:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    return printing()


def test_a_printed_search_says_its_order_without_the_links_and_marks_made_for_the_screen(browser, base_url):
    from selenium.webdriver.common.by import By

    url = base_url + "/?q=" + quote("司法拍卖") + "&province=" + quote("湖南") + "&sort=date"
    with _printed(browser):
        visit(browser, url)
        summary = browser.find_element(By.CSS_SELECTOR, "div.summary").text
        chips = browser.find_element(By.CSS_SELECTOR, "p.chosen").text
        notice = browser.find_element(By.ID, "expanded").text
    assert "|" not in summary and "every copy" not in summary and "newest first" in summary, summary
    assert "湖南省" in chips and "✕" not in chips, chips
    assert "the words only" not in notice, notice
    visit(browser, url)  # on the screen, every switch is there
    summary = browser.find_element(By.CSS_SELECTOR, "div.summary").text
    assert "oldest first" in summary and "every copy" in summary and "✕" in browser.find_element(By.CSS_SELECTOR, "p.chosen").text


def test_a_screen_reader_hears_that_a_filter_chip_removes_the_filter(browser, base_url):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/?q=" + quote("执行") + "&province=" + quote("湖南") + "&court_level=" + quote("中级"))
    chips = browser.find_elements(By.CSS_SELECTOR, "p.chosen a.chip")
    names = [c.accessible_name for c in chips]
    assert names == ["Remove the filter Province: 湖南省", "Remove the filter Court level: 中级"], names
    assert all(c.text.endswith("✕") for c in chips)  # still marked on the screen
    clear = browser.find_element(By.CSS_SELECTOR, "p.chosen a.clear").accessible_name
    assert clear == "clear all filters", clear


def test_an_error_page_puts_the_keyboard_on_the_field_to_correct(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/?q=" + quote("执行") + "&from=2024-13")
    browser.get_log("browser")  # the 400 of the page itself
    assert browser.title.startswith("The from date cannot be read")
    active = browser.switch_to.active_element
    assert active.get_attribute("id") == "from" and active.get_attribute("aria-invalid") == "true"
    assert "from must be a date" in browser.find_element(By.ID, "problem").text  # what the field is described by
