"""A full-width ``～`` typed as an operator, right after a word or a phrase (``执行～2``,
``"执行 法院"～3``), means what ``~`` means there (no fuzzy search, no proximity: a syntax
error, the ``～`` and its number left out when lenient); the ``～`` Chinese text writes ranges
with (``3～5年``, ``2023年～2024年``) stays text and is searched as such."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.search import syntax

RECORDS = [
    {"id": "t1", "title": "某区法院集中执行", "date": "2024-03-01", "source": "人民法院报",
     "text": "某区人民法院对拒不履行判决的被执行人依法判处有期徒刑3～5年，执行到位案款二百万元。"},
    {"id": "t2", "title": "某县法院调解纠纷", "date": "2024-04-02", "source": "人民法院报",
     "text": "某县人民法院在2023年～2024年调解纠纷三百余件，法院干警走村入户。"},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tilde")
    src = folder / "a.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    lawnews.build_index([src], folder / "ix")
    return folder / "ix"


@pytest.mark.parametrize("wide, narrow", [("执行～2", "执行~2"), ('"执行 法院"～3', '"执行 法院"~3'),
                                          ("执行～", "执行~"), ("(执行～2)", "(执行~2)"), ("执行～２", "执行~2"),
                                          ("“执行 法院”～3", '"执行 法院"~3')])
def test_a_wide_tilde_after_a_word_or_phrase_is_the_operator(wide, narrow):
    assert syntax.normalize(wide) == narrow
    assert syntax.check(syntax.normalize(wide)) == syntax.check(narrow) is not None


@pytest.mark.parametrize("text", ["3～5年", "第1～3条", "2023年～2024年", "三～五年", "执行 ～ 法院", '"执行～2"'])
def test_a_wide_tilde_in_a_range_or_between_spaces_is_text(text):
    assert syntax.normalize(text) == text
    assert syntax.check(text) is None


def test_the_wide_operator_is_refused_as_the_ascii_one_and_dropped_when_lenient(index):
    with lawnews.NewsIndex.open(index) as ix:
        for typed in ("执行～2", '"执行 法院"～3'):
            with pytest.raises(lawnews.QuerySyntaxError) as wide:
                ix.search(typed)
            with pytest.raises(lawnews.QuerySyntaxError) as narrow:
                ix.search(typed.replace("～", "~"))
            assert "'~' is not supported" in str(wide.value) and wide.value.position == narrow.value.position
        lenient = {h.article_id for h in ix.search("执行～2", lenient=True).hits}
        assert lenient == {h.article_id for h in ix.search("执行").hits} == {"t1"}
    got = CliRunner().invoke(cli, ["search", "执行～2", "--index-dir", str(index)])
    assert got.exit_code == 1 and "'~' is not supported" in got.output


def test_a_range_written_with_the_wide_tilde_is_searched_as_text(index):
    with lawnews.NewsIndex.open(index) as ix:
        assert {h.article_id for h in ix.search("3～5年").hits} == {"t1"}
        assert {h.article_id for h in ix.search("2023年～2024年 调解").hits} == {"t2"}


@pytest.mark.parametrize("text", ["2023年~2024年", "第1~3条", "3~5年"])
def test_a_range_written_with_the_ascii_tilde_is_text_as_with_the_wide_one(text):
    assert syntax.check(syntax.normalize(text)) is None
    assert syntax.check(syntax.normalize(text.replace("~", "～"))) is None


def test_a_range_written_with_the_ascii_tilde_finds_what_the_wide_one_finds(index):
    with lawnews.NewsIndex.open(index) as ix:
        assert ({h.article_id for h in ix.search("2023年~2024年 调解").hits}
                == {h.article_id for h in ix.search("2023年～2024年 调解").hits} == {"t2"})
