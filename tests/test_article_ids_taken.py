"""An id an indexed file's article holds is not taken by a record added from Python
(``add_articles``, a writer's ``add``): ArticleIdTakenError names the id and the file, and
nothing of the call is written; a record still replaces the earlier record of its id, and a
file whose article's id a record holds is skipped with a clash that names the record, never
an empty file name."""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from lawnews import NewsIndex

from .support import run_cli

PAGE = "青溪法院集中执行\n\n本报讯 青溪县人民法院开展集中执行行动，执行到位款项三百万元。\n"
TAKEN = {"id": "a#1", "title": "覆盖的记录", "text": "这条记录想占用文件文章的编号，强制执行。"}
OTHER = {"id": "r1", "title": "另一条记录", "text": "白沙镇调解委员会化解纠纷。"}


def _indexed(tmp_path: Path) -> Path:
    """An index built from a folder holding a.txt, which gives the article a#1."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(PAGE, encoding="utf-8")
    lawnews.build_index(tmp_path / "news", tmp_path / "ix")
    return tmp_path / "ix"


def _unchanged(ix: NewsIndex) -> None:
    """The index holds a.txt's article as indexed, and no record."""
    article = ix.article("a#1")
    assert (article.title, article.file) == ("青溪法院集中执行", "a.txt")
    assert ix.search("调解委员会").total == 0 and ix.search("占用").total == 0
    assert ix.stats()["articles"] == 1


def test_add_articles_refuses_the_id_of_an_indexed_files_article_and_adds_nothing(tmp_path):
    with NewsIndex.open(_indexed(tmp_path)) as ix:
        with pytest.raises(lawnews.ArticleIdTakenError) as caught:
            ix.add_articles([OTHER, TAKEN])
        assert (caught.value.article_id, caught.value.file) == ("a#1", "a.txt")
        assert "article a#1 is already the id of an article of a.txt" in str(caught.value)
        assert isinstance(caught.value, lawnews.LawNewsError)
        _unchanged(ix)
    with NewsIndex.open(tmp_path / "ix") as ix:  # nothing committed either
        _unchanged(ix)


def test_a_writers_add_refuses_it_too_and_its_transaction_writes_nothing(tmp_path):
    with NewsIndex.open(_indexed(tmp_path)) as ix:
        with pytest.raises(lawnews.ArticleIdTakenError, match="a#1.*a.txt"):
            with ix.writer() as w:
                w.add(OTHER)
                w.add(TAKEN)
        _unchanged(ix)


def test_a_file_deleted_in_the_same_transaction_frees_its_ids(tmp_path):
    with NewsIndex.open(_indexed(tmp_path)) as ix:
        with ix.writer() as w:
            w.delete_file("a.txt")
            w.add(TAKEN)
        assert ix.article("a#1").title == "覆盖的记录"


def test_a_record_replaces_the_earlier_record_of_its_id(tmp_path):
    with NewsIndex.open(_indexed(tmp_path)) as ix:
        ix.add_articles([OTHER])
        assert ix.add_articles([{**OTHER, "title": "改过的记录"}]) == 1
        assert ix.article("r1").title == "改过的记录"
        assert ix.stats()["articles"] == 2


def test_an_update_after_a_refusal_reads_the_file_without_a_clash(tmp_path):
    index_dir = _indexed(tmp_path)
    with NewsIndex.open(index_dir) as ix, pytest.raises(lawnews.ArticleIdTakenError):
        ix.add_articles([TAKEN])
    result = run_cli("index", "--index-dir", str(index_dir))
    assert "clash" not in result.output
    shown = run_cli("show", "a#1", "--index-dir", str(index_dir)).output
    assert "a#1 · a.txt" in shown


def test_a_file_whose_id_a_record_holds_is_skipped_naming_the_record_not_an_empty_file(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "b.txt").write_text(PAGE.replace("青溪", "白沙"), encoding="utf-8")
    lawnews.build_index(tmp_path / "news", tmp_path / "ix")
    with NewsIndex.open(tmp_path / "ix") as ix:
        ix.add_articles([TAKEN])
    (tmp_path / "news" / "a.txt").write_text(PAGE, encoding="utf-8")
    output = run_cli("index", "--index-dir", str(tmp_path / "ix")).output
    assert ("a.txt: id clash: article a#1 is already the id of a record added from Python (add_articles),"
            " of no file, which is not replaced; rename the file, or remove that record first (--remove-id a#1)") in output
    assert " of ," not in output and "remove  first" not in output
    shown = run_cli("show", "a#1", "--index-dir", str(tmp_path / "ix")).output
    assert "a#1 · no file (added from Python)" in shown


@pytest.mark.parametrize("kind", ["memory", "folder"])
def test_a_writer_given_one_id_twice_refuses_the_second_and_writes_nothing(tmp_path, kind):
    """A writer cannot take back an article it added: a second article of the same id in one
    transaction is an InvalidArgumentError naming the id, the transaction writes nothing,
    and a later transaction replaces the record as always."""
    ix = NewsIndex.in_memory() if kind == "memory" else NewsIndex.create(tmp_path / "ix")
    with ix:
        ix.add_articles([OTHER])
        with pytest.raises(lawnews.InvalidArgumentError, match="article 'r2' was added in this transaction already") as e:
            with ix.writer() as w:
                w.add({"id": "r2", "title": "第一版", "text": "某县法院开展执行工作。"})
                w.add({"id": "r2", "title": "第二版", "text": "某县法院开展执行工作，执结案件多件。"})
        assert e.value.argument == "article"
        assert [a.id for a in ix.articles()] == ["r1"] and ix.stats()["sections"] == 1
        with ix.writer() as w:
            w.add({"id": "r2", "title": "第一版", "text": "某县法院开展执行工作。"})
        with ix.writer() as w:
            w.add({"id": "r2", "title": "第二版", "text": "某县法院开展执行工作，执结案件多件。"})
        assert ix.article("r2").title == "第二版" and ix.stats()["articles"] == ix.stats()["sections"] == 2
