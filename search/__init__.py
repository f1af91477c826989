"""The query layer: a query string and facet filters → ranked, faceted results.

In: an index built by :mod:`lawnews.index`, a query string (docs/query-language.md)
and facet filters. Out: :class:`~.results.SearchResults` (the page of hits with
their snippets, totals and facet counts) and the counts of :mod:`.landscape`.

* :mod:`.searcher` — searching one index: what the library facade calls;
* :mod:`.syntax`, :mod:`.query`, :mod:`.dates`, :mod:`.expansion`,
  :mod:`.exclusion`, :mod:`.phrase` — a query string → a Whoosh query;
* :mod:`.taat`, :mod:`.columnar` — the same matches and scores as Whoosh's, faster;
* :mod:`.ranking`, :mod:`.semantic`, :mod:`.questions` — the order of the hits;
* :mod:`.highlight`, :mod:`.evidence` — snippets, and the words that earned a tag;
* :mod:`.related` — "more like this" and "did you mean";
* :mod:`.landscape` — matches counted by period and by facet value;
* :mod:`.story_dates` — the date of a story (its earliest matching copy), as date ranges
  and the year facet take it;
* :mod:`.evaluation` — judged queries → nDCG, MRR and recall.

May import :mod:`lawnews.index`, ``lawnews.config`` and ``lawnews.errors``; never
the facade (``lawnews.api``, the CLI, the web app).
"""
