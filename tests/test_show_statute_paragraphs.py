"""``lawnews show`` prints a cited statute article of several paragraphs as one indented
block: every paragraph under the first, none back at the left margin among the article's
own lines."""

from __future__ import annotations

import click

from lawnews.output import render_citations
from lawnews.statutes import CitationView, CitedArticle

TEXT = "在执行中，双方自行和解的，应当记入笔录。\n一方不履行和解协议的，可以恢复执行。\n第三款的内容。"


def cited(text: str = TEXT) -> CitationView:
    return CitationView(text="《测试法》第十条", section=0, start=0, end=8, written="测试法",
                        law="中华人民共和国测试法", form="title", status="resolved", version="2021-12-24",
                        articles=(CitedArticle("第十条", id="L1#第十条", text=text),))


def test_every_paragraph_of_a_cited_article_is_indented_under_its_label():
    lines = click.unstyle("\n".join(render_citations([cited()]))).splitlines()
    first = next(i for i, line in enumerate(lines) if "[L1#第十条]" in line)
    assert lines[first] == "    第十条 [L1#第十条] 在执行中，双方自行和解的，应当记入笔录。"
    assert lines[first + 1:] == ["      一方不履行和解协议的，可以恢复执行。", "      第三款的内容。"]


def test_a_one_paragraph_article_is_one_line():
    lines = click.unstyle("\n".join(render_citations([cited("一段。")]))).splitlines()
    assert lines[-1] == "    第十条 [L1#第十条] 一段。"
