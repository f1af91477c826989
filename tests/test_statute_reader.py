"""A reader of the laws news articles cite: ``cited-by`` when the citing articles mean
different versions of one article number (or none that can be told), and the references
people type (ranges, traditional characters, laws the collection lacks).

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from support import news_with_statutes

LAW = "中华人民共和国仲裁法"
OLD, NEW = "2018-01-01", "2023-01-01"
OLD_1, NEW_1 = "旧法第一条：仲裁委员会的设立。", "新法第一条：仲裁裁决的执行。"
STATUTES = [
    {"id": "T1#第一条", "title": f"{LAW} 第一条", "text": OLD_1, "date": OLD, "law": LAW},
    {"id": "T1#第二条", "title": f"{LAW} 第二条", "text": "旧法第二条：仲裁协议的效力。", "date": OLD, "law": LAW},
    {"id": "T2#第一条", "title": f"{LAW} 第一条", "text": NEW_1, "date": NEW, "law": LAW},
    {"id": "T2#第二条", "title": f"{LAW} 第二条", "text": "新法第二条：仲裁员的回避。", "date": NEW, "law": LAW},
    {"id": "T2#第三条", "title": f"{LAW} 第三条", "text": "新法第三条：仲裁的费用。", "date": NEW, "law": LAW},
    {"id": "B#第一条", "title": "北京市物业服务条例 第一条", "text": "北京市物业服务的规定。", "law": "北京市物业服务条例",
     "date": "2020-01-01"},
    {"id": "S#第一条", "title": "上海市物业服务条例 第一条", "text": "上海市物业服务的规定。", "law": "上海市物业服务条例",
     "date": "2021-01-01"},
    {"id": "X#第二十条", "title": "中华人民共和国刑法 第二十条", "text": "正当防卫的规定。", "law": "中华人民共和国刑法"},
    {"id": "X#第二十一条", "title": "中华人民共和国刑法 第二十一条", "text": "紧急避险的规定。", "law": "中华人民共和国刑法"},
]
NEWS = [
    {"id": "d1", "title": "新法施行后的裁定", "text": "法院依照《中华人民共和国仲裁法》第一条作出裁定。",
     "date": "2024-05-01", "source": "人民法院报"},
    {"id": "d2", "title": "旧法施行时的裁定", "text": "法院依照《中华人民共和国仲裁法》第一条作出裁定。",
     "date": "2020-05-01", "source": "人民法院报"},
    {"id": "u1", "title": "无日期的旧文", "text": "2015年，法院依照《中华人民共和国仲裁法》第一条作出裁定。",
     "source": "法治日报"},
    {"id": "u2", "title": "无日期的普法文章", "text": "根据《中华人民共和国仲裁法》第一条，当事人可以申请仲裁。",
     "source": "法治日报"},
    {"id": "r1", "title": "仲裁协议", "text": "依照《中华人民共和国仲裁法》第二条的规定，仲裁员应当回避。",
     "date": "2024-02-01", "source": "人民法院报"},
    {"id": "r2", "title": "仲裁费用", "text": "依照《中华人民共和国仲裁法》第三条的规定，收取仲裁费用。",
     "date": "2024-03-01", "source": "人民法院报"},
    {"id": "m1", "title": "离婚纠纷", "text": "法院依照《中华人民共和国婚姻法》第三十二条判决准予离婚。",
     "date": "2019-03-01", "source": "人民法院报"},
    {"id": "c1", "title": "正當防衛", "text": "法院依照《中華人民共和國刑法》第二十條的規定，宣告被告人無罪。",
     "date": "2023-02-01", "source": "法治日报"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-reader"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _run(index_dir: Path, *args: str, code: int = 0):
    result = CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir)],
                                env={"LAWNEWS_STATUTES": str(index_dir.parent / "statutes.sqlite")})
    assert result.exit_code == code, result.output
    return result


# -- cited-by: which version each citing article means ------------------------------------------

def test_cited_by_groups_the_citing_articles_by_the_version_they_cite(ix):
    found = ix.cited_by("仲裁法第一条")
    shown = {v.version: v for v in found.versions}
    assert set(shown) == {NEW, OLD}
    assert shown[NEW].latest and shown[NEW].text == NEW_1 and shown[NEW].articles == ("d1",)
    assert not shown[OLD].latest and shown[OLD].text == OLD_1 and shown[OLD].articles == ("d2",)
    assert set(found.untied) == {"u1", "u2"}


def test_cited_by_json_lists_the_versions_cited_and_the_citations_tied_to_none(index_dir):
    data = json.loads(_run(index_dir, "cited-by", "仲裁法第一条", "--json").stdout)
    versions = {v["version"]: v for v in data["versions"]}
    assert versions[NEW]["articles"] == ["d1"] and versions[NEW]["latest"] is True
    assert versions[OLD]["articles"] == ["d2"] and versions[OLD]["text"] == OLD_1
    assert sorted(data["untied"]) == ["u1", "u2"]


def test_cited_by_says_the_heading_text_is_the_latest_and_which_citations_no_version_holds(index_dir):
    out = _run(index_dir, "cited-by", "仲裁法第一条").stdout
    head = out.split("\n\n", 1)[0]
    assert f"{NEW} version, the latest" in head
    assert "2 articles below cite 第一条 with no version it could be tied to" in " ".join(head.split())
    # each line of a citation tied to no version says so, with the reason
    assert out.count("not resolved: ") == 2


def test_cited_by_counts_one_citing_article_in_the_singular(ix):
    from dataclasses import replace

    from lawnews.output import render_cited_by

    found = ix.cited_by("仲裁法第一条")
    out = " ".join(render_cited_by(replace(found, untied=found.untied[:1])).split())
    assert "1 article below cites 第一条 with no version it could be tied to" in out


def test_cited_by_prints_the_other_versions_text_when_only_untied_citations_may_mean_it(index_dir):
    # the newest article only cites the latest text; the two undated ones may mean the older one
    out = _run(index_dir, "cited-by", "仲裁法第一条", "-n", "2", "--page", "2").stdout
    assert "u1" in out and "u2" in out and "d2" not in out
    head = out.split("\n\n", 1)[0]
    assert OLD_1 in head and NEW_1 in head


def test_cited_by_an_article_of_a_law_held_in_one_undated_version_ties_its_citations_to_it(ix, index_dir):
    found = ix.cited_by("刑法第二十条")
    assert found.untied == ()
    assert [(v.version, v.articles, v.latest) for v in found.versions] == [("", ("c1",), True)]
    out = _run(index_dir, "cited-by", "刑法第二十条").stdout
    assert "no version it could be tied to" not in out and "undated version, the latest" in out


# -- references typed in traditional characters or full-width digits --------------------------

@pytest.mark.parametrize("typed", ["中華人民共和國刑法第二十條", "刑法第２０條", "《中華人民共和國刑法》 第二十条"])
def test_cited_by_reads_a_reference_typed_in_traditional_characters(ix, typed):
    found = ix.cited_by(typed)
    assert found.statute.value == "中华人民共和国刑法 第二十条"
    assert [h.article_id for h in found.results.hits] == ["c1"]


@pytest.mark.parametrize("query", ['cites:"中華人民共和國刑法第二十條"', "cites:刑法第２０條", "statute:刑法 正當防衛"])
def test_the_cites_field_reads_traditional_characters(ix, query):
    assert [h.article_id for h in ix.search(query).hits] == ["c1"]


def test_the_cites_filter_reads_traditional_characters(ix, index_dir):
    assert [h.article_id for h in ix.search("", cites="中華人民共和國刑法第二十條").hits] == ["c1"]
    out = _run(index_dir, "search", "", "--cites", "刑法第２０條").stdout
    assert "c1" in out


# -- ranges and lists of articles ---------------------------------------------------------------

@pytest.mark.parametrize("typed", ["仲裁法第二条至第三条", "仲裁法第2、3条", "《仲裁法》第二条、第三条"])
def test_the_cites_filter_takes_a_range_or_list_as_each_of_its_articles(ix, typed):
    found = ix.search("", cites=typed, sort="date")
    assert [h.article_id for h in found.hits] == ["r2", "r1"] and found.total == 2


def test_the_cites_field_takes_a_range_or_list_as_each_of_its_articles(ix):
    assert {h.article_id for h in ix.search('cites:"仲裁法第二条至第三条"').hits} == {"r1", "r2"}
    assert {h.article_id for h in ix.search("cites:仲裁法第2、3条").hits} == {"r1", "r2"}


def test_cited_by_a_range_says_it_takes_one_article_and_where_ranges_go(ix, index_dir):
    with pytest.raises(lawnews.UnknownFacetError, match="names 2 articles .*第二条.*第三条.*cited_by takes one article.*cites="):
        ix.cited_by("仲裁法第二条至第三条")
    out = _run(index_dir, "cited-by", "仲裁法第2、3条", code=1).output
    assert "no statute named" not in out and "names 2 articles" in out


def test_a_range_of_more_articles_than_a_search_takes_is_an_error_not_its_two_ends(ix):
    with pytest.raises(lawnews.InvalidArgumentError, match="more than 100 articles"):
        ix.search("", cites="仲裁法第1条至第300条")
    with pytest.raises(lawnews.LawNewsError, match="more than 100 articles"):
        ix.search('cites:"仲裁法第1条至第300条"')


# -- laws the collection does not hold ---------------------------------------------------------

@pytest.mark.parametrize("typed", ["婚姻法第三十二条", "婚姻法"])
def test_cited_by_a_law_the_collection_lacks_says_so(ix, index_dir, typed):
    found = ix.cited_by(typed)
    assert [h.article_id for h in found.results.hits] == ["m1"]
    assert found.statute.note and "中华人民共和国婚姻法 is not in the statute collection" in found.statute.note
    out = _run(index_dir, "cited-by", typed).stdout
    assert found.statute.note in out
    assert "with no version it could be tied to" not in out  # no version of it is held at all


# -- local regulations sharing a title -----------------------------------------------------------

@pytest.mark.parametrize("typed", ["物业服务条例第一条", "物业服务条例"])
def test_a_title_several_places_give_their_regulations_asks_for_the_place_naming_each(ix, typed):
    with pytest.raises(lawnews.UnknownFacetError) as e:
        ix.cited_by(typed)
    message = str(e.value)
    assert "several places" in message and "北京市物业服务条例" in message and "上海市物业服务条例" in message
    assert "no statute named" not in message
    with pytest.raises(lawnews.UnknownFacetError, match="several places"):
        ix.search("", cites=typed)


def test_a_local_regulation_typed_with_its_place_is_found(ix):
    found = ix.cited_by("上海市物业服务条例第一条")
    assert found.statute.text == "上海市物业服务的规定。" and found.total == 0


# -- a version typed in a query, and followed from the web's article page -----------------------

@pytest.mark.parametrize("query", ['cites:"2018年《仲裁法》第一条"', 'cites:"2018年《中华人民共和国仲裁法》第1条"',
                                   'cites:"2018年仲裁法第一条"'])
def test_the_cites_field_takes_a_version_typed_with_the_title_in_brackets(ix, query):
    assert [h.article_id for h in ix.search(query).hits] == ["d2"]


def test_trends_and_first_take_a_cites_filter_naming_its_version(ix):
    every = ix.search("", cites="仲裁法第一条").total
    assert every == 4
    trends = ix.trends("", cites="2018年仲裁法第一条", by="source", every="year")
    assert trends.total == 1
    assert ix.first("", cites="2018年仲裁法第一条", by="source").to_dict()


@pytest.fixture()
def client(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with testclient.TestClient(create_app(index_dir), raise_server_exceptions=False) as c:
        yield c


def _cites_links(client, article_id: str) -> list[str]:
    import html
    import re
    from urllib.parse import unquote_plus

    page = client.get(f"/article/{article_id}").text
    return [unquote_plus(html.unescape(h)) for h in re.findall(r'class="cites" href="([^"]+)"', page)]


@pytest.mark.parametrize("article_id, version, citing", [("d2", OLD, ["d2"]), ("d1", NEW, ["d1"])])
def test_the_web_article_page_links_a_renumbered_article_to_the_citations_of_its_version(client, article_id,
                                                                                      version, citing):
    (link,) = _cites_links(client, article_id)
    assert f"{version[:4]}年" in link
    listed = client.get(link.replace("/?", "/search.json?")).json()
    assert [h["article_id"] for h in listed["hits"]] == citing
    assert client.get(link.replace("/?", "/trends?")).status_code == 200
    assert client.get(link.replace("/?", "/first?")).status_code == 200


def test_the_web_article_page_links_an_article_one_provision_holds_to_every_citation_of_it(client):
    (link,) = _cites_links(client, "c1")
    assert "年" not in link and "刑法" in link


# -- a paragraph or item typed after the article ---------------------------------------------------

def test_cited_by_an_article_typed_with_a_paragraph_says_it_lists_every_citation_of_the_article(ix, index_dir):
    found = ix.cited_by("仲裁法第一条第二款")
    assert found.statute.article == "第一条" and found.total == 4
    assert found.statute.note and "第二款" in found.statute.note and "第一条" in found.statute.note
    assert found.statute.note in _run(index_dir, "cited-by", "仲裁法第一条第二款").stdout
    assert ix.cited_by("仲裁法第一条").statute.note is None


# -- a law the collection holds in one undated text -------------------------------------------------

def test_a_citation_of_a_law_held_only_undated_says_that_text_is_its_only_one(ix):
    (c,) = ix.citations("c1")
    assert c.status == "resolved" and c.articles[0].text == "正当防卫的规定。"
    assert "no dated version is on or before" not in (c.note or "")
    assert c.note and "only" in c.note and "undated" in c.note and "2023-02-01" in c.note


# -- a year typed for a law held only undated, or past every version held -----------------------------

def test_a_year_typed_for_a_law_held_only_undated_is_an_error_not_an_empty_version(ix, index_dir):
    with pytest.raises(lawnews.UnknownFacetError, match="only undated"):
        ix.cited_by("2018年刑法第二十条")
    with pytest.raises(lawnews.UnknownFacetError, match="only undated"):
        ix.search("", cites="2018年刑法第二十条")
    out = _run(index_dir, "cited-by", "2018年刑法第二十条", code=1).output
    assert "( version)" not in out


def test_a_year_typed_past_every_version_held_by_more_than_a_year_is_an_error(ix):
    with pytest.raises(lawnews.UnknownFacetError, match=f"latest version .*{NEW}"):
        ix.cited_by("2030年仲裁法第一条")
    assert ix.cited_by("2024年仲裁法第一条").statute.version == NEW  # the year after the latest: still it


# -- profile of a law or an article ---------------------------------------------------------------

def test_profile_of_an_article_reads_it_as_cited_by_does(ix):
    assert ix.profile("cites:中華人民共和國刑法第二十條").total == 1
    with pytest.raises(lawnews.UnknownFacetError, match="several rules"):
        ix.profile("cites:物业服务条例第一条")
    with pytest.raises(lawnews.UnknownFacetError, match="no statute named"):
        ix.profile("statute:火星交通法")


def test_profile_of_an_article_typed_with_its_version_is_an_error_not_zero_stories(ix):
    with pytest.raises(lawnews.InvalidArgumentError, match="version"):
        ix.profile("cites:2018年仲裁法第一条")


def test_a_profile_of_one_version_points_at_the_cites_argument_as_each_caller_gives_it(ix):
    from lawnews.errors import message

    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        ix.profile("cites:2018年仲裁法第一条")
    assert str(caught.value).endswith("use trends with cites=")
    assert message(caught.value).endswith("use trends with --cites")


def test_cited_by_without_a_statute_collection_says_there_is_none(index_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "none.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as ix:
        found = ix.cited_by("仲裁法第一条")
    assert found.total == 4 and found.statute.text is None
    assert found.statute.note and "no statute collection" in found.statute.note
