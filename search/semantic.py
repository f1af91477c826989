"""Ranking by meaning: a query's sentence vector against every section's, fused with BM25F.

Flows in: a Whoosh searcher over an index built with vectors (:mod:`lawnews.index.store.vectors`),
the query text and the BM25F score of each section the words matched. Flows out:
the fused score of each section to rank, and the cosine of each.

The sections ranked are those the words matched, and only those: the vectors
re-rank them, so that totals and facet counts still count what the words match. A
section's score is ``WORDS × bm25f / best bm25f + (1 − WORDS) × cosine``. ``WORDS`` was chosen
on the STARD train questions (``bench/eval_stard.py``): there BM25F alone gives
nDCG@10 0.362 and Recall@100 0.647, the vectors alone 0.363 and 0.730, and the
fusion 0.426 and 0.744.

:class:`Vectors` holds the vectors of one index generation as one matrix, rows in
document order, loaded once per searcher; the model is loaded once per process.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from ..index.analysis import encoder as _encoder
from ..index.store import grams, vectors

MODEL = _encoder.MODEL
#: Share of the (normalised) BM25F score in the fused score.
WORDS = 0.1

_model: Any = None
_model_lock = threading.Lock()


def model() -> Any:
    """The sentence-vector model, loaded on first use (ModelNotFoundError if absent)."""
    global _model
    with _model_lock:
        if _model is None:
            _model = _encoder.Encoder()
        return _model


@lru_cache(maxsize=64)
def query_vector(query: str) -> Any:
    """The sentence vector of ``query`` (read-only; the last few are kept, since the
    vectors ranking and the question bank both ask for it)."""
    vector = model().encode([query])[0]
    vector.setflags(write=False)
    return vector


class Vectors:
    """The vectors of the live sections of one searcher's index generation."""

    def __init__(self, searcher: Any, store: vectors.VectorStore) -> None:
        import numpy as np

        seq_doc: dict[int, int] = {}
        for leaf, offset in searcher.leaf_searchers():
            reader = leaf.reader()
            live = set(reader.all_doc_ids())
            seq_doc.update((seq, d + offset) for seq, d in grams.seq_map(reader).items() if d in live)
        seqs, self.matrix = store.load(seq_doc)
        self.docnums = np.array([seq_doc[s] for s in seqs], dtype=np.int64)
        self.row = {int(d): i for i, d in enumerate(self.docnums)}

    def __len__(self) -> int:
        return len(self.docnums)

    def cosines(self, query: str) -> Any:
        """The cosine of ``query``'s vector with each row."""
        return self.matrix @ query_vector(query)

    def fuse(self, query: str, words: dict[int, float]) -> tuple[dict[int, float], dict[int, float]]:
        """``(fused score, cosine)`` of each section in ``words`` (the sections the
        words matched, with their BM25F scores)."""
        if not len(self) or not words:
            return dict(words), {}
        cos = self.cosines(query)
        row = self.row.get
        cosine = {d: float(cos[r]) if (r := row(d)) is not None else 0.0 for d in words}
        best = max(words.values(), default=0.0) or 1.0
        fused = {d: WORDS * words.get(d, 0.0) / best + (1 - WORDS) * c for d, c in cosine.items()}
        return fused, cosine


def has_vectors(ix: Any) -> bool:
    """True when ``ix`` was built with sentence vectors."""
    store = vectors.store_for(ix)
    return not (store.path is not None and not store.path.exists() or not store.count())


def vectors_for(ix: Any, searcher: Any) -> Vectors | None:
    """The :class:`Vectors` of ``searcher`` over ``ix`` (cached on it), or None for an
    index built without vectors."""
    if not has_vectors(ix):
        return None
    store = vectors.store_for(ix)
    cached = getattr(searcher, "_lawnews_vectors", None)
    if cached is None:
        cached = Vectors(searcher, store)
        searcher._lawnews_vectors = cached
    return cached
