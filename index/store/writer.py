"""Articles → Whoosh documents, written through one lock-holding writer.

:class:`IndexWriter` wraps a Whoosh writer: ``add`` replaces any earlier version of
the article (same id and file; an id another file's article holds raises
ArticleIdTakenError), ``add_files`` replaces each file's articles (and settles
files that gave none), ``delete_file`` and ``delete_article`` remove documents,
and ``commit``/``cancel`` end the transaction. Used as a context manager it
commits on success and cancels on an exception, so a failed batch changes nothing.
A writer that cannot get the lock in ``timeout`` seconds raises IndexLockedError.

Each section document gets a ``seq`` and a row in the gram side index
(:mod:`.grams`), and each article its story signature (:mod:`.stories`) and its
resolved statute citations (:mod:`.statutes`); the segment is written by
:class:`.segwriter.GroupingSegmentWriter`. The grams are committed just before the Whoosh
commit, under seqs no committed document carries (a crash in between leaves rows nothing
looks up). The story signatures and links and the citations are written aside before the
Whoosh commit and taken in after it: a process killed in between leaves them to be taken
in (the commit went through) or thrown away (it did not) by the next reader or writer
(:meth:`.stories.StoryStore.settle`, :meth:`.statutes.CitationStore.settle`).
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator, Mapping

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.query import Term

from ...errors import ArgumentTypeError, ArticleIdTakenError, IndexLockedError, InvalidArgumentError
from . import grams, locks, statutes, stories
from ..documents import Article, printable_value
from ..ingest.inputs import Skip
from ..ingest.jsonl import record_article
from ..ingest.readers import JSONL_SUFFIXES
from .schema import FACET_FIELDS, TEXT_FIELDS, Analysed, build_schema
from .segwriter import GroupingSegmentWriter
from .source_names import source_facet, with_printed_source


def section_docs(article: Article) -> Iterator[dict[str, Any]]:
    """The index documents of one article: one per section (at least one). The ``source``
    facet names a court once (:func:`.source_names.source_facet`), the printed source
    stored beside it when it differs (``_stored_source``)."""
    year = article.date[:4] if article.date and article.date[:4].isdigit() else None
    common: dict[str, Any] = {
        "article_id": article.id,
        "file": article.file,
        "ordinal": article.ordinal,
        "title": article.title,
    }
    if article.date:
        common["date"] = article.date
    if year is not None:
        common["year"] = year
    if article.source:
        common["source"] = source_facet(article.source)  # 株洲中院 → 株洲市中级人民法院
        if common["source"] != article.source:
            common["_stored_source"] = article.source  # the stored record keeps the printed name
    for name, attr in FACET_FIELDS.items():
        values = getattr(article.tags, attr)
        if values:
            common[name] = ",".join(values)
    sections = article.sections or ()
    for no, section in enumerate(sections or [None]):
        doc = dict(common, doc_id=f"{article.id}/{no}", section_no=no)
        if section is not None:
            doc["text"] = section.text
            if section.heading:
                doc["heading"] = section.heading
        if no == 0 and article.captions:
            doc["caption"] = "\n".join(article.captions)
        if no == 0:
            doc["article"] = {
                "subtitle": article.subtitle,
                "byline": article.byline,
                "captions": list(article.captions),
                "title_is_fallback": article.title_is_fallback,
                "meta": dict(article.meta),
            }
        yield doc


Postings = list[tuple[bytes, int, float, bytes]]


@dataclass(frozen=True)
class PreparedArticle:
    """An article with its section documents made: each document's fields, the
    postings of its text fields, and its gram row (:func:`prepare`)."""

    article: Article
    docs: list[tuple[dict[str, Any], dict[str, Postings], str]]
    #: the story the article's record names it a copy of (:func:`.stories.named_story`)
    story: str | None = None


_schema: Any = None


def prepare(article: Article) -> PreparedArticle:
    """The CPU-heavy half of indexing an article: segmenting its text fields (by
    the fields' own ``index``) and cutting grams. It does not touch the index, so
    it can run in another process (:mod:`.pipeline`)."""
    global _schema
    if _schema is None:
        _schema = build_schema()
    story = stories.named_story(article)  # kept as a link of the story store, not as metadata
    article = with_printed_source(article)  # a row of an export: the name it printed, not the facet's
    docs = []
    for doc in section_docs(article):
        postings = {f: list(_schema[f].index(doc[f])) for f in TEXT_FIELDS if doc.get(f) is not None}
        docs.append((doc, postings, grams.doc_grams(doc)))
    return PreparedArticle(article, docs, story)


class IndexWriter:
    """A write transaction on one index (see the module docstring)."""

    #: Whether it only says what it would do (:class:`DryWriter`).
    dry = False

    def __init__(self, ix: whoosh_index.Index, *, timeout: float = 10.0, fresh: bool = False) -> None:
        try:
            self._w = GroupingSegmentWriter(ix, timeout=timeout, delay=0.1)
        except LockError as e:
            folder = getattr(getattr(ix, "storage", None), "folder", None)  # None: an index in memory
            holder = locks.holder(folder) if folder else None  # a build running: which, since when
            said = locks.who(holder) if holder and holder["pid"] != os.getpid() else ""
            raise IndexLockedError(
                f"another process{f' ({said})' if said else ''} is writing to this index; wait for it to finish"
                " and try again", path=str(folder) if folder is not None else None,
            ) from e
        self._ix = ix
        # rows a writer killed around its Whoosh commit set aside: in if that commit went through, else away
        for store in (stories.store_for(ix), statutes.store_for(ix)):
            store.settle(self._w.generation - 1)
        self._grams = grams.store_for(ix).batch()
        self._stories = stories.store_for(ix).batch(fresh)
        self._citations = statutes.store_for(ix).batch(fresh)
        self._lookup: Any = None  # a searcher over the committed documents (updates only)
        self._begin(fresh)

    def _begin(self, fresh: bool) -> None:
        """The account of what this transaction decides, empty: what :meth:`add_files` and
        :meth:`drop_files` track and count (a :class:`DryWriter` keeps the same one)."""
        self._fresh = fresh
        self._written: dict[str, str] = {}  # ids added → the file of each (updates only)
        self._given: dict[str, str] = {}  # ids of the articles add and add_files wrote → the file of each
        self._freed_ids: set[str] = set()  # ids whose committed article this transaction deletes
        self._freed_files: set[str] = set()  # files whose committed articles it deletes
        self._unfinished: set[str] = set()  # files a transient error stopped reading
        self._skips_seen = 0
        self._dropped: set[str] = set()  # files whose every article this transaction deletes (:meth:`drop_files`)
        self.added_articles = 0
        self.added_sections = 0
        #: Articles (and their sections, and files of which every article) :meth:`add_files`
        #: refused because their id belongs to another file's article.
        self.refused_articles = 0
        self.refused_sections = 0
        self.refused_files: set[str] = set()  # files every article of which was refused
        self.clashed_files: set[str] = set()  # files an article of which was refused
        #: Files whose articles :meth:`add_files` wrote in place of earlier ones (an update of a changed file).
        self.replaced_files: set[str] = set()

    @property
    def index(self) -> whoosh_index.Index:
        return self._ix

    @staticmethod
    def documents(prepared: PreparedArticle) -> Iterator[tuple[dict[str, Any], str]]:
        """The Whoosh fields (text postings made) and gram row of each section document."""
        for doc, postings, row in prepared.docs:
            fields = dict(doc)
            for f, made in postings.items():
                fields[f] = Analysed(doc[f], made)
            yield fields, row

    def add(self, article: Article | PreparedArticle) -> int:
        """Add (or replace) one article (an :class:`Article`, or a mapping in the JSONL
        schema); returns the number of section documents written. It replaces an article of
        the same id and file: a record added from Python (no file) replaces an earlier
        record; an article that another file's article holds the id of, or a file's
        article a record holds it of, is refused (:func:`clash`): ArticleIdTakenError naming
        the id and what holds it, and the transaction, cancelled as by any error raised in
        it, writes nothing. So is an article of an id this transaction added already
        (InvalidArgumentError): a writer cannot take back what it added, and one id is one
        article; a later transaction replaces it."""
        if not isinstance(article, (Article, PreparedArticle)):
            article = _as_article(article)
        elif isinstance(article, Article):
            article = article.printable()  # a lone surrogate a string made in Python holds, as its escape
        given = article.article if isinstance(article, PreparedArticle) else article
        if given.id in self._given:
            raise InvalidArgumentError(f"article {given.id!r} was added in this transaction already; give each"
                                       " article its own id, or add the new version in a transaction of its own,"
                                       " which replaces it", argument="article")
        if not self._fresh:
            holder = self._holder(given.id)
            if holder is not None and holder != given.file:
                raise ArticleIdTakenError(clash(given.id, holder, record=True), article_id=given.id, file=holder)
        n = self._write(article)
        self._given[given.id] = given.file
        return n

    def _write(self, article: Article | PreparedArticle) -> int:
        """Write one article in place of any earlier one of its id; the number of sections."""
        prepared = article if isinstance(article, PreparedArticle) else prepare(article)
        article = prepared.article
        if not self._fresh:
            self._w.delete_by_term("article_id", article.id)
            self._written[article.id] = article.file
        self._stories.add(article)
        self._stories.name(article.id, prepared.story)
        self._citations.add(article)
        n = 0
        for fields, row in self.documents(prepared):
            seq = self._grams.allocate()
            self._grams.add(seq, row)
            self._w.add_document(seq=seq, **fields)
            n += 1
        self.added_articles += 1
        self.added_sections += n
        return n

    def reserve_seqs(self, n: int) -> int:
        """The first of ``n`` consecutive seqs for documents written elsewhere (:meth:`adopt_segment`)."""
        return self._grams.allocate(n)

    def add_sketches(self, sketches: Iterable[Any]) -> None:
        """Record story sketches made on another process (:func:`.stories.sketches`) of
        articles whose documents another process writes."""
        self._stories.add_sketches(sketches)

    def add_citations(self, articles: Iterable[Article]) -> None:
        """Record the statute citations, and the story each record names
        (:func:`.stories.named_story`), of articles whose documents another process writes."""
        for article in articles:
            self._citations.add(article)
            self._stories.name(article.id, stories.named_story(article))

    def adopt_segment(self, segment: Any, rows: list[tuple[int, str]], articles: int) -> None:
        """Make a segment another process wrote for this index part of this transaction
        (after this writer's own documents), with the gram rows of its documents."""
        if not self._fresh:
            raise ValueError("segments written elsewhere can only join a fresh build")
        for seq, row in rows:
            self._grams.add(seq, row)
        self._w.adopted.append(segment)
        self.added_articles += articles
        self.added_sections += len(rows)

    def add_files(self, articles: Iterable[Article | PreparedArticle], skipped: list[Skip] | None = None,
                  where: Callable[[str], str] | None = None) -> int:
        """Add the articles read from files, each file's replacing what it gave before.

        A file's earlier articles are deleted once its new ones are all in (a Whoosh
        writer deletes committed documents only, never ones it just added).
        ``skipped`` is the list the reading appends its skips to while ``articles``
        is consumed (``IngestReport.skipped``). With it, a file that now gives no
        article loses its earlier articles, and a file that could not be read (a
        transient skip, even midway) keeps those it did not give again; each such
        skip is replaced by a copy that says how many (``removed``, ``kept``).
        An article whose id belongs to an article of another file, which this
        transaction does not read again, or to an article another file gave in this
        transaction (a JSONL record's own id, ``报道#1``, beside ``报道.html``), is not
        added (never overwritten, never a second article of one id): it gets
        a skip naming both, and counts in ``refused_articles``; the skip gives the refused
        file's path as ``where`` tells it from the file's name in the index (the reading's
        path, so that the account names the file where it lies; default: the name itself).
        Returns the number of articles added.
        """
        if skipped is None:
            skipped = []
        read: set[str] = set()  # files that gave articles
        current: str | None = None
        n = added = 0
        for item in articles:
            article = item.article if isinstance(item, PreparedArticle) else item
            file = article.file
            if file != current:
                if current is not None:
                    self._replace_earlier(current, skipped)
                    if added == 0:
                        self.refused_files.add(current)
                current = file
                read.add(current)
                added = 0
            owner = self._given.get(article.id)  # a file read in this transaction gave the id already
            if owner is None or owner == file:
                owner = None if self._fresh else self._owner(article.id)
                if owner is not None and (owner in read or owner in self._dropped):
                    owner = None  # its article is replaced or deleted by this transaction
            if owner is not None and owner != file:
                skipped.append(Skip(where(file) if where is not None else file,
                                    f"id clash: {clash(article.id, owner, in_file=file)}"))
                self.refused_articles += 1
                self.refused_sections += max(1, len(article.sections))
                self.clashed_files.add(file)
                continue
            self._write(item)
            self._given[article.id] = file
            n += 1
            added += 1
        if current is not None:
            self._replace_earlier(current, skipped)
            if added == 0:
                self.refused_files.add(current)
        if not self._fresh:
            for k, skip in enumerate(skipped):
                if skip.source is not None and (skip.source not in read or skip.transient):
                    skipped[k] = self._settle(skip)
        return n

    def _holder(self, article_id: str) -> str | None:
        """The file of the article that holds this id in this transaction: the one it wrote
        under it, else the committed one it did not delete (None: no article holds it)."""
        if article_id in self._written:
            return self._written[article_id]
        owner = None if article_id in self._freed_ids else self._owner(article_id)
        return None if owner is None or owner in self._freed_files else owner

    def _owner(self, article_id: str) -> str | None:
        """The file of the committed article with this id, if there is one."""
        if self._lookup is None:
            self._lookup = self._w.searcher()  # the writer's own, closed with it
        docnum = self._lookup.document_number(article_id=article_id)
        return None if docnum is None else self._lookup.stored_fields(docnum).get("file")

    def _replace_earlier(self, file: str, skipped: list[Skip]) -> None:
        """Delete what ``file`` gave before, unless reading it failed on an OS error."""
        if self._fresh:
            return
        for skip in skipped[self._skips_seen:]:
            if skip.transient and skip.source is not None:
                self._unfinished.add(skip.source)
        self._skips_seen = len(skipped)
        if file not in self._unfinished and self.delete_file(file):
            self.replaced_files.add(file)

    def _settle(self, skip: Skip) -> Skip:
        """A skipped file's earlier articles: kept after a transient failure, else removed."""
        earlier = self.earlier_articles(skip.source or "")
        if not earlier:
            return skip
        if skip.transient:
            return replace(skip, reason=f"{skip.reason}; {_its(earlier, True, self.dry)}", kept=earlier)
        self.delete_file(skip.source or "")
        return replace(skip, reason=f"{skip.reason}; {_its(earlier, False, self.dry)}",
                       removed=earlier)

    def earlier_articles(self, file: str) -> int:
        """How many committed articles of ``file`` this transaction has not replaced."""
        searcher = self._w.searcher()  # the writer's own, over the committed segments
        ids = {searcher.stored_fields(d)["article_id"] for d in searcher.docs_for_query(Term("file", file))}
        return len(ids - self._written.keys())

    def drop_files(self, files: Iterable[str]) -> None:
        """Delete every article of ``files`` (files gone from the folders read); their
        ids are then free for the articles this transaction adds."""
        for file in files:
            self.delete_file(file)
            self._dropped.add(file)

    def delete_file(self, file: str) -> int:
        """Delete every document that came from ``file``; returns how many sections went."""
        self._freed_files.add(file)
        return self._w.delete_by_term("file", file)

    def delete_article(self, article_id: str) -> int:
        """Delete one article's documents; returns how many sections went."""
        self._freed_ids.add(article_id)
        return self._w.delete_by_term("article_id", article_id)

    def commit(self) -> None:
        aside = (stories.store_for(self._ix), statutes.store_for(self._ix))
        try:
            self._grams.commit()  # first: a crash between the two leaves only unused rows
            self._stories.set_aside(self._w.generation)  # taken in once the Whoosh commit is
            self._citations.set_aside(self._w.generation)
        except BaseException:
            self._w.cancel()
            for store in aside:
                store.settle(self._w.generation - 1)
            raise
        try:
            self._w.commit()
        except BaseException:
            if not _abandon(self._w):
                for store in aside:
                    store.settle(self._w.generation - 1)  # thrown away: the index has what it had
                raise
        for store in aside:
            store.settle(self._w.generation)
        compact_grams(self._ix)
        compact_stories(self._ix)

    def cancel(self) -> None:
        try:
            _abandon(self._w)  # a write that failed (a full disk) leaves no file behind
        finally:
            self._grams.rollback()
            self._stories.rollback()
            self._citations.rollback()

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.cancel()


def _abandon(w: Any) -> bool:
    """Settle the Whoosh writer ``w`` that is cancelled, or whose commit failed midway
    (a full disk): its temporary files and the files of the segment it was writing are removed, and its
    lock released, so that the disk gets its room back and the next writer need not
    wait. Returns True when the commit had gone through all the same (its table of
    contents was written: only the removal of replaced files failed), False when the
    index keeps what it committed before."""
    from whoosh.index import TOC

    storage = w.storage
    try:
        committed = TOC._latest_generation(storage, w.indexname) >= w.generation
    except OSError:
        committed = False
    if not committed:
        with suppress(Exception):
            w._close_segment()
        for name in w.newsegment.list_files(storage) if getattr(w, "newsegment", None) is not None else ():
            with suppress(OSError):
                storage.delete_file(name)
    with suppress(Exception):
        w._finish()  # the temporary folder goes, the lock is released
    if not w.is_closed and w.writelock:
        with suppress(Exception):
            w.writelock.release()
        w.is_closed = True
    return committed


def _as_article(item: Any) -> Article:
    """An Article from a mapping in the JSONL schema; ArgumentTypeError or
    InvalidArgumentError naming the problem for anything else."""
    if not isinstance(item, Mapping):
        raise ArgumentTypeError(f"article must be an Article or a mapping in the JSONL schema, not {type(item).__name__}",
                                argument="article")
    try:
        return record_article(printable_value(dict(item)), "", 1)
    except ValueError as e:
        raise InvalidArgumentError(f"article {item.get('id')!r}: {e}", argument="article") from None


def clash(article_id: str, holder: str, *, record: bool = False, in_file: str = "") -> str:
    """Why an article of ``article_id`` is not added: the article of ``holder`` (a file, or
    ``""``: a record added from Python) holds that id and is not replaced; how to go on, in the
    library's words for a record added (``record``), else in the command line's for a file read
    (``in_file``: a JSONL file's record keeps its own id, which renaming the file does not change)."""
    if holder:
        held = f"an article of {holder}"
        if record:
            way = f"give it another id, or remove {holder} first (remove(file={holder!r}))"
        elif in_file.lower().endswith(JSONL_SUFFIXES):
            way = f"give the record in {in_file} another id, or remove {holder} first (--remove-file)"
        else:
            way = f"rename one of the files, or remove {holder} first (--remove-file)"
    else:
        held = "a record added from Python (add_articles), of no file"
        way = (f"give it another id, or remove that record first (remove(article_id={article_id!r}))" if record
               else f"rename the file, or remove that record first (--remove-id {article_id})")
    return f"article {article_id} is already the id of {held}, which is not replaced; {way}"


def _its(n: int, kept: bool, would: bool = False) -> str:
    """What became of a skipped file's ``n`` earlier articles, in words: ``its 1 earlier
    article is kept``, ``its 3 earlier articles were removed from the index`` (``would``:
    what a dry run would do, ``… would be removed from the index``)."""
    one = n == 1
    if would:
        return f"its {n} earlier article{'' if one else 's'} would be {'kept' if kept else 'removed from the index'}"
    if kept:
        return f"its {n} earlier article{'' if one else 's'} {'is' if one else 'are'} kept"
    return f"its {n} earlier article{'' if one else 's'} {'was' if one else 'were'} removed from the index"


def compact_stories(ix: whoosh_index.Index, *, slack: int = 1000) -> bool:
    """Drop the story rows of removed articles once they are many (:func:`.stories.compact`);
    skipped while another writer holds the lock. Returns whether it ran."""
    if stories.store_for(ix).count() <= 2 * ix.doc_count() + slack:
        return False
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(blocking=False):
        return False
    try:
        return stories.compact(ix, slack=slack)
    finally:
        lock.release()


def compact_grams(ix: whoosh_index.Index, *, slack: int = 1000) -> bool:
    """Rebuild the gram side index from the live documents once it holds more dead
    rows than live ones (plus ``slack``); skipped while another writer holds the
    lock. Returns whether it ran."""
    store = grams.store_for(ix)
    rows, _ = store.counts()
    if rows <= 2 * ix.doc_count() + slack:
        return False
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(blocking=False):
        return False
    try:
        with ix.searcher() as searcher:
            def live() -> Iterator[tuple[int, str]]:
                for leaf, _offset in searcher.leaf_searchers():
                    reader = leaf.reader()
                    seqs = list(reader.column_reader("seq"))
                    for docnum in reader.all_doc_ids():
                        yield seqs[docnum], grams.doc_grams(reader.stored_fields(docnum))

            store.compact(live())
        return True
    finally:
        lock.release()


class DryWriter(IndexWriter):
    """What :class:`IndexWriter` would do, without writing: a dry run's ``add_files`` takes the
    same decisions over the committed index (which earlier articles each file's replace, ids
    clashing with another file's, a skipped file's earlier articles kept or removed) and counts
    them in the same fields, through a searcher; it takes no lock and changes nothing."""

    dry = True

    def __init__(self, ix: whoosh_index.Index) -> None:
        self._ix = ix
        self._searcher = ix.searcher()
        self._deleted: set[str] = set()  # files whose committed articles it would delete
        self._begin(False)

    def _write(self, article: Article | PreparedArticle) -> int:
        article = article.article if isinstance(article, PreparedArticle) else article
        self._written[article.id] = article.file
        self.added_articles += 1
        self.added_sections += max(1, len(article.sections))
        return max(1, len(article.sections))

    def _owner(self, article_id: str) -> str | None:
        docnum = self._searcher.document_number(article_id=article_id)
        if docnum is None:
            return None
        file = self._searcher.stored_fields(docnum).get("file")
        return None if file in self._deleted else file

    def _committed(self, file: str) -> set[str]:
        if file in self._deleted:
            return set()
        return {self._searcher.stored_fields(d)["article_id"] for d in self._searcher.docs_for_query(Term("file", file))}

    def earlier_articles(self, file: str) -> int:
        return len(self._committed(file) - self._written.keys())

    def delete_file(self, file: str) -> int:
        n = sum(1 for _ in self._searcher.docs_for_query(Term("file", file))) if file not in self._deleted else 0
        self._deleted.add(file)
        return n

    def delete_article(self, article_id: str) -> int:
        raise NotImplementedError("a dry run deletes no article")

    def commit(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        self._searcher.close()

    def __enter__(self) -> "DryWriter":
        return self
