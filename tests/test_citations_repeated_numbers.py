"""Arabic article numbers printed without 第 that repeat an article just cited
(``lawnews.index.tagging.citations``): `新的204条`, a case tagged `(20条)` under its article,
`而44条` in a sentence about 第43条 and 第44条.

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from support import cited as cites

CRIMINAL = "中华人民共和国刑法"
CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"


def test_a_number_without_di_repeating_an_article_just_cited_is_that_article_again():
    text = "2007年民事诉讼法第204条确立了案外人异议之诉。新的204条改变了过去的做法。"
    assert cites(text) == [("民事诉讼法第204条", CIVIL_PROCEDURE, ["第二百零四条"]),
                           ("204条", CIVIL_PROCEDURE, ["第二百零四条"])]


def test_a_case_tagged_in_brackets_with_the_article_its_paragraph_cites():
    text = ("应当认定为刑法第二十条第三款规定的“行凶”。 检例第45号:陈某正当防卫案(20条) 在被人殴打的情况下,"
            "防卫行为并未明显超过必要限度。")
    assert cites(text) == [("刑法第二十条第三款", CRIMINAL, ["第二十条"]), ("20条", CRIMINAL, ["第二十条"])]


def test_a_number_without_di_beside_another_article_of_the_same_law():
    text = "《民事诉讼法》第43条与第44条均作了规定。但第43条为特殊规定,而44条指向的是代位权。"
    found = cites(text)
    assert found[-1] == ("44条", CIVIL_PROCEDURE, ["第四十四条"])


def test_a_number_without_di_that_was_not_cited_before_is_no_citation():
    text = "《刑法》第二十条规定了正当防卫,而21条的内容另当别论。"
    assert cites(text) == [("《刑法》第二十条", CRIMINAL, ["第二十条"])]


def test_counts_of_articles_are_no_repeated_article():
    text = "《刑法》第二十条规定了正当防卫。修正后共15章266条,新增20条,条文从20条增至30条。"
    assert cites(text) == [("《刑法》第二十条", CRIMINAL, ["第二十条"])]


def test_a_repeated_number_after_a_citation_of_another_law_is_no_citation():
    text = "《刑法》第二十条规定了正当防卫。《民法典》第一百八十一条也有规定,(20条)另见上文。"
    assert [m for m, _law, _a in cites(text)] == ["《刑法》第二十条", "《民法典》第一百八十一条"]
