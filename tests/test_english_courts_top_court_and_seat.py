"""English reports call the supreme court "China's top court" or "the highest court", which counts
where a title names it, as its Chinese names do; a court named in English is not read as a district
of another city than the one it is said to sit in. Every sentence here is made up."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> list[str]:
    return [m.value for m in tagger.tag_text(text).courts]


@pytest.mark.parametrize("title", [
    "China's top court tightens rules on debt collection",
    "Through new guidelines, top court protects small firms",
    "China’s highest court orders faster payouts",
])
def test_the_top_court_in_a_title_is_the_supreme_court(tagger: Tagger, title: str) -> None:
    text = f"{title}\n\nThe court said on Monday that lower courts in China must act within three months."
    assert courts(tagger, text) == ["最高人民法院"]


def test_another_countrys_top_court_is_none(tagger: Tagger) -> None:
    text = "Top court rejects appeal\n\nThe judges in Delhi dismissed the appeal of the landlord on Monday."
    assert courts(tagger, text) == []


def test_a_district_court_said_to_sit_in_another_city_is_not_that_district(tagger: Tagger) -> None:
    text = ("The Beilun District People's Court and Jinzhou District People's Court of the city of Ningbo "
            "posted the two seized cars online on Monday.")
    assert courts(tagger, text) == ["宁波市北仑区人民法院"]


def test_a_court_said_to_sit_in_its_own_province_is_kept(tagger: Tagger) -> None:
    text = "The Taizhou Intermediate People's Court in Zhejiang province heard the case."
    assert len(courts(tagger, text)) == 1
