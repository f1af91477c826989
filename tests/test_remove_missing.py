"""Removing an id or a file the index does not hold: ``remove`` says so as ``remove_all``
does (ArticleNotFoundError, nothing removed), and ``lawnews index --remove-id`` too."""

from __future__ import annotations

import pytest

import lawnews
from lawnews import Article, NewsIndex, Section

from .support import run_cli


def _index() -> NewsIndex:
    ix = NewsIndex.in_memory()
    ix.add_articles([Article(id="k1", file="kept.txt", title="执行新闻", sections=(Section(None, "法院推进执行工作。"),))])
    return ix


@pytest.mark.parametrize("how", ["remove", "remove_all"])
def test_removing_a_missing_id_raises_article_not_found_the_same_way(how):
    ix = _index()
    with pytest.raises(lawnews.ArticleNotFoundError, match="no article with id missing; nothing removed"):
        if how == "remove":
            ix.remove(article_id="missing")
        else:
            ix.remove_all(article_ids=["missing"])
    assert ix.search("执行").total == 1


@pytest.mark.parametrize("how", ["remove", "remove_all"])
def test_removing_a_missing_file_raises_article_not_found_the_same_way(how):
    ix = _index()
    with pytest.raises(lawnews.ArticleNotFoundError, match="no article from file gone.txt; nothing removed"):
        if how == "remove":
            ix.remove(file="gone.txt")
        else:
            ix.remove_all(files=["gone.txt"])
    assert ix.search("执行").total == 1


def test_removing_a_held_id_still_returns_its_sections():
    ix = _index()
    assert ix.remove(article_id="k1") == 1
    assert ix.search("执行").total == 0


def test_cli_remove_id_of_a_missing_article_says_so(tmp_path):
    page = tmp_path / "news.txt"
    page.write_text("测试标题\n\n本报讯 法院推进执行工作，这是测试文本。\n", encoding="utf-8")
    run_cli("index", str(page), "--index-dir", str(tmp_path / "ix"))
    res = run_cli("index", "--index-dir", str(tmp_path / "ix"), "--remove-id", "missing", ok=False)
    assert res.exit_code != 0
    assert "no article with id missing" in res.output
