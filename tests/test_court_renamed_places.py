"""A court written under the name it had before its county was renamed (横县法院, 郫县法院) is
counted under its present name and places the article in its present county's city."""

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
