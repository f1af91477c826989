"""A city or county name that several places share (``Taizhou``, ``鼓楼区``) is an
error saying it is ambiguous and listing the places in Chinese with their
provinces, as a filter, a ``city:`` clause, on the command line and in the web app."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import UnknownFacetError

TAIZHOU = "ambiguous city 'Taizhou': it may name 泰州市 (江苏省) or 台州市 (浙江省); write the one you mean"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    src = tmp_path_factory.mktemp("places") / "records.jsonl"
    records = [{"id": "a", "title": "台州中院执行", "text": "浙江省台州市中级人民法院开展集中执行。"},
               {"id": "b", "title": "泰州法院执行", "text": "江苏省泰州市中级人民法院开展执行攻坚。"}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    lawnews.build_index([src], src.parent / "ix")
    return src.parent / "ix"


def test_an_english_city_name_two_cities_share_is_ambiguous_listing_both(index_dir):
    with lawnews.NewsIndex.open(index_dir) as index:
        for call in (lambda: index.search("执行", city="Taizhou"), lambda: index.search("执行 city:Taizhou")):
            with pytest.raises(UnknownFacetError) as e:
                call()
            assert str(e.value) == TAIZHOU
        assert index.search("执行", city="台州").total == 1  # the Chinese name of one is no error
        assert index.search("执行", city="Hangzhou").total == 0


def test_a_chinese_county_name_several_counties_share_is_ambiguous_too(index_dir):
    with lawnews.NewsIndex.open(index_dir) as index, pytest.raises(UnknownFacetError) as e:
        index.search("执行", county="鼓楼区")
    assert str(e.value).startswith("ambiguous county '鼓楼区': it may name 南京市鼓楼区 (江苏省) or ")
    assert "福州市鼓楼区 (福建省)" in str(e.value)


def test_the_command_line_says_the_city_is_ambiguous(index_dir):
    r = CliRunner().invoke(cli, ["search", "执行", "--city", "Taizhou", "--index-dir", str(index_dir)])
    assert r.exit_code != 0 and f"Error: {TAIZHOU}" in r.output
