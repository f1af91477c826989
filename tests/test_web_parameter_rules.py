"""How ``lawnews serve`` reads the parameters of an address, the same on every page and
its JSON or CSV twin: a ``format`` the address does not give is a 400 naming it, wherever
it is asked; a parameter that takes one value, given twice, is a 400 naming it (which value
was meant is not guessed), while the filters keep taking several; a number is digits, ASCII or
full-width alike at any length (``page=２``; a page far past the last a 404 either way), and
nothing else Python's ``int`` reads (``1_0``); the links of a page past the last that keep the
page of hits lead to the last page. Two parameters saying opposite things (``expand=1&no_expand=1``)
are a 400 naming both, as are ``cites`` and ``statute`` both naming the statute of ``/cited-by``,
which takes either (``statute`` as the command's STATUTE argument). The kind the profile form
picks (``of``) is a choice as ``sort`` and ``by`` are: taken in any case, the address made canonical.

The app runs under Starlette's TestClient over an index of a few news articles and one
statute article written for these tests.
"""

from __future__ import annotations

import html
import re

import pytest

from support import news_with_statutes

starlette_testclient = pytest.importorskip("starlette.testclient")

LAW = "中华人民共和国刑法"
STATUTES = [{"id": "T1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"}]
NEWS = [
    {"id": "a1", "title": "青石县法院集中执行", "date": "2024-03-10", "source": "人民法院报",
     "text": "湖南省青石县人民法院开展集中执行行动，依照刑法第313条追究一名被执行人的刑事责任。"},
    {"id": "a2", "title": "荆州中院网络拍卖", "date": "2024-04-12", "source": "法治日报",
     "text": "湖北省荆州市中级人民法院通过网络拍卖处置被执行人房产，执行到位金额八十余万元。"},
    {"id": "a3", "title": "红河镇调解纠纷", "date": "2023-11-02", "source": "人民法院报",
     "text": "湖南省某法庭深入红河镇调解邻里纠纷，当事人当场履行，案件执行完毕。"},
]

QUERY = "执行"
CITES = "刑法第313条"

#: Every address of the app and the parameters that make it answer.
ADDRESSES = [
    ("/", {"q": QUERY}), ("/search.json", {"q": QUERY}), ("/export.csv", {"q": QUERY}),
    ("/export.json", {"q": QUERY}), ("/article/a1", {}), ("/article", {"id": "a1"}),
    ("/trends", {"q": QUERY}), ("/trends.json", {"q": QUERY}), ("/trends.csv", {"q": QUERY}),
    ("/first", {"q": QUERY}), ("/first.json", {"q": QUERY}), ("/first.csv", {"q": QUERY}),
    ("/profile", {"province": "湖南"}), ("/profile.json", {"province": "湖南"}),
    ("/cited-by", {"cites": CITES}), ("/cited-by.json", {"cites": CITES}),
    ("/statute", {"ref": CITES}), ("/statute.json", {"ref": CITES}),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from lawnews.web import create_app

    tmp = tmp_path_factory.mktemp("web-parameters")
    index = news_with_statutes(tmp, STATUTES, NEWS)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(tmp / "statutes.sqlite"))
        with starlette_testclient.TestClient(create_app(index), raise_server_exceptions=False) as c:
            yield c


def _error(r) -> str:
    """The message of an error answer, in whichever form it came (JSON, text or a page)."""
    if r.headers["content-type"].startswith("application/json"):
        return r.json()["error"]
    return html.unescape(re.sub(r"<[^>]+>", "", r.text))


@pytest.mark.parametrize("path, params", ADDRESSES, ids=[p for p, _ in ADDRESSES])
def test_every_address_answers_without_a_format(client, path, params):
    assert client.get(path, params=params).status_code == 200


@pytest.mark.parametrize("path, params", ADDRESSES, ids=[p for p, _ in ADDRESSES])
def test_a_format_no_address_gives_is_a_400_naming_it_on_every_address(client, path, params):
    r = client.get(path, params={**params, "format": "xml"})
    assert r.status_code == 400, (path, r.text[:200])
    assert "format must be one of" in _error(r) and "'xml'" in _error(r)


@pytest.mark.parametrize("path, params, wrong", [
    ("/search.json", {"q": QUERY}, "csv"), ("/export.json", {"q": QUERY}, "html"),
    ("/trends.csv", {"q": QUERY}, "json"), ("/cited-by.json", {"cites": CITES}, "csv"),
    ("/article/a1", {}, "csv"),
], ids=["search.json csv", "export.json html", "trends.csv json", "cited-by.json csv", "article csv"])
def test_a_twin_refuses_a_format_other_than_its_own(client, path, params, wrong):
    r = client.get(path, params={**params, "format": wrong})
    assert r.status_code == 400 and f"'{wrong}'" in _error(r)


def test_a_twin_takes_its_own_format_named(client):
    assert client.get("/search.json", params={"q": QUERY, "format": "json"}).json()["total"] == 3
    assert client.get("/trends.csv", params={"q": QUERY, "format": "csv"}).status_code == 200


@pytest.mark.parametrize("path, params, name", [
    ("/", [("q", "执行"), ("q", "拍卖")], "q"),
    ("/search.json", [("q", "执行"), ("sort", "date"), ("sort", "relevance")], "sort"),
    ("/search.json", [("q", "执行"), ("page", "1"), ("page", "2")], "page"),
    ("/export.csv", [("q", "执行"), ("from", "2024"), ("from", "2023")], "from"),
    ("/trends.json", [("by", "province"), ("by", "court")], "by"),
    ("/trends", [("every", "year"), ("every", "month")], "every"),
    ("/first.json", [("to", "2024"), ("to", "2023")], "to"),
    ("/profile.json", [("province", "湖南"), ("top", "3"), ("top", "5")], "top"),
    ("/cited-by.json", [("cites", CITES), ("cites", "刑法第20条")], "cites"),
    ("/statute.json", [("ref", CITES), ("ref", "刑法第20条")], "ref"),
    ("/article", [("id", "a1"), ("id", "a2")], "id"),
    ("/search.json", [("q", "执行"), ("all_copies", "1"), ("all_copies", "0")], "all_copies"),
    ("/search.json", [("q", "执行"), ("format", "json"), ("format", "json")], "format"),
], ids=["q", "sort", "page", "from", "by", "every", "to", "top", "cites", "ref", "id", "switch", "format"])
def test_a_parameter_that_takes_one_value_given_twice_is_a_400_naming_it(client, path, params, name):
    r = client.get(path, params=params)
    assert r.status_code == 400, (path, r.text[:300])
    assert f"{name} takes one value; this address gives it 2" in _error(r)


def test_the_error_page_of_a_repeated_parameter_keeps_the_form_to_correct_it(client):
    r = client.get("/", params=[("q", "执行"), ("q", "拍卖")])
    assert r.status_code == 400 and "'执行', '拍卖'" in _error(r)
    assert re.search(r'<input type="search" name="q" value="拍卖"', r.text)


def test_filters_still_take_several_values(client):
    both = client.get("/search.json", params=[("q", "执行"), ("province", "湖南"), ("province", "湖北")])
    each = [client.get("/search.json", params={"q": "执行", "province": p}).json()["total"] for p in ("湖南", "湖北")]
    assert both.status_code == 200 and both.json()["total"] == sum(each) and all(each)
    first = client.get("/first.json", params=[("mechanism", "集中执行"), ("mechanism", "司法拍卖")])
    assert first.status_code == 200
    more = client.get("/", params=[("q", "执行"), ("more", "court"), ("more", "city")])
    assert more.status_code == 200


@pytest.mark.parametrize("typed", ["1_0", "１_０", "1.0", "0x10"])
def test_a_page_number_is_digits_alone(client, typed):
    r = client.get("/search.json", params={"q": QUERY, "page": typed})
    assert r.status_code == 400 and r.json()["error"] == f"page must be a whole number, not {typed!r}"


@pytest.mark.parametrize("digits", ["9", "９"], ids=["ascii", "full-width"])
def test_a_page_number_thousands_of_digits_long_is_past_the_last_page_however_written(client, digits):
    r = client.get("/search.json", params={"q": QUERY, "page": digits * 5000})
    assert r.status_code == 404 and r.json()["pages"] == 1 and r.json()["hits"] == []
    assert "is past the last page" in r.json()["error"]
    r = client.get("/cited-by.json", params={"cites": CITES, "page": digits * 5000})
    assert r.status_code == 404 and "is past the last page" in r.json()["error"]


def test_full_width_numbers_are_read_and_carried_as_their_ascii_forms(client):
    r = client.get("/search.json", params={"q": QUERY, "page": "２", "per_page": "１"})
    assert r.status_code == 200 and (r.json()["page"], r.json()["per_page"]) == (2, 1)
    assert r.json()["hits"][0]["rank"] == 2
    trends = client.get("/trends", params={"q": QUERY, "per_page": "１", "top": "３"}).text
    assert '<input type="hidden" name="per_page" value="1">' in trends
    assert '<input type="hidden" name="top" value="3">' in trends


@pytest.mark.parametrize("path, params", [("/", {"q": QUERY}), ("/search.json", {"q": QUERY}),
                                          ("/trends.json", {"q": QUERY}), ("/export.csv", {"q": QUERY})])
@pytest.mark.parametrize("expand, no_expand", [("1", "1"), ("0", "0"), ("yes", "true")])
def test_expand_and_no_expand_saying_opposite_things_are_a_400_naming_both(client, path, params, expand, no_expand):
    r = client.get(path, params={**params, "expand": expand, "no_expand": no_expand})
    assert r.status_code == 400, (path, r.text[:300])
    assert f"expand={expand} and no_expand={no_expand} say opposite things" in _error(r)


def test_expand_and_no_expand_saying_the_same_are_taken(client):
    words_only = client.get("/search.json", params={"q": QUERY, "expand": "0", "no_expand": "1"})
    assert words_only.status_code == 200 and words_only.json()["expanded"] == {}
    assert client.get("/search.json", params={"q": QUERY, "expand": "1", "no_expand": "0"}).status_code == 200


@pytest.mark.parametrize("path", ["/cited-by", "/cited-by.json"])
def test_cited_by_takes_the_statute_as_statute_too(client, path):
    by_cites = client.get("/cited-by.json", params={"cites": CITES}).json()
    r = client.get(path, params={"statute": CITES})
    assert r.status_code == 200, r.text[:300]
    if path == "/cited-by.json":
        assert r.json()["total"] == by_cites["total"] == 1
        assert r.json()["statute"] == by_cites["statute"]
    else:  # the other views of the list select the article cited, as from cites=
        assert 'href="/?cites=%E5%88%91%E6%B3%95%E7%AC%AC313%E6%9D%A1"' in r.text, r.text
    law = client.get("/cited-by.json", params={"statute": "刑法"}).json()
    assert law["statute"]["law"] == LAW and law["statute"]["article"] is None and law["total"] == 1


def test_cites_and_statute_both_naming_the_statute_cited_are_a_400_naming_both(client):
    for path in ("/cited-by", "/cited-by.json"):
        r = client.get(path, params={"cites": CITES, "statute": "民事诉讼法"})
        assert r.status_code == 400, r.text[:300]
        assert f"cites='{CITES}' and statute='民事诉讼法' both name the statute cited" in _error(r)
    r = client.get("/cited-by.json", params=[("statute", CITES), ("statute", "刑法第20条")])
    assert r.status_code == 400 and "statute takes one value; this address gives it 2" in _error(r)


def test_the_links_of_a_page_past_the_last_that_keep_the_page_lead_to_the_last_page(client, monkeypatch):
    from lawnews.web import render

    monkeypatch.setattr(render, "SHOWN", 1)  # a facet of two values shows one and a "1 more" link
    past = client.get("/", params={"q": QUERY, "per_page": "1", "page": "999"})
    assert past.status_code == 404
    more = re.findall(r'<a class="more" href="([^"]*)"', past.text)
    assert more and all("page=3&amp;" in h and "page=999" not in h for h in more), more
    shown = client.get("/", params={"q": QUERY, "per_page": "1", "page": "2"})
    assert all("page=2&amp;" in h for h in re.findall(r'<a class="more" href="([^"]*)"', shown.text))
    assert client.get(html.unescape(more[0])).status_code == 200


@pytest.mark.parametrize("of", ["Province", "PROVINCE"])
def test_the_kind_of_a_profile_is_taken_in_any_case(client, of):
    r = client.get("/profile", params={"of": of, "subject": "湖南"}, follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == "/profile?of=province&subject=%E6%B9%96%E5%8D%97"
    page = client.get("/profile", params={"of": of, "subject": "湖南"})
    assert page.status_code == 200 and str(page.url).endswith("/profile?province=%E6%B9%96%E5%8D%97")
    assert client.get("/profile.json", params={"of": of, "subject": "湖南"}).json()["value"] == "湖南省"


def test_a_kind_of_profile_no_case_makes_right_is_still_refused_as_typed(client):
    r = client.get("/profile", params={"of": "Courts", "subject": "湖南"})
    assert r.status_code == 400 and "'Courts'" in _error(r)
