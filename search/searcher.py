"""Searching one index: query string + facet filters → :class:`SearchResults`.

:class:`IndexSearcher` keeps a Whoosh searcher open (refreshed when a writer has
committed) and, per index generation, two small in-memory columns: the article of
every section document and the facet values of every document. With them a query
is answered in four steps: find every matching section (unscored) for the totals
and the facet counts, rank sections with BM25F, group them by article keeping the
best section, and build each hit's snippet. Facet counts count articles, not sections;
by default reposts of one story (:mod:`..index.store.stories`) are one hit and count once.
"""

from __future__ import annotations

import difflib
import heapq
import time
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from whoosh import query as Q
from whoosh.sorting import FieldFacet, TranslateFacet
from whoosh.index import EmptyIndexError
from whoosh.scoring import BM25F

from ..errors import (ArticleNotFoundError, IndexClosedError, IndexGoneError, UnknownFacetError,
                      VectorsNotFoundError, naming)
from ..index.analysis.chinese import index_segmenter
from ..index.documents import Article, Section, Tags
from ..index.store.schema import FACET_FIELDS, FACETS, ignored_filters
from ..index.store.source_names import source_facet
from ..index.store.stories import Stories, stories_for
from . import evidence as _evidence
from .highlight import find_matches, merge, tagged_snippet
from .phrase import ExactPhrase
from . import questions as _questions, semantic as _semantic, syntax, taat
from .exclusion import Sections, has_exclusion, whole_articles
from .expansion import Expansion
from .query import Vocabulary, parse_query, query_terms
from .ranking import Best, best_of
from .related import similar_query, suggest
from .closest import closest, closest_name, same_place_courts
from .results import Copy, Hit, SearchResults

if TYPE_CHECKING:
    from .columnar import Columns
    from .landscape import Matching

#: Keywords other search APIs page with, which the facet filters would take for a facet.
_PAGING = frozenset({"page", "per_page", "page_size", "size", "rows", "from_"})
Filters = Mapping[str, "str | Iterable[str] | None"]

#: From this many section documents on, queries are answered on numpy arrays
#: (:mod:`.columnar`, imported then: a one-shot search of a small index does not pay
#: numpy's import). A long-running searcher (``long_running=True``: a server, a
#: library user with many queries) imports it when it opens and takes that path at
#: any size, where it is as fast or faster.
COLUMNAR_MIN_DOCS = 20_000

#: The other region levels a value unknown at one level is looked for at, nearest first,
#: to say which filter names it (广州 given as a province is a city).
_OTHER_LEVELS = {"province": ("city", "county"), "city": ("province",), "county": ("city", "province")}

#: Sort orders: name → keyword arguments of Whoosh's ``Searcher.search``. Undated
#: articles (an empty ``date`` key) come last both ways.
SORTS: dict[str, dict[str, Any]] = {
    "relevance": {},
    "date": {"sortedby": "date", "reverse": True},  # the empty key sorts last already
    "date-asc": {"sortedby": TranslateFacet(lambda key: key or b"\xff", FieldFacet("date"))},
}


class IndexSearcher:
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

    # -- filters ----------------------------------------------------------
    def normalize_filters(self, filters: Filters | None) -> dict[str, tuple[str, ...]]:
        """Canonical facet values per facet; UnknownFacetError for unknown names or values."""
        out: dict[str, tuple[str, ...]] = {}
        for name, raw in (filters or {}).items():
            if raw is None or raw == [] or raw == ():
                continue
            if name not in FACETS:
                paging = ("; hits are paged with limit= and offset= (page 2 of 10 a page: limit=10, offset=10)"
                          if name in _PAGING else "")
                meant = closest_name(name, FACETS) if not paging else None
                near = f" (did you mean {meant}=?)" if meant else ""
                raise UnknownFacetError(f"unknown facet {name!r}{near}; facets are {', '.join(FACETS)}{paging}",
                                        argument=name, value=name, known=tuple(FACETS))
            values = [raw] if isinstance(raw, (str, int)) else list(raw)
            out[name] = tuple(self._canonical(name, str(v)) for v in values)
        return out

    def _canonical(self, facet: str, value: str) -> str:
        """The indexed form of ``value``; UnknownFacetError naming the values the
        index has when it is neither in the index nor (tag facets) in the taxonomy."""
        value = value.strip()
        reader = self._current().reader()
        if reader.doc_frequency(facet, value):
            return value
        for other in _other_forms(facet, value):  # 《人民法院报》, rmfyb; ２０２４
            if reader.doc_frequency(facet, other):
                return other
        canonical = self._vocab.resolve(facet, value) if self._vocab and facet in FACET_FIELDS else None
        if canonical is None:
            ambiguous(self._vocab, facet, value)
            if facet == "city" and self._vocab and (county := self._vocab.resolve("county", value)):
                raise UnknownFacetError(f"{value!r} is no city but a county-level unit; filter by county: {county}",
                                        argument=facet, facet=facet, value=value, known=(county,))
            for level in _OTHER_LEVELS.get(facet, ()) if self._vocab else ():  # 广州 as a province
                if other := self._vocab.resolve(level, value):
                    raise UnknownFacetError(f"{value!r} is no {facet} but a {level}; filter by {level}: {other}",
                                            argument=facet, facet=facet, value=value, known=(other,))
            if facet == "court_level":
                from ..index.tagging.directory import LEVELS as LEVEL_NAMES, LEVELS_SAID

                raise UnknownFacetError(f"unknown court_level {value!r}; a court level is one of {LEVELS_SAID}",
                                        argument=facet, facet=facet, value=value, known=LEVEL_NAMES)
            known = [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(facet)]
            if facet == "court":
                self._closest_courts(value, known)
                if known:  # nothing spelt alike: the courts of the place and level it names, or none
                    self._same_place_courts(value, known)
            if not known:
                raise UnknownFacetError(f"unknown {facet} {value!r}; no article in this index has a {facet}",
                                        argument=facet, facet=facet, value=value)
            if len(known) <= 12:
                close = known
            elif facet == "year" and value.isdigit():  # the years nearest in time, not in spelling
                close = sorted((k for k in known if k.isdigit()), key=lambda k: (abs(int(k) - int(value)), k))[:5]
            else:
                close = difflib.get_close_matches(value, known, n=5, cutoff=0.3)
            if close:
                listed = ", ".join(close) + (f" (of {len(known)})" if len(close) < len(known) else "")
                raise UnknownFacetError(f"unknown {facet} {value!r}; {facet} values in this index: {listed}",
                                        argument=facet, facet=facet, value=value, known=tuple(close))
            # nothing spelt alike: the values most articles carry, so that the user sees what there is
            common = sorted(known, key=lambda k: (-reader.doc_frequency(facet, k), k))[:5]
            raise UnknownFacetError(f"unknown {facet} {value!r}; the {facet} values of most articles in this index:"
                                    f" {', '.join(common)} (of {len(known)})",
                                    argument=facet, facet=facet, value=value, known=tuple(common))
        return canonical

    def _closest_courts(self, value: str, known: list[str]) -> None:
        """UnknownFacetError naming the courts whose names (full, alias or short form, as
        the court directory gives them) are spelt most like ``value``: those some article
        of the index names, then the directory's others; nothing when none is alike."""
        names = getattr(self._vocab, "court_names", None)
        close = closest(value, names() if names is not None else {}, known)
        if not close:
            return
        held = [c for c in close if c in set(known)]
        other = [c for c in close if c not in held]
        said = [f"court values in this index spelt like it: {', '.join(held)}"] if held else []
        if other:
            said.append(f"{'other ' if held else ''}courts spelt like it, in no article of this index: {', '.join(other)}")
        raise UnknownFacetError(f"unknown court {value!r}; {'; '.join(said)}", argument="court", facet="court",
                                value=value, known=tuple(close))

    def _same_place_courts(self, value: str, known: list[str]) -> None:
        """UnknownFacetError naming the index's courts of the level ``value`` names whose
        place is spelt like the place it names; else one saying that no court is named
        like it (no list of courts that merely share 法院 or 中院)."""
        close = same_place_courts(value, known)
        if close:
            raise UnknownFacetError(f"unknown court {value!r}; court values in this index of a place spelt like"
                                    f" it, at its level: {', '.join(close)}", argument="court", facet="court",
                                    value=value, known=tuple(close))
        raise UnknownFacetError(f"unknown court {value!r}; no court of this index ({len(known)} courts) or of the"
                                " court directory is named like it", argument="court", facet="court", value=value)

    def _check_facet_values(self, q: Q.Query, in_list: bool = False) -> None:
        """UnknownFacetError for a ``field:value`` clause of a facet whose value is neither
        in the index nor a name the tagger knows (``province:火星``), as for a filter; a
        ``cites:`` article no version of its law holds and none cites, the error of
        :attr:`lacking`, when it is alone or when every article of its list (``in_list``) is."""
        if isinstance(q, Q.Term) and q.fieldname in ("statute", "cites"):
            if not self._current().reader().doc_frequency(q.fieldname, q.text):
                from ..index.store.statutes import beyond_articles

                if (beyond := beyond_articles(q.text)) is not None:  # cites:刑法第9999条, as --cites says
                    raise beyond
                from .query import _listed_articles

                listed = _listed_articles(q.text) if q.fieldname == "cites" else None  # 刑法 313-300: backwards
                if listed:  # cites:"刑法 300-313": the law of its articles
                    self._check_law(listed[0].rsplit(" ", 1)[0])
                    return
                self._check_law(q.text if q.fieldname == "statute" else q.text.rsplit(" ", 1)[0])
                if q.fieldname == "cites" and self.lacking is not None and not in_list:
                    if (lacking := self.lacking(q.text)) is not None:  # cites:刑法第999条: the nearest articles
                        raise lacking
        elif isinstance(q, Q.Term) and q.fieldname in FACET_FIELDS:
            if not self._current().reader().doc_frequency(q.fieldname, q.text):
                self._canonical(q.fieldname, q.text)
        elif not q.is_leaf():
            subs = list(q.children())
            cited = [sub for sub in subs if isinstance(sub, Q.Term) and sub.fieldname == "cites"]
            in_list = isinstance(q, Q.Or) and len(cited) > 1 and len(cited) == len(subs)  # cites:刑法 313 999
            for sub in subs:
                self._check_facet_values(sub, in_list)
            if in_list and self.lacking is not None:
                reader = self._current().reader()
                errors = [None if reader.doc_frequency("cites", sub.text) else self.lacking(sub.text) for sub in cited]
                if all(errors):
                    raise errors[0]  # type: ignore[misc]

    def _check_law(self, law: str) -> None:
        """UnknownFacetError for a ``statute:``/``cites:`` clause naming a law that neither
        the law-name table, the index nor the statute collection knows, as for the filter."""
        if self._vocab is None:
            return
        from ..index.store.statutes import Collection, shortened, unknown_law

        known = [t.decode("utf-8") if isinstance(t, bytes) else t
                 for t in self._current().reader().lexicon("statute")]
        if self._vocab.resolve_citation(law, tuple(known)) is not None:
            return
        collection = Collection.current()
        if collection is not None and collection.law(law):
            return
        if shortened(law, collection, known) is not None:  # 检察院组织法, read as _printed_title reads it
            return
        raise unknown_law(law, [*getattr(self._vocab, "law_names", list)(), *known], collection)

    @staticmethod
    def _filter_query(filters: Mapping[str, tuple[str, ...]]) -> Q.Query | None:
        parts = [Q.Or([Q.Term(name, v) for v in values]) for name, values in filters.items()]
        return Q.And(parts) if parts else None

    def _filtered(self, q: Q.Query, filters: Mapping[str, tuple[str, ...]]) -> Q.Query:
        """``q`` restricted to the filters' selection."""
        fq = self._filter_query(filters)
        return Q.And([q, fq]) if fq is not None else q

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
        question = syntax.is_question(query)
        by_meaning = question if semantic is None else semantic
        vocab = self._expansion(expand)
        q = self._parsed(query, vocab, lenient=lenient, require_all=not by_meaning, articles=articles)
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
        matching every printed title of their law (:meth:`_every_title`), kept to ``articles``
        (:meth:`_only`)."""
        q = parse_query(query, vocab, lenient=lenient, require_all=require_all)
        return self._only(self._every_title(self._pin_versions(q)), articles)

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
        # show (:func:`_hidden_copies`) are left out of the ranking of the one pass
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
        if found is not None:  # a large index: the same answer computed on whole arrays
            story = columns.story_codes(units) if units is not articles else None  # type: ignore[union-attr]
            summary = columns.summarize(found, selected, story)  # type: ignore[union-attr]
            total, n_sections, facets, keep = summary.total, summary.sections, summary.facets, summary.keep
            if story is not None:  # stories: the sections of the copy each shows
                not_shown = _hidden_copies((found.docs if keep is None else found.docs[keep]).tolist(),
                                           articles, units, stories, _grouped)
                n_sections -= sum(not_shown.values())
                if one_copy and not_shown:
                    out = columns.of_articles(found, not_shown)  # type: ignore[union-attr]
                    keep, left_out = ~out if keep is None else keep & ~out, set(found.docs[out].tolist())
            sections_of = summary.sections_of
            lead_doc = columns.best_doc_of(found, summary.keep)  # type: ignore[union-attr]
            want = _within(most, n_sections if by_section else total, want)
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
            first_doc, per_article, n_sections, counted = self._count_matches(
                matched, articles, facet_cols, selected)
            if units is articles:
                total = len(first_doc)
                facets = {name: dict(self._facet_counts(name, counted[name])) for name in facet_cols}
            else:
                total = len({units[d] for d in first_doc.values()})
                facets = {name: dict(self._story_facet_counts(name, counted[name], units)) for name in facet_cols}
                not_shown = _hidden_copies((d for d in matched if articles[d] in first_doc),
                                           articles, units, stories, _grouped)
                n_sections -= sum(not_shown.values())
                if one_copy and not_shown:
                    left_out = {d for d in matched if articles[d] in not_shown}
            sections_of = per_article.__getitem__
            lead_doc = self._lead_doc(first_doc, scores)
            want = _within(most, n_sections if by_section else total, want)
            if flt and want and total:  # the matches of the selection, as the count found them
                chosen = {d for d in matched if articles[d] in first_doc}
            if scores is not None and sort == "relevance" and want and total:
                if flt:
                    scores = {d: sc for d, sc in scores.items() if d in chosen}
                if left_out:
                    scores = {d: sc for d, sc in scores.items() if d not in left_out}
                best = _best_scored(scores, keys, want, by_section)
        if best is None and want and total:
            shown = None
            if sort != "relevance" and keys is not articles and lead_doc is not None:
                shown = _shown_copy(keys, articles, stories, lead_doc)
            best = self._best_ranked(q, chosen if flt else None, keys, want, by_section, SORTS[sort], shown,
                                     left_out)
        if best and keys is not articles:
            best = {key: _lead_shown(key, hit, stories, articles, lead_doc) for key, hit in best.items()}
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

        from .landscape import Matching, date_numbers

        self._refresh()
        query = syntax.english_fields(query)  # 省份:湖南 → province:湖南, as search reads it
        flt = self.normalize_filters(filters)
        if semantic and not _semantic.has_vectors(self._ix):
            raise naming(VectorsNotFoundError(
                "this index has no sentence vectors, so it cannot rank by meaning; "
                "build it with `lawnews index --vectors`, or search without semantic=True"),
                ", or search without semantic=True")
        by_meaning = syntax.is_question(query) if semantic is None else semantic
        vocab = self._expansion(expand)
        q = self._parsed(query, vocab, lenient=lenient, require_all=not by_meaning)
        if not lenient:
            self._check_facet_values(q)
        columns = self.columns()
        docs = self._selected(self._exclude(q), flt, columns)
        relaxed = False
        plain = syntax.is_plain(syntax.without_dates(query))  # a range trends adds leaves a query plain
        if (not len(docs) and not strict and not syntax.is_everything(query) and plain
                and not self._empty_selection(flt)):
            loose = self._parsed(query, vocab, lenient=lenient, require_all=False)
            if loose != q:
                docs = self._selected(self._exclude(loose), flt, columns)
                relaxed = bool(len(docs))
        if self._dates is None:
            reader = self._current().reader()
            self._dates = date_numbers(_column_values(reader, "date"))
        keys = self._story_column()[0]
        units = columns.article if all_copies or keys is self._doc_columns()[0] else columns.story_codes(keys)
        return Matching(np.asarray(docs, dtype=np.int64), units, columns, self._dates, flt, relaxed,
                        self._current().stored_fields)

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

    @staticmethod
    def _count_matches(matched: Iterable[int], articles: list[str],
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

    def _best_ranked(self, q: Q.Query, chosen: set[int] | None, articles: list[str], want: int,
                     by_section: bool, sorting: dict[str, Any], shown: Any = None,
                     left_out: set[int] | None = None) -> Best:
        """The ``want`` best sections or articles of ``q`` among the documents ``chosen``
        (None: all) as Whoosh ranks or sorts them; with ``shown`` (see :func:`_shown_copy`),
        only the documents it accepts; never those of ``left_out``."""
        searcher = self._current()
        scored = not sorting  # sorted by date: no scores
        options = {**sorting, "filter": chosen} if chosen is not None else sorting
        if left_out:
            options = {**options, "mask": left_out}

        def top(k: int) -> list[tuple[int, float]]:
            return [(d, sc if scored else 0.0) for d, sc in searcher.search(q, limit=k, **options).items()]

        return best_of(top, articles.__getitem__, want, by_section, shown)

    def _hits(self, q: Q.Query, best: Best, offset: int,
              want: int, articles: list[str], sections_of: Any, snippet_chars: int,
              by_section: bool, explain: bool, cosines: dict[int, float] | None,
              stories: Stories | None = None,
              suggested: "_questions.Suggested | None" = None) -> tuple[Hit, ...]:
        """The hits ranked ``offset + 1`` to ``want`` of ``best``, with snippets."""
        searcher = self._current()
        terms, phrases = query_terms(q, ("text",))  # a word asked in the title only is highlighted nowhere
        heading_terms, heading_phrases = query_terms(q, ("heading",))
        tags = _evidence.tag_terms(q) if self._vocab is not None else ()
        hits = []
        ranked = list(best.values())[offset:want]
        for rank, (docnum, score) in enumerate(ranked, offset + 1):
            article_id = articles[docnum]
            stored = searcher.stored_fields(docnum)
            text = stored.get("text") or ""
            heading = stored.get("heading")
            why = self._tag_evidence(tags, stored, text, heading)
            snip, hl, tag_hl = tagged_snippet(text, terms, phrases, snippet_chars, why)
            section_hl: tuple[tuple[int, int], ...] = ()
            if heading:
                section_hl = tuple(find_matches(heading, heading_terms, heading_phrases))
                if why is not None and not tag_hl:  # the tag's words only in the heading
                    found = why(heading)
                    section_hl = tuple(merge(list(section_hl) + [(a, b) for a, b, _t in found]))
            story = stories.story_of(article_id) if stories is not None else article_id
            hits.append(Hit(
                rank=rank,
                article_id=article_id,
                score=float(score),
                title=stored.get("title", ""),
                file=stored.get("file", ""),
                section=stored.get("heading"),
                section_no=stored.get("section_no", 0),
                snippet=snip,
                highlights=hl,
                tag_highlights=tag_hl,
                section_highlights=section_hl,
                date=stored.get("date"),
                source=self._indexed_source(docnum, stored),
                source_printed=stored.get("source"),
                matched_sections=1 if by_section else sections_of(article_id),
                explanation=(score_parts(searcher, q, docnum) + _meaning(cosines, docnum)
                             + (suggested.explain(docnum) if suggested is not None else ())) if explain else (),
                story=story,
                copies=len(stories.copies_of(story)) if stories is not None else 1,
                **_stored_tags(stored),
            ))
        return tuple(hits)

    def _tag_evidence(self, tags: tuple[tuple[str, str, frozenset[str]], ...], stored: Mapping[str, Any],
                      text: str, heading: str | None) -> Any:
        """What finds, in a text, the words that earned this hit the query's tags
        (:mod:`.evidence`): for each tag the hit has whose words typed are neither in
        its text nor in its heading. None when there is none."""
        wanted = [(f, v) for f, v, words in tags
                  if v in (stored.get(f) or "").split(",")
                  and _evidence.needed(text, words) and _evidence.needed(heading or "", words)]
        if not wanted:
            return None
        vocab = self._vocab

        def why(part: str) -> list[tuple[int, int, str]]:
            return [span for f, v in wanted for span in _evidence.find(vocab, part, f, v)]

        return why

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

    # -- documents --------------------------------------------------------
    def article(self, article_id: str) -> Article:
        """The stored article with this id; ArticleNotFoundError if there is none."""
        self._refresh()
        return self._article(article_id)

    def _article(self, article_id: str) -> Article:
        docs = sorted(self._current().documents(article_id=article_id), key=lambda d: d["section_no"])
        if not docs:
            raise self._not_found(article_id)
        head = docs[0]
        extra = head.get("article") or {}
        return Article(
            id=article_id,
            file=head.get("file", ""),
            title=head.get("title", ""),
            sections=tuple(Section(d.get("heading"), d.get("text", "")) for d in docs),
            ordinal=head.get("ordinal", 1),
            title_is_fallback=bool(extra.get("title_is_fallback")),
            subtitle=extra.get("subtitle"),
            byline=extra.get("byline"),
            captions=tuple(extra.get("captions") or ()),
            date=head.get("date"),
            source=head.get("source"),
            tags=Tags(**{attr: tuple(v) for attr, v in _stored_tags(head).items()}),
            meta=extra.get("meta") or {},
        )

    def _not_found(self, article_id: str) -> ArticleNotFoundError:
        """The error for an id the index lacks; where it names a file whose articles
        the index holds (``court_page`` for ``court_page#1``), saying how they are numbered."""
        hint = ""
        offered: list[str] = []  # the ids the hint names, for a caller to link
        searcher = self._current()
        from ..index.analysis.fold import fold

        typed = fold(article_id).strip()  # copied with a space at an end, or typed with a full-width ＃
        if typed != article_id and searcher.document_number(article_id=typed) is not None:
            hint, offered = f"; did you mean {typed!r}?", [typed]
        elif "#" not in article_id and searcher.document_number(article_id=f"{article_id}#1") is not None:
            several = searcher.document_number(article_id=f"{article_id}#2") is not None
            hint = (f"; the articles of that file are {article_id}#1, #2 …" if several
                    else f"; the one article of that file is {article_id}#1")
            offered = [f"{article_id}#1", f"{article_id}#2"] if several else [f"{article_id}#1"]
        elif named := self._articles_of_file(searcher, article_id.strip()):  # a001.txt, as a hit names its file
            hint = (f"; that is a file: its article is {named[0]}" if len(named) == 1
                    else f"; that is a file: its articles are {', '.join(named[:5])}" + (" …" if len(named) > 5 else ""))
            offered = named[:5]
        elif "#" in article_id and (named := self._articles_of_file(searcher, None, article_id.rsplit("#", 1)[0])):
            hint = (f"; {article_id.rsplit('#', 1)[0]} has " + (f"one article, {named[0]}" if len(named) == 1
                    else f"{len(named)} articles, {named[0]} to {named[-1]}"))
            offered = [named[0], named[-1]] if len(named) > 1 else named[:1]
        elif "/" not in article_id:  # typed without its folder (a052#1 for tags/a052#1)
            tail = f"/{article_id if '#' in article_id else article_id + '#1'}".encode("utf-8")
            found = [t.decode("utf-8") for t in searcher.reader().lexicon("article_id") if t.endswith(tail)]
            if found:
                hint, offered = f"; did you mean {', '.join(sorted(found)[:5])}?", sorted(found)[:5]
        return ArticleNotFoundError(f"no article with id {article_id!r} in the index{hint}", article_ids=(article_id,),
                                    offered=tuple(offered))

    @staticmethod
    def _articles_of_file(searcher: Any, file: str | None, stem: str | None = None) -> list[str]:
        """The ids of the articles of the file ``file`` (as hits name it), or of the
        articles numbered ``stem#1``, ``stem#2`` …, in their order."""
        docs = searcher.document_numbers(file=file) if file is not None else _while_found(searcher, stem or "")
        ids = {searcher.stored_fields(n).get("article_id") for n in docs}
        return sorted((i for i in ids if i), key=lambda i: (len(i), i))

    def copies(self, article_id: str) -> tuple[Copy, ...]:
        """The copies of the story of an article, lead first (the article alone when it
        has no repost); ArticleNotFoundError if there is no such article."""
        self._refresh()
        searcher = self._current()
        if searcher.document_number(article_id=article_id) is None:
            raise self._not_found(article_id)
        _keys, stories, _grouped = self._story_column()
        story = stories.story_of(article_id)
        out = []
        for aid in stories.copies_of(story):
            docnum = searcher.document_number(article_id=aid)
            stored = searcher.stored_fields(docnum) if docnum is not None else {}
            printed = stored.get("source")
            out.append(Copy(aid, stored.get("title", ""), stored.get("file", ""), stored.get("date"),
                            self._indexed_source(docnum, stored), lead=aid == story, source_printed=printed))
        return tuple(out)

    def articles(self) -> Iterator[Article]:
        """Every article in the index, in index order. The ids are those of the index
        when the iteration starts; an article removed before it is reached is skipped."""
        self._refresh()
        articles, _ = self._doc_columns()
        ids = list(dict.fromkeys(articles[d] for d in self._current().reader().all_doc_ids()))
        for article_id in ids:
            try:
                yield self._article(article_id)
            except ArticleNotFoundError:
                continue

    def counts(self) -> tuple[int, int]:
        """``(articles, sections)`` in the index now."""
        self._refresh()
        articles, _ = self._doc_columns()
        reader = self._current().reader()
        live = {articles[d] for d in reader.all_doc_ids()}
        return len(live), reader.doc_count()


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


def ambiguous(vocab: Any, facet: str, value: str) -> None:
    """UnknownFacetError saying ``value`` is ambiguous when it may name several cities or
    counties (``Taizhou``: 泰州市 (江苏省) or 台州市 (浙江省)), listing them; else nothing."""
    candidates = getattr(vocab, "candidates", None)
    found = candidates(facet, value) if candidates is not None else ()
    if found:
        listed = " or ".join(f"{name} ({province})" for name, province in found)
        raise UnknownFacetError(f"ambiguous {facet} {value!r}: it may name {listed}; write the one you mean",
                                argument=facet, facet=facet, value=value, known=tuple(name for name, _p in found))


def score_parts(searcher: Any, q: Q.Query, docnum: int) -> tuple[tuple[str, str, float], ...]:
    """``(field, term, score)`` of each query leaf that matches ``docnum``, largest first;
    a leaf inside a boosted group (``(执行 OR 拍卖)^2``) scores with the group's boost."""
    parts = []
    for leaf, boost in _boosted_leaves(q):
        if isinstance(leaf, Q.Not) or leaf.field() is None and not isinstance(leaf, ExactPhrase):
            continue
        try:
            m = leaf.matcher(searcher, searcher.context())
        except Exception:  # a leaf over a term the index lacks
            continue
        if m.is_active():
            m.skip_to(docnum)
        if m.is_active() and m.id() == docnum:
            if isinstance(leaf, ExactPhrase):  # the phrase's BM25 in each field it is in
                parts += [(f, f'"{leaf.text}"', sc * boost) for f, sc in leaf.explain(searcher, docnum).items()]
                continue
            text = leaf.text if isinstance(getattr(leaf, "text", None), str) else str(leaf)
            parts.append((leaf.field() or "*", text, float(m.score()) * boost))
    return tuple(sorted(parts, key=lambda p: -p[2]))


def _boosted_leaves(q: Q.Query, boost: float = 1.0) -> Iterator[tuple[Q.Query, float]]:
    """Each leaf of ``q`` (a ``Not`` as one) with the product of the boosts of the
    groups above it (a leaf's own boost is in its score)."""
    if q.is_leaf() or isinstance(q, Q.Not):
        yield q, boost
        return
    inner = boost * getattr(q, "boost", 1.0) if isinstance(q, Q.CompoundQuery) else boost
    for child in q.children():
        yield from _boosted_leaves(child, inner)


def _within(most: int | None, matching: int, want: int) -> int:
    """How many hits to rank: ``want``, or none when more than ``most`` match (``matching``:
    stories or articles, or sections when grouped by section), the caller then taking the
    counts alone (:meth:`IndexSearcher.search`'s ``most``)."""
    return 0 if most is not None and matching > most else want


def _best_scored(scores: dict[int, float], articles: list[str], want: int,
                 by_section: bool) -> Best:
    """The ``want`` best sections or articles of scored matches, ranked as Whoosh
    ranks them: by score, then docnum."""
    return best_of(lambda k: heapq.nsmallest(k, scores.items(), key=lambda kv: (-kv[1], kv[0])),
                   articles.__getitem__, want, by_section)


def _hidden_copies(docs: Iterable[int], articles: list[str], keys: list[str], stories: Stories,
                   grouped: list[bool]) -> dict[str, int]:
    """``article → its sections among docs`` of each matching copy its story does not show
    (:func:`_shown_article`): those a user cannot page to, never listed by section nor counted
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


def _shown_article(key: str, stories: Stories, lead_doc: Any) -> str | None:
    """The copy the story ``key`` shows: its lead when the lead matches, else its first
    matching copy in the story's order (as ``group="section"`` lists one copy of each
    story, :func:`_hidden_copies`); None when none matches."""
    return next((a for a in stories.copies_of(key) if lead_doc(a) is not None), None)


def _shown_copy(keys: list[str], articles: list[str], stories: Stories, lead_doc: Any) -> Any:
    """``docnum → whether it belongs to the copy its story shows`` (:func:`_shown_article`):
    sorted by date, a story goes where the date it shows puts it, not where another
    copy's would."""
    def shown(docnum: int) -> bool:
        copy = _shown_article(keys[docnum], stories, lead_doc)
        return copy is None or articles[docnum] == copy
    return shown


def _lead_shown(key: str, hit: tuple[int, float], stories: Stories, articles: list[str],
                lead_doc: Any) -> tuple[int, float]:
    """A story's hit: the best matching document of the copy it shows (its lead when the
    lead matches, else its first matching copy in the story's order: :func:`_shown_article`);
    the score stays the story's (its best copy's)."""
    docnum, score = hit
    if lead_doc is None:
        return hit
    copy = _shown_article(key, stories, lead_doc)
    if copy is None or articles[docnum] == copy:
        return hit
    shown = lead_doc(copy)
    return (shown, score) if shown is not None else hit


def _meaning(cosines: dict[int, float] | None, docnum: int) -> tuple[tuple[str, str, float], ...]:
    """The score part of the vectors: ``("vector", model, cosine)``, when they ranked."""
    if cosines is None:
        return ()
    return (("vector", _semantic.MODEL, cosines.get(docnum, 0.0)),)


def _stored_tags(stored: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    return {
        attr: tuple(v for v in (stored.get(name) or "").split(",") if v)
        for name, attr in FACET_FIELDS.items()
    }


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


def _other_forms(facet: str, value: str) -> list[str]:
    """The forms under which ``value`` may be indexed: folded (full-width digits and
    letters narrowed, traditional characters simplified); a year without its 年
    (``2024年``); a court level as people write it (中院, 高院, 基层法院, see
    :func:`..index.tagging.directory.level_named`); for ``source``, the
    canonical outlet name (``《人民法院报》``, ``rmfyb`` → ``人民法院报``, as indexing names it)
    and a court's name for its short form (``株洲中院`` → ``株洲市中级人民法院``)."""
    from ..index.analysis.fold import fold

    forms = [fold(value)]
    if facet == "year":  # 2024年, ２０２４年
        forms.append(forms[0].strip().removesuffix("年").strip())
    elif facet == "court_level":  # 中院, 高院, 基层法院, 中级人民法院
        from ..index.tagging.directory import level_named

        forms.append(level_named(forms[0]) or "")
    if facet == "source":  # the outlet's name, a court's as the index names it (株洲中院 → 株洲市中级人民法院)
        from ..index.ingest.sources import canonical_source
        from ..index.store.source_names import source_facet

        forms += [canonical_source(value), source_facet(canonical_source(value))]
    return [f for f in dict.fromkeys(forms) if f and f != value]


def _while_found(searcher: Any, stem: str) -> Iterator[int]:
    """The document numbers of ``stem#1``, ``stem#2`` … as long as the index holds them."""
    k = 1
    while (n := searcher.document_number(article_id=f"{stem}#{k}")) is not None:
        yield n
        k += 1
