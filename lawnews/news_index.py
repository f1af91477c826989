"""The index object: :class:`NewsIndex`, an open lawnews index and every call on it.

In: an index folder (or none: in memory; or the default index), a tagger, and what a
caller asks of it: queries with facet filters and options, article ids, statute articles,
subjects to profile, articles and files to add or remove.
Out: plain results (:class:`~lawnews.search.results.SearchResults`, facet counts, trends,
first reports, profiles, cited-by lists, statute articles, article pages, stats), no Whoosh
object or open file; the errors of :mod:`lawnews.errors` naming the argument at fault. Its
layers: the statute filters (:mod:`.statute_filters`) and writing (:mod:`.index_writing`).
"""

from __future__ import annotations

import os
import threading
import weakref
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from . import arguments as _args
from .building import ensure_default_index
from .checks import _check_bank, _check_search, _every_copy
from .errors import (ArgumentTypeError, ArticleNotFoundError, IndexNotFoundError, InvalidArgumentError, LawNewsError,
                     LAW_ALONE, TooManyHitsError, at_fault, naming)
from .index.documents import Article
from .index.store import locks, storage
from .index.store.storage import IndexInfo
from .index.tagging import Tagger
from .index.tagging.citations import RULES_VERSION
from .index_base import _in_turn
from .index_writing import IndexWriting
from .search import syntax
from .search.questions import QuestionBank
from .search.results import Copy, SearchResults, top_facets
from .search.searcher import SORTS, IndexSearcher
from .statute_filters import StatuteFilters, _versioned_facets, _versioned_filters
from .taxonomies import _recorded_taxonomy, _tagger

# The types of results loaded where they are used are named in hints as attributes of the
# package (lawnews.Trends, lawnews.Progress), which loads each when it is asked for.
import lawnews

#: The most hits :meth:`NewsIndex.search_all` returns unless told otherwise.
MOST_HITS = 500

#: The options of :meth:`NewsIndex.search` besides the query, the page and the facet filters,
#: which :meth:`NewsIndex.search_all` passes on as they are (the rest of its keywords are filters).
_SEARCH_OPTIONS = ("group", "sort", "lenient", "explain", "semantic", "strict", "expand", "all_copies",
                   "question_bank", "start", "end")


class NewsIndex(IndexWriting, StatuteFilters):
    """An open lawnews index (on disk or in memory). Use it as a context manager.

    Threads may share one: its calls take turns (each answers from one state of the
    index, the newest committed when it starts); :meth:`articles` takes its turn per article.

    >>> ix = NewsIndex.in_memory()
    >>> ix.add_articles([])  # doctest: +SKIP
    """

    def __init__(self, ix: Any, path: Path | None, info: IndexInfo | None, tagger: Tagger, *,
                 long_running: bool = False, taxonomy: "str | None | bool" = False) -> None:
        self._ix = ix
        self.path = path
        self._info = info
        self._tagger = tagger
        self._long_running = long_running
        self._taxonomy = taxonomy  # the taxonomy the tagger was chosen by (False: given by the caller)
        self._folder = _folder_id(path)
        self._live = self._hooked(IndexSearcher(ix, tagger, long_running=long_running))
        self._lock = threading.RLock()

    @property
    def _searcher(self) -> IndexSearcher:
        """The searcher of the index now at :attr:`path`: after a rebuild (by this or another
        process: a new folder took the old one's place) the index is opened again, so that
        a long-running program answers from the new index, not from the files it replaced."""
        with self._lock:
            if self._folder is not None and not self._live.closed and _folder_id(self.path) not in (None, self._folder):
                self._reopen()
            return self._live

    def _hooked(self, searcher: IndexSearcher) -> IndexSearcher:
        """``searcher``, told how to say a ``cites:`` article the statute collection lacks
        (:meth:`_lacking_article`), through a weak reference: no cycle keeps this index open."""
        method = weakref.WeakMethod(self._lacking_article)
        searcher.lacking = lambda value: (lacking := method()) and lacking(value)
        return searcher

    def _reopen(self) -> None:
        """Open the index at :attr:`path` again (it was rebuilt); IndexVersionError if it
        can no longer be used, as :meth:`open` would say."""
        assert self.path is not None
        folder = _folder_id(self.path)
        ix, info = storage.open_index(self.path)
        tagger = self._tagger
        if self._taxonomy is not False and (taxonomy := _recorded_taxonomy(self.path, info)) != self._taxonomy:
            try:
                tagger = _tagger(taxonomy)
            except BaseException:
                ix.close()
                raise
            self._taxonomy = taxonomy
        self._live.close()
        self._ix.close()
        self._ix, self._info, self._tagger, self._folder = ix, info, tagger, folder
        self._live = self._hooked(IndexSearcher(ix, tagger, long_running=self._long_running))
        self.__dict__.pop("_outdated", None)

    # -- opening ----------------------------------------------------------
    @classmethod
    def open(cls, path: "str | os.PathLike[str]", *, tagger: Tagger | None = None,
             long_running: bool = False) -> "NewsIndex":
        """Open an existing index; IndexNotFoundError / IndexVersionError if it cannot be used.

        Facet short forms are resolved with the taxonomy the index was built with.
        ``long_running=True`` (a server, a program with many queries) loads numpy now
        and answers every query on arrays, at any size (docs/configuration.md).
        """
        _args.path("path", path)
        try:
            ix, info = storage.open_index(path)
        except IndexNotFoundError:
            said = locks.building(path)  # a first build under way: the index is coming, not missing
            if said is None:
                raise
            by = f" by {locks.who(said)}" if said else ""
            raise IndexNotFoundError(f"the index at {path} is being built{by}; try again once it has finished",
                                     path=str(path)) from None
        taxonomy: "str | None | bool" = False
        if tagger is None:
            try:
                taxonomy = _recorded_taxonomy(path, info)
                tagger = _tagger(taxonomy)
            except BaseException:
                ix.close()
                raise
        return cls(ix, Path(path), info, tagger, long_running=long_running, taxonomy=taxonomy)

    @classmethod
    def create(cls, path: "str | os.PathLike[str]", *, tagger: Tagger | None = None) -> "NewsIndex":
        """Create an empty index at ``path``; InvalidArgumentError if one is there already."""
        _args.path("path", path)
        if storage.exists(path):
            raise InvalidArgumentError(f"an index already exists at {path}; open it (NewsIndex.open), or build it"
                                       " afresh (build_index(paths, index_dir, rebuild=True))", argument="path")
        tagger = tagger or Tagger.default()
        info = IndexInfo.current(tagger=tagger.fingerprint, extra={"citation_rules": RULES_VERSION})
        ix = storage.create_index(path, info, "path")
        return cls(ix, Path(path), info, tagger)

    @classmethod
    def in_memory(cls, *, tagger: Tagger | None = None) -> "NewsIndex":
        """An empty index held in RAM."""
        tagger = tagger or Tagger.default()
        return cls(storage.create_in_memory(), None, IndexInfo.current(tagger=tagger.fingerprint), tagger)

    @classmethod
    def default(cls, *, progress: lawnews.Progress | None = None) -> "NewsIndex":
        """The index ``$LAWNEWS_INDEX_DIR`` names, else the per-user default index, built
        from the bundled corpus on first use and when stale."""
        path = ensure_default_index(progress=progress)
        return cls.open(path)

    # -- reading ----------------------------------------------------------
    @_in_turn
    def search(self, query: str, *, limit: int = 10, offset: int = 0, group: str = "article",
               sort: str = "relevance", lenient: bool = False, explain: bool = False,
               semantic: bool | None = None, strict: bool = False, expand: bool = True,
               all_copies: bool = False, question_bank: "bool | QuestionBank" = True,
               start: str | None = None, end: str | None = None,
               **filters: "str | Iterable[str] | int | None") -> SearchResults:
        """Rank the articles (or, with ``group="section"``, sections) matching ``query``.

        The filters are the facets: ``province=``, ``city=``, ``county=``, ``court=``,
        ``court_level=`` (最高, 高级, 中级, 基层, 专门), ``mechanism=``, ``statute=`` (a law's
        title), ``cites=`` (``'民事诉讼法 第二百三十七条'``; ``'2021年民事诉讼法 第二百五十二条'``
        for one version), ``source=`` and ``year=``; each takes a value or a list (values
        of one facet combine with OR, facets with AND); short forms such as ``湖北`` or
        ``荆州中院`` are accepted. Each facet's counts are computed with its own selection
        removed, a region level's also with those of the levels below it (a city filter
        leaves the province counts whole). ``sort`` is ``relevance``, ``date`` (newest first) or ``date-asc``. A syntax error raises
        QuerySyntaxError naming its position, unless ``lenient=True``. ``explain``
        adds the parsed query and each hit's score parts. In an index built with
        vectors, natural-language questions are ranked by meaning as well as by
        words; ``semantic=True`` does so for any plain query (VectorsNotFoundError in
        an index without vectors), ``False`` never. When no article has every word of
        a plain query, the articles with any of them are ranked (``relaxed``);
        ``strict=True`` returns no hits instead. A word also matches its taxonomy
        synonyms and the articles tagged with a court, mechanism or region it names
        (listed in ``expanded``); ``expand=False`` matches the words typed only.
        Reposts of one story give one hit (``copies``, ``story``) and count once in
        the totals and facet counts; ``all_copies=True`` lists and counts every copy.
        On an index of the statute articles a question bank answers with (the shipped
        one is built from the STARD questions), a question is also ranked by the
        questions already answered, and the articles answering the most similar ones
        join the hits (``question_bank`` in the results names the bank);
        ``question_bank=False`` turns that off, a :class:`QuestionBank` uses that bank.
        ``start``/``end`` (``2020``, ``2020-01``, ``2024-12-31``; CLI ``--from``/``--to``) keep the
        articles dated within that range, as :meth:`trends`, :meth:`first` and :meth:`profile`
        take it (``date:[2020 TO 2024]`` in the query selects the same); ``query`` in the
        results stays as typed, the range given as ``start``/``end`` (``from``/``to`` in the JSON).

        >>> ix.search("交叉执行", province="湖北").hits[0].title   # doctest: +SKIP
        """
        return self._search(query, limit=limit, offset=offset, group=group, sort=sort, lenient=lenient,
                            explain=explain, semantic=semantic, strict=strict, expand=expand,
                            all_copies=all_copies, question_bank=question_bank, start=start, end=end, filters=filters)

    def _search(self, query: str, *, limit: int = 10, offset: int = 0, group: str = "article",
                sort: str = "relevance", lenient: bool = False, explain: bool = False,
                semantic: bool | None = None, strict: bool = False, expand: bool = True,
                all_copies: bool = False, question_bank: "bool | QuestionBank" = True,
                most: int | None = None, start: str | None = None, end: str | None = None,
                filters: "Mapping[str, Any] | None" = None) -> SearchResults:
        """:meth:`search`, its facet filters as one mapping (so that none is taken for an
        option: ``search(q, most=1)`` is an unknown facet); with ``most``, no hits when more
        than ``most`` match (the total and the facet counts only), as :meth:`IndexSearcher.search`
        gives them."""
        filters = _check_search(query, limit, offset, filters or {})
        ranged, start, end = _args.dated(query, start, end)
        _args.flags(lenient=lenient, explain=explain, semantic=semantic, strict=strict, expand=expand,
                     all_copies=all_copies)
        _args.choice("group", group, ("article", "section"))
        _args.choice("sort", sort, tuple(SORTS))
        _check_bank(question_bank)
        labels = self._version_labels(filters)
        typed: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {}
        filters, only = self._statute_selection(filters, typed=typed)
        self._cites_held(filters)
        results = self._searcher.search(ranged, filters=filters, limit=limit, offset=offset,
                                        group=group, sort=sort, lenient=lenient, explain=explain,
                                        semantic=semantic, strict=strict, expand=expand,
                                        all_copies=bool(all_copies), question_bank=question_bank, articles=only,
                                        most=most)
        from .statutes import with_version_notes

        results = with_version_notes(results)  # a statute article of a superseded version says so
        if start or end:  # the query as typed, the range beside it
            results = replace(results, query=query, start=start or None, end=end or None)
        if not labels and not typed:
            return results
        typed = {name: {given: {facet: tuple(dict.fromkeys(labels.get(v, v) for v in values))
                                for facet, values in chosen.items()}
                        for given, chosen in by_given.items()} for name, by_given in typed.items()}
        return replace(results, filters=_versioned_filters(results.filters, labels),
                       facets=_versioned_facets(results.facets, labels, results.total), statute_filters=typed)

    @_in_turn
    def search_all(self, query: str, *, most: int = MOST_HITS, **options: Any) -> SearchResults:
        """Every hit of ``search(query, **options)``, ranked 1 to ``total`` in one result (a
        download of a search: the hits of all its pages, in their order), or, when more than
        ``most`` match, TooManyHitsError (an InvalidArgumentError; ``total``, ``most``) saying
        how many do (stories; articles with ``all_copies``; sections with ``group="section"``)
        and to narrow the search. One search gives both: the hits are ranked
        and given snippets only when there are few enough.
        ``options`` are those of :meth:`search` but ``limit`` and ``offset``."""
        for name in ("limit", "offset"):
            if name in options:
                raise ArgumentTypeError(f"search_all returns every hit: it takes no {name}", argument=name)
        _args.count("most", most, minimum=1)
        chosen = {k: options.pop(k) for k in _SEARCH_OPTIONS if k in options}  # the rest are facet filters
        found = self._search(query, limit=most, most=most, filters=options, **chosen)  # one pass: the total, and the hits if few enough
        if found.total > most:
            units = ("sections" if chosen.get("group") == "section" else
                     "articles" if chosen.get("all_copies") else "stories")  # what total counts
            raise TooManyHitsError(f"{found.total:,} {units} match, and a download holds at most {most:,}:"
                                   " narrow the search (a filter, a date range, more words) and download again",
                                   argument="most", total=found.total, most=most)
        return found

    @_in_turn
    def similar(self, article_id: str, *, limit: int = 10, offset: int = 0, all_copies: bool = False,
                start: str | None = None, end: str | None = None,
                **filters: "str | Iterable[str] | int | None") -> SearchResults:
        """Articles like the given one ("more like this"), itself and its story's copies
        excluded; ``offset`` hits skipped (the next page starts at ``offset=limit``); the
        facet filters, ``all_copies`` (every copy of a reposted story listed and counted)
        and ``start``/``end`` (CLI ``--from``/``--to``: only the articles dated within that
        range, given back as ``start``/``end`` of the results) as in :meth:`search`."""
        article_id = _args.stored_name("article_id", article_id)
        _args.count("limit", limit)
        _args.count("offset", offset)
        _args.flags(all_copies=all_copies)
        filters = _args.filters(filters)
        within, start, end = _args.dated("", start, end)
        # a version named in cites= (2021年民事诉讼法第二百五十二条) narrows as a cites: clause of the range
        within, selected, _typed = self._statute_step(within, filters)
        results = self._searcher.similar(article_id, limit=limit, offset=offset,
                                         filters=selected, all_copies=all_copies, within=within)
        return replace(results, start=start or None, end=end or None) if start or end else results

    @_in_turn
    def facets(self, query: str = "", *, all_copies: bool = False, question_bank: "bool | QuestionBank" = True,
               expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
               start: str | None = None, end: str | None = None, top: int | None = None,
               **filters: "str | Iterable[str] | int | None") -> dict[str, Any]:
        """Matching stories per facet value, for ``query`` (all articles if empty); with
        ``all_copies=True`` every copy of a reposted story counts; ``start``/``end`` (CLI
        ``--from``/``--to``) keep the articles dated within that range, as in :meth:`search`;
        ``top`` (CLI ``--top``) keeps the ``top`` first values of each facet and of each level
        of the region tree, and every value a filter selects (None: every value).

        Returns ``{"query": query, "from": start, "to": end, "filters": {facet: [value, …]},
        "total": n, "relaxed": bool, "facets": {facet: {value: count}}, "regions": {province: {"count": n,
        "cities": {city: count}, "counties": {city: {county: count}}}}}``; each facet's counts
        ignore that facet's own filter. ``expand``, ``strict``, ``lenient`` and ``semantic``
        read the query as :meth:`search` does, so ``total`` is the search's total for the
        same query and options (``relaxed``: no story had every word of a plain query, and
        those with any of them are counted). A question counts the articles a question bank
        adds to its hits, as :meth:`search` does (``question_bank``).
        """
        _args.text("query", query)
        filters = _args.filters(filters)
        _args.flags(all_copies=all_copies, expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        if top is not None:
            _args.count("top", top, minimum=1)
        _check_bank(question_bank)
        ranged, start, end = _args.dated(query, start, end)
        labels = self._version_labels(filters)
        selected, only = self._statute_selection(filters)
        self._cites_held(selected)
        res = self._searcher.facet_counts(ranged, filters=selected, all_copies=bool(all_copies),
                                          question_bank=question_bank, articles=only, expand=expand,
                                          strict=strict, lenient=lenient, semantic=semantic)
        counts = {"query": query, "from": start or None, "to": end or None,
                  "filters": {k: list(v) for k, v in _versioned_filters(res.filters, labels).items()},
                  "total": res.total, "relaxed": res.relaxed, "facets": _versioned_facets(res.facets, labels, res.total),
                  "regions": res.regions}
        return counts if top is None else top_facets(counts, top)

    @_in_turn
    def trends(self, query: str = "", *, by: str = "mechanism", every: str = "month", top: int | None = None,
               copies: bool = False, all_copies: bool = False, start: str | None = None, end: str | None = None,
               expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
               **filters: "str | Iterable[str] | int | None") -> lawnews.Trends:
        """Matching stories per value of ``by`` (mechanism, province, city, county, court,
        court_level, source, statute: the law cited, cites: the statute article cited) and per
        ``every`` (month, quarter, year; ``auto``: the length
        a profile takes by default, fitting the span of the dates), with the totals
        per period over every matching story; ``top`` keeps the largest values.
        Filters as in :meth:`search`; ``copies=True`` (or ``all_copies=True``, as :meth:`search`
        names it) counts every copy of a repost.
        ``start``/``end`` (``2020-01``, ``2024-12``; CLI ``--from``/``--to``) keep the
        articles of that range and list every period of it, 0 where nothing matched
        (without them the periods run from the first dated match to the last).
        ``expand``, ``strict``, ``lenient`` and ``semantic`` read the query as :meth:`search`
        does (``expand=False``: the words typed only; ``strict=True``: no articles with only
        some of the words), so ``total`` is the search's total for the same query and options.
        See :mod:`lawnews.landscape`.

        >>> ix.trends("交叉执行", by="province", every="quarter").periods   # doctest: +SKIP
        """
        from . import landscape

        copies = _every_copy(copies, all_copies)
        _args.flags(expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        query, selected, typed = self._statute_step(query, filters)
        found = landscape.trends(self._searcher, query, by=by, every=every, top=top, copies=copies,
                                 filters=selected, start=start, end=end,
                                 expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        return replace(found, statute_filters=typed) if typed else found

    @_in_turn
    def first(self, query: str = "", *, by: str = "province", mechanism: "str | Iterable[str] | None" = None,
              copies: bool = False, all_copies: bool = False, start: str | None = None, end: str | None = None,
              expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
              **filters: "str | Iterable[str] | int | None") -> lawnews.Adoption:
        """The first dated report of each value of ``by`` among the matches (with
        ``mechanism`` as a filter): which provinces report 执转破, and since when;
        ``copies`` (or ``all_copies``) as in :meth:`trends`.
        ``start``/``end`` (CLI ``--from``/``--to``) as in :meth:`trends`: the first
        report within that range; ``expand``, ``strict``, ``lenient`` and ``semantic`` as in
        :meth:`search`, so the matches are the search's."""
        from . import landscape

        copies = _every_copy(copies, all_copies)
        _args.flags(expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        query, selected, typed = self._statute_step(query, filters)
        found = landscape.first(self._searcher, query, by=by, mechanism=mechanism, copies=copies,
                                filters=selected, start=start, end=end,
                                expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        return replace(found, statute_filters=typed) if typed else found

    @_in_turn
    def profile(self, subject: str, *, every: str = "auto", top: int = 10, copies: bool = False,
                all_copies: bool = False, start: str | None = None, end: str | None = None, query: str = "",
                expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
                **filters: "str | Iterable[str] | int | None") -> lawnews.Profile:
        """One court, region, mechanism or source (``court:荆州中院``, ``province:湖南``,
        ``mechanism:交叉执行``): its stories per period (``every``: month, quarter, year, or
        ``auto``, the default: months over at most three years of dates, quarters over at most
        nine, else years), what is reported with it, its sources and its latest articles; ``start``/``end`` (CLI ``--from``/``--to``)
        as in :meth:`trends`: only the articles of that range, every period of it listed;
        ``copies`` (or ``all_copies``) as in :meth:`trends`.
        ``query`` and filters of other facets (as in :meth:`search`, read with ``expand``,
        ``strict``, ``lenient`` and ``semantic`` as it reads them) profile the subject within
        a search: ``profile("court:荆州中院", query="执转破")`` counts the stories
        ``search("执转破", court="荆州中院")`` lists."""
        from . import landscape

        copies = _every_copy(copies, all_copies)
        _args.flags(expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        query, narrowing, _typed = self._statute_step(query, filters)
        try:
            kind, value = landscape.parse_subject(subject)
        except InvalidArgumentError as e:
            raise at_fault(e, "subject")
        try:
            subject, also = self._profiled_statute(kind, value, subject)
        except InvalidArgumentError as e:  # the law or article named is the subject's
            e.argument = "subject"
            raise
        return landscape.profile(self._searcher, subject, every=every, top=top, copies=copies, start=start, end=end,
                                 also=also, query=query, filters=narrowing, expand=expand, strict=strict, lenient=lenient,
                                 semantic=semantic)

    @_in_turn
    def article(self, article_id: str) -> Article:
        """The stored article with this id."""
        article_id = _args.stored_name("article_id", article_id)
        return self._searcher.article(article_id)

    def _profiled_statute(self, kind: str, value: str, subject: str) -> "tuple[str, list[str]]":
        """A profile's ``subject`` of ``kind`` and ``value`` as the index's facet value and
        the values of the law's other printed titles (for a law or an article: ``statute:…``,
        ``cites:…``, read as cited-by reads them; else as given, none)."""
        if kind in ("statute", "cites"):
            from .statutes import several_articles

            if labels := several_articles(value):  # a range or list: the look-ups would name cited_by
                raise InvalidArgumentError(f"{value!r} names {len(labels)} articles ({', '.join(labels)}): a profile"
                                           " takes one article, or its law alone; a search or trends takes a range"
                                           " or list (cites:)", argument="subject")
        if kind == "statute":
            from .statutes import reference

            if reference(value, self._tagger, self._cited_laws).article:  # statute:刑法313 selects the article
                kind = "cites"  # in a query, so its profile is the article's
        if kind in ("statute", "cites"):  # the law or article read as cited-by reads it (errors naming the laws)
            selected, only = self._statute_selection({kind: value}, titles=False)
            if kind == "cites":
                from .statutes import held_law, reference, unknown_article

                ref = reference(value, self._tagger, self._cited_laws)
                if ref.article and ref.id is None and not ref.pinned and held_law(ref) \
                        and not self._cited_count(value, True):  # as the look-up: none holds it, none cites it
                    raise at_fault(unknown_article(ref), "subject")
            if only is not None:
                raise naming(InvalidArgumentError(f"a profile takes a law or one article without its version, not"
                                                  f" {value!r}; for one version use trends with cites=",
                                                  argument="subject"), "trends with cites=")
            facet, values = next((k, v) for k, v in selected.items() if k in ("statute", "cites"))
            subject = f"{facet}:{values[0]}"
            from .index.store.statutes import Collection, same_law_values

            # with the citations of every printed title the collection reads as the law, as cited-by lists them
            also = same_law_values(Collection.current(), values[0],
                                   self._searcher.index_facets().get(facet, {}), facet == "cites")
        else:
            also = []
        return subject, also

    def _reference(self, argument: str, text: str) -> Any:
        """The :class:`~lawnews.statutes.views.StatuteRef` ``text`` reads as, given as ``argument``: its errors name it."""
        from .statutes import reference

        try:
            return reference(text, self._tagger, self._cited_laws)
        except InvalidArgumentError as e:
            raise at_fault(e, argument)

    @_in_turn
    def cited_by(self, statute: str, *, limit: int = 10, offset: int = 0, all_copies: bool = False,
                 sort: str = "date", start: str | None = None, end: str | None = None,
                 **filters: "str | Iterable[str] | int | None") -> "lawnews.CitedBy":
        """The articles citing a statute article (``民事诉讼法 第二百三十七条``, ``民诉法第237条``)
        or any article of a law (``刑法``), newest first (``sort``: ``date``, ``date-asc`` or
        ``relevance``), one hit per story unless ``all_copies``; each hit with the citations
        in it that name the statute. A law no table, index or collection knows raises
        UnknownFacetError listing the closest names. The facet filters of :meth:`search`
        (``province=``, ``court=``, ``year=`` …; not ``cites=``, which ``statute`` is) narrow
        the list: the articles of Hunan citing it, ``cited_by("刑法313", province="湖南")``;
        ``start``/``end`` (CLI ``--from``/``--to``) keep the articles dated within that range,
        as in :meth:`search` (given back as ``start``/``end`` of ``results``, ``from``/``to`` in
        the JSON).

        >>> ix.cited_by("民事诉讼法 第二百三十七条").total   # doctest: +SKIP
        """
        from .statutes import (CitedBy, citations_of, cites_ref, citing_articles, citing_version, same_law_values,
                               versions_cited)

        _args.text("statute", statute)
        _args.count("limit", limit)
        _args.count("offset", offset)
        _args.choice("sort", sort, tuple(SORTS))
        _args.flags(all_copies=all_copies)
        filters = _args.filters(filters)
        ranged, start, end = _args.dated("", start, end)
        if filters.get("cites"):
            raise InvalidArgumentError("cited_by takes the statute article it lists the citing articles of as its"
                                       " first argument, not as cites=; a search takes several (cites=[…])",
                                       argument="cites")
        ref = self._reference("statute", statute)
        only = citing_version(self._ix, ref) if ref.pinned else citing_articles(self._ix, ref, self._cited_laws())
        # the articles whose citation was resolved to the statute, whatever title they print
        # (only), else those whose citation prints its law (the facet value); of a version, those
        # resolved to it among the articles printing any title the collection reads as its law
        selection: dict[str, Any] = {} if only is not None and not ref.pinned else {ref.facet: ref.value}
        if ref.pinned:
            indexed = self._searcher.index_facets().get(ref.facet, {})
            selection[ref.facet] = (ref.value, *same_law_values(ref, indexed))
        selection.update((k, v) for k, v in filters.items() if k != "cites")
        results = self._searcher.search(ranged, filters=selection, limit=limit, offset=offset,
                                        sort=sort, all_copies=bool(all_copies), articles=only)
        if start or end:  # the range beside the (empty) query, as search gives it
            results = replace(results, query="", start=start or None, end=end or None)
        mentions = {hit.article_id: tuple(c for c in citations_of(self._ix, hit.article_id, hit.date)
                                          if cites_ref(c, ref)) for hit in results.hits}
        versions, untied = versions_cited(ref, [h.article_id for h in results.hits], mentions)
        return CitedBy(ref, results, mentions, versions, untied)

    @_in_turn
    def statute_article(self, statute: str, *, all_copies: bool = False) -> "lawnews.StatuteArticle":
        """One statute article looked up by what a user types (``民诉法 第237条``,
        ``《中华人民共和国民事诉讼法》第二百三十七条``, ``刑法313``; read as ``cites=`` and
        :meth:`cited_by` read it): each version of the statute collection holding it, the one
        in force today marked, and the number of news articles citing it, the total of
        :meth:`cited_by` for it. UnknownFacetError listing the closest names when the law is
        unknown, or the nearest articles when the collection holds the law but not the
        article and no news article cites it (one that news cite has no versions, its
        ``statute.note`` saying so); InvalidArgumentError when the text names a law but no article.

        >>> ix.statute_article("刑法313").cited_by   # doctest: +SKIP
        """
        import datetime

        from .statutes import StatuteArticle, article_versions, held_law, unknown_article

        _args.text("statute", statute)
        _args.flags(all_copies=all_copies)
        ref = self._reference("statute", statute)
        if ref.article is None:
            raise naming(InvalidArgumentError(f"{statute!r} names a law ({ref.law}) but no article: add one,"
                                              f" e.g. '{ref.law} 第一条'{LAW_ALONE}", argument="statute"), LAW_ALONE)
        versions = article_versions(ref, datetime.date.today().isoformat())
        typed = statute.strip() if ref.pinned else ref.value
        cited = self._cited_count(typed, all_copies)
        if not versions and ref.id is None and held_law(ref) and not cited:
            raise at_fault(unknown_article(ref), "statute")  # one news cite is counted, its note saying no version holds it
        return StatuteArticle(ref, typed, versions, cited, bool(all_copies))

    @_in_turn
    def citations(self, article_id: str) -> "tuple[lawnews.CitationView, ...]":
        """The statute citations of an article, in text order, each resolved against the
        statute collection (the version in force on the article's date) with the text of
        every article it cites, or the reason it could not be resolved (docs/statutes.md)."""
        from .statutes import citations_of

        article_id = _args.stored_name("article_id", article_id)
        article = self.article(article_id)  # ArticleNotFoundError if there is none
        return citations_of(self._ix, article_id, article.date)

    @_in_turn
    def show(self, article_id: str, *, cited_by: bool = False) -> "lawnews.ArticlePage":
        """The article with this id, the copies of its story and its statute citations
        (what ``lawnews show`` prints; ``to_dict()`` is its ``--json``). With ``cited_by``
        (the web app's article page), also how many news articles cite each statute
        article it cites (``cited_by``: its ``cites`` reference → the total of
        :meth:`cited_by` for it) and, when the article is itself a statute article of the
        collection, that article as :meth:`statute_article` gives it (``statute``)."""
        from .article_page import ArticlePage

        from .statutes import superseded

        _args.flags(cited_by=cited_by)
        article_id = _args.stored_name("article_id", article_id)

        article = self.article(article_id)
        citations = self.citations(article_id)
        page = ArticlePage(article, self.copies(article_id), citations,
                           version_note=superseded(article_id) if "#" in article_id else None,
                           rules_note=self.outdated_citations() if citations else None)
        if not cited_by:
            return page
        from .statutes import record_reference

        counts: dict[str, int] = {}
        for ref in dict.fromkeys(a.cites for c in page.citations for a in c.articles if a.cites):
            try:
                counts[ref] = self._cited_count(ref)
            except LawNewsError:  # a reference the collection no longer reads: no count, no link
                continue
        own = record_reference(article_id)
        try:
            statute = self.statute_article(own) if own else None
        except LawNewsError:
            statute = None
        return replace(page, cited_by=counts, statute=statute)

    @_in_turn
    def copies(self, article_id: str) -> "tuple[Copy, ...]":
        """The copies of the article's story (reposts on other sites), lead first;
        the article alone when it has none."""
        article_id = _args.stored_name("article_id", article_id)
        return self._searcher.copies(article_id)

    def articles(self) -> Iterator[Article]:
        """Every article in the index (the ids of the state it starts on; one removed
        before it is reached is skipped)."""
        with self._lock:
            found = self._searcher.articles()
        while True:
            with self._lock:
                article = next(found, None)
            if article is None:
                return
            yield article

    @_in_turn
    def _matching_ids(self, query: str = "", *, start: str | None = None, end: str | None = None,
                      expand: bool = True, strict: bool = False, lenient: bool = False,
                      semantic: bool | None = None, **filters: "str | Iterable[str] | int | None") -> list[str] | None:
        """The ids of every article (every copy) ``search(query, all_copies=True, start=…,
        end=…, **filters)`` counts, in index order; None when nothing narrows the index
        (no query, dates or filters: every article). Errors as :meth:`search` raises them."""
        _args.text("query", query)
        filters = _args.filters(filters)
        _args.flags(expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        ranged, start, end = _args.dated(query, start, end)
        if syntax.is_everything(query) and not (start or end) and not any(filters.values()):
            return None
        selected, only = self._statute_selection(filters)
        m = self._searcher.matching(ranged, filters=selected, all_copies=True,
                                    expand=expand, strict=strict, lenient=lenient, semantic=semantic)
        ids = dict.fromkeys(m.article_id(int(d)) for d in m.docs)
        return [i for i in ids if only is None or i in only]

    def _articles_of(self, ids: "list[str] | None") -> Iterator[Article]:
        """The articles ``ids`` name (None: every article), one removed meanwhile skipped."""
        if ids is None:
            yield from self.articles()
            return
        for article_id in ids:
            try:
                yield self.article(article_id)
            except ArticleNotFoundError:
                continue

    @_in_turn
    def _story_of(self, article_id: str) -> str:
        """The id of the story ``article_id`` is a copy of (its lead's id; its own when it has no copies)."""
        return self._searcher.story_of(article_id)

    @_in_turn
    def stats(self) -> dict[str, Any]:
        """Counts, the description of what built this index, and what its updates keep out
        (``kept_out``: the files, by name, and the articles, id → its file, removed with
        ``remove``; :mod:`.index.store.kept_out`)."""
        from .index.store.statutes import store_for
        from .statutes import collection_state

        articles, sections = self._searcher.counts()
        out = {
            "index_dir": str(self.path) if self.path else None,
            "articles": articles,
            "sections": sections,
            "built_by": self._info.to_dict() if self._info else None,
            "question_bank": self._searcher.question_bank(),
            "tags_outdated": self.outdated_tags(),
            "facets": self._searcher.facet_counts("", all_copies=True).facets,  # articles, as counted above
            # the files and articles removed that updates leave out while they are there
            "kept_out": self._kept_out().to_extra() or {"files": [], "articles": {}},
        }
        recorded = (self._info.extra or {}).get("statutes") if self._info else None
        citations, rules = store_for(self._ix).count(), self.citation_rules()
        state = collection_state(recorded, citations)
        if state is not None:
            out["statutes"] = {**state, "rules": rules}
        out["citations_outdated"] = self._outdated_citations(rules, citations)
        return out

    @_in_turn
    def citation_rules(self) -> dict[str, Any]:
        """Which citation rules read this index's statute citations: ``index`` (the version
        its ``lawnews.json`` records; None for an index built before lawnews recorded it),
        ``lawnews`` (this lawnews's version) and ``current`` (False where the index's were
        older: its citations keep the laws, articles and reasons the older rules gave until
        every file is read again). An index recording no version is current when its tagger
        is this lawnews's (whose fingerprint includes the citation rules)."""
        recorded = (self._info.extra or {}).get("citation_rules") if self._info is not None else None
        if recorded is not None:
            current = str(recorded) == RULES_VERSION
        else:
            current = self._info is None or self.path is None or self._info.tagger == self._tagger.fingerprint
        return {"index": recorded, "lawnews": RULES_VERSION, "current": current}

    @_in_turn
    def outdated_citations(self) -> str | None:
        """When the index's statute citations were read by older citation rules than this
        lawnews's (:meth:`citation_rules`) and it holds any: one line saying so and naming the
        command that reads them again; else None."""
        return self._outdated_citations(self.citation_rules())

    def _outdated_citations(self, rules: dict[str, Any], citations: int | None = None) -> str | None:
        """:meth:`outdated_citations` given :meth:`citation_rules` and, when counted
        already, the number of the index's statute citations."""
        if rules["current"] or self.path is None:
            return None
        if citations is None:
            from .index.store.statutes import store_for

            citations = store_for(self._ix).count()
        if not citations:
            return None
        import shlex

        was = f"version {rules['index']}" if rules["index"] is not None else "a version it does not record"
        return (f"this index's statute citations were read by citation rules {was}, older than this lawnews's"
                f" (version {rules['lawnews']}): they keep the laws, articles and reasons those rules gave;"
                f" read every file again: lawnews index --reread --index-dir {shlex.quote(str(self.path))}")

    @_in_turn
    def outdated_tags(self) -> str | None:
        """When this index was tagged by other tagging rules (division table, court
        directory, taxonomy, rules version) than this lawnews's, so that its facets
        may disagree with :func:`tag`: one line saying so and naming the update that
        tags it again; else None. Compared once per opened index."""
        if not hasattr(self, "_outdated"):
            recorded = self._info.tagger if self._info is not None else ""
            self._outdated: str | None = None
            if recorded and self.path is not None and recorded != self._tagger.fingerprint:
                import shlex

                self._outdated = ("this index was tagged by other tagging rules than this lawnews's, so its facets"
                                  " may disagree with `lawnews tag`; update it (every file is read again):"
                                  f" lawnews index --index-dir {shlex.quote(str(self.path))}")
        return self._outdated

    # -- lifetime ---------------------------------------------------------
    @_in_turn
    def close(self) -> None:
        """Release the index's files (a ``with`` block does it on leaving); a later call on
        this object raises IndexClosedError, and closing again does nothing. A call another
        thread is making finishes first."""
        self._live.close()
        self._ix.close()

    def __repr__(self) -> str:
        where = "in memory" if self.path is None else repr(str(self.path))
        return f"NewsIndex({where}{', closed' if self._live.closed else ''})"

    def __reduce__(self) -> Any:
        raise ArgumentTypeError("a NewsIndex cannot be pickled: pass its path (ix.path) and open it with"
                                " lawnews.NewsIndex.open where it is needed")

    def __enter__(self) -> "NewsIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _folder_id(path: Path | None) -> "tuple[int, int] | None":
    """The identity of the index folder at ``path`` (device, inode): a rebuild puts a new
    folder in the old one's place, while the old one still exists, so the identity changes.
    None for an index in memory, or while no folder is there (a rebuild moving it)."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
