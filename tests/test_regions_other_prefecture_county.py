"""A name a prefecture and a county of another prefecture share (朝阳: 辽宁's 朝阳市 and
北京's 朝阳区; 兴安: 兴安盟 and 桂林's 兴安县) is the county where the text names its city,
and the prefecture otherwise."""

from __future__ import annotations

import pytest

import lawnews


def tagged(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = lawnews.tag(text)
    courts = tuple(dict.fromkeys(m.value for m in t.mentions if m.kind == "court"))
    return t.provinces, t.cities, courts


@pytest.mark.parametrize("text, province, court", [
    ("北京朝阳法院开展集中执行行动，执结案件三十件。", "北京市", "北京市朝阳区人民法院"),
    ("北京：朝阳法院开展集中执行行动，朝阳法院执结案件三十件。", "北京市", "北京市朝阳区人民法院"),
    ("桂林兴安法院开展集中执行行动，执结案件三十件。", "广西壮族自治区", "兴安县人民法院"),
    ("黑龙江齐齐哈尔：甘南法院开展集中执行行动。", "黑龙江省", "甘南县人民法院"),
    ("益阳市资阳区人民法院开展集中执行。资阳法院执结案件三十件。", "湖南省", "益阳市资阳区人民法院"),
])
def test_the_county_where_the_text_names_its_city(text, province, court):
    provinces, _cities, courts = tagged(text)
    assert provinces == (province,)
    assert courts == (court,)


@pytest.mark.parametrize("text, province, city, court", [
    ("朝阳法院开展集中执行行动，执结案件三十件。", "辽宁省", "朝阳市", "朝阳市中级人民法院"),
    ("辽宁朝阳：朝阳法院开展集中执行行动。", "辽宁省", "朝阳市", "朝阳市中级人民法院"),
    ("四川资阳：资阳法院开展集中执行行动。", "四川省", "资阳市", "资阳市中级人民法院"),
    ("甘南法院开展集中执行行动。", "甘肃省", "甘南藏族自治州", "甘南藏族自治州中级人民法院"),
])
def test_the_prefecture_otherwise(text, province, city, court):
    assert tagged(text) == ((province,), (city,), (court,))
