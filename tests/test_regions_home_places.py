"""Regions: where the people of a story come from is not where the story is. A worker's home
province or city written before 籍 or before a word for a worker and the worker's name
(四川籍民工, 广东籍务工人员陈某, 四川农民工刘某, 四川内江小伙倪泽波) does not make a story
told elsewhere about it; an office named after a place for its workers
(云南省农民工法律援助工作站) still places the story there. Nor does a person's home told as what the
person is (张某系山东省东明县农民，), while an organisation of the place's farmers (东明县农民专业合作社)
still places the story. Nor does a neighbour named on a border to place the
story's town (北与罗定、南与阳春两市交界)."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def places(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities


HOMES = [
    # (text, provinces, cities): the workers' home places are not tagged
    ("福鼎市贯岭派出所民警帮四川籍民工刘某等6人讨回了工资。", ("福建省",), ("宁德市",)),
    ("在三明市沙县区司法局调解室内，广东籍务工人员陈某领到了工资。", ("福建省",), ("三明市",)),
    ("拿着司法确认书的四川农民工刘某笑了。当阳市司法局调解员化解了这起纠纷。", ("湖北省",), ("宜昌市",)),
    ("四川内江小伙倪泽波走进贵阳火车站。贵阳市公安局花果园派出所帮他讨回了工钱。", ("贵州省",), ("贵阳市",)),
    ("安徽民工等12人在荣县讨薪，荣县司法局组织调解。", ("四川省",), ("自贡市",)),
]


@pytest.mark.parametrize("text, provinces, cities", HOMES, ids=[f"home{i}" for i, _ in enumerate(HOMES, 1)])
def test_a_workers_home_place_is_not_what_the_story_is_about(
        tagger: Tagger, text: str, provinces: tuple[str, ...], cities: tuple[str, ...]) -> None:
    assert places(tagger, text) == (provinces, cities)


def test_a_place_that_names_an_office_or_a_story_keeps_its_tag(tagger: Tagger) -> None:
    # the look-alikes: an office of the place, and the place where the workers are
    assert places(tagger, "云南省农民工法律援助工作站为二十名工人讨回工资。") == (("云南省",), ())
    assert places(tagger, "四川农民工维权工作站挂牌。成都市司法局局长出席。") == (("四川省",), ("成都市",))
    assert places(tagger, "贵阳民警帮农民工讨薪。") == (("贵州省",), ("贵阳市",))


def test_a_neighbour_named_on_a_border_is_not_what_the_story_is_about(tagger: Tagger) -> None:
    # 罗定 (云浮) and 阳春 (阳江) only place the towns of 信宜 (茂名)
    text = "信宜市合水镇司法所调解纠纷。合水镇位于信宜市东北部，北与罗定、南与阳春两市交界。"
    assert places(tagger, text) == (("广东省",), ("茂名市",))
    # the look-alike: a court that works with its neighbour's court
    assert set(places(tagger, "罗定市人民法院与信宜市人民法院签订协作协议。")[1]) == {"云浮市", "茂名市"}
    # and a spot on the border of two places named is in both
    assert places(tagger, "争议土地位于郁南县与罗定市交界处，郁南县人民法院执结此案。") == (("广东省",), ("云浮市",))


def test_a_persons_home_told_as_what_the_person_is_is_not_what_the_story_is_about(tagger: Tagger) -> None:
    text = "张某系山东省东明县农民，2019年到偃师打工。偃师区人民法院依法执结其工资纠纷。"
    assert places(tagger, text) == (("河南省",), ("洛阳市",))
    text = "被执行人李某系东明县某村村民。偃师区人民法院执行干警将其拘传。"
    assert places(tagger, text) == (("河南省",), ("洛阳市",))


def test_an_organisation_of_a_places_farmers_keeps_its_tag(tagger: Tagger) -> None:
    # the look-alike: a word after 农民 makes it the name of a body of that county
    text = "该公司是东明县农民专业合作社的股东。东明县人民法院执结此案。"
    assert places(tagger, text) == (("山东省",), ("菏泽市",))
