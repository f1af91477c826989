"""Courts named in English reports of Chinese court news: each court form resolves to the
directory's canonical court (the name its Chinese forms give) with its province and city;
a court the directory does not hold is not made up. Every sentence here is made up."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.value, m.province, m.city) for m in tagger.tag_text(text).courts]


def same_as_chinese(tagger: Tagger, chinese: str) -> tuple[str, str | None, str | None]:
    found = courts(tagger, f"{chinese}近日审结一起案件。")
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("english, chinese", [
    ("Zhejiang High People's Court", "浙江高院"),
    ("Zhejiang Higher People's Court", "浙江高院"),
    ("Zhejiang Provincial High People's Court", "浙江高院"),
    ("Zhejiang Provincial High Court", "浙江高院"),
    ("Jiangsu High Court", "江苏高院"),
    ("Guangxi Zhuang Autonomous Region High People's Court", "广西高院"),
    ("Shenyang Intermediate People's Court", "沈阳中院"),
    ("Hangzhou Municipal Intermediate People's Court", "杭州中院"),
    ("Beijing No. 1 Intermediate People's Court", "北京市第一中级人民法院"),
    ("Shanghai Second Intermediate People's Court", "上海市第二中级人民法院"),
    ("Hangzhou Xiaoshan District People's Court", "杭州市萧山区人民法院"),
    ("Xiaoshan District People's Court", "杭州市萧山区人民法院"),
    ("Haining People's Court", "海宁市人民法院"),
    ("Haining City People's Court", "海宁市人民法院"),
    ("Hangzhou Internet Court", "杭州互联网法院"),
    ("Shanghai Maritime Court", "上海海事法院"),
    ("Beijing Intellectual Property Court", "北京知识产权法院"),
    ("Shanghai Financial Court", "上海金融法院"),
    ("Supreme People's Court", "最高人民法院"),
])
def test_a_court_named_in_english_is_the_directorys_court(tagger: Tagger, english: str, chinese: str) -> None:
    text = f"The {english} heard the case on Monday and ordered the company to repay its debts."
    assert courts(tagger, text) == [same_as_chinese(tagger, chinese)]


def test_a_court_of_a_shared_city_name_needs_its_province(tagger: Tagger) -> None:
    assert courts(tagger, "The Taizhou Intermediate People's Court heard the case.") == []
    found = courts(tagger, "The Taizhou Intermediate People's Court in Zhejiang province heard the case.")
    assert found == [same_as_chinese(tagger, "台州中院")]


def test_a_court_written_in_lower_case_is_found(tagger: Tagger) -> None:
    text = "Xu, a legal worker at Haining people's court, said the auction had drawn 33 bids."
    assert courts(tagger, text) == [same_as_chinese(tagger, "海宁市人民法院")]


def test_a_court_the_directory_does_not_hold_is_not_made_up(tagger: Tagger) -> None:
    # Hangzhou has no basic court of its own, and Qinghai no internet court
    text = ("The Hangzhou People's Court and the Qinghai Internet Court were named in a fake notice "
            "that the police warned residents about.")
    assert courts(tagger, text) == []
    held = "The Qinghai High People's Court and the Hangzhou Internet Court were named in the notice."
    assert courts(tagger, held) == [same_as_chinese(tagger, "青海高院"), same_as_chinese(tagger, "杭州互联网法院")]


def test_the_court_makes_its_province_and_city_count(tagger: Tagger) -> None:
    tags = tagger.tag_text("A judge of the Shenyang Intermediate People's Court said the debtor had paid in full.")
    assert tags.provinces == ("辽宁省",) and tags.cities == ("沈阳市",)
