"""A syntax error's position points at the character of the query as typed, even where
the query is normalised before it is checked (an operator typed against a quote is
spaced apart, ``AND"`` → `` AND "``; a quoted year is unquoted)."""

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
