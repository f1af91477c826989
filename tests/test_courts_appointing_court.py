"""A court above that appoints a court's president or approves its new name (某省高级人民法院任命某某为院长)
only approves: the court appointed to is the story's. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


def test_a_court_appointing_a_president_only_approves(tagger: Tagger) -> None:
    text = ("石门县人民法院于1980年恢复，湖南省高级人民法院任命张某为石门县人民法院院长。"
            "此后该院审结各类案件两千余件。")
    assert courts(tagger, text) == ("石门县人民法院",)


def test_a_court_approving_a_new_name_only_approves(tagger: Tagger) -> None:
    text = "1995年，湖南省高级人民法院批准该院更名，石门县人民法院当年审结案件九百件。"
    assert courts(tagger, text) == ("石门县人民法院",)
