"""A query with operators whose words name a court (最高人民法院 (法释〔2011〕5号)) keeps its
numbers apart: 2011 and 5 are two words, not the number 20115 that no text holds."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="rule#1", file="rule.txt", title="最高人民法院关于调解协议确认的规定（法释〔2011〕5号）",
                sections=(Section(None, "最高人民法院公布规定，自2011年3月30日起施行，共5条。"),)),
        Article(id="other#1", file="other.txt", title="交通安全宣传",
                sections=(Section(None, "交警大队开展交通安全宣传活动。"),)),
    ])
    yield ix
    ix.close()


@pytest.mark.parametrize("query", [
    "最高人民法院 (法释〔2011〕5号)", "最高人民法院 (2011 5号)", "(最高人民法院 2011 5号) OR 无此词",
    "法院 (法释〔2011〕5号)",
])
def test_numbers_beside_a_named_court_stay_apart(index, query):
    assert {h.article_id for h in index.search(query).hits} == {"rule#1"}
