"""``search --fields`` prints one line per hit with its columns aligned, whatever the
cells hold: a tab or carriage return in a snippet or a title (pages clipped from the web
have them) is a space, as a line break already was; a tab shifted the columns and a
carriage return overwrote the line on a terminal."""

from __future__ import annotations

from lawnews.output import render_table


def test_control_whitespace_in_a_cell_is_a_space():
    rows = [{"article_id": "x#1", "snippet": "执行\t到位\r率高\n于往年\u2028再\x0b创新高", "title": "甲"},
            {"article_id": "y#1", "snippet": "终本清仓", "title": "乙"}]
    lines = render_table(rows, ["article_id", "snippet", "title"]).splitlines()
    assert len(lines) == 3
    assert not any(c in line for line in lines for c in "\t\r\x0b\u2028")
    assert lines[1].startswith("x#1") and "执行 到位 率高 于往年 再 创新高" in lines[1]
    assert lines[1].index("甲") - lines[1].index("执行") > 0
    assert lines[1].rstrip().endswith("甲") and lines[2].rstrip().endswith("乙")
