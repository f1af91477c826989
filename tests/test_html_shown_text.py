"""HTML pages give only the text they show: scripts, styles, ``<noscript>`` and ``<template>``
give no title, text, caption or field; a short page's headline and info line are not read
again into its text, whose paragraphs stay apart; a bare 本报讯 or 本网讯 opening the text is
dropped, as on page files."""

from __future__ import annotations

from lawnews.index.ingest.html import html_article
from support import memory_index

FIRST = "本报讯 四川省各级法院近日开展执行攻坚专项行动，集中执结一批涉民生案件。"
SECOND = "行动中共执结案件三百余件，执行到位金额一亿余元。"


def shown(article) -> str:
    """Everything a reader of the article sees."""
    return "\n".join([article.title, article.subtitle or "", article.byline or "", article.source or "",
                      *(s.heading or "" for s in article.sections), article.text, *article.captions])


def test_a_script_and_a_style_inside_the_headline_give_no_title_and_are_not_found():
    page = ('<html><head><meta charset="utf-8"></head><body><h1>湖南高院<style>.a{}</style>发布执行白皮书'
            '<script>var t="不应出现的脚本文字";</script></h1>'
            '<p>本报讯 湖南省高级人民法院近日发布执行工作白皮书，全面介绍近年来全省法院执行工作情况。</p>'
            '<p>白皮书显示，全省法院执结案件数量逐年上升，执行到位金额明显增加。</p></body></html>')
    a = html_article(page, "a.html")
    assert a.title == "湖南高院发布执行白皮书"
    assert a.text == ("湖南省高级人民法院近日发布执行工作白皮书，全面介绍近年来全省法院执行工作情况。\n"
                      "白皮书显示，全省法院执结案件数量逐年上升，执行到位金额明显增加。")
    page = f'<html><body><h1>四川法院执行攻坚<script>alert("x")</script></h1><p>{FIRST}</p><p>{SECOND}</p></body></html>'
    a = html_article(page, "b.html")
    assert a.title == "四川法院执行攻坚" and "alert" not in shown(a)
    with memory_index([a]) as index:
        assert index.search("alert").total == 0
        assert index.search("执行攻坚").total == 1


def test_noscript_template_and_scripts_in_a_caption_or_the_info_line_give_no_text():
    page = ('<html><head><meta charset="utf-8"><title>某县法院执行攻坚见成效</title></head><body>'
            '<h1>某县法院执行攻坚见成效<noscript>请启用脚本</noscript></h1>'
            '<div>发布时间：2024-03-15 10:20 来源：某某法院网<span><script>getViews(123)</script></span></div>'
            '<noscript><p>您的浏览器不支持脚本，请启用后查看完整内容。</p></noscript>'
            '<template><p>模板里的文字不应出现在正文中。</p></template>'
            '<p>本报讯 某县人民法院近日开展执行攻坚专项行动，集中执结一批涉民生案件，执行到位金额三百余万元。</p>'
            '<p>行动中，执行干警兵分多路，对被执行人财产进行查控，并对拒不履行义务的被执行人依法采取强制措施。</p>'
            '<figure><img src="a.jpg"><figcaption>图为执行干警清点查封财物<script>document.write("脚本说明")</script>'
            '</figcaption></figure>'
            '<p>下一步，该院将持续加大执行力度，切实维护胜诉当事人合法权益，让公平正义看得见。</p>'
            '<style>p{color:red}</style></body></html>')
    a = html_article(page, "c.html")
    assert a.title == "某县法院执行攻坚见成效"
    assert (a.date, a.source) == ("2024-03-15", "某某法院网")
    assert a.text.startswith("某县人民法院近日开展执行攻坚专项行动")
    assert a.text.endswith("让公平正义看得见。")
    for hidden in ("请启用", "浏览器", "模板", "脚本", "getViews", "color", "document"):
        assert hidden not in shown(a)


def test_a_page_of_a_headline_and_two_paragraphs_gives_them_as_text_without_the_headline():
    page = f"<html><body><h1>四川法院执行攻坚</h1><p>{FIRST}</p><p>{SECOND}</p></body></html>"
    a = html_article(page, "d.html")
    assert a.title == "四川法院执行攻坚"
    assert a.text == f"{FIRST.removeprefix('本报讯 ')}\n{SECOND}"


def test_a_page_of_a_headline_and_one_paragraph_does_not_repeat_its_headline_or_info_line():
    page = f"<html><body><h1>四川法院执行攻坚</h1><p>{FIRST}</p></body></html>"
    a = html_article(page, "e.html")
    assert (a.title, a.text) == ("四川法院执行攻坚", FIRST.removeprefix("本报讯 "))
    page = ("<html><body><h1>四川法院执行攻坚</h1><p>发布时间：2024-08-01 来源：人民法院报</p>"
            "<p>本网讯 8月1日，四川省法院开展执行攻坚。</p></body></html>")
    a = html_article(page, "f.html")
    assert (a.title, a.text) == ("四川法院执行攻坚", "8月1日，四川省法院开展执行攻坚。")
    assert (a.date, a.source) == ("2024-08-01", "人民法院报")


def test_a_bare_lead_in_is_dropped_and_a_credited_one_gives_the_byline():
    body = "<p>第二段介绍了该院今年以来的执行工作情况和下一步工作安排，共执结案件三百余件。</p>"
    page = f"<html><body><h1>某区法院开展集中执行</h1><p>本网讯 8月1日，某区人民法院开展集中执行行动。</p>{body}</body></html>"
    a = html_article(page, "g.html")
    assert a.text.startswith("8月1日，某区人民法院开展集中执行行动。\n第二段")
    page = f"<html><body><h1>某区法院开展集中执行</h1><p>本报讯（记者 张三）某区人民法院开展集中执行行动。</p>{body}</body></html>"
    a = html_article(page, "h.html")
    assert a.text.startswith("某区人民法院开展集中执行行动。\n第二段") and a.byline == "记者 张三"
