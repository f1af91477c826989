"""A library error names the arguments as a Python caller passed them (``start=``,
``lenient=True``); the command line says its options (``--from``, ``--lenient``) and the
web app its form fields (``from``), each through :func:`lawnews.errors.message`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import message

BAD_START = [lambda ix: ix.trends("执行", start="2024-13"),
             lambda ix: ix.first(start="2024-13"),
             lambda ix: ix.profile("mechanism:交叉执行", start="2024-13")]


@pytest.mark.parametrize("call", BAD_START)
def test_the_library_names_start_when_it_is_no_date(corpus_index, call):
    with pytest.raises(lawnews.InvalidArgumentError, match=r"^start must be a date") as caught:
        call(corpus_index)
    assert message(caught.value).startswith("--from must be a date")
    assert message(caught.value, web=True).startswith("from must be a date")


def test_the_library_names_end_and_start_when_the_range_holds_no_day(corpus_index):
    with pytest.raises(lawnews.InvalidArgumentError, match="start 2024 comes after end 2020") as caught:
        corpus_index.trends("执行", start="2024", end="2020")
    assert message(caught.value).startswith("--from 2024 comes after --to 2020")
    assert message(caught.value, web=True).startswith("from 2024 comes after to 2020")


def test_a_value_typed_that_reads_as_an_argument_name_is_left_as_typed(corpus_index):
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        corpus_index.trends("执行", end="start")
    assert message(caught.value).startswith("--to must be a date") and "not 'start'" in message(caught.value)


def test_the_package_functions_name_start_too(corpus_index_dir):
    with pytest.raises(lawnews.InvalidArgumentError, match=r"^end must be a date"):
        lawnews.trends("执行", index_dir=corpus_index_dir, end="昨天")


@pytest.mark.parametrize("command", [["trends", "执行"], ["first"], ["profile", "mechanism:交叉执行"]])
def test_the_command_line_names_from(corpus_index_dir, command):
    result = CliRunner().invoke(cli, [*command, "--from", "2024-13", "--index-dir", str(corpus_index_dir)])
    assert result.exit_code == 1
    assert "Error: --from must be a date" in result.output


def test_a_dangling_operator_says_lenient_as_each_caller_gives_it(corpus_index, corpus_index_dir):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        corpus_index.search("执行 AND")
    assert "(lenient=True drops it)" in str(caught.value) and "--lenient" not in str(caught.value)
    assert "(--lenient drops it)" in message(caught.value)
    assert "lenient" not in message(caught.value, web=True)  # the web app has no such choice
    result = CliRunner().invoke(cli, ["search", "执行 AND", "--index-dir", str(corpus_index_dir)])
    assert result.exit_code == 1 and "(--lenient drops it)" in result.output


def test_ranking_by_meaning_without_vectors_says_semantic_as_each_caller_gives_it(corpus_index):
    with pytest.raises(lawnews.VectorsNotFoundError) as caught:
        corpus_index.search("执行", semantic=True)
    assert str(caught.value).endswith("or search without semantic=True")
    assert message(caught.value).endswith("or search without --semantic")
    assert message(caught.value, web=True).endswith("`lawnews index --vectors`")



def test_creating_an_index_where_one_is_is_a_bad_path_saying_how_to_open_or_rebuild_it(corpus_index_dir):
    with pytest.raises(lawnews.InvalidArgumentError, match=r"already exists at .*NewsIndex\.open.*rebuild=True") as e:
        lawnews.NewsIndex.create(corpus_index_dir)
    assert isinstance(e.value, ValueError) and "--rebuild" not in str(e.value)


def test_another_taxonomy_for_an_update_names_the_arguments_as_each_caller_gives_them(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "a1", "title": "执行", "text": "集中执行"}\n', encoding="utf-8")
    (tmp_path / "own.toml").write_text('extends = "default"\n', encoding="utf-8")
    lawnews.build_index(tmp_path / "a.jsonl", tmp_path / "index")
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        lawnews.build_index(tmp_path / "a.jsonl", tmp_path / "index", taxonomy=tmp_path / "own.toml")
    said = str(caught.value)
    assert "update it without taxonomy=, or rebuild it with rebuild=True and taxonomy=" in said
    assert "--" not in said
    assert "update it without --taxonomy, or rebuild it with --rebuild --taxonomy " in message(caught.value)
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "a.jsonl"), "--index-dir", str(tmp_path / "index"),
                                      "--taxonomy", str(tmp_path / "own.toml")])
    assert result.exit_code == 1 and "rebuild it with --rebuild --taxonomy " in result.output


def test_a_statute_look_up_of_a_law_alone_names_the_library_call_the_command_or_the_web_form(corpus_index):
    """A law typed without an article: the library names cited_by, the command line
    cited-by, the web app its form's button; none names what its reader cannot type."""
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        corpus_index.statute_article("刑法")
    error = caught.value
    assert "cited_by with the law alone" in str(error)
    assert "cited-by with the law alone" in message(error)
    web = message(error, web=True)
    assert "List the articles citing it" in web and "cited_by" not in web and "cited-by" not in web
