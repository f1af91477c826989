"""The query language: operators, fields, ranges, questions, errors and fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawnews
from lawnews.search import syntax
from support import CORPUS


def ids(res):
    return {h.article_id for h in res.hits}


def test_keywords_default_to_and_across_fields(data_index):
    assert ids(data_index.search("湖南 执行事务中心")) == {"t14"}
    assert ids(data_index.search("湖南执行事务中心")) == {"t14"}


def test_boolean_operators_and_minus(data_index):
    both = ids(data_index.search("交叉执行 OR 执转破", limit=50))
    assert both == {"t01", "t02", "t03"}
    assert ids(data_index.search("交叉执行 NOT 湖南", limit=50)) == {"t01"}
    assert ids(data_index.search("交叉执行 -湖南", limit=50)) == {"t01"}
    assert ids(data_index.search("(交叉执行 OR 执转破) AND 石门", limit=50)) == {"t03"}


def test_field_queries_with_short_forms(data_index):
    assert ids(data_index.search("title:终本")) == {"t05"}
    assert ids(data_index.search("province:湖北", limit=50)) == ids(data_index.search("province:湖北省", limit=50))
    assert ids(data_index.search("province:湖北", limit=50))


def test_date_ranges(data_index):
    res = data_index.search("date:[2024-07-01 TO 2024-08-31]", limit=50)
    assert ids(res) == {"t01", "t09", "t20"}


def test_questions_rank_on_all_words_without_requiring_each(data_index):
    assert syntax.is_question("失信被执行人怎么办？") and not syntax.is_question("失信 惩戒")
    res = data_index.search("被执行人失信了会被限制高消费吗")
    assert res.hits and res.hits[0].article_id == "t07"


@pytest.mark.parametrize(
    "query, position",
    [('"执行到位', 0), ("(交叉执行 OR 终本", 0), ("交叉执行)", 4), ("foo:bar 执行", 0), ("执行 [2024", 3),
     ('执行 ""', 3), ('"  "', 0)],
)
def test_syntax_errors_name_their_position(data_index, query, position):
    with pytest.raises(lawnews.QuerySyntaxError) as e:
        data_index.search(query)
    assert e.value.position == position
    assert f"position {position}" in str(e.value)
    data_index.search(query, lenient=True)  # and leniently they parse


ALPHABET = st.sampled_from(list('执行交叉终本湖南法院"()[]{}:-+*?~^\\/!&|AND OR NOT TO title:province: 　，。') + ["AND", "OR", "NOT", "title:", "province:", "date:", "[", "TO"])


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=12).map("".join))
def test_malformed_queries_never_raise_anything_but_a_syntax_error(data_index, query):
    try:
        data_index.search(query, limit=3)
    except lawnews.QuerySyntaxError as e:
        assert e.position is None or 0 <= e.position <= len(query)
    except lawnews.UnknownFacetError as e:  # well formed, but province:执 names no province
        assert "unknown province" in str(e)
    data_index.search(query, limit=3, lenient=True)


def test_an_empty_phrase_is_an_error_not_every_article(data_index):
    with pytest.raises(lawnews.QuerySyntaxError, match="empty phrase"):
        data_index.search('""')
    assert data_index.search('""', lenient=True).total == 0
    assert data_index.search('执行 ""', lenient=True).total == data_index.search("执行").total


def test_explain_gives_the_parsed_query_and_score_parts(data_index):
    res = data_index.search("交叉执行 荆州", explain=True)
    assert "交叉执行" in res.parsed and "荆州" in res.parsed
    top = res.hits[0]
    fields = {f for f, _t, _s in top.explanation}
    assert {"title", "text"} <= fields
    assert abs(sum(s for _f, _t, s in top.explanation) - top.score) < 1e-6 * max(1.0, top.score) + 1e-3
    assert data_index.search("交叉执行").hits[0].explanation == ()


def test_did_you_mean_when_nothing_is_found(data_index):
    res = data_index.search("交叉执形")
    assert res.total == 0 or res.relaxed  # nothing has every word
    assert res.suggestion == "交叉执行"
    assert data_index.search(res.suggestion).total > 0
    assert data_index.search("量子纠缠").suggestion is None


def test_similar_articles_exclude_the_article_itself(data_index):
    res = data_index.similar("t01")
    ids_ = [h.article_id for h in res.hits]
    assert "t01" not in ids_
    assert ids_[0] == "t02"  # the other 交叉执行 article


def test_taxonomy_synonyms_expand_the_query_visibly(data_index):
    # t03 says 执转破, 移送破产 and 执行转破产; t-articles with only a synonym are found by the label
    assert "t03" in ids(data_index.search("执破融合"))
    res = data_index.search("执破融合", explain=True)
    assert "执转破" in res.parsed and "执行转破产" in res.parsed
    # the typed word outranks its synonyms: an article with the typed word comes first
    assert ids(data_index.search("网拍")) == {"t06"}  # 网络司法拍卖/法拍房 article via 司法拍卖's synonyms
    assert ids(data_index.search("限制高消费")) >= {"t07"}


def test_words_without_synonyms_are_not_expanded(data_index):
    res = data_index.search("法院", explain=True)
    assert "执转破" not in res.parsed


def test_a_plain_query_nothing_fully_matches_is_relaxed_and_says_so(data_index):
    strict = data_index.search("交叉执行 反诈")
    assert strict.relaxed and strict.total >= 3
    assert {"t01", "t02", "t16"} <= ids(strict)
    assert not data_index.search("交叉执行 荆州").relaxed
    assert data_index.search("交叉执行 AND 反诈").total == 0  # explicit operators are taken at their word


def test_named_concepts_match_tagged_articles(data_index):
    # t20 never writes 海南 or 海南省 in a form the words match, but is tagged 海南省 from 海口
    assert "t20" in ids(data_index.search("海南 执源治理"))
    # a court short form finds articles tagged with the court
    assert "t01" in ids(data_index.search("荆州中院"))


LONG_TEXT = (CORPUS / "001_8969ffdc580c6263.txt").read_text(encoding="utf-8").replace("\n", "")[:10_000]


@pytest.mark.parametrize("query", ["法" * 10_000, "交叉执行，" * 2_000, "。，！" * 3_000, "的 了 和",
                                   "*?[]{}^~\\/", LONG_TEXT])
def test_extreme_queries_give_results_or_a_clear_message(data_index, query):
    try:
        res = data_index.search(query, limit=3)
    except lawnews.QuerySyntaxError as e:
        assert "position" in str(e) or "cannot parse" in str(e) or "distinct words" in str(e)
    else:
        assert res.total >= 0 and (res.suggestion is None or len(query) <= 64)
    data_index.search(query, limit=3, lenient=True)


@pytest.mark.parametrize("joined, apart", [
    ("title:荆州-交叉执行", "title:荆州 title:交叉执行"),
    ("title:湖南+交叉执行", "title:湖南 title:交叉执行"),
    ("text:执转破-破产", "text:执转破 text:破产"),
])
def test_a_hyphen_inside_a_text_fields_value_joins_its_words_in_that_field(data_index, joined, apart):
    want = ids(data_index.search(apart, limit=50))
    assert want  # the words are there, both in the field
    assert ids(data_index.search(joined, limit=50)) == want


# -- Chinese field names ------------------------------------------------------------------

@pytest.mark.parametrize("chinese, english", [
    ("省份:湖南", "province:湖南"), ("法院：湖南高院", "court:湖南高院"), ("机制:终本", "mechanism:终本"),
    ("日期:[2024-01 TO 2024-06]", "date:[2024-01 TO 2024-06]"), ("执行 -省份:湖南", "执行 -province:湖南"),
    ("(标题:执行 OR 正文:石门)", "(title:执行 OR text:石门)"),
])
def test_chinese_field_names_mean_the_english_fields(corpus_index, chinese, english):
    from lawnews.search.query import parse_query

    assert parse_query(chinese) == parse_query(english)
    assert parse_query("年份:2024") == parse_query("year:2024")
    found, expected = corpus_index.search(chinese), corpus_index.search(english)
    assert found.total == expected.total > 0 or "-" in chinese
    assert [h.article_id for h in found.hits] == [h.article_id for h in expected.hits]
    assert found.query == chinese


@pytest.mark.parametrize("text", ['"省份:湖南"', "湖南：执行", "执行省份:湖南"])
def test_a_chinese_field_name_inside_a_phrase_or_a_word_stays_text(text):
    assert syntax.english_fields(text) == text
