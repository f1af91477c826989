"""A place given as a filter of another region level (a city as --province, a city as
--county, a province as --city) is an error saying which level it is and the filter
that names it, instead of provinces spelt alike (--province 广州: 贵州省, 广东省)."""

from __future__ import annotations

import pytest

from lawnews import UnknownFacetError
from support import memory_index

ARTICLES = [{"id": "r1", "title": "长沙诉源治理", "text": "湖南省长沙市芙蓉区人民法院推进诉源治理，诉前调解纠纷一百件。"},
            {"id": "r2", "title": "贵州执行", "text": "贵州省贵阳市中级人民法院开展集中执行。"}]


@pytest.mark.parametrize("facet, value, level, named", [
    ("province", "长沙", "city", "长沙市"),
    ("province", "芙蓉区", "county", "芙蓉区"),
    ("county", "贵阳", "city", "贵阳市"),
    ("county", "湖南", "province", "湖南省"),
    ("city", "湖南", "province", "湖南省"),
])
def test_a_place_of_another_level_names_its_filter(facet, value, level, named):
    with memory_index(ARTICLES) as ix:
        with pytest.raises(UnknownFacetError) as e:
            ix.search("诉源治理", **{facet: value})
    assert f"is no {facet} but a {level}" in str(e.value) and named in str(e.value)
    assert (e.value.facet, e.value.value, e.value.known) == (facet, value, (named,))


def test_a_place_of_no_level_still_lists_the_values_spelt_alike():
    with memory_index(ARTICLES) as ix:
        with pytest.raises(UnknownFacetError) as e:
            ix.search("诉源治理", province="火星")
    assert "is no province" not in str(e.value)
