"""Term-at-a-time evaluation: every match of a boolean query and its score, in one pass.

In: a Whoosh searcher and a parsed query. Out: ``{docnum: score}`` of every live
document the query matches (``None`` for a query shape it does not handle: the
caller uses Whoosh).

Whoosh answers a query by walking a tree of matchers document by document; for a
long natural-language question (dozens of terms over four fields, OR-ed) the tree
walking costs far more than the postings. :func:`evaluate` instead reads each
term's posting list once and combines whole lists: sums for ``Or`` and ``And``
(an ``And`` keeps the documents every part has), removal for ``AndNot``. Each
posting is scored by the Whoosh matcher of its own term, so a document's score is
the sum of the same parts Whoosh adds up; only the order of the additions may
differ, by a rounding error (``tests/test_taat.py`` compares both on every
judged query).

``exact=True`` adds them in the order Whoosh's matchers do, so that every score is
Whoosh's to the last bit and hits rank as Whoosh ranks them, ties included: the
parts of an ``And`` (or of an ``Or`` of two parts, or of any ``Or`` in a segment of
more than 5,000 documents) pair up as Whoosh builds its weighted tree of matchers
(an ``And``'s largest estimated parts first, an ``Or``'s smallest); any other ``Or``
adds its parts one by one in their order, as Whoosh's ``ArrayUnionMatcher`` does.
The parts of an ``And`` are read rarest first, and a term whose postings outnumber
the documents still in the running :data:`LOOKUP_RATIO` times over is looked up at
those documents only, block by block, as Whoosh's intersection skips to them,
instead of read whole.

It handles ``Or``, ``And``, ``AndNot``, ``Not`` and leaf queries (``Term``,
:class:`~.phrase.ExactPhrase`, ranges …) (``exact``: ``Or``, ``And`` and leaves), without
compound boosts (``exact``: with them); for anything else it returns ``None``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Callable, Collection, Iterator

from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]


class _Unsupported(Exception):
    pass


#: A term is looked up at the documents still in the running of an ``And`` (``exact``)
#: when its postings are more than this many times as many; else it is read whole.
LOOKUP_RATIO = 32


def evaluate(searcher: Any, q: Q.Query, *, exact: bool = False) -> Scores | None:
    """``{docnum: score}`` for every live document ``q`` matches, or ``None``; ``exact``:
    each score added up as Whoosh's matchers add it (see the module docstring)."""
    out: Scores = {}
    try:
        for leaf, offset in searcher.leaf_searchers():
            context = leaf.context()
            part = _Exact(leaf).scores(q) if exact else _eval(leaf, q, context)
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


class _Exact:
    """``exact`` evaluation in one segment, each match's score the float Whoosh's matcher
    gives; the estimated sizes Whoosh weighs its matchers by are worked out once a part."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.context = searcher.context()
        self.sizes: dict[int, int] = {}

    def size(self, q: Q.Query) -> int:
        """``q.estimate_size(reader)``, as Whoosh computes it (compounds from their parts)."""
        found = self.sizes.get(id(q))
        if found is None:
            kind = type(q)
            if (kind is Q.Or or kind is Q.And) and q.subqueries:
                parts = [self.size(sub) for sub in q.subqueries]
                found = min(parts) if kind is Q.And else min(sum(parts), self.reader.doc_count())
            else:
                found = q.estimate_size(self.reader)
            self.sizes[id(q)] = found
        return found

    def scores(self, q: Q.Query, within: "Collection[int] | None" = None) -> Scores:
        """``{docnum: score}`` of ``q``; with ``within`` (the documents still in the running of
        an ``And``), only those need be there (others may be)."""
        if isinstance(q, Q.NullQuery.__class__):
            return {}
        kind = type(q)
        if kind is Q.And or kind is Q.Or:
            subs = q.subqueries
            if not subs:
                return {}
            if len(subs) == 1:  # Whoosh uses the part's own matcher, the compound's boost left out
                return self.scores(subs[0], within)
            if kind is Q.And:
                sizes = [self.size(sub) for sub in subs]
                acc = _tree([-size for size in sizes], self._rarest_first(subs, sizes, within), _both)
            else:
                if q.minmatch or q.scale or q.matcher_type != Q.Or.AUTO_MATCHER:
                    raise _Unsupported
                parts = [self.scores(sub, within) for sub in subs]
                if len(subs) >= Q.Or.TOO_MANY_CLAUSES or (len(subs) > 2 and self.searcher.doc_count_all() <= 5000):
                    return _one_by_one(parts, q.boost)  # Whoosh's ArrayUnionMatcher
                acc = _tree([self.size(sub) for sub in subs], parts, _either)
            return {d: s * q.boost for d, s in acc.items()} if q.boost != 1.0 else acc
        if type(q) is Q.Term and not q.minquality:
            return self._term(q, within)
        if q.is_leaf():
            return _walk(q.matcher(self.searcher, self.context))
        raise _Unsupported

    def _term(self, q: Q.Term, within: "Collection[int] | None") -> Scores:
        """A term's matches: :func:`_postings` of the matcher ``q.matcher`` makes, made here
        without its look-up of whether the segment has the term, which its size tells."""
        size = self.size(q)
        if not size:
            return {}
        m = self.searcher.postings(q.fieldname, self.reader.schema[q.fieldname].to_bytes(q.text),
                                   weighting=self.context.weighting)
        if q.boost != 1.0:
            m = WrappingMatcher(m, boost=q.boost)
        few = within is not None and len(within) * LOOKUP_RATIO < size
        fast = _postings(self.searcher, q, m, within, lookup=few)
        return fast if fast is not None else _walk(m)

    def _rarest_first(self, subs: list[Q.Query], sizes: list[int], within: "Collection[int] | None") -> list[Scores]:
        """The matches of each part of an ``And`` (in the parts' order), read in the order of
        their estimated sizes, each part within the documents the parts before it left."""
        parts: list[Scores] = [{}] * len(subs)
        for i in sorted(range(len(subs)), key=sizes.__getitem__):
            part = parts[i] = self.scores(subs[i], within)
            within = part.keys() if within is None else part.keys() & within
            if not within:  # nothing can match every part
                return [{}] * len(subs)
        return parts


def _tree(weights: list[int], parts: list[Scores], pair: Callable[[Scores, Scores], Scores]) -> Scores:
    """``parts`` combined two at a time as Whoosh's ``make_weighted_tree`` pairs their
    matchers: the two lightest first, the pair weighing their sum and going after the
    parts of the same weight (ties keep their order: Whoosh's matchers compare equal)."""
    ls = sorted(zip(weights, parts), key=lambda wp: wp[0])
    while len(ls) > 1:
        (wa, a), (wb, b) = ls[0], ls[1]
        del ls[:2]
        w = wa + wb
        ls.insert(bisect_right([x[0] for x in ls], w), (w, pair(a, b)))
    return ls[0][1]


def _both(a: Scores, b: Scores) -> Scores:
    """An ``IntersectionMatcher``: the documents of both, ``a``'s score plus ``b``'s."""
    if len(a) <= len(b):
        return {d: s + b[d] for d, s in a.items() if d in b}
    return {d: a[d] + s for d, s in b.items() if d in a}


def _either(a: Scores, b: Scores) -> Scores:
    """A ``UnionMatcher``: the documents of either, the sum where both have one."""
    acc = dict(a)
    get = acc.get
    for d, s in b.items():
        t = get(d)
        acc[d] = s if t is None else t + s
    return acc


def _one_by_one(parts: list[Scores], boost: float) -> Scores:
    """An ``ArrayUnionMatcher``: each part's score times the boost added in the parts'
    order to a sum starting at 0.0, the documents whose sum is not above 0 left out."""
    acc: Scores = {}
    get = acc.get
    for part in parts:
        for d, s in part.items():
            acc[d] = get(d, 0.0) + s * boost
    return {d: s for d, s in acc.items() if s > 0}


def _walk(m: Any) -> Scores:
    """Every document of matcher ``m`` with its score, one posting at a time."""
    out: Scores = {}
    active, doc, score, step = m.is_active, m.id, m.score, m.next
    while active():
        out[doc()] = score()
        step()
    return out


def _postings(searcher: Any, q: Q.Term, m: Any, within: "Collection[int] | None" = None,
              lookup: bool = False) -> Scores | None:
    """:func:`_walk` for a term's stored posting list, a block at a time, with the
    field lengths read once per segment: the same scores (the scorer's own
    ``_score`` of each weight and length, times the boost). ``None`` when ``m`` is
    not such a list. With ``within``, only those documents' postings are scored, and with
    ``lookup`` those documents are looked up in the list rather than the list read whole."""
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
    if within is None:
        runs: Any = blocks(m, weights=True)
    elif lookup:
        runs = _at(m, sorted(within))
    else:
        runs = ((ids, weights, within) for ids, weights in blocks(m, weights=True))
    for run in runs:
        ids, weights = run[0], run[1]
        wanted = run[2] if len(run) > 2 else None
        for d, tf in zip(ids, weights):
            if wanted is not None and d not in wanted or deleted is not None and d in deleted:
                continue
            if bm25f:
                s = idf * ((tf * k1p1) / (tf + k1 * (one_b + b * lengths[d] / avgfl)))
            else:
                s = score(tf, lengths[d] if d < len(lengths) else None)
            out[d] = s * boost if boost is not None else s
    return out


def _at(m: Any, docs: list[int]) -> Iterator[tuple[list[int], list[float]]]:
    """The postings of ``docs`` (ascending) in a stored posting list, as ``(docnums,
    term weights)`` runs: the blocks that end before a document are passed over by
    their headers (their postings never read), as Whoosh's ``skip_to`` passes them."""
    i, n = 0, len(docs)
    while i < n and m.is_active():
        if docs[i] > m._maxid:  # the block ends before it: the next block
            m._next_block()
            continue
        if m._ids is None:
            m._read_ids()
        ids = m._ids
        if m._weights is None:
            m._read_weights()
        found_ids, found_weights = [], []
        while i < n and docs[i] <= m._maxid:
            at = bisect_left(ids, docs[i])
            if at < len(ids) and ids[at] == docs[i]:
                found_ids.append(docs[i])
                found_weights.append(m._weights[at])
            i += 1
        yield found_ids, found_weights
        m._next_block()


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
