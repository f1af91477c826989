"""A count or list over the articles with any of the words (no article has every one) says so
beside the data a program reads, on stderr, as the text output says it above the table:
search --jsonl, trends --csv and first --csv said nothing; first's text said nothing either."""

from __future__ import annotations

import json

import pytest

import lawnews
from support import run_cli

ARTICLES = [
    {"id": "r1", "title": "集中执行见成效", "text": "青石县人民法院开展集中执行行动。", "date": "2024-03-01"},
    {"id": "r2", "title": "诉源治理", "text": "白河市中级人民法院推进诉源治理。", "date": "2024-04-01"},
]
LOOSE = "集中执行 子虚乌有"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("relaxed") / "ix"
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    return str(path)


@pytest.mark.parametrize("args", [("search", LOOSE, "--jsonl"), ("trends", LOOSE, "--csv"),
                                  ("first", LOOSE, "--csv"), ("first", LOOSE)])
def test_a_relaxed_count_is_said(index_dir, args):
    result = run_cli(*args, "--index-dir", index_dir)
    said = result.stderr if "--jsonl" in args or "--csv" in args else result.stdout
    assert "no article has every word" in said, (result.stdout, result.stderr)
    if "--jsonl" in args:
        assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["r1"]
    if "--csv" in args:
        assert "no article has every word" not in result.stdout


def test_an_expanded_jsonl_search_says_so_on_stderr(index_dir):
    result = run_cli("search", "集中执行", "--jsonl", "--index-dir", index_dir)
    assert "also matching: 集中执行" in result.stderr and "also matching" not in result.stdout
