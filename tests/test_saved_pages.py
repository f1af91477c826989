"""Web pages saved as text: title, date and source as the page prints them.

Each page here is made up, with the structure of saved news pages: navigation, a
headline, a byline of labelled fields, the text, a footer."""

from __future__ import annotations

from lawnews.index.store.source_names import source_facet

from support import SAVED_BODY as BODY, saved_page, saved_web_page

read = saved_web_page


def test_an_upload_time_line_dates_the_page(tmp_path):
    a = read(tmp_path, "首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效\n作者:李四\n上传时间:2011-3-7\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert a.date == "2011-03-07"


def test_a_publication_date_label_in_dotted_form_dates_the_page(tmp_path):
    a = read(tmp_path, "当前位置：首页 > 审判动态\n青石法院集中执行见成效\n发表日期：2012.10.08  浏览：31\n" + BODY)
    assert a.date == "2012-10-08"


def test_a_traditional_script_byline_is_read_as_the_page_byline(tmp_path):
    a = read(tmp_path, "青石縣法院集中執行見成效\n| 2020-05-16 來源:青石日報 編輯:張三 |\n" + BODY)
    assert a.title == "青石縣法院集中執行見成效"
    assert a.date == "2020-05-16"
    assert a.source == "青石日報"  # an outlet printed in traditional characters keeps its printed name
    assert source_facet(a.source) == "青石日报"  # and is counted under its simplified one


def test_a_dated_byline_of_several_labels_below_site_chrome_makes_a_web_page(tmp_path):
    a = read(tmp_path, "今天是：2024年04月29日 星期一\nqingshi.com.cn\n青石律师在线\n法律咨询服务\n"
                       "青石法院集中执行见成效\n时间:2015年07月08日 来源:青石法院 作者: 浏览次数:34  收藏[0]\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert a.date == "2015-07-08"
    assert a.source == "青石法院"


def test_a_source_is_cut_at_the_next_label_or_date_printed_against_it(tmp_path):
    a = read(tmp_path, "当前位置：首页 > 法官论坛\n青石法院集中执行见成效\n发布日期:2017-08-10 信息来源:青石日报字号:[ ]\n" + BODY)
    assert a.source == "青石日报"
    b = read(tmp_path, "当前位置：首页 > 法官论坛\n青石法院集中执行见成效\n发布时间:2015-01-24 来源:青石新闻网2015-01-24\n" + BODY)
    assert b.source == "青石新闻网"
    c = read(tmp_path, "当前位置：首页 > 法官论坛\n青石法院集中执行见成效\n时间:2021-12-31  作者:  新闻来源: 【字号: | |\n" + BODY)
    assert c.source is None
    d = read(tmp_path, "当前位置：首页 > 法官论坛\n青石法院集中执行见成效\n来源: • 2023-02-16 14:00:27\n" + BODY)
    assert d.source is None


def test_a_dated_toolbar_line_dates_the_page(tmp_path):
    a = read(tmp_path, "当前位置：首页 > 要闻\n2009年8月29日 星期六 放大 缩小 默认\n青石法院集中执行见成效\n" + BODY)
    assert a.date == "2009-08-29"
    assert a.title == "青石法院集中执行见成效"


def test_a_date_printed_after_the_title_dates_the_page_and_leaves_the_title(tmp_path):
    a = read(tmp_path, "当前位置：首页 > 要闻\n青石法院集中执行见成效(2008-3-30)\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert a.date == "2008-03-30"


def test_comment_counts_and_download_labels_are_no_part_of_the_title(tmp_path):
    a = read(tmp_path, "当前位置：首页 > 要闻\n青石法院集中执行见成效 No Comments\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    b = read(tmp_path, "当前位置：首页 > 文库\n执行程序衔接机制研究Word文档下载推荐.docx\n" + BODY)
    assert b.title == "执行程序衔接机制研究"


def test_a_count_printed_after_the_title_on_its_line_is_no_part_of_it(tmp_path):
    a = read(tmp_path, "首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效 0\n发布时间：2024-03-15 10:20:31 来源：青石法院\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    a = read(tmp_path, "首页 > 法院动态\n青石法院集中执行见成效 2024-03-15 620\n来源：青石法院 发布时间：2024-03-15\n" + BODY)
    assert a.title == "青石法院集中执行见成效"


def test_a_count_on_a_line_of_its_own_above_the_text_is_neither_title_nor_text(tmp_path):
    a = read(tmp_path, "首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效\n12\n发布时间：2024-03-15 10:20:31 来源：青石法院\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert a.text.startswith("近日，青石县人民法院")


def test_a_headline_stacked_over_a_posting_time_and_a_count_takes_neither(tmp_path):
    a, web = saved_page(tmp_path, "“无讼村居”是怎样建成的\n2026-01-21 14:59:21\n0\n\n" + BODY)
    assert a.title == "“无讼村居”是怎样建成的"
    assert a.text.startswith("近日，青石县人民法院")


def test_a_title_ending_in_a_year_or_in_english_digits_keeps_them():
    from lawnews.index.ingest.webpage import without_counter

    assert without_counter("青石法院执行工作年终盘点 2023") == "青石法院执行工作年终盘点 2023"
    assert without_counter("Top 10") == "Top 10"
    assert without_counter("青石法院集中执行见成效 0") == "青石法院集中执行见成效"


def test_a_headline_over_a_dated_line_of_a_site_and_a_count_makes_a_web_page(tmp_path):
    # a headline that asks, and under it the site's line: who posted it, a column, the day, a count
    page = "爱犬被咬伤该怎么办?\n\n青石法网整理 案例解读 2021-08-03 0\n\n" + BODY
    a, web = saved_page(tmp_path, page)
    assert web
    assert a.title == "爱犬被咬伤该怎么办?"
    assert a.date == "2021-08-03"
    assert a.text.startswith("近日，青石县人民法院")


def test_a_masthead_dated_in_words_under_a_headline_is_no_web_page(tmp_path):
    a, web = saved_page(tmp_path, "青石法院集中执行见成效\n青石日报 2024年3月15日 星期五\n\n" + BODY)
    assert not web


def test_a_wechat_mirrors_page_is_read_by_its_header(tmp_path):
    page = "查看原文\n其他\n\n青石法院集中执行见成效\n\n张三 青石法院 2023-09-12\n\n" + BODY
    a, web = saved_page(tmp_path, page)
    assert not web
    assert (a.title, a.date, a.byline) == ("青石法院集中执行见成效", "2023-09-12", "张三")


def test_a_counters_label_empty_or_with_its_count_is_no_text(tmp_path):
    for label in ("浏览量:", "字体:", "浏览次数：380", "閱讀:2,920次", "点击数: 56次"):
        a = read(tmp_path, f"青石法院集中执行见成效\n时间:2025-09-02 20:43\n{label}\n\n" + BODY)
        assert a.title == "青石法院集中执行见成效"
        assert a.text.startswith("近日，青石县人民法院"), label


def test_pieces_of_the_posting_time_printed_apart_above_the_dated_line_are_no_text(tmp_path):
    a = read(tmp_path, "您当前的位置 :青石在线 > 青石新闻 > 正文\n青石法院集中执行见成效\n—2022—\n09/22\n07:42:18\n"
                       "2022-09-22 07:42:18 来源:青石日报\n" + BODY)
    assert a.title == "青石法院集中执行见成效"
    assert a.date == "2022-09-22"
    assert [s.heading for s in a.sections] == [None]
    assert a.text.startswith("近日，青石县人民法院")


def test_a_headline_over_a_date_in_words_beside_its_author_makes_a_web_page(tmp_path):
    # a paper's masthead prints its date in words, but never an author's or a source's label beside it
    for line, source in (("2015年06月25日 作者:王五", None), ("2015年6月25日  来源：青石县人民法院", "青石县人民法院")):
        a = read(tmp_path, f"青石法官的端午节——守在执行一线\n\n    {line}\n" + BODY)
        assert a.title == "青石法官的端午节——守在执行一线"
        assert a.date == "2015-06-25"
        assert a.source == source
        assert a.text.startswith("近日")


def test_a_masthead_dated_in_words_alone_still_makes_no_web_page(tmp_path):
    from support import saved_page

    _a, web = saved_page(tmp_path, "青石日报\n2015年6月25日 星期四\n青石法院集中执行见成效\n" + BODY)
    assert not web


def test_an_empty_source_field_takes_no_label_after_it_for_the_source(tmp_path):
    a = read(tmp_path, "首页 > 新闻中心\n青石法院发布物业纠纷审判白皮书\n发布: 2017-09-11     文章来源:     查看: 9525次\n" + BODY)
    assert a.title == "青石法院发布物业纠纷审判白皮书"
    assert a.date == "2017-09-11"
    assert a.source is None


def test_a_sites_lines_between_the_headline_and_its_copy_are_no_text(tmp_path):
    a = read(tmp_path, "青石县调解工作机制研究\n2016-03-19\n青石学报 2016年3期\n下载地址: 点击此处下载\n"
                       "青石县调解工作机制研究\n王明远,李清\n" + BODY)
    assert a.title == "青石县调解工作机制研究"
    assert a.text.startswith("近日") and "学报" not in a.text and "下载" not in a.text
    assert a.byline is not None and "王明远" in a.byline
