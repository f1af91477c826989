"""Saved news pages read as a reader reads them: the title is the headline, not the site's
breadcrumb, an author's affiliation or a toolbar; the source is an outlet, never a person or a
phone number. Each page is made up with the structure of a saved page."""

from __future__ import annotations

import pytest

from support import SAVED_BODY as BODY, saved_page

first = saved_page

ENGLISH = ("Courts across the province settled more disputes by mediation last year, the high court said.\n\n"
           "Judges held hearings in villages and closed most cases within a month of filing.\n")


# ---------------------------------------------------------------- English breadcrumbs


@pytest.mark.parametrize("crumb", ["Home » Nation", "Home / China / Society", "Home > Latest News > Courts",
                                   "HOME > NEWS", "You are here: Home > News"])
def test_an_english_breadcrumb_is_no_part_of_the_title(tmp_path, crumb):
    a, _ = first(tmp_path, f"{crumb}\n\nProvince courts settle more disputes\n\n{ENGLISH}")
    assert a.title == "Province courts settle more disputes"


@pytest.mark.parametrize("crumb", ["Home » Nation", "Home / China / Society"])
def test_an_english_breadcrumb_over_a_text_without_headline_is_no_title(tmp_path, crumb):
    a, _ = first(tmp_path, f"{crumb}\n\n{ENGLISH}")
    assert "Home" not in a.title
    assert a.text.startswith("Courts across the province")


def test_a_line_about_a_home_is_still_a_title(tmp_path):
    a, _ = first(tmp_path, f"Home / office rules for judges announced\n\n{ENGLISH}")
    assert a.title == "Home / office rules for judges announced"


def test_an_english_page_under_its_breadcrumb_keeps_headline_writer_and_date(tmp_path):
    page = ("WORLDNEWS 中文版\n\nNation\n\nHome / Nation / Society\n\nProvince courts settle more disputes\n\n"
            f"By LI MING | Daily Courier | Updated: 2024-03-05 10:20\n\n{ENGLISH}")
    a, web = first(tmp_path, page)
    assert a.title == "Province courts settle more disputes"
    assert a.byline == "By LI MING | Daily Courier"
    assert a.date == "2024-03-05"
    assert a.text.startswith("Courts across the province")


# ---------------------------------------------------------------- an author's unit


@pytest.mark.parametrize("credit, byline", [
    ("王明远\n(青石大学 法学院,湖南 长沙 410000)", "王明远（青石大学 法学院）"),
    ("王明远, 李清\n(青石大学 法学院, 湖南 长沙 410000)", "王明远 李清（青石大学 法学院）"),
    ("（作者系青石县人民法院法官）", "作者系青石县人民法院法官"),
    ("作者单位：青石县人民法院", "作者单位：青石县人民法院"),
])
def test_an_authors_unit_over_a_paper_is_its_byline_not_its_title(tmp_path, credit, byline):
    a, _ = first(tmp_path, f"{credit}\n\n{BODY}")
    assert a.byline == byline
    assert a.title_is_fallback and a.title.startswith("近日")
    assert a.text.startswith("近日")


def test_an_authors_unit_under_a_headline_is_its_byline(tmp_path):
    a, _ = first(tmp_path, f"论执行联动机制的完善\n\n王明远\n\n(青石大学法学院,湖南 长沙 410000)\n\n{BODY}")
    assert a.title == "论执行联动机制的完善"
    assert a.byline == "王明远（青石大学法学院）"


def test_a_post_noted_after_the_text_closes_it_and_is_no_title(tmp_path):
    a, _ = first(tmp_path, f"{BODY}\n（作者系青石县人民法院法官）\n")
    assert a.title_is_fallback and a.title.startswith("近日")
    assert a.byline == "作者系青石县人民法院法官"


def test_a_name_and_a_labelled_unit_under_a_web_pages_date_is_the_byline(tmp_path):
    a, web = first(tmp_path, "论执行联动机制的完善\n发布时间：2024-03-05 来源：青石法院网\n"
                             f"王明远 作者单位：青石县人民法院\n{BODY}")
    assert web and a.title == "论执行联动机制的完善"
    assert a.byline == "王明远（青石县人民法院）"
    assert a.text.startswith("近日")


@pytest.mark.parametrize("headline", ["执行局 (青石县人民法院)", "典型案例（青石县人民法院）"])
def test_a_headline_naming_a_court_in_brackets_stays_the_title(tmp_path, headline):
    a, _ = first(tmp_path, f"{headline}\n\n{BODY}")
    assert a.title == headline.replace(" (", " (")


# ---------------------------------------------------------------- a toolbar glued to the title


@pytest.mark.parametrize("toolbar", [" 分享到： 打印 关闭", "【打印】【关闭】", " [打印本页]", " 【字号：大 中 小】"])
def test_a_toolbar_glued_to_a_web_pages_title_is_no_part_of_it(tmp_path, toolbar):
    a, web = first(tmp_path, f"青石法院合力破解执行难{toolbar}\n发布时间：2024-03-05 来源：青石法院网\n{BODY}")
    assert web and a.title == "青石法院合力破解执行难"
    assert a.date == "2024-03-05"


def test_a_toolbar_glued_to_a_paper_pages_headline_is_no_part_of_it(tmp_path):
    a, _ = first(tmp_path, f"青石法院合力破解执行难 分享到： 打印 关闭\n\n{BODY}")
    assert a.title == "青石法院合力破解执行难"


@pytest.mark.parametrize("headline", ["违规排污企业被依法责令关闭", "青石法院向社会推荐"])
def test_a_headline_ending_in_a_toolbar_word_keeps_it(tmp_path, headline):
    a, _ = first(tmp_path, f"{headline}\n发布时间：2024-03-05 来源：青石法院网\n{BODY}")
    assert a.title == headline


# ---------------------------------------------------------------- a person or a phone number for a source


@pytest.mark.parametrize("value", ["张娜", "欧阳明", "0731-84567890", "律师王某 13812345678"])
def test_a_person_or_a_phone_number_printed_as_the_source_gives_no_source(tmp_path, value):
    a, web = first(tmp_path, f"青石法院合力破解执行难\n来源：{value} 2024-03-05 10:20:31\n{BODY}")
    assert web and a.date == "2024-03-05"
    assert a.source is None


@pytest.mark.parametrize("value", ["本报记者 王明远", "记者王明远"])
def test_a_reporter_printed_as_the_source_is_the_byline(tmp_path, value):
    a, web = first(tmp_path, f"青石法院合力破解执行难\n来源：{value} 发布时间：2024-03-05\n{BODY}")
    assert web and a.source is None
    assert a.byline == value


@pytest.mark.parametrize("value, source", [("石门", "石门"), ("江西", "江西"), ("黄石日报", "黄石日报"), ("法律适用", "法律适用")])
def test_a_place_or_an_outlet_opening_with_a_surname_stays_the_source(tmp_path, value, source):
    a, _ = first(tmp_path, f"青石法院合力破解执行难\n来源：{value} 2024-03-05 10:20:31\n{BODY}")
    assert a.source == source


def test_a_paper_pages_source_line_naming_a_person_gives_no_source(tmp_path):
    a, web = first(tmp_path, f"青石法院合力破解执行难\n\n来源：张娜\n\n{BODY}")
    assert a.source is None


# ---------------------------------------------------------------- an app dotted to its paper


def test_an_app_dotted_to_a_provincial_paper_gives_the_paper(tmp_path):
    from lawnews.index.ingest.sources import canonical_source

    assert canonical_source("新甘肃·甘肃法治报") == "甘肃法治报"
    assert canonical_source("石榴云新疆法治报") == "新疆法治报"
    assert canonical_source("新甘肃") == "新甘肃"
    a, _ = first(tmp_path, f"青石法院合力破解执行难\n来源：新甘肃·甘肃法治报 2024-03-05 10:20:31\n{BODY}")
    assert a.source == "甘肃法治报"


def test_the_provinces_of_app_papers_are_the_division_tables():
    from lawnews.index.divisions import place_names

    provinces = place_names()[0]
    assert len(provinces) == 34 and {"内蒙古", "黑龙江", "新疆", "澳门"} <= set(provinces)


# ---------------------------------------------------------------- one list of field labels


@pytest.mark.parametrize("line", ["来源：青石日报责编：王明远", "文章来源：青石日报添加日期：2024-03-05",
                                  "来源：青石日报录入日期：2024-03-05"])
def test_a_source_glued_to_any_field_label_ends_before_it(tmp_path, line):
    a, web = first(tmp_path, f"青石法院合力破解执行难\n发布时间：2024-03-05 10:20:31\n{line}\n{BODY}")
    assert web and a.source == "青石日报"


@pytest.mark.parametrize("line", ["来源： 添加时间：2024-03-05", "来源： 浏览量：120 发布时间：2024-03-05"])
def test_a_source_field_left_empty_before_any_label_gives_no_source(tmp_path, line):
    a, web = first(tmp_path, f"青石法院合力破解执行难\n{line}\n{BODY}")
    assert web and a.source is None and a.date == "2024-03-05"


# ---------------------------------------------------------------- a dateline opening an untitled text


def test_a_web_text_without_headline_is_titled_after_its_dateline(tmp_path):
    page = ("发布时间：2024-11-15 03:04:33 来源：青石法院网\n"
            "本报青石3月24日电 （记者王明远）“我有两车水果还压在市场里。”前不久，一名货商向驻所民警求助。\n"
            "民警请来调解员，帮助双方核算、结清了费用，一起纠纷得以化解。\n")
    a, web = first(tmp_path, page)
    assert web and a.title_is_fallback
    assert a.title.startswith("“我有两车水果")
    assert a.byline == "记者王明远"
    assert a.date == "2024-11-15"  # the dateline prints no year: the page's date stands
    assert a.text.startswith("本报青石3月24日电")


# ---------------------------------------------------------------- an outlet's own dateline


@pytest.mark.parametrize("dateline", ["青石日报8月9日讯", "青石法制报讯 ", "青石日报·新青石客户端6月25日讯", "红网时刻青石9月2日讯",
                                      "青石区融媒体中心讯"])
def test_an_outlets_dateline_with_its_credit_gives_the_byline_and_no_title(tmp_path, dateline):
    page = (f"{dateline}（记者 王明远 通讯员 李清）8月6日，青石县人民法院组织干警开展集中执行行动，执结案件十二件。\n\n"
            "行动中，执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n")
    a, _ = first(tmp_path, page)
    assert a.byline == "记者 王明远 通讯员 李清"
    assert a.title_is_fallback and a.title.startswith("8月6日")
    assert "王明远" not in a.text and "青石县人民法院组织干警" in a.text


def test_a_word_ending_in_xun_opening_a_text_is_no_dateline(tmp_path):
    page = ("青石县网络通讯公司（原电信营业部）因拖欠工资被申请执行，法院依法查封其账户。\n\n"
            "行动中，执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n")
    a, _ = first(tmp_path, page)
    assert a.byline is None
    assert a.title.startswith("青石县网络通讯公司")


# ---------------------------------------------------------------- a credit without brackets after a dateline


@pytest.mark.parametrize(("dateline", "credit", "byline"), [
    ("青石网青州8月24日电", "记者王明远", "记者王明远"),
    ("青石网青州8月24日电", "记者 王明远 通讯员 李清", "记者 王明远 通讯员 李清"),
    ("本报讯", "记者王明远 通讯员李清报道", "记者王明远 通讯员李清"),
])
def test_a_credit_without_brackets_after_a_dateline_is_the_byline(tmp_path, dateline, credit, byline):
    page = (f"{dateline} {credit} 犯罪嫌疑人被羁押到看守所后，能不能获得免费的法律援助？今天，记者从省司法厅获悉，"
            "值班律师将为新收押人员提供法律咨询。\n\n"
            "工作站设在监区内，有独立的办公用房，定期为在押人员讲解法律知识。\n")
    a, _ = first(tmp_path, page)
    assert a.byline == byline
    assert a.title_is_fallback and a.title.startswith("犯罪嫌疑人被羁押")
    assert a.text.startswith(f"{dateline} 犯罪嫌疑人" if dateline != "本报讯" else "犯罪嫌疑人") and "王明远" not in a.text


def test_a_reporter_opening_the_text_after_a_dateline_is_no_credit(tmp_path):
    page = ("青石网青州8月24日电 记者从省司法厅获悉，值班律师将为新收押人员提供法律咨询。\n\n"
            "工作站设在监区内，有独立的办公用房，定期为在押人员讲解法律知识。\n")
    a, _ = first(tmp_path, page)
    assert a.byline is None
    assert a.title.startswith("记者从省司法厅获悉")


# ---------------------------------------------------------------- a toolbar in a stacked header


@pytest.mark.parametrize("toolbar", ["[打印本页]", "分享到： 打印 关闭"])
def test_a_toolbar_after_a_headline_stacked_under_the_sites_name_is_no_part_of_the_title(tmp_path, toolbar):
    page = ("青石论坛\n\n"
            f"标题: 青石法院合力破解执行难 {toolbar}\n\n"
            "作者: 王明远    时间: 2018-6-14 00:50\n"
            "标题: 青石法院合力破解执行难\n"
            "青石法院合力破解执行难\n\n\n"
            "    【摘要】青石县人民法院联合公安、银行等部门查控被执行人财产，执结案件一百二十件。"
            "执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n"
            "    法院还将失信被执行人名单推送至各部门，限制其高消费，督促其履行义务。\n")
    a, _ = first(tmp_path, page)
    assert a.title == "青石法院合力破解执行难"
    assert a.text.startswith("【摘要】青石县人民法院")


# ---------------------------------------------------------------- a site's header over the headline printed again


def test_a_sites_header_printing_the_headline_again_below_is_no_text(tmp_path):
    page = ("APP下载\n\n"
            "青石县调解工作机制研究\n\n"
            "2016-03-19王明远\n\n"
            "青石政法学院学报 2016年3期\n"
            "关键词:调解机制诉源治理\n\n"
            "王明远,李清\n\n"
            "(青石政法学院 法学院,青石 410000)\n\n"
            "青石县调解工作机制研究\n\n"
            "王明远,李清\n\n"
            "(青石政法学院法学院,青石410000)\n\n"
            "近年来，青石县人民法院联合司法所、派出所开展诉前调解，化解纠纷一千二百余件。"
            "调解员由退休法官和村干部担任，调解成功率逐年上升。\n\n"
            "一、引言\n\n"
            "诉源治理要求把纠纷化解在诉讼之前，调解机制是其中的关键一环。\n")
    a, _ = first(tmp_path, page)
    assert a.title == "青石县调解工作机制研究"
    assert a.text.startswith("近年来，青石县人民法院")
    assert "APP下载" not in a.text and "学报" not in a.text
    assert a.date == "2016-03-19"


# ---------------------------------------------------------------- an English site's menus above the headline


def test_an_english_sites_menus_and_tools_are_no_title(tmp_path):
    page = ("RSSNewsletterSiteMapFeedback\n\n"
            "Home · Weather · Forum · Jobs · Shopping\n"
            "Search This Site\n"
            "Nation | World | Business | Government | Travel/Living in the Province | Culture/Entertainment | Health\n"
            "Home / Government / Provincial Court News Tools: Save | Print | E-mail | Most Read\n"
            "Province courts settle more disputes\n"
            "Adjust font size:\n\n"
            f"{ENGLISH}")
    a, _ = first(tmp_path, page)
    assert a.title == "Province courts settle more disputes"
    assert a.text.startswith("Courts across the province")
    assert "font size" not in a.text


@pytest.mark.parametrize("line", ["RSS | Newsletter | Site Map | Feedback", "Search This Site", "Contact Us"])
def test_an_english_sites_own_words_are_never_a_title(line):
    from lawnews.index.ingest.web_lines import never_title

    assert never_title(line, chinese=False)
    assert not never_title("Province courts settle more disputes", chinese=False)


# ---------------------------------------------------------------- lines stacked over a headline


def test_lines_stacked_over_a_headline_keep_the_order_they_are_printed_in(tmp_path):
    page = ("执行攻坚进行时\n\n"
            "青石法院百日行动\n\n"
            "执结案件一千二百件\n\n"
            "本报讯（记者 王明远）近日，青石县人民法院百日执行攻坚行动落下帷幕，共执结案件一千二百件。"
            "执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n")
    a, _ = first(tmp_path, page)
    assert a.title == "执行攻坚进行时 青石法院百日行动 执结案件一千二百件"
    assert a.byline == "记者 王明远"


@pytest.mark.parametrize("heading", ["Related Stories", "More News", "Most Read:"])
def test_an_english_pages_list_of_other_stories_is_no_part_of_the_text(tmp_path, heading):
    page = (f"Home / Nation / Society\n\nProvince courts settle more disputes\n\n{ENGLISH}\n"
            f"{heading}\n\nCity Police Gear up for Festival Season\n\nNew Rules on Custody Announced\n")
    a, _ = first(tmp_path, page)
    assert a.title == "Province courts settle more disputes"
    assert "Festival Season" not in a.text and "Custody" not in a.text
    assert a.text.rstrip().endswith("within a month of filing.")


@pytest.mark.parametrize("tool", ["字体大小:【大】 【中】 【小】", "字体：大 中 小", "字体大小:大中小"])
def test_a_font_size_toolbar_is_no_text(tmp_path, tool):
    a, web = first(tmp_path, f"青石法院合力破解执行难\n发布时间：2024-03-05 来源：青石日报\n浏览次数:356\n{tool}\n{BODY}")
    assert web and a.title == "青石法院合力破解执行难"
    assert "字体" not in a.text
