"""``lawnews serve`` says what ``lawnews show`` and ``lawnews search`` say of statutes: a
statute article of a version the collection holds a later version of is marked superseded
(on its page and as a hit), and a citation names the collection's law whose text it shows
where the printed title reads as another law (a short title the name table lacks: 《测试法》).

Over HTTP (Starlette's TestClient) on one index of statute records and news articles
written for these tests, their citations resolved against a collection of those records.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from support import write_jsonl

starlette_testclient = pytest.importorskip("starlette.testclient")

LAW = "中华人民共和国测试法"
STATUTES = [
    {"id": f"T{year[:4]}#{n}", "title": f"{LAW} {n}", "text": text, "date": year, "law": LAW}
    for year, n, text in (("2020-01-01", "第一条", "申请执行人可以向人民法院申请强制执行。"),
                          ("2020-01-01", "第二条", "执行费用由被执行人负担。"),
                          ("2023-06-01", "第一条", "为了规范测试活动，制定本法。"),
                          ("2023-06-01", "第二条", "执行费用由被执行人负担。"))
]
NEWS = [{"id": "printed", "title": "测试法案", "date": "2024-05-01", "source": "测试日报",
         "text": "依照《测试法》第二条的规定，执行费用由被执行人负担，判决如下。"}]


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """The app over one index of :data:`STATUTES` and :data:`NEWS`, resolved against a
    collection of :data:`STATUTES`."""
    import lawnews
    from lawnews.web import create_app

    folder = tmp_path_factory.mktemp("web-statute-notes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(folder / "statutes.sqlite"))
        statutes = write_jsonl(folder / "statutes.jsonl", STATUTES)
        lawnews.build_index([statutes], folder / "collect")  # fills the collection first
        lawnews.build_index([statutes, write_jsonl(folder / "news.jsonl", NEWS)], folder / "index")
        with starlette_testclient.TestClient(create_app(folder / "index"), raise_server_exceptions=False) as c:
            yield c


def test_the_page_of_a_superseded_statute_article_says_so(client):
    page = client.get("/article?id=" + "T2020%23第一条")
    assert page.status_code == 200
    text = plain(page.text)
    assert f"superseded: {LAW} has a later version in the statute collection (2023-06-01)" in text
    assert 'class="notice version-note"' in page.text
    latest = plain(client.get("/article?id=" + "T2023%23第一条").text)
    assert "superseded" not in latest


def test_a_hit_of_a_superseded_statute_article_says_so(client):
    page = client.get("/", params={"q": "强制执行"})
    assert page.status_code == 200
    text = plain(page.text)
    assert 'class="version-note"' in page.text
    assert f"superseded: {LAW} has a later version in the statute collection (2023-06-01)" in text


def test_a_citation_names_the_law_of_the_collection_whose_text_it_shows(client):
    data = client.get("/article/printed", params={"format": "json"}).json()
    (cited,) = data["citations"]
    assert cited.get("resolved_law") == LAW  # the printed title reads as another law
    page = unescape(client.get("/article/printed").text)
    assert f'→ <span lang="zh-Hans">{LAW}</span>' in page
    assert f'→ <span lang="zh-Hans">{cited["law"]}</span>' not in page
