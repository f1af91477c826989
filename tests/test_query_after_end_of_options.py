"""A query beginning with a minus at the command line: ``--`` ends the options, every word
after it is a word of the query (``lawnews search -- -终本 执行`` searches ``-终本 执行``); a
query that looks like an option without ``--`` before it is a usage error saying to write
``--`` before it, naming the whole word (``-hello``, not its ``-e``). A field clause after
the minus (``-province:湖南``, ``-省份：湖南``) is the query, needing no ``--``: never options
bundled (``-p -r -o vince:湖南``), nor a file written under a name cut from it. Each command
taking a query (search, facets, trends, first, export, and profile's --query). Texts are
made up for the purpose."""

from __future__ import annotations

import json

import pytest

from support import run_cli

ARTICLES = [
    {"id": "e1", "title": "长沙中院集中执行", "text": "湖南省长沙市中级人民法院开展集中执行行动，执结一批案件。",
     "date": "2023-05-01"},
    {"id": "e2", "title": "武汉中院终本清理", "text": "湖北省武汉市中级人民法院开展执行案件终本清理，恢复执行一批案件。",
     "date": "2023-06-01"},
    {"id": "e3", "title": "岳阳中院交叉执行", "text": "湖南省岳阳市中级人民法院推进交叉执行，执结一批长期未结案件。",
     "date": "2023-07-01"},
]

#: each command taking a query as its argument, with the options that print JSON (export: JSONL)
COMMANDS = [("search", "--json"), ("facets", "--json"), ("trends", "--json"), ("first", "--json"), ("export",)]


def _read(output: str):
    """The JSON (or JSONL rows) printed, without the time a search took."""
    try:
        data = json.loads(output)
    except json.JSONDecodeError:
        return [json.loads(line) for line in output.splitlines()]
    data.pop("took_ms", None)
    return data


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_the_words_after_the_end_of_options_are_the_query(articles_index_dir, command):
    at = ("--index-dir", str(articles_index_dir))
    after = run_cli(*command, *at, "--", "-终本", "执行")
    quoted = run_cli(*command, *at, "-终本 执行")
    assert _read(after.output) == _read(quoted.output)
    if command[0] != "export":
        assert json.loads(after.output)["query"] == "-终本 执行"
    else:
        assert sorted(json.loads(line)["id"] for line in after.output.splitlines()) == ["e1", "e3"]
    one = run_cli(*command, *at, "--", "-终本")
    assert _read(one.output) == _read(run_cli(*command, *at, "-终本").output)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_query_after_the_end_of_options_is_read_as_a_query(articles_index_dir, command):
    got = run_cli(*command, "--index-dir", str(articles_index_dir), "--", "-- +", ok=False)
    assert got.exit_code == 1 and "query syntax" in got.output  # the query's own error, not a usage error


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("typed", ["-- +", "--交叉执行"])
def test_a_query_that_looks_like_an_option_is_told_to_go_after_the_end_of_options(articles_index_dir, command, typed):
    got = run_cli(command[0], "--index-dir", str(articles_index_dir), typed, ok=False)
    assert got.exit_code == 2
    assert f"lawnews {command[0]} -- '{typed}'" in got.output and "No such option" not in got.output


def test_a_mistyped_option_is_named_with_the_options_spelt_like_it(articles_index_dir):
    got = run_cli("search", "--index-dir", str(articles_index_dir), "--limt", "3", "执行", ok=False)
    assert got.exit_code == 2 and "No such option: --limt" in got.output and "--limit" in got.output
    assert "--" in got.output.split("--limit")[-1]  # and how a query beginning with - is written


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_option_after_the_end_of_options_is_said_to_go_before_it(articles_index_dir, command):
    got = run_cli(command[0], "--", "-终本", "--index-dir", str(articles_index_dir), ok=False)
    assert got.exit_code == 2 and "--index-dir comes after --" in got.output


def test_an_option_taking_the_value_two_dashes_is_not_the_end_of_options(articles_index_dir):
    got = run_cli("search", "--index-dir", str(articles_index_dir), "--fields", "--", "执行", ok=False)
    assert got.exit_code == 2 and "--fields" in got.output and "comes after" not in got.output


def test_profile_takes_such_a_query_as_the_value_of_its_query_option(articles_index_dir):
    at = ("--index-dir", str(articles_index_dir))
    got = run_cli("profile", "province:湖南", "--query", "-终本 执行", "--json", *at)
    assert json.loads(got.output)["query"] == "-终本 执行" and json.loads(got.output)["total"] == 2
    assert run_cli("profile", "province:湖南", "--query=-终本 执行", "--json", *at).output == got.output
    bad = run_cli("profile", "province:湖南", "--query", "-- +", *at, ok=False)
    assert bad.exit_code == 1 and "query syntax" in bad.output


#: A field clause after the query language's minus, in the forms a field's name takes
#: (capitals, a full-width colon, a Chinese name), among them clauses whose letters include
#: short options of the commands (-o, -n, -h, -q).
FIELD_CLAUSES = ["-province:湖南", "-PROVINCE:湖南", "-province：湖南", "-省份：湖南", "-mechanism:交叉执行",
                 "-heading:执行", "-title:执行", "-court_level:中级"]


#: Other queries beginning with the minus, holding letters of short options (-h, -n, -q).
OTHER_MINUS_QUERIES = ['-(执行 OR hq)', '-"执行 hn"', "-湖南 n"]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("typed", FIELD_CLAUSES + OTHER_MINUS_QUERIES)
def test_a_field_clause_after_a_minus_is_the_query_and_no_options(articles_index_dir, command, typed, tmp_path,
                                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = ("--index-dir", str(articles_index_dir))
    got = run_cli(*command, *at, typed)
    assert _read(got.output) == _read(run_cli(*command, *at, "--", typed).output)
    if command[0] != "export":
        assert json.loads(got.output)["query"] == typed
    assert list(tmp_path.iterdir()) == []  # no file named after a piece of the query


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_field_clause_after_a_minus_leaves_out_what_it_names(articles_index_dir, command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    got = run_cli(*command, "-province:湖南", "--index-dir", str(articles_index_dir))
    if command[0] == "export":
        assert [json.loads(line)["id"] for line in got.output.splitlines()] == ["e2"]
    else:
        data = json.loads(got.output)
        assert data.get("total", data.get("matched")) == 1


def test_a_field_clause_after_a_minus_beside_options_is_the_query(articles_index_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    got = run_cli("search", "-n", "5", "-province:湖南", "--json", "--index-dir", str(articles_index_dir))
    assert [h["article_id"] for h in json.loads(got.output)["hits"]] == ["e2"]
    glued = run_cli("search", "-n5", "-province:湖南", "--json", "--index-dir", str(articles_index_dir))
    assert _read(glued.output) == _read(got.output)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("typed", ["-hello", "-he", "-titel:执行"])
def test_a_word_that_is_neither_options_nor_a_query_is_named_whole(articles_index_dir, command, typed, tmp_path,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    got = run_cli(command[0], "--index-dir", str(articles_index_dir), typed, ok=False)
    assert got.exit_code == 2
    assert f"lawnews {command[0]} -- {typed}" in got.output.replace("'", "") and "-e;" not in got.output
    assert list(tmp_path.iterdir()) == []
