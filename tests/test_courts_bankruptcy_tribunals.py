"""A city's bankruptcy tribunal (破产法庭) is a division of an intermediate court and folds into it,
as a people's tribunal folds into its base court: the city's 中院, in a municipality the numbered
中院 that hosts it (重庆破产法庭: 重庆市第五中级人民法院). Every sentence here is made up."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


@pytest.mark.parametrize("text, court", [
    ("重庆破产法庭召开第一次债权人会议，当场宣告一家餐饮公司破产。", "重庆市第五中级人民法院"),
    ("上海破产法庭近日审结一起重整案件，企业重获新生。", "上海市第三中级人民法院"),
    ("北京破产法庭通过竞争选任方式指定管理人。", "北京市第一中级人民法院"),
    ("天津破产法庭受理了一家钢铁企业的破产重整申请。", "天津市第二中级人民法院"),
    ("深圳破产法庭裁定批准一家电子公司的重整计划。", "深圳市中级人民法院"),
], ids=["chongqing", "shanghai", "beijing", "tianjin", "city"])
def test_a_bankruptcy_tribunal_is_its_intermediate_courts(tagger: Tagger, text: str, court: str) -> None:
    assert courts(tagger, text) == (court,)


def test_a_bankruptcy_tribunal_after_its_court_is_that_court_once(tagger: Tagger) -> None:
    text = "重庆破产法庭由重庆市第五中级人民法院管理，重庆破产法庭受理全市破产案件。"
    assert courts(tagger, text) == ("重庆市第五中级人民法院",)


def test_a_county_before_a_bankruptcy_tribunal_makes_no_court(tagger: Tagger) -> None:
    assert courts(tagger, "石门县破产法庭的做法值得学习。") == ()
