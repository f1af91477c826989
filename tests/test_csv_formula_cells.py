"""Every CSV lawnews writes (``trends``, ``first`` and ``profile --csv`` or ``-o``, the web
app's ``/export.csv``, ``/trends.csv``, ``/first.csv`` and ``format=csv``) opens in a
spreadsheet as written: a text cell that Excel or LibreOffice would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, their full-width forms, a tab or a carriage return,
or such a sign after spaces) starts with an apostrophe, while the counts lawnews writes stay
numbers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.csv_tables import cell, csv_text

TITLES = {"c1": "=1+1某县法院集中执行", "c2": "＋某区法院执行新举措", "c3": "－执行款集中发放",
          "c4": "@某中院执行指挥中心", "c5": "＝HYPERLINK(\"x\")执行", "c6": "+86 执行热线开通",
          "c7": "某县法院执行-调解联动"}
#: Sources as printed, kept so in the facet: three start with a full-width sign.
SOURCES = {"c1": "＝某县融媒", "c2": "＠某区法院网", "c3": "－某台", "c4": "中国法院网", "c5": "人民日报",
           "c6": "光明日报", "c7": "新华网"}
SIGNED = {"'" + SOURCES[k] for k in ("c1", "c2", "c3")}
#: The source cells wanted.
SOURCE_CELLS = SIGNED | {SOURCES[k] for k in ("c4", "c5", "c6", "c7")}
RECORDS = [{"id": k, "title": t, "date": f"2024-0{n}-0{n}", "source": SOURCES[k],
            "text": "某县人民法院近日开展集中执行行动，执结案件三十余件。"} for n, (k, t) in enumerate(TITLES.items(), 1)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formulas")
    src = folder / "a.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    lawnews.build_index([src], folder / "ix")
    return folder / "ix"


@pytest.fixture(scope="module")
def expected(index):
    """The title cells wanted: each title as the index keeps it (full-width signs narrowed),
    an apostrophe before each but the one whose sign is inside it."""
    with lawnews.NewsIndex.open(index) as ix:
        stored = {h.article_id: h.title for h in ix.search("执行", limit=20).hits}
    assert set(stored) == set(TITLES)
    return {t if k == "c7" else "'" + t for k, t in stored.items()}


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def titles_in(rows: list[list[str]], name: str = "title") -> set[str]:
    column = rows[0].index(name)
    return {r[column] for r in rows[1:] if r[column]}


@pytest.mark.parametrize("text", ["=1+1", "+86", "-执行", "@某院", "＝1+1", "＋某", "－某", "＠某", "\t=1+1", "\r=1+1",
                                  "\t执行", " =1+1", "\u3000＝1+1", "\n-1"])
def test_a_text_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert cell(text) == "'" + text
    assert list(csv.reader(io.StringIO(csv_text([[text, 1]]), newline=""))) == [["'" + text, "1"]]


def test_a_carriage_return_inside_a_cell_keeps_it_one_cell():
    written = csv_text([["\r=1+1", "执行\r调解", 2]])
    assert written == '"\'\r=1+1","执行\r调解",2\n'
    assert list(csv.reader(io.StringIO(written, newline=""))) == [["'\r=1+1", "执行\r调解", "2"]]


@pytest.mark.parametrize("value", ["执行-调解", "2024-Q1", "", "total", 3, -3, 0, 1.5])
def test_other_text_and_every_number_stay_as_they_are(value):
    assert cell(value) == value
    assert csv_text([[value, -2]]) == f"{value},-2\n"


def test_the_command_line_csv_guards_titles_and_keeps_counts(index, expected, tmp_path):
    got = CliRunner().invoke(cli, ["first", "--by", "source", "--csv", "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    rows = cells(got.stdout)
    assert titles_in(rows) == expected
    assert titles_in(rows, "value") == titles_in(rows, "source") == titles_in(rows, "source_printed") == SOURCE_CELLS
    count = rows[0].index("count")
    assert all(r[count].isdigit() for r in rows[1:])
    out = tmp_path / "首报.csv"
    written = CliRunner().invoke(cli, ["first", "--by", "source", "-o", str(out), "--index-dir", str(index)])
    assert written.exit_code == 0, written.output
    assert titles_in(cells(out.read_text(encoding="utf-8-sig"))) == titles_in(rows)
    trends = CliRunner().invoke(cli, ["trends", "--by", "source", "--csv", "--index-dir", str(index)])
    assert trends.exit_code == 0, trends.output
    table = cells(trends.stdout)
    assert set(table[0][1:-1]) == SOURCE_CELLS
    assert all(c.isdigit() for r in table[1:] for c in r[1:])


def test_the_web_csvs_guard_titles_and_keep_counts(index, expected):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(index, workers=1), raise_server_exceptions=False) as c:
        hits = c.get("/export.csv", params={"q": "执行"})
        assert hits.status_code == 200, hits.text
        rows = cells(hits.text)
        assert titles_in(rows) == expected
        assert titles_in(rows, "source") == titles_in(rows, "source_printed") == SOURCE_CELLS
        rank = rows[0].index("rank")
        assert sorted(int(r[rank]) for r in rows[1:]) == list(range(1, len(TITLES) + 1))
        first = c.get("/first.csv", params={"q": "执行", "by": "source"})
        assert first.status_code == 200, first.text
        assert titles_in(cells(first.text)) == titles_in(rows)
        for address, params in (("/trends.csv", {"q": "执行", "by": "source"}),
                                ("/profile", {"source": "＝某县融媒", "format": "csv"})):
            table = c.get(address, params=params)
            assert table.status_code == 200, table.text
            header = cells(table.text)[0]
            assert "'＝某县融媒" in header and "＝某县融媒" not in header, header
            assert all(v.isdigit() for r in cells(table.text)[1:] for v in r[1:]), table.text
