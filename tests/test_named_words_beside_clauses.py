"""A court, mechanism or region named in a query finds the articles tagged with it
whatever stands beside it: a field clause (``荆州中院 province:湖北``), a date range
(``多元化解 date:[2024 TO *]``, which ``trends --from`` and ``first --from`` add to
their query) or nothing. Before, a name the segmenter cuts into several words
(荆州 + 中院, 多元化 + 解) lost its tag beside a clause, and ``trends --from`` counted
fewer stories in a period than ``trends`` without a range."""

from __future__ import annotations

import pytest

import lawnews

#: Hand-written articles: the first names the court by its short form, the second
#: only by its full name (so only the court's tag, not the words 荆州 中院, finds it).
RECORDS = [
    {"id": "a1", "title": "荆州中院集中执行", "date": "2024-03-01",
     "text": "荆州中院组织开展集中执行行动，荆州中院执行干警分乘警车出发，当日执结案件12件。"},
    {"id": "a2", "title": "湖北法院执行工作", "date": "2024-05-02",
     "text": "荆州市中级人民法院召开执行工作会议。荆州市中级人民法院执行局通报了上半年执结案件的情况。"},
    {"id": "a3", "title": "湖南法院调解工作", "date": "2024-06-03",
     "text": "常德市鼎城区人民法院推进诉源治理，把矛盾纠纷化解在诉前。该院诉前调解纠纷300余件，诉源治理成效明显。"},
]


@pytest.fixture(scope="module")
def ix():
    with lawnews.NewsIndex.in_memory() as index:
        index.add_articles(RECORDS)
        yield index


def ids(results):
    return sorted(h.article_id for h in results.hits)


@pytest.mark.parametrize("query, clause", [
    ("荆州中院", "province:湖北"),
    ("荆州中院", "date:[2024 TO *]"),
    ("荆州中院", "year:2024"),
    ("多元化解", "date:[2024 TO 2024-12]"),
])
def test_a_name_cut_into_words_finds_the_same_articles_beside_a_clause(ix, query, clause):
    alone = ids(ix.search(query))
    assert alone, query
    assert ids(ix.search(f"{query} {clause}")) == alone
    assert ids(ix.search(f"{clause} {query}")) == alone


def test_the_clause_still_selects(ix):
    assert ids(ix.search("荆州中院 province:湖南")) == []
    assert ids(ix.search("荆州中院 date:[2024-04 TO *]")) == ["a2"]


def test_separate_words_are_not_read_as_one_name(ix):
    # 荆州 and 中院 typed apart are two words, as in a plain query: no court is named
    plain = ids(ix.search("荆州 中院"))
    assert ids(ix.search("荆州 中院 province:湖北")) == plain


def test_trends_over_a_date_range_count_what_trends_count_in_it(ix):
    whole = ix.trends("多元化解", by="province", every="year")
    ranged = ix.trends("多元化解", by="province", every="year", start="2024", end="2024")
    assert whole.total == ranged.total and whole.total >= 1
    assert [s.to_dict() for s in ranged.series] == [s.to_dict() for s in whole.series]


def test_first_reports_within_a_date_range_are_those_of_the_whole(ix):
    whole = ix.first("荆州中院", by="court")
    ranged = ix.first("荆州中院", by="court", start="2024")
    assert [r.to_dict() for r in ranged.rows] == [r.to_dict() for r in whole.rows]


def test_a_relaxed_query_is_relaxed_over_a_date_range_too(ix):
    # no article has both words: the articles with any of them are counted, with --from as without
    whole = ix.trends("荆州中院 执形", by="court", every="year")
    assert whole.relaxed and whole.total == 2
    ranged = ix.trends("荆州中院 执形", by="court", every="year", start="2024")
    assert ranged.relaxed and ranged.total == whole.total
    first = ix.first("荆州中院 执形", by="court", start="2024-04")
    assert first.relaxed and [r.id for r in first.rows] == ["a2"]
