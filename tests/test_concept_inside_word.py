"""A named thing found inside a longer word of the query (失信人 in 失信人员) widens the
query: the word is still searched whole, or-ed with the tag, never cut into a piece
(员) that no article holds as a word of its own."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section

LIST = "青溪县法院公布一批失信人员名单，督促其尽快履行生效判决确定的义务。"
TAGGED = "青溪县法院依法将拒不履行的被执行人纳入失信被执行人名单，限制其高消费。"
OTHER = "交警大队开展交通安全宣传活动，提醒学生文明出行。"


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="list#1", file="list.txt", title="公布名单", sections=(Section(None, LIST),)),
        Article(id="tagged#1", file="tagged.txt", title="惩戒老赖", sections=(Section(None, TAGGED),)),
        Article(id="other#1", file="other.txt", title="交通宣传", sections=(Section(None, OTHER),)),
    ])
    yield ix
    ix.close()


def ids(index, query, **options):
    return {h.article_id for h in index.search(query, **options).hits}


def test_the_words_typed_are_found_with_or_without_expansion(index):
    assert ids(index, "失信人员", expand=False) == {"list#1"}
    assert "list#1" in ids(index, "失信人员")
    assert "list#1" in ids(index, "失信人员名单")


def test_expansion_only_adds_the_tagged_articles(index):
    assert ids(index, "失信人员", expand=False) <= ids(index, "失信人员")
    assert "tagged#1" in ids(index, "失信人员")
    assert not index.search("失信人员").relaxed


def test_the_same_beside_operators(index):
    assert "list#1" in ids(index, "失信人员 -交通")
    assert "list#1" in ids(index, "(失信人员 OR 交通安全) 名单")
