"""Exclusion per article: ``NOT x``, ``-x`` and ``ANDNOT x`` remove whole articles.

The index holds one document per section, and a Whoosh ``Not`` or ``AndNot``
excludes only the sections that match ``x``, so an article whose other sections
match the rest of the query would still be found. :func:`whole_articles` rewrites
each excluded part of a query tree (at any depth) into a :class:`Sections` query:
every section of every article that has a section matching that part. The words
of a query keep their per-section meaning; only exclusion becomes per article.

In: a parsed query and a function giving, for a query, the docnums (of the top
searcher) of every section of the articles it matches. Out: a query that the
Whoosh matchers, :mod:`.taat` and :mod:`.columnar` all evaluate the same way,
since a :class:`Sections` query is a plain list of documents per segment;
``a ANDNOT x`` becomes :class:`Without`, whose matcher (unlike Whoosh's) never
keeps ``a``'s first document when ``x`` has it.
"""

from __future__ import annotations

import bisect
from typing import Any, Callable, Sequence

from whoosh import query as Q
from whoosh.matching import AndNotMatcher, ListMatcher, NullMatcher


class Sections(Q.Query):
    """A fixed set of sections (docnums of the top searcher); ``label`` is the
    query that chose them, for display."""

    def __init__(self, docs: Sequence[int], label: str = "") -> None:
        self.docs = tuple(sorted(docs))
        self.label = label
        self.boost = 1.0

    def __repr__(self) -> str:
        return f"Sections({len(self.docs)} sections, {self.label!r})"

    def __unicode__(self) -> str:
        return f"ARTICLE({self.label})"

    __str__ = __unicode__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sections) and other.docs == self.docs

    def __hash__(self) -> int:
        return hash((Sections, self.docs))

    def is_leaf(self) -> bool:
        return True

    def field(self) -> None:
        return None

    def has_terms(self) -> bool:
        return False

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docs)

    def estimate_min_size(self, ixreader: Any) -> int:
        return len(self.docs)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        offset, size = _segment(searcher)
        lo = bisect.bisect_left(self.docs, offset)
        hi = bisect.bisect_left(self.docs, offset + size)
        ids = [d - offset for d in self.docs[lo:hi]]
        return ListMatcher(ids, [1.0] * len(ids)) if ids else NullMatcher()


class Without(Q.AndNot):
    """``a ANDNOT b`` whose matcher never yields a document of ``b``."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return _AndNotMatcher(self.a.matcher(searcher, context),
                              self.b.matcher(searcher, searcher.boolean_context()))


class _AndNotMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher moves ``b`` to ``a``'s first document only when they
    start on the same one, so ``a``'s first document is kept even if ``b`` has it
    further on; this one moves ``b`` first."""

    def _find_first(self) -> None:
        a, b = self.a, self.b
        if a.is_active() and b.is_active() and b.id() < a.id():
            b.skip_to(a.id())
        if a.is_active() and b.is_active() and a.id() == b.id():
            self._find_next()


def _segment(searcher: Any) -> tuple[int, int]:
    """``(first docnum, number of docnums)`` of ``searcher``'s part of the top searcher."""
    size = searcher.reader().doc_count_all()
    if not searcher.has_parent():
        return 0, size
    for leaf, offset in searcher.get_parent().leaf_searchers():
        if leaf is searcher:
            return offset, size
    raise ValueError("a sub-searcher that its parent does not list")


def has_exclusion(q: Q.Query) -> bool:
    """True when ``q`` excludes something somewhere in its tree."""
    if isinstance(q, (Q.Not, Q.AndNot)):
        return True
    return not q.is_leaf() and any(has_exclusion(c) for c in q.children())


def whole_articles(q: Q.Query, articles_of: Callable[[Q.Query], Sections]) -> Q.Query:
    """``q`` with every excluded part ``x`` replaced by ``articles_of(x)``: the
    sections of the articles ``x`` matches (``x`` itself rewritten first)."""
    if not has_exclusion(q):
        return q
    if isinstance(q, Q.Not):
        return Q.Not(articles_of(whole_articles(q.query, articles_of)), boost=q.boost)
    if isinstance(q, Q.AndNot):
        return Without(whole_articles(q.a, articles_of), articles_of(whole_articles(q.b, articles_of)))
    return q.apply(lambda sub: whole_articles(sub, articles_of))
