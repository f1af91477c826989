"""Writing to the index object: adding articles and files, removing them, what it records after.

In: articles (:class:`~lawnews.index.documents.Article` or JSONL-schema mappings), files and
folders to index, ids and files to remove, for an open index (:class:`IndexWriting`, a layer of
:class:`~lawnews.news_index.NewsIndex`).
Out: a write transaction (:class:`~lawnews.index.store.writer.IndexWriter`), the number of
articles added, the ingest account of files added, the sections removed (by id and by file);
the index's build record (its inputs, counts, statute collection, the files and articles removed
that its updates keep out until a file is named again) written after each write; the statute
records of a file or article removed taken out of the statute collection.
IndexClosedError for a closed index, IndexReadOnlyError for one this process cannot write,
ArticleNotFoundError for an id or file the index does not hold (nothing removed),
ArticleIdTakenError for an article added whose id another file's article holds (nothing added).
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Mapping

from . import arguments as _args
from .building import BUNDLED, _absolute_inputs, _check_writable, _inputs, _walked
from .errors import FOLDER_GIVEN, ArticleNotFoundError, IndexClosedError, InvalidArgumentError, naming
from .index.documents import Article, printable_value
from .index.store import storage
from .index.store.kept_out import KEY as KEPT_OUT, KeptOut, path_of
from .index.store.storage import IndexInfo
from .index_base import IndexBase, _in_turn

# The writer's and the ingest's types are named in hints as attributes of the package
# (lawnews.IndexWriter, lawnews.IngestReport), which loads each when it is asked for.
import lawnews


def _no_file(f: str, named: "list[str] | None" = None) -> str:
    """What a removal says of a file ``f`` the index holds no article from: a folder is named
    as one, with how to leave it out; a file the index names by its path in a subfolder
    (``named``: the index's names ending in ``/f``), named as the index names it."""
    if os.path.isdir(f):
        return f"{f} is a folder: {FOLDER_GIVEN[0]} (as results name it, or its path), one at a time; {FOLDER_GIVEN[1]}"
    if named:
        shown = " or ".join(named[:3]) + (f" (or {len(named) - 3} more)" if len(named) > 3 else "")
        return f"no article from file {f} (did you mean {shown}? the index names a file by its path in its folder)"
    return f"no article from file {f}"


def _count_once(removed: dict[str, dict[str, Any]], names_of: dict[str, str], files_of: dict[str, "str | None"]) -> None:
    """Count each article removed once in ``removed`` (what :meth:`IndexWriting.remove_all`
    returns): a file named twice (by its name and by its path) under the first name only, and
    an article removed by id under its id, not again under its file."""
    seen: set[str] = set()
    for f, name in names_of.items():
        by_id = [i for i, n in removed["articles"].items() if n and files_of.get(i) == name]
        if name in seen:
            removed["files"][f] = 0
        else:
            removed["files"][f] -= sum(removed["articles"][i] for i in by_id)
        if "file_articles" in removed:
            removed["file_articles"][f] = 0 if name in seen else removed["file_articles"][f] - len(by_id)
        seen.add(name)


class IndexWriting(IndexBase):
    """The writing calls of :class:`~lawnews.news_index.NewsIndex`."""

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
        its position, and nothing is added. A record replaces the earlier record of its
        id; an article of the index's files is not replaced (nor is a record by an article
        naming a file): its id raises ArticleIdTakenError naming the id and what holds it
        (``article_id``, ``file``), and nothing is added.
        """
        from .index.ingest.jsonl import record_article

        _args.flags(tag=tag)
        n = 0
        added = []
        with self.writer() as w:
            # a lone surrogate in a string made in Python (a name read from GBK bytes) as its escape:
            # stored as UTF-8 can hold it, tagged as stored
            for a in _args.articles(articles, lambda obj, n: record_article(printable_value(obj), "", n), Article):
                a = a.printable()
                w.add(self._tagger.tag_article(a) if tag else a)
                added.append(a.id)
                n += 1
        kept = self._kept_out()
        if any(kept.article(i) for i in added):  # added by id: no longer kept out
            self._keep_out(KeptOut(kept.files, {i: f for i, f in kept.articles.items() if i not in added}))
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
        kept = self._kept_out().present(root).naming(given, root)
        read = iter_articles(given, tagger=self._tagger, report=report, progress=progress, root=root, kept_out=kept)
        with self.writer() as w, collecting_statutes(read, report, root=root) as articles:
            w.add_files(articles, report.skipped, where=lambda f: os.path.join(root, f) if root else f)
        discount_refused(report, w)
        if self.path is not None:
            drop_own_files(report, self.path)
        if self.path is not None and self._info is not None and self._info.origin != BUNDLED:
            extra = {**self._info.extra, "inputs": _inputs(self.path, given, False)}
            self._info = IndexInfo(**{**self._info.to_dict(), "extra": extra})
        self._keep_out(kept)
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
                   count_articles: bool = False) -> dict[str, dict[str, Any]]:
        """Remove several articles and the articles of several files in one
        transaction: ``{"articles": {id: sections removed}, "files": {file: …}}``;
        with ``count_articles`` also ``"file_articles": {file: articles removed}`` and
        ``"kept_out": {"files": {file: its path}, "articles": {id: its file's path}}`` for
        those the index keeps out of its later updates. A file removed that is still there in a folder the index is
        updated from, and an article removed from a file the index is updated from, stay out:
        its updates and rebuilds leave them out until the file is given by name again
        (``ix.add(path)``, ``build_index([path], …)``; :mod:`.index.store.kept_out`).
        When one id or file is not in the index, nothing is removed and
        ArticleNotFoundError names every one missing."""
        ids = list(dict.fromkeys(_args.stored_name("article_ids item", i)
                                 for i in _args.iterable("article_ids", article_ids)))
        names = list(dict.fromkeys(_args.stored_name("files item", f) for f in _args.iterable("files", files)))
        if self._searcher.closed:
            raise IndexClosedError("this index is closed: open it again (lawnews.NewsIndex.open) to write to it")
        if self.path is not None:
            _check_writable(self.path)
        removed: dict[str, dict[str, Any]] = {"articles": {}, "files": {}}
        files_of = {i: self._file_of(i) for i in ids}
        names_of: dict[str, str] = {}  # each file removed: the name the index gave it
        with self.writer() as w:
            for i in ids:
                removed["articles"][i] = w.delete_article(i)
            if count_articles:
                removed["file_articles"] = {f: self._articles_of_file(f) for f in names}
            for f in names:
                removed["files"][f], name = self._delete_file(w, f)
                if name is not None:
                    names_of[f] = name
            missing = [f"no article with id {i}" for i, n in removed["articles"].items() if not n]
            missing += [_no_file(f, self._files_ending(f)) for f, n in removed["files"].items() if not n]
            if missing:  # the writer is cancelled: nothing is removed
                error = ArticleNotFoundError("; ".join(missing) + "; nothing removed",
                                             article_ids=tuple(i for i, n in removed["articles"].items() if not n),
                                             files=tuple(f for f, n in removed["files"].items() if not n))
                raise naming(error, *FOLDER_GIVEN) if any(os.path.isdir(f) for f in error.files) else error
        _count_once(removed, names_of, files_of)
        self._forget_statutes(names_of.values(), {i: f for i, f in files_of.items() if f and f not in names_of.values()})
        self._forget_inputs(names)
        # kept out of later updates: what an update would read again, while it is there
        files = {k: n for k, n in names_of.items() if self._read_again(self._path_of(n), False)}
        articles = {i: f for i, f in files_of.items()
                    if f and f not in files.values() and self._read_again(self._path_of(f), True)}
        self._keep_out(self._kept_out().removing(files.values(), articles))
        self._refresh_info()
        if count_articles:
            removed["kept_out"] = {"files": {k: self._path_of(n) for k, n in files.items()},
                                   "articles": {i: self._path_of(f) for i, f in articles.items()}}
        return removed

    def _kept_out(self) -> KeptOut:
        """The files and articles this index keeps out of its updates (:mod:`.index.store.kept_out`)."""
        return KeptOut.of(self._info.extra if self._info is not None else None)

    def _keep_out(self, kept: KeptOut) -> None:
        """Record ``kept`` as what the index keeps out (written with the index's record next)."""
        if self.path is None or self._info is None or kept == self._kept_out():
            return
        extra = {**self._info.extra, KEPT_OUT: kept.to_extra()}
        self._info = IndexInfo(**{**self._info.to_dict(), "extra": extra})

    def _read_again(self, path: str, by_name: bool) -> bool:
        """Whether an update of this index would read the file at ``path`` again: it is still
        there, in a folder the index is updated from (the bundled corpus, for the default
        index), or, ``by_name``, it is one of the files the index is updated from."""
        from .config import bundled_corpus

        if self.path is None or self._info is None or not os.path.lexists(path):
            return False
        bundled = self._info.origin == BUNDLED
        inputs = [str(bundled_corpus())] if bundled else [str(p) for p in self._info.extra.get("inputs") or ()]
        return any(_walked(path, p) if os.path.isdir(p) else by_name and self._file_name(p) == self._file_name(path)
                   for p in inputs)

    def _file_of(self, article_id: str) -> str | None:
        """The name of the file the article ``article_id`` came from ("" none; None: no such article)."""
        from whoosh.query import Term

        with self._ix.searcher() as searcher:
            for d in searcher.docs_for_query(Term("article_id", article_id)):
                return str(searcher.stored_fields(d).get("file") or "")
        return None

    def _path_of(self, name: str) -> str:
        """The path of the file this index names ``name`` (under its folder unless absolute)."""
        return path_of(name, self._info.root if self._info is not None and self._info.root else None)

    def _forget_statutes(self, names: Iterable[str], articles: Mapping[str, str] = {}) -> None:
        """The statute records the files removed (``names``, as the index names them) gave, and
        those among the ``articles`` removed (``id → its file's name``), leave the statute
        collection, as when the files are gone from a folder an update reads: a record another
        file gives stays, with that file's text; the citations are resolved again against what is
        left (:meth:`_refresh_info`)."""
        from .index.store.build import IngestReport, collecting_statutes

        names = list(names)
        if not names and not articles:
            return
        root = self._info.root if self._info is not None and self._info.root else None
        removed = [(f, i) for i, f in articles.items()]
        with collecting_statutes((), IngestReport(), root=root, gone=names, removed=removed) as articles_:
            for _ in articles_:
                pass

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

    def _delete_file(self, writer: Any, file: str) -> tuple[int, str | None]:
        """Delete the articles of ``file`` (:meth:`_names_of`) with ``writer``; the sections deleted
        and the name the index gave the file (None: it holds none of that name)."""
        for name in self._names_of(file):
            if n := writer.delete_file(name):
                return n, name
        return 0, None

    def _files_ending(self, file: str) -> list[str]:
        """The names of the index's files in a subfolder whose path ends with ``file``
        (``sub/a.txt`` for ``a.txt``), as ``file:`` finds them in a query."""
        from .index.store.files import in_subfolders  # (only for a removal that found no file)

        with self._ix.searcher() as searcher:
            return in_subfolders(searcher.reader(), file)

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
