"""A query of many distinct words is read in time proportional to its words: its units are told
apart without comparing each with each (Whoosh's XOR hash gives every one-word unit over the
text fields the same hash), so a pasted paragraph is refused or cut at once, not after seconds."""

from __future__ import annotations

import pytest
from whoosh.query import compound

import lawnews
from lawnews.search.query import MAX_UNITS


@pytest.fixture()
def comparisons(monkeypatch):
    count = {"n": 0}
    original = compound.CompoundQuery.__eq__

    def counted(self, other):
        count["n"] += 1
        return original(self, other)

    monkeypatch.setattr(compound.CompoundQuery, "__eq__", counted)
    return count


def test_many_distinct_words_are_refused_without_comparing_each_with_each(data_index, comparisons):
    words = [f"第{n}号执行案件" for n in range(600)]
    with pytest.raises(lawnews.QuerySyntaxError, match="distinct words"):
        data_index.search("，".join(words))
    assert comparisons["n"] < 10 * len(words)


def test_repeated_words_still_count_once(data_index):
    res = data_index.search("执行到位 " * 2000)
    assert res.total == data_index.search("执行到位").total
    words = " ".join(f"第{n}号执行案件" for n in range(MAX_UNITS // 4))
    assert data_index.search(words + " " + words, lenient=True).total >= 0
