"""``lawnews search … --fields`` prints the table alone on stdout, and what the reader
must know about the hits (the query was relaxed, its words expanded, a did-you-mean)
on stderr, as it does without --fields: relaxed hits are never shown as if they had
every word."""

from __future__ import annotations

import json

import pytest

from support import run_cli

RECORDS = [
    {"id": "j1", "title": "荆州法院交叉执行", "text": "荆州法院推进交叉执行，执结一批积案。"},
    {"id": "j2", "title": "常德法院执行工作", "text": "常德法院开展集中执行，兑现胜诉权益。"},
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fields")
    records = folder / "news.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    run_cli("index", str(records), "--index-dir", str(folder / "ix"), "-q")
    return str(folder / "ix")


def test_a_relaxed_search_with_fields_says_so_on_stderr_and_keeps_stdout_a_table(ix):
    plain = run_cli("search", "交叉执形", "--index-dir", ix)
    assert plain.stdout.startswith("no article has every word")  # what the text output says first
    result = run_cli("search", "交叉执形", "--fields", "rank,article_id", "--index-dir", ix)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["rank", "article_id"] and lines[1].split()[1] == "j1"
    assert "no article has every word" in result.stderr
    assert "did you mean: 交叉执行" in result.stderr


def test_an_expanded_search_with_fields_names_the_expansion_on_stderr(ix):
    result = run_cli("search", "交叉执行", "--fields", "rank,article_id", "--index-dir", ix)
    assert result.stdout.splitlines()[0].split() == ["rank", "article_id"]
    assert "also matching: 交叉执行" in result.stderr


def test_a_search_with_fields_that_finds_nothing_prints_its_notices_on_stderr_too(ix):
    result = run_cli("search", "海口", "--strict", "--fields", "rank,article_id", "--index-dir", ix)
    assert result.stdout.splitlines() == ["rank\tarticle_id"], result.stdout  # the header alone, as a table of no rows
    assert "no results for '海口'" in result.stderr
    assert "also matching" not in result.stdout
