"""Article headings whose law is not named right before them
(``lawnews.index.tagging.citations``): a heading whose law the text names further on with the
same article, and a heading numbered right after the last heading of a law although the
lines between them name other laws.

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from support import cited as cites

FIRE = "中华人民共和国消防法"
POLICE = "中华人民共和国治安管理处罚法"
CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"


def test_a_heading_takes_the_law_the_text_names_further_on_with_the_same_article():
    text = ("消防条文\n\n第六十二条 有下列行为之一的,依照《中华人民共和国治安管理处罚法》的规定处罚:\n\n"
            "(一)谎报火警的;\n\n(二)阻碍消防车执行任务的。\n\n适用意见\n\n"
            "1. 对《中华人民共和国消防法》第六十二条第一项规定的行为,依法处罚。")
    found = cites(text)
    assert found[0] == ("第六十二条", FIRE, ["第六十二条"])
    assert found[1] == ("《中华人民共和国消防法》第六十二条第一项", FIRE, ["第六十二条"])


def test_a_heading_takes_no_law_named_further_on_with_another_article():
    text = ("消防条文\n\n第六十二条 有下列行为之一的,依法处罚:\n\n(一)谎报火警的。\n\n适用意见\n\n"
            "1. 对《中华人民共和国消防法》第六十三条规定的行为,依法处罚。")
    assert [c[0] for c in cites(text)] == ["《中华人民共和国消防法》第六十三条"]


def test_a_heading_takes_no_law_named_after_the_next_heading():
    text = ("消防条文\n\n第六十二条 有下列行为之一的,依法处罚。\n\n第六十三条 有下列行为之一的,依法处罚。\n\n"
            "对《中华人民共和国治安管理处罚法》第六十二条规定的行为,依法处罚。")
    assert [c for c in cites(text) if c[0] == "第六十二条"] == []


def test_the_next_heading_of_a_law_after_lines_naming_other_laws():
    text = ("第三编 执行程序\n\n第二百二十四条 执行依据及管辖\n\n发生法律效力的民事判决,由第一审人民法院执行。\n\n"
            "关联参见\n\n《民诉意见》第254条;《最高人民法院关于人民法院执行工作若干问题的规定》第10条\n\n"
            "第二百二十五条 对违法的执行行为的异议\n\n当事人认为执行行为违反法律规定的,可以提出书面异议。")
    found = cites(text.replace("第三编 执行程序", "《中华人民共和国民事诉讼法》第三编 执行程序", 1))
    assert found[-1] == ("第二百二十五条", CIVIL_PROCEDURE, ["第二百二十五条"])


def test_a_heading_numbered_otherwise_takes_no_law_across_other_laws():
    text = ("《中华人民共和国民事诉讼法》第三编 执行程序\n\n第二百二十四条 执行依据及管辖\n\n发生法律效力的民事判决,由第一审人民法院执行。\n\n"
            "关联参见\n\n《民诉意见》第254条;《最高人民法院关于人民法院执行工作若干问题的规定》第10条\n\n"
            "第二百三十条 执行和解\n\n双方当事人可以自行和解。")
    assert [c for c in cites(text) if c[0] == "第二百三十条"] == []


def test_a_number_after_a_heading_that_is_no_heading_takes_no_law_across_other_laws():
    text = ("《中华人民共和国民事诉讼法》第三编 执行程序\n\n第二百二十四条 执行依据及管辖\n\n发生法律效力的民事判决,由第一审人民法院执行。\n\n"
            "关联参见\n\n《民诉意见》第254条;《最高人民法院关于人民法院执行工作若干问题的规定》第10条\n\n"
            "第二百二十五条规定的异议,法院应当审查。")
    assert [c for c in cites(text) if c[0] == "第二百二十五条" and c[1] == CIVIL_PROCEDURE] == []
