"""Markdown page files (``.md``, as note apps and web clippers save articles): the
heading marks, emphasis, links, images and list bullets are markup, not text; the
article reads as its plain text, titled and cut into sections by its headings."""

from __future__ import annotations

import lawnews


def _articles(tmp_path, text, name="note.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    skipped: list = []
    articles = list(lawnews.parse(path, skipped=skipped))
    assert skipped == []
    return articles


CLIPPED = """# 某县法院部署交叉执行工作

来源：某县人民法院　发布时间：2024-04-02 09:30

某县人民法院日前召开执行工作会议，部署对长期未结案件实行交叉执行，要求各庭室按期报送案件清单。

## 一、明确适用范围

对被执行人有财产但长期未执行到位的案件，可以指令其他法院执行，并定期通报执行进展。
"""


def test_a_clipped_page_with_its_source_line_keeps_no_heading_marks(tmp_path):
    [article] = _articles(tmp_path, CLIPPED)
    assert article.title == "某县法院部署交叉执行工作"
    assert article.date == "2024-04-02"
    assert [s.heading for s in article.sections] == [None, "一、明确适用范围"]
    assert not any("#" in s.text for s in article.sections)


NOTE = """# 某县法院推进执行攻坚

**本报讯**（记者 王五）某县人民法院日前印发《关于推进交叉执行的意见》，要求对长期未结案件实行[交叉执行](https://example.com/a "意见全文")。

![执行现场](img/1.jpg)

> 该院负责人表示，将*持续*保持执行高压态势，依法惩戒失信被执行人。

---

## 二、强化监督管理

- 建立执行案件台账，逐案明确责任人。
- 每月通报执行进展，对超期案件挂牌督办。
"""


def test_markdown_markup_is_not_read_as_text(tmp_path):
    [article] = _articles(tmp_path, NOTE)
    assert article.title == "某县法院推进执行攻坚"
    assert article.byline == "记者 王五"
    text = "\n".join(s.text for s in article.sections)
    for mark in ("**", "](", "![", "img/1.jpg", "https://", "*持续*", "> ", "---", "- "):
        assert mark not in text, mark
    assert "实行交叉执行。" in text and "将持续保持执行高压态势" in text
    assert "建立执行案件台账，逐案明确责任人。" in text and "每月通报执行进展" in text
    assert [s.heading for s in article.sections][-1] == "二、强化监督管理"


def test_markdown_marks_stay_in_a_plain_text_page(tmp_path):
    text = "某县法院推进执行攻坚\n\n某县人民法院执行局的公式写作 2*3*4 ，不是强调，另附 [1] 注释。\n"
    [article] = _articles(tmp_path, text, name="page.txt")
    assert "2*3*4" in article.sections[0].text and "[1]" in article.sections[0].text


def test_a_markdown_file_named_dot_markdown_is_read_as_one(tmp_path):
    [article] = _articles(tmp_path, NOTE, name="note.markdown")
    assert article.title == "某县法院推进执行攻坚" and article.byline == "记者 王五"
    assert not any("](" in s.text or "**" in s.text for s in article.sections)


LISTED = """# 某县法院开展集中执行行动

来源：人民法院报　发布时间：2024-05-06

某县人民法院近日开展集中执行行动，取得明显成效，共执结案件一百二十件。

- 查控财产

该院通过网络查控系统对被执行人的存款、不动产和车辆进行全面查询，及时冻结扣划。

- 司法拍卖

对查封的房产依法进行网络司法拍卖，成交率较上年提高。
"""


def test_a_short_list_item_on_a_page_with_a_source_line_stays_body_text(tmp_path):
    [article] = _articles(tmp_path, LISTED)
    assert article.source == "人民法院报"
    assert [s.heading for s in article.sections] == [None]
    lines = article.sections[0].text.split("\n")
    assert "查控财产" in lines and "司法拍卖" in lines
    assert not any(line.startswith("-") for line in lines)
