"""A statute article typed with its version (``2021年民事诉讼法第二百五十二条``,
``民事诉讼法（2021修正）第二百五十二条``, ``《民事诉讼法》(2021年) 第252条``) in ``cited-by``,
``--cites`` and ``cites:``: the citations resolved to that version's article.

The statute records (two versions whose 第二百五十二条 differ) and the news articles are
written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国民事诉讼法"
V2021, V2023 = "2021-12-24", "2023-09-01"
STATUTES = [
    {"id": "M21#第一条", "title": f"{LAW} 第一条", "text": "第一条：本法的目的。", "date": V2021, "law": LAW},
    {"id": "M21#第二百五十二条", "title": f"{LAW} 第二百五十二条", "date": V2021, "law": LAW,
     "text": "被执行人不履行法律文书确定的义务的，应当报告当前以及收到执行通知之日前一年的财产情况。"},
    {"id": "M23#第一条", "title": f"{LAW} 第一条", "text": "第一条：本法的目的。", "date": V2023, "law": LAW},
    {"id": "M23#第二百五十二条", "title": f"{LAW} 第二百五十二条", "date": V2023, "law": LAW,
     "text": "被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款。"},
]
NEWS = [
    {"id": "n22", "title": "二〇二二年的执行报道", "date": "2022-06-01",
     "text": "法院依据《中华人民共和国民事诉讼法》第二百五十二条责令被执行人报告财产。"},
    {"id": "n24", "title": "二〇二四年的执行报道", "date": "2024-06-01",
     "text": "法院依据《中华人民共和国民事诉讼法》第二百五十二条查询被执行人的存款。"},
]
TYPED_2021 = ["2021年民事诉讼法第二百五十二条", "民事诉讼法（2021修正）第二百五十二条", "《民事诉讼法》(2021年) 第252条"]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("typed-versions"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as opened:
        yield opened


def ids(results) -> list[str]:
    return sorted(h.article_id for h in results.hits)


@pytest.mark.parametrize("typed", TYPED_2021)
def test_cited_by_a_law_typed_with_its_version_lists_the_citations_of_that_version(ix, index_dir, typed):
    found = ix.cited_by(typed)
    assert found.statute.pinned and found.statute.version == V2021 and found.statute.id == "M21#第二百五十二条"
    assert found.total == 1 and ids(found.results) == ["n22"]
    assert [c.version for c in found.mentions["n22"]] == [V2021]
    out = run_cli("cited-by", typed, "--index-dir", str(index_dir))
    assert "n22" in out.output and "n24" not in out.output and f"({V2021} version)" in out.output
    data = json.loads(run_cli("cited-by", typed, "--index-dir", str(index_dir), "--json").output)
    assert data["statute"]["version"] == V2021 and data["statute"]["pinned"] is True and data["total"] == 1


def test_the_cites_filter_and_the_cites_field_take_a_version(ix):
    for typed, expected in ((TYPED_2021[0], ["n22"]), ("民事诉讼法(2023修正)第252条", ["n24"])):
        by_filter = ix.search("执行", cites=typed)
        by_field = ix.search(f'执行 cites:"{typed}"')
        assert ids(by_filter) == ids(by_field) == expected
        assert by_filter.total == by_field.total == len(expected)
        assert ix.facets("执行", cites=typed)["total"] == len(expected)
    assert ids(ix.search("", cites="民事诉讼法第二百五十二条")) == ["n22", "n24"]


def test_a_version_typed_on_the_command_line_filters_the_search(ix, index_dir):
    out = run_cli("search", "执行", "--cites", TYPED_2021[1], "--index-dir", str(index_dir), "--json")
    assert [h["article_id"] for h in json.loads(out.output)["hits"]] == ["n22"]


def test_a_year_no_version_stands_for_is_an_error_naming_the_versions(ix):
    with pytest.raises(lawnews.UnknownFacetError, match=f"stands for 2019 .its versions: {V2021}, {V2023}"):
        ix.cited_by("2019年民事诉讼法第二百五十二条")


def test_cited_by_without_a_version_says_which_version_each_hit_cites(ix, index_dir):
    found = ix.cited_by("民事诉讼法 第二百五十二条")
    assert ids(found.results) == ["n22", "n24"] and not found.statute.pinned
    assert {h: [c.version for c in cs] for h, cs in found.mentions.items()} == {"n22": [V2021], "n24": [V2023]}
    out = run_cli("cited-by", "民事诉讼法 第二百五十二条", "--index-dir", str(index_dir)).output
    blocks = {b.split("\n")[1].strip().split(" ")[0]: b for b in out.split("\n\n")[1:] if "·" in b}
    assert f"({V2021} version)" in blocks["n22"] and f"({V2023} version)" in blocks["n24"]
    assert f"its {V2021} version, whose text differs" in out
