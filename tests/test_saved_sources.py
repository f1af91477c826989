"""Sources of saved pages: what names no outlet is not kept, and an outlet printed in
traditional characters keeps its printed name and goes by its simplified name in the
source facet. Pages are made up."""

from __future__ import annotations

import pytest

from lawnews.index.analysis.fold import written_traditional
from lawnews.index.ingest.sources import canonical_source, known_source, names_outlet
from lawnews.index.store.source_names import source_facet

from support import SAVED_BODY as BODY, saved_web_page

read = saved_web_page


@pytest.mark.parametrize("printed", [
    "市法院", "省高院", "区编办", "市交通运输局", "县委宣传部", "區編辦",  # a level, no place
    "执行局", "中院执行局", "保卫处", "电视台",  # an office with no name
    "执行工作二团队", "调研小组",  # a team inside an office
    "本站", "网络", "互联网", "网络整理", "互聯網轉載或整理", "未知", "不详",  # placeholders
    "ab20240115", "阅读9251次",  # a user id, a counter
])
def test_a_source_naming_no_outlet_is_told(printed):
    assert not names_outlet(printed)


@pytest.mark.parametrize("printed", [
    "青溪市中级人民法院", "市中区人民法院", "市场星报", "人民法院报", "青石县司法局", "兴庆分局",
    "青溪日报", "青石县政府办信息科", "湖南高院",
])
def test_an_outlet_or_a_named_office_stays_a_source(printed):
    assert names_outlet(printed)


@pytest.mark.parametrize("line", ["来源:市法院", "来源:执行工作二团队", "来源:本站"])
def test_a_saved_page_keeps_no_source_that_names_no_outlet(tmp_path, line):
    a = read(tmp_path, f"首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效\n发布时间:2024-03-15 {line}\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert a.date == "2024-03-15"
    assert a.source is None


def test_a_saved_page_keeps_a_named_court_as_its_source(tmp_path):
    a = read(tmp_path, "首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效\n发布时间:2024-03-15 来源:青溪市中级人民法院\n" + BODY)
    assert a.source == "青溪市中级人民法院"


@pytest.mark.parametrize("printed, simplified", [
    ("青溪政協網", "青溪政协网"),
    ("青山都市報", "青山都市报"),
    ("青石網絡電視台", "青石网络电视台"),
])
def test_an_unknown_outlet_printed_in_traditional_characters_goes_by_its_simplified_name(printed, simplified):
    assert written_traditional(printed)
    assert canonical_source(printed) == printed  # the printed name, kept
    assert source_facet(canonical_source(printed)) == simplified  # the facet's value
    assert known_source(printed) is None  # simplifying it makes it no outlet the table knows


@pytest.mark.parametrize("name", ["乾县人民法院", "於都县人民法院", "青溪政协网"])
def test_a_simplified_name_keeps_its_characters(name):
    assert not written_traditional(name)
    assert canonical_source(name) == name
    assert source_facet(name) == name


def test_a_saved_page_in_traditional_characters_gives_the_simplified_outlet(tmp_path):
    a = read(tmp_path, "首頁 > 新聞中心\n青石法院集中執行見成效\n發布時間:2024-03-15 來源:青溪政協網\n" + BODY)
    assert a.source == "青溪政協網"
    assert source_facet(a.source) == "青溪政协网"
