"""GroupingSegmentWriter writes exactly the index Whoosh's own SegmentWriter writes."""

from __future__ import annotations

from typing import Any

import pytest
from support import CORPUS, DATA, dump
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter

import lawnews
from lawnews.index.store import storage
from lawnews.index.store.segwriter import GroupingSegmentWriter, TermPool
from lawnews.index.store.writer import section_docs


def documents() -> list[dict[str, Any]]:
    articles = lawnews.parse([CORPUS, DATA / "articles.jsonl"])
    docs = [doc for a in articles for doc in section_docs(a)]
    for seq, doc in enumerate(docs, 1):
        doc["seq"] = seq
    return docs


def build(writer_class: type, docs: list[dict[str, Any]], batches: int = 1) -> Any:
    ix = storage.create_in_memory()
    size = -(-len(docs) // batches)
    for k in range(batches):
        w = writer_class(ix)
        for doc in docs[k * size : (k + 1) * size]:
            w.add_document(**doc)
        w.commit(merge=False)
    return ix


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return documents()


def test_one_segment_is_identical(docs):
    stock, grouped = build(SegmentWriter, docs), build(GroupingSegmentWriter, docs)
    a, b = dump(stock), dump(grouped)
    assert a["doc_count"] == len(docs) > 50
    assert len(a["postings"]) > 1000
    assert a == b


def segment_files(ix: Any) -> dict[str, bytes]:
    """The files inside the index's one (compound) segment, by name less the segment id."""
    (segment,) = ix._segments()
    inner = segment.open_compound_file(ix.storage)
    return {name.replace(segment.segid, "*"): inner.open_file(name).read() for name in inner.list()}


def test_the_segment_files_are_byte_for_byte_whooshs(docs):
    stock, grouped = segment_files(build(SegmentWriter, docs)), segment_files(build(GroupingSegmentWriter, docs))
    assert {"sections_*.pst", "sections_*.trm", "sections_*._stored.col", "sections_*._text_len.col"} <= set(stock)
    assert stock.keys() == grouped.keys()
    for name in stock:
        assert stock[name] == grouped[name], name


def test_a_merge_through_the_pool_is_identical(docs):
    stock, grouped = build(SegmentWriter, docs, batches=3), build(GroupingSegmentWriter, docs, batches=3)
    with stock.reader() as r:
        assert len(r.leaf_readers()) == 3
    for ix, cls in ((stock, SegmentWriter), (grouped, GroupingSegmentWriter)):
        w = cls(ix)
        w.delete_by_term("article_id", docs[0]["article_id"])
        w.commit(optimize=True)
    a, b = dump(stock), dump(grouped)
    assert a["doc_count"] < len(docs)
    assert a == b


def test_the_pool_sorts_fields_and_terms_and_keeps_each_terms_postings_in_arrival_order():
    pool = TermPool()
    for item in [("b", b"x", 0, 1.0, b""), ("a", b"y", 0, 1.0, b""), ("a", b"x", 1, 1.0, b"u"),
                 ("a", b"x", 2, 2.0, b"v")]:
        pool.add(item)
    assert list(pool.iter_postings()) == [("a", b"x", 1, 1.0, b"u"), ("a", b"x", 2, 2.0, b"v"),
                                          ("a", b"y", 0, 1.0, b""), ("b", b"x", 0, 1.0, b"")]


def test_chinese_text_makes_the_postings_whoosh_makes(docs):
    from whoosh.fields import TEXT

    from lawnews.index.store.schema import build_schema

    schema = build_schema()
    for doc in docs:
        for name in ("title", "heading", "text", "caption"):
            if doc.get(name):
                field = schema[name]
                ours = sorted(field.index(doc[name]))
                whoosh_own = sorted(TEXT.index(field, doc[name]))  # the generic path, through the analyzer
                assert ours == whoosh_own, doc[name][:40]


@pytest.mark.parametrize("blocklimit", [1, 3, 8])
def test_postings_cut_into_blocks_of_any_size_are_identical(docs, monkeypatch, blocklimit):
    """The pool's postings are written a block at a time: with blocks of one, three or
    eight postings (terms spanning many blocks, a last block full or not),
    every posting and every block's length and weight bounds are Whoosh's (the codec
    uses 128; ``test_one_segment_is_identical`` writes those)."""
    monkeypatch.setattr(W3Codec.__init__, "__defaults__", (blocklimit, 3, 1))
    stock, grouped = build(SegmentWriter, docs), build(GroupingSegmentWriter, docs)
    with grouped.reader() as r:
        assert r.codec()._blocklimit == blocklimit
    a, b = dump(stock), dump(grouped)
    assert max(len(p) for p in a["postings"].values()) > 3 * blocklimit
    assert a == b


def test_documents_with_field_boosts_give_whooshs_segment(docs):
    """Documents with ``_boost`` keys are added by Whoosh's own ``add_document``; the segment is the same."""
    boosted = [dict(doc, _text_boost=2.0) for doc in docs[:40]]
    assert dump(build(SegmentWriter, boosted)) == dump(build(GroupingSegmentWriter, boosted))
