"""facets with nothing matching says so, naming the query and the filters as the index read
them, and lists no facet of no value (it listed every facet with a 0 beside it); --json keeps
its shape: total 0, every facet an empty mapping."""

from __future__ import annotations

import json

import pytest

from lawnews import NewsIndex
from support import run_cli


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets-none") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": f"f{i}", "title": f"诉源治理{i}", "text": f"{place}人民法院推进诉源治理。",
                          "date": "2024-03-0" + str(i + 1)}
                         for i, place in enumerate(["湖南省长沙市", "湖北省武汉市"])])
    return path


def test_no_match_is_said_with_no_empty_facets(index_dir):
    out = run_cli("facets", "子虚乌有的说法", "--strict", "--index-dir", str(index_dir)).output
    assert "no matching articles for '子虚乌有的说法'" in out, out
    assert "(0)" not in out and "(0 provinces)" not in out and "court" not in out, out


def test_no_match_names_the_filters_and_lists_only_the_values_left_to_pick(index_dir):
    out = run_cli("facets", "诉源治理", "--province", "江西", "--index-dir", str(index_dir)).output
    assert "no matching articles for '诉源治理' where province is 江西省" in out, out
    assert "湖南省  1" in out  # what else could be picked, as with hits
    assert "(0)" not in out, out


def test_no_match_in_a_range_says_the_range(index_dir):
    out = run_cli("facets", "诉源治理", "--from", "2030", "--index-dir", str(index_dir)).output
    assert out.startswith("no matching articles for '诉源治理' from 2030"), out


def test_json_keeps_its_shape(index_dir):
    data = json.loads(run_cli("facets", "子虚乌有的说法", "--strict", "--json", "--index-dir", str(index_dir)).output)
    assert data["total"] == 0 and data["facets"]["court"] == {} and data["regions"] == {}
    assert set(data["facets"]) >= {"province", "city", "court", "mechanism", "source", "year"}
