"""PDF e-paper pages: text set turned (a page laid out sideways or upside down, a box of
text turned a quarter turn) is read as the page turned that way shows it, never taken
for a page without a text layer nor read backwards, nor left out.

Every PDF is written here with reportlab (tests/epaper.py helpers) into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402

from lawnews.index.ingest.readers import Record, Skip, iter_inputs  # noqa: E402

STORY = ("某某区法院审结一起民间借贷纠纷案", [
    "本报讯（记者 林一）近日，某某区人民法院审结一起民间借贷纠纷案，判决被告归还原告借款本金十万元及利息。",
    "法院审理认为，原告提供的借条、转账记录等证据能够相互印证，足以证明双方之间存在借贷关系。"])
TEXT = "\n".join([STORY[1][0].split("）", 1)[1], STORY[1][1]])


def _story(c, width: float, height: float) -> None:
    """A masthead under a rule and :data:`STORY` in one column, on a page ``width`` wide."""
    y = height - epaper.MARGIN - epaper.MAST
    epaper.draw(c, epaper.MARGIN, y, "人民法院报", epaper.MAST)
    y -= 18
    epaper.draw(c, epaper.MARGIN, y, "2024年3月15日 星期五 第4版 综合", epaper.BODY)
    y -= 8
    c.line(epaper.MARGIN, y, width - epaper.MARGIN, y)
    col = epaper._Column(c, epaper.MARGIN, y - 10, 300)
    col.y -= 16
    col.text(STORY[0], epaper.HEAD, gap=6)
    for text in STORY[1]:
        col.text(text, epaper.BODY, indent=2, gap=2)


def _inputs(path: Path) -> tuple[list, list[Skip]]:
    got = list(iter_inputs([path]))
    return [i.article for i in got if isinstance(i, Record)], [i for i in got if isinstance(i, Skip)]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_set_turned_is_read_as_it_reads_turned_back(tmp_path, turn):
    path = tmp_path / "page.pdf"
    c = epaper._canvas(path)
    w, h = epaper.PAGE_W, epaper.PAGE_H
    c.translate(*{90: (w, 0), 180: (w, h), 270: (0, h)}[turn])
    c.rotate(turn)
    _story(c, *((h, w) if turn in (90, 270) else (w, h)))
    c.showPage()
    c.save()
    articles, skips = _inputs(path)
    assert not skips
    assert [(a.title, a.date, a.source, a.byline, a.meta.get("page")) for a in articles] == [
        (STORY[0], "2024-03-15", "人民法院报", "记者 林一", 4)]
    assert articles[0].sections[0].text == TEXT


def test_a_box_of_text_turned_a_quarter_turn_beside_the_page_is_read_after_its_text(tmp_path):
    path = tmp_path / "page.pdf"
    c = epaper._canvas(path)
    _story(c, epaper.PAGE_W, epaper.PAGE_H)
    c.saveState()
    c.translate(epaper.PAGE_W - 20, epaper.MARGIN + 100)
    c.rotate(90)
    epaper.draw(c, 0, 0, "本案二审维持原判。", epaper.BODY)
    c.restoreState()
    c.showPage()
    c.save()
    [article], skips = _inputs(path)
    assert not skips and article.title == STORY[0]
    assert article.sections[0].text == TEXT + "\n本案二审维持原判。"
