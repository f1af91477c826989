"""A ``来源：`` line printing the date before the outlet (``来源：2024年3月2日人民法院报``)
gives both, as ``来源：人民法院报 2024年3月2日`` does: the date, and the outlet after it,
in page files and in web pages alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.ingest.html import read_html
from lawnews.index.ingest.pages import parse_page
from lawnews.index.ingest.readers import Record

BODY = "某某县人民法院近日开展集中执行行动，执结案件三十余件，执行到位金额二百余万元，有力维护了申请执行人的合法权益。"


@pytest.mark.parametrize("line, date, source", [
    ("来源：2024年3月2日人民法院报", "2024-03-02", "人民法院报"),
    ("来源:2017年3月2日安徽日报", "2017-03-02", "安徽日报"),
    ("来源：2024-03-02 人民法院报", "2024-03-02", "人民法院报"),
    ("来源：人民法院报 2024年3月2日", "2024-03-02", "人民法院报"),
])
def test_a_page_file_reads_the_outlet_after_the_date(line, date, source):
    (article,) = parse_page(f"某某法院开展集中执行\n{line}\n\n{BODY}\n", "p")
    assert (article.date, article.source) == (date, source)
    assert line not in article.text


@pytest.mark.parametrize("line, date, source", [
    ("来源：2024年3月2日人民法院报", "2024-03-02", "人民法院报"),
    ("来源：人民法院报 2024年3月2日", "2024-03-02", "人民法院报"),
])
def test_a_web_page_reads_the_outlet_after_the_date(tmp_path: Path, line, date, source):
    page = tmp_path / "p.html"
    page.write_text('<html><head><meta charset="utf-8"><title>某某法院开展集中执行</title></head><body>'
                    f"<h1>某某法院开展集中执行</h1><div>{line}</div><p>{BODY}</p><p>{BODY}</p></body></html>",
                    encoding="utf-8")
    got = read_html(page, "p.html")
    assert isinstance(got, Record)
    assert (got.article.date, got.article.source) == (date, source)
