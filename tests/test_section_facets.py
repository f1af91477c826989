"""With ``--group section`` the facet counts are those of the search without it: stories,
each counted once for every value any of its matching copies has, whether or not a filter
is chosen; the sections listed are those of the stories the value selects. Texts are made
up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section

ONE = ("青石县人民法院近日集中清理涉民生执行积案，执行干警分成四组走访被执行人所在村组，"
       "逐户核实财产线索，对有履行能力却拒不履行的被执行人依法采取司法拘留措施，"
       "共执结案件八十六件，执行到位金额一千二百万元，兑现农民工工资二百余万元。")
TWO = ("白河县人民法院开展夏季执行攻坚行动，执行局全体干警利用清晨和节假日蹲守被执行人，"
       "对名下有车辆的被执行人通过交警部门查扣车辆，行动期间执结案件五十四件，"
       "执行到位金额六百余万元，其中涉企业案件十九件。")


def _article(aid: str, text: str, title: str, source: str, date: str) -> Article:
    return Article(aid, aid + ".txt", title, (Section(None, text),), date=date, source=source)


ARTICLES = [
    _article("qs", ONE, "青石法院集中清理执行积案", "青石日报", "2024-03-01"),
    _article("qs-repost", ONE, "转：青石法院集中清理执行积案", "河湾晚报", "2024-03-03"),
    _article("bh", TWO, "白河法院夏季执行攻坚", "白河新闻", "2024-07-01"),
    _article("bh-repost", TWO, "转：白河法院夏季执行攻坚", "白河新闻", "2024-07-02"),
]


@pytest.mark.parametrize("columnar", [False, True], ids=["per-document", "columnar"])
@pytest.mark.parametrize("filters", [{}, {"source": "青石日报"}, {"source": "河湾晚报"}, {"year": "2024"}])
def test_sections_are_counted_by_facet_as_the_stories_are(articles_index_dir, monkeypatch, columnar, filters):
    from lawnews.search import searcher as searcher_module

    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        stories = ix.search("执行", **filters)
        sections = ix.search("执行", group="section", **filters)
        assert sections.facets == stories.facets
        assert sections.total == stories.total_sections
        if not filters:
            assert stories.total == 2 and stories.facets["source"] == {"白河新闻": 1, "青石日报": 1, "河湾晚报": 1}
        for value, n in sections.facets["source"].items():  # what a user gets choosing the value
            assert ix.search("执行", **{**filters, "source": value}).total == n
