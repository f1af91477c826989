"""A court named as the precedent another follows (北京金融法院是继上海金融法院之后的第二家金融法院,
继2018年上海金融法院设立之后) is a comparison, not a court of the story: only referred to. The same
court acting elsewhere in the text still counts. Every sentence here is made up."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

PRECEDENTS = [
    "北京金融法院于3月18日正式挂牌成立，作为继上海金融法院之后全国第二家金融专门法院，北京金融法院受理案件1343件。",
    "北京金融法院于3月18日正式成立，是继2018年上海金融法院设立之后的第二家金融法院。北京金融法院已受理案件。",
]


@pytest.mark.parametrize("text", PRECEDENTS, ids=["继…之后", "继…设立之后"])
def test_the_court_a_new_one_follows_is_no_court_of_the_story(tagger: Tagger, text: str) -> None:
    assert tagger.tag_text(text).about.courts == ("北京金融法院",)


def test_the_precedent_acting_elsewhere_still_counts(tagger: Tagger) -> None:
    text = "北京金融法院是继上海金融法院之后的第二家金融法院。上海金融法院当天也发布了十大案例。"
    assert "上海金融法院" in tagger.tag_text(text).about.courts
