"""Statute citations: the short names people give the organic laws (检察院组织法, 法院组织法,
地方组织法, 村委会组织法), also printed as a full title with 中华人民共和国 before them; and a title
of no law named in passing (a standard, 《人体重伤鉴定标准》, no number after it) leaves an article
of the sentence's law cited again after it to that law.

Every sentence here is written for the test; each citation's span must be the text it covers, and
its law and articles the ones the sentence cites.
"""

from __future__ import annotations

import pytest

from support import cited as cites

CRIMINAL = "中华人民共和国刑法"


@pytest.mark.parametrize("text, span, law, article", [
    ("根据《中华人民共和国检察院组织法》第21条规定，检察院依法履职。", "《中华人民共和国检察院组织法》第21条",
     "中华人民共和国人民检察院组织法", "第二十一条"),
    ("依照法院组织法第十条，设立审判委员会。", "法院组织法第十条", "中华人民共和国人民法院组织法", "第十条"),
    ("《地方组织法》第七十三条规定了县级政府的职权。", "《地方组织法》第七十三条",
     "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", "第七十三条"),
    ("根据村委会组织法第二十七条，村规民约应当备案。", "村委会组织法第二十七条", "中华人民共和国村民委员会组织法", "第二十七条"),
])
def test_the_short_names_of_the_organic_laws(text, span, law, article):
    assert cites(text) == [(span, law, [article])]


def test_an_article_cited_again_after_a_standard_named_in_passing_is_its_laws():
    text = ("在适用《刑法》第二百三十四条第二款时，用《人体重伤鉴定标准》来确定伤情等级，"
            "而在适用第二百三十四条第一款时，应用《人体轻伤鉴定标准》。")
    assert cites(text) == [("《刑法》第二百三十四条第二款", CRIMINAL, ["第二百三十四条"]),
                           ("第二百三十四条第一款", CRIMINAL, ["第二百三十四条"])]



def test_a_laws_name_before_the_word_of_an_interpretation_the_table_lacks_is_no_law():
    # the headings under a line naming an interpretation that is no rule of the table are no law's
    text = "2020最新侵权责任法司法解释全文\n第一条【保护范围】身体权、名称权等民事权利受保护。"
    assert cites(text) == []
    # the law itself, cited with its article, still is
    assert cites("依照侵权责任法第六条，行为人应当承担侵权责任。") == [
        ("侵权责任法第六条", "中华人民共和国侵权责任法", ["第六条"])]


def test_the_interpretation_the_table_knows_after_a_laws_name_is_still_read():
    [(span, law, articles)] = cites("根据《民事诉讼法》司法解释第四百六十一条，当事人可以申请。")
    assert span == "《民事诉讼法》司法解释第四百六十一条" and "解释" in law and articles == ["第四百六十一条"]
