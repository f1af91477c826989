"""The court-level and county facets: tagged, counted, filtered and shown."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.tagging import Tagger

RECORDS = [
    {"id": "a1", "title": "上海市浦东新区法院开展集中执行", "text": "上海市浦东新区人民法院近日开展集中执行行动，兑现案款。", "date": "2024-05-01"},
    {"id": "a2", "title": "上海一中院发布典型案例", "text": "上海市第一中级人民法院发布十起执行典型案例。", "date": "2024-05-02"},
    {"id": "a3", "title": "湖南高院部署执行工作", "text": "湖南省高级人民法院召开会议，部署全省执行工作。石门县人民法院作交流发言。", "date": "2024-05-03"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("levels")
    src = root / "news.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    lawnews.build_index([src], root / "index")
    return str(root / "index")


def test_article_tags_carry_court_levels_and_counties() -> None:
    tags = Tagger.default().tag_text("湖南省高级人民法院召开会议。石门县人民法院作交流发言。").about
    assert tags.court_levels == ("高级", "基层")
    assert tags.counties == ("石门县",)


def test_a_county_name_several_cities_share_carries_its_city() -> None:
    tags = Tagger.default().tag_text("南京市鼓楼区人民法院开展集中执行。").about
    assert tags.counties == ("南京市鼓楼区",)


def test_court_level_and_county_are_counted_facets(index_dir: str) -> None:
    counts = lawnews.NewsIndex.open(index_dir).facets()["facets"]
    assert counts["court_level"] == {"基层": 2, "中级": 1, "高级": 1}
    assert counts["county"]["浦东新区"] == 1 and counts["county"]["石门县"] == 1


@pytest.mark.parametrize("option, value, ids", [
    ("--county", "浦东新区", ["a1"]),
    ("--county", "浦东", ["a1"]),
    ("--court-level", "中级", ["a2"]),
    ("--court-level", "基层", ["a1", "a3"]),
])
def test_filters_by_county_and_court_level(index_dir: str, option: str, value: str, ids: list[str]) -> None:
    out = CliRunner().invoke(cli, ["search", "执行", "--index-dir", index_dir, option, value, "--json"])
    assert out.exit_code == 0, out.output
    assert sorted(h["article_id"] for h in json.loads(out.output)["hits"]) == ids


def test_an_unknown_court_level_is_an_error(index_dir: str) -> None:
    out = CliRunner().invoke(cli, ["search", "执行", "--index-dir", index_dir, "--court-level", "省级"])
    assert out.exit_code == 1 and out.output.startswith("Error:")


def test_tag_line_shows_county_and_court_level(index_dir: str) -> None:
    out = CliRunner().invoke(cli, ["search", "集中执行", "--index-dir", index_dir, "--county", "浦东新区"])
    assert "county: 浦东新区" in out.output and "court_level: 基层" in out.output


def test_region_tree_nests_counties_under_their_city(index_dir: str) -> None:
    regions = lawnews.NewsIndex.open(index_dir).facets()["regions"]
    assert regions["上海市"]["counties"]["上海市"] == {"浦东新区": 1}
    assert regions["湖南省"]["counties"]["常德市"] == {"石门县": 1}
    out = CliRunner().invoke(cli, ["facets", "--index-dir", index_dir])
    lines = out.output.splitlines()
    assert lines.index("county (2)") < lines.index("  浦东新区      1")
