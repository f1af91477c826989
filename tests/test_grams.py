"""The character-gram side index stays exact through updates, deletions, segments,
merges, compaction and a writer that dies between its two commits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from lawnews.index.store import grams
from lawnews.index.documents import Article, Section
from lawnews.index.store.writer import IndexWriter, compact_grams


def article(aid: str, text: str, title: str = "标题") -> Article:
    return Article(id=aid, file="mem", ordinal=1, title=title, sections=(Section(None, text),))


def phrase_ids(ix: lawnews.NewsIndex, phrase: str) -> set[str]:
    return {h.article_id for h in ix.search(f'"{phrase}"', limit=1000).hits}


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_grams_are_the_characters_and_pairs_of_runs():
    assert grams.grams("执行，到位AB1") == {"执", "行", "执行", "到", "位", "到位", "位a", "a", "b", "1", "ab", "b1"}
    assert grams.grams("，。！") == set()


def test_a_phrase_of_punctuation_only_is_checked_against_every_section():
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles([article("a", "甲乙，。丙"), article("b", "甲乙丙")], tag=False)
        assert phrase_ids(ix, "，。") == {"a"}


def test_updates_replace_the_grams_of_changed_files(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "x1", "title": "一", "text": "甲乙丙丁"}, {"id": "x2", "title": "二", "text": "戊己庚"}])
    lawnews.build_index([src], tmp_path / "ix", rebuild=True)
    write_jsonl(src, [{"id": "x1", "title": "一", "text": "辛壬癸"}])
    lawnews.build_index([src], tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert phrase_ids(ix, "乙丙") == set()
        assert phrase_ids(ix, "己庚") == set()
        assert phrase_ids(ix, "壬癸") == {"x1"}


def test_phrases_are_found_in_every_segment_and_after_a_merge(tmp_path: Path):
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        for k in range(3):  # three segments: commit without merging
            w = IndexWriter(ix._ix)
            w.add(article(f"s{k}", f"第{k}段共同词语"))
            w._grams.commit()
            w._w.commit(merge=False)
        assert len(ix._ix.searcher().leaf_searchers()) == 3
        assert phrase_ids(ix, "同词语") == {"s0", "s1", "s2"}
        assert phrase_ids(ix, "第1段") == {"s1"}
        ix.remove(article_id="s1")
        assert phrase_ids(ix, "同词语") == {"s0", "s2"}
        w = IndexWriter(ix._ix)
        w._grams.commit()
        w._w.commit(optimize=True)  # one segment, document numbers renumbered
        assert len(ix._ix.searcher().leaf_searchers()) == 1
        assert phrase_ids(ix, "同词语") == {"s0", "s2"}
        assert phrase_ids(ix, "第2段") == {"s2"}


def test_compaction_drops_dead_rows_and_keeps_answers(tmp_path: Path):
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        for round_ in range(4):  # each round replaces the same ten articles
            ix.add_articles([article(f"a{i}", f"第{round_}轮文字{i}号") for i in range(10)], tag=False)
        store = grams.store_for(ix._ix)
        assert store.counts()[0] == 40
        assert compact_grams(ix._ix, slack=0)
        assert store.counts()[0] == 10
        assert phrase_ids(ix, "第3轮文字") == {f"a{i}" for i in range(10)}
        assert phrase_ids(ix, "第2轮") == set()
        assert not compact_grams(ix._ix, slack=0)  # nothing dead: nothing to do


def test_a_writer_dying_between_its_two_commits_leaves_exact_answers(tmp_path: Path):
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles([article("keep", "保留的文字")], tag=False)
        w = IndexWriter(ix._ix)
        w.add(article("ghost", "保留的幽灵"))
        w._grams.commit()  # the grams are in ...
        w._w.cancel()  # ... but the Whoosh commit never happens
        assert phrase_ids(ix, "保留的") == {"keep"}
        ix.add_articles([article("next", "保留的下一篇")], tag=False)
        assert phrase_ids(ix, "保留的") == {"keep", "next"}
        assert phrase_ids(ix, "幽灵") == set()


def test_a_cancelled_writer_adds_no_rows(tmp_path: Path):
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        with pytest.raises(RuntimeError):
            with ix.writer() as w:
                w.add(article("gone", "取消的文字"))
                raise RuntimeError("stop")
        assert grams.store_for(ix._ix).counts()[0] == 0
        assert phrase_ids(ix, "取消的") == set()


def test_an_in_memory_index_keeps_its_grams_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles([article("m", "内存里的文字")], tag=False)
        assert phrase_ids(ix, "存里的") == {"m"}
    assert list(tmp_path.iterdir()) == []
