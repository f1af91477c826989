"""``lawnews serve`` in a real headless Chromium, as a research office downloads the hits of a
search and pages past the end (see :mod:`test_web_browser` for how the server and the browser
run; without them these tests are skipped)."""

from __future__ import annotations

from urllib.parse import quote

from test_web_browser import base_url, browser, click_and_wait, web_index  # noqa: F401  (fixtures)
from test_web_researcher import visit_allowing


def test_a_failing_csv_download_opens_the_error_page_with_the_search_form_to_correct(browser, base_url):
    from selenium.webdriver.common.by import By

    visit_allowing(browser, base_url + "/export.csv?q=" + quote("(执行") + "&province=" + quote("湖南"), 400)
    assert browser.find_element(By.CSS_SELECTOR, ".error h1").text == "The query cannot be read"
    assert "unclosed" in browser.find_element(By.CSS_SELECTOR, ".error .message").text
    box = browser.find_element(By.ID, "q")
    assert box.get_attribute("value") == "(执行"
    box.clear()
    box.send_keys("执行")
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    assert browser.current_url.startswith(base_url + "/?") and "province=" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, "a.export-csv")


def test_a_page_past_the_last_links_the_last_by_keyboard(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    visit_allowing(browser, base_url + "/?q=" + quote("执行") + "&page=999", 404)
    link = browser.find_element(By.CSS_SELECTOR, "#no-such-page a.last-page")
    assert "There is no page 999" in browser.find_element(By.ID, "no-such-page").text
    link.send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: "no page" not in d.title)
    assert browser.find_elements(By.CSS_SELECTOR, "li.hit")
