"""``search --fields`` piped or redirected parts each line's cells by a tab, so that a
program takes a column whatever the cells hold: a title with spaces in it (长沙法院 集中执行
见成效, as pages print headlines) split into several columns of a table padded with spaces.
On a terminal the table stays aligned."""

from __future__ import annotations

import io

import pytest

from lawnews import cli
from support import run_cli, write_jsonl

RECORDS = [
    {"id": "s1", "title": "长沙法院 集中执行 见成效", "text": "长沙市中级人民法院组织集中执行，执结一批案件。"},
    {"id": "s2", "title": "常德法院执转破", "text": "常德市中级人民法院推进执转破，清理执行积案。"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spaced")
    run_cli("index", str(write_jsonl(folder / "news.jsonl", RECORDS)), "--index-dir", str(folder / "ix"), "-q")
    return str(folder / "ix")


def test_piped_each_line_is_its_cells_parted_by_tabs(index_dir):
    lines = run_cli("search", "执行", "--fields", "article_id,title,rank", "--sort", "date-asc",
                    "--index-dir", index_dir).stdout.splitlines()
    assert lines[0] == "article_id\ttitle\trank"
    rows = sorted(line.split("\t") for line in lines[1:])
    assert rows == [["s1", "长沙法院 集中执行 见成效", rows[0][2]], ["s2", "常德法院执转破", rows[1][2]]]
    assert sorted(r[2] for r in rows) == ["1", "2"]


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_columns_stay_aligned(index_dir, monkeypatch):
    raw = io.BytesIO()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal(raw, encoding="utf-8")
    monkeypatch.setattr("sys.stdout", terminal)
    with cli.lawnews.NewsIndex.open(index_dir) as ix:
        cli.print_results(ix.search("执行"), False, False, ["article_id", "title"])
    terminal.flush()
    lines = raw.getvalue().decode("utf-8").splitlines()
    assert "\t" not in "".join(lines)
    assert lines[0].split() == ["article_id", "title"] and lines[0].index("title") == lines[1].index(lines[1].split()[1])
