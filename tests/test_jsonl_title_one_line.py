"""A JSONL record's title, subtitle and byline are one line each, as a web page's or a Word
file's are: the line breaks and tabs a scraper left in them are read as one space, so that
`lawnews search`, `show` and `profile` print the title on its line. The records are
written for this test."""

from __future__ import annotations

import json

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

RECORD = {"id": "r1", "title": "他说，\"执行到位\"\n不是口号,\r\n\t而是结果", "subtitle": "青石法院\n集中执行",
          "byline": "本报记者\n李明", "date": "2024-04-04", "source": "人民法院报",
          "text": "青石县人民法院开展集中执行行动，执行到位金额三百万元。\n\n当事人送来锦旗表示感谢。"}


def _file(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_line_breaks_in_a_title_are_one_space(tmp_path):
    (article,) = lawnews.parse([_file(tmp_path)])
    assert article.title == '他说，"执行到位" 不是口号, 而是结果'
    assert article.subtitle == "青石法院 集中执行" and article.byline == "本报记者 李明"
    assert [s.text for s in article.sections][0].count("\n") >= 1  # the text keeps its paragraphs


def test_search_prints_such_a_title_on_its_line(tmp_path):
    index = tmp_path / "index"
    lawnews.build_index([_file(tmp_path)], index)
    out = CliRunner().invoke(cli, ["search", "执行到位", "--index-dir", str(index)]).output
    assert out.splitlines()[0].startswith('1. 他说，"执行到位" 不是口号, 而是结果')
