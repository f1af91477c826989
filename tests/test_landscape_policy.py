"""Trends, first reports and profiles as a policy office reads them: region levels,
the edges of periods and ranges, ties, undated articles, and what the command line
says and writes (lawnews/landscape.py, lawnews/divisions.py, lawnews/output.py).
Texts are made up for the tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from support import memory_index

FILLER = "该院干警认真学习相关规定，扎实做好各项工作，群众满意度持续提升。"


def record(id: str, text: str, date: str | None = None, **extra: str) -> dict:
    out = {"id": id, "title": text[:12], "text": text + FILLER + id, **extra}
    if date:
        out["date"] = date
    return out


# -- region levels ----------------------------------------------------------------

TWO_PROVINCES = [
    record("n1", "南京市秦淮区人民法院与银川市兴庆区人民法院开展交叉执行协作。", "2024-03-01"),
    record("n2", "银川市兴庆区人民法院推进交叉执行。", "2024-02-01"),
    record("n3", "苏州市中级人民法院推进交叉执行。", "2024-05-01"),
]


def test_counting_by_city_within_a_province_lists_that_provinces_cities_alone():
    with memory_index(TWO_PROVINCES) as ix:
        t = ix.trends(by="city", province="江苏", every="year")
        assert {s.value for s in t.series} == {"南京市", "苏州市"}  # not 银川市, named beside 南京 in n1
        assert t.total == 2
        a = ix.first(by="county", city="南京")
        assert [r.value for r in a.rows] == ["秦淮区"]
        a = ix.first(by="court", province="江苏")
        assert {r.value for r in a.rows} == {"南京市秦淮区人民法院", "苏州市中级人民法院"}
        a = ix.first(by="province", court="兴庆区法院")  # a court counts under its own division
        assert [(r.value, r.date) for r in a.rows] == [("宁夏回族自治区", "2024-02-01")]
        # without a region filter every value is listed, and a value's count stays its facet count
        t = ix.trends(by="city", every="year")
        assert {s.value: s.total for s in t.series} == ix.facets("")["facets"]["city"]
