"""A court's short name as an article's source (a WeChat account named 株洲中院) is the
``source`` facet's one value for that court (株洲市中级人民法院), as the court's full
name is; the stored article keeps the name it printed."""

from __future__ import annotations

import pytest

from lawnews import Article, NewsIndex, Section


def _article(aid: str, source: str, date: str = "2024-03-01") -> Article:
    return Article(id=aid, file=f"{aid}.txt", title=f"执行工作简讯{aid}", date=date, source=source,
                   sections=(Section(None, f"本院开展执行工作，测试文本{aid}。"),))


@pytest.fixture()
def ix():
    index = NewsIndex.in_memory()
    index.add_articles([_article("w1", "株洲中院"), _article("p1", "株洲市中级人民法院"),
                        _article("w2", "株洲中院微信公众号"), _article("n1", "人民法院报")])
    return index


def test_a_court_named_by_its_short_name_counts_as_one_source(ix):
    sources = ix.facets()["facets"]["source"]
    assert sources == {"株洲市中级人民法院": 3, "人民法院报": 1}


def test_the_stored_article_keeps_the_printed_source_and_its_hit_gives_both(ix):
    assert ix.article("w1").source == "株洲中院"
    assert ix.article("w2").source == "株洲中院微信公众号"
    assert ix.article("p1").source == "株洲市中级人民法院"
    hits = {h.article_id: (h.source, h.source_printed) for h in ix.search("执行", limit=10).hits}
    assert hits["w1"] == ("株洲市中级人民法院", "株洲中院")
    assert hits["n1"] == ("人民法院报", "人民法院报")


@pytest.mark.parametrize("typed", ["株洲中院", "株洲市中级人民法院"])
def test_a_source_filter_or_field_finds_the_court_however_typed(ix, typed):
    assert ix.search("执行", source=typed).total == 3
    assert ix.search(f"source:{typed}").total == 3


def test_trends_and_profile_count_the_court_once(ix):
    trends = ix.trends("执行", by="source")
    assert {s.value: s.total for s in trends.series} == {"株洲市中级人民法院": 3, "人民法院报": 1}
    assert ix.profile("source:株洲中院").total == 3


def test_a_wechat_account_and_a_court_page_give_one_source(tmp_path):
    import lawnews

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "wx.txt").write_text(
        "株洲法院推进执行工作\n原创 张三 株洲中院 2024年05月06日 17:30 湖南\n"
        "近日，株洲法院召开执行工作推进会，部署下一阶段执行工作，要求各部门切实提高执行效率。\n"
        "会议强调，要坚持依法执行、规范执行，努力让人民群众感受到公平正义。\n", encoding="utf-8")
    (pages / "site.txt").write_text(
        "株洲法院召开执行工作会议\n发布时间：2024-05-07 来源：株洲市中级人民法院\n"
        "5月7日，株洲市中级人民法院召开执行工作会议，总结前一阶段执行工作，安排下一阶段任务。\n"
        "会议要求全市法院进一步加强执行规范化建设，切实维护当事人合法权益。\n", encoding="utf-8")
    lawnews.build_index(pages, tmp_path / "ix")
    with NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.facets()["facets"]["source"] == {"株洲市中级人民法院": 2}
        assert {a.source for a in ix.articles()} == {"株洲中院", "株洲市中级人民法院"}
