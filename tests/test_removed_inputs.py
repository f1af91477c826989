"""A file given by name and removed again (``--remove-file``, ``ix.remove(file=…)``) is no
longer among the inputs the index is updated from: ``lawnews index`` without paths does
not bring it back. A file removed from a folder the index reads leaves the folder an input
(tests/test_removed_stay_out.py: the file is kept out of its updates)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

TEXT = "某某法院开展集中执行\n\n{place}人民法院近日开展集中执行行动，执结案件三十余件，执行到位金额二百余万元。\n"


def _inputs(index: Path) -> list[str]:
    return json.loads((index / "lawnews.json").read_text(encoding="utf-8"))["extra"]["inputs"]


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(TEXT.format(place="甲县"), encoding="utf-8")
    extra = tmp_path / "extra.txt"
    extra.write_text(TEXT.format(place="乙县"), encoding="utf-8")
    index = tmp_path / "index"
    lawnews.build_index([news], index)
    lawnews.build_index([extra], index)
    return news, extra, index


def test_a_file_given_by_name_and_removed_is_not_brought_back_by_an_update(tmp_path):
    news, extra, index = _setup(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(file=str(extra))
    assert _inputs(index) == [str(news)]
    report = lawnews.build_index(None, index)
    assert report.articles == 0
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.search("乙县", limit=5).total == 0 and ix.search("甲县", limit=5).total == 1


def test_the_cli_removal_of_a_named_file_also_holds_after_an_update(tmp_path, monkeypatch):
    news, extra, index = _setup(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    got = runner.invoke(cli, ["index", "--remove-file", "extra.txt", "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    got = runner.invoke(cli, ["index", "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.search("乙县", limit=5).total == 0


def test_a_file_of_a_folder_read_keeps_the_folder_an_input(tmp_path):
    news, extra, index = _setup(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove_all(files=[str(news / "a.txt")])
    assert _inputs(index) == sorted([str(news), str(extra)])


def test_an_update_with_no_input_left_says_so(tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text(TEXT.format(place="乙县"), encoding="utf-8")
    index = tmp_path / "index"
    lawnews.build_index([extra], index)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(file=str(extra))
    try:
        lawnews.build_index(None, index)
    except lawnews.InvalidArgumentError as e:
        assert "no files or folders left" in str(e) and "lawnews index PATH…" in str(e)
    else:
        raise AssertionError("an update with nothing to read must say so")
