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

from typing import Any

from whoosh import query as Q

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
    if q is Q.NullQuery or isinstance(q, Q.NullQuery.__class__):
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
    if kind is Q.AndNot:
        if q.boost != 1.0:
            raise _Unsupported
        a = _eval(searcher, q.a, context)
        if not a:
            return a
        drop = _ids(searcher, q.b, context)
        return {d: s for d, s in a.items() if d not in drop}
    if q.is_leaf() or isinstance(q, Q.Not):  # a Not's matcher scores each document it keeps
        m = q.matcher(searcher, context)
        out: Scores = {}
        active, doc, score, step = m.is_active, m.id, m.score, m.next
        while active():
            out[doc()] = score()
            step()
        return out
    raise _Unsupported


def _ids(searcher: Any, q: Q.Query, context: Any) -> set[int]:
    """The documents ``q`` matches (unscored)."""
    return set(q.matcher(searcher, context).all_ids())
