"""A skipped input's reason names the other file it speaks of (the file found first under
another name, the line a duplicate id was first at, a symlink's target) as the account names
the skipped input itself: absolute in the library's account and ``index --json``, relative to
the current folder when under it in the account ``lawnews index`` prints. The reason gave the
file found first by its name in the index (``p.txt`` for ``news/p.txt``), a duplicate id's
first line as the folder was typed (``news/a.jsonl:1`` in the JSON of absolute paths) and a
symlink's target absolute beside the relative path of its line."""

from __future__ import annotations

import json
import os

import pytest

import lawnews
from support import run_cli, write_jsonl

PAGE = "本报讯 某某县人民法院近日开展集中执行行动，执结案件三十余件，执行到位金额二百余万元。\n"


def _news(tmp_path):
    """A folder ``news`` holding a JSONL file whose id comes twice, a page, a hard link to
    the page and a symlink to it."""
    news = tmp_path / "news"
    news.mkdir()
    write_jsonl(news / "a.jsonl", [{"id": "d1", "title": "甲县法院执行", "text": "甲县人民法院开展集中执行。"},
                                   {"id": "d1", "title": "乙县法院执行", "text": "乙县人民法院开展集中执行。"}])
    (news / "p.txt").write_text(PAGE, encoding="utf-8")
    try:
        os.link(news / "p.txt", news / "q.txt")
        os.symlink("p.txt", news / "s.txt")
    except OSError:
        pytest.skip("no hard links or symlinks here")
    return news


def test_the_library_and_the_json_name_the_paths_in_reasons_absolute(tmp_path, monkeypatch):
    news = _news(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = lawnews.build_index(["news"], tmp_path / "ix")
    reasons = {os.path.basename(s.path): s.reason for s in report.skipped}
    assert reasons == {
        "a.jsonl:2": f"line 2: duplicate id 'd1' (first at {news / 'a.jsonl'}:1)",
        "q.txt": f"the same file as {news / 'p.txt'}, read once",
        "s.txt": f"symlink to {os.path.realpath(news / 'p.txt')}, a file inside {os.path.realpath(news)}"
                 " read under its own name",
    }
    printed = json.loads(run_cli("index", "news", "--index-dir", str(tmp_path / "ix2"), "--json").stdout)
    assert {os.path.basename(s["path"]): s["reason"] for s in printed["skipped"]} == reasons


def test_the_account_printed_names_them_as_it_names_the_skipped_inputs(tmp_path, monkeypatch):
    _news(tmp_path)
    monkeypatch.chdir(tmp_path)
    lines = run_cli("index", "news", "--index-dir", str(tmp_path / "ix")).stdout.splitlines()
    skipped = lines[lines.index("skipped 3:") + 1:]
    assert skipped == [
        "  news/a.jsonl:2: line 2: duplicate id 'd1' (first at news/a.jsonl:1)",
        "  news/q.txt: the same file as news/p.txt, read once",
        "  news/s.txt: symlink to news/p.txt, a file inside news read under its own name",
    ] or os.path.realpath(tmp_path) != str(tmp_path)  # a temp folder behind a symlink: its target stays absolute


def test_a_reason_shown_again_by_an_update_from_another_folder_names_the_same_file(tmp_path, monkeypatch):
    news = _news(tmp_path)
    (news / "q.txt").unlink()
    (news / "s.txt").unlink()
    monkeypatch.chdir(tmp_path)
    lawnews.build_index(["news"], tmp_path / "ix")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    (news / "p.txt").write_text(PAGE + "又及。\n", encoding="utf-8")  # an update reads it again, not a.jsonl
    report = lawnews.build_index(None, tmp_path / "ix")
    assert [s.reason for s in report.skipped] == [f"line 2: duplicate id 'd1' (first at {news / 'a.jsonl'}:1)"]
