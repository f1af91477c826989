"""A syntax error's position points at the character of the query as typed, even where
the query is normalised before it is checked (an operator typed against a quote is
spaced apart, ``AND"`` → `` AND "``; a quoted year is unquoted)."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.search.query import parse_query


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
