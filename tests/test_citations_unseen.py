"""Statute citations in forms that pages the rules were not tuned on print
(``lawnews.index.tagging.citations``): an article inside the title of an interpretation, a
heading whose law the next line names, a 法律依据 label before a quoted article, a name of the
table with an Arabic article number and no 第, a remark after a bare article.

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract
from support import cited as cites

CRIMINAL = "中华人民共和国刑法"
CIVIL_CODE = "中华人民共和国民法典"
LABOUR_CONTRACT = "中华人民共和国劳动合同法"
CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"


def test_an_article_inside_the_title_of_an_interpretation_with_inner_angle_brackets():
    text = "会议通过的《关于〈中华人民共和国刑法〉第三百一十三条的解释》明确了判决、裁定的范围。"
    assert cites(text) == [("〈中华人民共和国刑法〉第三百一十三条", CRIMINAL, ["第三百一十三条"])]


def test_an_article_inside_an_interpretation_title_written_without_inner_brackets():
    text = "依照《全国人大常委会关于刑法第二百二十八条的解释》处理。"
    assert cites(text) == [("刑法第二百二十八条", CRIMINAL, ["第二百二十八条"])]


def test_an_article_inside_a_title_that_is_no_legal_document_is_no_citation():
    # a book or an essay on an article: its title is not a rule's
    assert cites("他写了《刑法第二十条研究》一书,颇受好评。") == []
    assert cites("电影《第二十条》上映后引发讨论。") == []


def test_a_heading_whose_law_the_next_line_names_with_the_same_article():
    text = "第四十六条【经济补偿】\n《劳动合同法》第四十六条规定:有下列情形之一的,用人单位应当向劳动者支付经济补偿。"
    assert cites(text) == [("第四十六条", LABOUR_CONTRACT, ["第四十六条"]),
                           ("《劳动合同法》第四十六条", LABOUR_CONTRACT, ["第四十六条"])]


def test_a_heading_is_not_given_the_law_of_another_article_named_next():
    text = "第四十六条【经济补偿】\n《劳动合同法》第四十七条规定:经济补偿按劳动者在本单位工作的年限支付。"
    assert cites(text) == [("《劳动合同法》第四十七条", LABOUR_CONTRACT, ["第四十七条"])]


def test_a_legal_basis_label_makes_the_next_headings_of_its_paragraph_the_same_laws():
    text = ("离婚财产可以协商处理,也可以请求法院判决。 【法律依据】 《中华人民共和国民法典》第一千零八十七条 离婚时,"
            "夫妻的共同财产由双方协议处理。 第一千零九十一条 有下列情形之一,导致离婚的,无过错方有权请求损害赔偿。")
    assert cites(text) == [("《中华人民共和国民法典》第一千零八十七条", CIVIL_CODE, ["第一千零八十七条"]),
                           ("第一千零九十一条", CIVIL_CODE, ["第一千零九十一条"])]


def test_without_the_label_a_heading_after_a_sentence_takes_no_law_from_it():
    text = ("离婚财产可以协商处理,也可以请求法院判决。 《中华人民共和国民法典》第一千零八十七条 离婚时,"
            "夫妻的共同财产由双方协议处理。 第一千零九十一条 有下列情形之一,导致离婚的,无过错方有权请求损害赔偿。")
    assert cites(text)[0] == ("《中华人民共和国民法典》第一千零八十七条", CIVIL_CODE, ["第一千零八十七条"])


def test_a_name_of_the_table_with_an_arabic_article_number_and_no_di():
    assert cites("法官指出,民诉法225条规定了执行行为异议。") == [("民诉法225条", CIVIL_PROCEDURE, ["第二百二十五条"])]
    assert cites("合同法,合同法52条规定无效合同") == [("合同法52条", "中华人民共和国合同法", ["第五十二条"])]


def test_counts_of_articles_after_a_law_are_no_citation():
    assert cites("新修订的未成年人保护法条文从72条增至132条。") == []
    assert cites("民法典共1260条,分为七编。") == []


def test_a_remark_after_a_bare_article_is_not_its_quoted_wording():
    text = "《劳动合同法》第八十七条规定了赔偿金。\n第八十七条明确了用人单位违法解除劳动合同的惩罚性赔偿责任。"
    found = extract(text)
    assert [c.text for c in found] == ["《劳动合同法》第八十七条", "第八十七条"]
    assert found[1].quote == ""


def test_a_name_of_the_table_with_a_chinese_article_number_and_no_di():
    assert cites("依照治安管理处罚法二十六条规定,对其处以拘留。") == [
        ("治安管理处罚法二十六条", "中华人民共和国治安管理处罚法", ["第二十六条"])]
    assert cites("《刑法》二百六十六条规定了诈骗罪。") == [("《刑法》二百六十六条", CRIMINAL, ["第二百六十六条"])]


def test_a_count_in_chinese_numerals_after_a_law_is_no_citation():
    assert cites("一文读懂民法典十条亮点。") == []
    assert cites("公司法三条修改值得关注。") == []
    assert cites("刑法修正案新增二十条罪名条文。") == []


def test_ben_tiao_is_the_article_of_the_heading_the_page_comments_on():
    text = ("《劳动合同法》\n第八十二条 用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的,"
            "应当向劳动者每月支付二倍的工资。\n本条第一款规定的是二倍工资罚则。\n"
            "《劳动合同法》第十条第二款规定,建立劳动关系应当订立书面劳动合同。\n关于本条第一款,存在争议。")
    assert [(t, labels) for t, _law, labels in cites(text)] == [
        ("《劳动合同法》\n第八十二条", ["第八十二条"]), ("本条第一款", ["第八十二条"]),
        ("《劳动合同法》第十条第二款", ["第十条"]), ("本条第一款", ["第八十二条"])]


def test_ben_tiao_under_a_heading_of_an_unnamed_law_is_not_the_article_cited_in_passing():
    text = ("第二十九条【追责时效】违法行为在二年内未被发现的,不再给予行政处罚。\n"
            "本条是对追责时效的规定。例如《治安管理处罚条例》第十八条的规定。本条第二款明确了起算方法。")
    assert [t for t, _law, _labels in cites(text)] == ["《治安管理处罚条例》第十八条"]


def test_ben_tiao_without_a_heading_is_the_article_just_cited():
    text = "《民法典》第一千一百七十三条规定了过失相抵。本条第二款另有规定。"
    assert cites(text)[1] == ("本条第二款", CIVIL_CODE, ["第一千一百七十三条"])
