"""The courts an editor's note lists as an issue's contents (本期推出甲中院、乙区法院、丙县法院的改革经验
做法，供交流学习) are only listed there: the items the page carries name the courts that act in it
(甲中院：…), and a listed court whose item is not on the page is no court of it."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


NOTE = ("编者按：为推动执行改革走深走实，本期推出张家界中院、郴州市北湖区法院、株洲市荷塘区法院的改革经验做法，"
        "供交流学习。")


def test_courts_listed_in_an_issues_contents_are_not_the_pages(tagger: Tagger) -> None:
    text = NOTE + "张家界中院：建立执行指挥中心，统一调度全市执行力量，今年执结案件三千余件。"
    assert courts(tagger, text) == ("张家界市中级人民法院",)


def test_every_item_the_page_carries_acts(tagger: Tagger) -> None:
    text = (NOTE + "张家界中院：建立执行指挥中心，统一调度全市执行力量。"
            "郴州市北湖区法院：推行执行事务集约化，执结率明显提升。")
    assert courts(tagger, text) == ("张家界市中级人民法院", "郴州市北湖区人民法院")


@pytest.mark.parametrize("text", [
    "本期推出张家界中院的执行改革经验。张家界中院建立执行指挥中心，统一调度执行力量。",
    "张家界中院、郴州市北湖区法院联合开展执行攻坚，本期执结案件百余件。",
], ids=["one court introduced", "courts before the issue word"])
def test_courts_acting_around_an_issue_word_keep_their_tags(tagger: Tagger, text: str) -> None:
    assert "张家界市中级人民法院" in courts(tagger, text)
