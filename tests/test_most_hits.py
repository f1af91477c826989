"""A search asked for at most ``most`` hits (what NewsIndex.search_all runs) gives the
ranked hits when no more match, and the counts alone when more do: the same on every
way a query is evaluated (Whoosh's matchers, term at a time, numpy arrays) and counted
(stories, or sections with group="section")."""

from __future__ import annotations

import pytest

import lawnews

ARTICLES = [
    {"id": f"m{i}", "title": f"执行报道{i}", "text": f"法院执行工作第{i}项进展。\n\n执行干警走访当事人，执行到位。"}
    for i in range(4)
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("most") / "ix"
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    return path


@pytest.mark.parametrize("long_running", [False, True])
@pytest.mark.parametrize("query", ["执行", "执行 OR 走访", "执行 -走访"])
def test_at_most_as_many_as_match_gives_the_hits_and_fewer_the_counts_alone(index_dir, long_running, query):
    with lawnews.NewsIndex.open(index_dir, long_running=long_running) as ix:
        every = ix.search(query, limit=100)
        n = every.total
        found = ix.search_all(query, most=n) if n else None
        if n:
            assert [h.article_id for h in found.hits] == [h.article_id for h in every.hits]
            cut = ix._search(query, limit=n - 1, most=n - 1) if n > 1 else None
            if cut is not None:
                assert cut.total == n and cut.hits == () and cut.facets == every.facets


@pytest.mark.parametrize("long_running", [False, True])
def test_sections_are_what_most_counts_when_grouped_by_section(index_dir, long_running):
    with lawnews.NewsIndex.open(index_dir, long_running=long_running) as ix:
        sections = ix.search("执行", group="section", limit=100)
        n = sections.total
        assert n == sections.total_sections and n > 1
        assert ix._search("执行", group="section", limit=n - 1, most=n - 1).hits == ()
        assert len(ix._search("执行", group="section", limit=100, most=sections.total).hits) == sections.total


@pytest.mark.parametrize("options, units", [({}, "stories"), ({"all_copies": True}, "articles"),
                                            ({"group": "section"}, "sections")])
def test_too_many_hits_says_what_its_total_counts(index_dir, options, units):
    with lawnews.NewsIndex.open(index_dir) as ix:
        total = ix.search("执行", **options).total
        with pytest.raises(lawnews.TooManyHitsError) as caught:
            ix.search_all("执行", most=1, **options)
    assert caught.value.total == total
    assert str(caught.value).startswith(f"{total} {units} match")
