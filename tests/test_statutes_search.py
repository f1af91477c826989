"""Searching statute citations both ways: the ``statute`` facet, ``--cites``, ``cites:``,
``lawnews show`` with the cited texts and ``lawnews cited-by``.

A small index built for the test: two versions of 民事诉讼法 in the statute collection
and a few news articles written for the purpose, citing it in several ways.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

from test_statutes import CRIMINAL, MSL, NEW, OLD, STATUTES, write_jsonl

NEWS = [
    {"id": "a1", "title": "法院裁定不予执行仲裁裁决", "text": "法院依据《民事诉讼法》第二百三十七条裁定不予执行。",
     "date": "2022-05-01", "source": "人民法院报"},
    {"id": "a2", "title": "申请执行人申请执行", "text": "依据民诉法第237条、第二百四十八条，法院立案执行。",
     "date": "2024-03-01", "source": "法治日报"},
    {"id": "a3", "title": "拒执入刑", "text": "被执行人拒不履行，法院依照刑法第三百一十三条判决。", "date": "2024-06-01",
     "source": "人民法院报"},
    {"id": "a4", "title": "交叉执行", "text": "荆州中院推进交叉执行，执行到位金额明显上升。", "date": "2024-01-01",
     "source": "人民法院报"},
]
CITING_237 = {"a1", "a2"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cites")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(tmp / "statutes.sqlite"))
        lawnews.build_index(write_jsonl(tmp / "statutes.jsonl", STATUTES + CRIMINAL), tmp / "statute-index")
        lawnews.build_index(write_jsonl(tmp / "news.jsonl", NEWS), tmp / "news")
    return tmp / "news"


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def run(index_dir: Path, *args: str, code: int = 0):
    result = CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir)],
                                env={"LAWNEWS_STATUTES": str(index_dir.parent / "statutes.sqlite")})
    assert result.exit_code == code, result.output
    return result


# -- facet and filter ---------------------------------------------------------------------

def test_the_statute_facet_counts_the_articles_citing_each_law(ix):
    facets = ix.facets()["facets"]
    assert facets["statute"] == {MSL: 2, "中华人民共和国刑法": 1}
    assert facets["cites"][f"{MSL} 第二百三十七条"] == 2


@pytest.mark.parametrize("value", ["民事诉讼法 第二百三十七条", "民诉法第237条", f"{MSL} 第二百三十七条",
                                   "《民事诉讼法》第二百三十七条"])
def test_the_cites_filter_takes_a_law_by_any_name_and_one_article(ix, value):
    res = ix.search("法院", cites=value)
    assert {h.article_id for h in res.hits} == CITING_237 and res.total == 2
    assert res.filters == {"cites": (f"{MSL} 第二百三十七条",)}


def test_the_cites_filter_without_an_article_selects_every_article_of_the_law(ix):
    res = ix.search("", cites="刑法")
    assert [h.article_id for h in res.hits] == ["a3"] and res.filters == {"statute": ("中华人民共和国刑法",)}
    assert ix.search("", cites="民事诉讼法 第二百四十八条").total == 1


def test_the_statute_facet_counts_ignore_their_own_filter(ix):
    res = ix.search("", cites="刑法")
    assert res.facets["statute"] == {MSL: 2, "中华人民共和国刑法": 1}
    assert res.facets["source"] == {"人民法院报": 1}


def test_a_known_law_no_article_cites_gives_no_hits_and_no_error(ix):
    assert ix.search("", cites="公司法 第五条").total == 0


def test_a_cites_filter_naming_no_known_law_is_an_error_listing_near_matches(ix, index_dir):
    with pytest.raises(lawnews.UnknownFacetError, match="民事诉讼法"):
        ix.search("", cites="民事诉讼发 第二百三十七条")
    out = run(index_dir, "search", "法院", "--cites", "民事诉讼发", code=1)
    assert out.output.startswith("Error: no statute named '民事诉讼发'") and "did you mean: 民事诉讼法" in out.output


def test_the_cli_filters_by_cites_and_shows_the_statute_on_the_tag_line(index_dir):
    out = run(index_dir, "search", "法院", "--cites", "民事诉讼法 第二百三十七条", "--json")
    data = json.loads(out.stdout)
    assert {h["article_id"] for h in data["hits"]} == CITING_237
    assert all(h["statutes"] == [MSL] for h in data["hits"])
    assert "statute: 中华人民共和国民事诉讼法" in run(index_dir, "search", "仲裁裁决").stdout


# -- the query language ---------------------------------------------------------------------

@pytest.mark.parametrize("query", ['cites:"民事诉讼法 第二百三十七条"', "cites:民事诉讼法 第二百三十七条",
                                   "cites：民诉法第237条", "cites：《民事诉讼法》第237条 法院"])
def test_cites_in_the_query_language(ix, query):
    assert {h.article_id for h in ix.search(query).hits} == CITING_237


def test_cites_and_statute_fields_without_an_article_match_the_law(ix):
    assert [h.article_id for h in ix.search("cites:刑法").hits] == ["a3"]
    assert [h.article_id for h in ix.search("statute:刑法").hits] == ["a3"]
    assert {h.article_id for h in ix.search("法院 -cites:刑法").hits} == CITING_237


# -- show -----------------------------------------------------------------------------------------

def test_show_lists_each_citation_with_the_cited_text(index_dir):
    out = run(index_dir, "show", "a1").stdout
    assert "statutes cited (1):" in out
    assert f"《民事诉讼法》第二百三十七条  → {MSL} ({OLD} version)" in out
    assert "旧法：仲裁裁决不予执行。" in out and "新法" not in out


def test_show_json_gives_the_citations_with_their_resolution(index_dir):
    data = json.loads(run(index_dir, "show", "a2", "--json").stdout)
    (c,) = data["citations"]
    assert c["text"] == "民诉法第237条、第二百四十八条" and c["status"] == "resolved" and c["version"] == NEW
    assert [(a["article"], a["id"], a["text"]) for a in c["articles"]] == [
        ("第二百三十七条", "L2#第二百三十七条", "新法：仲裁机构的裁决。"),
        ("第二百四十八条", "L2#第二百四十八条", "新法：当事人申请执行。")]
    assert json.loads(run(index_dir, "show", "a4", "--json").stdout)["citations"] == []


# -- cited-by --------------------------------------------------------------------------------------

def test_cited_by_lists_the_articles_citing_a_statute_article_newest_first(ix):
    found = ix.cited_by("民事诉讼法 第二百三十七条")
    assert found.total == 2 and [h.article_id for h in found.results.hits] == ["a2", "a1"]
    assert found.statute.text == "新法：仲裁机构的裁决。" and found.statute.id == "L2#第二百三十七条"
    assert [c.text for c in found.mentions["a1"]] == ["《民事诉讼法》第二百三十七条"]
    assert found.mentions["a1"][0].version == OLD and found.mentions["a2"][0].version == NEW


def test_cited_by_pages_and_counts_what_one_can_page_through(ix):
    first = ix.cited_by("民诉法第237条", limit=1)
    second = ix.cited_by("民诉法第237条", limit=1, offset=1)
    assert first.total == second.total == 2
    assert [h.article_id for h in first.results.hits + second.results.hits] == ["a2", "a1"]


def test_cited_by_a_law_lists_every_article_citing_any_of_its_articles(ix):
    assert {h.article_id for h in ix.cited_by("民事诉讼法").results.hits} == CITING_237


def test_cited_by_on_the_command_line(index_dir):
    out = run(index_dir, "cited-by", "民事诉讼法 第二百三十七条").stdout
    assert out.splitlines()[0].startswith(f"{MSL} 第二百三十七条")
    assert "新法：仲裁机构的裁决。" in out and "1–2 of 2 stories citing" in out
    data = json.loads(run(index_dir, "cited-by", "民诉法第237条", "--json").stdout)
    assert data["total"] == 2 and [h["article_id"] for h in data["hits"]] == ["a2", "a1"]
    assert data["hits"][0]["citations"][0]["text"] == "民诉法第237条、第二百四十八条"


def test_cited_by_a_statute_nobody_cites_says_so(index_dir):
    out = run(index_dir, "cited-by", "公司法 第五条").stdout
    assert "no article in this index cites 中华人民共和国公司法 第五条" in out


def test_cited_by_an_unknown_law_is_an_error_listing_near_matches(index_dir):
    out = run(index_dir, "cited-by", "刑发 第三百一十三条", code=1)
    assert "Error: no statute named '刑发' is known" in out.output
    out = run(index_dir, "cited-by", "第二百三十七条", code=1)
    assert "Error: no statute named" in out.output


# -- the bundled corpus -----------------------------------------------------------------------------

def test_the_bundled_corpus_cites_no_statute_article(corpus_index):
    assert corpus_index.facets()["facets"]["statute"] == {}
    assert corpus_index.cited_by("民事诉讼法 第二百三十七条").total == 0
    assert all(corpus_index.citations(a.id) == () for a in corpus_index.articles())


def test_the_web_article_page_lists_each_citation_with_the_cited_text(index_dir, monkeypatch):
    starlette_testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with starlette_testclient.TestClient(create_app(index_dir, workers=1), raise_server_exceptions=False) as c:
        page = c.get("/article/a1")
        data = c.get("/article/a1", params={"format": "json"}).json()
    assert page.status_code == 200
    assert "Statutes cited" in page.text and "旧法：仲裁裁决不予执行。" in page.text and "新法" not in page.text
    assert data == json.loads(run(index_dir, "show", "a1", "--json").stdout)


def test_a_build_on_worker_processes_records_the_same_citations(index_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    lawnews.build_index(write_jsonl(tmp_path / "news.jsonl", NEWS), tmp_path / "news2", jobs=2)
    with lawnews.NewsIndex.open(index_dir) as one, lawnews.NewsIndex.open(tmp_path / "news2") as two:
        for a in NEWS:
            assert [c.to_dict() for c in two.citations(a["id"])] == [c.to_dict() for c in one.citations(a["id"])]
        assert two.facets("").get("statute") == one.facets("").get("statute")
    with lawnews.NewsIndex.open(tmp_path / "news2") as two:
        assert {h.article_id for h in two.cited_by("民事诉讼法 第二百三十七条").results.hits} == CITING_237


def test_cited_by_says_when_articles_shown_cite_another_version_whose_text_differs(index_dir):
    out = run(index_dir, "cited-by", "民事诉讼法 第二百三十七条").stdout
    older = next(s["text"] for s in STATUTES if s["date"] == OLD and s["title"].endswith("第二百三十七条"))
    assert f"articles below cite its {OLD} version, whose text differs:\n{older}\n" in out
    newest = run(index_dir, "cited-by", "民事诉讼法 第二百三十七条", "-n", "1").stdout  # a2 cites the newest only
    assert "whose text differs" not in newest
