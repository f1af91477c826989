"""Titles of pages saved as text: markup, menus, toolbars and labels are no titles, and
a headline over the time it was posted makes the text a web page. Pages are made up,
each with the structure of a saved page, and each beside a look-alike that keeps its reading."""

from __future__ import annotations

import pytest

from lawnews.index.ingest.markup import strip_markup
from lawnews.index.ingest.web_lines import looks_like_webpage, never_title

from support import SAVED_BODY as BODY, saved_page

first = saved_page


# ---------------------------------------------------------------- markup left by the save


def test_a_tag_cut_off_at_the_start_of_the_file_is_no_title(tmp_path):
    a, _ = first(tmp_path, 'nload="this.removeAttribute(\'width\');" />\n青石法院集中执行见成效\n' + BODY)
    assert a.title == "青石法院集中执行见成效"


def test_tags_around_lines_are_taken_out_and_a_line_of_markup_only_dropped(tmp_path):
    a, _ = first(tmp_path, '<div id="x"></div>\n<p style="text-align:center">青石法院集中执行见成效</p>\n' + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert "<" not in a.text


def test_a_line_closed_by_a_paragraph_tag_is_no_wrap_of_the_headline(tmp_path):
    a, _ = first(tmp_path, "青石法院执行工作白皮书(3)\n二、大力推进集中执行</strong></p>\n" + BODY)
    assert a.title == "青石法院执行工作白皮书(3)"


@pytest.mark.parametrize("text", [
    "依照<中华人民共和国民事诉讼法>第二百四十一条，被执行人应当报告财产。\n",
    "< 点此加入法律人社区 >\n",
    "a = 'b' 时，比较结果为真。\n",
    ">>>>\n",
])
def test_angle_brackets_that_are_no_markup_stay(text):
    assert strip_markup(text) == text


# ---------------------------------------------------------------- menus, toolbars, labels


@pytest.mark.parametrize("line", ["- 最新文件", "• 打印 • 收藏", "以文本方式查看主题", "手机浏览器扫描二维码访问",
                                  "编者按", "【基本案情】", "1. 引言", "摘要", "Workflow", "|", "1/8"])
def test_a_menu_item_a_toolbar_line_or_a_part_label_is_never_a_title(line):
    assert never_title(line)


@pytest.mark.parametrize("line", ["青石法院集中执行见成效", "• 青溪市物业管理条例", "编者按语的写作方法",
                                  "引言的写法与要求", "“老赖”为何屡禁不止?"])
def test_a_headline_like_them_may_be_a_title(line):
    assert not never_title(line)


def test_an_english_headline_stays_the_title_of_an_english_page():
    assert not never_title("Legal aid for migrant workers", chinese=False)


def test_a_menu_above_the_text_is_no_title(tmp_path):
    a, _ = first(tmp_path, "- 最新文件\n\n- 2024年 2023年 2022年\n\n青石法院集中执行见成效\n\n" + BODY)
    assert a.title == "青石法院集中执行见成效"


def test_a_list_item_alone_above_the_text_may_be_its_title(tmp_path):
    a, _ = first(tmp_path, "• 青溪市物业服务管理条例\n\n" + BODY)
    assert "青溪市物业服务管理条例" in a.title


def test_a_toolbar_prompt_is_no_title(tmp_path):
    a, _ = first(tmp_path, "手机浏览器扫描二维码访问\n\n青石法院集中执行见成效\n\n" + BODY)
    assert a.title == "青石法院集中执行见成效"


def test_a_part_label_over_the_text_gives_no_title(tmp_path):
    a, _ = first(tmp_path, "编者按\n\n" + BODY)
    assert a.title_is_fallback
    assert a.title.startswith("近日")


def test_a_headline_over_a_part_label_stays_the_title(tmp_path):
    a, _ = first(tmp_path, "青石法院集中执行见成效\n\n编者按\n\n" + BODY)
    assert a.title == "青石法院集中执行见成效"


def test_a_latin_word_over_a_chinese_text_is_no_title(tmp_path):
    a, _ = first(tmp_path, "Menu\n\n" + BODY)
    assert a.title_is_fallback


def test_an_english_page_keeps_its_english_title(tmp_path):
    a, _ = first(tmp_path, "Court clears old cases\n"
                           "The county court closed twelve enforcement cases this week, its judges said.\n"
                           "Several debtors paid in full after the court acted.\n")
    assert a.title == "Court clears old cases"


def test_an_original_title_line_gives_the_title_after_its_label(tmp_path):
    a, _ = first(tmp_path, "原标题：青石法院集中执行见成效\n" + BODY)
    assert a.title == "青石法院集中执行见成效"


def test_a_lost_character_before_a_title_is_dropped(tmp_path):
    a, web = first(tmp_path, "首页 > 新闻中心 > 法院动态\n?2024年青石法院执结案件十二件\n发布时间:2024-03-15 来源:青溪日报\n" + BODY)
    assert web
    assert a.title == "2024年青石法院执结案件十二件"


# ---------------------------------------------------------------- a headline over the time it was posted


@pytest.mark.parametrize("stamp", ["青溪都市报·2025-07-25 19:39", "2021-07-26 12:24张三李四", "时间:2018-12-24",
                                   "发布日期:2006-10-08 01:03:18 阅读次数:552"])
def test_a_headline_over_the_time_it_was_posted_makes_a_web_page(tmp_path, stamp):
    a, web = first(tmp_path, f"Workflow\n青石法院集中执行见成效\n{stamp}\n" + BODY)
    assert web
    assert a.title == "青石法院集中执行见成效"
    assert a.date is not None


@pytest.mark.parametrize("page", [
    "人民法院报 2024年3月15日 星期五\n青石法院集中执行见成效\n" + BODY,  # a masthead: no time of day
    "青石法院集中执行见成效\n2024年3月15日\n" + BODY,  # a date alone, no time, no label
    "裁判日期: 2015-04-09\n公开日期: 2015-06-21 10:00\n" + BODY,  # a field over the date, no headline
    "青石县人民法院简介。\n青石法院集中执行见成效\n2021-07-26 12:24张三\n" + BODY,  # text above the headline
])
def test_a_look_alike_stays_a_page(page):
    assert not looks_like_webpage(page)


def test_an_outlet_printed_by_the_posting_time_is_the_source(tmp_path):
    a, web = first(tmp_path, "青石法院集中执行见成效\n\n人民法院报·2024-03-15 10:20\n\n" + BODY)
    assert web
    assert a.source == "人民法院报"


def test_a_source_glued_to_the_editor_label_ends_before_it(tmp_path):
    a, _ = first(tmp_path, "首页 > 新闻中心\n青石法院集中执行见成效\n发布时间:2024-03-15 来源:青溪日报责任编辑:张三\n" + BODY)
    assert a.source == "青溪日报"
