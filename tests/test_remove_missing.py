"""Removing an id or a file the index does not hold: ``remove`` says so as ``remove_all``
does (ArticleNotFoundError, nothing removed), and ``lawnews index --remove-id`` too; a file
named without the subfolder the index names it by is named back as the index names it."""

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


def test_a_file_named_without_its_subfolder_is_named_back_as_the_index_names_it(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "top.txt").write_text("青石县法院集中执行\n\n本报讯 青石县人民法院开展集中执行行动，执结案件三十余件。\n", encoding="utf-8")
    (folder / "sub" / "a.txt").write_text("红河镇法庭调解纠纷\n\n本报讯 某法庭深入红河镇调解邻里纠纷，案件执行完毕。\n",
                                          encoding="utf-8")
    lawnews.build_index([folder], tmp_path / "ix")
    with NewsIndex.open(tmp_path / "ix") as ix:
        with pytest.raises(lawnews.ArticleNotFoundError,
                           match=r"no article from file a\.txt \(did you mean sub/a\.txt\?.*; nothing removed"):
            ix.remove(file="a.txt")
        assert ix.search("执行").total == 2
    res = run_cli("index", "--index-dir", str(tmp_path / "ix"), "--remove-file", "a.txt", ok=False)
    assert res.exit_code == 1 and "did you mean sub/a.txt?" in res.output
