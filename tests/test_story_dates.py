"""The date of a story: a story (an article and its reposts) is dated by its earliest
matching copy, in search (``--from``/``--to``, ``date:``, ``--year``), facets (year),
trends, profile and first reports alike; with every copy counted, each article by its
own date. So every trends and profile cell, and every year facet value, is the total of
the search it links to.

Made-up articles: a story first printed in 2020 and reposted in 2021, a story of 2021
reposted in 2022 and once without a date, and single articles of 2020 and 2021.
"""

from __future__ import annotations

import json
import re

import pytest

from lawnews import NewsIndex
from lawnews.search import searcher as searcher_module
from support import run_cli
from test_reposts import OTHER, STORY, article

CHANGDE = ("本报讯 为破解执行难题，常德市鼎城区人民法院推行诉源治理，在全区十二个乡镇设立调解工作站，"
           "由法官、人民调解员和网格员共同化解矛盾纠纷。今年一至九月，工作站共受理纠纷八百六十件，"
           "调解成功七百二十件，进入诉讼程序的案件同比下降百分之二十三。鼎城区法院还与司法局、妇联建立"
           "联调机制，对婚姻家庭、邻里纠纷开展上门调解，做到小事不出村、大事不出镇。下一步，该院将推广"
           "线上调解平台，让群众少跑腿，把矛盾化解在萌芽状态。")

ARTICLES = [
    article("jz", STORY, date="2020-05-10", source="法治日报"),
    article("jz-repost", "（来源：法治日报）\n" + STORY, title="【转载】荆州法院交叉执行化解积案",
            date="2021-03-02", source="人民法院报"),
    article("yy", OTHER, title="岳阳法院交叉执行", date="2021-07-01", source="人民法院报"),
    article("cs", "长沙市中级人民法院推进交叉执行工作，开展集中执行活动，执行到位金额一千万元。",
            title="长沙中院集中执行", date="2020-09-01", source="法治日报"),
    article("cd", CHANGDE, title="鼎城法院诉源治理", date="2021-11-20", source="常德日报"),
    article("cd-repost", "（来源：常德日报）\n" + CHANGDE, title="【转载】鼎城法院诉源治理",
            date="2022-02-01", source="人民法院报"),
    article("cd-undated", CHANGDE + "（转载）", title="鼎城法院诉源治理（转载）", source="法治网"),
]
QUERY = "法院"
FILTERS = [{}, {"province": "湖南"}, {"source": "人民法院报"}, {"mechanism": "交叉执行"}]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("storydates") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    return path


@pytest.fixture(params=["one pass", "arrays"])
def ix(request, index_dir, monkeypatch):
    """The index, searched term at a time or on numpy arrays (as a large index is)."""
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 10**9 if request.param == "one pass" else 0)
    with NewsIndex.open(index_dir) as opened:
        yield opened


def test_the_stories_are_grouped(ix):
    assert ix.search(QUERY).total == 4
    assert ix.search(QUERY, all_copies=True).total == 7


def test_a_dated_search_lists_a_story_in_the_range_of_its_earliest_matching_copy(ix):
    for dated in (dict(start="2021", end="2021"), dict(year="2021")):
        assert sorted(h.article_id for h in ix.search(QUERY, **dated).hits) == ["cd", "yy"]
    assert sorted(h.article_id for h in ix.search(f"{QUERY} date:2021").hits) == ["cd", "yy"]
    assert sorted(h.article_id for h in ix.search(f"{QUERY} date:[2021-01 TO 2021-12]").hits) == ["cd", "yy"]
    # a repost of a story first printed before the range is reached with every copy counted
    copies = ix.search(QUERY, start="2021", end="2021", all_copies=True)
    assert sorted(h.article_id for h in copies.hits) == ["cd", "jz-repost", "yy"]
    # a filter only the repost passes dates the story by the repost
    assert sorted(h.article_id for h in ix.search(QUERY, start="2021", end="2021", source="人民法院报").hits) == [
        "jz-repost", "yy"]
    assert sorted(h.article_id for h in ix.search(QUERY, start="2020", end="2020").hits) == ["cs", "jz"]


def test_the_year_facet_counts_each_story_in_its_year(ix):
    years = ix.facets(QUERY)["facets"]["year"]
    assert years == {"2021": 2, "2020": 2}
    assert ix.facets(QUERY, all_copies=True)["facets"]["year"] == {"2022": 1, "2021": 3, "2020": 2}
    assert ix.facets(QUERY, start="2021", end="2022")["facets"]["year"] == {"2021": 2}


def test_a_value_counts_the_stories_whose_first_copy_with_it_is_in_the_range(ix):
    dated = ix.search(QUERY, start="2021", end="2022")
    assert sorted(h.article_id for h in dated.hits) == ["cd", "yy"]
    # 人民法院报 first printed 荆州's story in 2021 (its lead, in 2020, was 法治日报's): choosing it lists three
    assert dated.facets["source"] == {"人民法院报": 3, "常德日报": 1}
    assert ix.search(QUERY, start="2021", end="2022", source="人民法院报").total == 3


def _searched(ix, **options):
    return ix.search(QUERY, limit=0, **options).total


@pytest.mark.parametrize("all_copies", [False, True], ids=["stories", "every copy"])
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "no filter")
def test_every_cell_and_year_is_the_total_of_the_search_it_links_to(ix, all_copies, filters):
    for bounds in ({}, {"start": "2021", "end": "2022"}):
        t = ix.trends(QUERY, by="source", every="year", all_copies=all_copies, **bounds, **filters)
        assert t.periods, (bounds, filters)
        for i, period in enumerate(t.periods):
            assert t.totals[i] == _searched(ix, start=period, end=period, all_copies=all_copies, **filters)
            for s in t.series:
                chosen = {**filters, "source": s.value}
                assert s.counts[i] == _searched(ix, start=period, end=period, all_copies=all_copies, **chosen), (
                    period, s.value, bounds)
        assert sum(t.totals) + t.undated == _searched(ix, all_copies=all_copies, **bounds, **filters)
        others = {k: v for k, v in filters.items() if k != "source"}
        for s in t.series:
            p = ix.profile(f"source:{s.value}", query=QUERY, every="year", all_copies=all_copies, **bounds,
                           **others)
            for i, period in enumerate(p.trend.periods):
                assert p.trend.totals[i] == _searched(ix, start=period, end=period, all_copies=all_copies,
                                                      **{**others, "source": s.value}), (s.value, period)
        facets = ix.facets(QUERY, all_copies=all_copies, **bounds, **filters)["facets"]
        years = facets["year"]
        for year, n in years.items():
            assert n == _searched(ix, year=year, all_copies=all_copies, **bounds, **filters), (year, bounds)
        for facet in ("source", "province", "mechanism"):  # choosing a value lists that many
            if facet not in filters:
                for value, n in facets[facet].items():
                    assert n == _searched(ix, all_copies=all_copies, **bounds, **{**filters, facet: value}), (
                        facet, value, bounds)
        assert sum(years.values()) <= _searched(ix, all_copies=all_copies, **bounds, **filters)


def test_first_reports_and_profiles_date_a_story_as_search_does(ix):
    first = {r.value: r for r in ix.first(QUERY, by="province", start="2021").reported}
    assert first["湖南省"].date == "2021-07-01"  # 岳阳; 荆州's story was first printed in 2020
    assert "湖北省" not in first
    p = ix.profile("province:湖北", every="year", start="2021", end="2022")
    assert p.total == 0 and [h.article_id for h in p.latest] == []
    p = ix.profile("province:湖北", every="year", start="2021", end="2022", all_copies=True)
    assert p.total == 1 and [h.article_id for h in p.latest] == ["jz-repost"]


def _json(*args):
    return json.loads(run_cli(*args).stdout)


def test_the_commands_agree_on_the_year_of_a_story(index_dir):
    at = ("--index-dir", str(index_dir))
    trends = _json("trends", QUERY, "--by", "source", "--every", "year", "--json", *at)
    by_year = dict(zip(trends["periods"], trends["totals"]))
    assert by_year == {"2020": 2, "2021": 2, "2022": 0}
    facets = _json("facets", QUERY, "--json", *at)
    assert facets["facets"]["year"] == {"2021": 2, "2020": 2}
    for year, n in by_year.items():
        assert _json("search", QUERY, "--from", year, "--to", year, "--json", *at)["total"] == n
        assert _json("search", QUERY, "--year", year, "--json", *at)["total"] == n
    assert _json("search", QUERY, "--from", "2021", "--to", "2021", "--all-copies", "--json", *at)["total"] == 3


def test_the_web_trends_cells_link_to_searches_of_that_many(index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(index_dir)) as client:
        for params in ({"q": QUERY, "by": "source", "every": "year"},
                       {"q": QUERY, "by": "source", "every": "year", "all_copies": "1"}):
            page = client.get("/trends", params=params).text
            cells = re.findall(r'<td class="n"><a href="([^"]+)">(\d+)</a>', page)
            assert len(cells) > 5
            for href, n in cells:
                found = client.get(href.replace("&amp;", "&") + "&format=json").json()
                assert found["total"] == int(n), href
