"""Building and updating an index from files and folders, and the default index.

In: the files and folders to index (or none: those an index records, or the bundled
corpus), the index's folder (or the default one) and the build's options (rebuild,
taxonomy, jobs, vectors, reread, dry run, wait).
Out: :func:`build_index`'s account (:class:`~lawnews.index.store.build.IngestReport`, each
input named by its absolute path); :func:`ensure_default_index`, the folder of the index
``$LAWNEWS_INDEX_DIR`` names or of the per-user one, built from the bundled corpus when
missing or stale; what an index records as built from (:func:`_inputs`) and what it keeps out (:func:`_kept_out`:
the files and articles removed from it, until a file is named again); IndexReadOnlyError
for a folder this process cannot write in (:func:`_check_writable`). The ingest pipeline is
imported only where it builds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from . import arguments as _args
from .config import INDEX_DIR_ENV, bundled_corpus, default_index_dir, env_index_dir, user_index_dir
from .errors import IndexNotFoundError, IndexReadOnlyError, InvalidArgumentError, LawNewsError
from .index.store import storage
from .index.store.kept_out import KEY as KEPT_OUT, KeptOut
from .index.store.storage import IndexInfo, command_word
from .index.tagging import Tagger
from .taxonomies import _keep_taxonomy, _tagger, _update_taxonomy
from .version import __version__

# The result types are named in hints as attributes of the package (lawnews.IngestReport),
# which loads each when it is asked for.
import lawnews

BUNDLED = "bundled"


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
            f" `lawnews index NEW_PATH… --index-dir {command_word(target)}` (their articles are not indexed twice)", argument="paths")
    bundled = paths is None and recorded is None and taxonomy is None and not vectors
    paths = recorded if recorded is not None else [bundled_corpus()] if paths is None else as_paths(paths)
    taxonomy = _update_taxonomy(target, taxonomy, rebuild)
    extra: dict[str, Any] = {"taxonomy": taxonomy} if taxonomy else {}
    if not bundled:
        extra["inputs"] = _inputs(target, paths, rebuild)
    kept, recorded_kept = _kept_out(target, paths, rebuild, named=recorded is None)
    if kept or recorded_kept:
        extra[KEPT_OUT] = kept.to_extra()
    report = _build_index(paths, target, rebuild=rebuild, progress=progress, tagger=_tagger(taxonomy),
                          origin=BUNDLED if bundled else "", dry_run=dry_run, extra=extra, procs=jobs,
                          vectors=vectors, reread=reread, kept_out=kept)
    if taxonomy and not dry_run:
        _keep_taxonomy(Path(taxonomy), target)
    _absolute_inputs(report)
    return report


def _kept_out(index_dir: Path, paths: "Sequence[str | os.PathLike[str]]", rebuild: bool,
              named: bool = True) -> tuple[KeptOut, bool]:
    """What an update of the index at ``index_dir`` (or its rebuild) from ``paths`` keeps out:
    the files and articles removed from it whose files are still there, but for the files
    ``paths`` name one by one when they are ``named`` (given, not the inputs an update reads
    again), which are taken back with their articles; and whether the index recorded any."""
    from .index.ingest.readers import common_root, naming_root

    info = storage.read_info(index_dir) if storage.exists(index_dir) else None
    recorded = KeptOut.of(info.extra if info is not None else None)
    if not recorded or info is None:
        return recorded, bool(recorded)
    old = info.root or None
    root = common_root(paths) if rebuild else naming_root(old, paths)  # as the build names its files
    kept = recorded.rebased(old, root).present(root)
    return (kept.naming(paths, root) if named else kept), True


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
            f" were removed from it); name the files or folders to read: `lawnews index PATH… --index-dir {command_word(index_dir)}`",
            argument="paths")
    if not inputs:
        raise InvalidArgumentError(
            f"the index at {index_dir} holds files of your own and does not record which; name the files"
            f" or folders to update it from: `lawnews index PATH… --index-dir {command_word(index_dir)}`", argument="paths")
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
