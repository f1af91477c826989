"""The library facade: :class:`NewsIndex` and the convenience functions.

Everything a caller needs goes through here: open, create or build an index, add
and remove articles, search with facet filters, fetch an article, read stats.
Results are plain dataclasses (:mod:`lawnews.search.results`); no Whoosh object
or open file escapes. The CLI is a thin client of this module.

In: what a caller asks: a query and its filters for the default index or one named
(:func:`search`, :func:`trends`, :func:`first`, :func:`profile`), files to parse, an index to
export, a text to tag; and every name callers import from here, each held by the module of
its concern (:mod:`.news_index`, :mod:`.building`, :mod:`.taxonomies`, :mod:`.checks`,
:mod:`.statute_filters`).
Out: the results of those calls, and those names.

    >>> from lawnews import NewsIndex
    >>> with NewsIndex.default() as ix:                     # doctest: +SKIP
    ...     for hit in ix.search("交叉执行", province="湖北"):
    ...         print(hit.title, hit.snippet)
"""

from __future__ import annotations

import os
from typing import IO, Any, Iterable, Iterator

from . import arguments as _args
from .errors import ArgumentTypeError, InvalidArgumentError
from .index.documents import Article
from .index.tagging import TextTags
from .search.questions import QuestionBank
from .search.results import SearchResults

# The library's face: every name callers import from here, each held by the module of its
# concern (the index object, building and the default index, the taxonomy an index is
# tagged with, the arguments' checks, the statute filters).
from .building import (BUNDLED, _absolute_inputs, _build, _check_writable, _fresh, _inputs, _recorded_inputs,
                       _under, _usable, _walked, build_index, ensure_default_index)
from .checks import _check_bank, _check_search, _every_copy
from .index_base import _in_turn, _Method
from .news_index import _SEARCH_OPTIONS, MOST_HITS, NewsIndex, _folder_id
from .statute_filters import _typed, _versioned_facets, _versioned_filters
from .taxonomies import TAXONOMY_COPY, _TAXONOMY_ADVICE, _keep_taxonomy, _recorded_taxonomy, _tagger, _update_taxonomy

# Building, writing and exporting are imported where they are used: a search
# (the command line's most frequent call) does not load the ingest pipeline. The types
# of their results are named in hints as attributes of the package (lawnews.Trends,
# lawnews.IngestReport), which loads each when it is asked for: typing.get_type_hints,
# help() and a type checker resolve every hint without the import of this module loading them.
import lawnews

__all__ = ["NewsIndex", "build_index", "ensure_default_index", "search", "trends", "first", "profile", "parse",
           "export", "export_mapping", "tag", "BUNDLED", "MOST_HITS", "TAXONOMY_COPY"]


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
    ``facets(…, all_copies=True)``; with ``start``/``end`` or ``year=``, each copy by its own
    date: the copies in the range, among them the later reposts of a story first printed
    before it, which the search (without ``all_copies``) does not count. Without them, every
    article. A bad query or filter raises before anything is written."""
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
    (in ``about``) the laws and statute articles it cites. Bytes are decoded as page files are (UTF-8, UTF-16 with its BOM or without, GB18030).

    >>> [m.value for m in tag("荆州中院组织交叉执行").courts]
    ['荆州市中级人民法院']
    """
    if isinstance(text, bytes):
        from .index.ingest.decoding import decode

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
