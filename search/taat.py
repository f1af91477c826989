"""Term-at-a-time evaluation: every match of a boolean query and its score, in one pass.

Whoosh answers a query by walking a tree of matchers document by document; for a
long natural-language question (dozens of terms over four fields, OR-ed) the tree
walking costs far more than the postings. :func:`evaluate` instead reads each
term's posting list once and combines whole lists: sums for ``Or`` and ``And``
(an ``And`` keeps the documents every part has), removal for ``AndNot``. Each
posting is scored by the Whoosh matcher of its own term, so a document's score is
the sum of the same parts Whoosh adds up; only the order of the additions may
differ, by a rounding error (``tests/test_taat.py`` compares both on every
judged query).

It handles ``Or``, ``And``, ``AndNot``, ``Not`` and leaf queries (``Term``,
:class:`~.phrase.ExactPhrase`, ranges …), without compound boosts; for anything
else it returns ``None`` and the caller uses Whoosh.
"""

from __future__ import annotations

from typing import Any, Iterator

from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]


class _Unsupported(Exception):
    pass


def evaluate(searcher: Any, q: Q.Query) -> Scores | None:
    """``{docnum: score}`` for every live document ``q`` matches, or ``None``."""
    out: Scores = {}
    try:
        for leaf, offset in searcher.leaf_searchers():
            context = leaf.context()
            part = _eval(leaf, q, context)
            if offset:
                out.update((d + offset, s) for d, s in part.items())
            else:
                out.update(part)
    except _Unsupported:
        return None
    return out


def _eval(searcher: Any, q: Q.Query, context: Any) -> Scores:
    if isinstance(q, Q.NullQuery.__class__):
        return {}
    kind = type(q)
    if kind is Q.Or or kind is Q.And:
        if q.boost != 1.0:
            raise _Unsupported
        parts = [_eval(searcher, sub, context) for sub in q.subqueries]
        if not parts:
            return {}
        if kind is Q.Or:
            parts.sort(key=len, reverse=True)
            acc = dict(parts[0])
            get = acc.get
            for part in parts[1:]:
                for d, s in part.items():
                    acc[d] = get(d, 0.0) + s
            return acc
        parts.sort(key=len)
        keep = set(parts[0]).intersection(*parts[1:])
        return {d: sum(p[d] for p in parts) for d in keep}
    if isinstance(q, Q.AndNot):  # and its subclasses (exclusion.Without)
        if q.boost != 1.0:
            raise _Unsupported
        a = _eval(searcher, q.a, context)
        if not a:
            return a
        drop = _ids(searcher, q.b, context)
        return {d: s for d, s in a.items() if d not in drop}
    if q.is_leaf() or isinstance(q, Q.Not):  # a Not's matcher scores each document it keeps
        m = q.matcher(searcher, context)
        fast = _postings(searcher, q, m) if isinstance(q, Q.Term) else None
        return fast if fast is not None else _walk(m)
    raise _Unsupported


def _walk(m: Any) -> Scores:
    """Every document of matcher ``m`` with its score, one posting at a time."""
    out: Scores = {}
    active, doc, score, step = m.is_active, m.id, m.score, m.next
    while active():
        out[doc()] = score()
        step()
    return out


def _postings(searcher: Any, q: Q.Term, m: Any) -> Scores | None:
    """:func:`_walk` for a term's stored posting list, a block at a time, with the
    field lengths read once per segment: the same scores (the scorer's own
    ``_score`` of each weight and length, times the boost). ``None`` when ``m`` is
    not such a list."""
    boost, deleted, m = unwrap(m)
    scorer = getattr(m, "scorer", None)
    if type(m) is not W3LeafMatcher or not hasattr(scorer, "dfl") or not hasattr(scorer, "_score"):
        return None
    lengths = field_lengths(searcher.reader(), q.fieldname)
    if lengths is None:
        return None
    out: Scores = {}
    bm25f = type(scorer) is BM25FScorer
    if bm25f:  # whoosh.scoring.bm25, inlined term for term (same operations, same floats)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        k1p1, one_b = k1 + 1, 1 - b
    score = scorer._score
    for ids, weights in blocks(m, weights=True):
        for d, tf in zip(ids, weights):
            if deleted is not None and d in deleted:
                continue
            if bm25f:
                s = idf * ((tf * k1p1) / (tf + k1 * (one_b + b * lengths[d] / avgfl)))
            else:
                s = score(tf, lengths[d] if d < len(lengths) else None)
            out[d] = s * boost if boost is not None else s
    return out


def posting_ids(reader: Any, fieldname: str, text: Any) -> Iterator[int]:
    """The live documents holding a term, ascending, as ``reader.postings(...).all_ids()``
    gives them, read a block at a time from each segment's stored list."""
    for leaf, offset in reader.leaf_readers():
        if (fieldname, text) not in leaf:
            continue
        _boost, deleted, m = unwrap(leaf.postings(fieldname, text))
        if type(m) is not W3LeafMatcher:
            runs: Any = [(list(m.all_ids()), None)]
        else:
            runs = blocks(m)
        for ids, _weights in runs:
            if deleted is not None:
                ids = [d for d in ids if d not in deleted]
            yield from map(offset.__add__, ids) if offset else ids


def blocks(m: Any, *, weights: bool = False) -> Iterator[tuple[Any, Any]]:
    """A stored posting list (``W3LeafMatcher``) from its current posting, a block
    at a time: ``(docnums, term weights)``, the weights read only if asked (else ``None``)."""
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if weights and m._weights is None:
            m._read_weights()
        yield m._ids[m._i : m._blocklength], m._weights[m._i : m._blocklength] if weights else None
        m._next_block()


def unwrap(m: Any) -> tuple[float | None, Any, Any]:
    """A term matcher as ``(boost or None, the segment's deleted docnums or None,
    the matcher of the stored posting list)``."""
    boost = deleted = None
    if type(m) is WrappingMatcher:  # the term's boost
        boost, m = m.boost, m.child
    if type(m) is FilterMatcher and m._exclude:  # the segment's deletions
        deleted, m = m._ids, m.child
    return boost, deleted, m


_BYTE_LENGTHS = [byte_to_length(b) if b else None for b in range(256)]


def field_lengths(reader: Any, fieldname: str) -> list[int | None] | None:
    """Each document's length of ``fieldname`` in one segment, as its
    ``doc_field_length`` gives it, read from the length column in one go (cached on
    the reader); ``None`` when the segment has no such column."""
    cache = reader.__dict__.setdefault("_lawnews_lengths", {})
    if fieldname not in cache:
        perdoc = getattr(reader, "_perdoc", None)
        col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) if perdoc is not None else None
        if type(col) is not NumericColumn.Reader or col._fixedlen != 1:
            cache[fieldname] = None
        else:
            raw = col._dbfile.get(col._basepos, col._count)
            cache[fieldname] = [_BYTE_LENGTHS[b] for b in raw]
    return cache[fieldname]


def _ids(searcher: Any, q: Q.Query, context: Any) -> set[int]:
    """The documents ``q`` matches (unscored)."""
    return set(q.matcher(searcher, context).all_ids())
