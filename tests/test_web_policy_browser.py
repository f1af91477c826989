"""``lawnews serve`` in a real headless Chromium, keyboard only, as a policy office follows a
search to the profile of one of its filters and narrows it there (see :mod:`test_web_browser`
for how the server and the browser run; without them these tests are skipped)."""

from __future__ import annotations

from urllib.parse import quote

from test_web_browser import base_url, browser, ix, shots, total, visit, web_index  # noqa: F401  (fixtures)


def _keyboard_to(driver, element, most: int = 200) -> None:
    """Tab through the page until ``element`` has the focus."""
    from selenium.webdriver.common.keys import Keys

    body = driver.switch_to.active_element
    for _ in range(most):
        if driver.switch_to.active_element == element:
            return
        body = driver.switch_to.active_element
        body.send_keys(Keys.TAB)
    raise AssertionError("the keyboard never reached the element")


def test_a_profile_reached_from_a_search_counts_its_stories_and_takes_a_new_query_by_keyboard(browser, base_url, ix):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    visit(browser, base_url + "/?q=" + quote("执行") + "&province=" + quote("湖南") + "&court_level=" + quote("中级"))
    searched = total(browser)
    link = browser.find_element(By.CSS_SELECTOR, "p.chosen a.profile")
    href = link.get_attribute("href")
    _keyboard_to(browser, link)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert "/profile?" in browser.current_url
    assert total(browser) == searched == ix.search("执行", province="湖南", court_level="中级").total
    field = browser.find_element(By.ID, "q")
    assert field.get_attribute("value") == "执行"
    _keyboard_to(browser, field)
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys("裁定", Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: "q=" + quote("裁定") in d.current_url)
    kind = "province" if "province=" in href.split("&")[0] else "court_level"
    subject = {"province": "湖南", "court_level": "中级"}
    other = next(k for k in subject if k != kind)
    expected = ix.profile(f"{kind}:{subject[kind]}", query="裁定", **{other: subject[other]})
    assert total(browser) == expected.total == ix.search("裁定", province="湖南", court_level="中级").total
