"""A city's courts as a whole (深圳法院, 南京法院系统, 沈阳市两级法院) in a story of one of its basic courts,
named there far more often than the whole, are that court's setting, not the city's
intermediate court acting. Where the whole is named about as often as its basic courts, or
the text names the intermediate court itself, it stays the 中院, as it leads them."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


SETTING = [
    ("龙岗法院向一家公司发出自动履行证明书。据悉，这是深圳法院系统发出的首份证明书。龙岗法院执行局表示，"
     "该公司在执行中主动履行。龙岗法院将继续推行这一做法。",
     ("深圳市龙岗区人民法院",)),
    ("早在去年，中山法院设立了调解工作室。中山第一法院民二庭庭长介绍，中山第一法院已调解纠纷百余件，"
     "中山第一法院还与消费者协会联合开展诉前调解。",
     ("中山市第一人民法院",)),
    ("辽中区法院执行局抓“老赖”。2014年以来，辽中区法院移送拒执罪数量位列沈阳市两级法院第一。辽中区法院"
     "与公安机关建立联动机制，辽中区法院执行局局长这样说。",
     ("沈阳市辽中区人民法院",)),
]


@pytest.mark.parametrize("text, acting", SETTING, ids=["system", "campaign", "two levels"])
def test_a_city_s_courts_as_the_setting_of_its_basic_court_are_not_its_intermediate_court(
        tagger: Tagger, text: str, acting: tuple[str, ...]) -> None:
    assert courts(tagger, text) == acting


LEADING = [
    ("近年来，红河州法院深入践行能动司法理念，推进执源治理。其中，红河县法院建章立制，红河县法院还设立了调解室。",
     {"红河哈尼族彝族自治州中级人民法院", "红河县人民法院"}),
    ("巴中法院推进执行指挥中心建设。通江县沙溪法庭设立了全国首家人民法庭执行指挥中心。",
     {"巴中市中级人民法院", "通江县人民法院"}),
    ("商丘两级法院开展集中执行行动。睢阳区法院执结案件20件，梁园区法院执结案件15件。",
     {"商丘市中级人民法院", "商丘市睢阳区人民法院", "商丘市梁园区人民法院"}),
    ("深圳中院部署执行工作。龙岗法院执行局表示，深圳法院系统发出首份证明书，龙岗法院、龙岗法院执行局各有分工。",
     {"深圳市中级人民法院", "深圳市龙岗区人民法院"}),
]


@pytest.mark.parametrize("text, acting", LEADING, ids=["as-often", "once-each", "two levels leading", "named-itself"])
def test_a_city_s_courts_leading_its_basic_courts_stay_its_intermediate_court(
        tagger: Tagger, text: str, acting: set[str]) -> None:
    assert set(courts(tagger, text)) == acting
