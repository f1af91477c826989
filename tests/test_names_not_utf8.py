"""Files and folders whose names are no UTF-8 (GBK names, as a ZIP archive made on a
Chinese Windows unpacks): each is skipped once with its reason — the name as GBK reads
it and how to rename it — printed and stored without a traceback; the other files are
indexed, and an update indexes nothing twice."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

TEXT = "{city}中院通报交叉执行工作情况\n\n湖北省{city}市中级人民法院近日召开新闻发布会，通报该院开展交叉执行工作的情况。\n"


def _gbk(folder: Path, *parts: str) -> str:
    """The path under ``folder`` named by ``parts`` in GBK bytes, as Python gives it (str)."""
    return os.fsdecode(os.path.join(os.fsencode(folder), *(p.encode("gbk") for p in parts)))


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    try:
        os.mkdir(_gbk(folder, "二月"))
    except OSError:  # a file system that takes UTF-8 names only has no such files
        pytest.skip("this file system takes no names that are not UTF-8")
    Path(_gbk(folder, "二月", "a.txt")).write_text(TEXT.format(city="荆州"), encoding="utf-8")
    Path(_gbk(folder, "新闻.txt")).write_text(TEXT.format(city="宜昌"), encoding="utf-8")
    (folder / "好.txt").write_text(TEXT.format(city="襄阳"), encoding="utf-8")
    return folder


def _reasons(skipped) -> dict[str, str]:
    return {Path(s.path).name: s.reason for s in skipped}


def test_a_file_or_folder_named_in_gbk_is_skipped_once_saying_how_it_reads(news, tmp_path):
    index = tmp_path / "index"
    report = lawnews.build_index([news], index)
    assert report.articles == 1
    reasons = _reasons(report.skipped)
    assert sorted(reasons) == [r"\xb6\xfe\xd4\xc2", r"\xd0\xc2\xce\xc5.txt"]
    assert reasons[r"\xb6\xfe\xd4\xc2"].startswith("the name is not UTF-8 (as GBK it reads 二月)")
    assert reasons[r"\xd0\xc2\xce\xc5.txt"].startswith("the name is not UTF-8 (as GBK it reads 新闻.txt)")
    assert "rename it" in reasons[r"\xd0\xc2\xce\xc5.txt"]
    again = lawnews.build_index([news], index)
    assert (again.articles, again.unchanged) == (0, 1)
    assert _reasons(again.skipped) == reasons
    with lawnews.NewsIndex.open(index) as ix:
        assert [h.title for h in ix.search("交叉执行").hits] == ["襄阳中院通报交叉执行工作情况"]


def test_index_and_parse_report_such_names_without_a_traceback(news, tmp_path):
    runner = CliRunner()
    got = runner.invoke(cli, ["index", "-q", "--json", str(news), "--index-dir", str(tmp_path / "index")])
    assert got.exit_code == 0, got.output
    account = json.loads(got.stdout)
    assert sorted(Path(s["path"]).name for s in account["skipped"]) == [r"\xb6\xfe\xd4\xc2", r"\xd0\xc2\xce\xc5.txt"]
    got = runner.invoke(cli, ["parse", "-q", str(news)])
    assert got.exit_code == 0, got.output
    assert [json.loads(line)["file"] for line in got.stdout.splitlines()] == ["好.txt"]
    assert got.stderr.count("the name is not UTF-8") == 2 and "新闻.txt" in got.stderr
    got = runner.invoke(cli, ["parse", "-q", _gbk(news, "新闻.txt")])
    assert got.exit_code == 1 and isinstance(got.exception, SystemExit), got.output  # nothing to read, said
    assert "the name is not UTF-8 (as GBK it reads" in got.stderr
