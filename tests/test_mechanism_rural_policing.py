"""县域警务 told by the police of the countryside: a village or township police station, the
police backpack carried to the villages, police strength sent down to the grass roots.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text", [
    # a township's police station and what it does for the villages
    "某乡派出所今年推出“上门办证”服务。民警每周两次把户籍业务送到偏远的山村，为老人办理身份证。",
    # the police backpack carried from village to village
    "警务背包里装着户籍表格、反诈传单和常用药品，民警背着它翻山来到高山村，为行动不便的村民上门办证。",
    # police strength sent down to the countryside
    "县公安局推行警力下沉，机关民警的六成被派到农村派出所。每个行政村都有一名民警联系，治安案件同比下降两成。",
])
def test_rural_policing_told_by_its_working(tagger: Tagger, text: str) -> None:
    assert "县域警务" in labels(tagger, text)


def test_a_city_police_station_is_not_rural_policing(tagger: Tagger) -> None:
    text = "某市公安局城东派出所民警在地铁站开展治安巡逻。民警提醒乘客保管好随身财物。"
    assert "县域警务" not in labels(tagger, text)
