"""Mechanism tags on English reports of Chinese court and police news: a few English names
of mechanisms (judicial auction, the dishonest debtor list, anti-fraud) count like their
Chinese forms, under the same rules. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text, label", [
    ("A county court sold a seized hotel through an online judicial auction this week. "
     "Judicial auctions now let bidders from across the country take part.", "司法拍卖"),
    ("The court put the company on the list of dishonest judgment debtors. "
     "A dishonest debtor cannot buy plane tickets or stay at luxury hotels.", "失信惩戒"),
    ("Anti-fraud police officers visited the village to warn elderly residents. "
     "The anti-fraud campaign will reach every community by the end of the year.", "反诈"),
])
def test_an_english_name_of_a_mechanism_counts(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


def test_an_english_name_once_in_passing_is_not_enough(tagger: Tagger) -> None:
    # one plain mention, no count, no sentence about it: as for a Chinese form
    text = ("The delegation met local officials and discussed trade, tourism and many other topics, "
            "from schools to judicial auction rules and roads")
    assert "司法拍卖" not in labels(tagger, text)
