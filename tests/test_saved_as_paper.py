"""Pages saved from a paper's web edition, read as newspaper pages: the edition and
imprint lines printed beside an article are no part of its title or text. A site reprinting
a paper's story names the paper, its day and page under the text: that paper is the source."""

from __future__ import annotations

from lawnews.index.ingest.page_header import edition_line
from lawnews.index.ingest.pages import parse_page

from support import saved_web_page


def _one(text: str):
    articles = parse_page(text, "saved.txt")
    assert len(articles) == 1
    return articles[0]


def test_edition_line_under_the_headline_is_not_part_of_the_title():
    text = ("法槌声里的春天故事\n\n《青禾晚报》(2024年3月5日) 06版\n\n"
            "本报讯（通讯员 王小明）近日，青禾县法院为果农追回货款十二万元。\n\n"
            "果农们送来锦旗，感谢法官奔波。\n")
    a = _one(text)
    assert a.title == "法槌声里的春天故事"
    assert a.source == "青禾晚报"
    assert a.date == "2024-03-05"
    assert "06版" not in a.text and "青禾晚报" not in a.text


def test_edition_line_glued_under_a_wrapped_headline_is_taken_out():
    text = ("青禾山下:法官骑马送法进牧场\n7月28日 《青禾法治报》第8版\n"
            "每年夏天，青禾法庭的法官都骑马走进牧场，为牧民调解草场纠纷。\n"
            "今年以来，法庭已调解纠纷四十余件。\n")
    a = _one(text)
    assert a.title == "青禾山下:法官骑马送法进牧场"
    assert a.source == "青禾法治报"


def test_page_label_above_the_headline_gives_the_page_and_section_not_the_title():
    text = ("第B03版:法苑\n\n欠款不还三人被拘\n\n"
            "本报讯 （记者 李四）1月9日，青禾区法院集中开展执行行动，拘留失信被执行人三名。\n\n"
            "执行干警清晨出发，兵分三路。\n")
    a = _one(text)
    assert a.title == "欠款不还三人被拘"
    assert a.meta.get("page") == "B03"
    assert a.meta.get("section") == "法苑"
    assert not a.text.startswith("第B03版")


def test_imprint_line_above_the_headline_is_not_part_of_the_title():
    text = ("青禾日报社 出版 国内统一刊号:CN99-0001 代号11-22\n\n\n"
            "从讨薪无门到安心返乡\n\n"
            "2024年4月7日，青禾县法律援助中心收到一面锦旗，送旗的是外省务工的周某。\n\n"
            "援助律师查清被告信息后，依法提起诉讼。\n")
    a = _one(text)
    assert a.title == "从讨薪无门到安心返乡"
    assert "刊号" not in a.text


def test_edition_words_inside_a_sentence_stay_text():
    assert edition_line("详见本报第5版。") is None
    assert edition_line("05版") is None  # a number and 版 alone says too little
    text = ("青禾法院开展执行攻坚\n\n"
            "近日，青禾法院开展执行攻坚行动，详情见第5版。\n\n"
            "本次行动共执结案件十二件。\n")
    a = _one(text)
    assert "详情见第5版" in a.text


def test_reporter_line_opening_with_the_outlet_is_a_byline_not_a_title():
    text = ("青禾新闻记者 王五\n"
            "“买卖已成交，法院又撤销了拍卖。”近日，青禾县的买受人反映，他竞得的厂房被撤回。\n"
            "法院负责人称，拍卖公告未写明债务承担。\n")
    a = _one(text)
    assert a.byline is not None and "王五" in a.byline and "记者" in a.byline
    assert "王五" not in a.title
    assert a.title_is_fallback


def test_reporter_line_set_off_by_a_bar_in_traditional_script_is_a_byline():
    text = ("記者 | 王小五 實習記者 李小六\n"
            "近日，青禾縣人民法院發布懸賞公告，舉報財產線索者可獲獎勵。\n"
            "這條公告引發關注。\n")
    a = _one(text)
    assert a.byline is not None and "王小五" in a.byline
    assert "記者" not in a.title


def test_organisation_credits_closing_the_text_are_no_title_printed_after_it():
    text = ("日前，青禾县法律援助中心走进村屯，开展了一场以“法援惠民生”为主题的入户宣传慰问活动，"
            "为返乡务工人员解答讨薪、工伤等方面的法律问题，并现场受理法律援助申请。\n"
            "工作人员还为一名在外省务工期间未拿到工钱的务工人员联系当地法律援助中心，"
            "通过异地协作的方式共同为其讨薪，解决其在务工过程中遇到的法律难题。\n"
            "本次活动走访村屯两个，发放宣传材料八十份。\n"
            "青禾县法律援助中心 供稿\n"
            "青禾市法律援助中心 提供\n")
    a = _one(text)
    assert "供稿" not in a.title and "提供" not in a.title
    assert a.title_is_fallback
    assert "青禾县法律援助中心 供稿" in (a.byline or "")


def test_line_cut_after_an_opening_bracket_is_no_title_printed_after_the_text():
    text = ("“钱货两清之后，店主又找来说卖错了，要把东西收回去。”近日，买受人张某反映，"
            "他通过司法拍卖买下一家工厂的资产，法院下达裁定一个月后又将拍卖结果撤销。\n"
            "法院负责人解释称，拍卖公告未写明获得资产的同时要承担债务，公告不严谨导致买受人产生误解。\n"
            "目前，上级法院已受理此案。\n"
            "拍卖页面（\n")
    a = _one(text)
    assert a.title_is_fallback
    assert not a.title.endswith("（")


def test_dated_byline_with_a_clock_time_under_the_headline_dates_the_page_and_is_no_title():
    text = ("晨光里，执行干警出发了\n"
            "青禾政法报2024-05-06 08:27\n\n"
            "5月5日清晨6时，青禾区法院执行局干警在办公楼前集结，兵分六路开展集中执行行动，"
            "一张追讨欠款的法网悄然拉开。\n\n"
            "记者随行动小组来到一处小区，被执行人已多日不见踪影。\n")
    a = _one(text)
    assert a.title == "晨光里，执行干警出发了"
    assert a.date == "2024-05-06"
    assert "08:27" not in a.text
    assert a.source == "青禾政法报" and a.byline is None  # the outlet printed by the time is the source


def test_dated_toolbar_line_is_no_byline():
    text = ("青禾法院发布执行白皮书\n"
            "选择字号: 本文共阅读 12 次 更新时间:2024-05-06 08:27\n\n"
            "近日，青禾法院发布执行工作白皮书，通报一年来的执行工作情况和典型案例。\n")
    a = _one(text)
    assert a.byline is None or "字号" not in a.byline


def test_a_paper_named_with_its_day_and_page_in_brackets_under_the_text_gives_source_and_date():
    text = ("本报讯（记者 王小明）9月25日，青禾县公安局为受骗群众追回被骗资金十五万元。\n\n"
            "民警提醒，网络交友须警惕转账要求。\n\n"
            "《青禾都市报》(2025年09月27日第A4版:青禾·城事)\n")
    a = _one(text)
    assert (a.source, a.date, a.meta["page"], a.meta["section"]) == ("青禾都市报", "2025-09-27", "A4", "青禾·城事")
    assert "青禾都市报" not in a.text


def test_a_paper_named_in_spaced_marks_with_its_day_and_page_in_brackets():
    assert edition_line("《 青禾日报 》( 2024年03月25日 10 版)") == {"page": 10, "source": "青禾日报", "date": "2024-03-25"}


def test_a_saved_web_page_reprinting_a_paper_names_it_where_its_field_names_no_outlet(tmp_path):
    a = saved_web_page(tmp_path, "首页 > 新闻中心 > 法院动态\n青禾法院集中执行见成效\n发布时间:2024-11-15 03:04:33 来源: sp20241115\n"
                                 "近日，青禾县人民法院组织干警开展集中执行行动，共执结案件十二件，执行到位金额八十余万元。\n"
                                 "行动中，执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n"
                                 "《 青禾日报 》( 2024年03月25日 10 版)\n（责编：王小明）\n")
    assert a.source == "青禾日报"
    assert a.date == "2024-11-15"  # the date the site prints wins
    assert "青禾日报" not in a.text
