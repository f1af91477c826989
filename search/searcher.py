"""Searching one index: query string + facet filters → :class:`SearchResults`.

In: a Whoosh index (and the vocabulary its articles were tagged with), query strings, facet
filters and the options of a search. Out: :class:`SearchResults` (hits, totals, facet counts,
region tree), the articles and copies of the index, the matches :mod:`.landscape` counts.

:class:`IndexSearcher` keeps a Whoosh searcher open (refreshed when a writer has
committed) and, per index generation, small in-memory columns: the article and story of
every section document and the facet values of every document. With them a query is
answered in one pass: every matching section with its score, term at a time
(:mod:`.taat`) or on numpy arrays (:mod:`.columnar`), gives the totals and facet counts
(:mod:`.onepass`) and the ranking, sections grouped by article (or story) keeping the
best; then each hit's snippet (:mod:`.hits`). Facet counts count articles, not sections;
by default reposts of one story (:mod:`..index.store.stories`) are one hit and count once.
Filters and the facet values a query names are checked in :mod:`.filters`, articles and
copies looked up in :mod:`.articles`; a story is dated by its earliest matching copy
(:mod:`.story_dates`) where a date range or the year facet asks for its date.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from whoosh import query as Q
from whoosh.sorting import FieldFacet, TranslateFacet
from whoosh.index import EmptyIndexError
from whoosh.scoring import BM25F

from ..errors import IndexClosedError, IndexGoneError, VectorsNotFoundError, naming
from ..index.analysis.chinese import index_segmenter
from ..index.store.schema import FACETS
from ..index.store.source_names import source_facet
from ..index.store.stories import Stories, stories_for
from . import questions as _questions, semantic as _semantic, syntax, taat
from .articles import ArticleLookups
from .exclusion import Sections, has_exclusion, whole_articles
from .expansion import Expansion
from .filters import FacetValues, Filters
from .hits import HitMaking
from .onepass import best_scored, count_matches, hidden_copies, hits_wanted, lead_shown, shown_copy
from .query import Vocabulary, asks, parse_query
from .ranking import Best, best_of
from .related import similar_query, suggest
from .results import Hit, SearchResults
from .story_dates import StoryDating, split, test_of

if TYPE_CHECKING:
    from .columnar import Columns
    from .landscape import Matching


#: From this many section documents on, queries are answered on numpy arrays
#: (:mod:`.columnar`, imported then: a one-shot search of a small index does not pay
#: numpy's import). A long-running searcher (``long_running=True``: a server, a
#: library user with many queries) imports it when it opens and takes that path at
#: any size, where it is as fast or faster.
COLUMNAR_MIN_DOCS = 20_000


#: Sort orders: name → keyword arguments of Whoosh's ``Searcher.search``. Undated
#: articles (an empty ``date`` key) come last both ways.
SORTS: dict[str, dict[str, Any]] = {
    "relevance": {},
    "date": {"sortedby": "date", "reverse": True},  # the empty key sorts last already
    "date-asc": {"sortedby": TranslateFacet(lambda key: key or b"\xff", FieldFacet("date"))},
}


class IndexSearcher(FacetValues, ArticleLookups, HitMaking, StoryDating):
    """Answers queries over one Whoosh index (see the module docstring)."""

    #: Called with the value of a ``cites:`` clause no article of the index has, its law known:
    #: the error saying that no version of the law holds the article (set by the library,
    #: which knows the statute collection), or None when one does or news cite it.
    lacking: "Callable[[str], Exception | None] | None" = None

    def __init__(self, ix: Any, vocab: Vocabulary | None = None, *, long_running: bool = False) -> None:
        self._ix = ix
        self._vocab = vocab
        self._long_running = long_running
        if long_running:  # paid once, when the index opens, not by a query: numpy's
            from . import columnar  # noqa: F401  import, and the fast segmenter that
            index_segmenter()  # cuts queries and snippets twenty times faster
        self._searcher: Any = None
        self._columns: tuple[list[str], dict[str, list[tuple[str, ...]]]] | None = None
        self._codes: dict[str, tuple[list[int], list[tuple[str, ...]]]] = {}
        self._arrays: Columns | None = None
        self._article_docs: dict[str, list[int]] | None = None
        self._stories: tuple[list[str], Stories, list[bool]] | None = None
        self._dates: Any = None  # the date column as numbers (:meth:`matching`)
        self._days: list[int] | None = None  # the same, a list (:meth:`_day_numbers`)
        self._grouped_arr: Any = None  # whether each docnum's article has copies, an array
        self._whole: tuple[Any, dict[str, dict[str, int]]] | None = None  # (searcher, its index_facets)
        self._closed = False

    @property
    def vocabulary(self) -> Vocabulary | None:
        """What names are resolved with (the tagger: its division table and court
        directory), or None for an index searched without one."""
        return self._vocab

    # -- plumbing ---------------------------------------------------------
    def _refresh(self) -> None:
        """Move to the newest committed state; called once at the start of each public call,
        so that one answer never mixes two generations of the index."""
        if self._closed:
            raise IndexClosedError("this index is closed: open it again (lawnews.NewsIndex.open) to use it")
        try:
            if self._searcher is None:
                self._searcher = self._ix.searcher(weighting=BM25F())
                self._columns = None
            elif not self._searcher.up_to_date():
                # A fresh searcher, not refresh(): refresh() reuses segment readers
                # and can miss deletions committed to a segment it keeps.
                self._searcher.close()
                self._searcher = None
                self._searcher = self._ix.searcher(weighting=BM25F())
                self._columns = None
        except (EmptyIndexError, OSError):
            folder = getattr(getattr(self._ix, "storage", None), "folder", "its folder")
            raise IndexGoneError(f"the index at {folder} is gone (deleted or moved since it was opened):"
                                 " open it again where it is now", path=str(folder)) from None

    def _current(self) -> Any:
        """The searcher of the state this call started on."""
        if self._searcher is None:
            self._refresh()
        return self._searcher

    def _doc_columns(self) -> tuple[list[str], dict[str, list[tuple[str, ...]]]]:
        """Article id of each docnum, and facet values of each docnum per facet."""
        if self._columns is None:
            reader = self._current().reader()
            n = reader.doc_count_all()
            # Whoosh's empty reader has no columns
            articles = list(reader.column_reader("article_id")) if n else []
            facets: dict[str, list[tuple[str, ...]]] = {}
            for field in FACETS:
                values: list[tuple[str, ...]] = [()] * n
                for term in reader.lexicon(field):
                    value = term.decode("utf-8") if isinstance(term, bytes) else term
                    for d in taat.posting_ids(reader, field, term):
                        values[d] = values[d] + (value,)
                facets[field] = values
            self._columns = (articles, facets)
            self._codes = {field: _codes(values) for field, values in facets.items()}
            self._arrays = None
            self._article_docs = None
            self._stories = None
            self._dates = None
            self._days = None
            self._grouped_arr = None
        return self._columns

    def _indexed_source(self, docnum: int | None, stored: Mapping[str, Any]) -> str | None:
        """The ``source`` facet's value the index holds for ``docnum`` (what facets count and
        filters select, named when the index was built), else the stored (printed) source named
        now, as an index built before courts were named once holds it."""
        if docnum is not None:
            values = self._doc_columns()[1]["source"][docnum]
            if values:
                return values[0]
        printed = stored.get("source")
        return source_facet(printed) if printed else None

    def _story_column(self) -> tuple[list[str], Stories, list[bool]]:
        """The story id of each docnum (its article's story), the stories of this
        generation (:mod:`..index.store.stories`) and whether each docnum's article
        has copies. Without reposts the first list is the article column itself."""
        articles, _ = self._doc_columns()
        if self._stories is None:
            reader = self._current().reader()
            live = {articles[d] for d in reader.all_doc_ids()} if articles else set()
            stories = stories_for(self._ix, live)
            keys = [stories.story.get(a, a) for a in articles] if stories.story else articles
            grouped = [a in stories.story for a in articles] if stories.story else []
            self._stories = (keys, stories, grouped)
        return self._stories

    def story_of(self, article_id: str) -> str:
        """The id of the story ``article_id`` is a copy of (its lead's id; its own when it has no copies)."""
        return self._story_column()[1].story_of(article_id)

    def _day_numbers(self) -> list[int]:
        """The date of each docnum's article as ``yyyymmdd`` (0: undated), a list made once
        per index generation."""
        self._doc_columns()
        if self._days is None:
            self._days = [_day_number(v) for v in _column_values(self._current().reader(), "date")]
        return self._days

    def _day_array(self) -> Any:
        """:meth:`_day_numbers` as a numpy array (made once per index generation)."""
        from .landscape import date_numbers

        self._doc_columns()
        if self._dates is None:
            self._dates = date_numbers(_column_values(self._current().reader(), "date"))
        return self._dates

    def _grouped_array(self) -> Any:
        """Whether each docnum's article has copies, a numpy array (once per generation)."""
        import numpy as np

        grouped = self._story_column()[2]
        if self._grouped_arr is None:
            self._grouped_arr = np.array(grouped, dtype=bool) if grouped else np.zeros(
                len(self._doc_columns()[0]), dtype=bool)
        return self._grouped_arr

    def _story_facet_counts(self, field: str, docs: list[int], keys: list[str]) -> Counter[str]:
        """How many stories of ``docs`` have each value of ``field``: a story counts once
        per value any of its documents has. Documents of articles with no copy are
        counted as :meth:`_facet_counts` counts them."""
        self._doc_columns()
        codes, sets = self._codes[field]
        grouped = self._story_column()[2]
        alone = [d for d in docs if not grouped[d]]
        counts = self._facet_counts(field, alone)
        if len(alone) == len(docs):
            return counts
        per_story: dict[str, set[int]] = {}
        for d in docs:
            if grouped[d]:
                per_story.setdefault(keys[d], set()).add(codes[d])
        for found in per_story.values():
            counts.update({v for c in found for v in sets[c]})
        return counts

    def _facet_counts(self, field: str, docs: list[int]) -> Counter[str]:
        """How many of ``docs`` have each value of ``field``: counted by the code of
        each document's value set, then spread over the values (few distinct sets)."""
        self._doc_columns()
        codes, sets = self._codes[field]
        counts: Counter[str] = Counter()
        for code, n in Counter(map(codes.__getitem__, docs)).items():
            for value in sets[code]:
                counts[value] += n
        return counts

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def close(self) -> None:
        """Release the index's files; any later call raises IndexClosedError."""
        self._closed = True
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    # -- searching --------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        filters: Filters | None = None,
        limit: int = 10,
        offset: int = 0,
        group: str = "article",
        sort: str = "relevance",
        lenient: bool = False,
        explain: bool = False,
        snippet_chars: int = 160,
        semantic: bool | None = None,
        strict: bool = False,
        expand: bool = True,
        all_copies: bool = False,
        question_bank: "bool | _questions.QuestionBank" = True,
        articles: "Iterable[str] | None" = None,
        most: int | None = None,
    ) -> SearchResults:
        """Rank what matches ``query`` and ``filters`` (values of a facet OR, facets AND).

        Reposts of one story (:mod:`..index.store.stories`) give one hit by default,
        ranked by its best-matching copy and showing the story's lead when the lead
        matches (else that best copy), with ``copies`` and ``story`` set; totals and
        facet counts then count stories (a story counts once per facet value any of
        its matching copies has). ``all_copies`` gives every copy its own hit and
        counts articles.

        ``group="article"`` (the default) gives one hit per article, its best section
        shown; ``group="section"`` one hit per matching section. ``sort`` is
        ``relevance`` (BM25F), ``date`` (newest first) or ``date-asc``. A query with
        a syntax error raises QuerySyntaxError, or with ``lenient`` is repaired.
        ``explain`` adds the parsed query and each hit's score parts. Exclusion
        (``NOT x``, ``-x``) removes every article that has a section matching ``x``.
        A query that finds nothing gets a did-you-mean ``suggestion`` where a close
        variant of a word the index and the dictionary do not know finds something;
        a plain query no article fully matches is relaxed to rank the articles with
        any of its words (``relaxed=True``), unless ``strict``.

        A word also matches its taxonomy synonyms, and a named court, mechanism or
        region the articles tagged with it; ``expanded`` lists what each word was
        expanded to. ``expand=False`` matches the words typed only.

        ``semantic`` ranks by meaning as well as by words, in an index built with
        vectors (:mod:`.semantic`): the sections the words match are re-ranked by
        how close they are in meaning, and they alone are counted. ``None`` (the
        default) does so for natural-language questions in an index with vectors;
        ``True`` for any plain query, which then ranks on all its words without
        requiring each; ``True`` in an index without vectors raises
        VectorsNotFoundError.

        ``question_bank`` ranks a question on an index of the statute articles a
        question bank answers with (:mod:`.questions`) by the questions already
        answered too, and adds the articles that answer the most similar ones to the
        hits (counted like the rest): ``True`` (the default) with the shipped bank
        (or the one ``$LAWNEWS_QUESTION_BANK`` names), a :class:`~.questions.QuestionBank`
        with that bank, ``False`` never. It applies to relevance ranking only;
        ``question_bank`` in the results names the bank when it did.

        ``most``: when more than that many match (the ``total``), the results hold the
        total and the facet counts but no hits, none of them ranked or given a snippet
        (a download of every hit asks for ``limit=most``, and learns in the same pass
        that it holds too many).

        ``articles`` (ids) keeps only those articles, as a filter does. A ``cites:`` naming
        its version (``cites:"2021年民事诉讼法第二百五十二条"``) matches the citations
        resolved to that version's article (:meth:`_pin_versions`).
        """
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must be >= 0")
        if group not in ("article", "section"):
            raise ValueError("group must be 'article' or 'section'")
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}")
        started = time.perf_counter()
        self._refresh()
        typed, query = query, syntax.english_fields(query)  # 省份:湖南 → province:湖南
        flt = self.normalize_filters(filters)
        if semantic and not _semantic.has_vectors(self._ix):
            raise naming(VectorsNotFoundError(
                "this index has no sentence vectors, so it cannot rank by meaning; "
                "build it with `lawnews index --vectors`, or search without semantic=True"),
                ", or search without semantic=True")
        question = asks(query)
        by_meaning = question if semantic is None else semantic
        vocab = self._expansion(expand)
        q = self._parsed(typed, vocab, lenient=lenient, require_all=not by_meaning, articles=articles)  # as typed
        if not lenient:
            self._check_facet_values(q)
        bank = self._bank(question_bank) if question and sort == "relevance" else None
        results = self._execute(query, self._exclude(q), flt, limit, offset, group, sort, explain,
                                snippet_chars, by_meaning, all_copies, bank, most)
        if results.total == 0 and not syntax.is_everything(query) and not self._empty_selection(flt):
            suggestion = suggest(self._current(), query, lambda s: self._finds(s, flt, expand),
                                 known=self._known_word)
            if not strict and syntax.is_plain(query):
                # No article has every word: rank those with some of them, and say so.
                relaxed = self._parsed(query, vocab, lenient=lenient, require_all=False, articles=articles)
                if relaxed != q:
                    found = self._execute(query, self._exclude(relaxed), flt, limit, offset, group,
                                          sort, explain, snippet_chars, False, all_copies, None, most)
                    if found.total:
                        results = replace(found, relaxed=True)
            results = replace(results, suggestion=suggestion)
        expanded = {w: tuple(v) for w, v in vocab.expanded.items()} if vocab is not None else {}
        return replace(results, query=typed, expanded=expanded, took_ms=(time.perf_counter() - started) * 1000)

    def _parsed(self, query: str, vocab: "Expansion | None", *, lenient: bool = False, require_all: bool,
                articles: "Iterable[str] | None" = None) -> Q.Query:
        """``query`` parsed (:func:`.query.parse_query`), its ``cites:`` clauses that name a
        version pinned to it (:meth:`_pin_versions`), its ``cites:`` and ``statute:`` clauses
        matching every printed title of their law (:meth:`_every_title`), its ``file:`` clauses
        naming a file in a subfolder by its name alone (:meth:`_file_names`), kept to ``articles``
        (:meth:`_only`)."""
        q = parse_query(query, vocab, lenient=lenient, require_all=require_all)
        return self._only(self._every_title(self._pin_versions(self._file_names(q))), articles)

    def _file_names(self, q: Q.Query) -> Q.Query:
        """``q`` with each ``file:`` clause that names no file of the index as typed matching the
        files of that name in the subfolders of the indexed folder (``file:a.txt`` finds
        ``sub/a.txt``; ``file:deep/b.txt`` finds ``sub/deep/b.txt``; a ``\\`` written between
        folders read as ``/``), as results name the files by their path under that folder."""
        if isinstance(q, Q.Term) and q.fieldname == "file" and isinstance(q.text, str) and q.text:
            reader = self._current().reader()
            if reader.doc_frequency("file", q.text):
                return q
            typed = q.text.replace("\\", "/").strip("/")
            if typed != q.text and reader.doc_frequency("file", typed):
                return Q.Term("file", typed, boost=q.boost)
            from ..index.store.files import in_subfolders  # (only for a name no file of the index has)

            names = in_subfolders(reader, typed)
            if not names:
                return q
            return Q.Term("file", names[0], boost=q.boost) if len(names) == 1 else \
                Q.Or([Q.Term("file", n, boost=q.boost) for n in names])
        if q.is_leaf():
            return q
        return q.apply(self._file_names)

    def _every_title(self, q: Q.Query) -> Q.Query:
        """``q`` with each ``cites:`` and ``statute:`` clause also matching the index's values
        that print another title the statute collection reads as the same law
        (``cites:测试法第二条`` matches 《中华人民共和国测试法》第二条 too), as the ``cites=`` and
        ``statute=`` filters and cited-by select them."""
        if isinstance(q, Q.Term) and q.fieldname in ("cites", "statute"):
            from ..index.store.statutes import Collection, same_law_values

            q = self._printed_title(q)
            collection = Collection.current()
            if collection is None:
                return q
            indexed = (t.decode("utf-8") if isinstance(t, bytes) else t
                       for t in self._current().reader().lexicon(q.fieldname))
            more = same_law_values(collection, q.text, indexed, q.fieldname == "cites")
            return Q.Or([q, *(Q.Term(q.fieldname, v, boost=q.boost) for v in more)]) if more else q
        if q.is_leaf():
            return q
        return q.apply(self._every_title)

    def _printed_title(self, q: Q.Term) -> Q.Term:
        """A ``cites:``/``statute:`` clause whose law no article cites as typed, as the title the
        index's articles print that the name stands for, or the law whose title it shortens
        (检察院组织法 → 中华人民共和国人民检察院组织法, or 中华人民共和国检察院组织法 where the news
        print that), as cited-by and the filters read it; else ``q``."""
        reader = self._current().reader()
        if self._vocab is None or reader.doc_frequency(q.fieldname, q.text):
            return q
        from ..index.store.statutes import Collection, shortened

        law, _, label = q.text.rpartition(" ") if q.fieldname == "cites" else (q.text, "", "")
        known = tuple(t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon("statute"))
        found = self._vocab.resolve_citation(law, known) if law else None
        if found is None and law:  # 检察院组织法: the title it shortens (docs/statutes.md)
            short = shortened(law, Collection.current(), known)
            found = (short[0], None) if short is not None else None
        if found is None or found[0] == law:
            return q
        return Q.Term(q.fieldname, f"{found[0]} {label}" if label else found[0], boost=q.boost)

    @staticmethod
    def _only(q: Q.Query, articles: "Iterable[str] | None") -> Q.Query:
        """``q`` restricted to the articles ``articles`` names (None: all)."""
        if articles is None:
            return q
        ids = sorted(set(articles))
        return Q.And([q, Q.Or([Q.Term("article_id", a) for a in ids])]) if ids else Q.NullQuery

    def _pin_versions(self, q: Q.Query) -> Q.Query:
        """``q`` with each ``cites:`` clause that names a version (2021年民事诉讼法第二百五十二条)
        made the articles whose citation of it is resolved to that version's article
        (UnknownFacetError when the statute collection has no such version)."""
        if isinstance(q, Q.Term) and q.fieldname == "cites":
            from ..index.store.statutes import pinned_article, store_for, versioned_reference

            cited = versioned_reference(q.text)
            if cited is None:
                return q
            label = cited.articles[0].article
            _collection, law, version, _id = pinned_article(cited)  # that version lacking it: an error, as --cites
            ids = store_for(self._ix).citing(law, label, version)
            return self._only(Q.Term("cites", f"{cited.law} {label}", boost=q.boost), ids)
        if q.is_leaf():
            return q
        return q.apply(self._pin_versions)

    @staticmethod
    def _bank(question_bank: "bool | _questions.QuestionBank") -> "_questions.QuestionBank | None":
        """The question bank a search asked for (None: none)."""
        if isinstance(question_bank, _questions.QuestionBank):
            return question_bank
        return _questions.default_bank() if question_bank else None

    def _finds(self, query: str, flt: Mapping[str, tuple[str, ...]], expand: bool = True) -> bool:
        vocab = self._expansion(expand)
        full = self._filtered(self._exclude(parse_query(query, vocab, lenient=True)), flt)
        return next(iter(self._current().docs_for_query(full)), None) is not None

    def _expansion(self, expand: bool) -> "Expansion | None":
        """The vocabulary a query is read with (:class:`.expansion.Expansion`), told which
        statute articles the index's articles cite; None without a vocabulary."""
        if self._vocab is None:
            return None
        return Expansion(self._vocab, expand, cited=lambda value: bool(self._current().reader().doc_frequency("cites", value)))

    def _known_word(self, word: str) -> bool:
        """True for a word the taxonomy knows (a mechanism name, a region, a court):
        did-you-mean never corrects it."""
        vocab = self._vocab
        if vocab is None:
            return False
        if vocab.expansions(word):
            return True
        return any(start == 0 and end == len(word) for start, end, _f, _v in vocab.concepts(word))

    def _exclude(self, q: Q.Query) -> Q.Query:
        """``q`` with exclusion per article (see :mod:`.exclusion`)."""
        return whole_articles(q, self._sections_of_articles)

    def _sections_of_articles(self, sub: Q.Query) -> Sections:
        """Every section of the articles that have a section matching ``sub``."""
        articles, _ = self._doc_columns()
        names = {articles[d] for d in self._current().docs_for_query(sub)}
        return Sections([d for a in names for d in self._docs_of(a)], label=str(sub))

    def _empty_selection(self, flt: Mapping[str, tuple[str, ...]]) -> bool:
        """True when the filters alone already select nothing."""
        fq = self._filter_query(flt)
        return fq is not None and next(iter(self._current().docs_for_query(fq)), None) is None

    def similar(self, article_id: str, *, limit: int = 10, offset: int = 0,
                filters: Filters | None = None, all_copies: bool = False, within: str = "") -> SearchResults:
        """Articles like the given one ("more like this"), the article itself and its
        story's other copies excluded; ``offset`` hits skipped, as search pages; one hit per
        story, or with ``all_copies`` every copy, as :meth:`search` gives them. ``within``
        (a query, such as the ``date:`` range :func:`.syntax.with_dates` writes) keeps the
        articles it matches, their scores left as they are."""
        started = time.perf_counter()
        self._refresh()
        article = self._article(article_id)
        text = "\n".join([article.title, *(s.heading or "" for s in article.sections), article.text])
        _keys, stories, _grouped = self._story_column()
        copies = stories.copies_of(stories.story_of(article_id))
        left_out: list[Q.Query] = [Q.Term("article_id", a) for a in copies]
        if within:  # what the range does not hold is left out as the copies are, adding to no score
            left_out.append(Q.Not(self._parsed(within, None, require_all=True)))
        q = Q.AndNot(similar_query(self._current(), text), Q.Or(left_out))
        results = self._execute(f"similar:{article_id}", q, self.normalize_filters(filters),
                                limit, offset, "article", "relevance", False, 160, all_copies=all_copies)
        return replace(results, took_ms=(time.perf_counter() - started) * 1000)

    def _execute(self, query: str, q: Q.Query, flt: Mapping[str, tuple[str, ...]], limit: int,
                 offset: int, group: str, sort: str, explain: bool, snippet_chars: int,
                 by_meaning: bool = False, all_copies: bool = False,
                 bank: "_questions.QuestionBank | None" = None, most: int | None = None) -> SearchResults:
        searcher = self._current()
        full = self._filtered(q, flt)
        articles, facet_cols = self._doc_columns()
        story_keys, stories, _grouped = self._story_column()
        # what counts once: a story (reposts grouped), or every copy's article; and the hits' keys:
        # stories, or (every copy, sections) the articles themselves
        units = articles if all_copies else story_keys
        keys = articles if all_copies or group == "section" else story_keys
        lead_doc: Any = None
        selected = {name: set(values) for name, values in flt.items()}
        by_section = group == "section"
        # sections listed one copy a story: the matching sections of the copies a story does not
        # show (:func:`hidden_copies`) are left out of the ranking of the one pass
        one_copy = by_section and units is not articles
        left_out: set[int] = set()
        chosen: set[int] = set()  # with filters: the matching documents of the selection
        want = offset + limit
        vecs = (_semantic.vectors_for(self._ix, searcher)
                if by_meaning and sort == "relevance" and isinstance(q, Q.Or) else None)
        best: Best | None = None
        cosines: dict[int, float] | None = None
        suggested = (self._suggested(bank, query, vecs is not None, articles)
                     if bank is not None and sort == "relevance" and isinstance(q, Q.Or) else None)
        columns = self._columnar() if vecs is None and suggested is None else None
        found = columns.evaluate(searcher, q) if columns is not None else None
        dated = None  # stories counted: what their dates change (:mod:`.story_dates`)
        if found is not None:  # a large index: the same answer computed on whole arrays
            story = columns.story_codes(units) if units is not articles else None  # type: ignore[union-attr]
            summary = columns.summarize(found, selected, story)  # type: ignore[union-attr]
            facets = summary.facets
            if story is not None:
                dated = self._dated_story_arrays(q, selected, units, columns, found.docs)
                if dated.late:  # a story dated before the range is left out
                    from .columnar import Matches

                    kept = ~_np().isin(story[found.docs], sorted({story[self._docs_of(a)[0]] for a in dated.late}))
                    found = Matches(found.docs[kept], found.scores[kept])
                    summary = columns.summarize(found, selected, story)  # type: ignore[union-attr]
            total, n_sections, keep = summary.total, summary.sections, summary.keep
            if story is not None:  # stories: the sections of the copy each shows
                not_shown = hidden_copies((found.docs if keep is None else found.docs[keep]).tolist(),
                                           articles, units, stories, _grouped)
                n_sections -= sum(not_shown.values())
                if one_copy and not_shown:
                    out = columns.of_articles(found, not_shown)  # type: ignore[union-attr]
                    keep, left_out = ~out if keep is None else keep & ~out, set(found.docs[out].tolist())
            sections_of = summary.sections_of
            lead_doc = columns.best_doc_of(found, summary.keep)  # type: ignore[union-attr]
            want = hits_wanted(most, n_sections if by_section else total, want)
            if flt and want and total and sort != "relevance":  # the matches of the selection
                chosen = set(found.docs[summary.keep].tolist())
            if sort == "relevance" and want and total:
                best = columns.best(found, keep, want, by_section,  # type: ignore[union-attr]
                                    story if keys is not articles else None)
        else:
            # One pass, term at a time, gives every match and its score: the count, the facets
            # and the ranking come from it. A broad (OR) query's parts, and those of a query that
            # excludes, are summed as :mod:`.taat` sums them (Whoosh's top-k skipping can lose
            # AndNot matches); any other query's are added up in the order Whoosh's matchers add
            # them (``exact``), so that it ranks as Whoosh ranks it, to the last bit. A query
            # shape taat does not handle is counted with Whoosh's matchers and ranked by Whoosh.
            broad = isinstance(q, Q.Or) or has_exclusion(q)
            scores = taat.evaluate(searcher, q, exact=not broad)
            if suggested is not None and scores is not None:  # the bank's articles join the hits
                scores = {**dict.fromkeys(suggested.docs, 0.0), **scores}
            if vecs is not None and scores is not None:  # meaning ranks; dates only sort
                fused, cosines = vecs.fuse(query, scores)
                scores = fused if suggested is None else suggested.rank(scores, cosines)
            elif suggested is not None and scores is not None:
                scores = suggested.rank(scores, None)
            elif suggested is not None:
                suggested = None
            matched = sorted(scores) if scores is not None else list(searcher.docs_for_query(q))
            first_doc, per_article, n_sections, counted = count_matches(
                matched, articles, facet_cols, selected)
            if units is not articles:
                dated = self._dated_stories(q, selected, units, first_doc.values(), counted, matched)
                if dated.late:  # a story dated before the range is left out (its facet counts below)
                    late = dated.late
                    matched = [d for d in matched if units[d] not in late]
                    if scores is not None:
                        scores = {d: sc for d, sc in scores.items() if units[d] not in late}
                    first_doc, per_article, n_sections, _counted = count_matches(
                        matched, articles, facet_cols, selected)
            if units is articles:
                total = len(first_doc)
                facets = {name: dict(self._facet_counts(name, counted[name])) for name in facet_cols}
            else:
                total = len({units[d] for d in first_doc.values()})
                facets = {name: dict(self._story_facet_counts(name, counted[name], units)) for name in facet_cols}
                not_shown = hidden_copies((d for d in matched if articles[d] in first_doc),
                                           articles, units, stories, _grouped)
                n_sections -= sum(not_shown.values())
                if one_copy and not_shown:
                    left_out = {d for d in matched if articles[d] in not_shown}
            sections_of = per_article.__getitem__
            lead_doc = self._lead_doc(first_doc, scores)
            want = hits_wanted(most, n_sections if by_section else total, want)
            if flt and want and total:  # the matches of the selection, as the count found them
                chosen = {d for d in matched if articles[d] in first_doc}
            if scores is not None and sort == "relevance" and want and total:
                if flt:
                    scores = {d: sc for d, sc in scores.items() if d in chosen}
                if left_out:
                    scores = {d: sc for d, sc in scores.items() if d not in left_out}
                best = best_scored(scores, keys, want, by_section)
        if best is None and want and total:
            shown = None
            if sort != "relevance" and keys is not articles and lead_doc is not None:
                shown = shown_copy(keys, articles, stories, lead_doc)
            if dated is not None and dated.late:  # Whoosh ranks: the stories left out masked
                left_out = left_out | {d for a in _copies(stories, dated.late) for d in self._docs_of(a)}
            best = self._best_ranked(q, chosen if flt else None, keys, want, by_section, SORTS[sort], shown,
                                     left_out)
        if best and keys is not articles:
            best = {key: lead_shown(key, hit, stories, articles, lead_doc) for key, hit in best.items()}
        if dated is not None:  # a story counts in the year of its date, with a value at its first copy's
            facets = {name: _fewer(counts, dated.fewer.get(name)) for name, counts in facets.items()}
            if "year" in facets and dated.years is not None:
                facets["year"] = dict(dated.years)
        facets = {name: facet_order(name, counts) for name, counts in facets.items()}
        hits = self._hits(q, best or {}, offset, want, articles, sections_of, snippet_chars,
                          by_section, explain, cosines, stories, suggested)
        return SearchResults(
            query=query,
            regions=self.region_tree(facets),
            total=n_sections if by_section else total,
            hits=hits,
            facets=facets,
            total_sections=n_sections,
            filters=dict(flt),
            parsed=str(full) if explain else None,
            question_bank=suggested.attachment.bank.label if suggested is not None and suggested.parts else None,
            question_bank_parts=suggested.parts if suggested is not None else (),
        )

    def _suggested(self, bank: "_questions.QuestionBank", query: str, by_meaning: bool,
                   articles: list[str]) -> "_questions.Suggested | None":
        """What ``bank`` suggests for ``query`` when it applies to this index (it holds
        the bank's articles), else None."""
        attached = self._attachment(bank, articles)
        if not attached.applies:
            return None
        return attached.suggest(query, _semantic.query_vector(query) if by_meaning else None)

    def _attachment(self, bank: "_questions.QuestionBank", articles: list[str]) -> "_questions.Attachment":
        """``bank`` attached to this generation of the index (``articles``: the article id of each docnum)."""
        searcher = self._current()
        return _questions.attachment_for(searcher, bank, articles, searcher.reader().is_deleted)

    def question_bank(self) -> str | None:
        """The label of the question bank (:func:`.questions.default_bank`) that ranks
        questions on this index, or None when it does not apply here."""
        self._refresh()
        attached = self._attachment(_questions.default_bank(), self._doc_columns()[0])
        return attached.bank.label if attached.applies else None

    # -- every match, for counting by period (:mod:`.landscape`) -----------------
    def matching(self, query: str, *, filters: Filters | None = None, all_copies: bool = False,
                 expand: bool = True, strict: bool = False, lenient: bool = False,
                 semantic: bool | None = None) -> Matching:
        """The articles :meth:`search` counts for ``query`` and ``filters`` (read, expanded
        and relaxed as it reads, expands and relaxes them, with the same ``expand``,
        ``strict``, ``lenient`` and ``semantic``), for :mod:`.landscape` to count by period
        and value: what counts once is a story, or with ``all_copies`` an article."""
        import numpy as np

        from .landscape import Matching, listed as _listed

        self._refresh()
        typed, query = query, syntax.english_fields(query)  # 省份:湖南 → province:湖南, as search reads it
        flt = self.normalize_filters(filters)
        if semantic and not _semantic.has_vectors(self._ix):
            raise naming(VectorsNotFoundError(
                "this index has no sentence vectors, so it cannot rank by meaning; "
                "build it with `lawnews index --vectors`, or search without semantic=True"),
                ", or search without semantic=True")
        by_meaning = asks(query) if semantic is None else semantic
        vocab = self._expansion(expand)
        q = self._parsed(typed, vocab, lenient=lenient, require_all=not by_meaning)  # its errors as typed
        if not lenient:
            self._check_facet_values(q)
        columns = self.columns()
        days = self._day_array()
        keys = self._story_column()[0]
        units = columns.article if all_copies or keys is self._doc_columns()[0] else columns.story_codes(keys)

        def selected(q: Q.Query) -> tuple[Any, Any]:
            """The documents counted and the test of the stories' dates (:mod:`.story_dates`):
            with stories counted, those of ``q`` without its date clauses and the year, a
            story dated by its earliest; with every copy, those of ``q`` and the filters."""
            q = self._exclude(q)
            docs = self._selected(q, flt, columns)
            if units is columns.article:
                return docs, None
            rest, ranges = split(q)
            test = test_of(ranges, flt.get("year"))
            if not test or not (self._grouped_array()[docs]
                                & (self._story_first_array()[docs] < test.floor())).any():
                return docs, None  # no story has a copy before the range: each copy as it is
            return self._selected(rest, {k: v for k, v in flt.items() if k != "year"}, columns), test

        docs, test = selected(q)
        relaxed = False
        plain = syntax.is_plain(syntax.without_dates(query))  # a range trends adds leaves a query plain
        if (not _listed(docs, units, days, test) and not strict and not syntax.is_everything(query) and plain
                and not self._empty_selection(flt)):
            loose = self._parsed(query, vocab, lenient=lenient, require_all=False)
            if loose != q:
                docs, test = selected(loose)
                relaxed = _listed(docs, units, days, test)
        return Matching(np.asarray(docs, dtype=np.int64), units, columns, days, flt, relaxed,
                        self._current().stored_fields, test)

    def hits_of(self, docs: Iterable[int]) -> tuple[Hit, ...]:
        """Unscored hits of these documents (one per article, in this order), shown as
        :meth:`search` shows an article: snippet, tags, its story and copies."""
        articles, _ = self._doc_columns()
        stories = self._story_column()[1]
        best = {}
        for d in docs:
            best.setdefault(articles[d], (int(d), 0.0))
        return self._hits(Q.Every(), best, 0, len(best), articles, lambda a: len(self._docs_of(a)), 160,
                          False, False, None, stories)

    def columns(self) -> Columns:
        """The numpy columns of this generation (:mod:`.columnar`), at any size."""
        articles, _ = self._doc_columns()
        if self._arrays is None:
            from .columnar import Columns

            self._arrays = Columns(articles, self._codes)
        return self._arrays

    def _selected(self, q: Q.Query, flt: Mapping[str, tuple[str, ...]], columns: Columns) -> Any:
        """The first matching section of each article that matches ``q`` and passes the
        filters, ascending (an array)."""
        import numpy as np

        searcher = self._current()
        if isinstance(q, Q.Every):
            reader = searcher.reader()
            docs = (np.fromiter(reader.all_doc_ids(), dtype=np.int64) if reader.has_deletions()
                    else np.arange(reader.doc_count_all(), dtype=np.int64))
        else:
            found = columns.evaluate(searcher, q)
            if found is not None:
                docs = found.docs
            else:
                scores = taat.evaluate(searcher, q) if isinstance(q, Q.Or) or has_exclusion(q) else None
                docs = np.array(sorted(scores if scores is not None else searcher.docs_for_query(q)),
                                dtype=np.int64)
        _arts, first = np.unique(columns.article[docs], return_index=True)
        docs = docs[np.sort(first)]
        for name, values in flt.items():
            wanted = set(values)
            passes = np.array([not wanted.isdisjoint(s) for s in columns.sets[name]], dtype=bool)
            docs = docs[passes[columns.codes[name][docs]]]
        return docs

    def _columnar(self) -> Columns | None:
        """The numpy columns (:mod:`.columnar`) of a large index or of a long-running
        searcher; None for a small index searched once."""
        articles, _ = self._doc_columns()
        if len(articles) < COLUMNAR_MIN_DOCS and not self._long_running:
            return None
        if self._arrays is None:
            from .columnar import Columns

            self._arrays = Columns(articles, self._codes)
        return self._arrays

    def _lead_doc(self, first_doc: dict[str, int], scores: dict[int, float] | None) -> Any:
        """``article id → its best matching document in the selection`` (first matching
        when unscored), or None when it has none."""
        def of(article_id: str) -> int | None:
            first = first_doc.get(article_id)
            if first is None or scores is None:
                return first
            docs = self._docs_of(article_id)
            return max((d for d in docs if d in scores), key=lambda d: (scores[d], -d), default=first)
        return of

    def _docs_of(self, article_id: str) -> list[int]:
        """The docnums of an article's sections (a column built once per index generation)."""
        articles, _ = self._doc_columns()
        if self._article_docs is None:
            by_article: dict[str, list[int]] = {}
            for d, a in enumerate(articles):
                by_article.setdefault(a, []).append(d)
            self._article_docs = by_article
        return self._article_docs.get(article_id, [])

    def _best_ranked(self, q: Q.Query, chosen: set[int] | None, articles: list[str], want: int,
                     by_section: bool, sorting: dict[str, Any], shown: Any = None,
                     left_out: set[int] | None = None) -> Best:
        """The ``want`` best sections or articles of ``q`` among the documents ``chosen``
        (None: all) as Whoosh ranks or sorts them; with ``shown`` (see :func:`shown_copy`),
        only the documents it accepts; never those of ``left_out``."""
        searcher = self._current()
        scored = not sorting  # sorted by date: no scores
        options = {**sorting, "filter": chosen} if chosen is not None else sorting
        if left_out:
            options = {**options, "mask": left_out}

        def top(k: int) -> list[tuple[int, float]]:
            return [(d, sc if scored else 0.0) for d, sc in searcher.search(q, limit=k, **options).items()]

        return best_of(top, articles.__getitem__, want, by_section, shown)

    def index_facets(self) -> dict[str, dict[str, int]]:
        """The facet counts of the whole index (stories per value, as ``facet_counts("")``
        gives them), counted once per committed state of the index: the values a filter or
        a law's other printed titles are looked up among."""
        self._refresh()
        current = self._searcher
        if self._whole is None or self._whole[0] is not current:
            self._whole = (current, self.facet_counts("").facets)
        return self._whole[1]

    def facet_counts(self, query: str = "", *, filters: Filters | None = None,
                     all_copies: bool = False,
                     question_bank: "bool | _questions.QuestionBank" = True,
                     articles: "Iterable[str] | None" = None, expand: bool = True, strict: bool = False,
                     lenient: bool = False, semantic: bool | None = None) -> SearchResults:
        """Facet counts (matching stories per value, or articles with ``all_copies``) for
        a query, without ranking hits (``articles``, ``expand``, ``strict``, ``lenient`` and
        ``semantic`` as for :meth:`search`, so that the counts are of the stories it finds)."""
        return self.search(query, filters=filters, limit=0, all_copies=all_copies, question_bank=question_bank,
                           articles=articles, expand=expand, strict=strict, lenient=lenient, semantic=semantic)

    def region_tree(self, facets: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, Any]]:
        """Province counts with their cities' counts nested under them, and under
        ``counties`` each city's county counts."""
        tree: dict[str, dict[str, Any]] = {
            p: {"count": n, "cities": {}, "counties": {}} for p, n in facets.get("province", {}).items()
        }
        for city, n in facets.get("city", {}).items():
            province = self._vocab.city_province(city) if self._vocab else None
            if province is not None:
                tree.setdefault(province, {"count": 0, "cities": {}, "counties": {}})["cities"][city] = n
        for county, n in facets.get("county", {}).items():
            city = self._vocab.county_city(county) if self._vocab else None
            province = self._vocab.city_province(city) if city else None
            if province in tree:
                tree[province]["counties"].setdefault(city, {})[county] = n
        return tree

#: Facets whose values are listed by value, newest first, as a date histogram lists
#: its buckets (the others: largest count first, then by value).
BY_VALUE_DESC = frozenset({"year"})


def facet_order(name: str, counts: Mapping[str, int]) -> dict[str, int]:
    """``{value: count}`` of facet ``name`` in the order it is listed: years newest
    first (``2024``, ``2023`` …: a researcher reads them as a timeline), any other facet
    by count, largest first, ties by value."""
    if name in BY_VALUE_DESC:
        return dict(sorted(counts.items(), key=lambda kv: kv[0], reverse=True))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _np() -> Any:
    import numpy as np

    return np


def _copies(stories: Stories, keys: Iterable[str]) -> list[str]:
    """The articles of the stories ``keys``."""
    return [a for k in keys for a in stories.copies_of(k)]


def _fewer(counts: Mapping[str, int], fewer: "Counter[str] | None") -> dict[str, int]:
    """``counts`` less ``fewer``, the values left with none left out."""
    if not fewer:
        return dict(counts)
    out = {value: n - fewer.get(value, 0) for value, n in counts.items()}
    return {value: n for value, n in out.items() if n > 0}


def _day_number(value: Any) -> int:
    """An ISO date (``2024-03-15``) as ``20240315``; anything else 0 (undated)."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        digits = value[:4] + value[5:7] + value[8:]
        if digits.isdigit():
            return int(digits)
    return 0


def _codes(values: list[tuple[str, ...]]) -> tuple[list[int], list[tuple[str, ...]]]:
    """Each document's value set as a small number, and the value set of each number."""
    numbers: dict[tuple[str, ...], int] = {}
    codes = [numbers.setdefault(v, len(numbers)) for v in values]
    return codes, list(numbers)


def _column_values(reader: Any, field: str, missing: str = "") -> list[Any]:
    """The value of column ``field`` for every docnum of ``reader``, ``missing`` in the
    segments that have no such column (Whoosh writes a column only for a segment where
    some document has a value, and reading a reader of several segments leaves those
    out, so the values would not line up with the docnums)."""
    values: list[Any] = [missing] * reader.doc_count_all()
    for leaf, offset in reader.leaf_readers():
        if leaf.doc_count_all() and leaf.has_column(field):
            for i, value in enumerate(leaf.column_reader(field)):
                values[offset + i] = value
    return values
