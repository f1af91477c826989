"""Saved text pages: a website's dateline (本网讯) and the items under a line that
introduces them are read as what they are, not as titles or headings."""

from __future__ import annotations

import lawnews
from lawnews.index.ingest.clean import lead_in
from lawnews.index.ingest.pages import fallback_title


def _all(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return list(lawnews.parse(path))


def _one(tmp_path, text: str):
    (article,) = _all(tmp_path, text)
    return article


def test_items_under_a_line_ending_in_a_colon_stay_text_under_it(tmp_path):
    # as saved from a web page: ASCII punctuation, indented lines
    line = "第一条人民法院终结本次执行程序,应当同时符合下列条件:"
    (art, *_) = _all(tmp_path, "为严格规范终结本次执行程序,维护当事人的合法权益,结合人民法院执行工作实际,制定本规定。\n\n"
                         f"      {line}\n\n"
                         "    (一)已向被执行人发出执行通知、责令被执行人报告财产;\n\n"
                         "    (二)已向被执行人发出限制消费令,并将符合条件的被执行人纳入失信被执行人名单,"
                         "同时已通过网络执行查控系统对被执行人的存款、车辆、不动产、有价证券等财产进行查询;\n\n"
                         "    (三)已穷尽财产调查措施,未发现被执行人有可供执行的财产或者发现的财产不能处置,"
                         "申请执行人对此已经签字确认或者经人民法院依法告知。\n")
    assert line in art.text
    assert all(s.heading != line for s in art.sections)


def test_an_outline_number_under_a_headline_still_opens_the_first_part(tmp_path):
    art = _one(tmp_path, "某县法院执行工作情况报告\n\n一、基本情况\n\n今年以来，某县法院共受理执行案件1200件，执结1100件，执行到位金额3亿元。\n")
    assert art.title == "某县法院执行工作情况报告"
    assert "今年以来" in art.text


def test_a_website_dateline_is_a_lead_in_as_a_paper_s_is():
    assert lead_in("本网讯（通讯员 李四）近日，某县法院开展集中执行。").credit == "通讯员 李四"
    assert lead_in("本网四川宜宾讯（高县司法局 王五）").dateline == "本网四川宜宾讯"
    assert lead_in("中国法院网讯（赵六）近日").dateline == "中国法院网讯"
    for words in ("网讯科技公司发布新品", "腾讯网讯息", "本网站讯问笔录"):
        assert lead_in(words) is None


def test_a_page_opening_with_a_website_dateline_alone_is_not_titled_by_it(tmp_path):
    art = _one(tmp_path, "本网讯（通讯员 李四）\n\n近日，某县法院开展集中执行行动，执结案件20件。行动中，干警分组出击，查找被执行人住所12处。\n")
    assert "本网讯" not in art.title and art.title.startswith("近日，某县法院开展集中执行行动")
    assert fallback_title("新华社北京3月5日电\n近日，某县法院开展集中执行行动。") == "近日，某县法院开展集中执行行动"


def test_a_list_of_courts_under_the_headline_is_kept_as_text(tmp_path):
    """An e-paper page listing the courts its story covers under the headline: the
    list is the page's, not a menu, and no word of it is lost."""
    arts = _all(tmp_path, "第B01版:法院文化\n\n小案件关民生 约谈促履行\n\n——某市法院开展集中约谈行动\n\n"
                          "  • 某市中院\n\n  • 甲区法院\n\n  • 乙区法院\n\n  • 丙县法院\n\n"
                          "  •   民生无小事,枝叶总关情。\n"
                          "      为切实维护司法权威,深入推进涉民生领域执行工作,近日,某市两级法院开展集中约谈行动,"
                          "约谈被执行人120名,执行到位金额300余万元。\n")
    text = "\n".join(a.title + "\n" + a.text for a in arts)
    for court in ("某市中院", "甲区法院", "乙区法院", "丙县法院"):
        assert court in text


def test_a_menu_above_the_headline_is_still_no_title(tmp_path):
    art = _one(tmp_path, "- 最新文件\n\n- 热点文章\n\n某县法院开展集中执行行动\n\n"
                         "近日,某县法院开展集中执行行动,出动干警40人次,执结案件20件,执行到位金额50万元。\n")
    assert art.title == "某县法院开展集中执行行动"
