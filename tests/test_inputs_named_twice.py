"""The inputs an index records for its updates: a file given by name inside a folder the
index is built from is no input of its own, so that later updates (``lawnews index``
without paths) read it once, through its folder, and report no skip for it. A file given
twice, or given and in a folder given, under the same name, is read once and is no skip
either, on a first build and on an update. The same file under another name (a hard link)
is still reported, naming the first."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import lawnews
from lawnews.index.ingest.readers import Skip, iter_inputs

TEXT = "某某法院开展集中执行\n\n某某县人民法院近日开展集中执行行动，执结案件三十余件，执行到位金额二百余万元。\n"


def _inputs(index: Path) -> list[str]:
    """The files and folders ``lawnews.json`` records as the index's inputs."""
    return json.loads((index / "lawnews.json").read_text(encoding="utf-8"))["extra"]["inputs"]


def _folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for name in ("a.txt", "b.txt"):
        (news / name).write_text(TEXT.replace("某某县", f"{name[0]}县"), encoding="utf-8")
    return news


def test_an_update_after_one_file_was_given_by_name_reports_no_skip(tmp_path):
    news = _folder(tmp_path)
    index = tmp_path / "index"
    lawnews.build_index([news], index)
    (news / "a.txt").write_text(TEXT + "又及：本院还开展了交叉执行。\n", encoding="utf-8")
    assert lawnews.build_index([news / "a.txt"], index).articles == 1
    report = lawnews.build_index(None, index)  # from the inputs recorded
    assert report.skipped == [] and report.unchanged == 2
    assert _inputs(index) == [str(news)]


def test_a_file_outside_the_folders_stays_an_input_of_its_own(tmp_path):
    news = _folder(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(TEXT.replace("某某县", "丙县"), encoding="utf-8")
    index = tmp_path / "index"
    lawnews.build_index([news], index)
    lawnews.build_index([other], index)
    assert _inputs(index) == sorted([str(news), str(other)])


@pytest.mark.parametrize("given", [("news/a.txt", "news"), ("news", "news/a.txt"), ("news/a.txt", "./news/a.txt"),
                                   ("news", "news/")])
def test_a_file_given_twice_under_its_own_name_is_read_once_and_no_skip(tmp_path, monkeypatch, given):
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    got = list(iter_inputs(list(given)))
    assert not [i for i in got if isinstance(i, Skip)]
    index = tmp_path / "index"
    for _ in range(2):  # a first build, then an update
        report = lawnews.build_index(list(given), index)
        assert report.skipped == []
    files = 1 if all(g.endswith(".txt") for g in given) else 2
    assert len(got) == files
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.search("*", all_copies=True).total == files


def test_the_same_file_under_another_name_is_still_reported(tmp_path):
    news = _folder(tmp_path)
    try:
        os.link(news / "a.txt", news / "c.txt")
    except OSError:
        pytest.skip("no hard links here")
    skips = [i for i in iter_inputs([news]) if isinstance(i, Skip)]
    assert [(Path(s.path).name, s.reason) for s in skips] == [("c.txt", f"the same file as {news / 'a.txt'}, read once")]


def test_a_hidden_file_given_by_name_in_the_folder_stays_an_input_and_indexed(tmp_path):
    news = _folder(tmp_path)
    hidden = news / ".draft.txt"
    hidden.write_text(TEXT.replace("某某县", "丁县"), encoding="utf-8")
    index = tmp_path / "index"
    lawnews.build_index([news], index)
    assert lawnews.build_index([hidden], index).articles == 1
    assert _inputs(index) == sorted([str(news), str(hidden)])
    lawnews.build_index(None, index)
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.search("丁县", limit=5).total == 1
