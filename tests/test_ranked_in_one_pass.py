"""A query all of whose words are required (no ``OR``, nothing excluded) is ranked as Whoosh
ranks it, from the one pass that counts it: the same hits in the same order with the same
scores, to the last bit, as Whoosh's own ranking of every match within the filters
(``searcher.search(q, limit=None, filter=…)``), grouped by story, article or section; and
the same totals, facet counts, region tree and snippets as the path that counts with Whoosh
and ranks with a second Whoosh search. Its words, phrases, fields, boosts and dates are
evaluated once, and the filters not at all, for a search that finds something. Texts are
made up for the purpose."""

from __future__ import annotations

from dataclasses import replace

import pytest
from whoosh import query as Q

import lawnews
from support import sectioned_article
from lawnews.search import searcher as searcher_module
from lawnews.search import taat

HN_ONE = ("本报讯 常德市中级人民法院近日召开执行工作推进会，通报全市法院开展涉企执行积案清理的情况。"
          "会议要求各基层法院对标对表，把清理积案作为当前的重点工作来抓。")
HN_TWO = ("今年以来，全市法院执行干警共执结涉企案件六百余件，执行到位金额二亿三千万元。"
          "对拒不履行的被执行人，法院依法采取司法拘留、限制高消费等执行措施，执行威慑明显增强，"
          "执行联动机制日益完善，执行质效稳步提升。")
HN_MORE = "执行局负责人表示，下一步将持续开展执行攻坚，依法拍卖被执行人财产，确保执行到位。"
NAV = "首页 > 法院动态 > 正文 分享到：微信 微博 "
JZ = ("荆州市沙市区人民法院开展交叉执行，与公安县人民法院互派执行干警，办理长期未结的执行案件。"
      "两院共执结案件四十二件，执行到位金额一千六百万元，其中一处查封的厂房经网络拍卖成交。")
JZ_TWO = "交叉执行期间，两院建立线索共享机制，每周通报一次进展，疑难案件由荆州市中级人民法院督办。"
YY = ("岳阳市中级人民法院聚焦涉企执行积案，指定十二家基层法院对一百零六件案件交叉执行，"
      "通过网络查控、悬赏公告和司法拘留等措施，促成和解四十一件，执行到位一亿二千万元。")
LX = ("澧县人民法院开展夏季执行攻坚行动，执行局全体干警利用清晨和节假日蹲守被执行人，"
      "对名下有车辆的被执行人通过交警部门查扣车辆，行动期间执结案件五十四件。")
LX_TWO = ("该院同时推行执行案件繁简分流，查封的房产依法进行网络拍卖，拍卖款及时发放给申请人，"
          "疑难案件由院领导包案督办，每月通报执行进展。")
SM = ("石门县人民法院近日集中清理涉民生执行积案，执行干警分成四组走访被执行人所在村组，"
      "逐户核实财产线索，共执结案件八十六件，兑现农民工工资二百余万元。")
ZZ = ("株洲市中级人民法院与市自然资源局签订执行协作协议，对被查封的不动产实行网络拍卖前的联合核查，"
      "拍卖成交后三十日内办结过户，当年拍卖房产一百二十套。")


_article = sectioned_article


STORIES = [
    # a story of three copies: its lead (the earliest) matches in both its sections, the second
    # the better; a later copy says more of execution, so that it, not the lead, ranks the story
    _article("hn-paper", "常德法院清理涉企执行积案", [("推进会", HN_ONE), ("成效", HN_TWO)], "2024-03-01", "常德日报"),
    _article("hn-portal", "【转载】常德法院清理涉企执行积案", [("推进会", NAV + HN_ONE), ("成效", HN_TWO + HN_MORE)],
             "2024-03-02", "某某网"),
    _article("hn-mirror", "常德法院清理涉企执行积案", [("推进会", HN_ONE), ("成效", HN_TWO)], None, "聚合资讯"),
    # a story of two copies on one day
    _article("jz", "荆州两院交叉执行", [("交叉执行", JZ), ("机制", JZ_TWO)], "2024-05-10", "荆州日报"),
    _article("jz-repost", "【转载】荆州两院交叉执行", [("交叉执行", JZ + "网络拍卖、网络拍卖，拍卖款已发放。"), ("机制", JZ_TWO)],
             "2024-05-10", "湖北法治网"),
]
ALONE = [
    _article("yy", "岳阳中院交叉执行涉企积案", [(None, YY)], "2023-11-02", "湖南日报"),
    _article("lx", "澧县法院夏季执行攻坚", [("攻坚", LX), ("分流", LX_TWO)], None, "澧县法院网"),
    _article("sm", "石门法院清理涉民生执行积案", [(None, SM)], "2024-05-10", "石门日报"),
    _article("zz", "株洲中院执行协作", [(None, ZZ)], "2023-11-02", "株洲日报"),
]
ARTICLES = STORIES + ALONE

QUERIES = ["执行 法院", "法院 执行 湖南", "执行 拍卖", '"执行到位" 法院', "title:执行 法院", "执行^3 拍卖",
           "(执行 拍卖)^2 法院", "交叉执行 湖南", "执行 date:[2024-01-01 TO 2024-12-31]", "拍卖 court:荆州中院",
           "text:执行 heading:成效", "执行"]
SORTS = ["relevance", "date", "date-asc"]
MANY = 1000


@pytest.fixture(scope="module", params=["reposts", "no-reposts"])
def ix(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    with lawnews.NewsIndex.create(folder / "index") as made:
        made.add_articles(ARTICLES if request.param == "reposts" else [STORIES[0], STORIES[3], *ALONE])
    with lawnews.NewsIndex.open(folder / "index") as opened:
        yield opened


def test_the_made_up_reposts_are_stories(ix):
    held = {article.id for article in ix.articles()}
    if "hn-portal" in held:
        assert [c.article_id for c in ix.copies("hn-mirror")] == ["hn-paper", "hn-portal", "hn-mirror"]
        assert [c.article_id for c in ix.copies("jz-repost")] == ["jz", "jz-repost"]
    else:
        assert all(len(ix.copies(a)) == 1 for a in held)


def _filters(ix, query: str) -> list[dict[str, object]]:
    """No filter, each value of the facets a user picks most that the query's stories have,
    and two values of one facet with a value of another."""
    facets = ix.search(query, limit=0).facets
    one = [{name: value} for name in ("source", "year", "province", "court") for value in facets[name]]
    two = ([{"year": list(facets["year"])[:2], "province": list(facets["province"])[0]}]
           if len(facets["year"]) > 1 and facets["province"] else [])
    return [{}, *one, *two]


def whoosh_query(ix, query: str) -> Q.Query:
    """``query`` as the searcher reads it into a Whoosh query."""
    searcher = ix._searcher
    searcher._refresh()
    return searcher._exclude(searcher._parsed(query, searcher._expansion(True), require_all=True))


def whoosh_ranking(ix, query: str, filters: dict, sort: str) -> list[tuple[int, float]]:
    """``(docnum, score)`` of every section matching ``query`` within the filters, as Whoosh's own
    search ranks (or sorts) them all, with its scores (0.0 when sorted)."""
    searcher = ix._searcher
    whoosh = searcher._current()
    q = whoosh_query(ix, query)
    selected = searcher.normalize_filters(filters)
    within = Q.And([Q.Or([Q.Term(name, v) for v in values]) for name, values in selected.items()]) if selected else None
    found = whoosh.search(q, limit=None, filter=within, **searcher_module.SORTS[sort])
    return [(d, float(score) if sort == "relevance" else 0.0) for d, score in found.items()]


def expected(ix, query: str, filters: dict, sort: str, group: str, all_copies: bool) -> list[tuple[str, int, float]]:
    """``(article id, section number, score)`` of every hit, in order, from Whoosh's ranking:
    a story (an article, with ``all_copies``) ranks where its first section does, with that
    section's score; it shows the copy a user is shown (its lead when the lead matches, else its
    first matching copy) at the best-ranked section of that copy; sorted by date, only the
    sections of the copy shown sort it. By section, every section ranks, those of the copies
    a story does not show left out."""
    whoosh = ix._searcher._current()
    ranked = [(d, score, whoosh.stored_fields(d)) for d, score in whoosh_ranking(ix, query, filters, sort)]
    matching = {stored["article_id"] for _d, _s, stored in ranked}
    copies = {a: [c.article_id for c in ix.copies(a)] for a in matching}

    def shown(article: str) -> str:
        return article if all_copies else next(c for c in copies[article] if c in matching)

    def hit(stored, score) -> tuple[str, int, float]:
        return stored["article_id"], stored["section_no"], score

    if group == "section":
        return [hit(stored, score) for _d, score, stored in ranked if shown(stored["article_id"]) == stored["article_id"]]
    hits: dict[str, tuple[str, int, float]] = {}
    for _d, score, stored in ranked:
        article = stored["article_id"]
        key = article if all_copies else copies[article][0]
        if key in hits or (sort != "relevance" and shown(article) != article):
            continue
        best = next(s for _d2, _s2, s in ranked if s["article_id"] == shown(article))
        hits[key] = hit(best, score)
    return list(hits.values())


def _seen(results) -> list[tuple[str, int, float]]:
    return [(h.article_id, h.section_no, h.score) for h in results.hits]


@pytest.mark.parametrize("query", QUERIES)
def test_hits_are_whoosh_ranking_of_every_match(ix, query):
    for filters in _filters(ix, query):
        for sort in SORTS:
            for group in ("article", "section"):
                for all_copies in (False, True):
                    said = f"{query!r} {filters} {sort} {group} all_copies={all_copies}"
                    want = expected(ix, query, filters, sort, group, all_copies)
                    got = ix.search(query, sort=sort, group=group, all_copies=all_copies, limit=MANY, **filters)
                    assert _seen(got) == want, said  # scores compared with ==: the same floats
                    assert got.total == len(want), said
                    if filters not in _filters(ix, query)[:2]:
                        continue
                    paged = [h for offset in range(0, len(want), 3)
                             for h in ix.search(query, sort=sort, group=group, all_copies=all_copies, limit=3,
                                                offset=offset, **filters).hits]
                    assert [(h.rank, *_seen_one(h)) for h in paged] == \
                        [(rank, *h) for rank, h in enumerate(want, 1)], said


def _seen_one(hit) -> tuple[str, int, float]:
    return hit.article_id, hit.section_no, hit.score


def _shown(results) -> tuple:
    """What a search says of its matches beside its hits."""
    return (results.total, results.total_sections, results.facets, results.regions, results.relaxed,
            results.suggestion)


@pytest.mark.parametrize("query", QUERIES)
def test_counts_and_snippets_are_those_of_whoosh_counting(ix, monkeypatch, query):
    """Against the path that counts with Whoosh's matchers and ranks with a second Whoosh search
    (taken for the query shapes that are not evaluated term at a time)."""
    chosen = _filters(ix, query)
    cases = [(filters, sort, group, all_copies) for filters in chosen[:4] + chosen[-1:] for sort in SORTS
             for group in ("article", "section") for all_copies in (False, True)]
    fast = [ix.search(query, sort=sort, group=group, all_copies=every, limit=MANY, explain=True, **filters)
            for filters, sort, group, every in cases]
    real = taat.evaluate
    monkeypatch.setattr(taat, "evaluate", lambda s, q, exact=False: None if exact else real(s, q))
    for (filters, sort, group, every), one in zip(cases, fast):
        said = f"{query!r} {filters} {sort} {group} all_copies={every}"
        counted = ix.search(query, sort=sort, group=group, all_copies=every, limit=MANY, explain=True, **filters)
        assert _shown(one) == _shown(counted), said
        assert [h.article_id for h in one.hits] == [h.article_id for h in counted.hits], said
        by_section = {(h.article_id, h.section_no): h for h in counted.hits}
        for hit in one.hits:  # the same section shows the same snippet, highlights and score parts
            same = by_section.get((hit.article_id, hit.section_no))
            if same is not None:
                assert replace(hit, rank=0) == replace(same, rank=0), said


# -- how often a search evaluates its query, and its filters ----------------------------

@pytest.mark.parametrize("query", [q for q in QUERIES if q != "执行"])
def test_a_query_of_required_words_is_evaluated_once_and_its_filters_not_at_all(ix, evaluations, query):
    for filters in _filters(ix, query):
        for group in ("article", "section"):
            said = f"{query!r} {filters} {group}"
            counted = evaluations(lambda: ix.search(query, group=group, **filters))
            assert counted == {"matches": 1, "ranked": 0, "filters": 0}, said


@pytest.mark.parametrize("query", ["执行", "执行 OR 拍卖", "执行 -拍卖"])
def test_a_broad_query_is_ranked_within_its_filters_without_evaluating_them(ix, evaluations, query):
    for filters in _filters(ix, query)[1:]:
        said = f"{query!r} {filters}"
        assert evaluations(lambda: ix.search(query, **filters))["filters"] == 0, said


@pytest.mark.parametrize("sort", ["date", "date-asc"])
def test_a_sorted_search_sorts_the_matches_of_its_filters_without_evaluating_them(ix, evaluations, sort):
    for filters in _filters(ix, "执行 法院")[1:]:
        said = f"{filters} {sort}"
        assert evaluations(lambda: ix.search("执行 法院", sort=sort, **filters))["filters"] == 0, said


@pytest.mark.parametrize("query", QUERIES)
def test_a_story_shows_the_best_matching_section_of_the_copy_it_shows(ix, query):
    """Whichever copy ranks a story, the copy shown (its lead when the lead matches) is shown at
    its best-matching section, the one it would be listed with, every copy's hit of its own."""
    for filters in _filters(ix, query):
        stories = ix.search(query, limit=MANY, **filters)
        best: dict[str, int] = {}
        for hit in ix.search(query, group="section", all_copies=True, limit=MANY, **filters).hits:
            best.setdefault(hit.article_id, hit.section_no)
        assert [(h.article_id, h.section_no) for h in stories.hits] == \
            [(h.article_id, best[h.article_id]) for h in stories.hits], (query, filters)
