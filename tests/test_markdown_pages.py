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
