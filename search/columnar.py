"""Large indexes answered with numpy: every match and its score as two arrays, the
totals and facet counts by counting codes, the top hits by partial sorting.

In: a Whoosh searcher, a parsed query, the article and facet columns of the
searcher (:class:`Columns`). Out: :class:`Matches` (sorted docnums and their
BM25F scores), and from them a :class:`Summary` (totals, facet counts, which
matches pass the facet selection) and the best hits.

It does what :mod:`.taat` and the searcher's plain loops do, on whole arrays, and
gives the same answer (``tests/test_columnar.py`` compares both on the judged and
hand-made queries): each posting's score is computed with the same floating-point
operations, in the same order, as Whoosh's BM25F; only the order in which a
document's parts are added may differ, by a rounding error, as in :mod:`.taat`.
The searcher takes this path for large indexes (``COLUMNAR_MIN_DOCS`` in
:mod:`.searcher`), where it pays for the time numpy takes to import (about 0.15 s,
which the command-line start-up on a small index should not pay), and at any size
when it is long-running (it imported numpy when the index opened).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.scoring import BM25FScorer, WeightScorer

from ..index.store.schema import ignored_filters
from .ranking import Best, best_of
from .taat import field_lengths, unwrap

_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)


@dataclass(frozen=True)
class Matches:
    """Every matching document (ascending docnums) and its score."""

    docs: np.ndarray
    scores: np.ndarray


class _Unsupported(Exception):
    pass


# -- evaluation ------------------------------------------------------------------

def evaluate(searcher: Any, q: Q.Query) -> Matches | None:
    """Every live document ``q`` matches and its score; ``None`` for a query shape
    :mod:`.taat` does not handle either (the caller uses Whoosh)."""
    docs, scores = [], []
    try:
        for leaf, offset in searcher.leaf_searchers():
            ids, sc = _eval(leaf, q, leaf.context(), leaf.reader().doc_count_all())
            docs.append(ids + offset if offset else ids)
            scores.append(sc)
    except _Unsupported:
        return None
    if not docs:
        return Matches(_EMPTY_IDS, _EMPTY_SCORES)
    return Matches(np.concatenate(docs), np.concatenate(scores))


def _eval(searcher: Any, q: Q.Query, context: Any, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``(ascending docnums, scores)`` of ``q`` in one segment of ``n`` documents."""
    kind = type(q)
    if isinstance(q, Q.NullQuery.__class__):
        return _EMPTY_IDS, _EMPTY_SCORES
    if kind is Q.Or or kind is Q.And:
        if q.boost != 1.0:
            raise _Unsupported
        parts = [_eval(searcher, sub, context, n) for sub in q.subqueries]
        if not parts:
            return _EMPTY_IDS, _EMPTY_SCORES
        if len(parts) == 1:
            return parts[0]
        ids = np.concatenate([p[0] for p in parts])
        total = np.bincount(ids, weights=np.concatenate([p[1] for p in parts]), minlength=n)
        hits = np.bincount(ids, minlength=n)
        keep = np.flatnonzero(hits if kind is Q.Or else hits == len(parts))
        return keep, total[keep]
    if isinstance(q, Q.AndNot):  # and its subclasses (exclusion.Without)
        if q.boost != 1.0:
            raise _Unsupported
        ids, sc = _eval(searcher, q.a, context, n)
        if not len(ids):
            return ids, sc
        drop = np.fromiter(q.b.matcher(searcher, context).all_ids(), dtype=np.int64)
        keep = ~np.isin(ids, drop, assume_unique=True)
        return ids[keep], sc[keep]
    if isinstance(q, Q.TermRange) and q.boost == 1.0 and q.constantscore:
        # a range (of dates): Whoosh ORs its terms, each scored as a Term
        terms = [Q.Term(q.field(), word) for word in q._btexts(searcher.reader()) if word]
        if len(terms) > 1:
            return _eval(searcher, Q.Or(terms), context, n)
    if q.is_leaf() or isinstance(q, Q.Not):  # a Not's matcher scores each document it keeps
        m = q.matcher(searcher, context)
        fast = _postings(searcher, q, m) if isinstance(q, Q.Term) else None
        return fast if fast is not None else _walk(m)
    raise _Unsupported


def _walk(m: Any) -> tuple[np.ndarray, np.ndarray]:
    ids, scores = [], []
    while m.is_active():
        ids.append(m.id())
        scores.append(m.score())
        m.next()
    return np.array(ids, dtype=np.int64), np.array(scores, dtype=np.float64)


def _postings(searcher: Any, q: Q.Term, m: Any) -> tuple[np.ndarray, np.ndarray] | None:
    """A term's stored posting list read a block at a time and scored as one array
    (BM25F term for term as Whoosh computes it, or its weight in a field without lengths, as
    Whoosh's WeightScorer gives it); ``None`` when ``m`` is not such a list or not scored so."""
    boost, deleted, m = unwrap(m)
    scorer = getattr(m, "scorer", None)
    if type(m) is not W3LeafMatcher or type(scorer) not in (BM25FScorer, WeightScorer):
        return None
    bm25 = type(scorer) is BM25FScorer
    lengths = _lengths(searcher.reader(), q.fieldname) if bm25 else None
    if bm25 and lengths is None:
        return None
    deltas: list[int] = []
    weights: list[float] = []
    blocks: list[int] = []
    while m.is_active():
        if m._data is None:
            m._read_data()
        d, w = m._data[0], m._data[1]
        k = m._blocklength
        deltas.extend(d)
        blocks.append(k)
        if w is None:
            weights.extend([1.0] * k)
        elif isinstance(w, float):
            weights.extend([w] * k)
        else:
            weights.extend(w)
        m._next_block()
    if not deltas:
        return _EMPTY_IDS, _EMPTY_SCORES
    run = np.cumsum(np.array(deltas, dtype=np.int64))  # ids are delta-coded within each block
    sizes = np.array(blocks, dtype=np.int64)
    starts = np.cumsum(sizes)[:-1]
    ids = run - np.repeat(np.concatenate(([0], run[starts - 1])), sizes)
    tf = np.array(weights, dtype=np.float64)
    if not bm25:  # a field without lengths (dates, ids): the weight is the score
        scores = tf
    else:
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[ids] / avgfl)))
    if boost is not None:
        scores *= boost
    if deleted is not None:
        live = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64))
        ids, scores = ids[live], scores[live]
    return ids, scores


def _lengths(reader: Any, fieldname: str) -> np.ndarray | None:
    """:func:`.taat.field_lengths` as a float array (cached on the reader)."""
    cache = reader.__dict__.setdefault("_lawnews_np_lengths", {})
    if fieldname not in cache:
        lengths = field_lengths(reader, fieldname)
        if lengths is None or len(lengths) < reader.doc_count_all():
            cache[fieldname] = None  # scored by Whoosh's matcher instead
        else:  # a length of None (no such field) is never read: such documents have no postings
            cache[fieldname] = np.array([v or 0 for v in lengths], dtype=np.float64)
    return cache[fieldname]


# -- columns, totals and facets --------------------------------------------------------

class Columns:
    """The article of every docnum and the code of each facet's value set, as arrays."""

    def __init__(self, articles: list[str], codes: Mapping[str, tuple[list[int], list[tuple[str, ...]]]]) -> None:
        self.code_of: dict[str, int] = {}
        self.article = np.array([self.code_of.setdefault(a, len(self.code_of)) for a in articles],
                                dtype=np.int64)
        self.article_ids = list(self.code_of)
        self.codes = {name: np.array(c, dtype=np.int64) for name, (c, _sets) in codes.items()}
        self.sets = {name: sets for name, (_c, sets) in codes.items()}
        self._story: tuple[list[str], np.ndarray] | None = None

    evaluate = staticmethod(evaluate)

    def story_codes(self, keys: list[str]) -> np.ndarray:
        """The story of every docnum as a number (``keys``: its story id), made once per list."""
        if self._story is None or self._story[0] is not keys:
            code_of: dict[str, int] = {}
            self._story = (keys, np.array([code_of.setdefault(k, len(code_of)) for k in keys], dtype=np.int64))
        return self._story[1]

    def summarize(self, matches: Matches, selected: Mapping[str, set[str]],
                  story: np.ndarray | None = None) -> Summary:
        """Totals and facet counts of ``matches`` under a facet selection (values of a
        facet OR, facets AND; a facet's counts ignore its own selection, a region level's
        also those of the levels below it: :func:`ignored_filters`). Facet values
        are per article: an article's first matching section stands for it. With
        ``story`` (a story code per docnum) the total and the counts are of stories:
        a story counts once per value any of its counted articles has."""
        docs = matches.docs
        arts, first, inverse = np.unique(self.article[docs], return_index=True, return_inverse=True)
        firsts = docs[first]
        sections = np.bincount(inverse, minlength=len(arts))
        if not selected:
            keep = None
            counted = {name: firsts for name in self.codes}
            total, n_sections = len(arts), len(docs)
        else:
            passes = {name: self._passes(name, values)[self.codes[name][firsts]]
                      for name, values in selected.items()}
            fails = {name: ~p for name, p in passes.items()}
            ok = ~np.logical_or.reduce(list(fails.values()))
            counted = {}
            for name in self.codes:  # the articles failing no filter this facet heeds
                heeded = [f for s, f in fails.items() if s not in ignored_filters(name)]
                counted[name] = firsts[~np.logical_or.reduce(heeded)] if heeded else firsts
            keep = ok[inverse]
            total, n_sections = int(ok.sum()), int(sections[ok].sum())
        if story is not None:
            total = len(np.unique(story[firsts if keep is None else firsts[ok]]))
            facets = {name: self._story_counts(name, counted[name], story) for name in self.codes}
        else:
            facets = {name: self._counts(name, counted[name]) for name in self.codes}
        return Summary(total=total, sections=n_sections, facets=facets, keep=keep,
                       _articles=arts, _per_article=sections, _code_of=self.code_of)

    def _passes(self, name: str, values: set[str]) -> np.ndarray:
        return np.array([not values.isdisjoint(s) for s in self.sets[name]], dtype=bool)

    def _counts(self, name: str, docs: np.ndarray) -> dict[str, int]:
        counts: dict[str, int] = {}
        per_set = np.bincount(self.codes[name][docs], minlength=len(self.sets[name]))
        for code in np.flatnonzero(per_set).tolist():
            for value in self.sets[name][code]:
                counts[value] = counts.get(value, 0) + int(per_set[code])
        return counts

    def _story_counts(self, name: str, docs: np.ndarray, story: np.ndarray) -> dict[str, int]:
        """:meth:`_counts` of stories: each story's distinct value sets, a value once per story."""
        n_sets = len(self.sets[name])
        pairs = np.unique(story[docs] * n_sets + self.codes[name][docs])
        owners, sets = pairs // n_sets, pairs % n_sets
        once = np.bincount(owners)[owners] == 1  # most stories have one value set
        counts = self._counts_of_sets(name, sets[once])
        merged: dict[int, set[str]] = {}
        for owner, code in zip(owners[~once].tolist(), sets[~once].tolist()):
            merged.setdefault(owner, set()).update(self.sets[name][code])
        for values in merged.values():
            for value in values:
                counts[value] = counts.get(value, 0) + 1
        return counts

    def _counts_of_sets(self, name: str, set_codes: np.ndarray) -> dict[str, int]:
        counts: dict[str, int] = {}
        per_set = np.bincount(set_codes, minlength=len(self.sets[name]))
        for code in np.flatnonzero(per_set).tolist():
            for value in self.sets[name][code]:
                counts[value] = counts.get(value, 0) + int(per_set[code])
        return counts

    def of_articles(self, matches: Matches, article_ids: Iterable[str]) -> np.ndarray:
        """Per match: whether it is a section of one of the articles ``article_ids``."""
        codes = np.array([self.code_of[a] for a in article_ids if a in self.code_of], dtype=np.int64)
        return np.isin(self.article[matches.docs], codes)

    def best_doc_of(self, matches: Matches, keep: np.ndarray | None) -> Any:
        """``article id → its best-scoring match that passes the selection`` (None: none)."""
        def of(article_id: str) -> int | None:
            code = self.code_of.get(article_id)
            if code is None:
                return None
            at = np.flatnonzero(self.article[matches.docs] == code)
            if keep is not None:
                at = at[keep[at]]
            if not len(at):
                return None
            return int(matches.docs[at[_top(matches.docs[at], matches.scores[at], 1)[0]]])
        return of

    def best(self, matches: Matches, keep: np.ndarray | None, want: int, by_section: bool,
             story: np.ndarray | None = None) -> Best:
        """The ``want`` best sections (``by_section``) or articles (or, with ``story``,
        stories) with their best section, ``key → (docnum, score)`` in rank order: by
        score, then docnum."""
        docs, scores = matches.docs, matches.scores
        if keep is not None:
            docs, scores = docs[keep], scores[keep]

        def top(k: int) -> list[tuple[int, float]]:
            at = _top(docs, scores, k)
            return list(zip(docs[at].tolist(), scores[at].tolist()))

        if story is not None:
            assert self._story is not None
            return best_of(top, self._story[0].__getitem__, want, by_section)
        return best_of(top, lambda d: self.article_ids[self.article[d]], want, by_section)


def _top(docs: np.ndarray, scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest scores, ties by docnum, in that order."""
    if k < len(scores):
        threshold = scores[np.argpartition(-scores, k - 1)[k - 1]]
        cand = np.flatnonzero(scores >= threshold)
    else:
        cand = np.arange(len(scores))
    return cand[np.lexsort((docs[cand], -scores[cand]))][:k]


@dataclass(frozen=True)
class Summary:
    """Totals, facet counts and the matches that pass the facet selection."""

    total: int
    sections: int
    facets: dict[str, dict[str, int]]
    keep: np.ndarray | None  # per match: its article passes the selection (None: all do)
    _articles: np.ndarray
    _per_article: np.ndarray
    _code_of: dict[str, int]

    def sections_of(self, article_id: str) -> int:
        """How many matching sections an article has."""
        code = self._code_of.get(article_id, -1)
        at = int(np.searchsorted(self._articles, code))
        return int(self._per_article[at]) if at < len(self._articles) and self._articles[at] == code else 0
