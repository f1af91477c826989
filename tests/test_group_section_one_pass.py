"""``--group section`` on an index with reposts lists the matching sections of the copy each
story shows, and says of them what the same search without ``--group`` says of the stories:
the same facet counts and region tree, a total that is what paging through yields, the
sections of every copy (``--all-copies``) less those of the copies not shown, in the same
order with the same scores and snippets, under every filter, sort and page. Texts are made
up for the purpose."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

import lawnews
from support import sectioned_article
from lawnews.errors import TooManyHitsError
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


_article = sectioned_article


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


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", SORTS)
def test_section_grouping_evaluates_the_query_once(ix, evaluations, query, sort):
    for filters in _filters(ix, query)[:3]:
        said = f"{query!r} {filters} {sort}"
        stories = evaluations(lambda: ix.search(query, sort=sort, **filters))
        sections = evaluations(lambda: ix.search(query, group="section", sort=sort, **filters))
        assert stories["matches"] == 1, said
        assert sections["matches"] == 1, said
        assert sections["matches"] + sections["ranked"] <= stories["matches"] + stories["ranked"], said


# -- ranked by the question bank, or by meaning ----------------------------------------

STATUTES = [
    {"id": "L09#第一条", "title": "测试执行法 第一条", "date": "2022-01-01", "source": "法律汇编",
     "text": "被执行人未按执行通知履行法律文书确定的义务的，人民法院有权查封、扣押、冻结、拍卖被执行人的财产。"},
    {"id": "L09#第二条", "title": "测试执行法 第二条", "date": "2022-01-01", "source": "法律汇编",
     "text": "申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算。"},
    {"id": "L09#第三条", "title": "测试执行法 第三条", "date": "2022-01-01", "source": "法律汇编",
     "text": "当事人对执行行为提出书面异议的，人民法院应当自收到书面异议之日起十五日内审查。"},
]
ANSWERED = [("q1", "借钱不还，法院判决后对方仍然不给钱怎么办？", ["L09#第一条"]),
            ("q2", "打赢官司以后多长时间内要去法院申请执行？", ["L09#第二条"])]
QUESTION = "法院判决以后对方不给钱怎么办？"


def _agree(sections, stories, every) -> None:
    """What each test above checks of one search: the sections of the copies shown, counted
    as the stories are, in the order and with the scores every copy's sections have."""
    assert sections.facets == stories.facets
    assert sections.total == stories.total_sections == len(sections.hits)
    shown = {h.story: h.article_id for h in stories.hits}
    kept = [h for h in every.hits if shown.get(h.story) == h.article_id]
    assert [_same(h) for h in sections.hits] == [_same(h) for h in kept]
    assert [h.score for h in sections.hits] == pytest.approx([h.score for h in kept], rel=1e-9)


@pytest.mark.parametrize("columnar", [False, True], ids=["per-document", "columnar"])
def test_a_question_is_ranked_by_the_bank_in_sections_as_in_stories(monkeypatch, columnar):
    import numpy as np

    from lawnews.search.questions import QuestionBank, Weights

    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    vectors = np.eye(len(ANSWERED), 512, dtype=np.float32)
    weights = {"vectors": Weights(words=0.1, meaning=0.9, close=1.0, near=0.2, overlap=1.0, laws=0.1, prior=0.05),
               "words": Weights(words=1.0, overlap=2.0, laws=0.1, prior=0.05)}
    bank = QuestionBank([i for i, _t, _a in ANSWERED], [t for _i, t, _a in ANSWERED], [a for _i, _t, a in ANSWERED],
                        vectors, weights, name="test-bank")
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles([*STATUTES, *ARTICLES])
        options = {"question_bank": bank, "limit": MANY}
        sections = ix.search(QUESTION, group="section", **options)
        stories = ix.search(QUESTION, **options)
        every = ix.search(QUESTION, group="section", all_copies=True, **options)
        assert stories.question_bank and sections.question_bank == stories.question_bank
        assert "L09#第二条" in {h.article_id for h in sections.hits}  # joined by the bank, not by its words
        assert any(h.copies > 1 for h in stories.hits)  # copies are left out
        _agree(sections, stories, every)


def test_a_question_is_ranked_by_meaning_in_sections_as_in_stories(model, tmp_path):
    records = tmp_path / "articles.jsonl"
    records.write_text("".join(json.dumps({"id": a.id, "title": a.title, "date": a.date, "source": a.source,
                                           "text": "\n".join(f"## {s.heading}\n{s.text}" if s.heading else s.text
                                                             for s in a.sections)}, ensure_ascii=False) + "\n"
                               for a in ARTICLES), encoding="utf-8")
    lawnews.build_index([records], tmp_path / "index", rebuild=True, vectors=True)
    with lawnews.NewsIndex.open(tmp_path / "index") as ix:
        for query, semantic in (("法院怎样查找被执行人的财产？", None), ("执行 拍卖", True)):
            options = {"semantic": semantic, "limit": MANY}
            sections = ix.search(query, group="section", explain=True, **options)
            stories = ix.search(query, **options)
            every = ix.search(query, group="section", all_copies=True, explain=True, **options)
            assert any(h.copies > 1 for h in stories.hits)  # copies are left out
            assert sections.hits and all(h.explanation[-1][0] == "vector" for h in sections.hits)  # ranked by meaning
            _agree(sections, stories, every)
