"""Trends: matching stories per facet value and period (lawnews/landscape.py,
search/landscape.py), checked against the facet counts of the same query and filters
and against a brute-force count over the parsed articles; the ``trends`` command."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.landscape import BY, EVERY

import dated_corpus as D


@pytest.fixture(scope="module")
def dated_dir(tmp_path_factory):
    return D.dated_index(tmp_path_factory)


@pytest.fixture()
def dated(dated_dir):
    with lawnews.NewsIndex.open(dated_dir) as ix:
        yield ix


def sums(t: lawnews.Trends) -> dict[str, int]:
    return {s.value: sum(s.counts) + s.undated for s in t.series}


# -- the counts ---------------------------------------------------------------------

@pytest.mark.parametrize("by", BY)
@pytest.mark.parametrize("copies", [False, True])
def test_a_values_counts_over_periods_and_undated_are_its_facet_count(dated, by, copies):
    for query, flt in [("", {}), ("执行", {}), ("", {"province": "湖南"}), ("法院", {"mechanism": "执转破"}),
                       ("交叉执行 OR 诉源治理", {"source": "法治日报"}), ("", {"year": "2023"})]:
        t = dated.trends(query, by=by, copies=copies, **flt)
        facets = dated.facets(query, all_copies=copies, **flt)
        expected = facets["facets"][by]
        if by in t.filters:  # a filter on the facet counted by keeps its selected values alone
            expected = {v: n for v, n in expected.items() if v in t.filters[by]}
        assert sums(t) == expected, (query, flt)
        assert all(s.total == sum(s.counts) + s.undated for s in t.series)
        assert t.total == facets["total"] == sum(t.totals) + t.undated


@pytest.mark.parametrize("by", BY)
def test_on_the_bundled_corpus_the_counts_are_the_facet_counts(corpus_index, by):
    for query in ("", "执行", "交叉执行"):
        t = corpus_index.trends(query, by=by)
        facets = corpus_index.facets(query)
        assert sums(t) == facets["facets"][by]
        assert t.total == facets["total"] == sum(t.totals) + t.undated


@pytest.mark.parametrize("every", EVERY)
@pytest.mark.parametrize("copies", [False, True])
@pytest.mark.parametrize("by", ["province", "mechanism", "court", "source"])
def test_counts_per_period_are_the_brute_force_counts(dated, tmp_path_factory, every, copies, by):
    articles = D.parsed(tmp_path_factory)
    story_of = D.stories_of(dated, copies)
    assert D.trend_cells(dated.trends(by=by, every=every, copies=copies)) == \
        D.brute_force(articles, story_of, by, every)


def test_a_query_counts_the_articles_search_finds(dated, tmp_path_factory):
    found = {h.article_id for h in dated.search("诉源治理", all_copies=True, limit=1000).hits}
    articles = [a for a in D.parsed(tmp_path_factory) if a.id in found]
    assert D.trend_cells(dated.trends("诉源治理", by="city", copies=True)) == \
        D.brute_force(articles, D.stories_of(dated, True), "city", "month")


def months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_periods_are_ascending_and_have_no_gaps(dated, tmp_path_factory):
    days = sorted(a.date for a in D.parsed(tmp_path_factory) if a.date)
    assert dated.trends(every="month", copies=True).periods == tuple(months(days[0][:7], days[-1][:7]))
    assert dated.trends(every="quarter").periods[:5] == ("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1")
    assert dated.trends(every="year", copies=True).periods == ("2022", "2023", "2024", "2025")
    assert dated.trends(every="year").periods == ("2022", "2023", "2024")  # 2025 has reposts alone
    t = dated.trends(every="month", court="荆州中院")
    assert t.periods == tuple(months(t.periods[0], t.periods[-1])) and len(t.periods) > 12


def test_undated_stories_are_counted_apart(dated, tmp_path_factory):
    dates: dict[str, list[str | None]] = {}
    for a in D.parsed(tmp_path_factory):
        dates.setdefault(D.stories_of(dated, False)[a.id], []).append(a.date)
    t = dated.trends(by="source")
    assert t.undated == sum(1 for ds in dates.values() if not any(ds)) > 0
    assert sum(t.totals) == sum(1 for ds in dates.values() if any(ds))


def test_a_story_counts_once_at_its_first_copy_and_copies_each_at_its_own_date(tmp_path):
    story = D.records(stories=1, reposts=0)[0]
    lead = dict(story, date="2024-01-20", source="法治日报")
    repost = dict(story, id="again", text=D.NAV + story["text"], date="2024-03-02", source="某某网")
    D.write(tmp_path / "two.jsonl", [lead, repost])
    lawnews.build_index([tmp_path / "two.jsonl"], tmp_path / "ix", rebuild=True)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("").total == 1  # grouped as one story
        stories = ix.trends(by="source")
        assert stories.periods == ("2024-01", "2024-02", "2024-03") and stories.totals == (1, 0, 0)
        assert {s.value: s.counts for s in stories.series} == {"法治日报": (1, 0, 0), "某某网": (0, 0, 1)}
        copies = ix.trends(by="source", copies=True)
        assert copies.totals == (1, 0, 1) and copies.total == 2


def test_the_empty_query_counts_every_article(dated):
    assert dated.trends().total == dated.search("").total == 240
    assert dated.trends(copies=True).total == dated.stats()["articles"] == 280


def test_a_query_without_hits_gives_an_empty_table(dated):
    t = dated.trends("量子纠缠", by="province")
    assert (t.periods, t.series, t.totals, t.total, t.undated) == ((), (), (), 0, 0)
    t = dated.trends("执行", province="湖南", year="2022", court="杭州中院")
    assert t.total == 0 and t.series == ()


def test_a_query_no_article_fully_matches_is_relaxed_as_search_relaxes_it(dated):
    t = dated.trends("交叉执行 量子纠缠")
    assert t.relaxed and t.total == dated.facets("交叉执行 量子纠缠")["total"] > 0


def test_top_keeps_the_largest_values_and_the_totals_count_every_story(dated):
    every = dated.trends(by="court")
    top = dated.trends(by="court", top=3)
    assert [s.value for s in top.series] == [s.value for s in every.series][:3]
    assert top.totals == every.totals and top.values == every.values == 9
    assert [s.total for s in every.series] == sorted((s.total for s in every.series), reverse=True)


def test_a_filter_on_the_facet_counted_by_keeps_its_values(dated):
    t = dated.trends(by="province", province=["湖南", "湖北"])
    assert {s.value for s in t.series} == {"湖南省", "湖北省"}
    assert t.filters["province"] == ("湖南省", "湖北省")


def test_the_numpy_and_whoosh_evaluations_count_the_same(dated, monkeypatch):
    """A query the numpy evaluation does not take is evaluated as search does without it."""
    from lawnews.search.columnar import Columns

    queries = ["执行 -拍卖", "法院 执行", "交叉执行 OR 执转破", '"新闻发布会"']
    numpy = [dated.trends(q, by="mechanism") for q in queries]
    monkeypatch.setattr(Columns, "evaluate", staticmethod(lambda searcher, q: None))
    assert [dated.trends(q, by="mechanism") for q in queries] == numpy
    assert all(t.total for t in numpy)


@pytest.mark.parametrize("bad, message", [
    ({"by": "year"}, "by must be one of mechanism, province, city, county, court, court_level, source, not 'year'"),
    ({"every": "week"}, "every must be one of month, quarter, year, not 'week'"),
    ({"top": 0}, "top must be 1 or more"),
    ({"province": "火星"}, "unknown province '火星'"),
])
def test_bad_arguments_raise_errors_naming_what_is_accepted(dated, bad, message):
    with pytest.raises(lawnews.InvalidArgumentError, match=message.replace("(", r"\(")):
        dated.trends("执行", **bad)


def test_the_module_function_opens_an_index_dir(dated_dir):
    assert lawnews.trends("执转破", index_dir=dated_dir, by="province").total == \
        lawnews.search("执转破", index_dir=dated_dir).total


def test_to_dict_is_json_with_the_series(dated):
    data = json.loads(json.dumps(dated.trends(by="province", every="year").to_dict(), ensure_ascii=False))
    assert data["periods"] == ["2022", "2023", "2024"]
    assert {s["value"] for s in data["series"]} >= {"湖南省", "湖北省"}
    assert set(data) >= {"query", "by", "every", "copies", "periods", "series", "totals", "total", "undated"}
