"""``lawnews serve`` from a statute article to the news citing it, and statute look-up.

Over HTTP (Starlette's TestClient) on an index holding statute records and news
articles together (as ``lawnews index`` of both builds it), their citations resolved
against a statute collection of those records. The statutes, versions and news texts
are written for these tests; one story is reposted, to show reposts folded.
"""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

starlette_testclient = pytest.importorskip("starlette.testclient")

CPL = "中华人民共和国民事诉讼法"
CRIM = "中华人民共和国刑法"
OLD, NEW = "2017-06-27", "2021-12-24"
STATUTES = [
    {"id": "CPL17#第二百三十七条", "title": f"{CPL} 第二百三十七条", "text": "旧版条文：对依法设立的仲裁机构的裁决予以执行。",
     "date": OLD, "law": CPL},
    {"id": "CPL21#第二百三十七条", "title": f"{CPL} 第二百三十七条", "text": "新版条文：另行规定的一项程序。",
     "date": NEW, "law": CPL},
    {"id": "CPL17#第二条", "title": f"{CPL} 第二条", "text": "第二条：民事诉讼法的任务。", "date": OLD, "law": CPL},
    {"id": "CPL21#第二条", "title": f"{CPL} 第二条", "text": "第二条：民事诉讼法的任务。", "date": NEW, "law": CPL},
    {"id": "CRIM20#第三百一十三条", "title": f"{CRIM} 第三百一十三条", "text": "拒不执行判决、裁定，情节严重的，处刑罚。",
     "date": "2020-12-26", "law": CRIM},
    {"id": "CRIM20#第三百一十四条", "title": f"{CRIM} 第三百一十四条", "text": "隐藏、转移已被查封的财产，情节严重的，处刑罚。",
     "date": "2020-12-26", "law": CRIM},
]
_STORY = ("青山县人民法院近日审结一起拒不执行判决、裁定案件。被告人在民事判决生效后，将名下车辆低价转让给亲属，"
          "又以外出务工为由躲避执行干警，致使申请执行人的合法权益长期得不到兑现。执行法官经财产查控发现线索后，"
          "将案件移送公安机关立案侦查。法院经审理认为，被告人对人民法院的判决有能力执行而拒不执行，情节严重，"
          "依照《中华人民共和国刑法》第三百一十三条，以拒不执行判决、裁定罪判处被告人有期徒刑一年。"
          "该院有关负责人表示，将持续加大对拒执犯罪的打击力度，切实维护司法权威和胜诉当事人的合法权益。")
NEWS = [
    {"id": "old-award", "title": "法院裁定执行仲裁裁决", "date": "2019-05-01", "source": "测试日报",
     "text": "绿水区人民法院依照《中华人民共和国民事诉讼法》第二百三十七条，裁定执行一项仲裁裁决，并依照该法第二条说明法院职责。"},
    {"id": "new-award", "title": "新规施行后的首例程序", "date": "2022-05-01", "source": "测试日报",
     "text": "白云区人民法院依照《民事诉讼法》第二百三十七条审查了一起案件，当事人对结果表示认可。"},
    {"id": "refusal", "title": "拒执罪判决一例", "date": "2022-06-01", "source": "测试法制报", "text": _STORY},
    {"id": "refusal-repost", "title": "【转载】拒执罪判决一例", "date": "2022-06-03", "source": "某门户网", "text": _STORY},
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(index folder, statute collection file) of :data:`STATUTES` and :data:`NEWS` in one index."""
    folder = tmp_path_factory.mktemp("web-cited")
    collection = folder / "statutes.sqlite"
    statutes, news = folder / "statutes.jsonl", folder / "news.jsonl"
    for path, rows in ((statutes, STATUTES), (news, NEWS)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(collection))
        lawnews.build_index([statutes], folder / "collect")  # fills the collection first
        lawnews.build_index([statutes, news], folder / "index", rebuild=True)
    return folder / "index", collection


@pytest.fixture(scope="module")
def client(served):
    from lawnews.web import create_app

    index, collection = served
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(collection))
        with starlette_testclient.TestClient(create_app(index), raise_server_exceptions=False) as c:
            yield c


@pytest.fixture()
def ix(served, monkeypatch):
    index, collection = served
    monkeypatch.setenv("LAWNEWS_STATUTES", str(collection))
    with lawnews.NewsIndex.open(index) as opened:
        yield opened


def links(html: str, cls: str) -> list[tuple[str, str]]:
    """``(href, text)`` of the links of class ``cls``."""
    out = []
    for m in re.finditer(r'<a class="([^"]*)" href="([^"]*)"[^>]*>(.*?)</a>', html, re.S):
        if cls in m.group(1).split():
            out.append((unescape(m.group(2)), re.sub(r"<[^>]+>", "", unescape(m.group(3)))))
    return out


def hit_ids(html: str) -> list[str]:
    return [unescape(m) for m in re.findall(r'<li class="hit" data-id="([^"]*)"', html)]


# ------------------------------------------------------------------ cited by, from an article

def test_a_statute_articles_page_links_to_the_news_citing_it_counted_as_the_list_pages(client, ix):
    page = client.get("/article/" + quote("CRIM20#第三百一十三条", safe=""))
    assert page.status_code == 200
    [(href, text)] = links(page.text, "cited-by")
    expected = ix.cited_by(f"{CRIM} 第三百一十三条")
    assert expected.total == 1  # the story and its repost: one story
    assert text == "Cited by 1 story"
    listed = client.get(href)
    assert listed.status_code == 200
    assert 'data-total="1"' in listed.text and hit_ids(listed.text) == [h.article_id for h in expected.results.hits]
    assert "reposts of one story count once" in listed.text
    every = client.get(href + "&all_copies=1")
    assert 'data-total="2"' in every.text and len(hit_ids(every.text)) == 2


def test_a_statute_article_cited_by_no_news_says_so(client):
    page = client.get("/article/" + quote("CRIM20#第三百一十四条", safe=""))
    [(href, text)] = links(page.text, "cited-by")
    assert text == "Cited by 0 stories"
    assert "No article in this index cites" in client.get(href).text


def test_a_statute_article_whose_number_holds_another_provision_elsewhere_counts_its_version(client, ix):
    page = client.get("/article/" + quote("CPL17#第二百三十七条", safe=""))
    [(href, text)] = links(page.text, "cited-by")
    reference = parse_qs(urlsplit(href).query)["cites"][0]
    assert reference.startswith("2017年")
    assert ix.cited_by(reference).total == 1 and text == f"Cited by 1 story ({OLD} version)"
    assert hit_ids(client.get(href).text) == ["old-award"]


def test_each_resolved_citation_of_a_news_article_has_its_cited_by_link(client, ix):
    page = client.get("/article/old-award")
    found = dict((parse_qs(urlsplit(h).query)["cites"][0], t) for h, t in links(page.text, "cited-by"))
    assert len(found) == 2
    for reference, text in found.items():
        total = ix.cited_by(reference).total
        assert text.startswith(f"Cited by {total} stor")
    versioned = next(r for r in found if r.startswith("2017年"))
    assert found[versioned].endswith(f"({OLD} version)")
    same = next(r for r in found if not r.startswith("2017年"))  # both versions hold one provision
    assert "version" not in found[same] and ix.cited_by(same).total == 1


def test_the_cited_by_list_pages_through_as_the_count_says(client, ix):
    reference = f"{CPL} 第二百三十七条"
    total = ix.cited_by(reference).total
    assert total == 2
    seen = []
    for n in (1, 2):
        r = client.get("/cited-by", params={"cites": reference, "per_page": 1, "page": n})
        assert f'data-total="{total}"' in r.text
        seen += hit_ids(r.text)
    assert sorted(seen) == sorted(h.article_id for h in ix.cited_by(reference).results.hits)


def test_cited_by_json_is_what_lawnews_cited_by_json_prints(client, served):
    index, collection = served
    web = client.get("/cited-by", params={"cites": "刑法第313条", "format": "json"}).json()
    out = CliRunner().invoke(cli, ["cited-by", "刑法第313条", "--index-dir", str(index), "--json"],
                             env={"LAWNEWS_STATUTES": str(collection)})
    printed = json.loads(out.stdout)
    for data in (web, printed):
        data["hits"] = [{k: v for k, v in h.items() if k != "score"} for h in data["hits"]]
    assert (web.pop("page"), web.pop("per_page"), web.pop("pages")) == (1, 10, -(-printed["total"] // 10))  # the page shown
    assert web == printed


# ------------------------------------------------------------------ statute look-up

@pytest.mark.parametrize("typed", ["民诉法 第237条", "《中华人民共和国民事诉讼法》第二百三十七条", "民事诉讼法237"])
def test_a_statute_article_is_looked_up_as_a_user_types_it(client, ix, typed):
    r = client.get("/statute", params={"ref": typed})
    assert r.status_code == 200, r.text
    assert "新版条文：另行规定的一项程序。" in r.text and "旧版条文：对依法设立的仲裁机构的裁决予以执行。" in r.text
    # the version in force today is marked, and listed first
    marked = re.findall(r'<li class="version( in-force)?"', r.text)
    assert marked == [" in-force", ""]
    [(href, text)] = links(r.text, "cited-by")
    total = ix.cited_by(typed).total
    assert text == f"Cited by {total} {'story' if total == 1 else 'stories'}"  # reposts counted once, as listed
    assert parse_qs(urlsplit(href).query)["cites"] == [f"{CPL} 第二百三十七条"]
    every = client.get("/statute", params={"ref": typed, "all_copies": "1"})
    [(_href, text)] = links(every.text, "cited-by")
    copies = ix.cited_by(typed, all_copies=True).total
    assert text == f"Cited by {copies} {'article' if copies == 1 else 'articles'}"


def test_a_bare_number_after_a_law_is_that_article_in_a_search_too(ix):
    assert ix.cited_by("刑法313").statute.article == "第三百一十三条"
    assert ix.search("", cites="刑法313").total == ix.search("", cites="刑法第三百一十三条").total == 1


def test_the_look_up_form_is_on_the_statute_page_and_in_the_header(client):
    empty = client.get("/statute")
    assert empty.status_code == 200 and 'name="ref"' in empty.text and 'action="/statute"' in empty.text
    assert 'href="/statute"' in client.get("/").text


def test_an_unknown_law_is_a_clear_message_with_suggestions(client):
    r = client.get("/statute", params={"ref": "刑诉法典 第3条"})
    assert r.status_code == 400
    assert "did you mean" in r.text and 'name="ref"' in r.text  # the form again, to correct it
    assert 'value="刑诉法典 第3条"' in r.text


def test_an_unknown_article_of_a_known_law_suggests_the_nearest_articles(client):
    r = client.get("/statute", params={"ref": "刑法 第九百条"})
    assert r.status_code == 400
    said = re.sub(r"<[^>]+>", "", r.text)
    assert "in the statute collection has 第九百条" in said and f"nearest: {CRIM} 第三百一十三条, {CRIM} 第三百一十四条" in said
    assert client.get("/statute", params={"ref": "刑法 第九百条", "format": "json"}).json()["status"] == 400


def test_a_law_without_an_article_asks_for_one(client):
    r = client.get("/statute", params={"ref": "刑法"})
    assert r.status_code == 400 and "no article" in r.text


def test_statute_json_is_the_librarys_statute_article(client, ix):
    web = client.get("/statute", params={"ref": "刑法313", "format": "json"}).json()
    assert web == ix.statute_article("刑法313").to_dict()
    assert web["cited_by"] == 1 and web["versions"][0]["in_force"] is True


def test_text_typed_into_the_look_up_reaches_the_page_escaped(client):
    r = client.get("/statute", params={"ref": '<script>x</script>刑法'})
    assert r.status_code == 400 and "<script>x</script>" not in r.text and "&lt;script&gt;" in r.text


# ------------------------------------------------------------------ addresses

def test_empty_parameters_are_dropped_from_the_address(client):
    r = client.get("/?q=%E6%89%A7%E8%A1%8C&from=&to=&province=", follow_redirects=False)
    assert r.status_code in (301, 302, 303, 307, 308)
    assert r.headers["location"] == "/?q=%E6%89%A7%E8%A1%8C"
    assert client.get("/trends?q=&to=", follow_redirects=False).headers["location"] == "/trends"


@pytest.mark.parametrize("query, canonical", [("sort=Date", "sort=date"), ("format=JSON", "format=json"),
                                              ("sort=DATE-ASC&format=Json", "sort=date-asc&format=json")])
def test_choices_are_taken_in_any_case_and_the_address_made_canonical(client, query, canonical):
    r = client.get("/?q=x&" + query, follow_redirects=False)
    assert r.status_code in (301, 302, 303, 307, 308)
    assert r.headers["location"] == "/?q=x&" + canonical
    assert client.get("/?q=x&" + query).status_code == 200


def test_a_choice_no_case_makes_right_is_still_refused_as_typed(client):
    r = client.get("/?q=x&sort=Newest")
    assert r.status_code == 400 and "Newest" in r.text


def test_date_fields_show_hints_not_dates(client):
    page = client.get("/").text
    for name in ("from", "to"):
        placeholder = re.search(rf'name="{name}"[^>]*placeholder="([^"]*)"', page).group(1)
        assert "YYYY" in placeholder and not re.search(r"\d{4}", placeholder)


def test_a_year_after_a_law_is_not_read_as_an_article(ix):
    from lawnews.errors import LawNewsError

    with pytest.raises(LawNewsError) as e:
        ix.statute_article("刑法2021")
    assert "第2021条" not in str(e.value) and "第二千" not in str(e.value)


def test_the_views_linked_from_the_articles_citing_a_law_select_that_law(client, ix):
    """From /cited-by?cites=刑法 (a law alone), the header's Search, Trends and First links
    select the law as its Law cited filter, checked in the sidebar with the count of the hits."""
    page = client.get("/cited-by", params={"cites": "刑法"})
    assert page.status_code == 200
    header = re.search(r"<nav aria-label=\"Views\">.*?</nav>", page.text, re.S).group(0)
    nav = {re.sub(r"<[^>]+>", "", text): href for href, text in re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', header)}
    for name, path in (("Search", "/"), ("Trends", "/trends"), ("First adoption", "/first")):
        split = urlsplit(unescape(nav[name]))
        assert split.path == path and parse_qs(split.query) == {"statute": [CRIM]}, nav[name]
    search = client.get(unescape(nav["Search"]))
    total = int(re.search(r'data-total="(\d+)"', search.text).group(1))
    assert total == ix.search("", statute=CRIM).total > 0
    checked = re.findall(r'<section[^>]*data-facet="(\w+)".*?</section>', search.text, re.S)
    law = re.search(r'<section[^>]*data-facet="statute".*?</section>', search.text, re.S).group(0)
    assert re.search(rf'☑.*?{CRIM}.*?<span class="n">{total}</span>', law, re.S) and checked
    assert "article cited is" not in search.text


def test_the_views_linked_from_the_articles_citing_an_article_keep_it(client):
    page = client.get("/cited-by", params={"cites": "刑法第313条"})
    search = re.search(r'<nav aria-label="Views">.*?<a href="([^"]*)"', page.text, re.S).group(1)
    assert parse_qs(urlsplit(unescape(search)).query) == {"cites": ["刑法第313条"]}


def test_the_statute_look_up_keeps_every_copy_counted_for_the_next_article_typed(client, ix):
    page = client.get("/statute", params={"ref": "刑法第313条", "all_copies": "1"})
    assert page.status_code == 200 and "every copy of a reposted story counted" in page.text
    form = re.search(r'<form class="query" method="get" action="/statute".*?</form>', page.text, re.S).group(0)
    assert '<input type="hidden" name="all_copies" value="1">' in form
    once = client.get("/statute", params={"ref": "刑法第313条"})
    form = re.search(r'<form class="query" method="get" action="/statute".*?</form>', once.text, re.S).group(0)
    assert "all_copies" not in form
    switch = unescape(re.search(r'<a class="copies" href="([^"]+)">every copy</a>', once.text).group(1))
    assert parse_qs(urlsplit(switch).query) == {"ref": ["刑法第313条"], "all_copies": ["1"]}
    assert "every copy of a reposted story counted" in client.get(switch).text


def test_the_cited_by_page_counts_stories_and_every_copy_as_articles(client, ix):
    """The count says what it counts: stories (reposts once) by default, articles with every copy."""
    typed = f"{CPL} 第二百三十七条"
    for flag, total in (({}, ix.cited_by(typed).total), ({"all_copies": "1"}, ix.cited_by(typed, all_copies=True).total)):
        page = client.get("/cited-by", params={"cites": typed, **flag})
        said = re.sub(r"<[^>]+>", "", re.search(r'<span id="total"[^>]*>(.*?)</span>', page.text).group(1))
        unit = ("article" if total == 1 else "articles") if flag else ("story" if total == 1 else "stories")
        assert said == f"{total} {unit}"


# ------------------------------------------------------------------ a statute filter typed in the address

def ticked(html: str) -> list[tuple[str, str, int]]:
    """``(facet, value, count)`` of each ticked value of the sidebar."""
    out = []
    for section in re.finditer(r'<section class="facet" data-facet="(\w+)".*?</section>', html, re.S):
        for value, n in re.findall(r'class="fv on"[^>]*data-value="([^"]*)".*?<span class="n">(\d+)</span>',
                                   section.group(0), re.S):
            out.append((section.group(1), unescape(value), int(n)))
    return out


@pytest.mark.parametrize("typed, facet, value", [
    ("刑法", "statute", CRIM),
    (CRIM, "statute", CRIM),
    ("《中华人民共和国刑法》", "statute", CRIM),
    ("刑法第313条", "cites", f"{CRIM} 第三百一十三条"),
    (f"{CRIM}第三百一十三条", "cites", f"{CRIM} 第三百一十三条"),
    ("刑法313", "cites", f"{CRIM} 第三百一十三条"),
    ("刑法第三百一十三条至第三百一十四条", "cites", f"{CRIM} 第三百一十三条"),
])
def test_a_cites_filter_typed_in_the_address_is_ticked_with_the_count_of_the_hits(client, typed, facet, value):
    page = client.get("/", params={"cites": typed})
    assert page.status_code == 200, page.text[:300]
    total = int(re.search(r'id="total" data-total="(\d+)"', page.text).group(1))
    assert total > 0
    marks = ticked(page.text)
    assert marks and all(f == facet for f, _, _ in marks), marks  # a law alone is a Law cited
    assert (facet, value, total) in marks  # the value the filter selects, with the count of the hits listed
    assert typed not in {v for _, v, _ in marks} or typed == value
    h1 = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page.text, re.S).group(1))
    assert ("law cited" if facet == "statute" else "article cited") + f" is {value}" in unescape(h1)
    for href, _ in links(page.text, "chip"):  # its chip removes the filter as typed
        assert "cites" not in parse_qs(urlsplit(href).query)
    json_page = client.get("/search.json", params={"cites": typed}).json()
    assert json_page["statute_filters"]["cites"][typed][facet][0] == value
