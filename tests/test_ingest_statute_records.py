"""Every ingest reads its articles through one statute step (index/store/build.py
collecting_statutes): a build, an update and NewsIndex.add warn alike of a record whose
``law`` field the statute collection cannot take, naming its file by its path, and none of
them writes the statute collection when no statute record comes. Records are made up."""

from __future__ import annotations

import json
import os

import lawnews

RECORD = {"id": "L1", "title": "执行工作报道", "text": "法院执行工作取得新进展，群众满意。", "law": "   "}


def _jsonl(folder):
    folder.mkdir()
    path = folder / "news.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _warned(report):
    return [(w.path, w.reason) for w in report.warnings]


def test_add_warns_of_a_law_field_the_collection_cannot_take_as_a_build_does(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    path = _jsonl(tmp_path / "in")
    monkeypatch.chdir(tmp_path)  # elsewhere than the file's folder
    built = lawnews.build_index([path], tmp_path / "ix")
    with lawnews.NewsIndex.create(tmp_path / "ix2") as ix:
        added = ix.add([path])
    expected = [(str(path), "L1: has a law field but its law '   ' is no title: indexed as an article,"
                            " not added to the statute collection")]
    assert _warned(built) == expected
    assert _warned(added) == expected


def test_an_ingest_of_news_alone_leaves_the_statute_collection_unwritten(tmp_path, monkeypatch):
    collection = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(collection))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("法院执行报道\n\n法院执行工作取得新进展，群众满意。\n", encoding="utf-8")
    lawnews.build_index([folder], tmp_path / "ix")
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add([folder])
    assert not os.path.exists(collection)
