"""``lawnews serve`` as a researcher in Taipei uses it: traditional characters typed, the
keyboard alone and a screen reader; the pages' answers a browser is not needed for
(statuses, titles, forms, tables, marks of language), checked over HTTP.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


def plain(html: str) -> str:
    """A page's text: its tags left out, its entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def title_of(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def main_of(html: str) -> str:
    return re.search(r"<main.*?</main>", html, re.S).group(0)


# ------------------------------------------------------------------ a profile naming no subject, or two

def test_a_profile_naming_no_subject_is_the_form_to_pick_one(client):
    r = client.get("/profile", params={"q": "執行"})
    assert r.status_code == 200  # the view's own empty form, as /statute without an article
    assert title_of(r.text) == "Profile of one court, region, mechanism, source or law · lawnews"
    assert 'role="alert"' not in r.text and "cannot be used" not in r.text
    form = re.search(r'<form class="query" method="get" action="/profile"[^>]*>.*?</form>', r.text, re.S).group(0)
    assert re.search(r'<label>profile of <select name="of" id="of">', form)
    assert '<option value="court" selected>court</option>' in form and '<option value="statute">law cited</option>' in form
    assert re.search(r'<label>name <input type="text" name="subject" value=""[^>]* lang="zh"', form)
    assert 'name="q" value="執行"' in form  # the query kept, as typed


def test_the_subject_picked_in_the_form_is_sent_on_to_its_profile(client, ix):
    r = client.get("/profile", params={"of": "court", "subject": "荆州中院", "q": "执行", "every": "year"},
                   follow_redirects=False)
    assert r.status_code == 302
    moved = urlsplit(r.headers["location"])
    assert moved.path == "/profile"
    assert parse_qsl(moved.query) == [("court", "荆州中院"), ("q", "执行"), ("every", "year")]
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and title_of(page.text).startswith("Profile of 荆州市中级人民法院 (court)")
    # beside a filter that could be a subject too, of= says which one is
    r = client.get("/profile.json", params={"of": "province", "subject": "湖南", "court_level": "中级"},
                   follow_redirects=False)
    assert parse_qsl(urlsplit(r.headers["location"]).query) == [("province", "湖南"), ("court_level", "中级"),
                                                               ("of", "province")]
    assert client.get(r.headers["location"]).json() == ix.profile("province:湖南", court_level="中级").to_dict()


def test_a_profile_naming_two_subjects_is_a_400_titled_with_what_it_needs(client):
    r = client.get("/profile", params={"province": "湖南", "court": "荆州中院"})
    assert r.status_code == 400
    assert title_of(r.text) == "A profile is of one court, region, mechanism, source or law, not 2 · lawnews"
    assert "cannot be used" not in r.text
    assert re.search(r'name="court" value="荆州中院"[^>]* aria-invalid="true" aria-describedby="problem" autofocus', r.text)
    assert 'href="/profile">Start again' in r.text


def test_the_json_of_a_profile_naming_no_subject_is_a_400_saying_so(client):
    r = client.get("/profile.json")
    assert r.status_code == 400
    assert r.json()["title"] == "No profile subject given" and "names none" in r.json()["error"]
    assert client.get("/profile", params={"format": "csv"}).status_code == 400


# ------------------------------------------------------------------ first reports tied on their first date

#: Three stories of 交叉执行 in 湖南: two reported on one first date, one later.
TIED = [
    {"id": "tie-a", "title": "长沙中院开展交叉执行", "date": "2024-03-05", "source": "湖南日报",
     "text": "长沙市中级人民法院启动交叉执行工作，抽调执行干警赴外地法院办理积案，首批案件已经移交。"},
    {"id": "tie-b", "title": "湘潭法院交叉执行首批案件移交", "date": "2024-03-05", "source": "湘潭晚报",
     "text": "湘潭市中级人民法院与邻市法院签订交叉执行协议，双方互相移送长期未结的执行案件，并约定办理期限。"},
    {"id": "tie-c", "title": "株洲法院交叉执行见成效", "date": "2024-06-20", "source": "株洲日报",
     "text": "株洲市中级人民法院通过交叉执行办结一批久拖未结案件，执行到位金额五百余万元，当事人送来锦旗。"},
]


@pytest.fixture(scope="module")
def tied_client(tmp_path_factory):
    import json

    import lawnews
    from lawnews.web import create_app

    folder = tmp_path_factory.mktemp("tied")
    jsonl = folder / "tied.jsonl"
    jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in TIED), encoding="utf-8")
    lawnews.build_index([jsonl], folder / "index", rebuild=True)
    with lawnews.NewsIndex.open(folder / "index") as opened:
        adoption = opened.first("", by="province", mechanism="交叉执行")
    with starlette_testclient.TestClient(create_app(folder / "index"), raise_server_exceptions=False) as c:
        yield c, adoption


def test_first_reports_say_how_many_other_stories_were_reported_on_the_same_first_date(tied_client):
    client, adoption = tied_client
    (row,) = adoption.rows
    assert (row.value, row.date, row.id, row.same_day) == ("湖南省", "2024-03-05", "tie-a", 1)
    page = client.get("/first", params={"mechanism": "交叉执行"}).text
    table = re.search(r'<table class="data" id="first-table">.*?</table>', page, re.S).group(0)
    heads = [plain(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", re.search(r"<thead>.*?</thead>", table, re.S).group(0))]
    assert "same day" in heads
    cells = [plain(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", re.search(r"<tbody.*?</tbody>", table, re.S).group(0))]
    assert cells[heads.index("same day")] == "+1 other story that day"
    # the stories of that day are one search away: the value on its first date
    link = re.search(r'<a class="same-day" href="([^"]+)"', table).group(1)
    found = dict(parse_qsl(urlsplit(unescape(link)).query))
    assert found["from"] == found["to"] == "2024-03-05" and found["province"] == "湖南省"
    listed = client.get(unescape(link)).text
    assert "tie-a" in listed and "tie-b" in listed and "tie-c" not in listed


def test_first_reports_without_ties_have_no_same_day_column(client):
    page = client.get("/first", params={"mechanism": "交叉执行"}).text
    assert 'id="first-table"' in page and "same day" not in page


# ------------------------------------------------------------------ the language of each run of text

def langs(html: str) -> set[str]:
    return set(re.findall(r'\slang="([^"]+)"', html))


def test_the_indexs_text_is_marked_simplified_and_a_query_typed_in_traditional_traditional(client):
    page = client.get("/", params={"q": "執行難", "court": "湖南高院"}).text
    assert re.search(r'<html lang="en">', page)
    heading = re.search(r'<h1 class="view">(.*?)</h1>', page, re.S).group(1)
    assert '“<span lang="zh-Hant">執行難</span>”' in heading  # echoed as typed, in its script
    assert '<span lang="zh-Hans">湖南省高级人民法院</span>' in heading  # named as the index has it
    assert re.search(r'<p class="snippet" lang="zh-Hans">', page)
    assert langs(main_of(page)) <= {"zh-Hans", "zh-Hant", "zh", "en"}
    simplified = client.get("/", params={"q": "执行难"}).text
    assert '“<span lang="zh-Hans">执行难</span>”' in simplified
    trends = client.get("/trends", params={"q": "執行難", "by": "province"}).text
    assert '“<span lang="zh-Hant">執行難</span>”' in trends
    assert 'lang="zh-Hans">' in trends and 'lang="zh">' not in re.sub(r"<input[^>]*>", "", trends)


def test_a_message_quoting_a_value_typed_in_traditional_marks_it_so(client):
    r = client.get("/", params={"q": "執行", "province": "火星省份"})
    assert r.status_code == 400
    assert '<span lang="zh-Hans">火星省份</span>' in r.text
    r = client.get("/", params={"q": "執行", "province": "龍宮省"})
    message = re.search(r'<p class="message">(.*?)</p>', r.text, re.S).group(1)
    assert "<span lang=\"zh-Hant\">龍宮省</span>" in message and "<span lang=\"zh-Hans\">青海省</span>" in message


@pytest.mark.parametrize("path, params, names", [
    ("/", {"q": "執行難"}, ["q"]),
    ("/trends", {"q": "執行難"}, ["q"]),
    ("/first", {"mechanism": "交叉執行"}, ["q", "mechanism"]),
    ("/profile", {}, ["subject", "q"]),
    ("/profile", {"mechanism": "交叉执行"}, ["q"]),
    ("/statute", {}, ["ref"]),
    ("/cited-by", {"cites": "火星法第一條"}, ["cites"]),  # its error page's form
])
def test_every_field_chinese_is_typed_in_is_marked_chinese_of_either_script(client, path, params, names):
    page = client.get(path, params=params).text
    for name in names:
        tag = re.search(r'<input type="(?:search|text)" name="%s"[^>]*>' % name, page).group(0)
        assert ' lang="zh"' in tag, tag  # a screen reader reads what is typed there in Chinese, either script


# ------------------------------------------------------------------ counts a screen reader finds

@pytest.mark.parametrize("path, params, count", [
    ("/", {"q": "執行難"}, "6 stories"),
    ("/trends", {"q": "執行難", "by": "province"}, "6 stories"),
    ("/first", {"mechanism": "交叉執行"}, "4 stories"),
    ("/profile", {"mechanism": "交叉執行"}, "4 stories"),
    ("/cited-by", {"cites": "刑法第313条"}, "stor"),
])
def test_each_views_count_is_a_status_a_screen_reader_finds(client, path, params, count):
    page = client.get(path, params=params).text
    statuses = re.findall(r'<(\w+)[^>]* role="status"[^>]*>(.*?)</\1>', page, re.S)
    assert len(statuses) == 1, statuses
    assert count in plain(statuses[0][1])
