"""The best sections, or articles with their best section, from a ranking.

In: a function giving the ``k`` best ``(docnum, score)`` pairs in rank order (from
scored matches, numpy arrays or Whoosh's own search) and the article of each
docnum. Out: ``key → (docnum, score)`` in rank order, the key being the docnum or
the article id. Grouping by article may need more than ``want`` sections, so ``k``
grows until ``want`` articles are found or the ranking runs out.
"""

from __future__ import annotations

from typing import Any, Callable

Best = dict[Any, tuple[int, float]]


def best_of(top: Callable[[int], list[tuple[int, float]]], article_of: Callable[[int], str],
            want: int, by_section: bool, shown: Callable[[int], bool] | None = None) -> Best:
    """The ``want`` best sections (``by_section``) or articles of the ranking ``top``;
    with ``shown``, only the documents it accepts rank their article."""
    k = want if by_section else max(want * 3, 20)
    while True:
        ranked = top(k)
        best: Best = {}
        for docnum, score in ranked:
            if shown is not None and not shown(docnum):
                continue
            best.setdefault(docnum if by_section else article_of(docnum), (docnum, score))
            if len(best) >= want:
                break
        if len(best) >= want or len(ranked) < k:
            return best
        k *= 4
