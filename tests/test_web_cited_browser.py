"""``lawnews serve`` in a real headless Chromium: from a statute article to the news
citing it, the statute look-up, and the pages on a phone's width.

The server runs over the index of :mod:`test_web_cited` (statute records and news
articles written for these tests, in one index, with their statute collection).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from test_web_browser import WAIT, browser, click_and_wait, serving, visit  # noqa: F401 (fixtures)
from test_web_cited import CRIM, ix, served  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def base_url(served, tmp_path_factory):
    index, collection = served
    yield from serving(index, tmp_path_factory, LAWNEWS_STATUTES=str(collection))


@pytest.fixture()
def phone(browser):  # noqa: F811
    """The browser at a phone's width for one test."""
    browser.set_window_size(380, 800)
    try:
        yield browser
    finally:
        browser.set_window_size(1280, 1000)


def total(driver) -> int:
    from selenium.webdriver.common.by import By

    return int(driver.find_element(By.ID, "total").get_attribute("data-total"))


def test_a_statute_article_is_looked_up_and_its_citing_articles_opened(browser, base_url, ix):  # noqa: F811
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Statutes"))
    box = browser.find_element(By.ID, "ref")
    box.send_keys("刑法313")
    click_and_wait(browser, browser.find_element(By.ID, "look-up"))
    assert "拒不执行判决、裁定，情节严重的，处刑罚。" in browser.find_element(By.CSS_SELECTOR, "li.version.in-force").text
    link = browser.find_element(By.CSS_SELECTOR, "a.cited-by")
    expected = ix.cited_by("刑法313")
    assert link.text == "Cited by 1 story" and expected.total == 1
    click_and_wait(browser, link)
    assert total(browser) == expected.total
    assert [e.get_attribute("data-id") for e in browser.find_elements(By.CSS_SELECTOR, "li.hit")] == \
        [h.article_id for h in expected.results.hits]
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "every copy"))
    assert total(browser) == ix.cited_by("刑法313", all_copies=True).total == 2


def test_an_unknown_statute_is_corrected_on_its_error_page(browser, base_url):  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/statute?ref=" + quote("刑法 第九百条"))
    browser.get_log("browser")  # the 400 itself is the console's one error
    assert "第三百一十四条" in browser.find_element(By.CSS_SELECTOR, ".message").text
    box = browser.find_element(By.ID, "ref")
    box.clear()
    box.send_keys("刑法 第三百一十四条")
    click_and_wait(browser, browser.find_element(By.ID, "look-up"))
    assert browser.find_element(By.CSS_SELECTOR, "a.cited-by").text == "Cited by 0 stories"


def test_a_news_articles_citation_leads_to_the_articles_citing_that_statute(browser, base_url, ix):  # noqa: F811
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/article/refusal")
    link = browser.find_element(By.CSS_SELECTOR, "blockquote.statute a.cited-by")
    reference = parse_qs(urlsplit(link.get_attribute("href")).query)["cites"][0]
    count = int(re.match(r"Cited by (\d+) (?:story|stories)", link.text).group(1))
    click_and_wait(browser, link)
    assert total(browser) == count == ix.cited_by(reference).total


def test_a_form_sent_with_empty_fields_leaves_them_out_of_the_address(browser, base_url):  # noqa: F811
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/")
    browser.find_element(By.ID, "q").send_keys("执行")
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    query = urlsplit(browser.current_url).query
    assert parse_qs(query, keep_blank_values=True) == {"q": ["执行"]}, browser.current_url


def test_a_choice_in_another_case_is_taken_and_the_address_made_canonical(browser, base_url):  # noqa: F811
    visit(browser, base_url + "/?q=" + quote("执行") + "&sort=Date")
    assert browser.current_url.endswith("&sort=date")
    assert "newest first" in browser.page_source


def test_the_date_fields_show_hints_that_do_not_look_like_values(browser, base_url):  # noqa: F811
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/")
    field = browser.find_element(By.ID, "from")
    assert field.get_attribute("placeholder") == "YYYY-MM-DD"
    style = browser.execute_script("return getComputedStyle(arguments[0], '::placeholder').fontStyle", field)
    assert style == "italic"


def test_on_a_phone_the_article_text_has_the_width(phone, base_url):
    from selenium.webdriver.common.by import By

    visit(phone, base_url + "/article/refusal")
    inner = phone.execute_script("return document.documentElement.clientWidth")
    box = phone.find_element(By.CSS_SELECTOR, "article.article")
    text = phone.execute_script(
        "const s = getComputedStyle(arguments[0]);"
        "return arguments[0].clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)", box)
    assert text >= 0.85 * inner, (text, inner)


def test_on_a_phone_the_header_links_stay_on_one_line(phone, base_url):
    from selenium.webdriver.common.by import By

    for path in ("/", "/statute", "/article/refusal"):
        visit(phone, base_url + path)
        tops = {round(e.location["y"]) for e in phone.find_elements(By.CSS_SELECTOR, "header.top nav a")}
        brand = phone.find_element(By.CSS_SELECTOR, "header.top .brand")
        assert len(tops) == 1, (path, tops)
        seen, held = phone.execute_script(
            "const n = document.querySelector('header.top nav'); return [n.clientWidth, n.scrollWidth]")
        assert held <= seen, path  # every link shown whole at this width
        header = phone.find_element(By.CSS_SELECTOR, "header.top")
        assert header.size["height"] < 2.2 * brand.size["height"], path
        inner, scroll = phone.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
        assert scroll <= inner, path
