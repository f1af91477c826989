"""Saved text pages: the items ``(一)`` ``(二)`` … under a line ending in a colon are the
text's own list, never a new article's headline nor a section heading, however short an
item is; items heading parts of a report (no colon above them) still head them.
Texts are made up for the purpose."""

from __future__ import annotations

import lawnews


def _all(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return list(lawnews.parse(path))


RULES = ("为规范本院执行案件的结案工作,保障当事人的合法权益,结合本院实际,制定本办法。\n\n"
         "      第一条执行案件以终结本次执行程序方式结案的,应当同时具备下列条件:\n\n"
         "    (一)已发出执行通知;\n\n"
         "    (二)已查询被执行人名下的存款、车辆、不动产、股权等财产,对查询到的财产已依法采取控制措施,"
         "控制的财产无法处置或者处置后仍不足以清偿全部债务;\n\n"
         "     (三)立案已满三个月;\n\n"
         "    (四(sì))申请执行人已被告知案件情况及其可以再次申请执行的权利,并对此签字确认或者有记录在卷。\n\n"
         "      第二条前条所称的执行通知,是指应当载明下列事项的文书:\n\n"
         "     (一)履行期限;\n\n"
         "    (二)逾期不履行应当承担的法律后果,包括加倍支付迟延履行期间的债务利息、纳入失信名单等。\n")


def test_items_under_a_colon_line_are_text_of_the_one_article(tmp_path):
    articles = _all(tmp_path, RULES)
    assert len(articles) == 1
    (art,) = articles
    assert all(s.heading is None for s in art.sections)
    for line in ("(一)已发出执行通知;", "(三)立案已满三个月;", "(一)履行期限;",
                 "第一条执行案件以终结本次执行程序方式结案的,应当同时具备下列条件:",
                 "第二条前条所称的执行通知,是指应当载明下列事项的文书:"):
        assert line in art.text
    assert not art.title.startswith("(")


def test_items_with_a_full_width_colon_and_brackets(tmp_path):
    text = RULES.replace(":", "：").replace("(", "（").replace(")", "）").replace(";", "；")
    (art,) = _all(tmp_path, text)
    assert all(s.heading is None for s in art.sections)
    assert "（一）已发出执行通知；" in art.text


def test_items_heading_the_parts_of_a_report_still_head_them(tmp_path):
    report = ("青石县法院二〇二三年执行工作总结\n\n"
              "今年以来,青石县法院坚持执行攻坚常态化,各项执行指标稳步提升,全年执结案件一千二百余件。\n\n"
              "(一)强化组织领导\n\n"
              "院党组把执行工作列入重要议事日程,每月召开一次执行工作推进会,研究解决执行难题。\n\n"
              "(二)创新执行机制\n\n"
              "该院推行执行团队办案模式,设立执行速裁组,简易案件平均用时缩短至三十天以内。\n")
    (art,) = _all(tmp_path, report)
    assert [s.heading for s in art.sections if s.heading] == ["(一)强化组织领导", "(二)创新执行机制"]


def test_a_lone_second_part_stays_in_the_article_it_continues(tmp_path):
    page = ("拖欠工程款怎么办\n\n"
            "一、拖欠工程款可以起诉吗?\n\n"
            "可以。承包人完成工程并经验收合格后,发包人拒不支付工程款的,承包人可以向人民法院提起诉讼。\n\n"
            "二、相关法律规定\n\n"
            "依照有关法律规定,承包人可以请求发包人支付工程价款,发包人逾期不支付的,承包人可以催告发包人在合理期限内支付。\n")
    (art,) = _all(tmp_path, page)
    assert art.title == "拖欠工程款怎么办"
    assert "二、相关法律规定" in [s.heading for s in art.sections]
