"""Regions: the note a copied page carries of where it was posted (2020-06-11 发布于广东,
IP属地：广东) is page furniture, not a place the text is about; a place where something is
published or happens keeps its tag."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def places(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities


NOTES = [
    "2020-06-11 发布于广东\n南昌市东湖区人民法院执行干警依法腾退一处房屋。",
    "南昌市东湖区人民法院执行干警依法腾退一处房屋。\n IP属地：广东 阅读 3000",
    "南昌市东湖区人民法院执行干警依法腾退一处房屋。ip属地广东",
]


@pytest.mark.parametrize("text", NOTES, ids=["posted", "ip", "ip-lower"])
def test_where_a_page_was_posted_is_not_what_it_is_about(tagger: Tagger, text: str) -> None:
    assert places(tagger, text) == (("江西省",), ("南昌市",))


def test_a_place_where_things_happen_keeps_its_tag(tagger: Tagger) -> None:
    # the look-alikes: the place itself acts, or something is published there
    text = "南昌市东湖区人民法院执行干警前往广东。广东法院发布执行白皮书。"
    assert set(places(tagger, text)[0]) == {"江西省", "广东省"}
