"""Chinese field names typed in traditional characters (``機制：交叉執行``, ``來源：人民法院報``),
as a reader in Hong Kong or Taiwan types them, are the fields their simplified names are,
as traditional text is found by simplified queries. The articles are made up."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index

ARTICLES = [
    {"id": "t1", "title": "交叉执行显成效", "text": "长沙市中级人民法院推进交叉执行，指定异地法院办理长期未结案件。",
     "date": "2024-03-01", "source": "人民法院报"},
    {"id": "t2", "title": "执行工作通报", "text": "法院通报执行工作，并谈到交叉执行机制的意义。",
     "date": "2023-05-01", "source": "法治日报"},
]


@pytest.mark.parametrize("traditional, simplified", [
    ("機制：交叉執行", "机制：交叉执行"), ("來源：人民法院報", "来源：人民法院报"), ("媒體:法治日報", "媒体:法治日报"),
    ("標題：交叉執行", "标题：交叉执行"), ("法院層級：中院", "法院层级：中院"), ("時間：2024", "时间：2024"),
    ("執行 -機制：交叉執行", "执行 -机制：交叉执行"),
])
def test_a_field_named_in_traditional_characters_is_that_field(traditional, simplified):
    with memory_index(ARTICLES) as ix:
        want = sorted(h.article_id for h in ix.search(simplified).hits)
        assert sorted(h.article_id for h in ix.search(traditional).hits) == want
        assert len(want) == 1


def test_an_unknown_value_of_a_traditional_field_name_is_the_fields_error():
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.UnknownFacetError) as caught:
        ix.search("機制：火星")
    assert caught.value.facet == "mechanism"


def test_trends_by_a_field_named_in_traditional_characters():
    with memory_index(ARTICLES) as ix:
        assert ix.trends(by="機制", every="year").series == ix.trends(by="机制", every="year").series
