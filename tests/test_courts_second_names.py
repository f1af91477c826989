"""A court that carries two names, written with its second name in brackets before the court word
(重庆两江新区（自贸区）法院, 两江新区(自贸区)法院 in a 重庆 text), is the court its first name names;
a credit in brackets before 法院 ((通讯员某某)法院…) names no court."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


@pytest.mark.parametrize("text", [
    "二是发挥重庆两江新区（自贸区）法院在推动内陆开放高地建设中的司法保障作用，五年来审结案件11万件。",
    "重庆法院服务成渝地区双城经济圈建设。五年来，两江新区(自贸区)法院累计审结案件11万件。",
], ids=["full", "short"])
def test_a_court_with_its_second_name_in_brackets_is_found(tagger: Tagger, text: str) -> None:
    assert "重庆两江新区人民法院" in tagger.tag_text(text).about.courts


def test_a_credit_in_brackets_names_no_court(tagger: Tagger) -> None:
    text = "本报讯(通讯员王某)法院近日开展集中执行，执结案件20件。"
    assert tagger.tag_text(text).about.courts == ()
