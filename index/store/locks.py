"""Locks around building an index: one build of an index at a time, and no update
writing to an index while a rebuild replaces it.

In: an index directory (it need not exist yet). Out: context managers —
:func:`build_lock` holds the build lock of that index (another process's build is
waited for), :func:`no_writer` holds its Whoosh write lock while its folder is
replaced (an update still writing is waited for). Either raises IndexLockedError
once it has waited too long.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator

from ...errors import IndexLockedError
from .storage import INDEX_NAME, exists


#: How long :func:`build_lock` waits for another process building the same index (seconds).
BUILD_WAIT_S = 600.0


@contextmanager
def build_lock(index_dir: str | os.PathLike[str], *, timeout: float = BUILD_WAIT_S) -> Iterator[None]:
    """Hold the build lock of ``index_dir``; another holder is waited for, up to
    ``timeout`` seconds (then IndexLockedError).

    The lock is an ``flock`` on ``.NAME.lock`` beside the index directory. The
    holder removes the file on release, and a waiter that locked a file removed
    meanwhile tries again, so no lock file stays behind (a killed holder's lock
    ends with its process). Without ``flock`` (Windows) builds are not serialized.
    Re-entrant: a holder taking it again (a build inside the default index's
    first-use lock) goes straight on.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    path = Path(os.path.realpath(index_dir))  # one lock for every name of the index (a symlink)
    key = (str(path), threading.get_ident())
    if key in _held:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.parent / f".{path.name}.lock"
    deadline = time.monotonic() + timeout
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.path.samestat(os.fstat(fd), os.stat(lock)):
                break
        except (BlockingIOError, FileNotFoundError):
            pass
        os.close(fd)
        if time.monotonic() > deadline:
            raise IndexLockedError(
                f"another process has been building the index at {path} for {timeout:.0f} s;"
                " wait for it to finish and try again", path=str(path)
            )
        time.sleep(0.05)
    _held.add(key)
    try:
        yield
    finally:
        _held.discard(key)
        with suppress(FileNotFoundError):
            os.unlink(lock)
        os.close(fd)


_held: set[tuple[str, int]] = set()  # build locks held, by index folder and thread


@contextmanager
def no_writer(index_dir: str | os.PathLike[str], *, timeout: float | None = None) -> Iterator[None]:
    """Hold the write lock of the index at ``index_dir``, if there is one, while it is
    replaced: an update still writing to it is waited for (up to ``timeout``, default
    :data:`BUILD_WAIT_S`, then IndexLockedError) rather than having its folder taken
    away under it, and no update starts meanwhile."""
    from whoosh.filedb.filestore import FileStorage

    if not exists(index_dir):
        yield
        return
    lock = FileStorage(str(index_dir)).lock(f"{INDEX_NAME}_WRITELOCK")
    wait = BUILD_WAIT_S if timeout is None else timeout
    deadline = time.monotonic() + wait
    while not lock.acquire(blocking=False):
        if time.monotonic() > deadline:
            raise IndexLockedError(
                f"another process has been writing to the index at {index_dir} for {wait:.0f} s;"
                " wait for it to finish and build it again", path=str(index_dir)
            )
        time.sleep(0.1)
    try:
        yield
    finally:
        lock.release()
