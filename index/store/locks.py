"""Locks around building an index: one build of an index at a time, and no update
writing to an index while a rebuild replaces it.

In: an index directory (it need not exist yet). Out: context managers —
:func:`build_lock` holds the build lock of that index (another process's build is
waited for), :func:`no_writer` holds its Whoosh write lock while its folder is
replaced (an update still writing is waited for). Either raises IndexLockedError
once it has waited too long. :func:`building` tells who is building an index now.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Iterator

from ...errors import IndexLockedError, naming
from .storage import INDEX_NAME, exists


#: How long :func:`build_lock` waits for another process building the same index (seconds).
BUILD_WAIT_S = 600.0


def lock_file(index_dir: str | os.PathLike[str]) -> Path:
    """The build lock's file of the index at ``index_dir``: ``.NAME.lock`` beside it (beside
    the target of a symlink, so that every name of the index shares it)."""
    path = Path(os.path.realpath(index_dir))
    return path.parent / f".{path.name}.lock"


def holder(index_dir: str | os.PathLike[str]) -> dict[str, Any] | None:
    """Who holds the build lock of ``index_dir``, as its holder wrote it in the lock file:
    ``pid``, ``since`` (local time) and ``command``; None when nobody says (no lock file,
    or one its holder has not written yet)."""
    try:
        said = json.loads(lock_file(index_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return said if isinstance(said, dict) and isinstance(said.get("pid"), int) else None


def building(index_dir: str | os.PathLike[str]) -> dict[str, Any] | None:
    """Who is building the index at ``index_dir`` now (:func:`holder`'s answer, ``{}`` when
    the holder has not said yet), or None when no process holds its build lock (a lock file
    a killed holder left behind holds no lock). Without ``flock`` (Windows): None."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        fd = os.open(lock_file(index_dir), os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return holder(index_dir) or {}
    except OSError:
        return None
    finally:
        os.close(fd)  # (closing the file releases a lock just taken)
    return None


def who(said: dict[str, Any] | None) -> str:
    """The holder of a lock in words: ``process 1234, `lawnews index news/`, since
    2026-03-02 02:00:01``; empty when not known."""
    if not said:
        return ""
    command = f", `{said['command']}`" if said.get("command") else ""
    since = f", since {said['since']}" if said.get("since") else ""
    return f"process {said['pid']}{command}{since}"


def _command() -> str:
    """This process's command line as a person typed it, shortened."""
    argv = list(sys.argv) or ["python"]
    main = os.path.join("lawnews", "__main__.py")
    argv[0] = "lawnews" if argv[0].endswith(main) else os.path.basename(argv[0])
    text = " ".join(argv)
    return text if len(text) <= 200 else text[:199] + "…"


@contextmanager
def build_lock(index_dir: str | os.PathLike[str], *, timeout: float | None = BUILD_WAIT_S) -> Iterator[None]:
    """Hold the build lock of ``index_dir``; another holder is waited for, up to
    ``timeout`` seconds (then IndexLockedError naming the holder: its process, command
    and since when; ``timeout=0``: not waited for; None: waited for as long as it takes).
    The holder writes who it is in the lock file (:func:`holder`).

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
    lock = lock_file(path)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a folder beside the index this process cannot write in (the build
            yield  # says why it cannot make its folder); Whoosh's write lock inside the index
            return  # still keeps writers apart
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.path.samestat(os.fstat(fd), os.stat(lock)):
                break
        except (BlockingIOError, FileNotFoundError):
            pass
        os.close(fd)
        if deadline is not None and time.monotonic() >= deadline:
            raise _busy(path, timeout or 0.0)
        time.sleep(0.05)
    with suppress(OSError):  # who holds it, for those who find it held
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "since": time.strftime("%Y-%m-%d %H:%M:%S"),
                                 "command": _command()}, ensure_ascii=False).encode("utf-8"))
    _held.add(key)
    try:
        yield
    finally:
        _held.discard(key)
        with suppress(FileNotFoundError):
            os.unlink(lock)
        os.close(fd)


_held: set[tuple[str, int]] = set()  # build locks held, by index folder and thread

#: What a build refused because another holds the lock says to do, in the library's words
#: (:data:`lawnews.errors.WORDING` words it for the command line).
WAIT_ADVICE = "pass wait=True to wait for it"


def _busy(path: Path, waited: float) -> IndexLockedError:
    """The error of a build that found the index at ``path`` being built by another process,
    after waiting ``waited`` seconds (0: not waited)."""
    said = who(holder(path))
    by = f" ({said})" if said else ""  # (process 1234, `lawnews index …`, since …)
    if waited:
        took = f"{waited:.0f}" if waited >= 10 else f"{waited:.1f}"
        return IndexLockedError(f"another process has been building the index at {path} for {took} s{by};"
                                " wait for it to finish and try again", path=str(path))
    return naming(IndexLockedError(f"another process is building the index at {path}{by}; run again once it has"
                                   f" finished, or {WAIT_ADVICE}", path=str(path)), WAIT_ADVICE)


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
