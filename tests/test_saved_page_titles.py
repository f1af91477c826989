"""Saved news pages read as a reader reads them, titles and bodies: a WeChat mirror's
header, a paper site's label over an excerpt, authors printed over the text, printed
datelines. Each page is made up with the structure of a saved page."""

from __future__ import annotations

from support import SAVED_BODY as BODY, saved_page

first = saved_page


# ---------------------------------------------------------------- a WeChat mirror's header


def test_a_wechat_mirrors_header_is_no_title_and_its_account_line_dates_and_credits(tmp_path):
    page = ("查看原文\n其他\n\n青石法院:执行和解的三个问题\n\n王明远 李青 青石法苑 2023-05-18\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title == "青石法院:执行和解的三个问题"
    assert (a.date, a.byline) == ("2023-05-18", "王明远 李青")
    assert "查看原文" not in a.text and "青石法苑" not in a.text
    assert a.text.startswith("近日，青石县人民法院")


def test_a_wechat_mirrors_account_line_with_its_day_under_it(tmp_path):
    page = ("查看原文\n其他\n\n执行措施一览表\n\n王明远 青石法苑\n2024-09-19\n青石法苑\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert (a.title, a.date, a.byline) == ("执行措施一览表", "2024-09-19", "王明远")
    assert a.text.startswith("近日，青石县人民法院")


def test_a_page_opening_with_a_sentence_about_the_original_is_read_as_before(tmp_path):
    page = "查看原文\n\n青石法院集中执行护民生\n\n" + BODY
    a, _ = first(tmp_path, page)
    assert "近日，青石县人民法院" in a.text


# ---------------------------------------------------------------- a paper site's label over an excerpt


def test_a_label_announcing_part_of_a_paper_is_no_title_and_no_text(tmp_path):
    page = "论文部分内容阅读\n" + BODY
    a, _ = first(tmp_path, page)
    assert "内容阅读" not in a.title and "内容阅读" not in a.text
    assert a.text.startswith("近日，青石县人民法院")


def test_a_headline_about_reading_stays_the_title(tmp_path):
    a, _ = first(tmp_path, "青石法院开展法律文书阅读月活动\n\n" + BODY)
    assert a.title == "青石法院开展法律文书阅读月活动"


# ---------------------------------------------------------------- a headline printed as a list item


def test_a_headline_printed_as_a_list_item_under_a_tags_line_has_no_bullet(tmp_path):
    page = ("标签: 地方立法\n\n  • 青石县物业管理条例\n\n    青石县人大常委会公告\n\n"
            "      《青石县物业管理条例》经青石县人民代表大会常务委员会会议通过，现予公布，自公布之日起施行。\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title.startswith("青石县物业管理条例")
    assert "•" not in a.title and "标签" not in a.title



# ---------------------------------------------------------------- a date printed after a lead-in


def test_a_date_right_after_the_lead_in_dates_an_undated_article(tmp_path):
    for lead in ("本網青石訊:2008年2月27日,", "青石县法院网讯2024年3月5日上午，"):
        a, _ = first(tmp_path, f"{lead}青石县人民法院组织干警开展集中执行行动，共执结案件十二件。\n" + BODY)
        assert a.date == ("2008-02-27" if "2008" in lead else "2024-03-05")


def test_a_date_opening_a_sentence_about_events_or_a_period_gives_no_date(tmp_path):
    for opening in ("2008年2月27日，青石县人民法院组织干警开展集中执行行动，共执结案件十二件。\n",
                    "本报讯 2025年12月20日至2026年2月28日，青石县人民法院开展集中执行行动，共执结案件十二件。\n",
                    "本报讯 近日，青石县人民法院执结一起2008年2月27日立案的案件，执行到位金额八十余万元。\n"):
        a, _ = first(tmp_path, opening + BODY)
        assert a.date is None, opening


# ---------------------------------------------------------------- authors printed as the first line of the text


def test_authors_names_opening_a_web_articles_text_are_its_byline(tmp_path):
    page = ("首页 > 理论研究\n\n《青石县执行规定》的理解与适用\n\n发布时间:2018-07-01\n\n王明远 李 青\n\n" + BODY)
    a, web = first(tmp_path, page)
    assert web
    assert a.byline == "王明远 李青" or a.byline == "王明远 李 青"
    assert "王明远" not in a.text and a.text.startswith("近日，青石县人民法院")


# ---------------------------------------------------------------- a font-size toolbar over the text


def test_a_font_size_toolbar_over_the_text_is_no_text(tmp_path):
    for tool in ("小字号", "大字号", "【字体:    打印本页", "【字体：大 中 小】"):
        page = f"青石法院集中执行护民生\n\n发布时间：2024-03-05 来源：青石日报\n\n{tool}\n\n" + BODY
        a, _ = first(tmp_path, page)
        assert "字号" not in a.text and "字体" not in a.text and "打印" not in a.text, tool
        assert a.text.startswith("近日，青石县人民法院"), tool


def test_a_sentence_about_a_font_size_stays_text(tmp_path):
    a, _ = first(tmp_path, "青石法院集中执行护民生\n\n字体大小统一为小四号，文书格式由执行局统一制作并送达当事人。\n" + BODY)
    assert "字体大小统一为小四号" in a.text
