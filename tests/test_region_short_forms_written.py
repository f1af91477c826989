"""Short forms news writes that a division's full name does not give by cutting its level word:
a banner by the first character of its name, its wing and its place (土默特右旗 → 土右旗,
科尔沁右翼前旗 → 科右前旗, 东乌珠穆沁旗 → 东乌旗), a district named with its people without it
(管城回族区 → 管城区, 管城), a county of all its peoples (龙胜各族自治县 → 龙胜县, 龙胜). Each
finds the place and the court written with it."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

COURTS = [
    ("近日，土右旗法院受理了一起民间借贷纠纷案件。", "土默特右旗人民法院", "包头市"),
    ("科右前旗人民法院开展集中执行。", "科尔沁右翼前旗人民法院", "兴安盟"),
    ("东乌旗法院执行干警深入牧区。", "东乌珠穆沁旗人民法院", "锡林郭勒盟"),
    ("郑州二七法院、金水法院、管城法院等执行干警春节不休。", "郑州市管城回族区人民法院", "郑州市"),
    ("龙胜县法院巡回审判进村寨。", "龙胜各族自治县人民法院", "桂林市"),
]


@pytest.mark.parametrize("text, court, city", COURTS, ids=["turight", "keright", "dongwu", "guancheng", "longsheng"])
def test_a_court_written_with_a_short_form_news_uses_is_found(tagger: Tagger, text: str, court: str,
                                                               city: str) -> None:
    about = tagger.tag_text(text).about
    assert court in about.courts
    assert city in about.cities


def test_the_short_forms_are_in_the_division_table(tagger: Tagger) -> None:
    divisions = tagger.gazetteer.divisions
    assert "土右旗" in divisions["150221"].shorts
    assert "科右前旗" in divisions["152221"].shorts
    assert {"管城区", "管城"} <= set(divisions["410104"].shorts)
    assert {"龙胜县", "龙胜"} <= set(divisions["450328"].shorts)


def test_a_district_short_form_still_needs_its_city_or_a_court(tagger: Tagger) -> None:
    # 管城 is a district's short form: alone, with nothing to place it, no place
    assert tagger.tag_text("管城老街的故事。").about.cities == ()


# -- a district of three characters written by its first two (雨花台区 → 雨花) ------------------

CUT = [
    # (text, court): the text's city decides between the district cut short and the place of that name
    ("南京中院部署集中执行，雨花法院执行局凌晨出击，执结案件12件。", "南京市雨花台区人民法院"),
    ("长沙中院部署集中执行，雨花法院执行局凌晨出击，执结案件12件。", "长沙市雨花区人民法院"),
    ("重庆五中院部署集中执行，九龙法院执行局凌晨出击。", "重庆市九龙坡区人民法院"),
    ("甘孜州中院部署集中执行，九龙法院执行局深入牧区。", "九龙县人民法院"),
]


@pytest.mark.parametrize("text, court", CUT, ids=["nanjing", "changsha", "chongqing", "ganzi"])
def test_a_district_written_by_its_first_two_characters_is_read_in_the_text_s_city(tagger: Tagger, text: str,
                                                                                   court: str) -> None:
    assert court in tagger.tag_text(text).about.courts


def test_a_cut_short_form_in_a_text_naming_neither_city_is_its_own_place(tagger: Tagger) -> None:
    # nothing points to 南京 or 重庆: 雨花 is 长沙's 雨花区, 九龙 is 九龙县, as written
    assert tagger.tag_text("雨花法院执行局凌晨出击，执结案件12件。").about.courts == ("长沙市雨花区人民法院",)
    assert tagger.tag_text("九龙法院执行局凌晨出击，执结案件12件。").about.courts == ("九龙县人民法院",)


def test_a_short_form_after_its_province_is_its_own_place(tagger: Tagger) -> None:
    # 湖南武陵: 常德's 武陵区, though 张家界's 武陵源区 is in 湖南 too
    assert "常德市" in tagger.tag_text("湖南武陵法院执行局凌晨出击，执结案件12件。").about.cities
