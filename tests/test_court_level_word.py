"""A court written with its level word alone (县法院, 区人民法院, 市法院, 市中级法院): the court of the one
county, district or prefecture the text is about; none where the words name several
courts, all of a place's courts, or a place that is no one's."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


NAMED = [
    # a county text: the county government and the county court
    ("将乐县召开企业破产处置工作会议。会上，县政府与县法院共同研究了处置方案。", "将乐县人民法院"),
    # a district text: the district court's enforcement bureau
    ("东坡区综治中心邀请区人民法院执行局局长为网格员授课。", "眉山市东坡区人民法院"),
    ("锦江区在区法院设立执行救助基金专门账户。", "成都市锦江区人民法院"),
    # a prefecture text: the city court's president
    ("莆田市执行联动工作推进会召开。市委常委、政法委书记出席，市法院院长作了发言。", "莆田市中级人民法院"),
    ("山东省菏泽市司法局联合市法院印发人民调解协议司法确认的意见。", "菏泽市中级人民法院"),
    # the intermediate court written 市中级法院, as 市中院 and 市中级人民法院 are
    ("金昌市政法委召开会议。5月19日上午，市中级法院副院长主持召开新闻媒体通气会。", "金昌市中级人民法院"),
]


@pytest.mark.parametrize("text, court", NAMED, ids=[f"named{i}" for i, _ in enumerate(NAMED, 1)])
def test_a_level_word_court_is_the_court_of_the_place_the_text_is_about(tagger: Tagger, text: str,
                                                                        court: str) -> None:
    assert courts(tagger, text) == (court,)


LEFT = [
    # two counties: which one's court cannot be told
    "将乐县与泰宁县联合开展执法检查，县法院派员参加。",
    # the courts of several counties, of all the city, of a county no one names
    "将乐县召开会议，各县法院分管领导参加。",
    "莆田市召开会议，全市法院执行干警参加。",
    "某县法院执结一起案件。将乐县的经验值得借鉴。",
    # 市法院 in a text that names a county-level city: the city court or that city's court
    "湘潭市湘乡市召开会议，市法院院长参加。",
]


@pytest.mark.parametrize("text", LEFT, ids=[f"left{i}" for i, _ in enumerate(LEFT, 1)])
def test_a_level_word_that_cannot_be_placed_is_no_court(tagger: Tagger, text: str) -> None:
    assert courts(tagger, text) == ()


def test_a_level_word_ending_a_place_is_that_places_court(tagger: Tagger) -> None:
    # 石门县法院 is 石门县's court whatever other county the text names
    assert courts(tagger, "慈利县召开会议。石门县法院院长介绍了经验。") == ("石门县人民法院",)


@pytest.mark.parametrize("text", [
    "白山市江源区召开座谈会。吉林长春林区法院执行局通报了终本案件清理情况。",
    "江源区在苏州工业园区法院的协助下完成了跨域立案。",
    "江源区政法委要求辖区法院加大执行力度。",
])
def test_a_level_word_ending_an_area_that_is_no_district_is_no_district_court(tagger: Tagger, text: str) -> None:
    assert "白山市江源区人民法院" not in courts(tagger, text)
