"""CSV tables (trends, first reports) open right in Excel on Chinese Windows: a file
written with ``-o`` and the web app's CSV start with a byte order mark; CSV printed
on stdout does not (pipes into other tools), unless asked with ``--bom``."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from lawnews.cli import cli


def run(*args):
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r


@pytest.mark.parametrize("command", [["trends", "--by", "province"], ["first", "--by", "province"]])
def test_a_csv_file_written_with_o_has_a_bom_stdout_none(data_index_dir, tmp_path, command):
    ix = ["--index-dir", str(data_index_dir)]
    printed = run(*command, "--csv", *ix).stdout
    assert printed and not printed.startswith("\ufeff")
    assert printed.splitlines()[1:] and "," in printed.splitlines()[0]
    out = tmp_path / "表.csv"
    said = run(*command, "-o", str(out), *ix)
    assert str(out) in said.stderr and not said.stdout
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data[3:].decode("utf-8") == printed
    assert list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))[0] == next(csv.reader(io.StringIO(printed)))
    run(*command, "-o", str(out), "--no-bom", *ix)
    assert out.read_text(encoding="utf-8") == printed
    assert run(*command, "--csv", "--bom", *ix).stdout == "\ufeff" + printed


def test_json_and_csv_together_are_refused(data_index_dir, tmp_path):
    r = CliRunner().invoke(cli, ["first", "--json", "-o", str(tmp_path / "x.csv"), "--index-dir", str(data_index_dir)])
    assert r.exit_code == 2 and "not both" in r.output and not (tmp_path / "x.csv").exists()


def test_the_library_adds_the_bom_when_asked(data_index):
    from lawnews.landscape import first_csv, trends_csv

    t = data_index.trends("执行", by="province")
    assert trends_csv(t, bom=True) == "\ufeff" + trends_csv(t)
    a = data_index.first("执行")
    assert first_csv(a, bom=True) == "\ufeff" + first_csv(a)
