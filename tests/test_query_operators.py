"""Operators with nothing to act on, boosts and what the query language does not have
(``~``), field names in any case, field clauses without a value (or a boost alone, ``title:^2``),
quoted years and dates."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.search.query import parse_query
from lawnews.search.syntax import QUERY_FIELDS


def ids(res):
    return {h.article_id for h in res.hits}


@pytest.mark.parametrize("dangling, at", [("执行 NOT", 3), ("执行 AND", 3), ("执行 OR", 3), ("执行 ＮＯＴ", 3),
                                          ("执行 ＡＮＤ", 3), ("执行　ＯＲ", 3), ("AND 执行", 0), ("OR 执行", 0),
                                          ("执行 AND NOT", 3), ("(执行 NOT)", 4)])
def test_a_dangling_operator_is_an_error_naming_it_and_lenient_drops_it(data_index, dangling, at):
    with pytest.raises(lawnews.QuerySyntaxError, match=f"at position {at} has nothing to act on") as raised:
        data_index.search(dangling)
    assert raised.value.position == at
    want = data_index.search("执行", limit=50)
    got = data_index.search(dangling, limit=50, lenient=True)
    assert want.total and (got.total, ids(got)) == (want.total, ids(want))


def test_a_dangling_operator_in_a_group_is_an_error_and_lenient_searches_the_rest(data_index):
    with pytest.raises(lawnews.QuerySyntaxError, match="NOT at position 4 has nothing to act on"):
        data_index.search("(执行 NOT) 法院")
    assert ids(data_index.search("(执行 NOT) 法院", limit=50, lenient=True)) == \
        ids(data_index.search("执行 法院", limit=50))


def test_not_inside_a_phrase_and_a_lower_case_not_stay_words():
    assert "not" in str(parse_query('"执行 NOT"'))
    assert "not" in str(parse_query("执行 not"))


@pytest.mark.parametrize("alone", ["AND", "OR", "NOT", "ＮＯＴ", "(OR)", "AND OR"])
def test_an_operator_typed_alone_says_it_needs_words(data_index, alone):
    with pytest.raises(lawnews.QuerySyntaxError, match="needs words"):
        data_index.search(alone)
    assert data_index.search(alone, lenient=True).total == 0


@pytest.mark.parametrize("query, position", [("执行~2", 2), ("执行~", 2), ('"交叉 执行"~2', 7), ("法院 执行~1 湖南", 5)])
def test_a_tilde_is_an_error_naming_what_is_supported(data_index, query, position):
    with pytest.raises(lawnews.QuerySyntaxError, match=r"'~' is not supported.*\^") as e:
        data_index.search(query)
    assert e.value.position == position
    lenient = data_index.search(query, lenient=True, limit=50)
    assert ids(lenient) == ids(data_index.search(query.split("~")[0] + query.split("~")[1].lstrip("0123456789"),
                                                 limit=50))


@pytest.mark.parametrize("query", ["2020~2024", "第1~3条", "执行 2023~2024"])
def test_a_tilde_between_digits_is_text_as_a_range_pasted_from_an_article(data_index, query):
    assert data_index.search(query, limit=50).total == data_index.search(query.replace("~", " "), limit=50).total


def test_a_boost_multiplies_the_weight_of_its_word_and_searches_no_number(data_index):
    plain = data_index.search("执行", limit=50)
    boosted = data_index.search("执行^3", limit=50)
    assert not boosted.relaxed and ids(boosted) == ids(plain)
    scores = {h.article_id: h.score for h in plain.hits}
    for h in boosted.hits:
        assert h.score == pytest.approx(3 * scores[h.article_id], rel=1e-3)


def test_a_boost_moves_its_word_up_the_ranking(data_index):
    one = data_index.search("湖南 OR 终本^20", limit=50)
    other = data_index.search("湖南^20 OR 终本", limit=50)
    assert "终本" in (one.hits[0].title + one.hits[0].snippet)
    assert "湖南" in (other.hits[0].title + other.hits[0].snippet)


def test_a_phrase_and_a_field_clause_take_a_boost():
    assert parse_query('"交叉执行"^2').boost == 2
    assert parse_query("title:执行^2").boost == 2


@pytest.mark.parametrize("query", ["执行^abc", "执行^", "^3 执行", "执行 ^2"])
def test_a_caret_that_is_no_boost_is_an_error(data_index, query):
    with pytest.raises(lawnews.QuerySyntaxError, match=r"'\^' boosts"):
        data_index.search(query)
    data_index.search(query, lenient=True)


@pytest.mark.parametrize("typed", ["ＴＩＴＬＥ：执行", "TITLE:执行", "Title:执行", "ｔｉｔｌｅ：执行", "TITLE：执行"])
def test_field_names_are_case_insensitive(data_index, typed):
    want = data_index.search("title:执行", limit=50)
    got = data_index.search(typed, limit=50)
    assert want.total and (got.total, ids(got)) == (want.total, ids(want))


def test_a_capitalised_word_that_is_no_field_stays_an_error_or_text(data_index):
    with pytest.raises(lawnews.QuerySyntaxError, match="unknown field 'Foo'"):
        data_index.search("Foo:执行")


@pytest.mark.parametrize("field", sorted(QUERY_FIELDS - {"date"}))
def test_a_field_clause_without_a_value_is_one_clear_error_for_every_field(data_index, field):
    for query in (f"{field}:", f"执行 {field}:", f"({field}:) 执行", f"{field}： 执行".replace("：", ":")):
        with pytest.raises(lawnews.QuerySyntaxError, match=f"{field}: needs a value"):
            data_index.search(query)
    assert ids(data_index.search(f"执行 {field}:", lenient=True, limit=50)) == ids(data_index.search("执行", limit=50))


@pytest.mark.parametrize("field", sorted(QUERY_FIELDS - {"date"}))
def test_a_boost_right_after_the_colon_is_no_value(data_index, field):
    for query in (f"{field}:^2", f"执行 {field}:^2", f"({field}:^2) 执行", f"{field}:＾２ 执行"):
        with pytest.raises(lawnews.QuerySyntaxError, match=f"{field}: needs a value"):
            data_index.search(query)
    assert ids(data_index.search(f"执行 {field}:^2", lenient=True, limit=50)) == ids(data_index.search("执行", limit=50))


@pytest.mark.parametrize("quoted, bare", [
    ('year:"2024"', "year:2024"),
    ('year:["2020" TO "2024"]', "year:[2020 TO 2024]"),
    ('date:["2024-01" TO 2024-06]', "date:[2024-01 TO 2024-06]"),
    ('date:[2024-07-01 TO "2024-08-31"]', "date:[2024-07-01 TO 2024-08-31]"),
    ('date:>="2024-07"', "date:>=2024-07"),
    ('执行 year:"2024"', "执行 year:2024"),
])
def test_a_quoted_year_or_date_means_what_it_means_unquoted(data_index, quoted, bare):
    want = data_index.search(bare, limit=50)
    got = data_index.search(quoted, limit=50)
    assert want.total and (got.total, ids(got)) == (want.total, ids(want))


def test_the_search_help_says_lenient_drops_an_operator_with_nothing_to_act_on():
    from click.testing import CliRunner

    from lawnews.cli import cli

    out = " ".join(CliRunner().invoke(cli, ["search", "--help"]).output.split())
    assert "an operator with nothing to act on: 执行 AND" in out
