"""An article printed as a headline alone (a page file that is only its title) is exported
with an empty text; indexing that export again gives it back, warned about by its line, so
that an export of a whole index, indexed again, gives the same articles (docs/article-schema.md)."""

from __future__ import annotations

import json

import lawnews

HEADLINE = "绿水县法院集中执行一批拖欠农民工工资案件"
BODY = "绿水县人民法院近日开展集中执行行动，执结案件三十件，执行到位金额一百余万元。"


def test_an_export_indexed_again_keeps_its_headline_only_articles(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "brief.txt").write_text(HEADLINE + "\n", encoding="utf-8")
    (src / "news.txt").write_text("绿水法院执行攻坚\n" + BODY + "\n", encoding="utf-8")
    lawnews.build_index([src], tmp_path / "ix")
    out = tmp_path / "export.jsonl"
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        with out.open("w", encoding="utf-8") as f:
            lawnews.export(ix, f)
        first = sorted(a.id for a in ix.articles())
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["text"] for r in exported}["brief#1"] == ""

    report = lawnews.build_index([out], tmp_path / "again")
    assert report.skipped == []
    line = 1 + [r["id"] for r in exported].index("brief#1")
    assert [w.reason for w in report.warnings] == [f"line {line}: headline only, no body text: indexed as an article"
                                                   " with its title"]
    with lawnews.NewsIndex.open(tmp_path / "again") as ix:
        assert sorted(a.id for a in ix.articles()) == first
        (brief,) = [a for a in ix.articles() if a.id == "brief#1"]
        assert (brief.title, brief.text) == (HEADLINE, "")
