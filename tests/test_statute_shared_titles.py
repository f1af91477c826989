"""A rule's title that several places' rules end with (湖南省测试条例, 湖北省测试条例), cited
without its place: show and cited-by name the places instead of saying the title is not
in the statute collection."""

from __future__ import annotations


import pytest

import lawnews
from support import run_cli, write_jsonl

LAWS = {"湖南省测试条例": "湖南省的第一条。", "湖北省测试条例": "湖北省的第一条。"}
NEWS = [{"id": "a", "title": "测试条例案", "text": "法院依照《测试条例》第一条的规定处理。", "date": "2022-05-01"},
        {"id": "b", "title": "湖南测试案", "text": "法院依照《湖南省测试条例》第一条的规定处理。", "date": "2022-05-02"}]


@pytest.fixture()
def index(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    statutes = [{"id": f"S{i}#第一条", "title": f"{law} 第一条", "text": text, "law": law, "date": "2021-01-01"}
                for i, (law, text) in enumerate(LAWS.items())]
    lawnews.build_index([write_jsonl(tmp_path / "statutes.jsonl", statutes)], tmp_path / "statute-ix")
    lawnews.build_index([write_jsonl(tmp_path / "news.jsonl", NEWS)], tmp_path / "ix")
    return tmp_path / "ix"


def test_a_citation_of_a_title_several_places_share_names_them(index):
    with lawnews.NewsIndex.open(index) as ix:
        (cited,) = ix.citations("a")
        (own,) = ix.citations("b")
    assert cited.status == "unresolved"
    assert "湖北省测试条例, 湖南省测试条例" in cited.reason and "cannot be told" in cited.reason
    assert "not in the statute collection" not in cited.reason
    assert own.articles[0].text == "湖南省的第一条。"
    shown = run_cli("show", "a", "--index-dir", str(index)).output
    assert "several places (湖北省测试条例, 湖南省测试条例)" in shown


def test_cited_by_a_title_several_places_share_names_them_and_lists_the_citing_articles(index):
    out = run_cli("cited-by", "测试条例第一条", "--index-dir", str(index)).output
    assert "several places (湖北省测试条例, 湖南省测试条例)" in out and "name one place's title" in out
    assert "is not in the statute collection" not in out
    assert "1–1 of 1 story citing 测试条例 第一条" in out
    with lawnews.NewsIndex.open(index) as ix:
        found = ix.cited_by("测试条例第一条")
    assert [h.article_id for h in found.results.hits] == ["a"] and "several places" in found.statute.note
