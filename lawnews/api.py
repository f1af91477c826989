"""The library facade: :class:`NewsIndex` and the convenience functions.

Everything a caller needs goes through here: open, create or build an index, add
and remove articles, search with facet filters, fetch an article, read stats.
Results are plain dataclasses (:mod:`lawnews.search.results`); no Whoosh object
or open file escapes. The CLI is a thin client of this module.

    >>> from lawnews import NewsIndex
    >>> with NewsIndex.default() as ix:                     # doctest: +SKIP
    ...     for hit in ix.search("交叉执行", province="湖北"):
    ...         print(hit.title, hit.snippet)
"""

from __future__ import annotations

import functools
import os
import threading
import weakref
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar, cast

from . import arguments as _args
from .config import INDEX_DIR_ENV, bundled_corpus, default_index_dir, env_index_dir, user_index_dir
from .errors import (ArgumentTypeError, ArticleNotFoundError, IndexClosedError, IndexNotFoundError, IndexVersionError,
                     IndexReadOnlyError, InvalidArgumentError, LawNewsError, LAW_ALONE, TooManyHitsError,
                     at_fault, naming)
from .index.store import storage
from .index.documents import Article
from .index.store.storage import IndexInfo
from .index.tagging import Tagger, TextTags
from .index.tagging.citations import RULES_VERSION
from .search import syntax
from .search.questions import QuestionBank
from .search.results import Copy, SearchResults
from .search.searcher import SORTS, IndexSearcher
from .version import __version__

# Building, writing and exporting are imported where they are used: a search
# (the command line's most frequent call) does not load the ingest pipeline. The types
# of their results are named in hints as attributes of the package (lawnews.Trends,
# lawnews.IngestReport), which loads each when it is asked for: typing.get_type_hints,
# help() and a type checker resolve every hint without the import of this module loading them.
import lawnews

_Method = TypeVar("_Method", bound=Callable[..., Any])

BUNDLED = "bundled"

#: The most hits :meth:`NewsIndex.search_all` returns unless told otherwise.
MOST_HITS = 500

#: The options of :meth:`NewsIndex.search` besides the query, the page and the facet filters,
#: which :meth:`NewsIndex.search_all` passes on as they are (the rest of its keywords are filters).
_SEARCH_OPTIONS = ("group", "sort", "lenient", "explain", "semantic", "strict", "expand", "all_copies",
                   "question_bank", "start", "end")


def _in_turn(method: _Method) -> _Method:
    """``method`` of :class:`NewsIndex` run while holding the index's lock: threads sharing
    one open index take turns, so that none reads from the searcher another closes when it
    moves to a newer state of the index (a commit, a rebuild) or when the index is closed."""

    @functools.wraps(method)
    def in_turn(self: "NewsIndex", *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(_Method, in_turn)  # the same signature (functools.wraps)


class NewsIndex:
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
        ix, info = storage.open_index(path)
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
        ix = storage.create_index(path, info)
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
        typed = {name: {given: {facet: tuple(labels.get(v, v) for v in values) for facet, values in chosen.items()}
                        for given, chosen in by_given.items()} for name, by_given in typed.items()}
        return replace(results, filters=_versioned_filters(results.filters, labels),
                       facets=_versioned_facets(results.facets, labels), statute_filters=typed)

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
        _args.text("article_id", article_id)
        _args.count("limit", limit)
        _args.count("offset", offset)
        _args.flags(all_copies=all_copies)
        filters = _args.filters(filters)
        within, start, end = _args.dated("", start, end)
        results = self._searcher.similar(article_id, limit=limit, offset=offset,
                                         filters=self._statute_filters(filters), all_copies=all_copies, within=within)
        return replace(results, start=start or None, end=end or None) if start or end else results

    @_in_turn
    def facets(self, query: str = "", *, all_copies: bool = False, question_bank: "bool | QuestionBank" = True,
               expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
               start: str | None = None, end: str | None = None,
               **filters: "str | Iterable[str] | int | None") -> dict[str, Any]:
        """Matching stories per facet value, for ``query`` (all articles if empty); with
        ``all_copies=True`` every copy of a reposted story counts; ``start``/``end`` (CLI
        ``--from``/``--to``) keep the articles dated within that range, as in :meth:`search`.

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
        _check_bank(question_bank)
        ranged, start, end = _args.dated(query, start, end)
        labels = self._version_labels(filters)
        selected, only = self._statute_selection(filters)
        self._cites_held(selected)
        res = self._searcher.facet_counts(ranged, filters=selected, all_copies=bool(all_copies),
                                          question_bank=question_bank, articles=only, expand=expand,
                                          strict=strict, lenient=lenient, semantic=semantic)
        return {"query": query, "from": start or None, "to": end or None,
                "filters": {k: list(v) for k, v in _versioned_filters(res.filters, labels).items()},
                "total": res.total, "relaxed": res.relaxed, "facets": _versioned_facets(res.facets, labels),
                "regions": res.regions}

    @_in_turn
    def trends(self, query: str = "", *, by: str = "mechanism", every: str = "month", top: int | None = None,
               copies: bool = False, all_copies: bool = False, start: str | None = None, end: str | None = None,
               expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
               **filters: "str | Iterable[str] | int | None") -> lawnews.Trends:
        """Matching stories per value of ``by`` (mechanism, province, city, county, court,
        court_level, source) and per ``every`` (month, quarter, year; ``auto``: the length
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
            if len(values) != 1:
                raise InvalidArgumentError(f"{value!r} names {len(values)} articles: a profile takes one",
                                           argument="subject")
            subject = f"{facet}:{values[0]}"
            from .index.store.statutes import Collection, same_law_values

            # with the citations of every printed title the collection reads as the law, as cited-by lists them
            also = same_law_values(Collection.current(), values[0],
                                   self._searcher.index_facets().get(facet, {}), facet == "cites")
        else:
            also = []
        return landscape.profile(self._searcher, subject, every=every, top=top, copies=copies, start=start, end=end,
                                 also=also, query=query, filters=narrowing, expand=expand, strict=strict, lenient=lenient,
                                 semantic=semantic)

    @_in_turn
    def article(self, article_id: str) -> Article:
        """The stored article with this id."""
        _args.text("article_id", article_id)
        return self._searcher.article(article_id)

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
        from .statutes import (CitedBy, citations_of, cites_ref, citing_articles, citing_version, reference,
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
        ref = reference(statute, self._tagger, self._cited_laws)
        only = citing_version(self._ix, ref) if ref.pinned else citing_articles(self._ix, ref, self._cited_laws())
        # the articles whose citation was resolved to the statute, whatever title they print
        # (only), else those whose citation prints its law (the facet value)
        selection: dict[str, Any] = {} if only is not None and not ref.pinned else {ref.facet: ref.value}
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

        from .statutes import StatuteArticle, article_versions, held_law, reference, unknown_article

        _args.text("statute", statute)
        _args.flags(all_copies=all_copies)
        ref = reference(statute, self._tagger, self._cited_laws)
        if ref.article is None:
            raise naming(InvalidArgumentError(f"{statute!r} names a law ({ref.law}) but no article: add one,"
                                              f" e.g. '{ref.law} 第一条'{LAW_ALONE}", argument="statute"), LAW_ALONE)
        versions = article_versions(ref, datetime.date.today().isoformat())
        typed = statute.strip() if ref.pinned else ref.value
        cited = self._cited_count(typed, all_copies)
        if not versions and ref.id is None and held_law(ref) and not cited:
            raise unknown_article(ref)  # an article news cite is counted, its note saying no version holds it
        return StatuteArticle(ref, typed, versions, cited, bool(all_copies))

    def _cites_held(self, selected: Mapping[str, Any]) -> None:
        """UnknownFacetError naming the law's nearest articles (:meth:`_lacking_article`) for
        a ``cites`` value of ``selected`` (the filters as :meth:`_statute_selection` gives them)
        that names an article no version of its law holds and no news article cites."""
        values = selected.get("cites", ())
        errors = [self._lacking_article(value) for value in values]
        if values and all(errors):  # a list (工伤保险条例 14 15) when none of its articles is held or cited
            raise errors[0]  # type: ignore[misc]

    def _lacking_article(self, value: str) -> InvalidArgumentError | None:
        """The UnknownFacetError (argument ``cites``; None else) for ``value`` (``中华人民共和国公司法 第九百九十九条``)
        when the statute collection holds its law but no version of it holds the article and
        no news article cites it, naming the law's nearest articles, as the look-up and
        cited-by say it: a search narrowed to it finds nothing, unsaid why. Not said of a
        collection whose last build was cut short (it may lack the article)."""
        import datetime

        from .statutes import article_versions, held_law, reference, unknown_article

        try:
            ref = reference(value, self._tagger, self._cited_laws)
        except LawNewsError:  # what the value names is said where it is read
            return None
        if not ref.article or ref.id is not None or ref.pinned or not held_law(ref):
            return None
        from .index.store.statutes import Collection

        if getattr(Collection.current(), "unfinished", False):  # a build cut short may lack it: not said
            return None
        if article_versions(ref, datetime.date.today().isoformat()) or self._cited_count(ref.value, True):
            return None
        return at_fault(unknown_article(ref), "cites")

    def _cited_count(self, statute: str, all_copies: bool = False) -> int:
        """The number of articles :meth:`cited_by` lists for ``statute`` (all its pages)."""
        return self.cited_by(statute, limit=0, all_copies=all_copies).total

    @_in_turn
    def _cited_laws(self) -> list[str]:
        """The laws the index's articles cite (its ``statute`` values)."""
        return list(self._searcher.index_facets().get("statute", {}))

    @staticmethod
    def _versions_in_query(query: str, filters: Mapping[str, Any]) -> "tuple[str, dict[str, Any]]":
        """``(query, filters)`` with the ``cites=`` values that name a version
        (``2021年民事诉讼法第二百五十二条``) moved into the query as ``cites:`` clauses (any of
        them), which take a version wherever a query goes (trends, first)."""
        from .index.store.statutes import versioned_reference
        from .statutes import expand_listed

        raw = filters.get("cites")
        if not raw:
            return query, dict(filters)
        values = expand_listed(_typed(raw))
        pinned = [v for v in values if versioned_reference(v) is not None and '"' not in v]
        if not pinned or len(pinned) < len(values):
            return query, dict(filters)  # none, or mixed: the filter says what is wrong
        clause = " OR ".join(f'cites:"{v}"' for v in pinned)
        rest = {k: v for k, v in filters.items() if k != "cites"}
        return (f"({query}) AND ({clause})" if not syntax.is_everything(query) else f"({clause})"), rest

    def _statute_step(self, query: str, filters: Mapping[str, Any]
                      ) -> "tuple[str, dict[str, Any], dict[str, dict[str, dict[str, tuple[str, ...]]]]]":
        """The statute step of :meth:`trends`, :meth:`first` and :meth:`profile`, one for all:
        ``(query, filters, typed)``, the ``cites=`` values naming a version moved into the query
        (:meth:`_versions_in_query`), the filters checked (:func:`.arguments.filters`) and their
        ``cites=``/``statute=`` values made the index's (:meth:`_statute_filters`, errors as
        :meth:`search` raises them), and what each value as typed selects, as :meth:`search`
        gives it in ``statute_filters`` (empty when none is typed)."""
        query, filters = self._versions_in_query(query, filters)
        typed: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {}
        selected = self._statute_filters(_args.filters(filters), typed)
        self._cites_held(selected)
        return query, selected, typed

    def _statute_filters(self, filters: Mapping[str, Any],
                         typed: "dict[str, dict[str, dict[str, tuple[str, ...]]]] | None" = None) -> dict[str, Any]:
        """``cites=`` and ``statute=`` filters as the index's values: ``cites="民诉法 第237条"``
        → ``cites="中华人民共和国民事诉讼法 第二百三十七条"``, ``cites="刑法"`` → ``statute=…``;
        UnknownFacetError listing the closest law names when one names no known law.
        A version named in ``cites=`` is taken by :meth:`search` and :meth:`facets`, and
        by :meth:`trends` and :meth:`first` as a ``cites:`` clause of their query
        (:meth:`_versions_in_query`); elsewhere a ``cites:`` in the query names it. ``typed``,
        when given, gets what each value as typed selects (:meth:`_statute_selection`)."""
        out, only = self._statute_selection(filters, typed=typed)
        if only is not None:
            raise InvalidArgumentError("a version in cites= is taken by search, facets, cited-by, trends and first;"
                                       " here write it in the query: cites:\"2021年民事诉讼法第二百五十二条\"",
                                       argument="cites")
        return out

    def _version_labels(self, filters: Mapping[str, Any]) -> dict[str, str]:
        """For each ``cites=`` value naming its version: the article's ``cites`` facet value →
        that version's name (``2021年中华人民共和国民事诉讼法 第二百五十二条``), which the
        filters and the ``cites`` facet of the results then show: the selected value names the
        version it holds to, and its count is of that version's citations (what the filter
        finds), never an every-version value beside it. Empty without such a value (or when a
        value is wrong: the selection says what is wrong)."""
        raw = filters.get("cites")
        if not raw:
            return {}
        from .index.store.statutes import versioned_reference
        from .statutes import expand_listed, reference

        labels: dict[str, str] = {}
        try:
            for value in expand_listed(_typed(raw)):
                if versioned_reference(value) is None:
                    continue
                ref = reference(value, self._tagger, self._cited_laws)
                if ref.pinned and ref.article and ref.version:
                    label = f"{ref.version[:4]}年{ref.law} {ref.article}"
                    if reference(label, self._tagger, self._cited_laws).version != ref.version:
                        label = value  # two versions in that year: the name typed
                    labels[ref.value] = label
        except LawNewsError:
            return {}
        return labels

    def _statute_selection(self, filters: Mapping[str, Any], titles: bool = True,
                           typed: "dict[str, dict[str, dict[str, tuple[str, ...]]]] | None" = None,
                           ) -> "tuple[dict[str, Any], set[str] | None]":
        """The filters as :meth:`_statute_filters` gives them, and when a ``cites=`` names its
        version (``2021年民事诉讼法第二百五十二条``), the ids of the articles whose citation of
        it is resolved to that version (else None). With ``titles``, a law or article the index
        holds under several printed titles the collection reads as one law (《测试法》 and
        《中华人民共和国测试法》) selects the citations of each, as cited-by lists them. ``typed``,
        when given, gets what each value as typed selects: ``{"cites": {"刑法": {"statute":
        ("中华人民共和国刑法",)}}}`` (a law alone in ``cites=`` selects the law's ``statute`` value)."""
        if not filters.get("cites") and not filters.get("statute"):
            return dict(filters), None
        from .statutes import citing_version, expand_listed, reference, same_law_values

        out = {k: v for k, v in filters.items() if k not in ("cites", "statute")}
        only: set[str] | None = None
        unpinned = []
        for name in ("statute", "cites"):
            raw = filters.get(name)
            values = _typed(raw)
            for given in values:
                for value in expand_listed([given]) if name == "cites" else [given]:  # 第十条至第十五条: each
                    ref = reference(value, self._tagger, self._cited_laws)
                    if name == "statute" and ref.article:
                        raise InvalidArgumentError(f"statute={value!r} names an article: use cites= for one article",
                                                   argument="statute")
                    if ref.pinned:
                        only = (only or set()) | citing_version(self._ix, ref)
                    elif name == "cites":
                        unpinned.append(value)
                    out[ref.facet] = (*out.get(ref.facet, ()), ref.value)
                    if titles and not ref.pinned:
                        more = same_law_values(ref, self._searcher.index_facets().get(ref.facet, {}))
                        out[ref.facet] = tuple(dict.fromkeys((*out[ref.facet], *more)))
                    else:
                        more = []
                    if typed is not None:
                        chosen = typed.setdefault(name, {}).setdefault(given, {})
                        chosen[ref.facet] = tuple(dict.fromkeys((*chosen.get(ref.facet, ()), ref.value, *more)))
        if only is not None and unpinned:
            raise InvalidArgumentError(f"cites= names a version in one value and none in {unpinned[0]!r}:"
                                       " give the versions of all, or of none", argument="cites")
        return out, only

    @_in_turn
    def citations(self, article_id: str) -> "tuple[lawnews.CitationView, ...]":
        """The statute citations of an article, in text order, each resolved against the
        statute collection (the version in force on the article's date) with the text of
        every article it cites, or the reason it could not be resolved (docs/statutes.md)."""
        from .statutes import citations_of

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
        _args.text("article_id", article_id)
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
        """Counts and the description of what built this index."""
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

    # -- writing ----------------------------------------------------------
    def writer(self, *, timeout: float = 10.0) -> lawnews.IndexWriter:
        """A write transaction: ``with ix.writer() as w: w.add(article)`` commits on success."""
        from .index.store.writer import IndexWriter

        _args.number("timeout", timeout)
        if self._searcher.closed:
            raise IndexClosedError("this index is closed: open it again (lawnews.NewsIndex.open) to write to it")
        if self.path is not None:
            _check_writable(self.path)
        return IndexWriter(self._ix, timeout=timeout)

    def add_articles(self, articles: "Iterable[Article | Mapping[str, Any]]", *, tag: bool = True) -> int:
        """Add (or replace) articles, tagging them first unless ``tag=False``; returns how many.

        Each item is an :class:`Article` or a mapping in the JSONL schema (``id``,
        ``title``, ``text``, optional ``date`` and ``source``, other keys kept as
        metadata). A bad item raises InvalidArgumentError or ArgumentTypeError naming
        its position, and nothing is added.
        """
        from .index.ingest.readers import record_article

        _args.flags(tag=tag)
        n = 0
        with self.writer() as w:
            for a in _args.articles(articles, lambda obj, n: record_article(obj, "", n), Article):
                w.add(self._tagger.tag_article(a) if tag else a)
                n += 1
        self._refresh_info()
        return n

    def add(self, paths: "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]", *,
            progress: lawnews.Progress | None = None) -> lawnews.IngestReport:
        """Index the files under ``paths`` (one path or several); each file's articles
        replace its earlier ones. Files are named relative to the index's folder (the
        common folder of what was first added to it), tagged with its taxonomy; the account
        names each skipped input by its absolute path, as :func:`build_index` does. The index
        records ``paths`` among the files and folders it is built from, as :func:`build_index`
        does, so that an update without paths (``build_index(None, ix.path)``, ``lawnews
        index --index-dir``) reads them again (an index of the bundled corpus records none)."""
        from .index.store.build import IngestReport, collecting_statutes, discount_refused, drop_own_files, iter_articles
        from .index.ingest.readers import as_paths, naming_root

        given = as_paths(paths)
        if self._info is not None:
            named = naming_root(self._info.root, given)
            if named is not None and str(named) != self._info.root:
                self._info = IndexInfo(**{**self._info.to_dict(), "root": str(named)})
        root = self._info.root if self._info is not None and self._info.root else None
        report = IngestReport(index_dir=str(self.path) if self.path else None)
        read = iter_articles(given, tagger=self._tagger, report=report, progress=progress, root=root)
        with self.writer() as w, collecting_statutes(read, report, root=root) as articles:
            w.add_files(articles, report.skipped)
        discount_refused(report, w)
        if self.path is not None:
            drop_own_files(report, self.path)
        if self.path is not None and self._info is not None and self._info.origin != BUNDLED:
            extra = {**self._info.extra, "inputs": _inputs(self.path, given, False)}
            self._info = IndexInfo(**{**self._info.to_dict(), "extra": extra})
        self._refresh_info()
        _absolute_inputs(report)
        return report

    def remove(self, *, article_id: str | None = None, file: str | None = None) -> int:
        """Remove one article or every article of a file; returns the sections removed.
        ``file`` is the file's name as results give it, or its path (relative to the
        current folder or absolute). An id or file the index does not hold raises
        ArticleNotFoundError (``no article with id …; nothing removed``), as
        :meth:`remove_all` does and as a search engine reports the deletion of a
        missing document (not found), instead of removing nothing silently."""
        if (article_id is None) == (file is None):
            raise InvalidArgumentError("give exactly one of article_id= or file=",
                                       argument="article_id" if article_id is None else "file")
        _args.text("article_id" if file is None else "file", article_id if file is None else file)
        removed = self.remove_all(article_ids=() if article_id is None else (article_id,),
                                  files=() if file is None else (file,))
        return sum(removed["articles"].values()) + sum(removed["files"].values())

    def remove_all(self, *, article_ids: Iterable[str] = (), files: Iterable[str] = (),
                   count_articles: bool = False) -> dict[str, dict[str, int]]:
        """Remove several articles and the articles of several files in one
        transaction: ``{"articles": {id: sections removed}, "files": {file: …}}``;
        with ``count_articles`` also ``"file_articles": {file: articles removed}``.
        When one id or file is not in the index, nothing is removed and
        ArticleNotFoundError names every one missing."""
        ids = list(dict.fromkeys(_args.text("article_ids item", i) for i in _args.iterable("article_ids", article_ids)))
        names = list(dict.fromkeys(_args.text("files item", f) for f in _args.iterable("files", files)))
        if self._searcher.closed:
            raise IndexClosedError("this index is closed: open it again (lawnews.NewsIndex.open) to write to it")
        if self.path is not None:
            _check_writable(self.path)
        removed: dict[str, dict[str, int]] = {"articles": {}, "files": {}}
        with self.writer() as w:
            for i in ids:
                removed["articles"][i] = w.delete_article(i)
            if count_articles:
                removed["file_articles"] = {f: self._articles_of_file(f) for f in names}
            for f in names:
                removed["files"][f] = self._delete_file(w, f)
            missing = [f"no article with id {i}" for i, n in removed["articles"].items() if not n]
            missing += [f"no article from file {f}" for f, n in removed["files"].items() if not n]
            if missing:  # the writer is cancelled: nothing is removed
                raise ArticleNotFoundError("; ".join(missing) + "; nothing removed",
                                           article_ids=tuple(i for i, n in removed["articles"].items() if not n),
                                           files=tuple(f for f, n in removed["files"].items() if not n))
        self._forget_inputs(names)
        self._refresh_info()
        return removed

    def _forget_inputs(self, files: list[str]) -> None:
        """Take the files whose articles were removed out of the inputs the index records
        for its updates (``extra.inputs``), where they were given by name, so that an update
        does not bring them back; a folder stays (its files come back while it holds them)."""
        if not files or self.path is None or self._info is None:
            return
        inputs = list(self._info.extra.get("inputs") or ())
        gone = {name for f in files for name in self._names_of(f)}
        kept = [p for p in inputs if os.path.isdir(p) or self._file_name(p) not in gone]
        if kept != inputs:
            self._info = IndexInfo(**{**self._info.to_dict(), "extra": {**self._info.extra, "inputs": kept}})

    def _delete_file(self, writer: Any, file: str) -> int:
        """Delete the articles of ``file`` (:meth:`_names_of`) with ``writer``; the sections deleted."""
        for name in self._names_of(file):
            if n := writer.delete_file(name):
                return n
        return 0

    def _articles_of_file(self, file: str) -> int:
        """How many articles the index holds from ``file`` (:meth:`_names_of`)."""
        from whoosh.query import Term

        with self._ix.searcher() as searcher:
            for name in self._names_of(file):
                ids = {searcher.stored_fields(d)["article_id"] for d in searcher.docs_for_query(Term("file", name))}
                if ids:
                    return len(ids)
        return 0

    def _names_of(self, file: str) -> tuple[str, ...]:
        """The names ``file`` may have in this index, tried in turn: as results name it,
        then as the path of a file (:meth:`_file_name`)."""
        return tuple(dict.fromkeys((file, self._file_name(file))))

    def _file_name(self, path: str) -> str:
        """The name the file at ``path`` has in this index (see :func:`.readers.file_name`)."""
        from .index.ingest.readers import file_name

        return file_name(path, self._info.root if self._info is not None and self._info.root else None)

    @_in_turn
    def _refresh_info(self) -> None:
        """After a write: the new sections' vectors (an index built with them), the
        citations resolved again if the statute collection changed, then the counts."""
        from .index.store import statutes

        if self._info is not None and self._info.extra.get("vectors"):
            from .index.store.build import encode_sections

            encode_sections(self._ix)
        recorded = statutes.sync(self._ix)
        if self.path is not None and self._info is not None:
            articles, sections = self._searcher.counts()
            extra = {**self._info.extra, "statutes": recorded}
            self._info = IndexInfo(**{**self._info.to_dict(), "articles": articles, "sections": sections,
                                      "extra": extra})
            storage.write_info(self.path, self._info)
        self.__dict__.pop("_outdated", None)

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


def _every_copy(copies: bool, all_copies: bool) -> bool:
    """Whether :meth:`NewsIndex.trends`, :meth:`~NewsIndex.first` and :meth:`~NewsIndex.profile`
    count every copy of a reposted story: ``copies=True``, or ``all_copies=True`` as
    :meth:`NewsIndex.search` names it (each an ArgumentTypeError naming it unless True or False)."""
    _args.flags(copies=copies, all_copies=all_copies)
    return copies or all_copies


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


def _check_writable(index_dir: Path, *, replacing: bool = False) -> None:
    """IndexReadOnlyError when this process cannot write in the index's folder (or, to
    replace it, in the folder that holds it); the index can still be searched."""
    from .index.store.sidestore import writable

    for folder in (index_dir, index_dir.parent) if replacing else (index_dir,):
        if not writable(folder):
            raise IndexReadOnlyError(
                f"the index at {index_dir} is read-only: this process cannot write in {folder}; it can be searched"
                " as it is, and changed where it can be written (copy it to a folder of yours, or build one there)",
                path=str(index_dir), folder=str(folder))


def _typed(raw: Any) -> list[str]:
    """The values of one ``cites=`` or ``statute=`` filter as typed: one value (str or
    int) or a collection of them (None: none), each as a string."""
    return [str(v) for v in ([raw] if isinstance(raw, (str, int)) else list(raw or ()))]


def _versioned_filters(filters: Mapping[str, tuple[str, ...]], labels: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """``filters`` with each ``cites`` value of a version selected named with its version."""
    if not labels or "cites" not in filters:
        return dict(filters)
    return {**filters, "cites": tuple(labels.get(v, v) for v in filters["cites"])}


def _versioned_facets(facets: Mapping[str, dict[str, int]], labels: Mapping[str, str]) -> dict[str, dict[str, int]]:
    """``facets`` with the ``cites`` value of each version selected named with its version:
    its count is of the articles the version filter keeps (all the counts are)."""
    if not labels or "cites" not in facets:
        return dict(facets)
    return {**facets, "cites": {labels.get(v, v): n for v, n in facets["cites"].items()}}


def ensure_default_index(*, progress: lawnews.Progress | None = None) -> Path:
    """Build the default index from the bundled corpus if it is missing or stale.

    ``$LAWNEWS_INDEX_DIR``, when set, names an index that must exist (a typo must not
    turn into a copy of the bundled corpus): IndexNotFoundError if it does not.
    Processes that find the per-user index missing or stale at the same time build
    it once: the first holds the build lock, the others wait for it and then use
    what it built.
    """
    named = env_index_dir()
    if named is not None:
        if storage.read_info(named) is None or not storage.exists(named):
            raise IndexNotFoundError(
                f"no lawnews index at {named}, which {INDEX_DIR_ENV} names; build one with"
                f" `lawnews index PATH…`, or unset {INDEX_DIR_ENV} to use the default index", path=str(named))
        return named
    path = user_index_dir()
    corpus = bundled_corpus()
    if _usable(path, corpus):
        return path
    if not corpus.is_dir():
        raise LawNewsError(f"no index at {path} and no bundled corpus at {corpus}; build one with `lawnews index PATH…`")
    from .index.store.build import build_index as _build_index
    from .index.store.locks import build_lock

    with build_lock(path):
        if not _usable(path, corpus):
            _build_index([corpus], path, rebuild=True, progress=progress, origin=BUNDLED)
    return path


def _usable(path: Path, corpus: Path) -> bool:
    """Whether the default index at ``path`` can be used as it is."""
    info = storage.read_info(path) if path.exists() else None
    if info is not None and info.origin != BUNDLED:
        return True  # built by the user from their own files: never rebuilt behind their back
    return info is not None and storage.exists(path) and _fresh(info, corpus)


def _fresh(info: IndexInfo, corpus: Path) -> bool:
    from .index.store.build import corpus_fingerprint

    return (
        info.incompatibility() is None
        and info.lawnews_version == __version__
        and info.tagger == Tagger.default().fingerprint
        and info.corpus_fingerprint == corpus_fingerprint([corpus])
    )


def _check_search(query: Any, limit: Any, offset: Any, filters: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments every search takes: a query string, counts, facet filters (returned
    as :func:`.arguments.filters` gives them)."""
    _args.text("query", query)
    _args.count("limit", limit)
    _args.count("offset", offset)
    return _args.filters(filters)


def _check_bank(question_bank: Any) -> None:
    if not isinstance(question_bank, (bool, QuestionBank)):
        raise ArgumentTypeError(f"question_bank must be True, False or a QuestionBank, not {type(question_bank).__name__}",
                                argument="question_bank")


def _tagger(taxonomy: "str | os.PathLike[str] | None") -> Tagger:
    return Tagger(taxonomy=os.fspath(taxonomy)) if taxonomy else Tagger.default()


#: The copy of its taxonomy file that an index built with one keeps in its folder.
TAXONOMY_COPY = "taxonomy.toml"


def _recorded_taxonomy(index_dir: "str | os.PathLike[str]", info: IndexInfo) -> str | None:
    """The taxonomy file the index at ``index_dir`` was built with (None: the shipped
    one), or where that file is gone the copy the index keeps of it (:data:`TAXONOMY_COPY`);
    IndexVersionError if both are gone."""
    recorded = info.extra.get("taxonomy")
    if recorded and not Path(recorded).is_file():
        kept = Path(index_dir) / TAXONOMY_COPY
        if kept.is_file():
            return str(kept)
        raise IndexVersionError(
            f"the index at {index_dir} was built with the taxonomy {recorded}, which is gone; put it back,"
            f" or rebuild the index with `lawnews index --rebuild [PATH…] --index-dir {index_dir}`"
            " (and --taxonomy FILE for another one)", path=str(index_dir))
    return recorded or None


#: What to do with another taxonomy for an index (the command line says --taxonomy, --rebuild).
_TAXONOMY_ADVICE = " update it without taxonomy=, or rebuild it with rebuild=True and taxonomy="


def _update_taxonomy(index_dir: Path, taxonomy: "str | os.PathLike[str] | None",
                     rebuild: bool) -> str | None:
    """The taxonomy to tag with when indexing into ``index_dir``: the one given for a
    new index or a rebuild; for an update, the one the index was built with (giving
    another one is refused: its articles would be tagged two ways)."""
    given = str(Path(taxonomy).resolve()) if taxonomy else None
    info = None if rebuild or not storage.exists(index_dir) else storage.read_info(index_dir)
    if info is None:
        return given
    recorded = info.extra.get("taxonomy") or None
    if given is not None and given != recorded:
        raise naming(InvalidArgumentError(
            f"the index at {index_dir} was built with {f'the taxonomy {recorded}' if recorded else 'the shipped taxonomy'};"
            f"{_TAXONOMY_ADVICE}{taxonomy} to tag every article with the new one", argument="taxonomy"),
            _TAXONOMY_ADVICE)
    return _recorded_taxonomy(index_dir, info)


def build_index(paths: "str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None" = None,
                index_dir: "str | os.PathLike[str] | None" = None, *, rebuild: bool = False,
                progress: lawnews.Progress | None = None, dry_run: bool = False,
                taxonomy: "str | os.PathLike[str] | None" = None, jobs: int | None = None,
                vectors: bool = False, reread: bool = False, wait: bool = True) -> lawnews.IngestReport:
    """Index files and folders into ``index_dir`` (default index); without ``paths``, the
    files and folders the index was built from (a new index: the bundled corpus).

    Returns the account: files, articles, sections and every skipped input with its
    reason, each input named by its absolute path (on a first build and on updates alike). ``dry_run`` computes the account without writing. ``taxonomy`` names a
    mechanism taxonomy file that extends (``extends = "default"``) or replaces the
    shipped one; the index remembers it. ``jobs`` worker processes tag and segment
    (default: one per CPU for inputs of 4 MB or more, else none); the index is the same.
    ``vectors`` also gives every section a sentence vector, with which questions are
    ranked by meaning as well as by words (the model, about 90 MB, is downloaded
    on first use); the index keeps them up to date on later updates. An update
    tags with the taxonomy the index was built with; another ``taxonomy`` needs
    ``rebuild`` (else InvalidArgumentError). ``paths`` is one path or several.
    An update does not read again the files unchanged since the index took their
    articles (same size and modification time, same lawnews and taxonomy, all their
    articles still in the index); the account counts them (``unchanged``).
    ``reread`` reads every file again. One build of an index runs at a time: another
    process building it is waited for (``wait=False``: IndexLockedError naming that
    process, its command and since when).

    >>> report = build_index(["corpus/"], "var/index", rebuild=True)   # doctest: +SKIP
    >>> report.articles, [s.reason for s in report.skipped]              # doctest: +SKIP
    """
    _args.path("index_dir", index_dir, optional=True)
    _args.flags(rebuild=rebuild, dry_run=dry_run, vectors=vectors, reread=reread, wait=wait)
    if jobs is not None:
        _args.count("jobs", jobs, minimum=1)
    target = Path(index_dir) if index_dir is not None else default_index_dir()
    if dry_run:
        return _build(paths, target, rebuild, progress, dry_run, taxonomy, jobs, vectors, reread)
    from .index.store.locks import build_lock

    with build_lock(target, timeout=None if wait else 0):  # one build of an index at a time
        return _build(paths, target, rebuild, progress, dry_run, taxonomy, jobs, vectors, reread)


def _build(paths: Any, target: Path, rebuild: bool, progress: "lawnews.Progress | None", dry_run: bool,
           taxonomy: Any, jobs: "int | None", vectors: bool, reread: bool) -> lawnews.IngestReport:
    """:func:`build_index` once its arguments are checked (and, but for a dry run, the build lock held)."""
    from .index.store.build import build_index as _build_index
    from .index.ingest.readers import as_paths

    if not dry_run and storage.exists(target):
        _check_writable(target, replacing=rebuild)
    recorded = _recorded_inputs(target) if paths is None else None
    if recorded and not any(os.path.lexists(p) for p in recorded):
        raise InvalidArgumentError(
            f"none of the files and folders the index at {target} was built from is there any more"
            f" ({', '.join(recorded)}); if they were moved, name them at their new place:"
            f" `lawnews index NEW_PATH… --index-dir {target}` (their articles are not indexed twice)", argument="paths")
    bundled = paths is None and recorded is None and taxonomy is None and not vectors
    paths = recorded if recorded is not None else [bundled_corpus()] if paths is None else as_paths(paths)
    taxonomy = _update_taxonomy(target, taxonomy, rebuild)
    extra: dict[str, Any] = {"taxonomy": taxonomy} if taxonomy else {}
    if not bundled:
        extra["inputs"] = _inputs(target, paths, rebuild)
    report = _build_index(paths, target, rebuild=rebuild, progress=progress, tagger=_tagger(taxonomy),
                          origin=BUNDLED if bundled else "", dry_run=dry_run, extra=extra, procs=jobs,
                          vectors=vectors, reread=reread)
    if taxonomy and not dry_run:
        _keep_taxonomy(Path(taxonomy), target)
    _absolute_inputs(report)
    return report


def _absolute_inputs(report: lawnews.IngestReport) -> None:
    """Name each skipped or warned-about input of ``report`` by its absolute path (with its
    ``:line`` or ``:page N``), whether it was typed relative, found in a folder given or
    read again from the inputs an update records: an input is named alike on every run."""
    from dataclasses import replace

    report.skipped = [replace(s, path=os.path.abspath(s.path)) for s in report.skipped]
    report.warnings = [replace(w, path=os.path.abspath(w.path)) for w in report.warnings]


def _recorded_inputs(index_dir: Path) -> list[str] | None:
    """The files and folders an index of one's own files was built from, to update it
    from when none are named (None: no index there yet, or the bundled corpus's);
    InvalidArgumentError for an index of one's own files that does not record them."""
    info = storage.read_info(index_dir) if storage.exists(index_dir) else None
    if info is None or info.origin == BUNDLED:
        return None
    inputs = info.extra.get("inputs")
    if inputs == []:
        raise InvalidArgumentError(
            f"the index at {index_dir} has no files or folders left to update it from (those given by name"
            f" were removed from it); name the files or folders to read: `lawnews index PATH… --index-dir {index_dir}`",
            argument="paths")
    if not inputs:
        raise InvalidArgumentError(
            f"the index at {index_dir} holds files of your own and does not record which; name the files"
            f" or folders to update it from: `lawnews index PATH… --index-dir {index_dir}`", argument="paths")
    return [str(p) for p in inputs]


def _inputs(index_dir: Path, paths: "Sequence[str | os.PathLike[str]]", rebuild: bool) -> list[str]:
    """What the index records as built from: the paths given (absolute), with those it
    recorded before unless it is built afresh; a path inside another one recorded (a
    file given by name in a folder the index is built from) is none of its own, so that
    an update from them reads that file once, through its folder."""
    info = None if rebuild or not storage.exists(index_dir) else storage.read_info(index_dir)
    before = list(info.extra.get("inputs") or ()) if info is not None and info.origin != BUNDLED else []
    if info is not None and info.root and not os.path.isdir(info.root):  # its folder moved: so did they
        before = [p for p in before if os.path.lexists(p) or not _under(p, info.root)]
    given = [os.path.abspath(p) for p in paths]
    inputs = set(before) | set(given)
    folders = [p for p in inputs if os.path.isdir(p)]
    return sorted(p for p in inputs if not any(f != p and _walked(p, f) for f in folders))


def _walked(path: str, folder: str) -> bool:
    """Whether reading ``folder`` reads ``path``: it lies inside, and not under a hidden
    name or an Office lock file's (which a folder's walk passes over, and which are read
    when given by name)."""
    if not _under(path, folder):
        return False
    parts = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(folder))).parts
    return not any(part.startswith((".", "~$")) for part in parts)


def _under(path: str, folder: str) -> bool:
    return os.path.commonpath([os.path.abspath(path), os.path.abspath(folder)]) == os.path.abspath(folder)


def _keep_taxonomy(taxonomy: Path, index_dir: Path) -> None:
    """Copy the taxonomy file an index is tagged with into its folder, so that the index
    can still be searched and updated when the file is moved or deleted."""
    import shutil

    kept = index_dir / TAXONOMY_COPY
    if not index_dir.is_dir() or (kept.exists() and kept.resolve() == taxonomy.resolve()):
        return
    part = kept.with_name(kept.name + ".part")
    shutil.copyfile(taxonomy, part)
    os.replace(part, kept)


def search(query: str, *, index_dir: "str | os.PathLike[str] | None" = None, limit: int = 10,
           offset: int = 0, progress: lawnews.Progress | None = None, strict: bool = False,
           expand: bool = True, group: str = "article", sort: str = "relevance",
           lenient: bool = False, explain: bool = False, semantic: bool | None = None,
           all_copies: bool = False, question_bank: "bool | QuestionBank" = True,
           start: str | None = None, end: str | None = None,
           **filters: "str | Iterable[str] | int | None") -> SearchResults:
    """Search the default index (or ``index_dir``): ``search("交叉执行", province="湖北")``;
    the other arguments as in :meth:`NewsIndex.search`."""
    filters = _check_search(query, limit, offset, filters)
    _args.flags(lenient=lenient, explain=explain, semantic=semantic, strict=strict, expand=expand,
                 all_copies=all_copies)
    _check_bank(question_bank)
    _args.path("index_dir", index_dir, optional=True)
    ix = NewsIndex.open(index_dir) if index_dir is not None else NewsIndex.default(progress=progress)
    with ix:
        return ix.search(query, limit=limit, offset=offset, strict=strict, expand=expand, group=group,
                         sort=sort, lenient=lenient, explain=explain, semantic=semantic,
                         all_copies=all_copies, question_bank=question_bank, start=start, end=end, **filters)


def _index_at(index_dir: "str | os.PathLike[str] | None", progress: lawnews.Progress | None) -> NewsIndex:
    _args.path("index_dir", index_dir, optional=True)
    return NewsIndex.open(index_dir) if index_dir is not None else NewsIndex.default(progress=progress)


def trends(query: str = "", *, index_dir: "str | os.PathLike[str] | None" = None,
           progress: lawnews.Progress | None = None, by: str = "mechanism", every: str = "month",
           top: int | None = None, copies: bool = False, all_copies: bool = False,
           start: str | None = None, end: str | None = None,
           expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
           **filters: "str | Iterable[str] | int | None") -> lawnews.Trends:
    """:meth:`NewsIndex.trends` on the default index (or ``index_dir``), which builds itself
    from the bundled corpus on first use (``progress`` reports it); the options are that
    method's: by=, every=, top=, copies= (or all_copies=), start=, end=, expand=, strict=, lenient=,
    semantic= and the facet filters."""
    with _index_at(index_dir, progress) as ix:
        return ix.trends(query, by=by, every=every, top=top, copies=copies, all_copies=all_copies, start=start, end=end,
                         expand=expand, strict=strict, lenient=lenient, semantic=semantic, **filters)


def first(query: str = "", *, index_dir: "str | os.PathLike[str] | None" = None,
          progress: lawnews.Progress | None = None, by: str = "province",
          mechanism: "str | Iterable[str] | None" = None, copies: bool = False, all_copies: bool = False,
          start: str | None = None, end: str | None = None, expand: bool = True, strict: bool = False,
          lenient: bool = False, semantic: bool | None = None,
          **filters: "str | Iterable[str] | int | None") -> lawnews.Adoption:
    """:meth:`NewsIndex.first` on the default index (or ``index_dir``), which builds itself
    from the bundled corpus on first use (``progress`` reports it); the options are that
    method's: by=, mechanism=, copies= (or all_copies=), start=, end=, expand=, strict=, lenient=,
    semantic= and the facet filters."""
    with _index_at(index_dir, progress) as ix:
        return ix.first(query, by=by, mechanism=mechanism, copies=copies, all_copies=all_copies, start=start, end=end,
                        expand=expand, strict=strict, lenient=lenient, semantic=semantic, **filters)


def profile(subject: str, *, index_dir: "str | os.PathLike[str] | None" = None,
            progress: lawnews.Progress | None = None, every: str = "auto", top: int = 10, copies: bool = False,
            all_copies: bool = False, start: str | None = None, end: str | None = None, query: str = "",
            expand: bool = True, strict: bool = False, lenient: bool = False, semantic: bool | None = None,
            **filters: "str | Iterable[str] | int | None") -> lawnews.Profile:
    """:meth:`NewsIndex.profile` on the default index (or ``index_dir``), which builds itself
    from the bundled corpus on first use (``progress`` reports it); the options are that
    method's: every=, top=, copies= (or all_copies=), start=, end=, query=, expand=, strict=,
    lenient=, semantic= and the filters of other facets."""
    with _index_at(index_dir, progress) as ix:
        return ix.profile(subject, every=every, top=top, copies=copies, all_copies=all_copies, start=start, end=end,
                          query=query, expand=expand, strict=strict, lenient=lenient, semantic=semantic, **filters)


def parse(paths: "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]", *,
          skipped: list[lawnews.Skip] | None = None,
          taxonomy: "str | os.PathLike[str] | None" = None,
          progress: lawnews.Progress | None = None,
          warnings: list[lawnews.Skip] | None = None) -> Iterator[Article]:
    """Parsed, tagged articles from files and folders, without touching any index.

    ``paths`` is one path or several. Inputs that cannot be used are appended to
    ``skipped`` with their reason; records given all the same with something in
    them that could not be used (a ``province`` that names none), to ``warnings``.

    >>> [a.id for a in parse(["corpus/002_79b23406edc23697.txt"])][:2]   # doctest: +SKIP
    ['002_79b23406edc23697#1', '002_79b23406edc23697#2']
    """
    from .index.ingest.readers import as_paths

    return _parse(as_paths(paths), skipped, taxonomy, progress, warnings)  # a wrong type fails here, not at next()


def _parse(paths: "list[str | os.PathLike[str]]", skipped: "list[lawnews.Skip] | None",
           taxonomy: "str | os.PathLike[str] | None", progress: "lawnews.Progress | None",
           warnings: "list[lawnews.Skip] | None" = None) -> Iterator[Article]:
    from .index.store.build import IngestReport, iter_articles

    for name, value in (("skipped", skipped), ("warnings", warnings)):
        if value is not None and not isinstance(value, list):
            raise ArgumentTypeError(f"{name} must be a list (or None), not {type(value).__name__}", argument=name)
    report = IngestReport()
    yield from iter_articles(paths, report=report, tagger=_tagger(taxonomy), progress=progress)
    if skipped is not None:
        skipped.extend(report.skipped)
    if warnings is not None:
        warnings.extend(report.warnings)


def export(index: NewsIndex, out: IO[str], *, format: str = "jsonl", index_name: str = "lawnews",
           query: str = "", start: str | None = None, end: str | None = None, expand: bool = True,
           strict: bool = False, lenient: bool = False, semantic: bool | None = None,
           **filters: "str | Iterable[str] | int | None") -> int:
    """Write the index's articles to ``out`` (a text file open for writing) as ``jsonl``
    (one article a line, the input schema ``lawnews index`` reads back, with the article's
    ``story``: the id of the article leading its reposts, its own when it has none) or
    ``es`` (an Elasticsearch/OpenSearch ``_bulk`` body named ``index_name``: one document
    per section, docs/scaling-out.md); returns how many it wrote: articles for ``jsonl``,
    section documents for ``es``.

    ``query``, ``start``/``end`` and the facet filters (``province=``, ``court=``, ``cites=`` …),
    read with ``expand``, ``strict``, ``lenient`` and ``semantic``, narrow the export to the
    articles ``index.search(query, all_copies=True, …)`` counts: every copy of each matching
    story, so that its rows counted by ``story`` give the search's total, and by a facet
    ``facets(…, all_copies=True)``. Without them, every article. A bad query or filter
    raises before anything is written."""
    from . import exporters as _export

    if not isinstance(index, NewsIndex):
        raise ArgumentTypeError(f"index must be a NewsIndex, not {type(index).__name__}", argument="index")
    _args.choice("format", format, ("jsonl", "es"))
    _args.text("index_name", index_name)
    if format == "es" and (problem := _export.index_name_problem(index_name)) is not None:
        raise InvalidArgumentError(problem, argument="index_name")
    ids = index._matching_ids(query, start=start, end=end, expand=expand, strict=strict, lenient=lenient,
                              semantic=semantic, **filters)
    if not callable(getattr(out, "write", None)):
        raise ArgumentTypeError(f"out must be a text file open for writing, not {type(out).__name__}", argument="out")
    if format == "jsonl":
        return _export.write_jsonl(index._articles_of(ids), out, story_of=index._story_of)
    if format == "es":
        return _export.write_bulk(index._articles_of(ids), out, index_name, story_of=index._story_of)
    raise AssertionError(format)  # checked above


def export_mapping() -> dict[str, Any]:
    """The Elasticsearch/OpenSearch index mapping of the ``es`` export."""
    from . import exporters as _export

    return _export.es_mapping()


def tag(text: "str | bytes", *, taxonomy: "str | os.PathLike[str] | None" = None) -> TextTags:
    """Regions, courts and mechanisms found in ``text``, each mention with its span, and
    (in ``about``) the laws and statute articles it cites. Bytes are decoded as page files are (UTF-8, UTF-16 with its BOM, GB18030).

    >>> [m.value for m in tag("荆州中院组织交叉执行").courts]
    ['荆州市中级人民法院']
    """
    if isinstance(text, bytes):
        from .index.ingest.readers import decode

        try:
            text, _encoding = decode(text)
        except ValueError as e:
            raise InvalidArgumentError(f"text is not text: {e}", argument="text") from None
    _args.text("text", text)
    tagger = _tagger(taxonomy)
    found = tagger.tag_text(text)
    # the statutes it cites, as indexing finds them in an article's text
    from dataclasses import replace

    from .index.tagging import citations

    return replace(found, about=citations.citing(found.about, citations.extract(text, tagger.laws)))
