"""Filter values as a Chinese user types them: ``2024年`` for a year, 中院, 高院,
基层法院 or 中级人民法院 for a court level, alike in the library, the CLI and the web;
a value that names no level is an error listing the accepted ones."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import UnknownFacetError
from lawnews.index.tagging.directory import level_named

starlette_testclient = pytest.importorskip("starlette.testclient")


def ids(res):
    return {h.article_id for h in res.hits}


@pytest.mark.parametrize("typed, level", [
    ("中级", "中级"), ("中院", "中级"), ("中级法院", "中级"), ("中级人民法院", "中级"), ("市中院", "中级"),
    ("高院", "高级"), ("高级人民法院", "高级"), ("基层法院", "基层"), ("基层人民法院", "基层"),
    ("最高院", "最高"), ("最高人民法院", "最高"), ("专门法院", "专门"), ("火星", None), ("中", None), ("法院", None)])
def test_court_level_spellings(typed, level):
    assert level_named(typed) == level


def test_library_filters_take_the_usual_spellings(data_index):
    assert ids(data_index.search("执行", year="2024年", limit=50)) == ids(data_index.search("执行", year=2024, limit=50))
    assert ids(data_index.search("执行", year="２０２４年", limit=50)) == ids(data_index.search("执行", year=2024, limit=50))
    middle = ids(data_index.search("执行", court_level="中级", limit=50))
    assert middle
    for typed in ("中院", "中级人民法院"):
        assert ids(data_index.search("执行", court_level=typed, limit=50)) == middle
    assert ids(data_index.search("执行", court_level="高院", limit=50)) == ids(
        data_index.search("执行", court_level="高级", limit=50))
    with pytest.raises(UnknownFacetError, match="a court level is one of 最高, 高级, 中级, 基层, 专门"):
        data_index.search("执行", court_level="火星")


def test_cli_and_web_take_them_too(data_index_dir):
    run = CliRunner().invoke
    plain = run(cli, ["search", "执行", "--index-dir", str(data_index_dir), "--court-level", "中级", "--year", "2024"])
    typed = run(cli, ["search", "执行", "--index-dir", str(data_index_dir), "--court-level", "中院", "--year", "2024年"])
    assert plain.exit_code == 0 and typed.exit_code == 0, typed.output
    timing = re.compile(r"in \d+(?:\.\d+)? m?s")
    assert timing.sub("", typed.output) == timing.sub("", plain.output)
    bad = run(cli, ["search", "执行", "--index-dir", str(data_index_dir), "--court-level", "火星"])
    assert bad.exit_code != 0 and "中级" in bad.output and "Traceback" not in bad.output
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(data_index_dir, workers=1)) as c:
        want = c.get("/search.json", params={"q": "执行", "court_level": "中级", "year": "2024"}).json()
        got = c.get("/search.json", params={"q": "执行", "court_level": "高院", "year": "2024年"}).json()
        assert [h["article_id"] for h in got["hits"]] != [] and want["total"] >= got["total"]
        got = c.get("/search.json", params={"q": "执行", "court_level": "中院", "year": "2024年"}).json()
        assert [h["article_id"] for h in got["hits"]] == [h["article_id"] for h in want["hits"]]


def test_a_year_clause_takes_the_year_written_with_nian(data_index):
    plain = ids(data_index.search("执行 year:2024", limit=50))
    assert plain and ids(data_index.search("执行 year:2024年", limit=50)) == plain
    assert ids(data_index.search('执行 year:"2024年"', limit=50)) == plain
    assert ids(data_index.search("执行 year:[2023年 TO 2024年]", limit=50)) == ids(
        data_index.search("执行 year:[2023 TO 2024]", limit=50))
    with pytest.raises(lawnews.LawNewsError, match="year must be a year of four digits"):
        data_index.search("year:2024年执行")
    out = CliRunner().invoke(cli, ["search", "执行 year:2024年", "--index-dir", str(data_index.path)])
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("typed, county", [("浦东新区", "浦东新区"), ("仙桃", "仙桃市"), ("石门县", "石门县")])
def test_a_county_given_as_a_city_is_an_error_naming_the_county_filter(data_index, typed, county):
    with pytest.raises(UnknownFacetError, match=f"no city but a county-level unit; filter by county: {county}$"):
        data_index.search("执行", city=typed)
    data_index.search("执行", county=county, limit=1)  # the value it names is accepted as a county


def test_a_year_in_the_numerals_of_a_date_is_the_year(data_index):
    plain = ids(data_index.search("执行", year=2024, limit=50))
    assert plain
    for typed in ("二〇二四年", "二〇二四", "二零二四年"):
        assert ids(data_index.search("执行", year=typed, limit=50)) == plain, typed
    with pytest.raises(UnknownFacetError, match="unknown year '一九九九年'"):
        data_index.search("执行", year="一九九九年")
    assert ids(data_index.search("执行 year:二〇二四年", limit=50)) == plain
    assert ids(data_index.search("执行 year:二〇二四", limit=50)) == plain
    assert ids(data_index.search("执行 year:[二〇二三年 TO 二〇二四年]", limit=50)) == ids(
        data_index.search("执行 year:[2023 TO 2024]", limit=50))
    out = CliRunner().invoke(cli, ["search", "执行", "--year", "二〇二四年", "--index-dir", str(data_index.path)])
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("typed", ["中级,高级", "中院、高院", "中级；高级"])
def test_values_listed_in_one_filter_are_an_error_saying_to_give_each(data_index, typed):
    with pytest.raises(UnknownFacetError, match=r"it lists 2 values \(中级, 高级\); give each as a filter value of its own") as e:
        data_index.search("执行", court_level=typed)
    assert e.value.known == ("中级", "高级")
    both = data_index.search("执行", court_level=["中级", "高级"], limit=50)
    assert both.total >= data_index.search("执行", court_level="中级").total
    out = CliRunner().invoke(cli, ["search", "执行", "--court-level", typed, "--index-dir", str(data_index.path)])
    assert out.exit_code == 1 and "it lists 2 values" in out.output and "Traceback" not in out.output
