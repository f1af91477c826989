"""A list of places before one court word that says how many there are (4家法院, 三地高级人民法院,
两地中院) names each place's court of that level, as 公安县、沙市区两地法院 does."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

LISTS = [
    ("市一中院协调静海、武清、蓟州、宝坻4家法院协同执行，天津市第一中级人民法院通报了成效。",
     {"天津市静海区人民法院", "天津市武清区人民法院", "天津市蓟州区人民法院", "天津市宝坻区人民法院"}),
    ("河北、北京、天津三地高级人民法院昨日签署执行联动协议。",
     {"河北省高级人民法院", "北京市高级人民法院", "天津市高级人民法院"}),
    ("恩施、荆州两地中院联合发布执行典型案例。",
     {"恩施土家族苗族自治州中级人民法院", "荆州市中级人民法院"}),
    ("石门、慈利两家法院开展交叉执行。", {"石门县人民法院", "慈利县人民法院"}),
]


@pytest.mark.parametrize("text, courts", LISTS, ids=[f"list{i}" for i, _ in enumerate(LISTS, 1)])
def test_a_counted_list_names_each_places_court(tagger: Tagger, text: str, courts: set[str]) -> None:
    assert courts <= set(tagger.tag_text(text).about.courts)


def test_the_provinces_of_a_counted_list_of_high_courts_are_the_texts(tagger: Tagger) -> None:
    about = tagger.tag_text("河北、北京、天津三地高级人民法院昨日签署执行联动协议。").about
    assert set(about.provinces) == {"河北省", "北京市", "天津市"}


def test_places_listed_without_a_court_word_stay_places(tagger: Tagger) -> None:
    # where the cars are parked: places, no courts
    about = tagger.tag_text("南开区人民法院查明，车辆停放在蓟州、宝坻、静海、武清等地。").about
    assert about.courts == ("天津市南开区人民法院",)
