"""A court where someone in the story worked before (王某之前是上海海事法院自贸区法庭的法官, 曾任…法院副院长,
曾在…法院执行局工作) is that person's past employer, not a court acting in the story; the same court
acting elsewhere in the text still counts."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

FORMER = [
    "上海金融法院成立后受理案件增多。法官王某之前是上海海事法院自贸区法庭的法官，去年来到上海金融法院。",
    "湘潭中院开展集中执行。带队的李某曾任长沙市芙蓉区人民法院副院长，如今在湘潭中院工作。",
    "湘潭中院开展集中执行。带队的李某原任长沙市芙蓉区人民法院法官，熟悉执行工作。",
    "湘潭中院开展集中执行。带队的李某曾在芙蓉区法院执行局工作多年。",
]


@pytest.mark.parametrize("text", FORMER, ids=["之前是", "曾任", "原任", "曾在"])
def test_a_former_employer_is_no_court_of_the_story(tagger: Tagger, text: str) -> None:
    courts = tagger.tag_text(text).about.courts
    assert courts in (("上海金融法院",), ("湘潭市中级人民法院",))


def test_a_former_employer_acting_elsewhere_still_counts(tagger: Tagger) -> None:
    text = "湘潭中院开展集中执行，李某曾任芙蓉区法院法官。芙蓉区法院也开展了集中执行。"
    assert "长沙市芙蓉区人民法院" in tagger.tag_text(text).about.courts
