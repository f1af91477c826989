"""Statute citations in forms of pages the rules had not seen (``lawnews.index.tagging.citations``):
the text of a rule printed under its title with the amendment note or the promulgation notice
official texts carry, spam pages' glosses inside a rule's text (《繁:則》, (拼音:lǐ)), and a title
printed without its opening bracket.

Every sentence here is written for the test; each citation's span must be the text it covers,
and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract
from support import cited as cites

CRIMINAL = "中华人民共和国刑法"
SETTLEMENT = "最高人民法院关于执行和解若干问题的规定"
REFUSAL = "最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释"
WORK_SAFETY = "中华人民共和国安全生产法"


def test_headings_under_a_rule_title_keep_its_law_past_the_decision_its_amendment_note_names():
    text = ("最高人民法院关于执行和解若干问题的规定\n"
            "- 2017年11月6日最高人民法院审判委员会第1725次会议通过\n"
            "- 根据2020年12月23日最高人民法院审判委员会第1823次会议通过的《最高人民法院关于修改〈最高人民法院"
            "关于人民法院扣押铁路运输货物若干问题的规定〉等十八件执行类司法解释的决定》修正\n"
            "为了进一步规范执行和解,根据《中华人民共和国民事诉讼法》等法律规定,结合执行实践,制定本规定。\n"
            "第一条 当事人可以自愿协商达成和解协议。\n"
            "第二条 和解协议达成后,人民法院可以裁定中止执行。")
    assert cites(text) == [("第一条", SETTLEMENT, ["第一条"]), ("第二条", SETTLEMENT, ["第二条"])]


def test_a_law_printed_with_its_amendment_history_in_brackets_keeps_its_headings():
    text = ("中华人民共和国安全生产法\n"
            "(2002年6月29日第九届全国人民代表大会常务委员会第二十八次会议通过 根据2009年8月27日第十一届全国"
            "人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正)\n"
            "第一条 为了加强安全生产工作,防止和减少生产安全事故,制定本法。\n"
            "第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产,适用本法。")
    assert cites(text) == [("第一条", WORK_SAFETY, ["第一条"]), ("第二条", WORK_SAFETY, ["第二条"])]


def test_a_decision_cited_with_an_article_in_the_amendment_note_is_still_cited():
    text = "该条例根据《国务院关于修改部分行政法规的决定》第十二条修正。"
    assert [t for t, _law, _labels in cites(text)] == ["《国务院关于修改部分行政法规的决定》第十二条"]


def test_the_headings_after_a_promulgation_notice_are_the_promulgated_rules():
    text = ("《最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释》已于2015年7月6日由最高人民法院"
            "审判委员会第1657次会议通过,现予公布,自2015年7月22日起施行。\n"
            "最高人民法院\n2015年7月20日\n"
            "为依法惩治拒不执行判决、裁定犯罪,根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》等法律规定,"
            "解释如下:\n"
            "第一条 负有执行义务的人有能力执行而拒不执行,情节严重的,应当依照刑法第三百一十三条的规定处罚。\n"
            "第二条 负有执行义务的人有能力执行而实施下列行为之一的,应当认定为情节严重。")
    assert cites(text) == [("第一条", REFUSAL, ["第一条"]), ("刑法第三百一十三条", CRIMINAL, ["第三百一十三条"]),
                           ("第二条", REFUSAL, ["第二条"])]


def test_a_news_sentence_after_a_law_is_no_promulgation_notice():
    text = ("《中华人民共和国安全生产法》已于2021年9月1日起施行,企业应当遵守。\n"
            "第九十七条规定的罚款数额有所提高。")
    assert cites(text) == []


def test_glosses_inside_a_rules_text_hide_neither_its_title_nor_its_headings():
    text = ("《宁德市城市市容和环境卫生管理(拼音:lǐ)条例》\n"
            "第一章 总则《繁:則》\n"
            "第一条 为了加强市容和环境卫生管理,结合本市实际,制定本条例。\n"
            "第二条 本条《繁:條》例适用于本市行政区(拼音:qū)域内的城市建成区。")
    found = extract(text)
    assert [(c.text, c.law, c.labels) for c in found] == [
        ("第一条", "宁德市城市市容和环境卫生管理条例", ("第一条",)),
        ("第二条", "宁德市城市市容和环境卫生管理条例", ("第二条",))]
    assert all(text[c.start:c.end] == c.text for c in found)


def test_a_gloss_inside_an_article_number_is_read_through():
    text = "依照《中华人民共和国刑法》第二百{pinyin:bǎi}六十六条规定,构成诈骗罪。"
    found = extract(text)
    assert [(c.text, c.labels) for c in found] == [
        ("《中华人民共和国刑法》第二百{pinyin:bǎi}六十六条", ("第二百六十六条",))]


def test_a_title_printed_without_its_opening_bracket_is_the_law_of_its_articles():
    text = ("《城市市容和环境卫生管理条例》第十四条 任何单位和个人都不得在街道两侧堆放物料,按照有关规定办理审批手续。"
            "城市道路管理条例》(国务院令第198号)第二十七条 城市道路范围内禁止下列行为:擅自占用或者挖掘城市道路。"
            "第三十条 未经批准,任何单位或者个人不得占用或者挖掘城市道路。")
    assert cites(text) == [("《城市市容和环境卫生管理条例》第十四条", "城市市容和环境卫生管理条例", ["第十四条"]),
                           ("城市道路管理条例》(国务院令第198号)第二十七条", "城市道路管理条例", ["第二十七条"]),
                           ("第三十条", "城市道路管理条例", ["第三十条"])]


def test_a_garbled_title_without_its_opening_bracket_lends_its_articles_to_no_other_law():
    text = ("《城市市容和環境衛生管理條例》第十四條 任何單位和個人都不得在街道兩側堆放物料,辦理審批手續!"
            "冻鞘械缆饭芾項l例》(國務院令第l98號)第二十七條 城市道路範圍內禁止下列行為。"
            "第二十九條 依附于城市道路建設各種管線的,應當經批准。")
    assert [t for t, _law, _labels in cites(text)] == ["《城市市容和環境衛生管理條例》第十四條"]
