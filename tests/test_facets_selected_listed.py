"""The values a facet filter selects are listed with their counts however far down the
``--top`` values they fall, in the text of ``facets`` and in its ``--json --top``:
``--province 广东 --province 浙江 --top 3`` hid 广东省 under ``… 26 more``."""

from __future__ import annotations

import json

import pytest

from lawnews import NewsIndex
from support import run_cli

PLACES = ["湖南省长沙市", "湖南省长沙市", "湖南省岳阳市", "湖北省武汉市", "湖北省武汉市", "江西省南昌市"]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("selected") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": f"s{i}", "title": f"诉源治理{i}", "text": f"{place}人民法院推进诉源治理。"}
                         for i, place in enumerate(PLACES)])
    return path


def test_a_selected_province_is_listed_beyond_top(index_dir):
    out = run_cli("facets", "诉源治理", "--province", "江西", "--top", "1", "--index-dir", str(index_dir)).output
    region = out.split("\n\n")[1]
    assert "  江西省  1" in region and "  湖南省  3" in region and "  … 1 more" in region  # 湖北省 left out


def test_a_selected_city_is_listed_beyond_top(index_dir):
    out = run_cli("facets", "诉源治理", "--city", "岳阳", "--top", "1", "--index-dir", str(index_dir)).output
    region = out.split("\n\n")[1]
    assert "      长沙市  2\n      岳阳市  1" in region


def test_a_selected_value_beyond_top_is_in_the_json(index_dir):
    data = json.loads(run_cli("facets", "诉源治理", "--province", "江西", "--top", "1", "--json",
                              "--index-dir", str(index_dir)).output)
    assert list(data["facets"]["province"]) == ["湖南省", "江西省"]
    assert list(data["regions"]) == ["湖南省", "江西省"]
