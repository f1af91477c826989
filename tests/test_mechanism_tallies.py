"""Mechanism tags: a clause of a tally — a sentence whose clauses each give a count, one per
measure of a year's work — is an item of that list, not a sentence about the mechanism.
Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_a_measure_in_a_tally_of_the_year_is_an_item(tagger: Tagger) -> None:
    text = ("全年共执结案件3200件。依法公布失信被执行人名单612人次，限制高消费430人次，"
            "罚款15人次，拘留48人次，执行到位金额4.2亿元。")
    assert "失信惩戒" not in labels(tagger, text)


def test_a_count_of_its_own_still_makes_a_sentence_about_it(tagger: Tagger) -> None:
    # two clauses with a count, both on the same measure: no tally
    text = "今年以来，该院将拒不履行的320名被执行人纳入失信被执行人名单，其中86人在曝光后主动履行了义务。"
    assert "失信惩戒" in labels(tagger, text)
