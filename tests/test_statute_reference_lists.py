"""Typed statute references with several bare article numbers (``刑法 313 314``) are a
list of articles, never one article numbered by their digits run together; a
reference to article 0 is an error saying that articles are numbered from 1."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.tagging.citations import parse_reference
from lawnews.index.tagging.tagger import listed_articles

from test_statutes_search import index_dir, ix, run  # noqa: F401  (fixtures and helper)


@pytest.mark.parametrize("typed", ["刑法 313 314", "刑法313、314", "刑法 313，314", "刑法 ３１３ ３１４"])
def test_bare_numbers_after_a_law_are_a_list_of_articles(typed):
    assert listed_articles(typed) == ["刑法 第三百一十三条", "刑法 第三百一十四条"]
    assert parse_reference(typed) is None  # not one article, not a law named 刑法313314


def test_one_bare_number_and_a_year_are_no_list():
    assert listed_articles("刑法 313") is None
    assert listed_articles("民事诉讼法 2021 252") is None


@pytest.mark.parametrize("typed", ["刑法第0条", "刑法第〇条", "刑法 0", "刑法 313 0"])
def test_article_zero_is_an_error_saying_how_articles_are_numbered(typed):
    with pytest.raises(ValueError, match="article 0.*numbered from 1"):
        listed_articles(typed)


def test_the_cites_filter_takes_bare_numbers_as_a_list(ix):  # noqa: F811
    got = ix.search("*", cites="刑法 313 314")
    assert {h.article_id for h in got.hits} == {"a3"}


@pytest.mark.parametrize("typed", ["刑法 313 314", "刑法313、314", "刑法313，314"])
def test_cited_by_bare_numbers_says_it_takes_one_article(index_dir, typed):  # noqa: F811
    result = run(index_dir, "cited-by", typed, code=1)
    assert "names 2 articles (第三百一十三条, 第三百一十四条)" in result.output
    assert "313314" not in result.output and "no statute named" not in result.output


@pytest.mark.parametrize("args", [("cited-by", "刑法第0条"), ("search", "执行", "--cites", "刑法第0条"),
                                  ("search", "cites:刑法第0条")])
def test_article_zero_on_the_command_line_says_what_is_wrong(index_dir, args):  # noqa: F811
    result = run(index_dir, *args, code=1)
    assert "names article 0, which no law has: articles are numbered from 1" in result.output


def test_article_zero_in_the_library_is_an_invalid_argument(ix):  # noqa: F811
    with pytest.raises(lawnews.LawNewsError, match="article 0"):
        ix.search("*", cites="刑法第0条")


@pytest.mark.parametrize("field", ["cites", "statute"])
@pytest.mark.parametrize("reference", ["刑法 300-313", "刑法 300至313", "刑法 300到313", "刑法 ３００－３１３", "刑法 300~313",
                                       "刑法第300条至第313条"])
def test_a_range_of_bare_numbers_after_a_space_in_a_query_is_read_as_the_cites_filter_reads_it(ix, field, reference):  # noqa: F811
    filtered = ix.search("*", cites=reference)
    assert {h.article_id for h in filtered.hits} == {"a3"}
    queried = ix.search(f"{field}:{reference}")
    assert [h.article_id for h in queried.hits] == [h.article_id for h in filtered.hits]
    assert queried.total == filtered.total and queried.suggestion is None


def test_a_range_of_bare_numbers_after_a_space_typed_backwards_in_a_query_is_the_filters_error(ix):  # noqa: F811
    with pytest.raises(lawnews.InvalidArgumentError, match="range running backwards") as by_filter:
        ix.search("*", cites="刑法 313-300")
    with pytest.raises(lawnews.InvalidArgumentError, match="range running backwards") as in_query:
        ix.search("cites:刑法 313-300")
    assert str(in_query.value) == str(by_filter.value)
