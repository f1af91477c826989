"""What the CLI's counts count, said in their words: a story (an article with its
reposts, counted once) where reposts are grouped, an article where every copy counts
(``--all-copies``) and in ``stats``. Texts are made up for the purpose (test_reposts.py)."""

from __future__ import annotations

import pytest

from support import run_cli
from test_reposts import corpus, make


@pytest.fixture(scope="module")
def reposted(tmp_path_factory):
    """An index of two stories in four articles: one story reposted twice."""
    path = tmp_path_factory.mktemp("counted") / "ix"
    make(path, corpus()).close()
    return str(path)


def test_search_counts_stories_and_all_copies_counts_articles(reposted):
    out = run_cli("search", "交叉执行", "--index-dir", reposted).output
    assert "1–2 of 2 stories (2 sections)" in out and "articles (" not in out
    out = run_cli("search", "交叉执行", "--index-dir", reposted, "--all-copies").output
    assert "1–4 of 4 articles (4 sections)" in out


def test_one_story_is_said_in_the_singular(reposted):
    out = run_cli("search", "岳阳", "--index-dir", reposted, "--no-expand").output
    assert "1–1 of 1 story (1 section)" in out


def test_facets_say_they_count_stories(reposted):
    assert run_cli("facets", "交叉执行", "--index-dir", reposted).output.splitlines()[0] == "2 stories"
    assert run_cli("facets", "交叉执行", "--index-dir", reposted, "--all-copies").output.splitlines()[0] == "4 articles"


def test_stats_counts_articles(reposted):
    out = run_cli("stats", "--index-dir", reposted).output
    assert any(line.split() == ["articles", "4"] for line in out.splitlines())


def test_similar_counts_stories(reposted):
    out = run_cli("similar", "other#1", "--index-dir", reposted).output
    assert "1–1 of 1 story (1 section)" in out and "2 reposts" in out
