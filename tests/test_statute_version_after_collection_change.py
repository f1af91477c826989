"""A version named in ``cited-by``, ``cites=`` and ``cites:`` after the statute collection
changed and before the news index was indexed into again: the articles listed are those
whose citation resolves to that version now, as ``show`` and the citations under each hit
resolve them, not as the older collection did.

The statute records (two versions of a law whose 第二百三十七条 differ, the later one added
to the collection after the news were indexed) and the news articles are written for
these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import run_cli, write_jsonl

LAW = "中华人民共和国民事诉讼法"
OLD, NEW = "2021-12-24", "2023-09-01"
OLD_TEXT = [
    {"id": "A21#第一条", "title": f"{LAW} 第一条", "text": "为了保护当事人行使诉讼权利，制定本法。", "date": OLD, "law": LAW},
    {"id": "A21#第二百三十七条", "title": f"{LAW} 第二百三十七条", "date": OLD, "law": LAW,
     "text": "在执行中，双方当事人自行和解达成协议的，执行员应当将协议内容记入笔录。"},
]
NEW_TEXT = [
    {"id": "A23#第一条", "title": f"{LAW} 第一条", "text": "为了保护当事人行使诉讼权利，制定本法。", "date": NEW, "law": LAW},
    {"id": "A23#第二百三十七条", "title": f"{LAW} 第二百三十七条", "date": NEW, "law": LAW,
     "text": "人民法院自收到申请执行书之日起超过六个月未执行的，申请执行人可以向上一级人民法院申请执行。"},
]
NEWS = [
    {"id": "old", "title": "执行和解的一起案件", "date": "2022-06-10",
     "text": "青石县人民法院依照《中华人民共和国民事诉讼法》第二百三十七条，将和解协议记入笔录。"},
    {"id": "new", "title": "申请上级法院执行", "date": "2024-06-15",
     "text": "申请执行人依据民诉法第237条向上一级人民法院申请执行。"},
    {"id": "undated", "title": "执行程序简介", "text": "法官介绍了民事诉讼法第二百三十七条的适用。"},
]


@pytest.fixture()
def changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A news index resolved against a collection holding the 2021 text alone, then the
    2023 text added to the collection (the news index not indexed into since)."""
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    lawnews.build_index(write_jsonl(tmp_path / "old.jsonl", OLD_TEXT), tmp_path / "old-statutes")
    lawnews.build_index(write_jsonl(tmp_path / "news.jsonl", NEWS), tmp_path / "news")
    lawnews.build_index(write_jsonl(tmp_path / "new.jsonl", NEW_TEXT), tmp_path / "new-statutes")
    return tmp_path / "news"


def versions_shown(ix: lawnews.NewsIndex, article_id: str) -> set[str | None]:
    return {c.version for c in ix.citations(article_id) if any(a.text for a in c.articles)}


def test_the_collection_changed_and_show_resolves_the_citations_again(changed):
    with lawnews.NewsIndex.open(changed) as ix:
        assert versions_shown(ix, "old") == {OLD}
        assert versions_shown(ix, "new") == {NEW}
        assert versions_shown(ix, "undated") == set()  # the two texts differ at the article: not told


@pytest.mark.parametrize("typed, version, expected", [
    ("2023年民事诉讼法第237条", NEW, ["new"]),
    ("2021年民事诉讼法第二百三十七条", OLD, ["old"]),
])
def test_a_version_named_lists_the_articles_whose_citation_resolves_to_it_now(changed, typed, version, expected):
    with lawnews.NewsIndex.open(changed) as ix:
        listed = ix.cited_by(typed)
        assert [h.article_id for h in listed.results.hits] == expected
        assert listed.total == len(expected)
        for hit in listed.results.hits:  # each hit shows its citation of that version
            assert [c.version for c in listed.mentions[hit.article_id]] == [version]
            assert version in versions_shown(ix, hit.article_id)
        found = ix.search("", cites=typed)
        assert sorted(h.article_id for h in found.hits) == sorted(expected) and found.total == len(expected)
        assert ix.search(f'cites:"{typed}"').total == len(expected)
        assert ix.facets("", cites=typed)["total"] == len(expected)
        assert ix.statute_article(typed).cited_by == len(expected)


def test_the_command_line_counts_what_it_lists(changed):
    out = run_cli("cited-by", "2023年民事诉讼法第237条", "--index-dir", str(changed), "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["total"] == 1 and [h["article_id"] for h in data["hits"]] == ["new"]
    assert [c["version"] for c in data["hits"][0]["citations"]] == [NEW]
