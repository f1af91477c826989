"""Text output on a console whose encoding lacks a character (an emoji, or ``•``, on a GBK
console or redirect of Chinese Windows): every command prints what the encoding holds as
is and the rest escaped (``\\U0001f600``), as its error lines do, instead of stopping with
an encoding error and a traceback. A word of the command line the system could not decode
(a terminal sending GBK to a UTF-8 system) is a usage error saying so, read as GBK."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from lawnews import NewsIndex
from lawnews.cli import cli

TITLE = "执行攻坚喜报😀"
SOURCE = "法治周末😀"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("gbk") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([
            {"id": "g1", "title": TITLE, "source": SOURCE, "date": "2024-03-05",
             "text": "本院开展执行攻坚行动，执结案件十件，执行到位金额一百万元。•要点：府院联动。"},
            {"id": "g2", "title": "执行攻坚再传捷报", "source": SOURCE, "date": "2024-04-01",
             "text": "本院持续开展执行攻坚行动，执行到位金额二百万元。"},
        ])
    return path


def _gbk(index_dir, *args: str):
    result = CliRunner(charset="gbk").invoke(cli, [*args, "--index-dir", str(index_dir)], env={"NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)[:120]
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("args", [
    ["search", "执行攻坚"],
    ["search", "执行攻坚", "--explain"],
    ["similar", "g2"],
    ["show", "g1"],
    ["facets", "执行攻坚"],
    ["trends", "执行攻坚", "--by", "source"],
    ["first", "执行攻坚", "--by", "source"],
    ["profile", f"source:{SOURCE}"],
    ["stats"],
])
def test_text_output_escapes_what_gbk_lacks(index_dir, args):
    out = _gbk(index_dir, *args).stdout
    assert "\\U0001f600" in out
    assert "😀" not in out


def test_query_gbk_lacks_is_said_escaped(index_dir):
    assert "\\u2022" in _gbk(index_dir, "search", "•火星").stdout  # no results for '\u2022火星'
    alone = CliRunner(charset="gbk").invoke(cli, ["search", "•", "--index-dir", str(index_dir)], env={"NO_COLOR": "1"})
    assert alone.exit_code == 1 and "no word to search for" in alone.stderr and "\\u2022" in alone.stderr


def test_fields_table_stays_utf8(index_dir):
    result = _gbk(index_dir, "search", "执行攻坚", "--fields", "rank,title,source")
    assert TITLE in result.stdout_bytes.decode("utf-8")


def test_index_account_names_a_file_gbk_lacks(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "执行简讯.txt").write_text("执行攻坚喜报\n\n本院开展执行攻坚行动，执结案件十件，执行到位金额一百万元。",
                                      encoding="utf-8")
    (folder / "空白😀.txt").write_text("", encoding="utf-8")
    result = CliRunner(charset="gbk").invoke(cli, ["index", str(folder), "--index-dir", str(tmp_path / "ix"), "-q"])
    assert result.exit_code == 0, result.output
    assert "空白\\U0001f600.txt" in result.stdout


def test_gbk_console_prints_hits_and_exits_0(index_dir):
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "NO_COLOR": "1"}
    for query, escaped in (("执行攻坚", "执行攻坚喜报\\U0001f600"), ("•火星", "\\u2022")):
        run = subprocess.run([sys.executable, "-m", "lawnews", "search", query, "--index-dir", str(index_dir)],
                             capture_output=True, env=env)
        assert run.returncode == 0, run.stderr.decode("gbk", "replace")
        assert b"Traceback" not in run.stderr
        assert escaped in run.stdout.decode("gbk")


def _gbk_word(word: str) -> str:
    """``word`` typed on a GBK terminal, as a UTF-8 system's Python gets it."""
    return os.fsdecode(word.encode("gbk"))


@pytest.mark.parametrize("args", [["search", "交叉执行"], ["show", "执行#1"], ["facets", "执行"],
                                  ["index", "--remove-id", "交叉执行#1"]])
def test_a_word_a_gbk_terminal_sent_to_a_utf8_system_is_a_usage_error_saying_so(index_dir, args):
    words = [_gbk_word(w) if not w.isascii() else w for w in args]
    got = CliRunner().invoke(cli, [*words, "--index-dir", str(index_dir)])
    assert got.exit_code == 2 and isinstance(got.exception, SystemExit), got.output
    assert "is not UTF-8 text (as GBK it reads '" in got.stderr and "set the terminal to UTF-8" in got.stderr


def test_a_file_named_in_gbk_is_no_usage_error(tmp_path):
    path = os.fsdecode(os.path.join(os.fsencode(tmp_path), "新闻.txt".encode("gbk")))
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write("执行快讯\n\n荆州市中级人民法院开展集中执行行动。\n")
    except OSError:
        pytest.skip("this file system takes no names that are not UTF-8")
    got = CliRunner().invoke(cli, ["parse", "-q", path])
    assert got.exit_code == 1 and "the name is not UTF-8 (as GBK it reads" in got.stderr, got.output


@pytest.mark.parametrize("joined", [False, True], ids=["--taxonomy FILE", "--taxonomy=FILE"])
def test_an_options_file_named_in_gbk_is_no_usage_error_however_the_option_is_written(tmp_path, joined):
    """The taxonomy file 规则.toml, named in GBK bytes, is read as ``--taxonomy FILE`` and as
    ``--taxonomy=FILE`` alike: a path, not a word a GBK terminal sent."""
    taxonomy = os.fsdecode(os.path.join(os.fsencode(tmp_path), "规则.toml".encode("gbk")))
    try:
        with open(taxonomy, "w", encoding="utf-8") as f:
            f.write('extends = "default"\n')
    except OSError:
        pytest.skip("this file system takes no names that are not UTF-8")
    page = tmp_path / "page.txt"
    page.write_text("执行快讯\n\n荆州市中级人民法院开展集中执行行动。\n", encoding="utf-8")
    option = [f"--taxonomy={taxonomy}"] if joined else ["--taxonomy", taxonomy]
    got = CliRunner().invoke(cli, ["parse", "-q", *option, str(page)])
    assert got.exit_code == 0, got.output
    assert json.loads(got.stdout)["title"] == "执行快讯"


def test_an_option_joined_to_a_word_a_gbk_terminal_sent_is_a_usage_error_saying_so(index_dir):
    got = CliRunner().invoke(cli, ["facets", "执行", f"--province={_gbk_word('湖北')}", "--index-dir", str(index_dir)])
    assert got.exit_code == 2 and isinstance(got.exception, SystemExit), got.output
    assert "'--province=\\xba\\xfe\\xb1\\xb1' is not UTF-8 text (as GBK it reads '--province=湖北')" in got.stderr
