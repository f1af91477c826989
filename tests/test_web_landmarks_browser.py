"""``lawnews serve`` in a real headless Chromium as a screen-reader and keyboard user meets it:
a chosen filter heard as one and how to remove it, every landmark named apart, the keyboard's
first stop leading to the results (see :mod:`test_web_browser` for how the server and the
browser run; without them these tests are skipped)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from test_web_browser import base_url, browser, visit, web_index  # noqa: F401  (fixtures)

Q = quote("执行")
HUNAN = quote("湖南")
#: Every kind of page a search leads to, and an error page with its form.
PAGES = ["/", f"/?q={Q}&province={HUNAN}", f"/?q={Q}&page=2", f"/trends?q={Q}", f"/first?q={Q}",
         f"/profile?province={HUNAN}", f"/profile?province={HUNAN}&q={Q}", "/profile", "/statute",
         "/statute?ref=" + quote("民诉法第237条"), "/cited-by?cites=" + quote("民诉法第237条"),
         f"/?q={Q}&from=2024-13", f"/trends?q={Q}&by=judge"]
#: The roles of landmarks, as Chromium computes them.
LANDMARKS = ("banner", "navigation", "main", "complementary", "contentinfo", "search", "form", "region")
#: Landmarks a page has one of, which need no name to be told apart.
ONE_A_PAGE = ("banner", "main", "contentinfo")


def _landmarks(driver) -> list[tuple[str, str]]:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.CSS_SELECTOR, "header, nav, main, aside, footer, form, section, [role]")
    return [(e.aria_role, e.accessible_name) for e in found if e.aria_role in LANDMARKS]


@pytest.mark.parametrize("path", PAGES)
def test_every_landmark_of_a_page_has_a_name_of_its_own(browser, base_url, path):
    browser.get(base_url + path)
    browser.get_log("browser")  # an error page's own 400
    marks = _landmarks(browser)
    named = [(role, name) for role, name in marks if role not in ONE_A_PAGE]
    assert all(name for _role, name in named), marks  # no "search landmark" without a name
    assert len(set(marks)) == len(marks), marks  # none named as another of its role
    for role in ONE_A_PAGE:
        assert [r for r, _n in marks].count(role) <= 1, marks


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


@pytest.mark.parametrize("path", [f"/?q={Q}", f"/trends?q={Q}&by=province", f"/first?q={Q}",
                                  f"/profile?province={HUNAN}", "/statute?ref=" + quote("民诉法第237条"),
                                  "/cited-by?cites=" + quote("民诉法第237条")])
def test_the_first_tab_stop_after_a_search_leads_to_its_results(browser, base_url, path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    visit(browser, base_url + path)
    ActionChains(browser).send_keys(Keys.TAB).perform()
    skip = browser.switch_to.active_element
    assert skip.is_displayed() and skip.text == "skip to the results", (path, skip.text)
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    ActionChains(browser).send_keys(Keys.TAB).perform()
    after = browser.execute_script(
        "const r = document.getElementById('results'), a = document.activeElement;"
        "return a !== document.body && (r.contains(a) || !!(r.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING))"
        " && !a.closest('form, header, aside');")
    assert after, (path, browser.switch_to.active_element.get_attribute("outerHTML")[:200])
