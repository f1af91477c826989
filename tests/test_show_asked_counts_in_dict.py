"""``NewsIndex.show(id, cited_by=True)`` gives what it was asked for in ``to_dict()`` too: the
number of news articles citing each statute article cited (``cited_by``) and, for a statute
record, the article as the look-up gives it (``statute``); ``lawnews show --json`` (asked for
neither) is unchanged.

A statute record and the news articles citing it, written for the test, in one index.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import run_cli, write_jsonl

LAW = "中华人民共和国刑法"
RECORDS = [
    {"id": "X1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
     "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"},
    {"id": "n1", "title": "拒执罪一审宣判", "date": "2024-04-02",
     "text": "青石县人民法院依照《中华人民共和国刑法》第三百一十三条，以拒不执行判决罪判处被告人有期徒刑一年。"},
    {"id": "n2", "title": "拒执案件集中宣判", "date": "2024-05-06",
     "text": "白水县人民法院集中宣判三起案件，依照刑法第313条追究被告人刑事责任。"},
]


@pytest.fixture()
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    lawnews.build_index(write_jsonl(tmp_path / "all.jsonl", RECORDS), tmp_path / "ix")
    return tmp_path / "ix"


def test_the_counts_asked_for_are_in_the_dict_of_a_news_article(index_dir):
    with lawnews.NewsIndex.open(index_dir) as ix:
        page = ix.show("n1", cited_by=True)
        assert page.cited_by and set(page.cited_by.values()) == {ix.cited_by("刑法313").total} == {2}
        data = json.loads(json.dumps(page.to_dict(), ensure_ascii=False))
        assert data["cited_by"] == dict(page.cited_by)
        assert "statute" not in data  # a news article is no statute record


def test_the_statute_article_asked_for_is_in_the_dict_of_a_statute_record(index_dir):
    with lawnews.NewsIndex.open(index_dir) as ix:
        page = ix.show("X1#第三百一十三条", cited_by=True)
        assert page.statute is not None and page.statute.cited_by == 2
        data = json.loads(json.dumps(page.to_dict(), ensure_ascii=False))
        assert data["statute"] == page.statute.to_dict()


def test_show_without_them_gives_neither(index_dir):
    with lawnews.NewsIndex.open(index_dir) as ix:
        for article_id in ("n1", "X1#第三百一十三条"):
            data = ix.show(article_id).to_dict()
            assert "cited_by" not in data and "statute" not in data
    shown = json.loads(run_cli("show", "n1", "--index-dir", str(index_dir), "--json").output)
    assert "cited_by" not in shown and shown["citations"][0]["articles"][0]["id"] == "X1#第三百一十三条"
