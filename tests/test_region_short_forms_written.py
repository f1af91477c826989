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
