"""A county or district written by the short form of a name it no longer bears (长岛 of 长岛县,
merged into 烟台's 蓬莱区 in 2020; 闸北 of 闸北区, now 上海's 静安区; 塘沽 of 塘沽区, now 天津's 滨海新区)
tags its present place, and its county, where something tells it is the place: an institution
after it, its city or province just before it, or 原 before it. Alone it is no place (the Long
Island of 纽约长岛 is not 长岛县), nor where its last character starts a word (湖北鄂西北 is not 鄂西,
the former name of 恩施州). A former county's court is found by that short form (长岛法院 is the
directory's 长岛县人民法院), and a short form that several places' former names share (崇安: 无锡's
崇安区 and 福建's 崇安县) is decided by the text's places. A former county now split among several
counties of one city (宝安县: 深圳's 宝安区 and 龙岗区) places the text in that city and in no county,
and a court word after it is no court of the city (南海市人民法院 is not 佛山's 中院). 原 before a former
name marks it (原宜宾县人民法院), it does not make a word with its first character."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.gazetteer import Gazetteer

PLACED = [
    ("长岛法院开庭审理一起海域使用权纠纷。", "山东省", "烟台市", "蓬莱区"),
    ("长岛县公安局破获一起盗窃海参案件。", "山东省", "烟台市", "蓬莱区"),
    ("闸北公安分局民警连夜抓获两名嫌疑人。", "上海市", "上海市", "静安区"),
    ("汉沽法院执行局干警依法拘留一名被执行人。", "天津市", "天津市", "滨海新区"),
    ("下城法院召开执行工作推进会。", "浙江省", "杭州市", "拱墅区"),
    ("崇文法院审结一起房屋租赁纠纷。", "北京市", "北京市", "东城区"),  # 文法 is a word: the court word decides
]


@pytest.mark.parametrize("text, province, city, county", PLACED,
                         ids=["court", "full-name", "police", "tianjin", "hangzhou", "word-after"])
def test_a_former_short_form_before_an_institution_tags_its_present_place(
        tagger: Tagger, text: str, province: str, city: str, county: str) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities, about.counties) == ((province,), (city,), (county,))


def test_a_former_short_form_is_placed_by_its_city_just_before_it(tagger: Tagger) -> None:
    found = [(m.kind, m.value) for m in tagger.tag_text("上海市闸北、静安两区合并后，新区法院统一受理案件。").mentions
             if m.text == "闸北"]
    assert found == [("county", "静安区")]
    found = [m.value for m in tagger.tag_text("烟台长岛一名渔民报警称渔船被盗。").mentions if m.text == "长岛"]
    assert found == ["蓬莱区"]


def test_a_former_short_form_after_yuan_is_the_former_place(tagger: Tagger) -> None:
    found = [m.value for m in tagger.tag_text("原长岛的渔民大多以海上养殖为生。").mentions if m.kind == "county"]
    assert found == ["蓬莱区"]


@pytest.mark.parametrize("text", [
    "美国纽约长岛的一处房产被拍卖。",
    "长岛的渔民大多以海上养殖为生。",
    "他在市长岛上视察时发表讲话。",
    "湖北鄂西北地区法院开展集中执行。",
    "吉利汽车公司起诉一家经销商。",
    "湖南湘江新区管委会与法院签订协议。",
], ids=["long-island", "alone", "mayor", "direction", "company", "province-before"])
def test_a_former_short_form_without_support_is_no_place(tagger: Tagger, text: str) -> None:
    tags = tagger.tag_text(text)
    assert not [m for m in tags.mentions if m.kind in ("county", "city") and m.text in ("长岛", "鄂西", "吉利")]


def test_a_former_county_s_court_is_found_by_its_short_form(tagger: Tagger) -> None:
    about = tagger.tag_text("长岛法院审结一起船舶碰撞损害责任纠纷案。").about
    assert about.courts == ("长岛县人民法院",)
    assert tagger.directory.courts["长岛县人民法院"].status == "former"
    assert tagger.tag_text("烟台长岛人民法院审结一起案件。").about.courts == ("长岛县人民法院",)


def test_a_former_court_s_form_inside_a_word_is_no_court(tagger: Tagger) -> None:
    assert tagger.tag_text("北市法院审结一起案件。").about.courts == ("保定市北市区人民法院",)
    assert tagger.tag_text("台北市法院作出判决。").about.courts == ()


def test_a_short_form_several_former_places_share_is_decided_by_the_text(tagger: Tagger) -> None:
    assert tagger.tag_text("崇安法院审结一起案件。").about.counties == ()
    assert tagger.tag_text("无锡崇安法院审结一起案件。").about.counties == ("梁溪区",)


def test_the_division_table_keeps_former_short_forms_that_no_other_place_bears() -> None:
    g = Gazetteer()
    assert [(k.code, k.weak) for k in g.keys["长岛"]] == [("370614", "o")]
    assert {k.code for k in g.keys["崇安"]} == {"320213", "350782"}
    assert "宁乡" in g.divisions["430182"].shorts  # a renamed county's short form is its own still
    assert "达县" not in g.keys  # a county's name until 2013 (now 达川区), not 达县市's short form
    assert "露天" not in g.keys and "四方" not in g.keys  # common words


@pytest.mark.parametrize("text, province, city", [
    ("宝安县公安局破获一起走私案件。", "广东省", "深圳市"),
    ("上海县人民法院审理一起房屋买卖纠纷。", "上海市", "上海市"),
    ("武进县法院执结一起借款纠纷案件。", "江苏省", "常州市"),
], ids=["shenzhen", "municipality", "changzhou"])
def test_a_split_county_s_former_name_tags_its_city_and_no_county(tagger: Tagger, text: str, province: str,
                                                                   city: str) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities, about.counties) == ((province,), (city,), ())
    assert about.courts == ()


def test_a_split_county_s_court_is_not_its_city_s_intermediate_court(tagger: Tagger) -> None:
    about = tagger.tag_text("南海市人民法院审结一起合同纠纷。").about
    assert (about.cities, about.courts) == (("佛山市",), ())


def test_yuan_before_a_former_name_does_not_hide_it(tagger: Tagger) -> None:
    about = tagger.tag_text("原宜宾县人民法院审结一起案件。").about
    assert about.courts == ("宜宾市叙州区人民法院",)
    assert about.cities == ("宜宾市",)
