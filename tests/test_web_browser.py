"""``lawnews serve`` used as a person uses it: in a real headless Chromium.

The server is the real command (``python -m lawnews serve --port 0``) in a
subprocess on 127.0.0.1, over an index of the bundled corpus, the dated test
articles and the articles of :mod:`webapp`. Chromium and its driver are Debian's
(``/usr/bin/chromium``, ``/usr/bin/chromedriver``), driven by Selenium, which is
never allowed to fetch a driver or a browser. Without them these tests are skipped,
and with ``CI`` set they fail. Every page must leave the browser's console without
an error; screenshots go to the test's temporary folder.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

import lawnews
from headless_browser import WAIT, unavailable
from webapp import IMG, SCRIPT, STORY_ID, XSS_ID, build_web_index

@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    return build_web_index(tmp_path_factory.mktemp("browser-web"))


@pytest.fixture(scope="module")
def base_url(web_index, tmp_path_factory):
    """The address of a running ``lawnews serve`` (stopped with Ctrl-C's signal at the end)."""
    yield from serving(web_index, tmp_path_factory)


def serving(index: Path, tmp_path_factory, **env_vars: str):
    """Run ``lawnews serve`` over ``index`` (with ``env_vars`` set) and yield its address."""
    log = tmp_path_factory.mktemp("serve-log") / "stderr.txt"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **env_vars}
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen([sys.executable, "-m", "lawnews", "serve", "--index-dir", str(index),
                                 "--port", "0", "-q"], stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        try:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            m = re.search(r"at (http://127\.0\.0\.1:\d+/) ", line)
            assert m, f"serve printed {line!r}; stderr: {log.read_text(encoding='utf-8')}"
            yield m.group(1).rstrip("/")
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    assert "Traceback" not in log.read_text(encoding="utf-8"), log.read_text(encoding="utf-8")


@pytest.fixture()
def browser(chromium):
    """The module's headless Chromium (``chromium`` in conftest), started again if a
    previous test left it dead."""
    return chromium.driver()


@pytest.fixture()
def ix(web_index):
    with lawnews.NewsIndex.open(web_index) as opened:
        yield opened


@pytest.fixture()
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.getbasetemp() / "screenshots"


# ------------------------------------------------------------------ helpers

def console_errors(driver) -> list[str]:
    """The errors the browser's console got since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def visit(driver, url: str) -> None:
    driver.get(url)
    assert console_errors(driver) == [], url


def total(driver) -> int:
    from selenium.webdriver.common.by import By

    return int(driver.find_element(By.ID, "total").get_attribute("data-total"))


def titles(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, "li.hit h3 a")]


def facet(driver, name: str, value: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, f'section[data-facet="{name}"] a.fv[data-value="{value}"]')


def count_of(element) -> int:
    from selenium.webdriver.common.by import By

    return int(element.find_element(By.CSS_SELECTOR, ".n").text)


def click_and_wait(driver, element) -> None:
    """Click a link or button and wait for the next page: until the element clicked
    is gone from the document. While the page is being replaced, chromedriver may
    answer a question about the old element with a generic error ("Node with given
    id does not belong to the document") rather than a stale-element one: that, too,
    means it is gone."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def gone(_driver) -> bool:
        try:
            element.is_enabled()
        except WebDriverException:  # StaleElementReferenceException is one
            return True
        return False

    element.click()
    WebDriverWait(driver, WAIT).until(gone)
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert console_errors(driver) == [], driver.current_url


# ------------------------------------------------------------------ scenarios

def test_typing_a_query_and_submitting_shows_its_hits(browser, base_url, ix, shots):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/")
    shots.mkdir(exist_ok=True)
    browser.save_screenshot(str(shots / "landing.png"))
    box = browser.find_element(By.ID, "q")
    box.send_keys("交叉执行")
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    expected = ix.search("交叉执行")
    assert total(browser) == expected.total
    assert titles(browser) == [h.title for h in expected.hits]
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "li.hit .snippet mark")]
    assert marks and all(m for m in marks)
    browser.save_screenshot(str(shots / "search.png"))


def test_clicking_a_facet_value_changes_the_total_the_hits_and_the_counts(browser, base_url, ix):
    visit(browser, base_url + "/?q=" + quote("执行"))
    before_total, before_titles = total(browser), titles(browser)
    level = next(iter(ix.search("执行").facets["court_level"]))
    before_count = count_of(facet(browser, "court_level", level))
    click_and_wait(browser, facet(browser, "region", "湖北省"))
    expected = ix.search("执行", province="湖北省")
    assert total(browser) == expected.total != before_total
    assert titles(browser) == [h.title for h in expected.hits] != before_titles
    after = expected.facets["court_level"][level]
    assert count_of(facet(browser, "court_level", level)) == after != before_count
    assert "on" in facet(browser, "region", "湖北省").get_attribute("class").split()
    click_and_wait(browser, facet(browser, "region", "湖北省"))  # clicked again: removed
    assert total(browser) == before_total


def test_two_values_of_one_facet_show_their_union(browser, base_url, ix):
    visit(browser, base_url + "/?per_page=50&q=" + quote("执行"))
    click_and_wait(browser, facet(browser, "region", "湖南省"))
    hunan = total(browser)
    click_and_wait(browser, facet(browser, "region", "湖北省"))
    both = {h.article_id for h in ix.search("执行", province=["湖南省", "湖北省"], limit=50).hits}
    one = {h.article_id for p in ("湖南省", "湖北省") for h in ix.search("执行", province=p, limit=50).hits}
    assert total(browser) == len(both) == len(one) > hunan
    assert sorted(titles(browser)) == sorted(h.title for h in ix.search("执行", province=["湖南省", "湖北省"], limit=50).hits)


def test_opening_an_article_shows_its_sections_and_tags(browser, base_url, ix):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/?q=" + quote("交叉执行") + "&province=" + quote("湖北"))
    first = browser.find_element(By.CSS_SELECTOR, "li.hit h3 a")
    article = ix.article(ix.search("交叉执行", province="湖北").hits[0].article_id)
    click_and_wait(browser, first)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith(article.title)
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "section.section h2")]
    assert headings == [s.heading for s in article.sections if s.heading]
    tags = {t.text for t in browser.find_elements(By.CSS_SELECTOR, "a.tag")}
    assert set(article.tags.courts) | set(article.tags.mechanisms) <= tags
    court = next(t for t in browser.find_elements(By.CSS_SELECTOR, 'a.tag[data-facet="court"]'))
    name = court.text
    click_and_wait(browser, court)
    assert total(browser) == ix.search("", court=name).total
    assert "on" in facet(browser, "court", name).get_attribute("class").split()


def test_an_article_lists_the_copies_of_its_story(browser, base_url):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/article/" + STORY_ID)
    copies = browser.find_elements(By.CSS_SELECTOR, "section.copies li")
    assert len(copies) == 2 and "某某门户网" in copies[1].text


def test_the_hostile_article_runs_no_script(browser, base_url):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    for url in (base_url + "/article/" + quote(XSS_ID, safe=""), base_url + "/?q=" + quote("执行通报")):
        visit(browser, url)
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text  # noqa: B018
        assert browser.find_elements(By.TAG_NAME, "script") == []
        assert browser.find_elements(By.CSS_SELECTOR, 'img[src="x"]') == []
        body = browser.find_element(By.TAG_NAME, "body").text
        assert SCRIPT in body and IMG.strip('"') in body
        hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
        assert not any(h.lower().startswith("javascript:") for h in hrefs)


def test_pages_leave_the_console_without_errors(browser, base_url):
    for path in ("/", "/?q=" + quote("交叉执行"), "/?sort=date&q=" + quote("执行"), "/article/" + STORY_ID,
                 "/?province=" + quote("湖南省") + "&city=" + quote("常德市"), "/static/style.css"):
        visit(browser, base_url + path)


def test_the_trends_view_draws_a_chart_that_follows_the_query_and_switches(browser, base_url, ix, shots):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/?q=" + quote("执行"))
    click_and_wait(browser, facet(browser, "region", "湖南省"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Trends"))
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    t = ix.trends("执行", province="湖南省", top=8)
    assert len(bars) == sum(1 for s in t.series for n in s.counts if n) > 0
    assert all(float(b.get_attribute("height")) > 0 for b in bars)
    assert total(browser) == t.total == ix.search("执行", province="湖南省").total
    shots.mkdir(exist_ok=True)
    browser.save_screenshot(str(shots / "trends.png"))
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a.every[href*='every=quarter']"))
    labels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#trend-table tbody th")]
    quarters = ix.trends("执行", province="湖南省", every="quarter").periods
    assert labels == [*quarters, "undated", "total"]
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a.first"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#first-table tbody tr")
    mechanism = t.series[0].value
    assert len(rows) == len(ix.first("执行", mechanism=mechanism, province="湖南省").rows) > 0


@pytest.fixture(scope="module")
def statute_server(tmp_path_factory):
    """A served statute index that a question bank (written for the tests) ranks
    questions on, the bank, and the index's path."""
    import json

    from lawnews.search import questions
    from test_questions import make_bank, statute_records

    folder = tmp_path_factory.mktemp("statute-web")
    src = folder / "statutes.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in statute_records()), encoding="utf-8")
    lawnews.build_index([src], folder / "index", rebuild=True)
    bank = make_bank()
    saved = bank.save(folder / "bank.zip")
    for url in serving(folder / "index", tmp_path_factory, **{questions.BANK_ENV: str(saved)}):
        yield url, bank, folder / "index"


def test_the_question_bank_can_be_switched_off_and_on_from_the_search_page(browser, statute_server):
    from selenium.webdriver.common.by import By
    from test_questions import DEADLINE

    url, bank, index = statute_server
    with lawnews.NewsIndex.open(index) as statutes:
        with_bank = statutes.search(DEADLINE, question_bank=bank)
        by_words = statutes.search(DEADLINE, question_bank=False)
    assert [h.title for h in with_bank.hits] != [h.title for h in by_words.hits]
    visit(browser, url + "/?q=" + quote(DEADLINE))
    assert titles(browser) == [h.title for h in with_bank.hits] and total(browser) == with_bank.total
    assert bank.label in browser.find_element(By.ID, "question-bank").text
    switch = browser.find_element(By.ID, "no-question-bank")
    assert switch.is_displayed() and not switch.is_selected()
    switch.click()
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    assert titles(browser) == [h.title for h in by_words.hits] and total(browser) == by_words.total
    assert browser.find_element(By.ID, "no-question-bank").is_selected()
    assert "question bank is off" in browser.find_element(By.ID, "question-bank").text
    click_and_wait(browser, browser.find_element(By.ID, "bank-on"))
    assert titles(browser) == [h.title for h in with_bank.hits]
    assert not browser.find_element(By.ID, "no-question-bank").is_selected()


def test_without_a_browser_these_tests_skip_with_advice_and_fail_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install Debian's chromium and chromium-driver"):
        unavailable("no chromium or chromedriver in /usr/bin")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="install Debian's chromium and chromium-driver"):
        unavailable("no chromium or chromedriver in /usr/bin")


def test_a_query_with_a_syntax_error_can_be_corrected_on_its_error_page(browser, base_url, ix):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/?province=" + quote("湖南"))
    box = browser.find_element(By.ID, "q")
    box.send_keys('"执行到位')
    browser.find_element(By.ID, "go").click()
    from selenium.webdriver.support.ui import WebDriverWait

    message = WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".message"))[0]
    assert "unbalanced quote" in message.text
    assert all("400" in e for e in console_errors(browser))  # the error page's own status, nothing else
    box = browser.find_element(By.ID, "q")  # the query as typed, with the filter, to correct
    assert box.get_attribute("value") == '"执行到位'
    box.clear()
    box.send_keys('"执行到位"')
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    assert total(browser) == ix.search('"执行到位"', province="湖南").total > 0


def test_the_words_only_and_every_word_switches_follow_the_notices_of_the_search_page(browser, base_url, ix):
    from selenium.webdriver.common.by import By

    expanded, words = ix.search("湖南"), ix.search("湖南", expand=False)
    assert expanded.expanded and words.total != expanded.total
    visit(browser, base_url + "/?q=" + quote("湖南"))
    assert total(browser) == expanded.total
    click_and_wait(browser, browser.find_element(By.ID, "expand-off"))
    assert total(browser) == words.total
    assert "words only" in browser.find_element(By.ID, "words-only").text
    box = browser.find_element(By.ID, "q")  # a new query keeps the words only
    box.clear()
    box.send_keys("湖南 ")
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    assert total(browser) == words.total and browser.find_elements(By.ID, "words-only")
    click_and_wait(browser, browser.find_element(By.ID, "expand-on"))
    assert total(browser) == expanded.total and not browser.find_elements(By.ID, "words-only")

    relaxed = ix.search("执行 火星人")
    assert relaxed.relaxed and relaxed.total and ix.search("执行 火星人", strict=True).total == 0
    visit(browser, base_url + "/?q=" + quote("执行 火星人"))
    assert total(browser) == relaxed.total
    click_and_wait(browser, browser.find_element(By.ID, "strict-on"))
    assert total(browser) == 0 and "every word" in browser.find_element(By.ID, "strict").text
    click_and_wait(browser, browser.find_element(By.ID, "strict-off"))
    assert total(browser) == relaxed.total and browser.find_elements(By.ID, "relaxed")


def test_first_reports_of_two_mechanisms_can_be_shown_again_from_their_form(browser, base_url, ix):
    from selenium.webdriver.common.by import By

    mechanisms = [s.value for s in ix.trends("执行", top=2).series]
    expected = ix.first("执行", mechanism=mechanisms)
    assert len(mechanisms) == 2 and expected.rows
    visit(browser, base_url + "/first?q=" + quote("执行") + "".join("&mechanism=" + quote(m) for m in mechanisms))
    fields = browser.find_elements(By.CSS_SELECTOR, 'input[name="mechanism"]')
    assert [f.get_attribute("value") for f in fields] == mechanisms
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".error")
    rows = browser.find_elements(By.CSS_SELECTOR, "#first-table tbody tr")
    assert len(rows) == len(expected.rows)


def test_a_mistyped_mechanism_can_be_corrected_on_the_error_page_of_first_reports(browser, base_url, ix):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    mechanism = ix.trends("执行", top=1).series[0].value
    visit(browser, base_url + "/first?by=city&q=" + quote("执行"))
    field = browser.find_element(By.ID, "mechanism")
    field.send_keys(mechanism + "火星")
    browser.find_element(By.ID, "go").click()
    message = WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".message"))[0]
    assert "unknown mechanism" in message.text
    console_errors(browser)  # the error page's own 400
    field = browser.find_element(By.ID, "mechanism")  # the mechanism as typed, to correct
    assert field.get_attribute("value") == mechanism + "火星"
    field.clear()
    field.send_keys(mechanism)
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    expected = ix.first("执行", mechanism=mechanism, by="city")
    rows = browser.find_elements(By.CSS_SELECTOR, "#first-table tbody th")
    assert [r.text for r in rows] == [r.value for r in expected.rows] and rows


def test_a_query_corrected_on_the_error_page_of_trends_keeps_what_they_counted(browser, base_url, ix):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    visit(browser, base_url + "/trends?by=province&every=year&top=2&q=" + quote("执行"))
    box = browser.find_element(By.ID, "q")
    box.send_keys(" (")
    browser.find_element(By.ID, "go").click()
    WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".message"))
    console_errors(browser)  # the error page's own 400
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("执行")
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    expected = ix.trends("执行", by="province", every="year", top=2)
    labels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#trend-table tbody th")]
    assert labels == [*expected.periods, "undated", "total"]
    heads = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#trend-table thead th.n")]
    assert heads == [s.value for s in expected.series] + ["all matching"] and len(expected.series) == 2


def test_a_new_query_keeps_the_order_and_the_number_of_hits_chosen(browser, base_url, ix):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/?per_page=4&q=" + quote("执行"))
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a.sort[href*='sort=date-asc']"))
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("法院")
    click_and_wait(browser, browser.find_element(By.ID, "go"))
    expected = ix.search("法院", sort="date-asc", limit=4)
    assert titles(browser) == [h.title for h in expected.hits]
    assert browser.find_element(By.CSS_SELECTOR, ".summary strong").text == "oldest first"


def test_a_query_longer_than_a_request_line_usually_is_answered_by_the_app(base_url, ix):
    """A pasted paragraph makes an address of tens of kilobytes: the server reads it
    and the app answers (its results, or its own error page), not a bare 400."""
    import urllib.error
    import urllib.request

    def get(query: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(base_url + "/?q=" + quote(query), timeout=WAIT) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8")

    repeated = "执行到位 " * 8000  # few distinct words: results
    assert len(quote(repeated)) > 200_000
    status, page = get(repeated)
    assert status == 200 and f'data-total="{ix.search(repeated).total}"' in page
    distinct = "，".join(f"第{n}号执行案件" for n in range(6000))  # too many words: the app's message
    assert len(quote(distinct)) > 200_000
    status, page = get(distinct)
    assert status == 400 and 'class="message"' in page and "distinct words" in page


@pytest.fixture()
def small_screen(browser):
    """The browser with a phone's narrow window for one test."""
    browser.set_window_size(500, 900)
    try:
        yield browser
    finally:
        browser.set_window_size(1280, 1000)


def test_on_a_small_screen_no_page_scrolls_sideways(small_screen, base_url, ix):
    widest = ix.trends("", by="court", top=20)
    assert len(widest.series) > 8
    for path in ("/trends?by=court&top=20", "/trends?by=court&top=20&every=year", "/first?by=court",
                 "/?q=" + quote("执行"), "/article/" + STORY_ID):
        visit(small_screen, base_url + path)
        inner, scroll = small_screen.execute_script(
            "return [window.innerWidth, document.documentElement.scrollWidth]")
        assert scroll <= inner, path


def test_on_a_small_screen_the_hits_come_first_and_a_link_leads_to_the_filters(small_screen, base_url, ix):
    from selenium.webdriver.common.by import By

    visit(small_screen, base_url + "/?q=" + quote("执行"))
    height = small_screen.execute_script("return window.innerHeight")
    first = small_screen.find_element(By.CSS_SELECTOR, "li.hit h3 a")
    assert first.location["y"] < height  # seen without scrolling past every facet
    jump = small_screen.find_element(By.CSS_SELECTOR, "a.to-filters")
    assert jump.is_displayed()
    jump.click()
    province = facet(small_screen, "region", "湖北省")
    top = small_screen.execute_script("return arguments[0].getBoundingClientRect().top", province)
    assert 0 <= top < height
    click_and_wait(small_screen, province)
    assert total(small_screen) == ix.search("执行", province="湖北省").total


def test_on_a_wide_screen_the_filters_stay_beside_the_hits(browser, base_url):
    from selenium.webdriver.common.by import By

    visit(browser, base_url + "/?q=" + quote("执行"))
    assert not browser.find_element(By.CSS_SELECTOR, "a.to-filters").is_displayed()
    aside = browser.find_element(By.CSS_SELECTOR, "aside.facets").location
    hits = browser.find_element(By.CSS_SELECTOR, "section.results").location
    assert aside["x"] < hits["x"] and abs(aside["y"] - hits["y"]) < 50


def test_the_filters_in_force_are_listed_above_the_hits_and_cleared_at_once(small_screen, base_url, ix):
    from selenium.webdriver.common.by import By

    mechanism = next(iter(ix.search("执行", province="湖南省").facets["mechanism"]))
    visit(small_screen, base_url + "/?q=" + quote("执行") + "&province=" + quote("湖南省")
          + "&mechanism=" + quote(mechanism))
    height = small_screen.execute_script("return window.innerHeight")
    chips = small_screen.find_elements(By.CSS_SELECTOR, ".chosen a.chip")
    assert [c.text.split("\n")[-1] for c in chips] == ["Province: 湖南省 ✕", f"Mechanism: {mechanism} ✕"]
    assert all(c.location["y"] < height for c in chips)  # seen above the hits, on a phone too
    click_and_wait(small_screen, chips[1])
    assert total(small_screen) == ix.search("执行", province="湖南省").total
    visit(small_screen, base_url + "/?q=" + quote("执行") + "&province=" + quote("湖南省")
          + "&mechanism=" + quote(mechanism) + "&sort=date")
    click_and_wait(small_screen, small_screen.find_element(By.CSS_SELECTOR, ".chosen a.clear"))
    assert total(small_screen) == ix.search("执行").total
    assert small_screen.find_elements(By.CSS_SELECTOR, ".chosen") == []
    assert "sort=date" in small_screen.current_url and small_screen.find_element(By.ID, "q").get_attribute("value") == "执行"


def test_a_hit_found_in_a_later_section_opens_its_article_at_that_section(small_screen, base_url, ix):
    from selenium.webdriver.common.by import By

    hits = ix.search("执行", limit=10).hits
    n, hit = next((n, h) for n, h in enumerate(hits) if h.section_no > 1 and h.section)
    visit(small_screen, base_url + "/?q=" + quote("执行"))
    click_and_wait(small_screen, small_screen.find_elements(By.CSS_SELECTOR, "li.hit h3 a")[n])
    heading = small_screen.find_elements(By.CSS_SELECTOR, "section.section h2")
    target = next(h for h in heading if h.text == hit.section)
    top = small_screen.execute_script("return arguments[0].getBoundingClientRect().top", target)
    assert -10 <= top < 100  # scrolled to, not somewhere below the first screen


def test_the_keyboard_reaches_the_hits_without_tabbing_through_every_facet(browser, base_url, ix):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    visit(browser, base_url + "/?q=" + quote("执行"))
    ActionChains(browser).send_keys(Keys.TAB).perform()
    skip = browser.switch_to.active_element
    assert skip.is_displayed() and "results" in skip.text
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    links = 0
    while links < 6:  # the summary's few links, then the first hit
        ActionChains(browser).send_keys(Keys.TAB).perform()
        links += 1
        focused = browser.switch_to.active_element
        if focused.text == ix.search("执行").hits[0].title:
            break
    else:
        raise AssertionError(f"the first hit is not among the first links after skipping: {focused.text!r}")
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT).until(lambda d: "/article/" in d.current_url)


@pytest.fixture(scope="module")
def dot_ids_server(tmp_path_factory):
    """A served index whose articles have the ids ``..``, ``.`` and ``a/..`` (JSONL ids)."""
    import json

    folder = tmp_path_factory.mktemp("dot-ids")
    src = folder / "dots.jsonl"
    rows = [{"id": i, "title": f"点号编号{n}号报道", "text": f"法院组织交叉执行，第{n}篇点号编号测试。", "date": "2024-05-0" + str(n)}
            for n, i in enumerate(("..", ".", "a/.."), 1)]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    lawnews.build_index([src], folder / "index", rebuild=True)
    yield from serving(folder / "index", tmp_path_factory)


def test_an_article_whose_id_is_a_dot_segment_opens_from_its_hit(browser, dot_ids_server):
    from selenium.webdriver.common.by import By

    for n in (1, 2, 3):
        visit(browser, dot_ids_server + "/?q=" + quote("点号编号"))
        link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "li.hit h3 a") if a.text == f"点号编号{n}号报道")
        click_and_wait(browser, link)
        assert browser.find_element(By.TAG_NAME, "h1").text == f"点号编号{n}号报道", browser.current_url


@pytest.fixture(scope="module")
def long_words_server(tmp_path_factory):
    """A served index with an article whose text holds long unbroken tokens (an image's
    file name, escaped markup), as pages saved from the web do."""
    import json

    folder = tmp_path_factory.mktemp("long-words")
    src = folder / "long.jsonl"
    name = "4f" * 40 + "_640_wx_fmt=jpeg&wxfrom=5&wx_lazy=1.jpg"
    rows = [{"id": "long-1", "title": "长词测试" + "\\u003Cp\\u003E" * 12, "date": "2024-05-01",
             "text": f"法院开展集中执行行动。\n{name}\n" + "\\u003Cstrong\\u003E" * 10 + "执行干警依法拘留被执行人。"}]
    # enough short stories for page numbers of four digits, one hit a page
    rows += [{"id": f"short-{n}", "title": f"第{n}号通报", "text": f"法院通报第{n}号执行案件。"} for n in range(1000)]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    lawnews.build_index([src], folder / "index", rebuild=True)
    yield from serving(folder / "index", tmp_path_factory)


def test_on_a_small_screen_long_unbroken_words_wrap_instead_of_scrolling_sideways(small_screen, long_words_server):
    """A long word in an article, in a query without results, in an unknown filter value
    or in an address without a page wraps within the screen."""
    long = "x" * 300
    for path in ("/article/long-1", "/?q=" + quote("执行"), "/?q=" + long, "/?q=" + quote('"' + long),
                 "/?q=" + quote("执行") + "&province=" + long, "/article/" + long):
        small_screen.get(long_words_server + path)
        inner, scroll = small_screen.execute_script(
            "return [window.innerWidth, document.documentElement.scrollWidth]")
        assert scroll <= inner, path


def test_on_a_small_screen_the_page_links_wrap_whole_instead_of_breaking_their_numbers(small_screen, long_words_server):
    """Page numbers of four digits make more links than a phone's line holds: they wrap
    to a second line, each number and word whole, and the page does not scroll sideways."""
    from selenium.webdriver.common.by import By

    small_screen.get(long_words_server + "/?per_page=1&page=500")
    links = small_screen.find_elements(By.CSS_SELECTOR, "nav.pages > *")
    assert [e.text for e in links if e.text.isdigit()][-1] == "1001"
    for link in links:
        lines = small_screen.execute_script(
            "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
            " return new Set(Array.from(r.getClientRects(), x => Math.round(x.top))).size", link)
        assert lines == 1, link.text
    inner, scroll = small_screen.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert scroll <= inner


def test_the_keyboard_unfolds_a_long_facet_and_a_reload_keeps_it_unfolded(browser, base_url, ix):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    provinces = list(ix.search("").facets["province"])
    assert len(provinces) > 10
    console_errors(browser)  # what earlier pages left there
    visit(browser, base_url + "/")

    def shown() -> list[str]:
        return [a.get_attribute("data-value") for a in
                browser.find_elements(By.CSS_SELECTOR, 'section[data-facet="region"] a.fv') if a.is_displayed()]

    assert shown() == provinces[:10]
    for _ in range(60):  # the skip link, the header, the form, then the region facet's values
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element.get_attribute("id") == "more-province":
            break
    else:
        raise AssertionError("the region facet's more link is not reached by the keyboard")
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    WebDriverWait(browser, WAIT).until(lambda d: "more=province" in d.current_url)
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert shown() == provinces
    region = browser.find_element(By.ID, "facet-region")  # the page opens at the facet unfolded
    assert -10 <= browser.execute_script("return arguments[0].getBoundingClientRect().top", region) < 200
    browser.refresh()
    assert shown() == provinces
    browser.back()
    WebDriverWait(browser, WAIT).until(lambda d: "more=" not in d.current_url)
    assert shown() == provinces[:10]


def test_every_page_is_english_with_its_chinese_text_in_chinese_and_one_h1(browser, base_url, ix):
    from selenium.webdriver.common.by import By

    script = """
        const out = [];
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) {
            const node = walk.currentNode;
            if (/[\\u3400-\\u9fff]/.test(node.textContent)) {
                const lang = node.parentElement.closest('[lang]').getAttribute('lang');
                if (!lang.startsWith('zh')) out.push(node.textContent.trim());
            }
        }
        return out;"""
    for path in ("/?q=" + quote("执行") + "&province=" + quote("湖南省"), "/article/" + STORY_ID,
                 "/trends?q=" + quote("执行"), "/first", "/article/nope"):
        visit_allowing_errors(browser, base_url + path)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert browser.execute_script(script) == [], path
        assert len(browser.find_elements(By.TAG_NAME, "h1")) == 1, path


def visit_allowing_errors(driver, url: str) -> None:
    """Open ``url``, whose status may be an error's (the console says so)."""
    driver.get(url)
    console_errors(driver)
