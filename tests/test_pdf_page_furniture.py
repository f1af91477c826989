"""E-paper pages: what a page prints around its articles (a masthead strip, also one that
prints its page number bare or spreads the paper's name and date across the page; a footer
under the last rule with the paper's name, date and page at one end and the editors at the
other; an editors' line, with colons or spaces between labels and names) is no article
text, in PDF pages and page files alike, and what it says dates and names the articles.

Every PDF is written here with reportlab (tests/epaper.py helpers) into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402

from lawnews.index.ingest.pages import parse_page  # noqa: E402
from lawnews.index.ingest.readers import Record, iter_inputs  # noqa: E402

STORY = ("某某区法院审结一起民间借贷纠纷案", [
    "本报讯（记者 林一）近日，某某区人民法院审结一起民间借贷纠纷案，判决被告归还原告借款本金十万元及利息。",
    "法院审理认为，原告提供的借条、转账记录等证据能够相互印证，足以证明双方之间存在借贷关系。",
])


def _page_with_footer(path: Path, left: str, right: str, masthead: bool = True) -> Path:
    """One column of :data:`STORY` (under a masthead unless ``masthead`` is False), and a
    footer under a rule across the page: ``left`` at its left end, ``right`` at its right."""
    c = epaper._canvas(path)
    y = epaper.PAGE_H - epaper.MARGIN - epaper.MAST
    if masthead:
        epaper.draw(c, epaper.MARGIN, y, "人民法院报", epaper.MAST)
        y -= 18
        epaper.draw(c, epaper.MARGIN, y, "2024年3月15日 星期五 第4版 综合", epaper.BODY)
        y -= 8
        c.line(epaper.MARGIN, y, epaper.PAGE_W - epaper.MARGIN, y)
    col = epaper._Column(c, epaper.MARGIN, y - 10, epaper.PAGE_W - 2 * epaper.MARGIN, bottom=epaper.MARGIN + 30)
    col.y -= 16
    col.text(STORY[0], epaper.HEAD, gap=6)
    for text in STORY[1]:
        col.text(text, epaper.BODY, indent=2, gap=2)
    c.line(epaper.MARGIN, epaper.MARGIN + 20, epaper.PAGE_W - epaper.MARGIN, epaper.MARGIN + 20)
    epaper.draw(c, epaper.MARGIN, epaper.MARGIN + 8, left, epaper.BODY - 2)
    epaper.draw(c, epaper.PAGE_W - epaper.MARGIN - 120, epaper.MARGIN + 8, right, epaper.BODY - 2)
    c.showPage()
    c.save()
    return path


def _articles(path: Path) -> list:
    return [i.article for i in iter_inputs([path]) if isinstance(i, Record)]


def test_the_two_ends_of_a_footer_are_not_joined_into_the_last_paragraph(tmp_path):
    path = _page_with_footer(tmp_path / "page.pdf", "人民法院报 2024年3月15日 第4版", "责任编辑：张三")
    [article] = _articles(path)
    text = "\n".join(s.text for s in article.sections)
    assert text.endswith("足以证明双方之间存在借贷关系。")
    assert "人民法院报" not in text and "责任编辑" not in text


def test_a_footer_naming_the_paper_and_date_dates_a_page_without_masthead(tmp_path):
    path = _page_with_footer(tmp_path / "page.pdf", "人民法院报 2024年3月15日 第4版", "责任编辑：张三",
                             masthead=False)
    [article] = _articles(path)
    assert (article.title, article.date, article.source) == (STORY[0], "2024-03-15", "人民法院报")
    assert "第4版" not in "\n".join(s.text for s in article.sections)


@pytest.mark.parametrize("editors", ["责任编辑 张三 美术编辑 李四", "本版编辑：张三", "本版编辑：张三 校对：王五",
                                     "本版责编：张三 版式设计：李四", "责编 张三", "责任编辑：张三 美术编辑：李四 校对：王五"])
def test_an_editors_line_closing_a_page_is_no_text(editors):
    page = f"{STORY[0]}\n\n{STORY[1][0]}\n\n{STORY[1][1]}\n\n{editors}\n"
    [article] = parse_page(page, "page.txt")
    assert article.sections[-1].text.endswith("足以证明双方之间存在借贷关系。")


def test_a_line_of_text_opening_with_an_editors_label_stays_text():
    page = f"{STORY[0]}\n\n{STORY[1][0]}\n\n编辑 张三是一名好编辑，他说：“要对读者负责。”\n"
    [article] = parse_page(page, "page.txt")
    assert article.sections[-1].text.endswith("要对读者负责。”")


def test_a_footer_with_the_editors_set_apart_by_spaces_leaves_them_out(tmp_path):
    path = _page_with_footer(tmp_path / "page.pdf", "人民法院报 2024年3月15日 第4版", "责任编辑 张三 美术编辑 李四")
    [article] = _articles(path)
    text = "\n".join(s.text for s in article.sections)
    assert text.endswith("足以证明双方之间存在借贷关系。")


def _page_with_header(path: Path, pieces: list[tuple[float, str]], rule: bool, size: float = epaper.BODY) -> Path:
    """A header row of ``pieces`` (x, text) at the top of the page, a rule under it or not,
    and :data:`STORY` in one column under them."""
    c = epaper._canvas(path)
    y = epaper.PAGE_H - epaper.MARGIN - 12
    for x, text in pieces:
        epaper.draw(c, x, y, text, size)
    y -= 8
    if rule:
        c.line(epaper.MARGIN, y, epaper.PAGE_W - epaper.MARGIN, y)
    col = epaper._Column(c, epaper.MARGIN, y - 10, epaper.PAGE_W - 2 * epaper.MARGIN)
    col.y -= 16
    col.text(STORY[0], epaper.HEAD, gap=6)
    for text in STORY[1]:
        col.text(text, epaper.BODY, indent=2, gap=2)
    c.showPage()
    c.save()
    return path


TEXT = "\n".join([STORY[1][0].split("）", 1)[1], STORY[1][1]])


def test_a_masthead_printing_its_page_number_bare_is_no_headline(tmp_path):
    path = _page_with_header(tmp_path / "page.pdf", [(epaper.MARGIN, "04"), (80, "综合"),
                                                     (400, "2024年3月15日 星期五")], rule=True)
    [article] = _articles(path)
    assert (article.title, article.date, article.meta) == (STORY[0], "2024-03-15", {"page": 4, "section": "综合"})
    assert article.sections[0].text == TEXT


def test_a_masthead_spread_across_the_top_without_a_rule_is_read_as_one(tmp_path):
    path = _page_with_header(tmp_path / "page.pdf", [(epaper.MARGIN, "人民法院报"), (400, "2024年3月15日 星期五")],
                             rule=False)
    [article] = _articles(path)
    assert (article.title, article.date, article.source) == (STORY[0], "2024-03-15", "人民法院报")
    assert article.sections[0].text == TEXT


def test_a_title_over_its_date_above_a_rule_stays_the_title(tmp_path):
    path = _page_with_header(tmp_path / "notice.pdf", [(epaper.MARGIN, "关于开展普法宣传活动的通知 2024年3月15日")],
                             rule=True, size=epaper.SUBHEAD)
    [article] = _articles(path)
    assert article.title.startswith("关于开展普法宣传活动的通知")
