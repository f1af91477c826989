"""A court of another province that a story's court only signs an agreement with (与河北高院签订
执行协作协议) is its partner, not a court the story is about; courts that sign as equals, each
acting in the story, and partners of the same province stay. Sentences are made up."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


@pytest.mark.parametrize("text, expected", [
    ("近日，北京市通州区人民法院与河北高院签订执行协作协议。通州法院执行局局长表示，将加强跨域执行协作。"
     "通州法院今年执结案件3000件。", ("北京市通州区人民法院",)),
    ("本报讯 近日，邯郸中院与聊城中院签订跨省执行协作框架协议。邯郸中院执行局局长介绍，协议涵盖委托送达、"
     "协助查控等内容。邯郸中院今年以来执结案件1万件。", ("邯郸市中级人民法院",)),
    ("近日，北京市通州区人民法院与河北高院、天津高院共同签署协作协议。通州法院表示将加强协作。"
     "通州法院今年执结案件3000件。", ("北京市通州区人民法院",)),
])
def test_a_partner_of_another_province_is_not_the_storys(tagger: Tagger, text: str, expected: tuple[str, ...]) -> None:
    assert about(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # signing as equals, each named acting
    ("青海省高级人民法院、甘肃省高级人民法院联合召开会议，签署框架协议。青海省高级人民法院副院长介绍了协议内容。"
     "甘肃省高级人民法院副院长表示将深化合作。", {"青海省高级人民法院", "甘肃省高级人民法院"}),
    # a partner of the same province
    ("近日，邯郸中院与丛台区法院签订协议。邯郸中院表示将加强指导。邯郸中院今年执结案件1万件。",
     {"邯郸市中级人民法院", "邯郸市丛台区人民法院"}),
    # the partner acts again in the story
    ("近日，邯郸中院与聊城中院签订协作协议。邯郸中院表示将加强协作。邯郸中院执结案件。聊城中院随后为邯郸中院"
     "协助查控了被执行人财产。", {"邯郸市中级人民法院", "聊城市中级人民法院"}),
])
def test_courts_that_act_stay(tagger: Tagger, text: str, expected: set[str]) -> None:
    assert set(about(tagger, text)) == expected
