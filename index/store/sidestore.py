"""SQLite files kept beside a Whoosh index's files: the gram store and the vectors.

In: the index (its storage folder) and a store class with its ``SCHEMA``. Out: one
store object per index object (:func:`side_store`), whose connections
(:meth:`SideStore._connect`) open the file in WAL mode, so that readers never wait
for a writer, or, for an index held in memory, share one in-memory database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


class SideStore:
    """One SQLite file beside an index (``path`` ``None``: held in memory)."""

    #: The statements that create the file's tables.
    SCHEMA = ""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path is not None else None
        self._lock = threading.RLock()
        self._memory: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            if self._memory is None:
                self._memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
                self._memory.executescript(self.SCHEMA)
            return self._memory
        con = sqlite3.connect(self.path, timeout=60.0, check_same_thread=False, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            con.executescript(self.SCHEMA)
        except sqlite3.OperationalError:
            con.close()
            if writable(self.path.parent):
                raise
            return self._read_only()
        return con

    def _read_only(self) -> sqlite3.Connection:
        """The file of an index in a folder this process cannot write to (a read-only
        mount, an immutable folder): read as it is, as nothing can write to it either
        (a missing file: its tables empty, in memory); a write then fails as SQLite's."""
        assert self.path is not None
        if not self.path.is_file():
            con = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            con.executescript(self.SCHEMA)
            return con
        uri = f"{self.path.resolve().as_uri()}?immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    def _close(self, con: sqlite3.Connection) -> None:
        if con is not self._memory:
            con.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for reading, closed (or, in memory, kept) when the block ends; the
        file is read as it is where its disk has no room left for SQLite's shared-memory
        file (a disk filled by something else: the index is still searched)."""
        with self._lock:
            try:
                con = self._connect()
            except sqlite3.OperationalError:
                if self.path is None or not no_room(self.path.parent):
                    raise
                con = self._read_only()
            try:
                yield con
            finally:
                self._close(con)

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A connection inside one write transaction, committed on success."""
        with self._lock:
            con = self._connect()
            try:
                con.execute("BEGIN IMMEDIATE")
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            finally:
                self._close(con)


def writable(folder: "str | os.PathLike[str]") -> bool:
    """Whether this process can make files in ``folder``: by its permissions, and by trying
    (a read-only file system or an immutable folder refuses even root, whom permissions let by)."""
    if not os.access(folder, os.W_OK):
        return False
    probe = Path(folder) / f".lawnews-write-probe-{os.getpid()}-{threading.get_ident()}"
    try:
        probe.touch()
    except OSError:
        return False
    probe.unlink(missing_ok=True)
    return True


#: Free bytes under which a disk counts as full (SQLite cannot make its shared-memory file).
FULL_BELOW = 1 << 20


def no_room(folder: "str | os.PathLike[str]") -> bool:
    """Whether the disk of ``folder`` is (all but) full."""
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def side_store(ix: Any, file_name: str, factory: Any) -> Any:
    """The store kept in ``file_name`` beside a Whoosh index's files (``factory(path)``;
    path ``None`` for an index in memory), one object per index object."""
    stores = ix.__dict__.setdefault("_lawnews_side_stores", {})
    if file_name not in stores:
        folder = getattr(ix.storage, "folder", None)  # RamStorage has folder ""
        stores[file_name] = factory(Path(folder) / file_name if folder else None)
    return stores[file_name]
