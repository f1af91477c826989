"""The command line interrupted (Ctrl-C): a clear message, exit status 130, the index whole."""

from __future__ import annotations

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store import build

PAGE = "石门法院集中执行\n\n{}日，石门县人民法院开展集中执行行动，执结案件{}件。\n"


def test_an_interrupted_update_says_so_and_leaves_the_index_as_it_was(tmp_path, monkeypatch):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE.format(3, 12), encoding="utf-8")
    index_dir = tmp_path / "ix"
    first = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(index_dir)])
    assert first.exit_code == 0, first.output
    (folder / "b.txt").write_text(PAGE.format(5, 30), encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
        yield  # pragma: no cover

    monkeypatch.setattr(build, "prepared", interrupted)
    result = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(index_dir)])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "run the same command again" in result.stderr
    assert "Aborted" not in result.output
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.search("集中执行").total == 1  # a.txt only: nothing of the interrupted run
