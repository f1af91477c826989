"""The region facets are one hierarchy (province → city → county): a level's counts
ignore the filters of its own level and of the levels below it, so the tree never
shows a province with fewer articles than a city under it."""

from __future__ import annotations

import pytest

from lawnews.search import searcher as searcher_module


def _consistent(tree) -> None:
    for province, node in tree.items():
        for city, n in node["cities"].items():
            assert node["count"] >= n, (province, node["count"], city, n)


@pytest.mark.parametrize("columnar", [False, True], ids=["plain", "columnar"])
def test_a_city_filter_leaves_the_province_counts_as_the_cities_under_them(corpus_index, monkeypatch, columnar):
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    plain = corpus_index.search("执行")
    jingzhou = corpus_index.search("执行", city="荆州")
    assert 0 < jingzhou.total < plain.total
    # provinces and cities count as without the city filter: what else could be picked
    assert jingzhou.facets["province"] == plain.facets["province"]
    assert jingzhou.facets["city"] == plain.facets["city"]
    assert jingzhou.facets["province"]["湖南省"] > 0
    _consistent(jingzhou.regions)
    # the other facets count the selection itself
    assert jingzhou.facets["court"] != plain.facets["court"]
    assert max(jingzhou.facets["court"].values()) <= jingzhou.total
    assert "荆州区" in jingzhou.facets["county"] and "沙市区" in jingzhou.facets["county"]


@pytest.mark.parametrize("columnar", [False, True], ids=["plain", "columnar"])
def test_a_province_filter_still_narrows_the_city_counts(corpus_index, monkeypatch, columnar):
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    plain = corpus_index.search("执行")
    hunan = corpus_index.search("执行", province="湖南")
    assert hunan.facets["province"] == plain.facets["province"]
    assert hunan.facets["city"] and all(c not in {"荆州市", "武汉市"} for c in hunan.facets["city"])
    _consistent(hunan.regions)
    # a province and a city of another province: nothing matches, the tree stays whole
    both = corpus_index.search("执行", province="湖南", city="荆州")
    assert both.total == 0
    assert both.facets["province"] == plain.facets["province"]
    _consistent(both.regions)
