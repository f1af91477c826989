"""An operator typed against a quote or a bracket, with no space (as a Chinese input
method leaves it: ``“新疆”ＯＲ“辽宁”``, ``(甲)OR(乙)``), is that operator, as in Lucene;
between two words (``新疆OR辽宁``) and inside a phrase it stays text."""

from __future__ import annotations

import pytest

from lawnews.search.query import parse_query


@pytest.mark.parametrize("glued, spaced", [
    ('"执行到位"OR"执结率"', '"执行到位" OR "执结率"'),
    ("“执行到位”ＯＲ“执结率”", '"执行到位" OR "执结率"'),
    ('"执行到位"NOT"执结率"', '"执行到位" NOT "执结率"'),
    ('"执行到位"AND"执结率"', '"执行到位" AND "执结率"'),
    ("(拍卖)OR(评估)", "(拍卖) OR (评估)"),
    ("（拍卖）ＯＲ（评估）", "(拍卖) OR (评估)"),
    ('"执行到位"OR 执结率', '"执行到位" OR 执结率'),
    ('拍卖 OR"执结率"', '拍卖 OR "执结率"'),
    ("title:(拍卖)OR text:(评估)", "title:(拍卖) OR text:(评估)"),
])
def test_an_operator_against_a_quote_or_bracket_is_the_operator(glued, spaced):
    assert str(parse_query(glued)) == str(parse_query(spaced))


def test_or_between_quotes_finds_either_phrase(data_index):
    either = data_index.search('"执行" OR "法院"', limit=100)
    assert either.total
    assert data_index.search('"执行"OR"法院"', limit=100).total == either.total


def test_an_operator_word_inside_a_phrase_or_between_words_stays_text():
    assert str(parse_query('"执行OR拍卖"')) == '"执行or拍卖"'
    assert "text:orb" in str(parse_query('"执行"ORB "拍卖"'))  # ORB is a word, not OR
    assert str(parse_query("新疆OR辽宁")) != str(parse_query("新疆 OR 辽宁"))
