"""Every provincial unit by its full and its short form: in a text, as a filter value,
and before a court word (新疆高院)."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

#: The 34 provincial units and the short form people write.
PROVINCES = {
    "北京市": "北京", "天津市": "天津", "河北省": "河北", "山西省": "山西", "内蒙古自治区": "内蒙古",
    "辽宁省": "辽宁", "吉林省": "吉林", "黑龙江省": "黑龙江", "上海市": "上海", "江苏省": "江苏",
    "浙江省": "浙江", "安徽省": "安徽", "福建省": "福建", "江西省": "江西", "山东省": "山东",
    "河南省": "河南", "湖北省": "湖北", "湖南省": "湖南", "广东省": "广东", "广西壮族自治区": "广西",
    "海南省": "海南", "重庆市": "重庆", "四川省": "四川", "贵州省": "贵州", "云南省": "云南",
    "西藏自治区": "西藏", "陕西省": "陕西", "甘肃省": "甘肃", "青海省": "青海", "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆", "台湾省": "台湾", "香港特别行政区": "香港", "澳门特别行政区": "澳门",
}


def test_the_table_lists_every_provincial_unit(tagger: Tagger) -> None:
    table = {d.name for d in tagger.gazetteer.divisions.values() if d.level == "province"}
    assert table == set(PROVINCES)


@pytest.mark.parametrize("full,short", PROVINCES.items())
def test_province_found_in_text_by_full_and_short_form(tagger: Tagger, full: str, short: str) -> None:
    for form in (full, short):
        tags = tagger.tag_text(f"{form}召开全体会议，部署下一阶段工作。")
        assert tags.provinces == (full,), form


@pytest.mark.parametrize("full,short", PROVINCES.items())
def test_province_filter_accepts_full_and_short_form(tagger: Tagger, full: str, short: str) -> None:
    assert tagger.resolve("province", short) == full
    assert tagger.resolve("province", full) == full


@pytest.mark.parametrize("full,short", [(f, s) for f, s in PROVINCES.items() if f not in ("台湾省", "香港特别行政区", "澳门特别行政区")])
def test_high_court_named_by_province_short_form(tagger: Tagger, full: str, short: str) -> None:
    courts = [m.value for m in tagger.tag_text(f"{short}高院部署执行工作。").courts]
    assert courts == [f"{full}高级人民法院"]
