"""Courts whose leaders attend a ceremony of another court (省、市法院领导参加了落成典礼) are guests,
not courts of the story; the court whose ceremony it is still counts. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


def test_courts_whose_leaders_attend_a_ceremony_are_guests(tagger: Tagger) -> None:
    text = ("5月8日，石门县人民法院举行维新人民法庭新办公楼落成典礼。常德市中级人民法院领导参加了落成典礼。"
            "石门县人民法院院长表示将加强法庭建设。")
    assert courts(tagger, text) == ("石门县人民法院",)


def test_a_court_whose_leaders_hold_a_meeting_still_counts(tagger: Tagger) -> None:
    text = "常德市中级人民法院领导带队督导执行工作，石门县人民法院执结案件30件。"
    assert "常德市中级人民法院" in courts(tagger, text)
