"""Exclusion is per article, and totals, pages and facet counts describe exactly the
hits one can page through: on the plain path (Whoosh matchers and term-at-a-time)
and on the numpy path of large indexes (forced by lowering its threshold).
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawnews.search import searcher as searcher_module

#: Words of the bundled corpus without taxonomy synonyms (so that the query and
#: the word searched alone match the same sections).
WORDS = ["湖南", "湖北", "法院", "执行", "案件", "破产", "调解", "石门", "长沙", "荆州",
         "财产", "拍卖", "营商环境", "常德", "诉讼", "交叉", "失信", "商丘"]
FACETS = {"province": "provinces", "city": "cities", "court": "courts", "mechanism": "mechanisms"}


def every_hit(ix, query, per_page=10, **options):
    """``(first page's results, every hit over all pages)``."""
    first = ix.search(query, limit=per_page, **options)
    hits = list(first.hits)
    offset = per_page
    while offset < first.total + per_page:
        page = ix.search(query, limit=per_page, offset=offset, **options)
        assert page.total == first.total and page.facets == first.facets
        hits += page.hits
        offset += per_page
    return first, hits


def articles_with(ix, word):
    """The articles that have a section matching ``word`` (the word alone, literally)."""
    _res, hits = every_hit(ix, word, per_page=100, group="section", expand=False)
    return {h.article_id for h in hits}


def assert_consistent(results, hits, selected=()):
    """Total = the hits one can page through, no article twice, facets = counts over them."""
    ids = [h.article_id for h in hits]
    assert len(ids) == len(set(ids)), "an article is listed twice"
    assert results.total == len(hits)
    assert results.total_sections == sum(h.matched_sections for h in hits)
    for facet, attr in FACETS.items():
        if facet in selected:  # a facet's counts ignore its own selection
            continue
        want = Counter(v for h in hits for v in getattr(h, attr))
        assert results.facets[facet] == dict(want), facet


@pytest.fixture(params=["plain", "columnar"])
def ix(request, corpus_index, monkeypatch):
    limit = 10**9 if request.param == "plain" else 0
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", limit)
    return corpus_index


@pytest.mark.parametrize("query", ["交叉执行 NOT 湖北", "交叉执行 -湖南", "执行 ANDNOT 湖南",
                                   "(执行 OR 破产) AND NOT 湖南", "执行 -(湖南 OR 荆州)"])
def test_excluding_a_word_excludes_every_article_that_has_it(ix, query) -> None:
    excluded = query.split("NOT" if "NOT" in query else "-")[-1].strip(" ()")
    words = [w.strip("() ") for w in excluded.split("OR")]
    banned = set().union(*(articles_with(ix, w) for w in words))
    results, hits = every_hit(ix, query, per_page=1)
    assert hits, "the query should still find something"
    assert banned.isdisjoint(h.article_id for h in hits)
    assert_consistent(results, hits)


def test_an_article_with_one_excluded_section_is_not_ranked(ix) -> None:
    hubei = articles_with(ix, "湖北")
    assert hubei
    found = {h.article_id for h in ix.search("交叉执行", limit=50).hits}
    assert found & hubei  # the 湖北 article talks of 交叉执行 …
    assert not {h.article_id for h in ix.search("交叉执行 NOT 湖北", limit=50).hits} & hubei


def test_a_page_shows_what_the_total_counts(ix) -> None:
    results = ix.search("交叉执行 -湖南", limit=10)
    assert len(results.hits) == results.total
    assert "湖南省" not in results.facets["province"]


def test_nested_exclusion_is_per_article_too(ix) -> None:
    changsha = articles_with(ix, "长沙")
    results, hits = every_hit(ix, "执行 AND (法院 NOT 长沙)", per_page=3)
    assert hits and changsha.isdisjoint(h.article_id for h in hits)
    assert_consistent(results, hits)


@pytest.mark.parametrize("sort", ["date", "date-asc"])
def test_sorted_by_date_an_excluded_article_is_not_listed(ix, sort) -> None:
    results, hits = every_hit(ix, "交叉执行 -湖南", per_page=1, sort=sort)
    assert articles_with(ix, "湖南").isdisjoint(h.article_id for h in hits)
    assert_consistent(results, hits)


def test_excluding_by_section_grouping_counts_sections(ix) -> None:
    results, hits = every_hit(ix, "执行 -湖南", per_page=4, group="section")
    assert results.total == len(hits) == len({(h.article_id, h.section_no) for h in hits})
    assert articles_with(ix, "湖南").isdisjoint(h.article_id for h in hits)


# -- property: any boolean query ---------------------------------------------------------

words = st.sampled_from(WORDS)


@st.composite
def positive(draw, depth=2):
    if depth == 0 or draw(st.booleans()):
        return draw(words)
    parts = draw(st.lists(positive(depth - 1), min_size=2, max_size=3))
    op = draw(st.sampled_from([" OR ", " AND ", " "]))
    inner = op.join(parts)
    if draw(st.booleans()):  # a nested exclusion inside the group
        inner += " NOT " + draw(words)  # (Whoosh reads -word only at the top level)
    return f"({inner})"


@st.composite
def boolean_query(draw):
    query = draw(positive())
    excluded = draw(st.lists(words, max_size=2, unique=True))
    for w in excluded:
        query += draw(st.sampled_from([f" NOT {w}", f" -{w}", f" ANDNOT {w}"]))
    return query, excluded


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(boolean_query(), st.sampled_from([3, 10]), st.sampled_from([None, "湖南", "湖北"]),
       st.sampled_from(["relevance", "date"]))
def test_totals_and_facets_describe_the_hits_of_any_query(ix, case, per_page, province, sort) -> None:
    query, excluded = case
    selected = {"province": province} if province else {}
    results, hits = every_hit(ix, query, per_page=per_page, sort=sort, **selected)
    assert_consistent(results, hits, selected)
    for w in excluded:
        assert articles_with(ix, w).isdisjoint(h.article_id for h in hits), w
    if province:
        assert all(f"{province}省" in h.provinces for h in hits)


@pytest.mark.parametrize("name", ["湖南", "荆州", "湖南高院", "交叉执行"])
def test_excluding_a_named_place_court_or_mechanism_leaves_out_exactly_what_it_finds(ix, name):
    found = {h.article_id for h in every_hit(ix, name, per_page=100)[1]}
    courts = {h.article_id for h in every_hit(ix, "法院", per_page=100)[1]}
    for query in (f"法院 -{name}", f"法院 NOT {name}", f"(法院 -{name})"):
        results, hits = every_hit(ix, query, per_page=7)
        assert_consistent(results, hits)
        assert {h.article_id for h in hits} == courts - found, query
    results, hits = every_hit(ix, f"{name} AND 法院", per_page=7)
    assert {h.article_id for h in hits} == courts & found  # what the plain query `name 法院` finds
