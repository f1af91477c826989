"""Ranges whose brackets are mixed (``[a TO b}``, ``{a TO b]``), as Lucene and
Elasticsearch take them: inclusive at the square bracket, exclusive at the curly one."""

from __future__ import annotations

import pytest

from lawnews.errors import QuerySyntaxError
from lawnews.search import syntax


def ids(res):
    return {h.article_id for h in res.hits}


def test_mixed_brackets_are_no_syntax_error():
    for q in ("year:[2020 TO 2024}", "year:{2020 TO 2024]", "date:{2023-01-01 TO 2023-12-31]",
              "date:[2024-07-01 TO 2024-09-01} 执行", "(执行 OR year:[2020 TO 2024})"):
        assert syntax.check(q) is None, q
    assert syntax.check("year:[2020 TO 2024") is not None  # still unclosed
    assert syntax.check("执行)") is not None
    assert syntax.check("(执行]") is not None  # a round bracket closes with a round one


def test_mixed_brackets_bound_as_written(data_index):
    both = ids(data_index.search("date:[2024-07-01 TO 2024-08-31]", limit=50))
    assert ids(data_index.search("date:[2024-07-01 TO 2024-08-31}", limit=50)) <= both
    assert ids(data_index.search("date:[2024-07-01 TO 2024-09-01}", limit=50)) == both
    assert ids(data_index.search("date:{2024-06-30 TO 2024-08-31]", limit=50)) == both
    year = ids(data_index.search("year:[2024 TO 2024]", limit=50))
    assert year and ids(data_index.search("year:[2024 TO 2025}", limit=50)) == year
    assert ids(data_index.search("year:{2023 TO 2024]", limit=50)) == year
    with pytest.raises(QuerySyntaxError):  # a range holding no year, as a date range holding no day
        data_index.search("year:[2024 TO 2024}", limit=50)
    assert not ids(data_index.search("year:[2024 TO 2024}", limit=50, lenient=True))
