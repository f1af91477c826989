"""A higher court that only directs the courts below it — it deploys a campaign across the
province (在全省法院开展…行动), publishes or sends down guidance (印发《…》, 发文指示) or a notice
they carry out (发布了执行公告), opens a
column for their news (开设…专栏) or sets them a line (提出：“…”) — in a story of a court below
it is the hierarchy above that court, not a court acting in the story. The same court acting in
the story, or with no court below it in the text, keeps its tag."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


DIRECTING = [
    ("春节前后最容易找到老赖。河南高院在全省法院开展为期一个月的“春雷”行动，登封法院凌晨出击，执结案件12件。",
     ("登封市人民法院",)),
    ("2009年，省法院印发《关于执行考核的指导意见》。佛山中院据此细化考核指标，执结率逐年上升。",
     ("佛山市中级人民法院",)),
    ("扬州中院开设执行专栏，不定期发布全市法院执行动态。邗江法院干警赶赴外省，扣押大巴8辆。",
     ("扬州市邗江区人民法院",)),
    ("江苏省高院发文指示，省内各级法院尽快准备网络拍卖。如东法院随即在网上拍卖了一处厂房。",
     ("如东县人民法院",)),
    ("北京市高级法院提出：“基层法院自动履行率要达到55%。”延庆法院据此推出了判后督促措施。",
     ("北京市延庆区人民法院",)),
    ("江山法院联合交警查处驾车的失信被执行人。据悉，今年1月，衢州市中级人民法院发布了执行公告，对失信被执行人发出限驾令。",
     ("江山市人民法院",)),
]


@pytest.mark.parametrize("text, acting", DIRECTING, ids=["deploys", "publishes", "column", "directive", "line",
                                                         "notice"])
def test_a_higher_court_only_directing_a_lower_one_does_not_act(tagger: Tagger, text: str,
                                                                 acting: tuple[str, ...]) -> None:
    assert courts(tagger, text) == acting


ACTING = [
    ("河南高院在全省法院开展为期一个月的“春雷”行动，全省执结案件3000件。", "河南省高级人民法院"),
    ("江苏省高院发文指示各级法院准备网络拍卖。如东法院拍卖厂房时，江苏省高院执行局派员到场指导。", "江苏省高级人民法院"),
    ("浙江高院印发《执行指引》。如东法院在网上拍卖了一处厂房。", "浙江省高级人民法院"),
]


@pytest.mark.parametrize("text, court", ACTING, ids=["alone", "also acts", "another province"])
def test_a_higher_court_acting_or_above_no_court_of_the_text_keeps_its_tag(tagger: Tagger, text: str,
                                                                          court: str) -> None:
    assert court in courts(tagger, text)
