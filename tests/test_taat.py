"""Term-at-a-time evaluation finds what Whoosh's matchers find, scored the same.

Queries: the judged dev queries (``../shared/gold/queries-dev.json``) and hand-made
questions, keywords, phrases and negations, over the bundled corpus.
"""

from __future__ import annotations

import json

import pytest
from support import SHARED
from whoosh import query as Q

from lawnews.search import searcher as searcher_module
from lawnews.search import taat
from lawnews.search.query import parse_query

GOLD = SHARED / "gold" / "queries-dev.json"
HAND = [
    "法院如何解决执行难？", "湖南法院交叉执行", "执行 OR 破产", "执行 -湖南", '"执行到位" OR 终本',
    "被执行人拒不履行判决怎么办？", "诉源治理 OR 执源治理 OR 执转破", "title:执行 OR 拍卖", "不存在的词语组合",
    "(执行 OR 审判) AND NOT 湖南",
]


def queries() -> list[str]:
    gold = [q["query"] for q in json.loads(GOLD.read_text(encoding="utf-8"))] if GOLD.exists() else []
    return gold + HAND


def whoosh_scores(s, q) -> dict[int, float]:
    return dict(s.search(q, limit=None).items())


@pytest.mark.parametrize("text", queries())
def test_same_matches_and_scores_as_whoosh(corpus_index, text):
    ix = corpus_index._searcher
    ix._refresh()
    s = ix._current()
    q = parse_query(text, ix._vocab, lenient=True)
    got = taat.evaluate(s, q)
    if got is None:
        pytest.fail(f"not evaluated term at a time: {q!r}")
    want = whoosh_scores(s, q)
    assert set(got) == set(want)
    assert all(abs(got[d] - want[d]) <= 1e-9 * max(1.0, abs(want[d])) for d in want)


def test_queries_it_does_not_handle_are_left_to_whoosh(corpus_index):
    s = corpus_index._searcher._current()
    assert taat.evaluate(s, Q.Or([Q.Term("text", "执行"), Q.AndMaybe(Q.Term("text", "法院"), Q.Term("text", "湖南"))])) is None
    assert taat.evaluate(s, Q.Or([Q.Term("text", "执行"), Q.Term("text", "法院")], boost=2.0)) is None


@pytest.mark.parametrize("text", queries())
def test_search_results_are_the_same_either_way(corpus_index, monkeypatch, text):
    fast = corpus_index.search(text, limit=20, lenient=True)
    monkeypatch.setattr(searcher_module.taat, "evaluate", lambda s, q: None)
    slow = corpus_index.search(text, limit=20, lenient=True)
    assert [(h.article_id, h.section_no) for h in fast.hits] == [(h.article_id, h.section_no) for h in slow.hits]
    assert [round(h.score, 9) for h in fast.hits] == [round(h.score, 9) for h in slow.hits]
    assert (fast.total, fast.total_sections, fast.facets) == (slow.total, slow.total_sections, slow.facets)


def test_deleted_documents_are_left_out_as_whoosh_leaves_them_out(tmp_path):
    import lawnews
    from support import DATA

    lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", rebuild=True)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        ix.remove(article_id="t01")
        ix._searcher._refresh()
        s = ix._searcher._current()
        assert s.reader().has_deletions()
        q = parse_query("交叉执行 OR 法院 OR 执行", ix._searcher._vocab)
        got, want = taat.evaluate(s, q), whoosh_scores(s, q)
        assert set(got) == set(want) and got
        assert all(abs(got[d] - want[d]) <= 1e-9 * max(1.0, abs(want[d])) for d in want)


def test_posting_ids_are_whooshs_over_segments_blocks_and_deletions(tmp_path, monkeypatch):
    import lawnews
    from support import CORPUS, DATA
    from whoosh.codec.whoosh3 import W3Codec

    monkeypatch.setattr(W3Codec.__init__, "__defaults__", (4, 3, 1))  # posting blocks of four
    lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", rebuild=True)
    lawnews.build_index([CORPUS], tmp_path / "ix")  # an update: a second segment
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        ix.remove(article_id="t01")
        ix._searcher._refresh()
        reader = ix._searcher._current().reader()
        assert not reader.is_atomic() and reader.has_deletions()
        checked = 0
        for field in ("province", "city", "court", "mechanism", "year", "source", "text", "article_id"):
            for term in reader.lexicon(field):
                want = list(reader.postings(field, term).all_ids())
                assert list(taat.posting_ids(reader, field, term)) == want, (field, term)
                checked += len(want)
        assert checked > 1000
        assert max(len(list(reader.postings("year", t).all_ids())) for t in reader.lexicon("year")) > 8
        leaf = reader.leaf_readers()[0][0]  # one segment on its own
        term = next(iter(leaf.lexicon("text")))
        assert list(taat.posting_ids(leaf, "text", term)) == list(leaf.postings("text", term).all_ids())
