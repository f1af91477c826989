"""``lawnews serve`` as a court's research office and a policy analyst preparing a
briefing use it: figures compared over provinces, courts and time, each followed back
to the articles it counts, copied out, printed, read on a phone or by a screen reader.

The app runs in-process under Starlette's TestClient (or, for what a browser alone
shows, the real command in headless Chromium) over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

import lawnews
from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)

def total_of(html: str) -> int:
    return int(re.search(r'id="total" data-total="(\d+)"', html).group(1))


class Cells(HTMLParser):
    """The links in the cells of a table (``id``): ``(row heading, text, href)``."""

    def __init__(self, html: str, table: str) -> None:
        super().__init__()
        self.table, self.inside, self.row, self.href = table, False, "", None
        self.in_th = False
        self.links: list[tuple[str, str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id") == self.table:
            self.inside = True
        if not self.inside:
            return
        if tag == "tr":
            self.row = ""
        elif tag == "th":
            self.in_th = True
        elif tag == "a":
            self.href = a.get("href") or ""
            self.links.append((self.row, "", self.href))

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif tag == "th":
            self.in_th = False
        elif tag == "a":
            self.href = None

    def handle_data(self, data):
        if not self.inside:
            return
        if self.in_th and self.href is None:
            self.row += data.strip()
        if self.href is not None:
            row, text, href = self.links[-1]
            self.links[-1] = (row, text + data, href)


# ------------------------------------------------------------------ figures followed back

@pytest.mark.parametrize("params", [
    {"by": "province", "every": "quarter"},
    {"by": "court_level", "every": "month", "from": "2024-03-12", "to": "2024-11-20"},
    {"q": "执行", "by": "mechanism", "every": "year", "all_copies": "1"},
])
def test_each_count_of_the_trends_table_leads_to_the_stories_it_counts(client, params):
    page = client.get("/trends", params=params)
    assert page.status_code == 200
    cells = [(row, text, href) for row, text, href in Cells(page.text, "trend-table").links if text.strip().isdigit()]
    dated = [c for c in cells if c[0] not in ("undated", "total")]
    assert len(dated) >= 3
    for row, text, href in dated:
        found = client.get(unescape(href))
        assert found.status_code == 200, href
        assert total_of(found.text) == int(text), (row, href)
    bars = re.findall(r'<a href="([^"]+)" tabindex="-1"><rect class="bar[^>]*><title lang="zh-Hans">([^<]+)</title>', page.text)
    assert len(bars) == len([c for c in dated if "from=" in c[2] and params["by"] + "=" in c[2]])
    for href, title in bars:
        assert total_of(client.get(unescape(href)).text) == int(title.rsplit(": ", 1)[1])


def test_a_trends_period_is_the_dates_a_search_takes():
    from lawnews.landscape import period_dates

    assert period_dates("2024-03") == ("2024-03", "2024-03")
    assert period_dates("2024-Q4") == ("2024-10", "2024-12")
    assert period_dates("2024") == ("2024", "2024")
    assert period_dates("2024-03", "2024-03-15", "2024-06") == ("2024-03-15", "2024-03")
    assert period_dates("2024", "2024-02", "2024-11-30") == ("2024-02", "2024-11-30")
    with pytest.raises(lawnews.LawNewsError):
        period_dates("2024-Q5")


def test_at_the_most_values_drawn_the_trends_offer_no_link_to_the_same_page(web_index, monkeypatch):
    from lawnews.web import create_app, render, views

    monkeypatch.setitem(render.GLOBALS, "max_top", 3)
    monkeypatch.setattr(views, "MAX_TOP", 3)
    with starlette_testclient.TestClient(create_app(web_index, workers=1)) as c:
        page = c.get("/trends", params={"by": "court", "top": "2"}).text
        assert re.search(r'2 of \d+ values shown · <a href="[^"]*top=3">show 3</a>', page)
        page = c.get("/trends", params={"by": "court", "top": "3"}).text
        more = re.search(r'<p class="more">(.*?)</p>', page).group(1)
        assert "<a " not in more and "3 is the most drawn" in more


# ------------------------------------------------------------------ what a screen reader hears

def test_the_trends_chart_and_tables_say_what_they_count(client, ix):
    page = client.get("/trends", params={"q": "执行", "by": "province", "every": "quarter", "court_level": "中级"}).text
    t = ix.trends("执行", by="province", every="quarter", court_level="中级")
    label = html_unescaped(re.search(r'<svg class="chart"[^>]* aria-label="([^"]*)"', page).group(1))
    assert "stories per province, every quarter" in label and "执行" in label and "中级" in label
    assert f"from {t.periods[0]} to {t.periods[-1]}" in label and "the table below" in label
    assert f"{t.series[0].value} {t.series[0].total}" in label
    caption = strip_tags(re.search(r'<table class="data" id="trend-table">\s*<caption>(.*?)</caption>', page, re.S).group(1))
    assert caption.startswith("Stories per province, every quarter, matching “执行”")
    first = client.get("/first", params={"mechanism": "交叉执行", "by": "court_level"}).text
    caption = strip_tags(re.search(r'<table class="data" id="first-table">\s*<caption>(.*?)</caption>', first, re.S).group(1))
    assert caption == "First dated report of 交叉执行 per court level"


def html_unescaped(text: str) -> str:
    return unescape(text)


def strip_tags(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", markup)).strip()


def window_title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def test_the_window_titles_of_trends_and_first_reports_tell_them_apart(client):
    trends = client.get("/trends", params={"q": "执行", "by": "province", "every": "quarter", "court_level": "中级",
                                           "from": "2023-06"}).text
    assert window_title(trends) == "Trends by province, every quarter: 执行, 中级, 2023-06–… · lawnews"
    assert window_title(client.get("/trends").text) == "Trends by mechanism, every month · lawnews"
    one = window_title(client.get("/first", params={"mechanism": "交叉执行"}).text)
    other = window_title(client.get("/first", params={"mechanism": "执转破", "by": "court_level",
                                                      "province": "湖南"}).text)
    assert one == "First reports of 交叉执行 by province · lawnews"
    assert other == "First reports of 执转破 by court level: 湖南省 · lawnews"


# ------------------------------------------------------------------ in a browser

from test_web_browser import base_url, browser, visit  # noqa: E402,F401 (fixtures)


def printed(driver, url: str) -> None:
    """``url`` as the browser lays it out to print it (or save it as PDF)."""
    visit(driver, url)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})


def displayed(driver, selector: str) -> list[bool]:
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(e => getComputedStyle(e).display != 'none')", selector)


def test_a_printed_search_or_trends_page_holds_the_figures_not_the_controls(browser, base_url):  # noqa: F811
    try:
        printed(browser, base_url + "/?per_page=3&q=" + quote("执行"))
        for controls in ("header.top nav", "form.query", "aside.facets", "nav.pages"):
            assert displayed(browser, controls) == [False], controls
        assert all(displayed(browser, "li.hit")) and displayed(browser, "#total") == [True]
        widths = browser.execute_script("return [document.querySelector('main').clientWidth,"
                                        " document.querySelector('section.results').clientWidth]")
        assert widths[1] >= widths[0] * 0.95, widths  # the hits have the paper's width, no sidebar beside them
        printed(browser, base_url + "/trends?by=province&every=quarter")
        assert displayed(browser, "form.query") == [False] and displayed(browser, "p.switch") == [False]
        assert all(displayed(browser, "#trend-table, svg.chart, ul.legend"))
        adjust = browser.execute_script("return getComputedStyle(document.querySelector('.legend .swatch'))"
                                        ".printColorAdjust || getComputedStyle(document.querySelector('.legend .swatch'))"
                                        ".webkitPrintColorAdjust")
        assert adjust == "exact"  # the legend's colours are printed, or its values could not be told apart
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


from test_web_browser import small_screen  # noqa: E402,F401 (fixture)

#: The height of each matching element, in lines of its own text.
LINES = ("return [...document.querySelectorAll(arguments[0])].map(e => {"
         " const r = document.createRange(); r.selectNodeContents(e);"
         " return Math.round(r.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)); })")


def test_on_a_phone_the_tables_keep_headings_dates_and_titles_readable(small_screen, base_url):  # noqa: F811
    visit(small_screen, base_url + "/trends?by=court&every=quarter&top=12")
    assert set(small_screen.execute_script(LINES, "#trend-table thead th")) == {1}  # not a character a line
    assert set(small_screen.execute_script(LINES, "#trend-table tbody th")) == {1}
    visit(small_screen, base_url + "/first?by=court")
    assert set(small_screen.execute_script(LINES, "#first-table td.date")) == {1}  # 2024-07-01 whole
    widths = small_screen.execute_script(
        "return [...document.querySelectorAll('#first-table td.title')].map(e => e.getBoundingClientRect().width)")
    assert widths and min(widths) >= 150
    inner, scroll = small_screen.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert scroll <= inner  # the table scrolls in its own box, not the page


def test_the_values_with_only_undated_reports_link_to_their_stories(client, ix):
    params = {"q": "执行", "by": "court_level"}
    adoption = ix.first("执行", by="court_level")
    assert adoption.undated_values
    page = client.get("/first", params=params).text
    undated = re.search(r'<p class="undated">(.*?)</p>', page, re.S).group(1)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', undated)
    assert [v for _, v in links] == list(adoption.undated_values)
    for href, value in links:
        found = client.get(unescape(href)).text
        assert total_of(found) == ix.search("执行", court_level=value).total > 0


# ------------------------------------------------------------------ profiles

def links_in(markup: str) -> list[tuple[str, str]]:
    return [(unescape(href), strip_tags(text)) for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', markup, re.S)]


def test_a_province_profile_shows_its_figures_each_leading_to_the_stories_it_counts(client, ix):
    r = client.get("/profile", params={"province": "湖南", "every": "year"})
    assert r.status_code == 200, r.text
    p = ix.profile("province:湖南", every="year")
    assert total_of(r.text) == p.total > 0
    assert window_title(r.text) == "Profile of 湖南省 (province) · lawnews"
    # the total, each period's count, each value reported with it: the search of what it counts
    href = unescape(re.search(r'<a id="total" data-total="\d+" href="([^"]+)"', r.text).group(1))
    assert total_of(client.get(href).text) == p.total
    table = re.search(r'<table class="data" id="profile-table">(.*?)</table>', r.text, re.S).group(1)
    cells = links_in(table)
    assert [int(n) for _, n in cells] == [n for n in p.trend.totals if n]
    for href, n in cells:
        assert total_of(client.get(href).text) == int(n)
    facets = re.search(r'<dl class="profile-facets">(.*?)</dl>', r.text, re.S).group(1)
    courts = dict(p.cooccurring["court"])
    linked = [(href, v) for href, v in links_in(facets) if v in courts]
    assert len(linked) == len(courts) > 0
    for href, v in linked:
        assert total_of(client.get(href).text) == courts[v] == ix.search("", province="湖南省", court=v).total


def test_a_court_profile_follows_the_dates_and_its_json_is_the_librarys(client, ix):
    params = {"court": "荆州中院", "every": "quarter", "from": "2024-01"}
    page = client.get("/profile", params=params)
    assert page.status_code == 200
    p = ix.profile("court:荆州中院", every="quarter", start="2024-01")
    assert page.text.count('<li class="hit">') == len(p.latest)
    assert client.get("/profile.json", params=params).json() == p.to_dict()
    assert client.get("/profile", params={**params, "format": "json"}).json() == p.to_dict()
    assert client.get("/profile", params={**params, "format": "csv"}).text.lstrip("\ufeff").startswith("period,")


@pytest.mark.parametrize("params, words", [
    ({"court": "荆州中院", "province": "湖南"}, "names 2, court 荆州中院 and province 湖南"),
    ({"province": "<script>火星</script>"}, "unknown province"),
    ({"province": "湖南", "every": "day"}, "every must be one of"),
    ({"province": "湖南", "from": "2025", "to": "2024"}, "comes after"),
])
def test_a_profile_asked_wrongly_is_a_400_saying_what_to_give(client, params, words):
    r = client.get("/profile", params=params)
    assert r.status_code == 400
    assert words in strip_tags(re.search(r'class="message">(.*?)</p>', r.text, re.S).group(1))
    assert "<script>" not in r.text


def test_profiles_are_linked_from_the_filters_the_trends_and_first_reports(client, ix):
    search = client.get("/", params={"q": "执行", "court": "荆州中院"}).text
    assert ("/profile?court=" + quote("荆州市中级人民法院")) in search
    trends = client.get("/trends", params={"by": "court_level"}).text
    assert "/profile?court_level=" + quote("中级") in trends
    first = client.get("/first", params={"mechanism": "交叉执行"}).text
    assert "/profile?province=" + quote("湖北省") in first
