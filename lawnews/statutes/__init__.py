"""Statute citations for callers: an article's citations with the cited text, and the
articles that cite a statute article.

In:  an open index (its Whoosh index and searcher), the statute collection
     (:mod:`lawnews.index.store.statutes`) and references typed by people
     (``民事诉讼法 第二百三十七条``, ``民诉法第237条``, ``刑法``).
Out: frozen dataclasses with ``to_dict()``: :class:`CitationView` (one citation of an
     article, resolved, with the text of each article it cites), :class:`StatuteRef`
     (what a reference names) and :class:`CitedBy` (the news articles citing it, paged
     like a search). :func:`reference` turns a typed reference into a filter value, or an
     UnknownFacetError listing the laws it may have meant; :class:`StatuteArticle` is one
     statute article looked up by name (its versions, the one in force today marked, and
     how many news articles cite it).

The modules, each depending only on those above it:

- :mod:`.views`: the dataclasses given out;
- :mod:`.articles`: statute articles looked up (versions, superseded ones, the nearest);
- :mod:`.citations`: the citations of one news article, with the cited texts;
- :mod:`.cited_by`: the news articles citing a statute article or law;
- :mod:`.references`: references people type, read as a law and article;
- :mod:`.state`: what ``lawnews stats`` says of the collection.
"""

from __future__ import annotations

from .articles import (article_versions, held_law, nearest_articles, record_reference, superseded, unknown_article,
                       with_version_notes)
from .cited_by import cites_ref, citing_articles, citing_version, same_law_values, versions_cited
from .citations import COMING_INTO_FORCE_DAYS, citations_of, date_basis
from .references import expand_listed, reference, several_articles
from .state import collection_state, describe_collection
from .views import (CitationView, CitedArticle, CitedBy, StatuteArticle, StatuteRef, StatuteVersion,
                    VersionCited)

__all__ = ["CitationView", "CitedArticle", "CitedBy", "StatuteArticle", "StatuteRef", "StatuteVersion",
           "VersionCited", "article_versions", "held_law", "nearest_articles", "record_reference", "superseded",
           "unknown_article", "with_version_notes", "cites_ref", "citing_articles", "citing_version",
           "same_law_values", "versions_cited", "COMING_INTO_FORCE_DAYS", "citations_of", "date_basis",
           "expand_listed", "reference", "several_articles", "collection_state", "describe_collection"]
