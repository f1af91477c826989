"""A quoted phrase is ranked by BM25F over the phrase: its frequency per field, the
field's length and weight, and how many sections have it (as Lucene scores a phrase).
"""

from __future__ import annotations

import math

import pytest
from whoosh.scoring import bm25

import lawnews
from lawnews.index.documents import Article, Section
from lawnews.index.store.schema import TEXT_FIELDS

FILLER = "本院依法审理了一批案件，当事人各自陈述了意见，合议庭进行了评议。"


def article(aid: str, text: str, title: str = "工作简报") -> Article:
    return Article(id=aid, file=f"{aid}.txt", title=title, sections=(Section(None, text),))


@pytest.fixture()
def small():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        article("twice", "案款执行到位。" + FILLER + "余款也已执行到位。"),
        article("once", "案款执行到位。" + FILLER + "余款仍在追缴之中。"),
        article("short", "案款执行到位。"),
        article("title", FILLER, title="执行到位的一年"),
        article("none", FILLER + FILLER),
    ])
    yield ix
    ix.close()


def scores(ix, query):
    return {h.article_id: h.score for h in ix.search(query, limit=50).hits}


def test_a_phrase_only_query_is_ranked(corpus_index) -> None:
    hits = corpus_index.search('"执行到位"', limit=50).hits
    assert len(hits) > 2
    values = [h.score for h in hits]
    assert len(set(values)) > 1, "every hit has the same score"
    assert values == sorted(values, reverse=True)


def test_more_occurrences_and_shorter_sections_rank_higher(small) -> None:
    got = scores(small, '"执行到位"')
    assert set(got) == {"twice", "once", "short", "title"}
    assert got["twice"] > got["once"]  # same length, the phrase twice
    assert got["short"] > got["once"]  # once each, a shorter section


def test_a_rarer_phrase_weighs_more(small) -> None:
    # 余款 occurs in two sections, 执行到位 in four: once each in "once"
    got_rare = scores(small, '"余款仍在"')["once"]
    got_common = scores(small, '"执行到位"')["once"]
    assert got_rare > got_common


def test_the_score_is_bm25f_over_the_phrase(small) -> None:
    searcher = small._searcher
    searcher._refresh()
    top = searcher._current()
    hit = next(h for h in small.search('"执行到位"', explain=True, limit=50).hits if h.article_id == "title")
    n = top.doc_count_all()
    title_df = 1  # only the article "title" has the phrase in its title
    want = TEXT_FIELDS["title"] * bm25(math.log(n / (title_df + 1)) + 1, 1, len_of(top, "title", hit),
                                       top.avg_field_length("title"), top.weighting.B, top.weighting.K1)
    assert hit.score == pytest.approx(want)
    assert [(f, t) for f, t, _s in hit.explanation] == [("title", '"执行到位"')]


def len_of(top, field, hit) -> int:
    docnum = next(iter(top.document_numbers(article_id=hit.article_id)))
    return top.doc_field_length(docnum, field)


def test_explain_names_the_fields_and_the_phrase_and_adds_up(corpus_index) -> None:
    for hit in corpus_index.search('"执行到位"', explain=True, limit=5).hits:
        assert hit.explanation
        assert all(f in TEXT_FIELDS and t == '"执行到位"' for f, t, _s in hit.explanation)
        assert sum(s for _f, _t, s in hit.explanation) == pytest.approx(hit.score)
