"""A wire dateline in an English report (``China News Service, Nanchang, November 30``,
``Kunming, May 3 (Xinhua)``) names where the reporter filed from, as 中新网南昌11月30日电
does in Chinese: a provincial department's story filed from its capital is about the
province, not the capital. A name followed by a comma and a year, or named in the body,
keeps its tag. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

FILLER = ("The report said that disputes between neighbours were settled by mediators before they reached "
          "a court, and that officers visited villages every week to hear what residents had to say. ")

CASES = [
    ("China News Service, Nanchang, November 30 (Reporter Li Ming) The Jiangxi Provincial Public Security "
     "Department said on Monday that fraud cases fell this year. " + FILLER, {"江西省"}, set()),
    ("Kunming, May 3 (Xinhua) -- The Yunnan provincial procuratorate said it had charged 40 people. " + FILLER,
     {"云南省"}, set()),
    # the same city named in the body is what the story is about
    ("China News Service, Nanchang, November 30 (Reporter Li Ming) Police in Nanchang arrested ten people "
     "for fraud. " + FILLER, {"江西省"}, {"南昌市"}),
    # a city, a comma and a year is no dateline
    (FILLER + "The court moved to Nanchang, May 2019 records show.", {"江西省"}, {"南昌市"}),
]


@pytest.mark.parametrize("text, provinces, cities", CASES, ids=[f"case{i}" for i, _ in enumerate(CASES, 1)])
def test_a_dateline_city_is_not_what_an_english_report_is_about(
        tagger: Tagger, text: str, provinces: set[str], cities: set[str]) -> None:
    a = tagger.tag_text(text).about
    assert (set(a.provinces), set(a.cities)) == (provinces, cities)
