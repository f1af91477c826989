"""An index open in a long-running program answers from the new index after another
program (or this one) rebuilt it in its place."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import lawnews
from support import DATA


@pytest.fixture()
def one_article(tmp_path):
    first = (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "one.jsonl"
    path.write_text(first + "\n", encoding="utf-8")
    return path


def answers(ix):
    stats = ix.stats()
    res = ix.search("执行", limit=50)
    return stats["articles"], stats["built_by"]["articles"], res.total, {h.article_id for h in res.hits}


@pytest.mark.parametrize("long_running", [False, True])
def test_an_open_index_answers_from_the_index_rebuilt_in_its_place(tmp_path, one_article, long_running):
    path = tmp_path / "index"
    lawnews.build_index([one_article], path, rebuild=True)
    with lawnews.NewsIndex.open(path, long_running=long_running) as reader:
        assert answers(reader)[0] == 1
        lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
        with lawnews.NewsIndex.open(path) as fresh:
            want = answers(fresh)
        assert want[0] > 1
        assert answers(reader) == want


def test_an_index_rebuilt_by_another_process_is_read_again(tmp_path, one_article):
    path = tmp_path / "index"
    lawnews.build_index([one_article], path, rebuild=True)
    with lawnews.NewsIndex.open(path, long_running=True) as reader:
        assert reader.search("执行").total == 1
        code = ("import sys, lawnews; lawnews.build_index([sys.argv[1]], sys.argv[2], rebuild=True)")
        subprocess.run([sys.executable, "-c", code, str(DATA / "articles.jsonl"), str(path)], check=True,
                       env=os.environ.copy(), capture_output=True)
        with lawnews.NewsIndex.open(path) as fresh:
            assert answers(reader) == answers(fresh)


def test_a_closed_index_stays_closed_after_a_rebuild(tmp_path, one_article):
    path = tmp_path / "index"
    lawnews.build_index([one_article], path, rebuild=True)
    reader = lawnews.NewsIndex.open(path)
    reader.close()
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
    with pytest.raises(lawnews.errors.IndexClosedError):
        reader.search("执行")
    assert "closed" in repr(reader)
