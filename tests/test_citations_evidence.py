"""Statute citations in forms found on fresh pages (``lawnews.index.tagging.citations``):
the usual short names of a repealed interpretation and of a treaty, a trial text named after a
title, and the sanction a text says the article cited imposes.

Every sentence here is written for the test; each citation's span must be the text it covers,
and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import Citation, extract
from support import cited as cites

CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"
FIRE = "中华人民共和国消防法"


def test_the_usual_short_name_of_the_opinions_on_the_general_principles_of_civil_law():
    text = "学者基于对《民通意见》第71条的解释提出了错误的概念。"
    assert cites(text) == [("《民通意见》第71条",
                            "最高人民法院关于贯彻执行《中华人民共和国民法通则》若干问题的意见（试行）", ["第七十一条"])]


def test_the_sales_convention_by_its_english_abbreviation():
    text = "CISG第八十四条规定了卖方返还价款时应支付利息。"
    assert cites(text) == [("CISG第八十四条", "联合国国际货物销售合同公约", ["第八十四条"])]


def test_a_trial_text_named_after_the_title_is_another_law_than_the_title_alone():
    (trial,) = extract("根据《民事诉讼法》(试行)第11条的规定，罚款适用于六种行为。")
    (code,) = extract("根据《民事诉讼法》第11条的规定，罚款适用于六种行为。")
    assert (trial.law, code.law) == (CIVIL_PROCEDURE + "（试行）", CIVIL_PROCEDURE)
    assert trial.text == "《民事诉讼法》(试行)第11条"


def test_the_sanction_the_text_says_one_article_imposes_is_kept():
    (c,) = extract("尚不构成犯罪的，依照《消防法》第五十条规定处15日以下拘留。")
    assert (c.law, c.sanction) == (FIRE, "拘留")
    assert Citation.from_dict(c.to_dict()) == c


def test_no_sanction_is_read_from_a_sentence_passed_or_a_list_of_articles():
    (c,) = extract("依照《刑法》第二百六十四条的规定，判处有期徒刑三年。")
    assert c.sanction == ""
    assert [c.sanction for c in extract("依照《治安管理处罚法》第二十六条、《消防法》第五十条的规定，处十日拘留。")] == ["", ""]
