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
from lawnews.search.exclusion import has_exclusion
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
    monkeypatch.setattr(searcher_module.taat, "evaluate", lambda s, q, **options: None)
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


# -- exact: added up as Whoosh's matchers add, to the last bit ----------------------------

@pytest.mark.parametrize("text", queries())
def test_exact_scores_are_whooshs_to_the_last_bit(corpus_index, text):
    ix = corpus_index._searcher
    ix._refresh()
    s = ix._current()
    for q in (parse_query(text, ix._vocab, lenient=True), parse_query(text, ix._vocab, lenient=True, require_all=False)):
        if has_exclusion(q):
            continue
        got = taat.evaluate(s, q, exact=True)
        assert got is not None, q
        assert got == whoosh_scores(s, q), q  # the same floats, not merely close ones


#: Words in as many documents as make a pair of two parts of an OR weigh as much as a third
#: part (1 + 1 = 2): Whoosh puts the pair after it, which decides what is added to what.
PAIRED = {1: set(range(20, 23)), 2: set(range(23, 26)), 3: set(range(20, 26)), 4: set(range(20, 26)),
          5: set(range(20, 33))}


def _whoosh_index(folder):
    """A plain Whoosh index of two segments, one of 6,000 documents (where Whoosh pairs the
    parts of any OR in a tree of matchers by their sizes) and one of 1,000 (where an OR of three
    parts or more adds them one by one), each with a deletion; ``x1``…``x3`` are in as many
    documents each (ties in size), ``rare`` in a few."""
    import random

    from whoosh import fields, index

    ix = index.create_in(folder, fields.Schema(id=fields.ID(stored=True), body=fields.TEXT, head=fields.TEXT))
    rng = random.Random(7)
    words = ["aa", "bb", "cc", "dd", "ee", "ff"]

    def text(i: int) -> str:
        said = [rng.choice(words[: 2 + i % 5]) for _ in range(rng.randint(1, 12))]
        said += [f"x{k}" for k in (1, 2, 3) if i % 7 == 0 for _ in range(1 + (i + k) % 3)]
        said += [f"p{k}" for k, held in PAIRED.items() if i in held for _ in range(1 + (i * k) % 4)]
        return " ".join(said + (["rare"] if i % 997 == 0 else []))

    for first, last in ((0, 6000), (6000, 7000)):
        w = ix.writer()
        for i in range(first, last):
            w.add_document(id=str(i), body=text(i), head=text(i + 1))
        w.commit(merge=False)
    w = ix.writer()
    w.delete_by_term("id", "7")
    w.delete_by_term("id", "6503")
    w.commit(merge=False)
    return ix


def test_exact_scores_follow_whooshs_tree_of_matchers(tmp_path, monkeypatch):
    from whoosh.scoring import BM25F

    looked_up = []
    real_at = taat._at
    monkeypatch.setattr(taat, "_at", lambda m, docs: looked_up.append(len(docs)) or real_at(m, docs))
    ix = _whoosh_index(tmp_path)
    T = Q.Term
    queries = [
        Q.Or([T("body", "aa"), T("body", "bb"), T("body", "cc")]),
        Q.Or([T("body", "aa"), T("head", "aa"), T("body", "dd"), T("head", "ee", boost=0.5)]),
        Q.Or([T("body", "x1"), T("body", "x2"), T("body", "x3"), T("head", "x1")]),  # ties in size
        Q.And([T("body", "x1"), T("body", "x2"), T("body", "x3")]),
        Q.And([T("body", "aa"), T("head", "bb"), T("body", "cc")]),
        Q.And([Q.Or([T("body", "aa"), T("head", "aa", boost=0.3)]), Q.Or([T("body", "bb"), T("head", "bb"),
                                                                           T("body", "x2")]), T("body", "rare")]),
        Q.And([T("body", "aa"), T("body", "bb"), T("body", "cc"), T("body", "dd")], boost=2.0),
        Q.Or([T("body", "ee"), T("body", "ff"), T("head", "x3")], boost=1.5),
        Q.And([T("body", "rare"), Q.Or([T("body", "aa"), T("head", "aa"), T("head", "bb")])]),
        Q.And([Q.Or([T("body", "x1"), T("head", "x2")]), Q.Or([T("body", "x3"), T("head", "x1")])]),
        Q.Or([T("body", f"p{k}") for k in PAIRED] + [T("head", "p5", boost=0.7)]),
    ]
    with ix.searcher(weighting=BM25F()) as s:
        assert [leaf.doc_count_all() for leaf, _ in s.leaf_searchers()] == [6000, 1000]
        assert s.reader().has_deletions()
        for q in queries:
            want = whoosh_scores(s, q)
            assert want, q
            assert taat.evaluate(s, q, exact=True) == want, q
    assert looked_up, "no term was looked up at the few documents a rare part left"


def test_exact_leaves_to_whoosh_what_it_does_not_add_up_as_whoosh(corpus_index):
    s = corpus_index._searcher._current()
    text = [Q.Term("text", "执行"), Q.Term("text", "法院")]
    assert taat.evaluate(s, Q.And([text[0], Q.AndMaybe(*text)]), exact=True) is None
    assert taat.evaluate(s, Q.Or(text, scale=0.5), exact=True) is None
    assert taat.evaluate(s, Q.AndNot(*text), exact=True) is None
