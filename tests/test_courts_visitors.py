"""Courts that come to learn from the text's court (…合肥市中级人民法院、某区人民法院都纷纷前来“取经”,
某区法院先后到我院考察学习) are visitors, not courts of the story; a court that goes to learn
elsewhere in its own story (瑶海区法院组织干警赴辽中区法院学习) still counts."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.courts, a.provinces


VISITORS = [
    "辽中区法院打击拒执成效明显，这些经验引得合肥市中级人民法院、合肥市瑶海区人民法院都纷纷前来“取经”。"
    "辽中区法院执行局局长介绍了做法。",
    "辽中区法院执行指挥中心建成后，合肥市瑶海区人民法院先后到我院考察学习。辽中区法院还开展集中执行。",
]


@pytest.mark.parametrize("text", VISITORS, ids=["取经", "考察学习"])
def test_visiting_courts_are_not_the_storys(tagger: Tagger, text: str) -> None:
    assert about(tagger, text) == (("沈阳市辽中区人民法院",), ("辽宁省",))


def test_a_court_learning_in_its_own_story_counts(tagger: Tagger) -> None:
    text = "瑶海区法院组织执行干警赴辽中区法院学习打击拒执经验，回院后开展集中执行，执结案件20件。"
    assert "合肥市瑶海区人民法院" in about(tagger, text)[0]
