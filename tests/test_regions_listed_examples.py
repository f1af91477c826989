"""Places named as examples in a list, each with the quoted name of what it is known for
(河南的“一村一警”、甘肃的“治安户长制”和四川自贡的“全民见警”模式; 广州“天平”网、深圳“鹰眼查控”),
are list items like bare places (益阳、邵阳和岳阳), and do not make a text about them; nor does
the English summary of such a text, naming the same places as the Chinese lists them. A place
named with a quoted name outside a list, and an English summary of a place the Chinese text is
about, keep their tags."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities


LISTED = [
    "各地探索了多种做法，较为典型的有湖北的“一村一辅警”、江西的“乡村守夜人”和广东韶关的“警民共治”模式。"
    "本文分析这些做法的得失，提出完善农村治安的建议。",
    "近年来，查控手段不断升级，武汉“天眼”网、长沙“慧执行”、成都“蓉易查”等系统各具特色。"
    "本文比较这些系统的做法，提出完善执行查控的建议。",
    "各地法院的做法各有特色：江苏的“执行不能”告知、浙江的“移动微法院”与福建的“执行天网”。"
    "本文比较这些做法。",
]


@pytest.mark.parametrize("text", LISTED, ids=["的-quoted", "quoted-names", "与"])
def test_places_listed_with_what_they_are_known_for_are_list_items(tagger: Tagger, text: str) -> None:
    assert about(tagger, text) == ((), ())


SUMMARY = ("各地探索了多种做法，较为典型的有湖北的“一村一辅警”、江西的“乡村守夜人”和广东韶关的“警民共治”模式。"
           "本文分析这些做法，提出建议。Abstract: Typical practices are the one village one auxiliary police "
           "officer in Hubei Province, the village night watchmen in Jiangxi Province and the joint governance "
           "of police and people in Shaoguan, Guangdong Province. This paper analyses them and makes suggestions.")


def test_an_english_summary_of_listed_places_does_not_make_the_text_about_them(tagger: Tagger) -> None:
    assert about(tagger, SUMMARY) == ((), ())


KEPT = [
    # a quoted name with no list around it: the place the text is about
    ("湖北的“一村一辅警”做法由省公安厅推行。全省已有两千个村配备辅警，效果明显。", ("湖北省",), ()),
    # the English summary of a place the Chinese text is about
    ("湖北省司法厅推行一村一法律顾问，全省两千个村配备法律顾问。Abstract: The justice department of Hubei "
     "Province has given a legal adviser to each of two thousand villages of the province, "
     "and this paper studies how the scheme works.", ("湖北省",), ()),
]


@pytest.mark.parametrize("text, provinces, cities", KEPT, ids=["alone", "summary"])
def test_a_place_named_outside_a_list_keeps_its_tag(tagger: Tagger, text: str, provinces: tuple[str, ...],
                                                     cities: tuple[str, ...]) -> None:
    assert about(tagger, text) == (provinces, cities)
