"""Statute citations in the forms of law-study articles, case commentaries and the texts of
local rules reposted on the web (``lawnews.index.tagging.citations``).

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract
from support import cited as cites

CRIMINAL = "中华人民共和国刑法"
TRAFFIC = "中华人民共和国道路交通安全法"
CONTRACT = "中华人民共和国合同法"
PRIVACY = "中华人民共和国个人信息保护法"
CIVIL_CODE = "中华人民共和国民法典"
BUILDING_ONE = "最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）"
REFUSAL = "最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释"


def test_pinyin_printed_after_characters_is_read_past_in_titles_and_article_numbers():
    text = "《道(dào)路交通安全法(fǎ)》第七(qī)十六条(tiáo)规定,机动车一方没有过错的,承担不超过百分之十的赔偿责任。"
    assert cites(text) == [("《道(dào)路交通安全法(fǎ)》第七(qī)十六条", TRAFFIC, ["第七十六条"])]


def test_an_article_heading_with_pinyin_under_a_title_on_its_own_line():
    text = "《中华人民共和国道路交通安全法》\n第(dì)六十七条 行人、非机动车不得进入高速公(gōng)路。"
    assert cites(text) == [("《中华人民共和国道路交通安全法》\n第(dì)六十七条", TRAFFIC, ["第六十七条"])]


def test_financial_numerals_in_an_article_number_read_as_digits():
    assert cites("依據《中華人民共和國合同法》第六十壹條不能確定的,應隨貸款壹並支付。") == [
        ("《中華人民共和國合同法》第六十壹條", CONTRACT, ["第六十一条"])]
    assert cites("依照《刑法》第贰佰陆拾肆条的规定定罪处罚。") == [("《刑法》第贰佰陆拾肆条", CRIMINAL, ["第二百六十四条"])]


def test_the_headings_of_a_rule_printed_under_its_title_on_a_line_of_its_own():
    text = ("青山市养犬管理条例\n\n2024-05-14\n\n"
            "第一条 为了规范养犬行为,根据《中华人民共和国动物防疫法》,制定本条例。第二条 本条例适用于本市。\n"
            "(一)犬只登记;\n(二)犬只免疫。\n第三条 市公安机关负责养犬管理工作。")
    assert cites(text) == [("第一条", "青山市养犬管理条例", ["第一条"]), ("第二条", "青山市养犬管理条例", ["第二条"]),
                           ("第三条", "青山市养犬管理条例", ["第三条"])]


def test_a_title_line_keeps_the_notes_printed_on_the_lines_under_it():
    text = ("青山市大气污染防治条例(草案)\n\n(征求意见稿)\n\n  第一章 总则\n\n"
            "  第一条为防治大气污染,依据《中华人民共和国大气污染防治法》,结合本市实际,制定本条例。\n\n"
            "  第二条本条例适用于本市行政区域内大气污染防治及其监督管理。")
    law = "青山市大气污染防治条例（草案）（征求意见稿）"  # a draft: its notes in full-width brackets
    assert cites(text) == [("第一条", law, ["第一条"]), ("第二条", law, ["第二条"])]


def test_a_title_line_with_pinyin_and_a_list_number_gives_its_headings():
    text = "办理须知\n\n1. 青山市道路运(yùn)输管理规(guī)定\n\n第一条 为规范道路运输,制定本规定。"
    assert cites(text) == [("青山市道路运(yùn)输管理规(guī)定\n\n第一条", "青山市道路运输管理规定", ["第一条"])]


def test_a_line_that_is_no_title_gives_no_law_to_the_articles_under_it():
    text = "青山市今年出台了新的管理办法\n\n第一条 为了规范养犬行为,制定本办法。"  # a sentence, not a title
    assert cites(text) == []
    text = "详情请阅读以下办法\n\n第一条 为了规范养犬行为,制定本办法。"
    assert cites(text) == []


def test_the_file_name_of_a_shared_document_is_no_part_of_the_title():
    text = ("青山市养犬管理条例Word文档格式.docx\n"
            "《青山市养犬管理条例Word文档格式.docx》由会员分享,更多相关《青山市养犬管理条例Word文档格式.docx(9页珍藏版)》请搜索。\n"
            "(七)法律、法规规定的其他职责。\n"
            "第七条一切单位和个人都有文明养犬的义务,不得放任犬只伤人。\n"
            "第八条养犬人应当为犬只办理登记。")
    assert cites(text) == [("第七条", "青山市养犬管理条例", ["第七条"]), ("第八条", "青山市养犬管理条例", ["第八条"])]


def test_a_preamble_naming_the_laws_a_rule_is_based_on_keeps_the_title_for_its_headings():
    text = (f"{REFUSAL}\n\n(2015年7月6日最高人民法院审判委员会第1657次会议通过)\n\n"
            "为依法惩治拒不执行判决、裁定犯罪,根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》等法律规定,解释如下:\n\n"
            "第一条 被执行人对人民法院的判决、裁定有能力执行而拒不执行,情节严重的,应当依法追究刑事责任。")
    assert cites(text) == [("第一条", REFUSAL, ["第一条"])]


def test_a_name_defined_in_quotes_may_hold_brackets():
    text = ("《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释(一)》"
            "(下称“《建工解释(一)》”)第43条第2款规定,发包人在欠付工程价款范围内承担责任。"
            "另见《建工解释(一)》第44条。")
    found = cites(text)
    assert [(law, labels) for _m, law, labels in found] == [(BUILDING_ONE, ["第四十三条"]), (BUILDING_ONE, ["第四十四条"])]
    assert found[0][0].startswith("《最高人民法院") and found[0][0].endswith("第43条第2款")


def test_an_article_cited_before_with_one_law_is_that_laws_again_not_the_law_of_the_paragraph_before():
    text = ("《建设工程施工合同司法解释(一)》第43条规定了实际施工人向发包人主张权利的路径。\n"
            "二者路径不同,第43条为特殊规定,而后者指向的是《民法典》第五百三十五条规定的债权人代位权。\n"
            "一、关于第43条\n"
            "根据第43条,实际施工人可向发包人主张的是欠付的工程价款。")
    found = cites(text)
    assert [(m, law) for m, law, _l in found][-2:] == [("第43条", BUILDING_ONE), ("第43条", BUILDING_ONE)]


def test_a_list_of_articles_each_cited_before_with_one_law_is_that_laws_again():
    text = ("《建设工程施工合同司法解释(一)》第4条、第25条、第26条规定了实际施工人。\n"
            "为了区别《合同法》规定的合法施工人,本条使用了实际施工人的概念,即第4条、第25条、26条。")
    found = cites(text)
    assert found[-1] == ("第4条、第25条、26条", BUILDING_ONE, ["第四条", "第二十五条", "第二十六条"])
    # one article alone follows the law its paragraph names, as before
    text = ("《建设工程施工合同司法解释(一)》第4条规定了实际施工人。\n"
            "为了区别《合同法》规定的合法施工人,即第4条。")
    assert cites(text)[-1] == ("第4条", CONTRACT, ["第四条"])


def test_qi_before_an_article_points_to_the_law_named_last_in_its_sentence():
    assert cites("相较于《网络安全法》,《个人信息保护法》对个人信息的保护更加严格,其第6条更是明确了最小必要原则。") == [
        ("其第6条", PRIVACY, ["第六条"])]
    # no law in its sentence, or a document that is no law: no citation
    assert cites("《个人信息保护法》已经施行。其第6条明确了最小必要原则。") == []
    assert cites("双方签订的《借款合同》对利息作了约定,其第5条约定了逾期利率。") == []


def test_ben_tiao_with_a_paragraph_is_a_paragraph_of_the_article_just_cited():
    found = cites("刑法第一百四十一条第一款规定了生产、销售假药罪。关于什么是假药,本条第二款规定,本条所称假药是指…")
    assert [(m, law, labels) for m, law, labels in found] == [
        ("刑法第一百四十一条第一款", CRIMINAL, ["第一百四十一条"]), ("本条第二款", CRIMINAL, ["第一百四十一条"])]
    assert extract("刑法第一百四十一条第一款规定了生产、销售假药罪。本条第二款规定…")[1].articles[0].paragraph == 2
    assert cites("本条第二款规定的期限,自收到通知之日起计算。") == []


def test_si_fa_jie_shi_in_a_short_name_stands_for_the_interpretations_last_word():
    assert cites("《建设工程施工合同司法解释(一)》第43条规定了实际施工人。") == [
        ("《建设工程施工合同司法解释(一)》第43条", BUILDING_ONE, ["第四十三条"])]


def test_a_line_naming_a_law_of_the_table_with_other_words_is_no_title_of_its_own():
    text = ("新民诉法\n\n2023年9月修改\n\n含原民诉法\n\n执行措施\n\n"
            "第二百五十二条【被执行人报告财产义务】 被执行人未按执行通知履行法律文书确定的义务,应当报告财产情况。")
    assert [(law, labels) for _m, law, labels in cites(text)] == [("中华人民共和国民事诉讼法", ["第二百五十二条"])]


def test_a_line_of_article_numbers_is_no_title():
    text = "寻衅滋事违反哪条规定\n二十六条规定\n第二十六条有下列行为之一的,处五日以上十日以下拘留。"
    assert cites(text) == []


def test_a_short_name_without_the_number_of_a_numbered_series_is_no_one_interpretation():
    # 解释, 解释（一） and 解释（二） of 建设工程施工合同: 《施工合同司法解释》 may be any of them
    assert cites("2018年《施工合同司法解释》第25条增加了代位权诉讼。") == [
        ("《施工合同司法解释》第25条", "施工合同司法解释", ["第二十五条"])]  # kept as printed: resolves to nothing


def test_a_law_name_inside_the_words_falv_fagui_and_fayuan_is_no_mention_of_it():
    # 环境保护法律、法规: laws on environmental protection, not the 环境保护法
    text = ("青山市环境保护条例\n"
            "(七)环境保护法律、法规规定的其他职责。\n"
            "第七条一切单位和个人都有保护环境的义务,不得向社会转嫁污染。")
    assert cites(text) == [("第七条", "青山市环境保护条例", ["第七条"])]


def test_a_heading_inside_a_paragraph_of_an_unnamed_rule_takes_no_law_from_the_wording_before_it():
    text = ("第十二条 火灾扑灭后,故意破坏现场的,处警告,或者依照《消防法》第五十条规定处15日以下拘留。"
            " 单位有前款行为的,处警告。 第十三条 有下列行为之一的,责令当场改正。")
    assert cites(text) == [("《消防法》第五十条", "中华人民共和国消防法", ["第五十条"])]
    text = ("赔偿义务人承诺给予金钱赔偿的除外,适用《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》予以确定。"
            " 第十九条医疗费根据医疗机构出具的医药费、住院费等收款凭证确定。")
    assert cites(text) == []
    # in prose, a bare article after a sentence is still the law's the paragraph names
    text = "根据《民法典》第一千零七十九条的规定,调解无效的,应当准予离婚。第一千零八十条规定,离婚自完成登记时解除。"
    assert cites(text)[-1] == ("第一千零八十条", CIVIL_CODE, ["第一千零八十条"])


def test_a_heading_inside_a_paragraph_continues_the_law_of_the_heading_before_it():
    text = ("不满六个月的,向劳动者支付半个月工资的经济补偿。 《劳动合同法》第四十七条 经济补偿按劳动者在本单位工作的年限支付。"
            " 第八十七条 用人单位违反本法规定解除劳动合同的,应当支付赔偿金。")
    assert [(m, law) for m, law, _l in cites(text)][-1] == ("第八十七条", "中华人民共和国劳动合同法")


def test_zhi_with_an_arabic_number_and_arabic_paragraphs_and_items():
    found = extract("依照刑法第133条之1第1款第2项的规定,以危险驾驶罪判处拘役。")
    assert [(c.text, c.labels) for c in found] == [("刑法第133条之1第1款第2项", ("第一百三十三条之一",))]
    assert (found[0].articles[0].paragraph, found[0].articles[0].item) == (1, 2)


def test_tong_tiao_with_a_paragraph_is_a_paragraph_of_the_article_just_cited():
    found = extract("依据《九民纪要》第71条,让与担保合同有效。同条第二款还规定了清算义务。")
    assert [(c.text, c.labels) for c in found] == [("《九民纪要》第71条", ("第七十一条",)), ("同条第二款", ("第七十一条",))]
    assert found[1].articles[0].paragraph == 2 and found[1].law == found[0].law
    assert cites("两起案件适用相同条款,不同条件下结果不同。") == []


def test_zi_misprinted_for_di_before_an_article_number():
    assert cites("依据《劳动合同法》笫十條的規定,應當訂立書面勞動合同。") == [
        ("《劳动合同法》笫十條", "中华人民共和国劳动合同法", ["第十条"])]
