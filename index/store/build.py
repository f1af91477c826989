"""Ingest and build: paths → parsed, tagged articles → an index directory.

:func:`iter_articles` reads inputs (see :mod:`.readers`), splits page files into
articles (:mod:`.pages`) and tags every article (:mod:`.tagging`), recording in an
:class:`IngestReport` every file used and every input skipped with its reason.
:func:`build_index` writes those articles to an index: a rebuild (or a first
build) goes to a staging directory that replaces the old index only once it is
complete; an update replaces the articles of each file it reads. A file that
now gives no article (empty, binary, no text, every JSONL line bad) loses its
earlier articles; one that cannot be read now (an OS error) keeps them. Its skip
says which, and how many. A first build (or a rebuild) that reads no article
raises CorpusError listing every input skipped: no empty index is made, and an
index there before is left as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from whoosh.query import Term

from ...config import statutes_path
from ...errors import CorpusError, LawNewsError
from ..documents import Article, file_stem, headline_only
from ..ingest.found import no_article, table_lines
from ..ingest.pages import parse_page
from ..ingest.inputs import Check, PageText, Paths, Record, Skip, Unchanged
from ..ingest.readers import JSONL_SUFFIXES, PAGE_SUFFIXES, Offload, as_paths, discover, file_name, iter_inputs, naming_root
from .kept_out import KeptOut
from .files import FILE_NAME, FileStore, Note, context as reading_context, file_store, stat_of
from .pipeline import auto_procs, fewer_collections, prepared, segment_size, worker_pool, write_segments
from .locks import build_lock, no_writer
from .storage import (IndexInfo, check_replaceable, create_index, exists, open_index, read_info, remove_stale_siblings,
                      replace_dir, staging_dir, write_failure, write_info)
from . import statutes
from ..tagging import Tagger
from ..tagging.citations import RULES_VERSION
from .writer import DryWriter, IndexWriter
from ..analysis import encoder
from .vectors import update as update_vectors

#: ``progress(done, total)`` in bytes of input read.
Progress = Callable[[int, int], None]

#: ``noted(path, source)``: the skips and the warnings the reading of a file not read again
#: gave when it was read (:meth:`_FileAccount.noted`).
Noted = Callable[[Path, str], "tuple[list[Skip], list[Skip]]"]


@dataclass
class IngestReport:
    """The account of one ingest: what was used, what was skipped and why."""

    files: int = 0
    articles: int = 0
    sections: int = 0
    skipped: list[Skip] = field(default_factory=list)
    index_dir: str | None = None
    took_s: float = 0.0
    #: Files not read again: unchanged since the index took their articles.
    unchanged: int = 0
    #: Of ``files``, those whose articles replaced the ones the index had of them (an update
    #: of a changed file); the others are new to the index.
    updated: int = 0
    #: Of ``updated``, the files of statute records: every update reads them, changed or not
    #: (they fill the statute collection).
    statute_files: int = 0
    #: Files gone from the folders read since the index took their articles: how many
    #: articles of each were removed (an update; a dry run says what it would remove).
    gone: dict[str, int] = field(default_factory=dict)
    #: Records indexed with something in them that could not be used (``file:line``
    #: and why): a ``province`` that names no province.
    warnings: list[Skip] = field(default_factory=list)
    #: The files the reading left out as removed from the index (:mod:`.kept_out`), by the
    #: names results give them, and the articles it left out so, by id.
    kept_out: list[str] = field(default_factory=list)
    kept_out_articles: list[str] = field(default_factory=list)

    def nothing_read(self, paths: Paths = ()) -> str | None:
        """Why this build gave the index nothing (no article read, no file unchanged or
        gone), listing every input skipped, or saying that ``paths`` held no file;
        None when it gave something."""
        if self.articles or self.unchanged or self.gone or self.kept_out or self.kept_out_articles:
            return None
        if not self.skipped:
            named = ", ".join(str(p) for p in as_paths(paths))
            return "nothing to index: no file found" + (f" in {named}" if named else "")
        first = self.skipped[0]
        if len(self.skipped) == 1 and not first.lines:
            return f"nothing could be read: {first.path}: {first.reason}"
        lines = [f"nothing could be read; skipped {len(self.skipped)}:"]
        for skip in self.skipped:
            lines.append(f"  {skip.path}: {skip.reason}")
            lines.extend(f"    {why}" for why in skip.lines)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index_dir": self.index_dir,
            "files": self.files,
            "unchanged": self.unchanged,
            "added": self.files - self.updated,
            "updated": self.updated,
            "statute_files": self.statute_files,
            "gone": [{"file": f, "articles": n} for f, n in self.gone.items()],
            "articles": self.articles,
            "sections": self.sections,
            "skipped": [s.to_dict() for s in self.skipped],
            "warnings": [w.to_dict() for w in self.warnings],
            "kept_out": {"files": self.kept_out, "articles": self.kept_out_articles},
            "took_s": round(self.took_s, 3),
        }


def bad_bytes_warning(bad: int) -> str:
    """The warning for a UTF-8 page with ``bad`` bytes that are not UTF-8 (read as U+FFFD)."""
    return (f"{bad} bad byte{'s' if bad > 1 else ''} (not UTF-8) read as \N{REPLACEMENT CHARACTER}"
            " (U+FFFD): indexed all the same")


def halves_warning(halves: int) -> str:
    """The warning for a JSONL record whose escapes gave ``halves`` lone surrogates (read as U+FFFD)."""
    return (f"{halves} escape{'s' if halves > 1 else ''} of half a character (a lone surrogate, \\ud83d alone,"
            " as a text cut through an emoji holds) read as \N{REPLACEMENT CHARACTER} (U+FFFD): indexed all the same")


def nuls_warning(nuls: int) -> str:
    """The warning for a file (or a JSONL line) read with ``nuls`` NUL bytes inside its text dropped."""
    return (f"{nuls} NUL byte{'s' if nuls > 1 else ''} inside the text (no text: a file padded or damaged in one"
            " place) dropped: indexed all the same")


def _repaired(inp: PageText | Record, source: str, warning: str) -> Skip:
    """The warning for an input read with a repair (bytes that are not UTF-8, NUL bytes dropped,
    halves of characters): a JSONL line is named ``file:line`` (its reason says the line), a
    page file or a web page saved as text by its path; ``source`` names the file as the index does."""
    line = inp.line if isinstance(inp, Record) else 0
    if line:
        return Skip(f"{inp.path}:{line}", f"line {line}: {warning}", source)
    return Skip(str(inp.path), warning, source)


#: The warning for a page file whose whole text is one headline, or a JSONL record with a
#: title and a blank text: it is indexed as an article with that title and no body text.
HEADLINE_ONLY = "headline only, no body text: indexed as an article with its title"


def _headline_only_file(inp: PageText | Record, articles: list[Article]) -> bool:
    """Whether ``inp`` is a file (a page, or a web page: not a JSONL line) whose one
    article is a headline printed without body text."""
    return not (isinstance(inp, Record) and inp.line) and len(articles) == 1 and headline_only(articles[0])


def input_size(paths: Paths) -> int:
    """Total bytes of the files under ``paths`` (for progress bars)."""
    return sum(_size(item[0]) for item in discover(paths) if not isinstance(item, Skip))


def text_size(paths: Paths) -> int:
    """Bytes of text under ``paths`` once decompressed (for sizing the work): a gzip
    file counts the size its trailer records (modulo 4 GiB, so never below its own)."""
    return sum(_text_size(item[0]) for item in discover(paths) if not isinstance(item, Skip))


def _text_size(path: Path) -> int:
    size = _size(path)
    if size >= 18 and path.name.lower().endswith(".gz"):  # 18: the smallest gzip file
        try:
            with open(path, "rb") as fh:
                fh.seek(-4, os.SEEK_END)
                return max(size, int.from_bytes(fh.read(4), "little"))
        except OSError:
            return size
    return size


def _size(path: Path) -> int:
    """Bytes of ``path``, 0 when it is gone or cannot be read (the read says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def iter_articles(
    paths: Paths,
    *,
    tagger: Tagger | None = None,
    report: IngestReport | None = None,
    progress: Progress | None = None,
    tag: bool = True,
    root: str | os.PathLike[str] | None = None,
    offload: Offload | None = None,
    unchanged: Check | None = None,
    noted: Noted | None = None,
    kept_out: KeptOut | None = None,
) -> Iterator[Article]:
    """Parsed and tagged articles from ``paths``; skips go to ``report.skipped``.
    With ``tag=False`` the articles come untagged (the caller tags them). Files
    are named relative to ``root`` (see :func:`.readers.discover`); PDF files are
    read by ``offload`` (on worker processes) if given, and files ``unchanged``
    says need not be read are not, but counted in ``report.unchanged`` (see
    :func:`.readers.iter_inputs`), with the skips and warnings ``noted`` gives for
    each (what reading it gave when it was read). The files and articles ``kept_out``
    holds (removed from the index) are left out, and listed in ``report.kept_out``."""
    paths = as_paths(paths)
    tagger = tagger or Tagger.default()
    report = report if report is not None else IngestReport()
    total = input_size(paths) if progress else 0
    done = 0
    files: set[Path] = set()
    stems = _Stems()
    left_files: list[str] = []
    left_ids: list[str] = []
    kept_names = kept_out.files if kept_out else frozenset()

    def leave_out(path: Path, source: str) -> bool:
        if source in kept_names:
            left_files.append(source)
            return True
        return False
    for inp in iter_inputs(paths, root=root, offload=offload, unchanged=unchanged,
                           leave_out=leave_out if kept_out else None):
        if isinstance(inp, Skip):
            report.skipped.append(inp)
            continue
        if isinstance(inp, Unchanged):
            stems.claim(inp.path, inp.source)
            report.unchanged += 1
            if noted is not None:
                skipped, warned = noted(inp.path, inp.source)
                report.skipped.extend(skipped)
                report.warnings.extend(warned)
            if progress:
                done += _size(inp.path)
                progress(done, total)
            continue
        if isinstance(inp, PageText):
            # a page file that is only a table (a booking sheet, a statistics table) is no news
            tabled = inp.path.suffix.lower() in PAGE_SUFFIXES and table_lines(inp.text)
            articles = [] if tabled else parse_page(inp.text, inp.source, inp.meta)
            if progress:
                done += _size(inp.path)
                progress(done, total)
            if not articles:
                report.skipped.append(Skip(str(inp.path), no_article(inp.text), inp.source))
                continue
            source = inp.source
        else:
            assert isinstance(inp, Record)
            articles = [inp.article]
            source = inp.article.file
            if progress and (report.articles % 500 == 0):
                progress(done + inp.offset, total)
        if kept_out and kept_out.articles:
            left_ids.extend(a.id for a in articles if kept_out.article(a.id))
            articles = [a for a in articles if not kept_out.article(a.id)]
            if not articles:  # its articles were all removed from the index
                continue
        if _headline_only_file(inp, articles):
            report.warnings.append(Skip(str(inp.path), HEADLINE_ONLY, source))
        elif isinstance(inp, Record) and inp.line and headline_only(inp.article):  # a JSONL record of a title alone
            report.warnings.append(Skip(f"{inp.path}:{inp.line}", f"line {inp.line}: {HEADLINE_ONLY}", source))
        if inp.bad_bytes:
            report.warnings.append(_repaired(inp, source, bad_bytes_warning(inp.bad_bytes)))
        if inp.nuls:
            report.warnings.append(_repaired(inp, source, nuls_warning(inp.nuls)))
        if isinstance(inp, Record) and inp.halves:
            report.warnings.append(_repaired(inp, source, halves_warning(inp.halves)))
        clash = stems.claim(inp.path, source)
        if clash is not None:
            if clash is not _REFUSED:
                report.skipped.append(clash)
            continue
        if inp.path not in files:
            files.add(inp.path)
            report.files += 1
        if isinstance(inp, Record):
            _check_provinces(inp, tagger, report)
        for article in articles:
            report.articles += 1
            report.sections += max(1, len(article.sections))
            yield tagger.tag_article(article) if tag else article
    report.kept_out, report.kept_out_articles = sorted(set(left_files)), sorted(set(left_ids))
    if progress:
        progress(total, total)


class _Stems:
    """The files that gave articles, by the id stem their articles take (``a.txt`` and
    ``a.md`` both give ``a#1`` …). A file is claimed when it gives its first article (or
    is unchanged, its articles in the index): a file that gives none never clashes.
    JSONL records carry their own ids and claim nothing."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}  # id stem: the source of the file that gave articles
        self.refused: set[Path] = set()  # files skipped as a clash
        self.last: Path | None = None  # the file of the previous claim (its further articles pass)

    def claim(self, path: Path, source: str) -> Skip | None:
        """None if the file at ``path`` may give its articles, else the Skip of the clash
        (once per file; its later articles are dropped silently, the skip covering them)."""
        if path == self.last:
            return None
        if path in self.refused:
            return _REFUSED
        if path.name.lower().endswith(JSONL_SUFFIXES):
            self.last = path
            return None
        stem = file_stem(source)
        first = self.owner.get(stem)
        if first is None or first == source:
            self.owner[stem] = source
            self.last = path
            return None
        self.refused.add(path)
        return Skip(str(path), f"id clash: its articles would get the ids {stem}#1, #2 … of {first};"
                               " rename one of the two files", source)


_REFUSED = Skip("", "")  # a further article of a file already skipped as a clash


def _check_provinces(record: Record, tagger: Tagger, report: IngestReport) -> None:
    """A warning in ``report`` for each name of a record's ``province`` field that
    names no province (the article is indexed without it, the field kept as metadata)."""
    _known, unknown = tagger.meta_provinces(record.article)
    if unknown:
        listed = "、".join(repr(n) for n in unknown)
        report.warnings.append(Skip(f"{record.path}:{record.line}", f"line {record.line}: province {listed} names"
                                    " no province: kept as metadata, the article is not tagged with it"))


@contextmanager
def collecting_statutes(articles: Iterable[Article], report: IngestReport, files: set[str] | None = None,
                        root: str | os.PathLike[str] | None = None,
                        gone: Iterable[str] = (), folders: Iterable[str | os.PathLike[str]] = (),
                        removed: Iterable[tuple[str, str]] = ()) -> Iterator[Iterator[Article]]:
    """``articles`` passed on, the statute records among them also written to the user's
    statute collection (:func:`lawnews.config.statutes_path`; the file is touched only when
    one comes, or records are to leave it, and completed when the block ends) and their
    files added to ``files``; a record with a ``law`` field the collection cannot take, or
    given with a text the collection holds another file's of, is a warning in ``report``,
    naming its file by its path (the articles' files are named relative to ``root``). The
    collection knows each record's file by its path (:func:`_collected_as`), not the
    index's name for it. When the block ends, each file read (one whose reading
    ``report.skipped`` says gave no article too, not one an OS error cut short) gives the
    collection only what it gave this time, and the files ``gone`` from the folders read,
    and those under ``folders`` the collection knows that are no more (:func:`_gone`), nothing;
    the records ``removed`` from the index (``(file, id)``) leave their files.
    Every ingest (a build, an update, :meth:`NewsIndex.add`) reads its articles through it."""
    resolved = os.path.realpath(root) if root is not None else None  # once: a path for each record
    naming = partial(_collected_as, resolved)
    with statutes.Collection(statutes_path()).writer(naming, partial(_given_aside, report)) as collection:
        collection.forget(gone)
        collection.forget_records(removed)
        collection.forget_missing({path for folder in folders
                                   for path in (naming(file_name(folder, root)), os.path.realpath(folder))},
                                  lambda path: _gone(Path(path)))
        yield statutes.collecting(articles, collection, files, partial(_not_a_statute, report, root))
        collection.skipped(report.skipped)


def _given_aside(report: IngestReport, path: str, message: str) -> None:
    """A warning in ``report`` for a statute record the file at ``path`` gives with another
    text than the one the collection holds from another file."""
    report.warnings.append(Skip(path, message))


def _collected_as(root: str | None, name: str) -> str:
    """The name the statute collection keeps for the file an index names ``name``: its
    absolute path (``root``: the index's folder, resolved), one for every index that reads it."""
    if root is not None and not os.path.isabs(name):
        return os.path.join(root, name)
    return os.path.abspath(name)


def _read_at(root: str | os.PathLike[str] | None, name: str) -> str:
    """The path of the file the index names ``name``: under ``root`` (the folder inputs are
    named from), unless the name is absolute or there is no root."""
    return os.path.join(root, name) if root is not None and not os.path.isabs(name) else name


def _not_a_statute(report: IngestReport, root: str | os.PathLike[str] | None, article: Article, why: str) -> None:
    """A warning in ``report`` for a record with a ``law`` field that the statute
    collection cannot take (indexed as an article all the same), naming the file by
    its path: its name in the index (``article.file``) joined to ``root``."""
    path = _read_at(root, article.file)
    report.warnings.append(Skip(path, f"{article.id}: has a law field but {why}: indexed as an article,"
                                " not added to the statute collection"))


def corpus_fingerprint(paths: Paths) -> str:
    """A hash of the names and contents of the files under ``paths``."""
    h = hashlib.sha1()
    for item in discover(paths):
        if isinstance(item, Skip):
            h.update(f"missing {item.path}\n".encode())
            continue
        path, source = item
        h.update(f"{source}\n".encode())
        try:
            h.update(hashlib.sha1(path.read_bytes()).digest())
        except OSError as e:
            h.update(f"unreadable {e.errno}\n".encode())
    return h.hexdigest()[:16]


def build_index(
    paths: Paths,
    index_dir: str | os.PathLike[str],
    *,
    rebuild: bool = False,
    tagger: Tagger | None = None,
    progress: Progress | None = None,
    origin: str = "",
    procs: int | None = None,
    dry_run: bool = False,
    extra: dict[str, Any] | None = None,
    vectors: bool = False,
    reread: bool = False,
    kept_out: KeptOut | None = None,
) -> IngestReport:
    """Index the files under ``paths`` into ``index_dir`` and return the account.

    With ``rebuild`` (or when there is no index yet) the index is built anew in a
    staging directory and swapped in at the end; otherwise the articles of each
    file read replace that file's earlier articles (see the module docstring for
    files that give none). ``dry_run`` reads, parses and
    tags what the build would (an update: not the unchanged files) and returns the
    account without writing anything.
    ``procs`` worker processes tag and segment the articles (:mod:`.pipeline`;
    ``None``: as many as there are CPUs for large inputs, none for small ones).
    Statute records among the inputs also go to the statute collection, and the
    index's citations are resolved against it, again when it changed (:mod:`.statutes`).
    ``vectors`` gives every section a sentence vector (:mod:`.vectors`; the model is
    fetched on first use); an index built with vectors keeps them up to date on
    every later update. An update keeps what the index records (``extra``: its
    taxonomy, vectors; ``extra`` given adds to it) and names files relative to the
    index's folder (``root``: the common folder of the inputs of its first build).

    An update does not read again a file unchanged since the index took its articles
    (the same size and modification time, read by the same lawnews and tagger, its
    articles still in the index: :mod:`.files`); ``report.unchanged`` counts them.
    ``reread`` reads every file. The files and articles ``kept_out`` holds (removed from
    the index, :mod:`.kept_out`) are not read, nor written: ``report.kept_out`` lists them.
    """
    started = time.perf_counter()
    paths = as_paths(paths)
    tagger = tagger or Tagger.default()
    report = IngestReport(index_dir=str(index_dir))
    fresh = rebuild or not exists(index_dir)
    if fresh and not dry_run:
        check_replaceable(index_dir)
    known = None if fresh else read_info(index_dir)
    root = naming_root(known.root if known is not None else None, paths)
    if dry_run:
        with _as_update(index_dir, paths, root, tagger, fresh, reread,
                        kept_out.taken_back if kept_out is not None else ()) as (gone, files, ix):
            report.gone = gone
            read = iter_articles(paths, tagger=tagger, report=report, progress=progress, root=root,
                                 unchanged=files.unchanged if files else None, noted=files.noted if files else None,
                                 kept_out=kept_out)
            if ix is None:  # a fresh build: every article read is added
                for _article in read:
                    pass
            else:  # an update: what its writer would replace, refuse and remove, said as it would say it
                dry = DryWriter(ix)
                statute_files: set[str] = set()
                try:
                    dry.drop_files(gone)
                    dry.add_files(_noting_statute_files(read, statute_files), report.skipped,
                                  where=files.path_of if files else lambda f: _read_at(root, f))
                finally:
                    dry.cancel()
                discount_refused(report, dry)
                report.updated = len(dry.replaced_files - dry.refused_files)
                report.statute_files = len((dry.replaced_files - dry.refused_files) & statute_files)
        drop_own_files(report, index_dir)
        report.took_s = time.perf_counter() - started
        return report
    info = IndexInfo.current(
        tagger=tagger.fingerprint,
        origin=origin,
        corpus_fingerprint=corpus_fingerprint(paths) if origin else "",
        extra=dict(extra or {}),
        root=str(root) if root is not None else "",
    )
    if not fresh:
        remove_stale_siblings(Path(os.path.realpath(index_dir)))  # a killed rebuild's leftovers
    target = staging_dir(index_dir) if fresh else Path(index_dir)
    try:
        if fresh:
            ix = create_index(target, info)
        else:
            ix, old = open_index(target)
            # an update from the corpus it was built from (the default index from the bundled one) is
            # still of that corpus, as it is now: the next use need not build it again
            same = bool(origin) and old.origin == origin
            info = replace(info, origin=old.origin if old.origin == origin else "",
                           corpus_fingerprint=info.corpus_fingerprint if same else "", extra={**old.extra, **info.extra})
            vectors = vectors or bool(old.extra.get("vectors"))
        size = text_size(paths)
        if procs is None:
            procs = auto_procs(size)
        files = _FileAccount(ix, reading_context(tagger.fingerprint), check=not (fresh or reread),
                             again=kept_out.taken_back if kept_out is not None else ())
        report.gone = {} if fresh else gone_files(ix, paths, root)
        with fewer_collections(), IndexWriter(ix, fresh=fresh) as writer, worker_pool(procs, tagger) as pool:
            writer.drop_files(report.gone)  # first: a file moved to another folder takes its ids along
            articles = iter_articles(paths, tagger=tagger, report=report, progress=progress, tag=False, root=root,
                                     offload=pool.apply_async if pool is not None else None,
                                     unchanged=files.unchanged, noted=files.noted, kept_out=kept_out)
            # statute records fill the collection too, complete before the commit resolves citations
            with collecting_statutes(files.giving(articles), report, files.statute_files, root, report.gone,
                                     [p for p in paths if os.path.isdir(p)]) as articles, files:
                if fresh and procs > 1:  # the workers write whole segments
                    write_segments(writer, articles, tagger, procs, segment_size(size, procs), pool=pool)
                else:
                    writer.add_files(prepared(articles, tagger, procs, pool=pool), report.skipped, where=files.path_of)
        drop_own_files(report, index_dir)
        # after the commit, in one transaction: a row never outlives its articles, nor its notes their reading
        files.record(report.skipped, writer.clashed_files, report.warnings, report.gone)
        discount_refused(report, writer)
        report.updated = len(writer.replaced_files - writer.refused_files)
        report.statute_files = len((writer.replaced_files - writer.refused_files) & files.statute_files)
        info.extra["statutes"] = statutes.sync(ix)  # resolved again if the collection changed
        rules = citation_rules(files.store.rows().values(), tagger.fingerprint, info.extra.get("citation_rules"))
        if rules is not None:
            info.extra["citation_rules"] = rules
        if vectors:
            info.extra["vectors"] = encoder.MODEL
            write_info(target, info)  # an interrupted encoding goes on at the next update
            encode_sections(ix, progress)
        if fresh and (said := report.nothing_read(paths)):
            ix.close()
            # the staging directory goes; an index there before is left as it was
            raise CorpusError(said, skipped=tuple(replace(s, path=os.path.abspath(s.path)) for s in report.skipped))
        articles, sections = count_documents(ix)
        write_info(target, replace(info, articles=articles, sections=sections))
        ix.close()
        if fresh:
            with build_lock(index_dir), no_writer(index_dir):  # two rebuilds of one index swap in turn
                replace_dir(target, index_dir)
    except BaseException as e:
        if fresh:
            shutil.rmtree(target, ignore_errors=True)
        refused = write_failure(e, index_dir, fresh=fresh)  # a full disk: said, not a traceback
        if refused is not None:
            raise refused from e
        raise
    report.took_s = time.perf_counter() - started
    return report


def drop_own_files(report: IngestReport, index_dir: str | os.PathLike[str]) -> None:
    """Take out of ``report.skipped`` the index's own files: those inside ``index_dir`` and
    in the working folders a build makes beside it (``.NAME.building-…``, ``.NAME.old-…``),
    which a folder read holds when the index is kept inside it; they are no inputs."""
    folder = os.path.abspath(index_dir)
    parent, name = os.path.split(folder)
    working = os.path.join(parent, f".{name}.")

    def own(path: str) -> bool:
        path = os.path.abspath(path)
        return path == folder or path.startswith((folder + os.sep, working))

    report.skipped = [s for s in report.skipped if not own(s.path)]


def gone_files(ix: Any, paths: Paths, root: str | os.PathLike[str] | None) -> dict[str, int]:
    """The files the Whoosh index ``ix`` took articles from that lie under a folder
    of ``paths`` and exist no more, by the names results give them (relative to
    ``root``, the index's, or absolute), each with how many articles it has there.
    Files given one by one, and files outside the folders given, are never gone."""
    base = Path(os.path.realpath(root)) if root is not None else None
    folders = [file_name(p, root) for p in as_paths(paths) if os.path.isdir(p)]
    if not folders:
        return {}
    out = {}
    with ix.searcher() as searcher:
        for f in (t.decode("utf-8") for t in searcher.lexicon("file")):  # the names of deleted documents too
            absolute = Path(f).is_absolute()
            if not any(f.startswith(folder + "/") or f == folder or (folder == "" and not absolute)
                       for folder in folders):
                continue
            path = Path(f) if absolute else (base / f if base is not None else None)
            if path is not None and _gone(path):
                ids = {searcher.stored_fields(d)["article_id"] for d in searcher.docs_for_query(Term("file", f))}
                if ids:  # some of its articles are live
                    out[f] = len(ids)
    return out


def _gone(path: Path) -> bool:
    """Whether the file at ``path`` is no more: neither it nor, for a symlink, the file the
    link names (a link left dangling when the file it named was deleted) is there. A file
    the system will not let us look at (in a folder we may not read now) or a symlink loop
    is still there: its articles are kept, and the reading says why it could not read it."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


@contextmanager
def _as_update(index_dir: str | os.PathLike[str], paths: Paths, root: str | os.PathLike[str] | None,
               tagger: Tagger, fresh: bool, reread: bool, again: Iterable[str] = ()
               ) -> Iterator[tuple[dict[str, int], "_FileAccount | None", Any]]:
    """What a dry run needs to account as the update would: the files it would find
    gone (:func:`gone_files`), the account of the files it would not read again and
    of what their reading gave (None: it reads all), and the open index (to tell what its
    writer would do, :class:`.writer.DryWriter`), from one opening of the index;
    nothing for a fresh build (``({}, None, None)``). The files ``again`` are read however
    unchanged."""
    if fresh:
        yield {}, None, None
        return
    try:
        ix, _info = open_index(index_dir)
    except LawNewsError:
        yield {}, None, None  # the update itself would say why
        return
    try:
        gone = gone_files(ix, paths, root)
        if reread or not (Path(index_dir) / FILE_NAME).exists():
            yield gone, None, ix
        else:
            with _FileAccount(ix, reading_context(tagger.fingerprint), check=True, again=again) as files:
                yield gone, files, ix
    finally:
        ix.close()


def _noting_statute_files(articles: Iterable[Article], files: set[str]) -> Iterator[Article]:
    """``articles``, the file of each statute record among them added to ``files``."""
    for article in articles:
        if statutes.statute_label(article) is not None:
            files.add(article.file)
        yield article


def citation_rules(rows: Iterable[tuple[int, int, str, int]], fingerprint: str, recorded: str | None) -> str | None:
    """The citation rules version an index's citations were read by, after a build: this
    lawnews's where every file of the index (``rows`` of its file store) was read by the tagger
    of ``fingerprint`` (a build, or an update reading every file), else the one ``recorded``
    before (an update that left files read by an older tagger as they were)."""
    if all(context.endswith(":" + fingerprint) for _size, _mtime, context, _docs in rows):
        return RULES_VERSION
    return recorded


class _FileAccount:
    """One build's account of its files for :mod:`.files`: which need not be read
    again (``check``: an update that may skip them), the size and time of each file
    just before it was read, and which gave articles (and which gave statute
    records: those are read again every time, so that the statute collection is
    filled whatever happened to it), and what the reading of each left out or warned
    about, listed again for a file not read again (:meth:`noted`). Used as a context
    manager around the reading, which it leaves open for the checks."""

    def __init__(self, ix: Any, context: str, check: bool, again: Iterable[str] = ()) -> None:
        self.store = file_store(ix)
        self.context = context
        self.again = frozenset(again)  # files read again however unchanged: articles of them kept out until now
        self.known = self.store.rows() if check else {}
        self.changed = self.store.changed() if check else {}
        self.notes = self.store.notes() if check else {}
        self.paths: dict[str, Path] = {}  # every file found: its path as the reading names it
        self.stats: dict[str, tuple[int, int, int]] = {}  # files read: their size and times just before
        self.gave: dict[str, int] = {}  # documents (sections) of the articles each file gave
        self.statute_files: set[str] = set()
        self._ix = ix
        self._searcher: Any = None

    def __enter__(self) -> "_FileAccount":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def unchanged(self, path: Path, source: str) -> bool:
        self.paths[source] = path
        stat = stat_of(path)
        if stat is None:
            return False  # the reading reports why
        row = None if source in self.again else self.known.get(source)
        if row is not None and row[:3] == (*stat[:2], self.context) and self.changed.get(source, stat[2]) == stat[2]:
            if self._searcher is None:
                self._searcher = self._ix.searcher()
            if sum(1 for _ in self._searcher.docs_for_query(Term("file", source))) == row[3]:
                return True  # its articles are all still there
        self.stats[source] = stat  # read now
        return False

    def path_of(self, source: str) -> str:
        """The path the reading found the file the index names ``source`` at (``source`` itself
        for a file it did not find)."""
        return str(self.paths.get(source, source))

    def giving(self, articles: Iterator[Article]) -> Iterator[Article]:
        for article in articles:
            self.gave[article.file] = self.gave.get(article.file, 0) + max(1, len(article.sections))
            yield article

    def noted(self, path: Path, source: str) -> tuple[list[Skip], list[Skip]]:
        """The skips and the warnings the reading of the file at ``path`` gave when it was
        read, named as a reading of it now names them."""
        out: tuple[list[Skip], list[Skip]] = ([], [])
        for kind, suffix, reason, named in self.notes.get(source, ()):
            out[FileStore.KINDS.index(kind)].append(Skip(f"{path}{suffix}", reason, source if named else None))
        return out

    def record(self, skipped: list[Skip], clashed: set[str], warnings: list[Skip], gone: Iterable[str] = ()) -> None:
        """Record the files whose every article was written, with what their reading
        skipped or warned about (``skipped``, ``warnings``); forget those read again without
        success and those ``gone``: one transaction of the file store, so that a kill leaves
        the record as it was before or as it is after, never a file recorded with the notes
        of an earlier reading."""
        failed = {s.source for s in skipped if s.source is not None} | clashed | self.statute_files
        written = [source for source in sorted(self.gave) if source in self.stats and source not in failed]
        self.store.settle(forget=sorted(failed | (set(self.stats) - set(self.gave)) | set(gone)),
                          files=[(source, *self.stats[source], self.gave[source]) for source in written],
                          context=self.context, notes=self._notes(written, skipped, warnings))

    def _notes(self, sources: list[str], skipped: list[Skip], warnings: list[Skip]) -> dict[str, list[Note]]:
        """What the reading of each of ``sources`` skipped or warned about, as :mod:`.files` keeps it:
        each skip or warning whose input is the file's path, or that path followed by ``:…``
        (a JSONL line, a PDF page)."""
        by_path = {str(self.paths[source]): source for source in sources if source in self.paths}
        out: dict[str, list[Note]] = {source: [] for source in sources}
        for kind, items in zip(FileStore.KINDS, (skipped, warnings)):
            for item in items:
                head, colon, _tail = item.path.rpartition(":")
                path = item.path if item.path in by_path else head if colon and head in by_path else None
                if path is None:
                    continue
                source = by_path[path]
                out[source].append((kind, item.path[len(path):], item.reason, item.source is not None))
        return out


def discount_refused(report: IngestReport, writer: IndexWriter) -> None:
    """Take the articles the writer refused (an id clash, see
    :meth:`.writer.IndexWriter.add_files`) out of the account."""
    report.articles -= writer.refused_articles
    report.sections -= writer.refused_sections
    report.files -= len(writer.refused_files)


def encode_sections(ix: Any, progress: Progress | None = None) -> int:
    """Give the sections of ``ix`` that lack one their vector (the model fetched if
    missing); ``progress(done, total)`` counts sections. Returns how many."""
    model = encoder.Encoder(encoder.fetch())
    if progress is None:
        return update_vectors(ix, model)
    total = ix.doc_count()
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        progress(min(done, total), total)

    return update_vectors(ix, model, progress=step)


def count_documents(ix: Any) -> tuple[int, int]:
    """``(articles, sections)`` live in a Whoosh index."""
    with ix.reader() as reader:
        if reader.doc_count_all() == 0:  # Whoosh's empty reader has no columns
            return 0, 0
        col = reader.column_reader("article_id")
        ids = set(col) if not reader.has_deletions() else {col[d] for d in reader.all_doc_ids()}
        return len(ids), reader.doc_count()
