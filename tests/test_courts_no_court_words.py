"""Words that hold 法庭 or 我院 without naming a court: a verb's (告上法庭, 走上法庭, 不用上法庭,
对簿法庭), a mock trial (模拟法庭), police working with a court (民警联动法庭), a village's moral
council or the public's opinion (道德法庭, 舆论法庭), and 我院 written by
another body (a procuratorate, a hospital) in a text that names no court. A town's tribunal and a
court's own 我院 still count. Sentences are made up."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


@pytest.mark.parametrize("text", [
    "石门县一村民将邻居告上法庭，要求赔偿损失。",
    "石门县调解员上门化解，双方不用上法庭就握手言和。",
    "石门县两兄弟为宅基地对簿法庭。",
    "石门县某中学开展模拟法庭活动，学生扮演法官。",
    "石门县派出所推行民警联动法庭机制，化解邻里纠纷。",
    "石门县某村设立道德法庭，评议不孝敬老人的行为。",
    "石门县一男子的言行被推上舆论法庭。",
])
def test_words_holding_a_tribunal_word_name_no_court(tagger: Tagger, text: str) -> None:
    assert courts(tagger, text) == ()


def test_a_towns_tribunal_still_counts(tagger: Tagger) -> None:
    assert courts(tagger, "石门县维新法庭开展巡回审判，调解纠纷5起。") == ("石门县人民法院",)


@pytest.mark.parametrize("text", [
    "石门县人民检察院开展支持起诉专项活动。我院依法支持12名农民工起诉，帮助讨回欠薪。",
    "石门县中医医院开展义诊。我院专家为群众免费体检。",
])
def test_we_of_another_body_is_no_court(tagger: Tagger, text: str) -> None:
    assert courts(tagger, text) == ()


def test_a_courts_own_we_still_counts(tagger: Tagger) -> None:
    text = "石门县：近日，我院开展集中执行行动，执行法官兵分三路，执结案件30件。"
    assert courts(tagger, text) == ("石门县人民法院",)
