"""Statute citations in forms a sample of ordinary court-news pages printed
(``lawnews.index.tagging.citations``): the writer's own reasoning after 第N条规定，, a numbered
interpretation named without brackets around its number, the headings of a rule printed
under a chapter and a section line, and a title whose issuers the page garbled.

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract
from support import cited as cites

MARRIAGE_2 = "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）"
PROCURATORATE_RULES = "人民检察院刑事诉讼规则"


def test_the_writers_reasoning_after_guiding_words_is_no_quoted_wording():
    # 规定，认为…: the court's reasoning, not the article's words
    (c,) = extract("二审法院适用《民法典》第1064条规定,认为涉案借款系个人出具借条所负,应由其个人偿还。")
    assert c.quote == ""
    (c,) = extract("《民法典》第183条规定,明确见义勇为者受损时可以请求受益人适当补偿。")
    assert c.quote == ""
    (c,) = extract("1. 《民法典》第183条:明确见义勇为者受损时,可向受益人请求适当补偿。")
    assert c.quote == ""


def test_the_wording_after_guiding_words_of_an_article_is_still_quoted_when_it_is_the_articles():
    (c,) = extract("《民法典》第1064条规定,夫妻双方共同签名或者夫妻一方事后追认等共同意思表示所负的债务,属于夫妻共同债务。")
    assert c.quote.startswith("夫妻双方共同签名")


def test_a_numbered_interpretation_named_without_brackets_around_its_number():
    text = "对“婚姻法解释二”第二十四条的理解,历来争议较大。"
    ((_span, law, labels),) = cites(text)
    assert (law, labels) == (MARRIAGE_2, ["第二十四条"])
    text = "法院依照婚姻法司法解释二第二十三条驳回了诉讼请求。"
    ((_span, law, labels),) = cites(text)
    assert (law, labels) == (MARRIAGE_2, ["第二十三条"])


def test_a_number_after_an_interpretations_name_that_begins_an_article_number_is_not_its_ordinal():
    # 婚姻法解释 then 二十四条 (no 第): not the second interpretation
    assert all(law != MARRIAGE_2 for _s, law, _l in cites("婚姻法解释十条规定了无效婚姻的情形。"))


def test_a_section_heading_line_is_no_title_of_the_headings_under_it():
    text = ("人民检察院刑事诉讼规则\n\n第十章审查逮捕和审查起诉\n\n第一节一般规定\n\n"
            "第二百五十五条人民检察院办理审查逮捕、审查起诉案件,应当全面审查证明犯罪嫌疑人有罪或者无罪的证据。\n\n"
            "第二百五十六条经公安机关商请,人民检察院可以派员适时介入重大案件的侦查活动。")
    assert [(law, labels) for _s, law, labels in cites(text)] == [
        (PROCURATORATE_RULES, ["第二百五十五条"]), (PROCURATORATE_RULES, ["第二百五十六条"])]


def test_a_part_label_after_a_title_line_leaves_the_title_of_the_headings_under_it():
    # 规则(中): the middle part of the rule's text, as a page splits a long rule
    text = ("人民检察院刑事诉讼规则(中)\n\n第一节一般规定\n\n"
            "第二百五十五条人民检察院办理审查逮捕、审查起诉案件,应当全面审查证明犯罪嫌疑人有罪或者无罪的证据。")
    assert [(law, labels) for _s, law, labels in cites(text)] == [(PROCURATORATE_RULES, ["第二百五十五条"])]


NOTARIAL = "最高人民法院关于公证债权文书执行若干问题的规定"


def test_an_interpretations_title_printed_with_its_words_in_another_order_names_it():
    # 执行公证债权文书 for 公证债权文书执行: the same words, the one interpretation they fit
    text = "依照《最高人民法院关于执行公证债权文书若干问题的规定》第七条的规定申请复议。"
    ((_span, law, labels),) = cites(text)
    assert (law, labels) == (NOTARIAL, ["第七条"])


def test_a_title_close_to_two_interpretations_alike_names_neither():
    # as close to …执行工作… as to …办理仲裁裁决执行案件…: which one is meant cannot be told
    text = "依照《最高人民法院关于人民法院执行仲裁裁决若干问题的规定》第五条的规定申请复议。"
    ((_span, law, _labels),) = cites(text)
    assert law not in ("最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定",
                       "最高人民法院关于人民法院执行工作若干问题的规定（试行）")


def test_a_title_close_to_an_interpretation_of_another_number_in_its_series_is_not_that_one():
    text = "依照《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定(六)》第三条处理。"
    ((_span, law, _labels),) = cites(text)
    assert law is None or not law.endswith(("（五）", "（四）", "（三）", "（二）", "（一）"))


REFUSAL = "最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释"


def test_a_name_defined_after_the_document_number_printed_after_a_title():
    # 《…解释》法释〔2015〕16号(以下简称《拒执解释》): the parenthesis defines a name of the title, no law of its own
    text = ("最高人民法院《关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释》法释〔2015〕16号"
            "(以下简称《拒执解释》):\n"
            "第一条 负有执行义务的人有能力执行而拒不执行,情节严重的,应当依照刑法第三百一十三条的规定处罚。\n"
            "法院还可依照《拒执解释》第二条认定情节严重。")
    assert [(law, labels) for _s, law, labels in cites(text)] == [
        (REFUSAL, ["第一条"]), ("中华人民共和国刑法", ["第三百一十三条"]), (REFUSAL, ["第二条"])]


PERSONAL_INFO = "最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释"


def test_a_title_whose_issuers_are_garbled_names_the_interpretation_after_them():
    # 最高人民、最高人民: the page dropped 法院 and 检察院 from the issuers; the title after 关于 is whole
    text = "依照《最高人民、最高人民关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》第五条的规定定罪。"
    ((_span, law, labels),) = cites(text)
    assert (law, labels) == (PERSONAL_INFO, ["第五条"])


def test_a_title_of_another_issuer_before_guanyu_is_no_interpretation_of_the_supreme_courts():
    # 江苏省高级人民法院 is an issuer of its own: its title is not the supreme courts' one
    text = "依照《江苏省高级人民法院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》第五条的规定定罪。"
    ((_span, law, _labels),) = cites(text)
    assert law != PERSONAL_INFO
