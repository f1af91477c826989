"""``*`` alone asks for every article, as an empty query does (query_string's match-all):
browsing with filters only. An empty group ``()`` is a syntax error, as an empty phrase is."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.errors import QuerySyntaxError
from support import run_cli

ARTICLES = [
    {"id": "a1", "title": "长沙法院执行通报", "text": "湖南省长沙市中级人民法院开展集中执行行动。", "date": "2023-03-01"},
    {"id": "a2", "title": "岳阳法院执行通报", "text": "湖南省岳阳市中级人民法院开展涉民生执行。", "date": "2024-05-01"},
    {"id": "a3", "title": "武汉法院执行通报", "text": "湖北省武汉市中级人民法院推进执转破工作。", "date": "2024-06-01"},
]


@pytest.mark.parametrize("star", ["*", " * ", "＊", "*:*"])
def test_star_alone_finds_every_article_as_an_empty_query_does(articles_index_dir, star):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        assert ix.search(star).total == ix.search("").total == 3
        assert {h.article_id for h in ix.search(star, province="湖南").hits} == {"a1", "a2"}
        assert [h.article_id for h in ix.search(star, sort="date").hits] == [h.article_id for h in ix.search("", sort="date").hits]


def test_star_with_a_version_pinned_cites_filter_is_the_filter_alone(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        assert ix._versions_in_query("*", {"cites": "2021年民事诉讼法第二百五十二条"})[0] == \
            ix._versions_in_query("", {"cites": "2021年民事诉讼法第二百五十二条"})[0]


def test_cli_star_with_a_filter_lists_the_filtered_articles(articles_index_dir):
    out = run_cli("search", "*", "--index-dir", str(articles_index_dir), "--province", "湖南", "--json").output
    import json

    assert {h["article_id"] for h in json.loads(out)["hits"]} == {"a1", "a2"}


@pytest.mark.parametrize("query", ["()", "( )", "(())", "执行 ()", "() OR 执行", "（）"])
def test_an_empty_group_is_a_syntax_error(articles_index_dir, query):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        with pytest.raises(QuerySyntaxError, match="empty group"):
            ix.search(query)
        assert ix.search(query, lenient=True).total in (0, 3)  # left out when lenient
        assert ix.search('"()"').total == 0  # inside a phrase brackets are text


def test_cli_empty_group_says_so(articles_index_dir):
    result = run_cli("search", "()", "--index-dir", str(articles_index_dir), ok=False)
    assert result.exit_code != 0 and "empty group" in result.output


def test_web_star_with_dates_is_the_date_range_alone():
    from lawnews.web.params import Params

    assert Params([("q", "*"), ("from", "2024-01")]).query() == Params([("from", "2024-01")]).query()
