"""A ``year:`` range holding no year (``year:[2024 TO 2020]``, ``year:{2023 TO 2024}``) is the
syntax error a ``date:`` range holding no day is, not a search that silently finds nothing;
``lenient=True`` leaves it out. The articles are made up."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index

ARTICLES = [{"id": f"y{year}", "title": f"{year}年执行工作", "text": f"法院{year}年执行工作取得新进展。",
             "date": f"{year}-05-01"} for year in (2020, 2022, 2024)]


@pytest.mark.parametrize("value", ["[2024 TO 2020]", "{2023 TO 2024}", "[2023 TO 2023}", "[2024年 TO 2020年]"])
def test_a_year_range_holding_no_year_is_a_syntax_error_at_its_value(value):
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.QuerySyntaxError, match="holds no year") as caught:
        ix.search(f"执行 year:{value}")
    assert caught.value.position == 8


def test_a_lenient_search_leaves_it_out():
    with memory_index(ARTICLES) as ix:
        assert ix.search("执行 year:[2024 TO 2020]", lenient=True).total == 3


@pytest.mark.parametrize("value, total", [("[2020 TO 2024]", 3), ("{2020 TO 2024}", 1), ("[2024 TO 2024]", 1),
                                          ("[2022 TO *]", 2)])
def test_a_range_holding_years_is_searched(value, total):
    with memory_index(ARTICLES) as ix:
        assert ix.search(f"执行 year:{value}").total == total
