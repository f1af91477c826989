"""A boost after a ``date:`` or ``year:`` clause (``date:[2023-01 TO 2023-06]^2``,
``date:2024^3``, ``year:2024^2``) weighs the clause as a boost weighs any field clause,
finding what the clause finds: it was read as a word ``2`` (a range then found nothing) or
as part of the date (an error). The articles are made up."""

from __future__ import annotations

import pytest

from support import memory_index

ARTICLES = [{"id": f"b{n}", "title": f"执行工作报道{n}", "text": "法院执行工作取得新进展，案款及时发放。" * (n + 1),
             "date": day} for n, day in enumerate(["2023-02-01", "2023-05-01", "2024-03-01", "2024-08-01"])]


def _ids(ix, query):
    return sorted(h.article_id for h in ix.search(query, limit=50).hits)


@pytest.mark.parametrize("clause", ["date:[2023-01 TO 2023-06]", "date:2023", "date:2023-01..2023-06", "date:>=2023-02",
                                    "date:2023年", "year:2023", "year:[2023 TO 2023]", 'date:"2023"', 'year:"2023"',
                                    'date:["2023-01" TO 2023-06]', "year:2023年"])
def test_a_boosted_date_or_year_clause_finds_what_the_clause_finds(clause):
    with memory_index(ARTICLES) as ix:
        assert _ids(ix, f"{clause}^2") == _ids(ix, clause)
        assert _ids(ix, f"执行 {clause}^2") == _ids(ix, f"执行 {clause}") != []


def test_a_boost_on_a_date_clause_beside_others_ranks_its_articles_first():
    with memory_index(ARTICLES) as ix:
        plain = [h.article_id for h in ix.search("执行 OR date:2023", limit=10).hits]
        boosted = [h.article_id for h in ix.search("执行 OR date:2023^50", limit=10).hits]
        assert sorted(boosted[:2]) == ["b0", "b1"] and sorted(plain) == sorted(boosted)
