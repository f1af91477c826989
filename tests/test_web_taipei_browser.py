"""``lawnews serve`` in a real headless Chromium, as a researcher in Taipei uses it: by the
keyboard alone (Tab, Enter), with a screen reader, typing traditional characters (see
:mod:`test_web_browser` for how the server and the browser run; without them these tests
are skipped)."""

from __future__ import annotations

from urllib.parse import quote

from test_web_browser import base_url, browser, visit, web_index  # noqa: F401  (fixtures)

#: Where the keyboard's focus is, and whether its ring shows: the focused element, its
#: outline, the colour around it (the ring is drawn off the element), and the first box scrolling in its own strip that cuts
#: the ring off (null when none does).
FOCUS = """
const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
const ring = (parseFloat(s.outlineWidth) || 0) + Math.max(parseFloat(s.outlineOffset) || 0, 0);
let cut = null;
for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
  const ps = getComputedStyle(p);
  if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
  const pr = p.getBoundingClientRect();
  if (r.top - ring < pr.top - 0.5 || r.bottom + ring > pr.bottom + 0.5 || r.left - ring < pr.left - 0.5
      || r.right + ring > pr.right + 0.5) { cut = p.tagName.toLowerCase() + (p.className ? '.' + p.className : ''); break; }
}
let bg = 'rgba(0, 0, 0, 0)';
for (let p = e.parentElement; p && bg === 'rgba(0, 0, 0, 0)'; p = p.parentElement) bg = getComputedStyle(p).backgroundColor;
return {tag: e.tagName.toLowerCase(), text: (e.innerText || e.value || '').trim().slice(0, 40),
        style: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0, colour: s.outlineColor, behind: bg, cut: cut};
"""


def _rgb(css: str) -> tuple[float, ...]:
    return tuple(float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3])


def contrast(a: str, b: str) -> float:
    """The contrast ratio of two CSS colours (WCAG 2)."""
    def luminance(rgb: tuple[float, ...]) -> float:
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    hi, lo = sorted((luminance(_rgb(a)), luminance(_rgb(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def tabbed(browser, stops: int) -> list[dict]:
    """Where the focus goes at each of ``stops`` presses of Tab from the top of the page."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    out = []
    for _ in range(stops):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        out.append(browser.execute_script(FOCUS))
    return out


def test_the_focus_ring_shows_whole_on_the_header_and_in_the_tables(browser, base_url):
    for path in ("/first?mechanism=" + quote("交叉執行"), "/trends?by=province&every=year"):
        visit(browser, base_url + path)
        stops = [f for f in tabbed(browser, 40) if f["tag"] != "body"]
        assert len(stops) > 20
        for f in stops:
            assert f["style"] != "none" and f["width"] >= 2, f
            assert f["cut"] is None, f  # the header's links and the table's scroll in strips of their own
            assert contrast(f["colour"], f["behind"]) >= 3, str(f)  # a ring seen on the header's dark red too
        assert {"Search", "Trends", "Statutes"} <= {f["text"] for f in stops}


def test_a_profile_is_picked_by_keyboard_in_traditional_characters(browser, base_url):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    visit(browser, base_url + "/profile")
    assert browser.title == "Profile of one court, region, mechanism, source or law · lawnews"
    stops = []
    while browser.switch_to.active_element.get_attribute("id") != "of" and len(stops) < 12:
        ActionChains(browser).send_keys(Keys.TAB).perform()
        stops.append(browser.switch_to.active_element.get_attribute("id"))
    kind = browser.switch_to.active_element
    assert kind.get_attribute("id") == "of" and kind.accessible_name == "profile of" and kind.aria_role == "combobox"
    ActionChains(browser).send_keys("m").perform()  # the keyboard picks an option by its first letter
    assert kind.get_attribute("value") == "mechanism"
    ActionChains(browser).send_keys(Keys.TAB).perform()
    name = browser.switch_to.active_element
    assert name.get_attribute("id") == "subject" and name.accessible_name == "name"
    ActionChains(browser).send_keys("交叉執行", Keys.ENTER).perform()
    WebDriverWait(browser, 20).until(lambda d: d.title.startswith("Profile of 交叉执行"))
    assert browser.title == "Profile of 交叉执行 (mechanism) · lawnews"
    simplified = browser.find_element(By.ID, "total").get_attribute("data-total")
    visit(browser, base_url + "/profile?mechanism=" + quote("交叉执行"))
    assert browser.find_element(By.ID, "total").get_attribute("data-total") == simplified != "0"
