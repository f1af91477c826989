"""Index directories on disk: create, open, describe, replace atomically.

An index directory holds Whoosh's segment files plus ``lawnews.json``, which
records what built it: schema version, lawnews version, segmenter and dictionary
fingerprint, tagger fingerprint, article and section counts, where the
documents came from, and the folder its files are named relative to (``root``). :func:`open_index` refuses an index whose schema or
dictionary differ from this installation's, with a message that says how to
rebuild; :func:`replace_dir` swaps a freshly built directory into place so that an
interrupted rebuild never leaves a broken index behind.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shlex
import shutil
import tempfile
import time
import weakref
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.util import random_name

from ...errors import IndexNotFoundError, IndexVersionError, IndexWriteError, InvalidArgumentError
from ...version import __version__
from ..analysis.chinese import SEGMENTER, dictionary_fingerprint
from .schema import SCHEMA_VERSION, build_schema

META_FILE = "lawnews.json"
INDEX_NAME = "sections"
REBUILD_HINT = "rebuild it with `lawnews index --rebuild [PATH…] --index-dir {path}`"

#: A word a shell takes as it is: letters (CJK too), digits and the marks of paths.
_SHELL_SAFE = re.compile(r"[\w@%+=:,./-]+")


def command_word(text: str | os.PathLike[str]) -> str:
    """``text`` (a path) as one word of a command to copy into a shell: as it is when the shell
    takes it so (``新闻/a.txt``), else quoted (``'我的 新闻/a.txt'``), as :func:`shlex.quote` quotes."""
    text = os.fspath(text)
    return text if _SHELL_SAFE.fullmatch(text) else shlex.quote(text)


def rebuild_hint(path: str | os.PathLike[str]) -> str:
    """:data:`REBUILD_HINT` for the index at ``path``, its path a word the shell takes whole."""
    return REBUILD_HINT.format(path=command_word(path))


@dataclass(frozen=True)
class IndexInfo:
    """What an index directory says about itself (the content of ``lawnews.json``)."""

    schema_version: int
    lawnews_version: str
    segmenter: str
    dictionary: str
    tagger: str = ""
    articles: int = 0
    sections: int = 0
    built_at: str = ""
    origin: str = ""
    corpus_fingerprint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    root: str = ""  # the folder files are named relative to (see readers.discover)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def current(cls, **kw: Any) -> "IndexInfo":
        """The info this installation would write for a new index."""
        return cls(
            schema_version=SCHEMA_VERSION,
            lawnews_version=__version__,
            segmenter=SEGMENTER,
            dictionary=dictionary_fingerprint(),
            built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            **kw,
        )

    def incompatibility(self) -> str | None:
        """Why this index cannot be opened by this installation, or None."""
        if self.schema_version != SCHEMA_VERSION:
            return f"schema version {self.schema_version} (this lawnews uses {SCHEMA_VERSION})"
        if self.segmenter != SEGMENTER or self.dictionary != dictionary_fingerprint():
            return f"segmenter dictionary {self.segmenter}:{self.dictionary} (this lawnews uses {SEGMENTER}:{dictionary_fingerprint()})"
        return None


def read_info(path: str | os.PathLike[str]) -> IndexInfo | None:
    """The info of the index at ``path``, or None where there is no lawnews index."""
    meta = Path(path) / META_FILE
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):  # nothing there, or a file where the folder should be
        if not recover(Path(path)):
            return None
        return read_info(path)
    except (OSError, ValueError) as e:
        raise IndexVersionError(f"{meta} is unreadable ({e}); {rebuild_hint(path)}", path=str(path)) from e
    known = {k: data.pop(k) for k in list(data) if k in IndexInfo.__dataclass_fields__}
    try:
        return IndexInfo(**known)
    except TypeError as e:
        raise IndexVersionError(f"{meta} is not a lawnews index description; {rebuild_hint(path)}",
                                path=str(path)) from e


def write_info(path: str | os.PathLike[str], info: IndexInfo) -> None:
    """Write ``lawnews.json`` atomically (write a temporary file, then rename)."""
    meta = Path(path) / META_FILE
    tmp = meta.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(info.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, meta)


#: System errors that say a disk has no room for what is written: full, or over a quota.
_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def write_failure(error: BaseException, path: str | os.PathLike[str], *, fresh: bool = False) -> IndexWriteError | None:
    """The IndexWriteError saying what became of the index at ``path`` when writing it
    failed with ``error`` for want of room (a full disk, a quota; SQLite's ``database or
    disk is full``), else None. ``fresh``: a first build or a rebuild (which leaves the
    index there before as it was)."""
    import sqlite3

    if isinstance(error, OSError) and error.errno in _NO_ROOM:
        reason = error.strerror or os.strerror(error.errno or errno.ENOSPC)
    elif isinstance(error, sqlite3.OperationalError) and getattr(error, "sqlite_errorcode", None) == 13:
        reason = os.strerror(errno.ENOSPC)  # SQLITE_FULL
    else:
        return None
    kept = ("an index there before is left as it was" if fresh
            else "the index keeps what it last committed and answers searches as before")
    return IndexWriteError(f"could not write the index at {path}: {reason}; {kept}. Free some room on that disk"
                           " and run the same command again to finish", path=str(path), reason=reason)


def exists(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` holds a lawnews index (compatible or not).

    Looks for the files only: reading an index of another version could fail on
    classes its schema names that this version no longer has. An index a rebuild
    killed mid-swap left moved aside is put back first (:func:`recover`)."""
    p = Path(path)
    recover(p)
    return (p / META_FILE).is_file() and any(p.glob(f"_{INDEX_NAME}_*.toc"))


def _foreign_folder(p: Path) -> bool:
    """Whether ``p`` is a folder holding files but no lawnews index."""
    return p.is_dir() and not exists(p) and any(p.iterdir())


def check_replaceable(path: str | os.PathLike[str], argument: str = "index_dir") -> None:
    """InvalidArgumentError (naming ``argument``, the caller's keyword for ``path``) when
    ``path`` is a file, or a folder holding files but no lawnews index: a build replaces the
    folder whole, which would delete them."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise InvalidArgumentError(f"{p} is a file, not a folder; name a new or empty folder for the index",
                                   argument=argument)
    if _foreign_folder(p):
        raise InvalidArgumentError(
            f"{p} holds files but no lawnews index, and building an index there would delete them;"
            " name a new or empty folder for the index", argument=argument
        )


def open_index(path: str | os.PathLike[str]) -> tuple[whoosh_index.Index, IndexInfo]:
    """Open the index at ``path`` for reading and writing, after checking it is compatible."""
    info = read_info(path)
    if info is None or not exists(path):
        p = Path(path)
        if p.exists() and not p.is_dir():
            raise IndexNotFoundError(f"no lawnews index at {path}: it is a file; name the folder the index was built in",
                                     path=str(path))
        if _foreign_folder(p):  # building there is refused too (check_replaceable)
            raise IndexNotFoundError(
                f"no lawnews index at {path}: it is a folder of other files; build an index in a new or"
                " empty folder with `lawnews index PATH… --index-dir NEW_FOLDER`", path=str(path)
            )
        raise IndexNotFoundError(
            f"no lawnews index at {path}; build one with `lawnews index PATH… --index-dir {command_word(path)}`", path=str(path)
        )
    why = info.incompatibility()
    if why is not None:
        raise IndexVersionError(
            f"the index at {path} was built with {why}; {rebuild_hint(path)}", path=str(path)
        )
    try:
        ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
    except Exception as e:  # Whoosh raises many unrelated types for a damaged TOC
        raise IndexVersionError(f"the index at {path} cannot be read ({e}); {rebuild_hint(path)}",
                                path=str(path)) from e
    return ix, info


def create_index(path: str | os.PathLike[str], info: IndexInfo, argument: str = "index_dir") -> whoosh_index.Index:
    """Create an empty index at ``path`` (which must be empty or absent: else the error
    names ``argument``, the caller's keyword for it)."""
    p = Path(path)
    check_replaceable(p, argument)
    p.mkdir(parents=True, exist_ok=True)
    ix = FileStorage(str(p)).create_index(build_schema(), indexname=INDEX_NAME)
    write_info(p, info)
    return ix


class _RamStorage(RamStorage):
    """Whoosh's RAM storage, whose writers' temporary folders are their own.

    Whoosh names the folder after the index (``<tmp>/sections.tmp``), so two
    in-memory indexes written at once, in one process or in two, would remove
    each other's run files.
    """

    def temp_storage(self, name: str | None = None) -> FileStorage:
        base = getattr(self, "_tmp", None)
        if base is None:  # one private folder per index, removed with it
            base = self._tmp = tempfile.mkdtemp(prefix="lawnews-mem-")
            weakref.finalize(self, shutil.rmtree, base, True)
        return FileStorage(os.path.join(base, name or f"{random_name()}.tmp")).create()


def create_in_memory() -> whoosh_index.Index:
    """An empty index held in RAM (tests, throw-away use)."""
    return _RamStorage().create_index(build_schema(), indexname=INDEX_NAME)


def staging_dir(path: str | os.PathLike[str]) -> Path:
    """A fresh sibling directory to build a replacement for ``path`` in.

    Leftovers of builds whose process died (killed mid-build) are removed first.
    InvalidArgumentError when the folder cannot be made. A symlink's target is what
    is replaced, so the staging folder goes beside the target.
    """
    p = Path(os.path.realpath(path))
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_siblings(p)
        staging = p.parent / f".{p.name}.building-{os.getpid()}-{time.time_ns()}"
        staging.mkdir()
    except (FileExistsError, NotADirectoryError) as e:  # a file where a folder should be
        raise InvalidArgumentError(f"cannot make the index folder {p}: {e.filename} is a file, not a folder",
                                   argument="index_dir") from None
    except OSError as e:  # a read-only place …
        raise InvalidArgumentError(f"cannot make the index folder {p}: {e.strerror or e}"
                                   f"{f' ({e.filename})' if e.filename else ''}", argument="index_dir") from None
    return staging


def recover(path: str | os.PathLike[str]) -> bool:
    """Put back the index a rebuild moved aside to swap in its new one, when that rebuild
    was killed (a power cut) between the two moves: ``path`` is missing, and a
    ``.NAME.old-PID-…`` folder of a dead process holds an index. Returns whether it did
    (False also when the folder cannot be written: the index stays where it is).
    ``path`` may be a symlink: its target is what a rebuild replaces."""
    p = Path(os.path.realpath(path))
    if os.path.lexists(p):
        return False
    try:
        aside = [sib for sib in p.parent.glob(f".{p.name}.old-*-*") if _of_dead(sib, p.name, "old")
                 and (sib / META_FILE).is_file() and any(sib.glob(f"_{INDEX_NAME}_*.toc"))]
    except OSError:
        return False
    if not aside:
        return False
    latest = max(aside, key=lambda sib: sib.stat().st_mtime_ns)
    try:
        os.replace(latest, p)
    except OSError:
        return False
    return True


def _of_dead(sib: Path, name: str, kind: str) -> bool:
    """Whether ``sib`` is a ``.NAME.KIND-PID-…`` folder of a process that has ended."""
    found, _, rest = sib.name[len(name) + 2:].partition("-")
    pid = rest.split("-", 1)[0]
    return found == kind and pid.isdigit() and not _alive(int(pid))


def remove_stale_siblings(path: Path) -> list[Path]:
    """Delete ``.NAME.building-PID-…`` and ``.NAME.old-PID-…`` dirs of dead processes
    (an index moved aside by a rebuild killed mid-swap is put back first)."""
    recover(path)
    removed = []
    for sib in path.parent.glob(f".{path.name}.*-*-*"):
        kind, _, rest = sib.name[len(path.name) + 2:].partition("-")
        pid = rest.split("-", 1)[0]
        if kind in ("building", "old") and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(sib, ignore_errors=True)
            removed.append(sib)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def replace_dir(staging: Path, path: str | os.PathLike[str]) -> None:
    """Move the built ``staging`` directory to ``path``, replacing what was there; where
    ``path`` is a symlink (an index folder kept on another disk), its target is replaced
    and the link kept, so that every name of the index sees the new one."""
    p = Path(os.path.realpath(path))
    old = None
    if p.exists():
        old = p.parent / f".{p.name}.old-{os.getpid()}-{time.time_ns()}"
        os.replace(p, old)
    os.replace(staging, p)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
