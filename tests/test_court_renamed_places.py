"""A court written under the name it had before its county was renamed (横县法院, 郫县法院) is
counted under its present name and places the article in its present county's city; so is the
court of a former district, written by the district's name as a present one's is (江东法院,
江东区法院: 宁波's 江东区 until 2016), which is no court of a place named inside that name (攀枝花's
东区)."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

RENAMED = [
    ("横县法院召开新闻发布会，通报执行工作情况。", "横州市人民法院", "南宁市", "横州市"),
    ("郫县法院把和解作为执行结案的首选方式。", "成都市郫都区人民法院", "成都市", "郫都区"),
]


@pytest.mark.parametrize("text, court, city, county", RENAMED, ids=["hengxian", "pixian"])
def test_a_renamed_court_places_the_text_in_its_present_city(tagger: Tagger, text: str, court: str, city: str,
                                                             county: str) -> None:
    about = tagger.tag_text(text).about
    assert about.courts == (court,)
    assert about.cities == (city,)
    assert about.counties == (county,)


def test_a_court_under_its_present_name_keeps_its_city(tagger: Tagger) -> None:
    about = tagger.tag_text("横州市法院召开新闻发布会。").about
    assert (about.courts, about.cities) == (("横州市人民法院",), ("南宁市",))


FORMER_DISTRICT = [
    "江东法院出台措施，对拒不腾退拍卖房屋的被执行人一律拘留。",
    "江东区法院执行局干警凌晨出击，拘留被执行人3名。",
    "宁波市江东区法院执行局干警凌晨出击，拘留被执行人3名。",
]


@pytest.mark.parametrize("text", FORMER_DISTRICT, ids=["stem", "district", "with-city"])
def test_a_former_district_s_court_places_the_text_in_its_city(tagger: Tagger, text: str) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities) == (("浙江省",), ("宁波市",))
    assert about.courts == (tagger.resolve("courts", "宁波市江东区人民法院"),)


def test_the_district_inside_a_former_district_s_name_is_still_found_alone(tagger: Tagger) -> None:
    about = tagger.tag_text("攀枝花市东区法院执行局干警凌晨出击。").about
    assert (about.cities, about.courts) == (("攀枝花市",), ("攀枝花市东区人民法院",))
