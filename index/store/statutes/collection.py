"""The statute collection: one object per file, as everything else asks for it.

In:  the path of ``statutes.sqlite`` (:func:`lawnews.config.statutes_path`, or any file).
Out: :class:`Collection`, every layer's answers in one object (:mod:`.stored` … :mod:`.resolver`):
     :meth:`Collection.current` (the file at the configured path, one object while it is
     unchanged, None when there is none), :meth:`Collection.at` (any file) and
     :meth:`Collection.writer` (a :class:`~.filling.CollectionWriter` filling it).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable

from ....config import statutes_path
from .filling import CollectionWriter
from .resolver import ResolvingCollection

#: The collection object :meth:`Collection.current` hands out, by path: the file's stamp
#: and fingerprint it was read at, when that fingerprint was read (ns), and the object.
_SHARED: dict[Path, tuple[tuple[Any, ...], str, int, "Collection"]] = {}
_SHARED_LOCK = threading.Lock()

#: How long a write may leave a file's modification time as it was: the coarsest clock a
#: file system keeps (FAT's two seconds). A file whose last change is older than that when
#: its fingerprint was read cannot change again without a newer time.
_CLOCK_SLACK_NS = 2_000_000_000


def _stamp(path: Path) -> tuple[Any, ...]:
    """The identity, size and modification time of a collection file and of its WAL (where
    writes go first): any write or replacement changes one of them."""
    out: list[Any] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            out += [st.st_ino, st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None, None]
    return tuple(out)


def _settled(stamp: tuple[Any, ...], read_ns: int) -> bool:
    """Whether the files of ``stamp`` were last changed longer before ``read_ns`` than a
    file-system clock can lag: a later write then shows in the stamp, and the content need
    not be looked at again to know it unchanged."""
    times = [t for t in stamp[2::3] if t is not None]
    return bool(times) and read_ns - max(times) > _CLOCK_SLACK_NS


class Collection(ResolvingCollection):
    """A statute collection file (see the package docstring): its rows, the version of a law
    by date, the checks of what a text shows of an article and the resolution of citations."""

    @classmethod
    def current(cls) -> "Collection | None":
        """The collection at :func:`lawnews.config.statutes_path`, None if there is none: one
        object while the file is unchanged (its identity, size, time and fingerprint, and its
        WAL's), so that what it has read (titles, versions, labels) serves every later call — a
        cited-by page reads the citations of each hit against it. The fingerprint is read again
        only while the file's last change is too recent for its time to show the next one."""
        path = statutes_path()
        if not path.is_file():
            return None
        stamp = _stamp(path)
        with _SHARED_LOCK:
            held = _SHARED.get(path)
        if held is not None and held[0] == stamp:
            if _settled(stamp, held[2]):
                return held[3]
            read_ns = time.time_ns()
            if held[3].fingerprint == held[1]:
                with _SHARED_LOCK:
                    _SHARED[path] = (stamp, held[1], read_ns, held[3])
                return held[3]
        collection = cls(path)
        read_ns = time.time_ns()
        fingerprint = collection.fingerprint
        if stamp == _stamp(path):  # (not written to meanwhile)
            with _SHARED_LOCK:
                _SHARED[path] = (stamp, fingerprint, read_ns, collection)
        return collection

    @classmethod
    def at(cls, path: str | Path) -> "Collection | None":
        path = Path(path)
        return cls(path) if path.is_file() else None

    def writer(self, naming: "Callable[[str], str] | None" = None,
               warn: "Callable[[str, str], None] | None" = None) -> "CollectionWriter":
        return CollectionWriter(self, naming, warn)
