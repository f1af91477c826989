"""Statute citations whose law is set by how laws are written (``lawnews.index.tagging.citations``):
a document number printed under a title is no part of it, a crime in 【】 after an article is the
criminal code's whatever rule the line above names, the general part's customary headings
(第二十条【正当防卫】) name the criminal code, 该法 points back to 民法通则 and 民法总则 (laws whose
titles end in 通则 and 总则); a bracketed title that is no law keeps its own article and a new one
after it from the law cited before it.

Every sentence here is written for the test; each citation's span must be the text it covers, and
its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from support import cited as cites

CRIMINAL = "中华人民共和国刑法"
GENERAL_PRINCIPLES = "中华人民共和国民法通则"
GENERAL_PART = "中华人民共和国民法总则"
RULE = "关于测试程序的若干规定"


def laws(text: str) -> list[tuple[str | None, list[str]]]:
    return [(law, labels) for _, law, labels in cites(text)]


def test_a_document_number_on_the_line_under_a_title_is_no_part_of_it():
    text = ("最高人民法院\n关于测试程序的若干规定\n   (法释〔2011〕5号)\n"
            "第一条 当事人申请确认调解协议的,由人民法院受理。\n第二条 人民法院应当审查。")
    assert laws(text) == [(RULE, ["第一条"]), (RULE, ["第二条"])]


def test_a_document_number_on_the_title_line_itself_is_no_part_of_it():
    text = "关于测试程序的若干规定(法释〔2011〕5号)\n第一条 当事人申请确认调解协议的,由人民法院受理。"
    assert laws(text) == [(RULE, ["第一条"])]
    text = "测试市市容管理条例(国务院令第98号)\n第一条 为了加强市容管理,制定本条例。"
    assert laws(text) == [("测试市市容管理条例", ["第一条"])]


def test_a_note_that_is_no_document_number_stays_part_of_the_title():
    text = "测试市物业管理条例\n(征求意见稿)\n第一条 为了规范物业管理,制定本条例。"
    assert laws(text) == [("测试市物业管理条例（征求意见稿）", ["第一条"])]  # a draft: its notes in full-width brackets


def test_a_crime_heading_under_a_line_naming_an_interpretation_is_the_criminal_codes():
    text = ("关于办理测试刑事案件的解释\n"
            "第三百九十七条【滥用职权罪;玩忽职守罪】国家机关工作人员滥用职权的,处三年以下有期徒刑。")
    assert cites(text) == [("第三百九十七条", CRIMINAL, ["第三百九十七条"])]


def test_a_heading_without_a_crime_under_an_interpretation_stays_the_interpretations():
    text = "关于办理测试刑事案件的解释\n第三条【数额认定】数额以实际损失计算。"
    assert laws(text) == [("关于办理测试刑事案件的解释", ["第三条"])]


def test_a_general_part_heading_of_the_criminal_code_names_the_code():
    text = "剧情简介\n\n     第二十条 【正当防卫】为了使本人的人身免受正在进行的不法侵害而采取制止行为的,不负刑事责任。"
    assert cites(text) == [("第二十条", CRIMINAL, ["第二十条"])]
    text = "剧情简介\n第六十七条【自首】犯罪以后自动投案,如实供述自己的罪行的,是自首。"
    assert cites(text) == [("第六十七条", CRIMINAL, ["第六十七条"])]


def test_the_same_heading_under_another_number_names_no_law():
    # the civil code's 正当防卫 and the 1979 code's numbering: not the present criminal code's heading
    assert cites("剧情简介\n第一百八十一条【正当防卫】因正当防卫造成损害的,不承担民事责任。") == []
    assert cites("剧情简介\n第十七条【正当防卫】为了使本人免受不法侵害而采取的正当防卫行为,不负刑事责任。") == []
    # a heading in the middle of a sentence is no heading
    assert cites("他说第二十条【正当防卫】写得很清楚。") == []


def test_this_law_points_back_to_the_general_principles_of_civil_law():
    text = "采光权是《民法通则》所规定的内容。依照该法第八十三条规定:不动产的相邻各方应当团结互助。"
    assert cites(text) == [("该法第八十三条", GENERAL_PRINCIPLES, ["第八十三条"])]
    text = "《民法总则》规定了诉讼时效。该法第一百八十八条规定:期间为三年。"
    assert cites(text) == [("该法第一百八十八条", GENERAL_PART, ["第一百八十八条"])]


def test_this_law_does_not_point_back_to_general_rules_that_are_no_law():
    assert cites("这是《企业财务通则》所规定的内容。依照该法第八条规定:企业应当建账。") == []


def test_a_title_that_is_no_law_keeps_its_own_articles_and_new_ones_after_it():
    # its own article right after it, and an article the text has not cited before: no law's
    assert cites("依照《刑法》第二十条处理,而《人体损伤鉴定标准》第二十条另有规定。") == [
        ("《刑法》第二十条", CRIMINAL, ["第二十条"])]
    assert cites("在适用《刑法》第二百三十四条时,用《人体重伤鉴定标准》来解决量刑问题,而第五条另有规定。") == [
        ("《刑法》第二百三十四条", CRIMINAL, ["第二百三十四条"])]
