"""PDF e-paper pages: a headline or label set in a vertical line (upright characters one
under another) is read top down as one line, and the text beside it is read as before;
the article under a vertical headline has it as its title.

Every PDF is written here with reportlab (tests/epaper.py helpers) into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402

from lawnews.index.ingest.readers import Record, iter_inputs  # noqa: E402

LEFT = ("某某区法院审结一起民间借贷纠纷案", [
    "本报讯（记者 林一）近日，某某区人民法院审结一起民间借贷纠纷案，判决被告归还原告借款本金十万元及利息。",
    "法院审理认为，原告提供的借条、转账记录等证据能够相互印证，足以证明双方之间存在借贷关系。"])
RIGHT = ("法治护航营商环境", [
    "本报讯（通讯员 钱二）某某市人民法院近日出台服务保障营商环境十项举措，依法平等保护各类市场主体合法权益。",
    "举措明确，对涉企案件实行快立快审快执，最大限度减少司法活动对企业正常经营的影响。"])
#: The vertical headline's size, and how far apart its characters are set (a tenth of one).
V_SIZE, V_PITCH = 18.0, 1.1


def _page(path: Path, side: str) -> Path:
    """Two columns under a masthead: :data:`LEFT` under its headline on the left, and on
    the right :data:`RIGHT`'s text with its headline set vertically on its ``side``."""
    c = epaper._canvas(path)
    y = epaper.PAGE_H - epaper.MARGIN - epaper.MAST
    epaper.draw(c, epaper.MARGIN, y, "人民法院报", epaper.MAST)
    y -= 18
    epaper.draw(c, epaper.MARGIN, y, "2024年3月15日 星期五 第4版 综合", epaper.BODY)
    y -= 8
    c.line(epaper.MARGIN, y, epaper.PAGE_W - epaper.MARGIN, y)
    top = y - 10
    left = epaper._Column(c, epaper.MARGIN, top, epaper.COL_W)
    left.y -= 16
    left.text(LEFT[0], epaper.SUBHEAD, gap=6)
    for text in LEFT[1]:
        left.text(text, epaper.BODY, indent=2, gap=2)
    x = epaper.MARGIN + epaper.COL_W + epaper.GUTTER
    if side == "right":
        head_x, text_x = epaper.PAGE_W - epaper.MARGIN - V_SIZE, x
    else:
        head_x, text_x = x, x + V_SIZE + 8
    y = top - V_SIZE - 6
    for ch in RIGHT[0]:
        epaper.draw(c, head_x, y, ch, V_SIZE)
        y -= V_SIZE * V_PITCH
    right = epaper._Column(c, text_x, top - 6, epaper.COL_W - V_SIZE - 8)
    for text in RIGHT[1]:
        right.text(text, epaper.BODY, indent=2, gap=2)
    c.showPage()
    c.save()
    return path


def _articles(path: Path) -> list:
    return [i.article for i in iter_inputs([path]) if isinstance(i, Record)]


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_vertical_headline_is_the_title_of_the_text_beside_it(tmp_path, side):
    articles = _articles(_page(tmp_path / "page.pdf", side))
    assert [(a.title, a.byline) for a in articles] == [(LEFT[0], "记者 林一"), (RIGHT[0], "通讯员 钱二")]
    assert [a.sections[0].text for a in articles] == [
        "\n".join([LEFT[1][0].split("）", 1)[1], LEFT[1][1]]),
        "\n".join([RIGHT[1][0].split("）", 1)[1], RIGHT[1][1]])]


def test_a_vertical_label_in_the_margin_is_one_line_not_a_character_a_line(tmp_path):
    path = tmp_path / "page.pdf"
    c = epaper._canvas(path)
    col = epaper._Column(c, epaper.MARGIN, epaper.PAGE_H - epaper.MARGIN, epaper.COL_W)
    col.text(LEFT[0], epaper.SUBHEAD, gap=6)
    for text in LEFT[1]:
        col.text(text, epaper.BODY, indent=2, gap=2)
    y = epaper.PAGE_H / 2
    for ch in "以案释法":
        epaper.draw(c, epaper.PAGE_W - epaper.MARGIN, y, ch, epaper.BODY)
        y -= epaper.BODY * V_PITCH
    c.showPage()
    c.save()
    [article] = _articles(path)
    lines = article.sections[-1].text.splitlines()
    assert lines[:2] == [LEFT[1][0].split("）", 1)[1], LEFT[1][1]]
    assert lines[2:] == ["以案释法"]
