"""What a user indexing their own files meets: id clashes only between files that
give articles, one outcome when nothing can be read, bad JSONL files counted once,
removals counted in articles, charsets, and Word notes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store.build import build_index

SHORT = "湖南：执行有力 攻坚有效\n\n湖南省高级人民法院持续开展集中执行行动，执行到位金额大幅增长。\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def run(*args: str) -> object:
    return CliRunner(mix_stderr=False).invoke(cli, list(args), catch_exceptions=False)


# -- id clashes -----------------------------------------------------------------

def test_a_skipped_file_does_not_clash_with_a_file_of_the_same_stem(tmp_path):
    write(tmp_path / "in" / "a.html", "<html><body></body></html>")  # gives no article
    write(tmp_path / "in" / "a.txt", SHORT)
    write(tmp_path / "in" / "b.docx", b"not a zip at all")  # skipped: not a Word file
    write(tmp_path / "in" / "b.md", SHORT.replace("湖南", "湖北"))
    report = build_index(tmp_path / "in", tmp_path / "ix")
    assert report.articles == 2 and report.files == 2
    assert not any("clash" in s.reason for s in report.skipped)
    assert {Path(s.path).name for s in report.skipped} == {"a.html", "b.docx"}


def test_two_files_of_one_stem_that_both_give_articles_still_clash(tmp_path):
    write(tmp_path / "in" / "a.md", SHORT)
    write(tmp_path / "in" / "a.txt", SHORT.replace("湖南", "湖北"))
    report = build_index(tmp_path / "in", tmp_path / "ix")
    assert report.articles == 1 and report.files == 1
    (skip,) = report.skipped
    assert Path(skip.path).name == "a.txt" and "id clash" in skip.reason and "a.md" in skip.reason
