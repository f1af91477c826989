"""A list of one city's counties and districts sharing one court word names each item's court
(梁山、鱼台、金乡法院), the last item also a development zone of that city (…、高新区法院: the city's
zone court); items of several cities, or a city among them, keep the court word to the last item.
Sentences are made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


def test_every_county_of_a_list_sharing_a_court_word_has_its_court(tagger: Tagger) -> None:
    got = courts(tagger, "近日，梁山、鱼台、金乡法院联合开展集中执行行动，共执结案件120件。")
    assert set(got) == {"梁山县人民法院", "鱼台县人民法院", "金乡县人民法院"}


def test_districts_and_county_level_cities_of_one_city(tagger: Tagger) -> None:
    got = courts(tagger, "石门、澧县、津市法院执行干警分头行动，查控被执行人财产。")
    assert set(got) == {"石门县人民法院", "澧县人民法院", "津市市人民法院"}


def test_a_zone_ending_the_list_is_the_citys_zone_court(tagger: Tagger) -> None:
    got = courts(tagger, "济宁市梁山、鱼台、金乡、高新区法院开展集中执行，执结案件200件。")
    assert set(got) == {"梁山县人民法院", "鱼台县人民法院", "金乡县人民法院", "济宁高新技术产业开发区人民法院"}


def test_items_of_several_cities_are_no_shared_list(tagger: Tagger) -> None:
    got = courts(tagger, "湖南石门、湖北公安法院执行干警开展协作，执结案件10件。")
    assert got == ("公安县人民法院",)
