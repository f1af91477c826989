"""What one pass over a query's matches gives: the totals and the documents each facet
counts, the matching sections of the copies a story does not show, and the best hits by score.

In: the matching documents (ascending docnums, and their scores to rank them), the article
(or story) of each docnum, the facet values of each docnum and the facet selection. Out: the
first section and the matching sections of each article of the selection and the documents
each facet counts (:func:`count_matches`), the sections of the copies not shown
(:func:`hidden_copies`), how many hits to rank (:func:`hits_wanted`), ``key → (docnum, score)``
of the best hits (:func:`best_scored`) and the copy each story shows (:func:`shown_article`,
:func:`shown_copy`, :func:`lead_shown`).
"""

from __future__ import annotations

import heapq
from collections import Counter
from typing import Any, Iterable

from ..index.store.schema import ignored_filters
from ..index.store.stories import Stories
from .ranking import Best, best_of


def count_matches(matched: Iterable[int], articles: list[str],
                  facet_cols: dict[str, list[tuple[str, ...]]],
                  selected: dict[str, set[str]]) -> tuple[dict[str, int], Counter[str], int, dict[str, list[int]]]:
    """One pass over the unfiltered matches: ``(first section of each article of
    the selection, its matching sections, how many sections, the documents each
    facet counts)``. Facet values are per article, so an article's first section
    stands for it; a facet's counts ignore its own selection (multi-select), so
    the user sees what else they could pick, and a region level's also those of the
    levels below it (:func:`~..index.store.schema.ignored_filters`)."""
    if not selected:  # everything counts: whole-list operations
        docs = list(matched)
        arts = list(map(articles.__getitem__, docs))
        first_doc = dict(zip(reversed(arts), reversed(docs)))  # an article's first section
        firsts = list(first_doc.values())
        return first_doc, Counter(arts), len(docs), {name: firsts for name in facet_cols}
    first_doc: dict[str, int] = {}
    sections_per_article: Counter[str] = Counter()
    n_sections = 0
    counted: dict[str, list[int]] = {name: [] for name in facet_cols}
    seen: set[str] = set()
    # the facets that count an article failing only this filter (its own, and a
    # region level's for the levels below it: ignored_filters)
    counting = {f: [name for name in facet_cols if f in ignored_filters(name)] for f in selected}

    def counting_all(failed: list[str]) -> list[str]:
        return [name for name in facet_cols if ignored_filters(name).issuperset(failed)]

    for d in matched:
        a = articles[d]
        if a in seen:
            if a in first_doc:
                sections_per_article[a] += 1
                n_sections += 1
            continue
        seen.add(a)
        failed = [name for name, sel in selected.items() if sel.isdisjoint(facet_cols[name][d])]
        if not failed:
            first_doc[a] = d
            sections_per_article[a] += 1
            n_sections += 1
            for docs in counted.values():
                docs.append(d)
        else:  # counted by each facet whose counts ignore every filter it fails
            for name in counting.get(failed[0], ()) if len(failed) == 1 else counting_all(failed):
                counted[name].append(d)
    return first_doc, sections_per_article, n_sections, counted


def hits_wanted(most: int | None, matching: int, want: int) -> int:
    """How many hits to rank: ``want``, or none when more than ``most`` match (``matching``:
    stories or articles, or sections when grouped by section), the caller then taking the
    counts alone (:meth:`.searcher.IndexSearcher.search`'s ``most``)."""
    return 0 if most is not None and matching > most else want


def best_scored(scores: dict[int, float], articles: list[str], want: int,
                 by_section: bool) -> Best:
    """The ``want`` best sections or articles of scored matches, ranked as Whoosh
    ranks them: by score, then docnum."""
    return best_of(lambda k: heapq.nsmallest(k, scores.items(), key=lambda kv: (-kv[1], kv[0])),
                   articles.__getitem__, want, by_section)


def hidden_copies(docs: Iterable[int], articles: list[str], keys: list[str], stories: Stories,
                   grouped: list[bool]) -> dict[str, int]:
    """``article → its sections among docs`` of each matching copy its story does not show
    (:func:`shown_article`): those a user cannot page to, never listed by section nor counted
    among the sections. ``docs`` are matching sections of the selection; ``keys`` the story of
    each docnum, ``grouped`` whether its article has copies."""
    found: dict[str, Counter[str]] = {}
    for d in docs:
        if grouped and grouped[d]:
            found.setdefault(keys[d], Counter())[articles[d]] += 1
    hidden: dict[str, int] = {}
    for story, per in found.items():
        if len(per) > 1:
            shown = next((a for a in stories.copies_of(story) if a in per), min(per))
            hidden.update((a, n) for a, n in per.items() if a != shown)
    return hidden


def shown_article(key: str, stories: Stories, lead_doc: Any) -> str | None:
    """The copy the story ``key`` shows: its lead when the lead matches, else its first
    matching copy in the story's order (as ``group="section"`` lists one copy of each
    story, :func:`hidden_copies`); None when none matches."""
    return next((a for a in stories.copies_of(key) if lead_doc(a) is not None), None)


def shown_copy(keys: list[str], articles: list[str], stories: Stories, lead_doc: Any) -> Any:
    """``docnum → whether it belongs to the copy its story shows`` (:func:`shown_article`):
    sorted by date, a story goes where the date it shows puts it, not where another
    copy's would."""
    def shown(docnum: int) -> bool:
        copy = shown_article(keys[docnum], stories, lead_doc)
        return copy is None or articles[docnum] == copy
    return shown


def lead_shown(key: str, hit: tuple[int, float], stories: Stories, articles: list[str],
                lead_doc: Any) -> tuple[int, float]:
    """A story's hit: the best matching document of the copy it shows (its lead when the
    lead matches, else its first matching copy in the story's order: :func:`shown_article`);
    the score stays the story's (its best copy's)."""
    docnum, score = hit
    if lead_doc is None:
        return hit
    copy = shown_article(key, stories, lead_doc)
    if copy is None or articles[docnum] == copy:
        return hit
    shown = lead_doc(copy)
    return (shown, score) if shown is not None else hit
