"""Page files read where a plain reading went wrong: a numbered heading after a list, a
sentence cut off at the page's end, and the like. Each page here is written for the test."""

from __future__ import annotations

from lawnews.index.ingest.pages import parse_page


def body(article) -> str:
    return "".join(s.text for s in article.sections)


def test_a_numbered_heading_after_a_bulleted_list_heads_its_part():
    page = "\n\n".join([
        "调解室“一厅两组”工作法",
        "“一厅两组”是指调解中心设立一个接待大厅和两个工作组，即驻村调解组和巡回调解组。",
        "1. 接待大厅",
        "接待大厅负责来访登记、材料收转和回访工作。其主要职责包括：",
        "  • 登记群众来访事项；\n  • 分流到相应工作组；\n  • 定期回访当事人。",
        "2. 驻村调解组",
        "驻村调解组常驻各村，负责邻里、婚姻家庭等纠纷的就地化解，每周固定两天在村委会坐班。",
        "3. 巡回调解组",
        "巡回调解组按片区轮流走访，负责跨村纠纷，遇到复杂案件时邀请法官一同参与调解。",
    ]) + "\n"
    [article] = parse_page(page, "parts.txt")
    headings = [s.heading for s in article.sections]
    assert "2. 驻村调解组" in headings and "3. 巡回调解组" in headings
    assert "• 定期回访当事人。" in body(article) or "定期回访当事人。" in body(article)


def test_items_of_one_numbering_under_a_colon_stay_a_list_before_text():
    page = "\n".join([
        "执行局公布三项措施",
        "",
        "为了提高执行效率，执行局近日公布了三项措施，具体如下：",
        "1. 查控财产",
        "2. 限制消费",
        "3. 集中腾房",
        "执行局表示，这些措施将在全市两级法院同步推开，并接受社会各界监督。",
    ]) + "\n"
    [article] = parse_page(page, "list.txt")
    assert [s.heading for s in article.sections] == [None]
    assert "3. 集中腾房" in body(article)


def test_a_part_numbered_first_under_an_opening_text_is_its_first_part():
    page = "\n\n".join([
        "浅谈失信惩戒的边界",
        "失信惩戒是督促被执行人履行义务的重要手段，但其适用必须有边界。本文从三个方面加以讨论。",
        "一、失信惩戒的性质",
        "失信惩戒不是刑罚，而是对不履行生效裁判者的信用约束，其目的在于促使履行而非惩罚本身。",
    ]) + "\n"
    [article] = parse_page(page, "essay.txt")
    assert article.title == "浅谈失信惩戒的边界"
    assert [s.heading for s in article.sections] == [None, "一、失信惩戒的性质"]


def test_a_sentence_cut_off_at_the_page_end_is_text_not_a_headline_after_it():
    page = "\n".join([
        "本报记者 王晓 通讯员 刘青",
        "3月2日，记者走进某区诉讼服务中心时，调解室里正在进行一场线上调解。",
        "这样的场景在该中心已是常态：法院与司法局、工会等部门联动，以“线上调解+司法确认”模式化解纠纷。",
        "调解员说，这样省时省力。",
        "去年以来,该中心共受理各类纠纷3000余件,其中调解成",
    ]) + "\n"
    [article] = parse_page(page, "cut.txt")
    assert article.title != "去年以来,该中心共受理各类纠纷3000余件,其中调解成"
    assert "去年以来,该中心共受理各类纠纷3000余件,其中调解成" in body(article)
    assert article.byline == "本报记者 王晓 通讯员 刘青"


def test_a_quote_opened_and_cut_off_at_the_page_end_is_text():
    page = "\n".join([
        "本报通讯员 周明",
        "",
        "近日，某法院执行干警在凌晨蹲守，成功找到下落不明的被执行人，督促其当场履行了全部欠款。",
        "",
        "“我们蹲",
    ]) + "\n"
    [article] = parse_page(page, "quote.txt")
    assert article.title != "“我们蹲"
    assert body(article).endswith("“我们蹲")


def test_a_headline_printed_after_its_text_is_still_its_title():
    page = "\n".join([
        "本报讯 某法院近日集中发放执行案款120万元，惠及申请执行人40余名。",
        "",
        "某法院集中发放执行案款",
    ]) + "\n"
    [article] = parse_page(page, "after.txt")
    assert article.title == "某法院集中发放执行案款"


def test_english_sentences_on_wrapped_lines_keep_the_space_between_them():
    page = "\n".join([
        "Courts publish a list of defaulters and restrict their spending",
        "",
        "The list names people who can pay a judgment and do not pay it. Those listed cannot buy plane tickets.",
        "They cannot stay in luxury hotels either, the court said on Monday in 2023,",
        "and more than a million people have paid since.",
    ]) + "\n"
    [article] = parse_page(page, "en.txt")
    text = body(article)
    assert "plane tickets. They cannot" in text
    assert "in 2023, and more" in text


def test_an_english_storys_bracketed_agency_credit_is_no_title():
    page = "\n".join([
        "Court auctions seized cars online for the first time",
        "",
        "Updated: 2015-04-02 10:20",
        "( Newswire)",
        "",
        "NINGBO -- Two cars seized by a district court were sold online on Tuesday, the first auction of its kind in the city.",
        "",
        "The court said the sale saved the owners the fees an auction house would have charged.",
    ]) + "\n"
    [article] = parse_page(page, "en_credit.txt")
    assert article.title == "Court auctions seized cars online for the first time"
    assert article.byline == "Newswire"
    assert article.date == "2015-04-02"
