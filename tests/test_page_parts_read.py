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
