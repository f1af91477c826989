"""A page of results is a sequence of its hits, as its length and its iteration say:
``results[0]``, ``results[-1]``, slices and ``reversed(results)`` give its hits, for search,
search_all, similar and cited_by alike. The articles are made up."""

from __future__ import annotations

import pytest

from support import memory_index

ARTICLES = [{"id": f"h{n}", "title": f"执行报道{n}", "text": "法院依照《中华人民共和国刑法》第三百一十三条判决，"
             + "执行工作取得新进展。" * (n + 1), "date": f"2024-0{n + 1}-01"} for n in range(3)]


def test_a_page_of_results_is_indexed_as_its_hits():
    with memory_index(ARTICLES) as ix:
        for results in (ix.search("执行"), ix.search_all("执行"), ix.cited_by("刑法第313条"), ix.similar("h0")):
            hits = tuple(results)
            assert len(hits) >= 2
            assert results[0] == hits[0] and results[-1] == hits[-1]
            assert results[:2] == hits[:2] and tuple(reversed(results)) == hits[::-1]
            with pytest.raises(IndexError):
                results[len(hits)]
