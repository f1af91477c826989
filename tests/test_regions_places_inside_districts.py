"""Regions: a place inside a district that is named like another county or city — a police
station after its sub-bureau (赛罕区公安分局榆林派出所), a school or village written right after its
district (二七区陇西小学) — is that place of the district, there and where the text names it again
(平安榆林, 在陇西小学), not 榆林市 or 陇西县; the county or city before its own court keeps its tag, as
do a company named after a place and a province after a district."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def places(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities


def test_a_station_after_a_sub_bureau_names_a_town_not_a_city(tagger: Tagger) -> None:
    text = "赛罕区公安分局榆林派出所民警入户走访，助力平安榆林建设。呼和浩特市赛罕区人民法院参与调解。"
    assert places(tagger, text) == (("内蒙古自治区",), ("呼和浩特市",))


def test_a_school_written_after_its_district_is_not_the_county(tagger: Tagger) -> None:
    text = "郑州市公安局二七分局民警走进二七区陇西小学宣讲反诈知识。当天在陇西小学选出百名“反诈小卫士”。"
    assert places(tagger, text) == (("河南省",), ("郑州市",))


def test_the_county_before_its_court_and_a_company_named_after_a_place_keep_their_tags(tagger: Tagger) -> None:
    # the look-alikes: 陇西法院 is the county's court, 达州华渝公司 a company named after 达州 working in 和静县
    text = "二七区陇西小学开展宣讲。陇西法院执行干警前往该校。"
    assert "甘肃省" in places(tagger, text)[0]
    text = "遂宁、达州等地设立法律援助工作站。民工在新疆和静县达州华渝房地产开发公司工作。达州市法律援助中心为其讨薪。"
    assert "达州市" in places(tagger, text)[1]
