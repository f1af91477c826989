"""Every command whose reader stops early (``lawnews … | head``) ends quietly with exit
status 0: the search text ended 0 while ``--jsonl``, ``export`` and ``parse`` ended 1,
and which one a command got depended on how much it had written when the pipe closed."""

from __future__ import annotations

import io
import sys

import pytest

from lawnews import NewsIndex
from lawnews.cli import cli


class ClosedPipe(io.TextIOBase):
    """A stdout whose reader has gone: every write fails as a closed pipe does."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("pipe") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": f"p{i}", "title": f"诉源治理第{i}期", "date": f"2024-0{i}-01",
                          "text": "湖南省长沙市中级人民法院推进诉源治理，诉前调解纠纷一百件。"} for i in range(1, 4)])
    return path


@pytest.mark.parametrize("args", [["search", "诉源治理"], ["search", "诉源治理", "--json"],
                                  ["search", "诉源治理", "--jsonl"], ["export"], ["stats"],
                                  ["trends", "诉源治理", "--csv"], ["first", "诉源治理"],
                                  ["profile", "province:湖南"], ["show", "p1"]])
def test_a_reader_that_stops_early_ends_the_command_with_status_0(index_dir, args, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    monkeypatch.setenv("NO_COLOR", "1")
    with pytest.raises(SystemExit) as ended:
        cli.main([*args, "--index-dir", str(index_dir)], prog_name="lawnews")
    assert ended.value.code in (0, None)
    assert "Error" not in capsys.readouterr().err
