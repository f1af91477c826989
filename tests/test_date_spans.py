"""A date span typed in one value, as researchers and other search tools write it:
``date:2023-01..2023-06``, ``date:2023年1月至6月``, open at one end (``2023-01..``). Each is
the range ``date:[… TO …]`` with both ends included. The articles are made up."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index

DAYS = ["2022-12-31", "2023-01-01", "2023-03-15", "2023-06-30", "2023-07-01", "2024-02-10"]
ARTICLES = [{"id": f"d{n}", "title": f"执行工作报道{n}", "text": f"法院执行工作第{n}次通报，案款及时发放。",
             "date": day} for n, day in enumerate(DAYS)]


def _ids(ix, query):
    return sorted(h.article_id for h in ix.search(query, limit=50).hits)


@pytest.mark.parametrize("value", ["2023-01..2023-06", "2023年1月至6月", "2023年1月到2023年6月", "2023-01至2023-06",
                                   "2023-01~2023-06", "2023年1月-6月", '"2023年1月至6月"', "2023.1..2023.6"])
def test_a_span_in_one_value_is_the_range_with_both_ends_included(value):
    with memory_index(ARTICLES) as ix:
        assert _ids(ix, f"date:{value}") == _ids(ix, "date:[2023-01 TO 2023-06]") == ["d1", "d2", "d3"]
        assert _ids(ix, f"执行 日期：{value}") == ["d1", "d2", "d3"]


def test_an_end_without_its_month_takes_the_first_ends_month():
    with memory_index(ARTICLES) as ix:
        assert _ids(ix, "date:2023年3月1日至20日") == ["d2"]


@pytest.mark.parametrize("value", ["2023年第一季度至第二季度", "2023年一季度至二季度", "2023Q1..2023Q2", "2023-Q1至2023-Q2"])
def test_a_span_of_quarters_is_their_months(value):
    with memory_index(ARTICLES) as ix:
        assert _ids(ix, f"date:{value}") == ["d1", "d2", "d3"]


@pytest.mark.parametrize("value, ids", [("2023-07..", ["d4", "d5"]), ("2023-07..*", ["d4", "d5"]),
                                        ("..2022-12", ["d0"]), ("*..2022-12", ["d0"])])
def test_a_span_open_at_one_end_runs_on_from_the_other(value, ids):
    with memory_index(ARTICLES) as ix:
        assert _ids(ix, f"date:{value}") == ids


def test_a_day_with_hyphens_is_one_day_not_a_span():
    with memory_index(ARTICLES) as ix:
        assert _ids(ix, "date:2023-03-15") == ["d2"]


@pytest.mark.parametrize("value, said", [("2023-06..2023-01", "holds no day"), ("2023年13月至6月", "no such date")])
def test_a_span_holding_no_day_or_a_bad_end_is_a_syntax_error_at_its_value(value, said):
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.QuerySyntaxError, match=said) as caught:
        ix.search(f"date:{value}")
    assert caught.value.position == 5
