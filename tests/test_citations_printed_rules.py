"""The text of a law or a judicial interpretation printed under its title
(``lawnews.index.tagging.citations``): the article headings below the title are that rule's
(also where the title names the law it applies in 〈〉, parts its issuers by a space, follows a
label (附件：), is followed by 全文 or the note of its adoption, or is broken over two lines), not
those of a law the title or the rule's wording names; so are its own back-references in the text
of its articles and their further paragraphs (本法第二条, 本解释第一条), never a law that text names
in passing, which lends itself to no heading below (nor does a bracketed title of no law there
end the printed rule, nor an article longer than a law is otherwise carried). A title that
only describes an interpretation by the article it applies (新刑法266条司法解释) lends the
headings below it to no law, and the headings of a rule whose law is not known take no law
from the articles its wording cites.

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from support import cited as cites

CIVIL_CODE = "中华人民共和国民法典"
MARRIAGE_RULE = "最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）"
FRAUD_RULE = "最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释"
CRIMINAL_CODE = "中华人民共和国刑法"
FIRE = "中华人民共和国消防法"
POLICE = "中华人民共和国治安管理处罚法"

RULE_TEXT = ("\n第一条 当事人请求返还彩礼的，人民法院应当审查。\n"
             "第二条 双方未共同生活的，依照民法典第一千零四十二条的规定处理。\n"
             "第三条 有本解释第二条规定情形的，应当返还。")


def test_headings_under_a_title_naming_its_law_in_angle_brackets_are_the_interpretation_s():
    text = "最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）" + RULE_TEXT
    found = cites(text)
    assert [c for c in found if c[0] in ("第一条", "第二条", "第三条") or c[0].endswith("\n第一条")] == [
        (text[:text.index("第一条") + 3], MARRIAGE_RULE, ["第一条"]),
        ("第二条", MARRIAGE_RULE, ["第二条"]),
        ("第三条", MARRIAGE_RULE, ["第三条"]),
    ]
    assert ("民法典第一千零四十二条", CIVIL_CODE, ["第一千零四十二条"]) in found
    assert ("本解释第二条", MARRIAGE_RULE, ["第二条"]) in found
    assert not [c for c in found if c[1] == CIVIL_CODE and c[2] in (["第一条"], ["第二条"], ["第三条"])]


def test_headings_under_a_title_whose_issuers_a_space_parts_are_the_interpretation_s():
    text = ("最高人民法院 最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释\n"
            "第一条 诈骗公私财物价值三千元以上的，应当认定为刑法第二百六十六条规定的“数额较大”。\n"
            "第二条 诈骗公私财物达到本解释第一条规定的数额标准的，从严惩处。")
    found = cites(text)
    assert found[0][1:] == (FRAUD_RULE, ["第一条"])
    assert ("第二条", FRAUD_RULE, ["第二条"]) in found
    assert ("本解释第一条", FRAUD_RULE, ["第一条"]) in found
    assert ("刑法第二百六十六条", CRIMINAL_CODE, ["第二百六十六条"]) in found


def test_an_interpretation_named_in_a_sentence_with_its_law_in_angle_brackets():
    text = "最高人民法院在关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）第五条中规定，彩礼应当返还。"
    assert cites(text) == [(text[text.index("关于"):text.index("中规定")], MARRIAGE_RULE, ["第五条"])]



def test_this_law_in_an_article_of_a_printed_law_is_that_law_not_one_its_wording_names():
    text = ("中华人民共和国消防法\n第一条　为了预防火灾，制定本法。\n"
            "第二条　依照刑法第一百一十四条的规定追究刑事责任；本法第一条规定的情形除外。\n"
            "第三条　违反《中华人民共和国治安管理处罚法》的，依照该法处罚；有本法第二条规定情形的，从重处罚。")
    found = cites(text)
    assert [c for c in found if c[0].startswith("本法")] == [
        ("本法第一条", FIRE, ["第一条"]), ("本法第二条", FIRE, ["第二条"])]
    assert ("刑法第一百一十四条", CRIMINAL_CODE, ["第一百一十四条"]) in found


def test_this_law_in_a_law_printed_in_one_paragraph_is_that_law():
    text = ("中华人民共和国消防法 第一条 为了预防火灾，制定本法。 第二条 依照《中华人民共和国治安管理处罚法》的规定处罚。"
            " 第三条 有本法第二条规定情形的，从重处罚。")
    found = cites(text)
    assert ("本法第二条", FIRE, ["第二条"]) in found
    assert not [c for c in found if c[1] == POLICE]


def test_this_law_inside_a_quotation_of_another_law_is_the_quoted_law():
    text = ("中华人民共和国消防法\n第一条　为了预防火灾，制定本法。\n"
            "第二条　《中华人民共和国治安管理处罚法》规定：“有本法第二十三条规定行为的，处警告。”")
    assert ("本法第二十三条", POLICE, ["第二十三条"]) in cites(text)


def test_headings_under_an_interpretation_described_by_a_law_s_article_are_not_the_law_s():
    for title, named in (("新刑法266条司法解释", "刑法266条"),
                         ("《刑法》第二百六十六条的司法解释全文", "《刑法》第二百六十六条")):
        text = (title + "\n第一条 诈骗公私财物价值三千元以上的，应当认定为刑法第二百六十六条规定的“数额较大”。\n"
                "第二条 诈骗公私财物达到本解释第一条规定的数额标准的，从严惩处。\n第三条 本解释自公布之日起施行。")
        found = cites(text)
        assert found[0] == (named, CRIMINAL_CODE, ["第二百六十六条"])
        assert [c[0] for c in found[1:]] == ["刑法第二百六十六条"]


def test_headings_of_a_rule_whose_law_is_unknown_take_no_law_its_wording_cites():
    text = ("物业服务文件摘录\n\n第一章 一般规定\n\n"
            "第一条【适用范围】本规定所称物业服务，属于民法典第二条规定的民事关系。\n\n"
            "第二条【服务标准】物业服务企业应当按照约定提供服务。\n\n第三条【收费】物业费按月收取。")
    assert cites(text) == [("民法典第二条", CIVIL_CODE, ["第二条"])]


def test_a_heading_of_a_known_law_after_one_of_no_known_law_still_takes_its_law():
    text = ("第一条 本办法所称物业服务，属于民法典第二条规定的民事关系。\n\n"
            "《中华人民共和国民法典》第一条 为了保护民事主体的合法权益，制定本法。\n\n"
            "第二条 民法调整平等主体之间的人身关系和财产关系。")
    found = cites(text)
    assert found[-1] == ("第二条", CIVIL_CODE, ["第二条"])


LOCAL_RULE = "青山市物业管理条例"
LOCAL_TEXT = ("\n第一条　为了规范物业管理，制定本条例。\n第二条　依照《中华人民共和国治安管理处罚法》的规定处罚。\n"
              "第三条　有本条例第二条规定情形的，从重处罚。")


def test_headings_under_a_rule_s_title_with_a_label_a_full_text_mark_its_year_or_its_adoption_note():
    for title in ("附件：青山市物业管理条例", "附件2：青山市物业管理条例", "青山市物业管理条例全文",
                  "青山市物业管理条例（全文）", "青山市物业管理条例(2021年修订)", "青山市物业管理条例 2021年修订版",
                  "2021年青山市物业管理条例",
                  "青山市物业管理条例（2010年5月1日青山市第十届人民代表大会常务委员会第五次会议通过）"):
        found = cites(title + LOCAL_TEXT)
        assert [(c[1], c[2]) for c in found if c[0].endswith(("第一条", "第二条", "第三条"))
                and not c[0].startswith("本条例")] == [
            (LOCAL_RULE, ["第一条"]), (LOCAL_RULE, ["第二条"]), (LOCAL_RULE, ["第三条"])], title
        assert ("本条例第二条", LOCAL_RULE, ["第二条"]) in found, title


def test_headings_under_the_title_of_a_place_s_rule_implementing_a_bracketed_law_are_that_rule_s():
    text = ("青山省《消防法》实施办法\n第一条　为了实施《消防法》，结合本省实际，制定本办法。\n"
            "第二条　本办法适用于本省。\n第三条　违反本办法第二条的，依照消防法第六十条处罚。")
    found = cites(text)
    rule = "青山省《消防法》实施办法"
    assert [(c[1], c[2]) for c in found if c[0].endswith(("第一条", "第二条", "第三条")) and "本办法" not in c[0]] == [
        (rule, ["第一条"]), (rule, ["第二条"]), (rule, ["第三条"])]
    assert ("本办法第二条", rule, ["第二条"]) in found
    assert ("消防法第六十条", FIRE, ["第六十条"]) in found
    assert [c[1] for c in cites("青山省实施《中华人民共和国消防法》办法\n第一条　为了实施消防法，制定本办法。")] == [
        "青山省实施《中华人民共和国消防法》办法"]


def test_a_line_citing_a_bracketed_law_in_a_sentence_is_no_title_line():
    text = "依据《中华人民共和国消防法》的规定\n第六十条　单位违反本法规定的，责令改正。"
    assert cites(text) == [("第六十条", FIRE, ["第六十条"])]


def test_a_headline_over_a_rule_s_text_lends_it_no_law():
    assert cites("青山市出台了物业管理条例全文" + LOCAL_TEXT) == []


def test_a_further_paragraph_of_a_printed_article_citing_another_law_keeps_the_printed_law():
    text = ("中华人民共和国消防法\n第一条　为了预防火灾，制定本法。\n第二条　有下列行为之一的，处警告。\n"
            "违反前款规定，构成犯罪的，依照刑法第一百一十四条追究刑事责任。\n第三条　消防工作由国务院领导。")
    found = cites(text)
    assert found[-2:] == [("刑法第一百一十四条", CRIMINAL_CODE, ["第一百一十四条"]), ("第三条", FIRE, ["第三条"])]


def test_this_law_in_a_further_paragraph_of_a_printed_article_is_the_printed_law():
    text = ("中华人民共和国消防法\n第一条　为了预防火灾，制定本法。\n第二条　有下列行为之一的，处警告。\n"
            "违反前款规定，依照《中华人民共和国治安管理处罚法》第五十条处罚；有本法第一条情形的除外。\n"
            "第三条　消防工作由国务院领导。")
    found = cites(text)
    assert ("本法第一条", FIRE, ["第一条"]) in found
    assert found[-1] == ("第三条", FIRE, ["第三条"])


def test_a_comment_after_a_quoted_article_citing_another_law_lends_its_law_to_no_other():
    text = ("《中华人民共和国劳动合同法》第八十二条 用人单位未与劳动者订立书面劳动合同的，应当支付二倍的工资。\n"
            "本案中，公司依照《中华人民共和国劳动合同法实施条例》第六条的规定支付了工资。\n"
            "第七条 用人单位自用工之日起满一年未与劳动者订立书面劳动合同的，视为已订立无固定期限劳动合同。")
    assert [c for c in cites(text) if c[0] == "第七条"] == []


def test_a_paragraph_introducing_another_rule_s_article_lends_it_to_the_heading_below():
    text = ("中华人民共和国消防法\n第一条　为了预防火灾，制定本法。\n第二条　消防工作由国务院领导。\n"
            "相关规定见《中华人民共和国治安管理处罚法》第五十条规定：\n"
            "第五十条 有下列行为之一的，处警告或者二百元以下罚款。")
    assert cites(text)[-1] == ("第五十条", POLICE, ["第五十条"])


def test_headings_under_a_title_broken_over_two_lines_are_the_whole_title_s():
    rule = "关于外来投资者在青山市办理常住户口的暂行规定"
    text = ("青山市人民政府关于印发《关于外来投资者在青山市办理常住户口的暂行规定》的通知\n"
            "各区人民政府：现予印发，请认真遵照执行。\n\n关于外来投资者在青山市\n办理常住户口的暂行规定\n\n"
            "第一条 为了鼓励投资，制定本规定。\n第二条 投资者可以依照本规定申请办理本市常住户口。")
    found = cites(text)
    assert [(c[1], c[2]) for c in found] == [(rule, ["第一条"]), (rule, ["第二条"])]
    assert found[0][0].startswith("关于外来投资者在青山市\n")
    loans = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
    text = "最高人民法院关于审理民间借贷案件\n适用法律若干问题的规定\n第一条 本规定所称的民间借贷，是指资金融通的行为。"
    assert cites(text)[0][1:] == (loans, ["第一条"])


def test_a_line_above_a_title_that_makes_no_title_with_it_is_left_alone():
    text = "青山市人民政府办公厅\n物业管理暂行规定\n\n第一条 为了规范物业管理，制定本规定。"
    assert cites(text)[0][1] == "物业管理暂行规定"


def test_a_title_of_no_law_in_a_printed_article_s_wording_does_not_end_the_printed_rule():
    text = ("青山市物业管理条例\n第一条 为了规范物业管理，制定本条例。\n"
            "第二条 物业服务企业应当取得《物业服务企业资质证书》。\n第三条 业主应当按时交纳物业费。")
    assert [(c[1], c[2]) for c in cites(text)] == [
        (LOCAL_RULE, ["第一条"]), (LOCAL_RULE, ["第二条"]), (LOCAL_RULE, ["第三条"])]


def test_a_title_of_no_law_between_paragraphs_still_ends_the_law_before_it():
    text = ("依照《中华人民共和国消防法》第六十条处罚。\n详见《青山日报》。\n"
            "第三条 业主应当按时交纳物业费。")
    assert [c[0] for c in cites(text)] == ["《中华人民共和国消防法》第六十条"]


def test_this_law_after_a_long_printed_article_is_still_the_printed_law():
    wording = "生产经营单位应当加强消防管理，建立健全消防安全责任制度，保障人员的安全，并接受有关部门的监督检查。"
    text = ("中华人民共和国消防法\n第一条　为了预防火灾，制定本法。\n第二条　" + wording * 25
            + "\n第三条　有本法第二条规定情形的，从重处罚。\n第四条　消防工作由国务院领导。")
    found = cites(text)
    assert found[-3:] == [("第三条", FIRE, ["第三条"]), ("本法第二条", FIRE, ["第二条"]), ("第四条", FIRE, ["第四条"])]


def test_this_article_after_a_heading_inside_a_paragraph_is_that_heading_s_article():
    text = ("中华人民共和国消防法\n第一条 为了预防火灾，制定本法。 第二条 有下列行为之一的，处警告。"
            "违反本条第一款规定的，从重处罚。")
    assert cites(text)[-1] == ("本条第一款", FIRE, ["第二条"])


def test_headings_under_a_document_that_is_no_statute_take_no_law_from_the_paragraphs_before():
    text = ("根据《中华人民共和国刑法》第三百一十二条的规定，本罪客观方面包括窝藏、转移等行为。\n"
            "二、青山市赃物犯罪量刑标准\n第一百四十四条【升格规定】有下列情形之一的，升格为拘役刑：\n"
            "(一)窝藏赃物八次以上的。\n第一百四十三条【量刑格】窝藏赃物数额五千元以上的，基准刑为罚金刑。")
    assert [c[0] for c in cites(text)] == ["《中华人民共和国刑法》第三百一十二条"]


def test_headings_printed_with_a_colon_are_the_printed_rule_s():
    text = ("青山市物业管理条例\n第一条：为了规范物业管理，制定本条例。\n"
            "第二条：依照《中华人民共和国治安管理处罚法》的规定处罚。\n第三条：有本条例第二条规定情形的，从重处罚。")
    found = cites(text)
    assert [(c[1], c[2]) for c in found] == [(LOCAL_RULE, ["第一条"]), (LOCAL_RULE, ["第二条"]),
                                             (LOCAL_RULE, ["第三条"]), (LOCAL_RULE, ["第二条"])]
    assert found[-1][0] == "本条例第二条"


def test_headings_on_lines_of_their_own_above_their_wording_are_the_printed_rule_s():
    text = ("青山市物业管理条例\n第一条\n为了规范物业管理，制定本条例。\n第二条\n依照刑法第一百一十四条追究刑事责任。\n"
            "第三条\n有本条例第二条规定情形的，从重处罚。")
    assert [(c[0][-6:], c[1]) for c in cites(text)] == [
        ("条例\n第一条", LOCAL_RULE), ("第二条", LOCAL_RULE), ("一百一十四条", CRIMINAL_CODE),
        ("第三条", LOCAL_RULE), ("本条例第二条", LOCAL_RULE)]
