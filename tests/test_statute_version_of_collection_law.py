"""A version named for a law the statute collection holds but the law-name table does not
know (a local rule, a law newer than the table), printed by the news under more than one
title (《测试法》 and 《中华人民共和国测试法》): ``cited-by``, ``--cites``, ``cites:`` (with or
without brackets), ``facets``, ``trends``, ``first`` and the look-up select the same articles,
those whose citation of that article is resolved to that version, whatever title they print.

The statute records (a made-up law in two versions) and the news articles are written for
these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国测试法"
STATUTES = [
    {"id": "T20#第一条", "title": f"{LAW} 第一条", "date": "2020-05-01", "law": LAW,
     "text": "为了规范测试活动，保障测试质量，制定本法。"},
    {"id": "T20#第二条", "title": f"{LAW} 第二条", "date": "2020-05-01", "law": LAW,
     "text": "在中华人民共和国领域内从事测试活动，适用本法。"},
    {"id": "T23#第一条", "title": f"{LAW} 第一条", "date": "2023-06-01", "law": LAW,
     "text": "测试机构应当依法取得资质，并在资质范围内从事测试业务。"},
    {"id": "T23#第二条", "title": f"{LAW} 第二条", "date": "2023-06-01", "law": LAW,
     "text": "在中华人民共和国领域内从事测试活动，适用本法。"},
]
NEWS = [
    {"id": "short21", "title": "测试纠纷审结", "date": "2021-03-01",
     "text": "青石县人民法院依照《测试法》第一条审结一起测试合同纠纷。"},
    {"id": "full22", "title": "测试合同纠纷宣判", "date": "2022-04-01",
     "text": "白水县人民法院依照《中华人民共和国测试法》第一条作出判决。"},
    {"id": "full24", "title": "测试机构资质案", "date": "2024-02-01",
     "text": "青石县人民法院依照《中华人民共和国测试法》第一条认定测试机构未取得资质。"},
]
OLD = {"short21", "full22"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("collection-law"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def test_the_citations_resolve_to_the_version_of_their_date(ix):
    for article_id in OLD:
        assert [c.version for c in ix.citations(article_id)] == ["2020-05-01"]
    assert [c.version for c in ix.citations("full24")] == ["2023-06-01"]


@pytest.mark.parametrize("typed", ["2020年测试法第1条", "2020年中华人民共和国测试法第一条", "2020年《测试法》第1条",
                                   "测试法（2020修正）第1条"])
def test_a_version_named_selects_its_citations_under_every_printed_title(ix, typed):
    listed = ix.cited_by(typed)
    assert {h.article_id for h in listed} == OLD and listed.total == 2
    assert {h.article_id for h in ix.search("", cites=typed)} == OLD
    assert ix.facets("", cites=typed)["total"] == 2
    assert {h.article_id for h in ix.search(f'cites:"{typed}"')} == OLD
    assert ix.statute_article(typed).cited_by == 2
    assert ix.trends("", cites=typed, by="province", every="year").total == 2
    assert ix.first("", cites=typed).matched == 2


def test_an_unquoted_clause_names_the_version_too(ix):
    assert {h.article_id for h in ix.search("cites:2020年测试法第1条")} == OLD
    assert {h.article_id for h in ix.search("cites:2023年中华人民共和国测试法第1条")} == {"full24"}


def test_the_command_line_counts_them_alike(index_dir, ix):
    env = ("--index-dir", str(index_dir))
    assert "1–2 of 2 stories" in run_cli("cited-by", "2020年测试法第1条", *env).output
    assert "2 stories" in run_cli("trends", "--cites", "2020年测试法第1条", "--every", "year", *env).output


def test_the_version_selected_is_named_once_with_the_count_of_what_it_finds(ix):
    found = ix.search("", cites="2020年测试法第1条")
    assert found.filters == {"cites": ("2020年测试法 第一条",)}
    assert found.facets["cites"] == {"2020年测试法 第一条": 2}  # no every-version value beside it
    assert found.statute_filters == {"cites": {"2020年测试法第1条": {"cites": ("2020年测试法 第一条",)}}}
    counted = ix.facets("", cites="2020年测试法第1条")
    assert counted["filters"] == {"cites": ["2020年测试法 第一条"]}
    assert counted["facets"]["cites"] == {"2020年测试法 第一条": 2} and counted["total"] == 2
