"""A story whose lead does not match shows one copy the same way in every listing: its
first matching copy in the story's order, whether hits are stories (ranked or sorted by
date) or sections (``--group section``), so that the section total is the sum of the
hits' matching sections and both listings name the same articles. Texts are made up for
the purpose."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section

ONE = ("青石县人民法院近日集中清理涉民生执行积案，执行干警分成四组走访被执行人所在村组，"
       "逐户核实财产线索，对有履行能力却拒不履行的被执行人依法采取司法拘留措施，"
       "共执结案件八十六件，执行到位金额一千二百万元，兑现农民工工资二百余万元。")
TWO = ("该院还与县公安局、自然资源局建立执行协作机制，每周会商一次查控结果，"
       "对转移财产逃避执行的线索及时移送侦查，并在乡镇设立执行联络点，方便群众反映情况，"
       "执行联络员由村干部兼任，全年共收集有效线索四十三条。")


def _copy(aid: str, one: str, two: str, date: str | None) -> Article:
    return Article(aid, aid + ".txt", "青石法院集中清理执行积案", (Section("集中执行", one), Section("协作机制", two)),
                   date=date)


ARTICLES = [
    _copy("lead", ONE, TWO, "2024-03-01"),  # names no auction
    _copy("second", ONE + "其中一套房产经网络拍卖成交。", TWO + "拍卖款已发放。", "2024-03-02"),  # two sections match
    _copy("third", ONE + "网络拍卖、网络拍卖、网络拍卖，拍卖拍卖拍卖。", TWO, "2024-03-05"),  # one, scoring higher
]


@pytest.mark.parametrize("columnar", [False, True], ids=["per-document", "columnar"])
@pytest.mark.parametrize("sort", ["relevance", "date", "date-asc"])
def test_a_story_shows_the_same_copy_as_stories_and_as_sections(articles_index_dir, monkeypatch, columnar, sort):
    from lawnews.search import searcher as searcher_module

    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        assert [c.article_id for c in ix.copies("lead")] == ["lead", "second", "third"]
        stories = ix.search("拍卖", sort=sort)
        sections = ix.search("拍卖", sort=sort, group="section")
        assert stories.total == 1 and [h.article_id for h in stories.hits] == [sections.hits[0].article_id]
        assert {h.article_id for h in sections.hits} == {stories.hits[0].article_id}
        assert stories.total_sections == sum(h.matched_sections for h in stories.hits) == sections.total == 2
