"""A province's full name after a character that makes a word with its first one (暖心|上海市) is
still the province; a county's three-character name so read is not (以上|城区 is no 上城区)."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_a_provinces_full_name_after_a_word_is_the_province(tagger: Tagger) -> None:
    text = "背后的原因令人暖心上海市公安局宝山分局通河新村派出所民警劝阻老人转账。"
    assert tagger.tag_text(text).about.provinces == ("上海市",)


def test_a_countys_name_read_as_parts_of_words_is_still_no_place(tagger: Tagger) -> None:
    assert tagger.tag_text("人口在十万以上城区的街道开展反诈宣传。").about.provinces == ()
