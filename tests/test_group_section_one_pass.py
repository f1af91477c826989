"""``--group section`` on an index with reposts lists the matching sections of the copy each
story shows, and says of them what the same search without ``--group`` says of the stories:
the same facet counts and region tree, a total that is what paging through yields, the
sections of every copy (``--all-copies``) less those of the copies not shown, in the same
order with the same scores and snippets, under every filter, sort and page. Texts are made
up for the purpose."""

from __future__ import annotations

from dataclasses import replace

import pytest

import lawnews
from lawnews.errors import TooManyHitsError
from lawnews.index.documents import Article, Section
from lawnews.search import searcher as searcher_module

JZ_ONE = ("本报讯 近日，荆州市中级人民法院召开新闻发布会，通报全市法院开展交叉执行工作的情况。"
          "自去年以来，全市两级法院共选取长期未结的执行案件三百二十件，由异地法院交叉办理，"
          "一批“骨头案”得到化解。发布会上，执行局负责人介绍了交叉执行的选案标准和督办机制：同一被执行人"
          "在不同法院有五件以上未结案件的，一律纳入交叉范围。")
JZ_TWO = ("交叉办理的案件由上级法院挂牌督办，每月通报进展，执行到位金额达四亿六千万元。下一步，全市法院"
          "将把交叉执行与执源治理结合起来，推动执行工作常态化、长效化，让胜诉当事人的权益及时兑现。")
SM_ONE = ("石门县人民法院近日集中清理涉民生执行积案，执行干警分成四组走访被执行人所在村组，"
          "逐户核实财产线索，对有履行能力却拒不履行的被执行人依法采取司法拘留措施，"
          "共执结案件八十六件，执行到位金额一千二百万元，兑现农民工工资二百余万元。")
SM_TWO = ("该院还与县公安局、自然资源局建立执行协作机制，每周会商一次查控结果，"
          "对转移财产逃避执行的线索及时移送侦查，并在乡镇设立执行联络点，方便群众反映情况，"
          "执行联络员由村干部兼任，全年共收集有效线索四十三条。")
YY = ("岳阳市中级人民法院聚焦涉企执行积案，指定十二家基层法院对一百零六件案件交叉执行，"
      "通过网络查控、悬赏公告和司法拘留等措施，促成和解四十一件，执行到位一亿二千万元。"
      "岳阳中院还建立了执行线索共享平台，各基层法院每周上报财产线索，由中院统一调度。")
LX_ONE = ("澧县人民法院开展夏季执行攻坚行动，执行局全体干警利用清晨和节假日蹲守被执行人，"
          "对名下有车辆的被执行人通过交警部门查扣车辆，行动期间执结案件五十四件。")
LX_TWO = ("该院同时推行执行案件繁简分流，查封的房产依法进行网络拍卖，拍卖款及时发放给申请人，"
          "疑难案件由院领导包案督办，每月通报执行进展。")
NAV = "首页 > 新闻中心 > 法院动态 > 正文 分享到：微信 微博 打印本页 "
AUCTION = "其中一套被查封的商铺经网络拍卖成交，拍卖款当场发放。"


def _article(aid: str, title: str, sections: list[tuple[str | None, str]], date: str | None,
             source: str) -> Article:
    return Article(aid, aid + ".txt", title, tuple(Section(h, t) for h, t in sections), date=date, source=source)


ARTICLES = [
    # a story of three copies: its lead names no auction, its second copy does, its third names
    # another court, so that the story holds values its lead lacks
    _article("jz-paper", "荆州法院交叉执行化解积案", [("交叉执行", JZ_ONE), ("成效", JZ_TWO)], "2024-03-01", "法治日报"),
    _article("jz-portal", "【转载】荆州法院交叉执行化解积案", [("交叉执行", NAV + JZ_ONE), ("成效", JZ_TWO + AUCTION)],
             "2024-03-02", "某某网"),
    _article("jz-mirror", "荆州法院交叉执行化解积案", [("交叉执行", JZ_ONE + "岳阳市中级人民法院派员观摩。"),
                                                     ("成效", JZ_TWO)], None, "聚合资讯"),
    # a story of two copies, the later one naming an auction three times
    _article("sm", "石门法院集中清理执行积案", [("集中执行", SM_ONE), ("协作机制", SM_TWO)], "2024-05-10", "石门日报"),
    _article("sm-repost", "转：石门法院集中清理执行积案",
             [("集中执行", SM_ONE + "网络拍卖、网络拍卖，拍卖款已发放。"), ("协作机制", SM_TWO)], "2024-05-12", "常德新闻网"),
    # articles of their own
    _article("yy", "岳阳中院交叉执行涉企积案", [(None, YY)], "2023-11-02", "湖南日报"),
    _article("lx", "澧县法院夏季执行攻坚", [("攻坚", LX_ONE), ("分流", LX_TWO)], None, "澧县法院网"),
]

QUERIES = ["执行", "拍卖", "执行 拍卖", "执行 OR 线索", "执行 -拍卖", '"执行到位"', "交叉执行", "(执行 OR 拍卖)^2",
           "线索 OR 拍卖 OR 观摩", "title:执行"]
SORTS = ["relevance", "date", "date-asc"]
MANY = 1000


@pytest.fixture(params=[False, True], ids=["per-document", "columnar"])
def ix(request, articles_index_dir, monkeypatch):
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if request.param else 10**9)
    with lawnews.NewsIndex.open(articles_index_dir) as opened:
        yield opened


def test_the_made_up_reposts_are_stories(ix):
    assert [c.article_id for c in ix.copies("jz-mirror")] == ["jz-paper", "jz-portal", "jz-mirror"]
    assert [c.article_id for c in ix.copies("sm-repost")] == ["sm", "sm-repost"]
    assert [c.article_id for c in ix.copies("yy")] == ["yy"]


def _filters(ix, query: str) -> list[dict[str, str]]:
    """No filter, and each value of the facets a user picks most (source, year, province,
    court) that the query's stories have."""
    facets = ix.search(query, limit=0).facets
    return [{}, *({name: value} for name in ("source", "year", "province", "court") for value in facets[name])]


def _same(hit) -> object:
    """A hit as a user reads it, but its rank and score (compared apart)."""
    return replace(hit, rank=0, score=0.0)


@pytest.mark.parametrize("query", QUERIES)
def test_sections_listed_are_those_of_the_copies_shown(ix, query):
    for filters in _filters(ix, query):
        for sort in SORTS:
            said = f"{query!r} {filters} {sort}"
            sections = ix.search(query, group="section", sort=sort, limit=MANY, **filters)
            stories = ix.search(query, sort=sort, limit=MANY, **filters)
            every = ix.search(query, group="section", all_copies=True, sort=sort, limit=MANY, **filters)
            # counted as the stories are: a value's count is the stories choosing it lists
            assert sections.facets == stories.facets, said
            assert sections.regions == stories.regions, said
            assert sections.total == sections.total_sections == stories.total_sections == len(sections.hits), said
            # the sections of the copy each story shows, as many as the story's hit says
            shown = {h.story: h.article_id for h in stories.hits}
            assert all(shown[h.story] == h.article_id for h in sections.hits), said
            for hit in stories.hits:
                assert sum(h.article_id == hit.article_id for h in sections.hits) == hit.matched_sections, said
            # every copy's sections less those of the copies not shown, in the same order, scored alike
            kept = [h for h in every.hits if shown.get(h.story) == h.article_id]
            assert [_same(h) for h in sections.hits] == [_same(h) for h in kept], said
            assert [h.score for h in sections.hits] == pytest.approx([h.score for h in kept], rel=1e-9), said
            assert [h.rank for h in sections.hits] == list(range(1, len(sections.hits) + 1)), said


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", SORTS)
def test_paging_through_gives_the_total(ix, query, sort):
    for filters in _filters(ix, query)[:4]:
        whole = ix.search(query, group="section", sort=sort, limit=MANY, **filters)
        paged = []
        for offset in range(0, whole.total + 2, 2):
            page = ix.search(query, group="section", sort=sort, limit=2, offset=offset, **filters)
            assert (page.total, page.total_sections, page.facets) == (whole.total, whole.total_sections, whole.facets)
            paged += page.hits
        assert [(h.rank, h.article_id, h.section_no, h.score) for h in paged] == \
            [(h.rank, h.article_id, h.section_no, h.score) for h in whole.hits]


@pytest.mark.parametrize("query", QUERIES)
def test_a_chosen_value_lists_the_sections_of_as_many_stories_as_it_counts(ix, query):
    sections = ix.search(query, group="section", limit=MANY)
    for name in ("source", "year", "province", "court"):
        for value, n in sections.facets[name].items():
            chosen = ix.search(query, group="section", limit=MANY, **{name: value})
            assert len({h.story for h in chosen.hits}) == n, (query, name, value)


@pytest.mark.parametrize("query", QUERIES)
def test_a_download_holds_the_sections_a_search_lists(ix, query):
    whole = ix.search(query, group="section", limit=MANY)
    got = ix.search_all(query, group="section", most=whole.total)
    assert [(h.article_id, h.section_no, h.score) for h in got.hits] == \
        [(h.article_id, h.section_no, h.score) for h in whole.hits]
    if whole.total > 1:
        with pytest.raises(TooManyHitsError) as raised:
            ix.search_all(query, group="section", most=whole.total - 1)
        assert raised.value.total == whole.total

