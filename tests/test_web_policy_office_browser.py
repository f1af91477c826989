"""``lawnews serve`` in a real headless Chromium as a court's policy office uses it for a
briefing (see :mod:`test_web_browser` for how the server and the browser run; without them
these tests are skipped): a link to a filtered view sent to a colleague opens the same
hits, filters and page; the browser's back and forward buttons return to each view; an
article address cut short leads on to the article; on a phone's width nothing scrolls
sideways. The index is :mod:`office_index`'s."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from office_index import build_office_index
from test_web_browser import browser, console_errors, serving, visit  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def office_url(tmp_path_factory):
    yield from serving(build_office_index(tmp_path_factory.mktemp("office-browser")), tmp_path_factory)


def _state(driver) -> dict:
    """What a view shows: its title, count, hits, ticked filters and page."""
    from selenium.webdriver.common.by import By

    return {"title": driver.title,
            "total": driver.find_element(By.ID, "total").get_attribute("data-total"),
            "hits": [e.text for e in driver.find_elements(By.CSS_SELECTOR, "li.hit h3 a")],
            "ticked": sorted(e.text for e in driver.find_elements(By.CSS_SELECTOR, "#filters a[aria-label^='Remove']")),
            "current": [e.text for e in driver.find_elements(By.CSS_SELECTOR, "nav.pages [aria-current=page]")]}


def test_a_link_sent_to_a_colleague_opens_the_same_view_and_back_and_forward_return_to_each(browser, office_url):
    from selenium.webdriver.common.by import By

    visit(browser, office_url + "/?q=*&per_page=2&sort=date")
    browser.find_element(By.CSS_SELECTOR, f"a[href*='province={quote('湖北省')}']").click()
    browser.find_element(By.CSS_SELECTOR, "nav.pages a[rel=next]").click()
    sent = browser.current_url
    seen = _state(browser)
    assert seen["current"] == ["2"] and seen["total"] == "3" and len(seen["hits"]) == 1
    browser.back()
    assert _state(browser)["current"] == ["1"]
    browser.back()
    assert _state(browser)["total"] == "8"
    browser.forward()
    browser.forward()
    assert _state(browser) == seen
    browser.delete_all_cookies()
    visit(browser, "about:blank")
    visit(browser, sent)  # the colleague opens the link
    assert _state(browser) == seen


def test_an_article_address_cut_at_its_hash_leads_on_to_the_article_and_the_search(browser, office_url):
    from selenium.webdriver.common.by import By

    browser.get(office_url + "/article/pages/hn-gaoyuan")
    assert [e for e in console_errors(browser) if "404" not in e] == []  # the page is a 404, said in the console
    assert browser.title.startswith("No such article")
    browser.find_element(By.CSS_SELECTOR, "#offered-articles a").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "湖南高院部署交叉执行工作"
    browser.back()
    box = browser.find_element(By.ID, "q")
    box.send_keys("湖南高院 交叉执行\n")
    from selenium.webdriver.support.ui import WebDriverWait

    hits = WebDriverWait(browser, 20).until(lambda d: "/article" not in d.current_url
                                            and d.find_elements(By.CSS_SELECTOR, "li.hit h3 a"))
    assert "湖南高院部署交叉执行工作" in [e.text for e in hits]


@pytest.mark.parametrize("address", ["/article/pages/hn-gaoyuan",
                                     "/cited-by?cites=刑法第313条&all_copies=1&from=2023-04-14&province=湖南",
                                     "/cited-by?cites=刑法第313条&from=2024&to=2023&province=湖南"])
def test_on_a_phone_nothing_scrolls_sideways(browser, office_url, address):
    browser.set_window_size(320, 700)
    try:
        browser.get(office_url + address)
        assert [e for e in console_errors(browser) if "404" not in e and "400" not in e] == []
        width, inner = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width <= inner
    finally:
        browser.set_window_size(1280, 1000)
