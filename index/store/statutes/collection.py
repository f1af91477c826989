"""The statute collection: one object per file, as everything else asks for it.

In:  the path of ``statutes.sqlite`` (:func:`lawnews.config.statutes_path`, or any file).
Out: :class:`Collection`, every layer's answers in one object (:mod:`.stored` … :mod:`.resolver`):
     :meth:`Collection.current` (the file at the configured path, one object while it is
     unchanged, None when there is none), :meth:`Collection.at` (any file) and
     :meth:`Collection.writer` (a :class:`~.filling.CollectionWriter` filling it).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ....config import statutes_path
from .filling import CollectionWriter
from .resolver import ResolvingCollection

#: The collection object :meth:`Collection.current` hands out, by path, with the stamp it was read at.
_SHARED: dict[Path, tuple[tuple[Any, ...], "Collection"]] = {}
_SHARED_LOCK = threading.Lock()


def _stamp(path: Path) -> tuple[Any, ...]:
    """The size and modification time of a collection file and of its WAL (where writes go
    first): any write changes one of them."""
    out: list[Any] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None]
    return tuple(out)


class Collection(ResolvingCollection):
    """A statute collection file (see the package docstring): its rows, the version of a law
    by date, the checks of what a text shows of an article and the resolution of citations."""

    @classmethod
    def current(cls) -> "Collection | None":
        """The collection at :func:`lawnews.config.statutes_path`, None if there is none: one
        object while the file is unchanged (its size, time and fingerprint, and its WAL's), so
        that what it has read (titles, versions, labels) serves every later call — a cited-by
        page reads the citations of each hit against it."""
        path = statutes_path()
        if not path.is_file():
            return None
        stamp = _stamp(path)
        with _SHARED_LOCK:
            held = _SHARED.get(path)
        if held is not None and held[0] == (*stamp, held[1].fingerprint):
            return held[1]
        collection = cls(path)
        fingerprint = collection.fingerprint
        if stamp == _stamp(path):  # (not written to meanwhile)
            with _SHARED_LOCK:
                _SHARED[path] = ((*stamp, fingerprint), collection)
        return collection

    @classmethod
    def at(cls, path: str | Path) -> "Collection | None":
        path = Path(path)
        return cls(path) if path.is_file() else None

    def writer(self) -> "CollectionWriter":
        return CollectionWriter(self)
