"""Saved news pages whose header prints the article's byline, headline or fields in the
site's own way: a labelled byline line, a breadcrumb over a stacked headline, a header
table of labelled fields, an account line, closing credits, reading-time and toolbar lines.
Each page is made up with the structure of a saved page."""

from __future__ import annotations

from support import SAVED_BODY as BODY, saved_page

first = saved_page


# ---------------------------------------------------------------- a labelled byline line


def test_a_labelled_author_beside_the_time_is_the_byline(tmp_path):
    page = ("青石论坛\n\n"
            "标题: 青石法院合力破解执行难 [打印本页]\n\n"
            "作者: 王明远律师    时间: 2018-6-14 00:50\n"
            "标题: 青石法院合力破解执行难\n"
            "青石法院合力破解执行难\n\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert (a.title, a.byline, a.date) == ("青石法院合力破解执行难", "王明远律师", "2018-06-14")
    assert "王明远" not in a.text


def test_a_labelled_placeholder_author_is_no_byline(tmp_path):
    a, _ = first(tmp_path, "青石法院合力破解执行难\n\n作者: 佚名    时间: 2018-6-14 00:50\n\n" + BODY)
    assert a.byline is None and a.date == "2018-06-14"


def test_an_author_alone_with_a_label_glued_after_makes_no_field_line(tmp_path):
    a, _ = first(tmp_path, "青石法院合力破解执行难\n作者:王明远 2022-06-30前言\n" + BODY)
    assert a.byline != "王明远 前言"


# ---------------------------------------------------------------- a breadcrumb over a stacked headline


def test_the_headline_under_the_breadcrumb_is_the_title_not_the_sites_name_over_its_date(tmp_path):
    page = ("青石在线\n  2024年6月12日\n星期\n加入收藏 | 新闻回顾 | 检索 | 论坛 | 广告\n小调查\n"
            "首页->> 青石日报->> 法治\n"
            "一老人长期滞留县医院\n法院判决强制迁出难执行\n2024-06-11\n本报记者 王明远\n\n" + BODY)
    a, web = first(tmp_path, page)
    assert web
    assert a.title == "一老人长期滞留县医院 法院判决强制迁出难执行"
    assert (a.date, a.byline) == ("2024-06-11", "本报记者 王明远")
    assert a.text.startswith("近日，青石县人民法院") and not a.sections[0].heading


def test_a_headline_of_one_line_under_the_breadcrumb_stays_alone(tmp_path):
    page = ("青石在线\n  2024年6月12日\n首页 > 青石日报 > 法治\n"
            "法院判决强制迁出难执行\n2024-06-11\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title == "法院判决强制迁出难执行" and a.date == "2024-06-11"


# ---------------------------------------------------------------- a header table of labelled fields


def test_a_header_table_of_labelled_fields_gives_the_title_of_its_title_cell(tmp_path):
    page = ("字体大小:【大】 【中】 【小】\n"
            "| 索引号:000012345/2025-00001 | |\n"
            "| 发文字号: | 发文时间:2025-11-12 |\n"
            "| 发文机关:青石县公安局 | 主题词: |\n"
            "| 标题:“免费”别轻信,老人防骗要上心! | |\n"
            "| 主题分类:公安 | 发布日期:2025-11-12 |\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title == "“免费”别轻信,老人防骗要上心!" and not a.title_is_fallback
    assert a.date == "2025-11-12"
    assert a.text.startswith("近日，青石县人民法院") and "索引号" not in a.text


def test_a_table_of_figures_in_the_text_stays_text(tmp_path):
    page = "青石法院执行工作情况\n\n" + BODY + "| 收案:120件 | 结案:100件 |\n| 标的:80万元 | 到位:60万元 |\n"
    a, _ = first(tmp_path, page)
    assert a.title == "青石法院执行工作情况" and "收案" in a.text


# ---------------------------------------------------------------- an account line, a headline ending in ……, closing credits


def test_a_headline_ending_in_an_ellipsis_over_an_account_line_and_closing_credits(tmp_path):
    page = ("民警上门来!原来是为了……\n青溪融媒\n2021-03-19 12:58:44\n" + BODY +
            "文字:王明远 通讯员李清\n图片:王明远\n编辑:赵刚\n责任编辑:孙丽\n")
    a, web = first(tmp_path, page)
    assert not web
    assert a.title == "民警上门来!原来是为了……" and not a.title_is_fallback
    assert (a.date, a.source) == ("2021-03-19", "青溪融媒")
    assert a.text.startswith("近日，青石县人民法院")
    assert a.text.rstrip().endswith("当场履行义务。")
    assert "青溪融媒" not in a.text and "编辑" not in a.text


def test_a_sentence_ending_in_an_ellipsis_under_a_headline_stays_text(tmp_path):
    page = "青石法院集中执行\n\n执行干警来到被执行人家中……\n\n" + BODY
    a, _ = first(tmp_path, page)
    assert a.title == "青石法院集中执行" and a.text.startswith("执行干警来到被执行人家中……")


# ---------------------------------------------------------------- reading-time lines, labelled fields, toolbars under a headline


def test_reading_time_lines_are_no_part_of_the_title(tmp_path):
    page = "【解读】青石法院执行案款发放规则\n\n本文大概\n8000字\n阅读需要\n10分钟\n\n" + BODY
    a, _ = first(tmp_path, page)
    assert a.title == "【解读】青石法院执行案款发放规则"
    assert "分钟" not in a.text and "8000字" not in a.text


def test_reading_time_on_one_line_is_no_text(tmp_path):
    a, _ = first(tmp_path, "青石法院执行案款发放规则\n\n本文约3000字，阅读需要8分钟\n\n" + BODY)
    assert a.title == "青石法院执行案款发放规则" and a.text.startswith("近日")


def test_a_judgments_labelled_fields_are_text_not_part_of_the_title(tmp_path):
    page = ("青石县某甲诉某乙执行异议纠纷\n\n \n\n审理法院:青石县人民法院\n\n案号:(2019)青0101执异12号\n\n"
            "裁判日期:2019年12月23日\n\n \n\n【法院认为】\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title == "青石县某甲诉某乙执行异议纠纷"
    assert "案号:(2019)青0101执异12号" in a.text and a.date is None
    assert [s.heading for s in a.sections] == [None, "【法院认为】"]


def test_toolbar_items_and_prompts_under_a_headline_are_no_part_of_it(tmp_path):
    page = ("青石县公安局:成立“马背巡警队”护航牧民\n\n  • 打印\n  • 收藏\n收藏成功\n\n\n打开文本图片集\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title == "青石县公安局:成立“马背巡警队”护航牧民"
    assert a.text.startswith("近日，青石县人民法院") and "收藏" not in a.text
