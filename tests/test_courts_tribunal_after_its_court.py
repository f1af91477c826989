"""A people's tribunal written right after the court it belongs to (扎鲁特旗人民法院巴彦芒哈人民法庭) is that
court's: the county a town's name opens with (巴彦, also 黑龙江's 巴彦县) does not make it that county's court,
while a tribunal written after its county (通江县沙溪法庭) is still the county court's."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_a_tribunal_after_its_court_names_no_other_county(tagger: Tagger) -> None:
    courts = tagger.tag_text("扎鲁特旗人民法院巴彦芒哈人民法庭巡回审判，调解一起草场纠纷。").about.courts
    assert courts == ("扎鲁特旗人民法院",)


def test_a_tribunal_after_its_county_is_the_county_courts(tagger: Tagger) -> None:
    assert tagger.tag_text("通江县沙溪法庭巡回审判，调解一起土地纠纷。").about.courts == ("通江县人民法院",)
