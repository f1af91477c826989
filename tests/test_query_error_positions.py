"""A syntax error's position points at the character of the query as typed, even where
the query is normalised before it is checked (an operator typed against a quote is
spaced apart, ``AND"`` → `` AND "``; a quoted year is unquoted; a Chinese field name is read
as the English one, ``年份:`` as ``year:``), and the message names the query as typed."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.search.query import parse_query
from lawnews.search.syntax import with_dates


@pytest.mark.parametrize("query, at", [
    ('AND"', '"'),
    ('OR"x', '"'),
    ('执行 AND"', '"'),
    ('"甲"OR', "O"),
    ('year:"2024" AND', "A"),
    ('执行　ＡＮＤ', "Ａ"),
    ('（执行', "（"),
    ('执行 "交叉', '"'),
    ('年份:2024 (执行', "("),
    ('标题:执行 "到位', '"'),
    ('年份：2024 （执行', "（"),
    ('省份:湖南 OR OR 执行', "O"),
])
def test_the_position_of_a_syntax_error_is_that_of_the_character_typed(query, at):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        parse_query(query, None)
    pos = caught.value.position
    assert pos is not None and 0 <= pos < len(query) and query[pos] == at, (query, pos)
    assert f"at position {pos}" in str(caught.value)


@pytest.mark.parametrize("query", ['"执行', '(执行', '执行)', '执行 AND', '执行 "交叉', '（执行', '执行 OR'])
@pytest.mark.parametrize("start, end", [("2020", ""), ("", "2024-06"), ("2020-01", "2024-06-30")])
def test_a_query_given_dates_names_its_own_mistake_where_it_was_typed(query, start, end):
    with pytest.raises(lawnews.QuerySyntaxError) as undated:
        parse_query(query, None)
    with pytest.raises(lawnews.QuerySyntaxError) as dated:
        parse_query(with_dates(query, start, end), None)
    assert str(dated.value) == str(undated.value)
    assert dated.value.position == undated.value.position


@pytest.mark.parametrize("query, at", [("年份:2024 (执行", 8), ("执行 省份:湖南 AND", 9), ("法院：湖南高院 \"执行", 8)])
def test_a_query_with_a_chinese_field_name_is_named_as_typed_where_it_was_typed(tmp_path, query, at):
    """As the library, ``lawnews search`` and the web app say it: the query in the box, not
    the English field names it is read with."""
    from support import run_cli, write_jsonl

    records = write_jsonl(tmp_path / "news.jsonl", [{"id": "e1", "title": "青石县法院集中执行",
                                                     "text": "湖南省青石县人民法院开展集中执行行动。"}])
    lawnews.build_index(records, tmp_path / "index")
    with lawnews.NewsIndex.open(tmp_path / "index") as ix:
        for call in (ix.search, ix.trends, ix.first):
            with pytest.raises(lawnews.QuerySyntaxError) as caught:
                call(query)
            said = str(caught.value)
            assert caught.value.position == at and f" at position {at}" in said and repr(query) in said
    out = run_cli("search", query, "--index-dir", str(tmp_path / "index"), ok=False)
    assert out.exit_code == 1 and f" at position {at}" in out.output and repr(query) in out.output
