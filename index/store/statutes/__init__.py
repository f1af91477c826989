"""The statute collection, and the citations of an index resolved against it.

In:  statute records (articles whose metadata has a ``law`` and whose id or title ends
     with an article label, as in the statute corpus: ``L01913#第一条``, ``中华人民共和国刑法
     第一条``), as ``lawnews index`` reads them; the citations of news articles
     (:mod:`..tagging.citations`) as the index writer writes them.
Out: :class:`Collection`: ``statutes.sqlite`` at :func:`lawnews.config.statutes_path`
     (one per user unless ``LAWNEWS_STATUTES`` names another), every article of every
     version of every law indexed (a version is a law's ``date``; undated is one version
     too), with a fingerprint of its content; :meth:`Collection.resolve`, a citation →
     :class:`Resolution`; and :class:`CitationStore`, ``citations.sqlite`` beside an
     index: each article's citations with their resolution, written with each commit and
     resolved again when the collection changes (:func:`sync`).

Resolution (docs/statutes.md): the law by its full title (spaces, 、 and bracket forms
aside); the version in force on the news article's date (the latest version date on or
before it; an undated article gets the latest version, and says so); the article by its
label. When the text quotes the article's wording right after the citation and that
wording is not the article's (fewer than :data:`QUOTE_MATCH` of its three-character runs,
weighted by their rarity in the law), the version whose article has it is used, or none:
the text cites an older numbering (for a law with one numbering in every text news cites, :data:`ONE_TEXT`, only
wording sharing nothing with the article); an undated text gets the version whose article it quotes.
A 款 or 项 the article lacks is an older numbering too (a 第N款 alone of a one-paragraph article
whose items reach N is its 第N项), and so is a sanction the text says the
article imposes (规定处…拘留) that its text does not name; an article the text cites again is
read as one (:meth:`Collection.resolve_all`); an undated text citing an article the
versions hold differently, or a text dated before a law's only version, cannot tell which
article it means. A citation that cannot be resolved keeps its text and says why: no
collection, the law not in it, an ambiguous title, no version dated by then, a version named
for a law the collection holds undated only, a quoted wording no version has, a 款/项 or a
sanction the article lacks, an undated text and versions that differ, or an article number beyond
the law. A title the text calls a trial text (民事诉讼法（试行）) is not the law it preceded.

The modules, each depending only on those above it:

- :mod:`.labels`: the article labels of statute records and their numbers;
- :mod:`.results`: :class:`Target` and :class:`Resolution`, what resolving gives;
- :mod:`.wording`: what the words of a text show (the year an undated text prints, the
  likeness of a wording to an article's text, an article's paragraphs and items) and the
  thresholds they are read with;
- :mod:`.stored`: the collection file and its rows, read and cached;
- :mod:`.filling`: statute records written into the collection (:class:`CollectionWriter`);
- :mod:`.versions`: the version of a law by date (:meth:`Collection.version_for`), renumbering;
- :mod:`.names`: what a name no table knows may stand for (short names, abbreviations,
  a title several places' rules share);
- :mod:`.evidence`: what a text shows of an article checked against the versions' texts;
- :mod:`.resolver`: :meth:`Collection.resolve` and :meth:`Collection.resolve_all`;
- :mod:`.collection`: :class:`Collection`, one object per file (:meth:`Collection.current`);
- :mod:`.references`: references people type, checked against the collection (their errors,
  the version a year names);
- :mod:`.citations`: the citations of an index (:class:`CitationStore`, :func:`sync`).

:class:`Collection` is one class built in layers (stored → versions → evidence → resolver →
collection), each module adding the methods of its concern, so that callers keep one object
and its methods while each concern is read in a module of its own.
"""

from __future__ import annotations

from .citations import (FILE_NAME, CitationBatch, CitationStore, add_targets, live_articles, resolve_all, store_for,
                        sync, target_rows)
from .collection import Collection
from .evidence import UNDATED_DIFFER
from .filling import CHUNK, CollectionWriter, collecting
from .labels import article_number, statute_label
from .names import abbreviated, abbreviates, shared_title, shortened, shortened_note
from .references import (LONGEST, beyond_articles, longest_law, odd_article, pinned, pinned_article, same_law_values,
                         unheld_version, unknown_law, version_named, versioned_reference)
from .resolver import ONE_TEXT
from .results import Resolution, Target, Unresolved
from .stored import NO_COLLECTION, UNFINISHED, no_collection
from .versions import DATED_BY, OLDER_YEARS, RENUMBERED
from .wording import (GLOSS_PLAIN, PARAPHRASE_MARGIN, PARAPHRASE_MATCH, QUOTE_MATCH, QUOTE_PLAIN, QUOTE_SAME,
                      likeness, printed_year, said_by)

__all__ = ["FILE_NAME", "CitationBatch", "CitationStore", "add_targets", "live_articles", "resolve_all", "store_for",
           "sync", "target_rows", "Collection", "UNDATED_DIFFER", "CHUNK", "CollectionWriter", "collecting",
           "article_number", "statute_label", "abbreviated", "abbreviates", "shared_title", "shortened",
           "shortened_note", "LONGEST", "beyond_articles", "longest_law", "odd_article", "pinned", "pinned_article",
           "same_law_values", "unheld_version", "unknown_law", "version_named", "versioned_reference", "ONE_TEXT",
           "Resolution", "Target", "Unresolved", "NO_COLLECTION", "UNFINISHED", "no_collection", "DATED_BY", "OLDER_YEARS",
           "RENUMBERED", "GLOSS_PLAIN", "PARAPHRASE_MARGIN", "PARAPHRASE_MATCH", "QUOTE_MATCH", "QUOTE_PLAIN",
           "QUOTE_SAME", "likeness", "printed_year", "said_by"]
