"""A + or - standing alone in a query (交叉执行 -, 执转破 + , - 终本; full-width － ＋ alike) is a
syntax error naming it where typed and what to write (the sign right before its word), as
Elasticsearch's query_string refuses it, instead of being dropped unsaid; --lenient drops it."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index, run_cli

ARTICLES = [
    {"id": "a1", "title": "交叉执行见成效", "text": "青石县法院推进交叉执行，终本案件清理完毕。"},
    {"id": "a2", "title": "执转破案件审结", "text": "白河市法院审结执转破案件三件。"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


@pytest.mark.parametrize("typed, at, sign", [("交叉执行 -", 5, "-"), ("执转破 + ", 4, "+"), ("- 终本", 0, "-"),
                                             ("交叉执行 －", 5, "－"), ("＋ 终本", 0, "＋"), ("(交叉执行 -)", 6, "-"),
                                             ("交叉执行 - 终本", 5, "-")])
def test_a_lone_sign_is_an_error_naming_where_and_what_to_write(ix, typed, at, sign):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    said = str(caught.value)
    assert caught.value.position == at, said
    assert f"{sign} at position {at}" in said and "right before" in said, said
    assert "lenient" in said


@pytest.mark.parametrize("typed", ["交叉执行 -", "- 终本", "交叉执行 －", "执转破 ＋"])
def test_lenient_drops_it(ix, typed):
    words = typed.replace("-", "").replace("－", "").replace("＋", "").strip()
    assert ix.search(typed, lenient=True).total == ix.search(words).total >= 1


@pytest.mark.parametrize("typed", ["-", "+", "－", "-- +"])
def test_signs_alone_are_an_error(ix, typed):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    assert "alone" in str(caught.value)


@pytest.mark.parametrize("typed, named, at", [("＋", "＋ alone", 0), ("－ ＋", "－ ＋ alone", 0), (" ＋", "＋ alone", 1),
                                              ("(－)", "－ alone", 1), ("NOT ＋", "NOT ＋ alone", 0),
                                              ("ＮＯＴ －", "ＮＯＴ － alone", 0), ("- +", "- + alone", 0),
                                              ("-- +", "-- + alone", 0), ("－－", "－－ alone", 0),
                                              ("+- NOT --", "+- NOT -- alone", 0)])
def test_signs_alone_are_named_as_typed_where_typed(ix, typed, named, at):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    said = str(caught.value)
    assert said.startswith(f"query syntax: {named}:") and f"at position {at}:" in said, said
    assert caught.value.position == at


def test_the_command_line_names_a_full_width_sign_alone_as_typed(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    for command in (["search"], ["facets"], ["trends"], ["first"]):
        result = run_cli(*command, "＋", "--index-dir", str(path), ok=False)
        assert result.exit_code == 1 and "Error: query syntax: ＋ alone" in result.output, result.output
    result = run_cli("profile", "province:湖南", "--query", "交叉执行 ＋", "--index-dir", str(path), ok=False)
    assert "Error: query syntax: ＋ at position 5 has no word right after it" in result.output, result.output


def test_signs_before_their_words_and_inside_words_are_as_before(ix):
    assert [h.article_id for h in ix.search("法院 -终本").hits] == ["a2"]
    assert [h.article_id for h in ix.search("法院 －终本").hits] == ["a2"]
    assert ix.search("+交叉执行").total == 1
    assert ix.search('"交叉执行 -"').total == 0  # a phrase is text


def test_the_command_line_takes_a_query_opening_with_a_lone_minus(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    result = run_cli("search", "- 终本", "--index-dir", str(path), ok=False)
    assert result.exit_code == 1 and "- at position 0" in result.output, result.output
