"""Bracketed titles the law-name table lacks: a title that reads as a law name of its own
is not read as a table law one character away; a slip of a table title still is."""

from __future__ import annotations

from lawnews.index.tagging.citations import extract


def laws(text: str) -> list[tuple[str, str | None]]:
    out = []
    for c in extract(text):
        assert text[c.start:c.end] == c.text, c
        out.append((c.text, c.law))
    return out


def test_a_complete_law_name_the_table_lacks_is_not_corrected_to_a_table_law_one_character_away():
    found = laws("依照《中华人民共和国测试法》第十条处罚。")
    assert [law for _t, law in found] == ["中华人民共和国测试法"]
    assert [law for _t, law in laws("根据《测试成果管理条例》第五条的规定。")] == ["测试成果管理条例"]


def test_a_slip_that_makes_no_word_is_still_read_as_the_table_law():
    assert laws("依照《中华人民共和国民事诉论法》第一百一十四条拘留。")[0][1] == "中华人民共和国民事诉讼法"
    assert laws("现行《民事讼诉法》第二百二十七条作了规定。")[0][1] == "中华人民共和国民事诉讼法"

