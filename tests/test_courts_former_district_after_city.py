"""A former district's court written after its city and 原 (广州市原东山区人民法院: 东山区 was a
district of 广州 until 2005) is that city's court, even where the directory holds the form for a
present district of another city (鹤岗市东山区人民法院). Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


def test_a_former_district_court_after_its_city_is_that_citys(tagger: Tagger) -> None:
    text = "早在2001年，广州市原东山区人民法院就出台了限制高消费的规定，摸索出一套做法。"
    assert courts(tagger, text) == ("广州市东山区人民法院",)
    tags = tagger.tag_text(text).about
    assert "广州市" in tags.cities and "鹤岗市" not in tags.cities


def test_a_present_district_court_after_its_city_and_yuan_keeps_its_name(tagger: Tagger) -> None:
    # 原 before a present district of the same city: the directory's court
    assert courts(tagger, "福州市原鼓楼区人民法院院长张某退休后回乡。") == ("福州市鼓楼区人民法院",)


def test_the_directory_court_without_a_city_before_it_stays(tagger: Tagger) -> None:
    assert courts(tagger, "东山区人民法院审结一起买卖合同纠纷案。") == ("鹤岗市东山区人民法院",)
