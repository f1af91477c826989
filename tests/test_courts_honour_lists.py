"""Three or more courts listed as receiving an honour (…考评结果为优秀，获省高院通报表扬; …受到表彰; …荣获…称号)
in the story of another court are an honour list, not courts acting; a court honoured alone, a list
that is the whole story, and a listed court acting elsewhere in the text still count."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

LISTS = [
    "2022年，常德中院执行工作考评排名全省第二。石门县人民法院、安乡县人民法院、临澧县人民法院考评结果为优秀，"
    "获省高院通报表扬。常德中院执行局还召开了述职会议。",
    "常德中院召开执行工作会议。会上，石门县法院、安乡县法院和临澧县法院受到表彰。",
    "常德中院召开执行工作会议。石门县法院、安乡县法院、临澧县法院荣获“执行工作先进集体”称号。",
]


@pytest.mark.parametrize("text", LISTS, ids=["通报表扬", "受到表彰", "称号"])
def test_an_honour_list_of_courts_is_no_court_of_the_story(tagger: Tagger, text: str) -> None:
    assert tagger.tag_text(text).about.courts == ("常德市中级人民法院",)


def test_a_court_honoured_alone_counts(tagger: Tagger) -> None:
    text = "常德中院召开执行工作会议。石门县法院荣获“执行工作先进集体”称号。"
    assert "石门县人民法院" in tagger.tag_text(text).about.courts


def test_a_list_that_is_the_story_counts(tagger: Tagger) -> None:
    text = "石门县法院、安乡县法院、临澧县法院荣获“执行工作先进集体”称号。"
    assert len(tagger.tag_text(text).about.courts) == 3


def test_a_listed_court_acting_elsewhere_counts(tagger: Tagger) -> None:
    text = ("常德中院召开执行工作会议。石门县法院、安乡县法院、临澧县法院荣获“执行工作先进集体”称号。"
            "会后，石门县法院开展集中执行，执结案件20件。")
    assert "石门县人民法院" in tagger.tag_text(text).about.courts
