"""``lawnews serve`` in a real headless Chromium as a screen-reader and keyboard user meets it:
a chosen filter heard as one and how to remove it, every landmark named apart, the keyboard's
first stop leading to the results (see :mod:`test_web_browser` for how the server and the
browser run; without them these tests are skipped)."""

from __future__ import annotations

from urllib.parse import quote

from test_web_browser import base_url, browser, visit, web_index  # noqa: F401  (fixtures)

Q = quote("执行")
HUNAN = quote("湖南")


def test_a_chosen_filter_is_heard_as_one_with_how_to_remove_it(browser, base_url):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + f"/?q={Q}&province={HUNAN}&court=" + quote("常德中院"))
    ticked = browser.find_elements(By.CSS_SELECTOR, "aside.facets a.fv.on")
    names = {e.get_attribute("data-value"): e.accessible_name for e in ticked}
    counts = {e.get_attribute("data-value"): e.find_element(By.CSS_SELECTOR, ".n").get_attribute("textContent") for e in ticked}
    assert names == {"湖南省": f"Remove the filter Province: 湖南省 {counts['湖南省']}",
                     "常德市中级人民法院": f"Remove the filter Court: 常德市中级人民法院 {counts['常德市中级人民法院']}"}, names
    assert all(e.aria_role == "link" and e.get_attribute("aria-current") is None for e in ticked)
    for e in ticked:  # on the screen as before: the box ticked, the words for the ear one pixel wide
        said = e.find_element(By.CSS_SELECTOR, ".hidden-heading")
        assert "☑" in e.text and said.size["width"] <= 1 and said.size["height"] <= 1
    others = [e for e in browser.find_elements(By.CSS_SELECTOR, "aside.facets a.fv:not(.on)") if e.is_displayed()]
    assert others and not any("Remove" in e.accessible_name for e in others)
