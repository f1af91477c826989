"""A bad date bound names the argument its caller typed: ``start``/``end`` for the
library's ``trends``, ``first`` and ``profile``, ``--from``/``--to`` on the command line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli


@pytest.mark.parametrize("call", [lambda ix: ix.trends("执行", start="2024-13"),
                                  lambda ix: ix.first(start="2024-13"),
                                  lambda ix: ix.profile("mechanism:交叉执行", start="2024-13")])
def test_the_library_names_start_when_it_is_no_date(corpus_index, call):
    ix = corpus_index
    with pytest.raises(lawnews.InvalidArgumentError,
                       match=r"^start must be a date"):
        call(ix)


def test_the_library_names_start_and_end_when_they_hold_no_day(corpus_index):
    ix = corpus_index
    with pytest.raises(lawnews.InvalidArgumentError,
                       match="start 2024 comes after end 2020"):
        ix.trends("执行", start="2024", end="2020")


@pytest.mark.parametrize("command", [["trends", "执行"], ["first"], ["profile", "mechanism:交叉执行"]])
def test_the_command_line_names_from(corpus_index_dir, command):
    result = CliRunner().invoke(cli, [*command, "--from", "2024-13", "--index-dir", str(corpus_index_dir)])
    assert result.exit_code == 1
    assert "Error: from must be a date" in result.output
