"""The commands lawnews prints for a user to copy (`lawnews index FILE` to take a removed
file back, `--index-dir DIR` to build a missing index) run as printed when a path holds a
space, as a folder named 我的 新闻 does: the path is quoted for the shell."""

from __future__ import annotations

import os
import re
import shlex

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store.storage import command_word

TEXT = "某市法院开展执行\n\n某市中级人民法院组织集中执行行动，执结案件多件。\n"


def printed_command(output: str) -> list[str]:
    return shlex.split(re.search(r"`(lawnews [^`]*)`", output).group(1))


def test_a_path_is_quoted_only_when_the_shell_needs_it():
    assert command_word("新闻/湖南执行.txt") == "新闻/湖南执行.txt"
    assert command_word("我的 新闻/a b.txt") == "'我的 新闻/a b.txt'"
    assert shlex.split(command_word("it's here.txt")) == ["it's here.txt"]


def test_the_command_taking_back_a_removed_file_runs_as_printed(tmp_path):
    folder = tmp_path / "我的 新闻"
    folder.mkdir()
    (folder / "湖南执行 报道.txt").write_text(TEXT, encoding="utf-8")
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    run = CliRunner().invoke
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        removed = run(cli, ["index", "--remove-file", "湖南执行 报道.txt", "--index-dir", str(index_dir)])
        assert removed.exit_code == 0, removed.output
        command = printed_command(removed.output)
        assert command == ["lawnews", "index", "我的 新闻/湖南执行 报道.txt"]
        back = run(cli, [*command[1:], "--index-dir", str(index_dir)])
        assert back.exit_code == 0, back.output
    finally:
        os.chdir(here)
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert [a.title for a in ix.articles()] == ["某市法院开展执行"]


def test_the_command_building_a_missing_index_names_its_folder_whole(tmp_path):
    where = tmp_path / "我的 索引"
    out = CliRunner().invoke(cli, ["search", "执行", "--index-dir", str(where)])
    assert out.exit_code == 1
    command = printed_command(out.output)
    assert command[-2:] == ["--index-dir", str(where)]
