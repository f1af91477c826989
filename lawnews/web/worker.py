"""Library calls in worker processes, each cut off when it takes too long.

In: the name of a :class:`~lawnews.NewsIndex` call (``search``, ``search_all``, ``show``, ``trends``,
``first``, ``profile``, ``cited_by``, ``statute_article``, ``outdated_tags``) and its arguments. Out: what the call returns, or the
:class:`~lawnews.LawNewsError` it raised, raised again here.

Each worker process holds the index open and answers one call at a time. A call
still running after ``time_limit`` seconds is stopped by ending its process (a
thread could not be stopped: its work would go on using a core), and
:class:`QueryTimeoutError` is raised; the next call starts a fresh worker. A
worker's start (importing lawnews, opening the index) is not counted against the
limit. The limit is a number of seconds above 0, at most :data:`LONGEST_LIMIT`, and the
pool at least one worker: any other is an InvalidArgumentError when the pool is made,
not a failure of every call after it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from typing import Any, Callable

from .. import arguments as _args
from ..errors import ArgumentTypeError, InvalidArgumentError, LawNewsError, naming

#: Seconds a new worker may take to open the index before it is given up.
START_TIMEOUT = 120.0
#: The longest time limit of a call, in seconds: a day (the system's timers refuse far
#: longer waits, and a call running that long is one to stop).
LONGEST_LIMIT = 86_400.0


def time_limit_of(value: Any) -> float:
    """``value`` as the time limit of a call: a number of seconds above 0 and at most
    :data:`LONGEST_LIMIT` (not ``nan``, not ``inf``); InvalidArgumentError (ArgumentTypeError
    for no number) naming ``time_limit`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise naming(ArgumentTypeError(f"time_limit must be a number of seconds, not {type(value).__name__}",
                                       argument="time_limit"), "time_limit")
    if not 0 < value <= LONGEST_LIMIT:  # nan compares false
        raise naming(InvalidArgumentError(f"time_limit must be more than 0 seconds and at most {LONGEST_LIMIT:g},"
                                          f" not {value!r}", argument="time_limit"), "time_limit")
    return float(value)


class QueryTimeoutError(LawNewsError):
    "A call ran past the time limit and was stopped."


class WorkerFault(Exception):
    """A worker failed with an error that is not a LawNewsError (a bug): the page
    says so without its traceback."""


#: The calls a worker answers: name → function of the open index and the arguments.
CALLS: dict[str, Callable[..., Any]] = {
    "search": lambda ix, *a, **kw: ix.search(*a, **kw),
    "search_all": lambda ix, *a, **kw: ix.search_all(*a, **kw),
    "show": lambda ix, *a, **kw: ix.show(*a, **kw),
    "trends": lambda ix, *a, **kw: ix.trends(*a, **kw),
    "first": lambda ix, *a, **kw: ix.first(*a, **kw),
    "profile": lambda ix, *a, **kw: ix.profile(*a, **kw),
    "cited_by": lambda ix, *a, **kw: ix.cited_by(*a, **kw),
    "statute_article": lambda ix, *a, **kw: ix.statute_article(*a, **kw),
    "outdated_tags": lambda ix: ix.outdated_tags(),
}


def _serve(conn: Any, index_dir: str) -> None:
    """The worker process: open the index, say ready, answer calls until the pipe closes."""
    from ..api import NewsIndex

    # Ctrl-C reaches every process of the terminal's group: the server stops and ends
    # its workers; a worker would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    try:
        ix = NewsIndex.open(index_dir, long_running=True)
    except LawNewsError as e:
        conn.send(("error", e))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            name, args, kwargs = conn.recv()
        except (EOFError, OSError):
            break
        try:
            answer: tuple[str, Any] = ("ok", CALLS[name](ix, *args, **kwargs))
        except LawNewsError as e:
            answer = ("error", e)
        except Exception as e:  # a bug: reported, not shown as a traceback
            answer = ("fault", f"{type(e).__name__}: {e}")
        try:
            conn.send(answer)
        except Exception as e:  # an answer that cannot be pickled
            conn.send(("fault", f"{type(e).__name__}: {e}"))
    ix.close()


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, index_dir: str) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, index_dir), daemon=True,
                                   name="lawnews-web-worker")
        self.process.start()
        child.close()
        self._ready = False

    def _wait_ready(self) -> None:
        if self._ready:
            return
        if not self._conn.poll(START_TIMEOUT):
            self.stop()
            raise WorkerFault(f"the index did not open within {START_TIMEOUT:.0f} s")
        status, value = self._receive()
        if status != "ready":
            self.stop()
            _raise(status, value)
        self._ready = True

    def _receive(self) -> tuple[str, Any]:
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            self.stop()
            raise WorkerFault("the worker process ended unexpectedly") from None

    def call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], time_limit: float) -> Any:
        self._wait_ready()
        self._conn.send((name, args, kwargs))
        if not self._conn.poll(time_limit):
            self.stop()
            raise QueryTimeoutError(
                f"the query took longer than {time_limit:g} s and was stopped; narrow it"
                " (more words, a phrase, a filter or a date range) and try again")
        status, value = self._receive()
        if status == "ok":
            return value
        _raise(status, value)

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        """End the process now (the work it was doing stops with it)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self._conn.close()


def _raise(status: str, value: Any) -> None:
    if status == "error" and isinstance(value, LawNewsError):
        raise value
    raise WorkerFault(str(value))


class WorkerPool:
    """``size`` workers over one index; :meth:`call` borrows an idle one."""

    def __init__(self, index_dir: "str | os.PathLike[str]", *, time_limit: float = 10.0, size: int = 2) -> None:
        self.index_dir = str(index_dir)
        self.time_limit = time_limit_of(time_limit)
        _args.count("workers", size, minimum=1)
        self._idle: "queue.Queue[Worker | None]" = queue.Queue()
        self._workers: list[Worker] = []
        self._lock = threading.Lock()
        for _ in range(size):
            self._idle.put(None)  # a free place; its worker starts when first needed

    def start(self) -> None:
        """Start every worker now, so that the first pages do not wait for them."""
        places = []
        while True:
            try:
                places.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for w in places:
            self._idle.put(w if w is not None else self._new())

    def _new(self) -> Worker:
        w = Worker(self.index_dir)
        with self._lock:
            self._workers.append(w)
        return w

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run the library call ``name`` in a worker; QueryTimeoutError past the time limit."""
        try:
            w = self._idle.get(timeout=self.time_limit)
        except queue.Empty:
            raise QueryTimeoutError(
                f"every worker was busy for {self.time_limit:g} s; try again in a moment") from None
        try:
            if w is None or not w.alive():
                if w is not None:
                    self._forget(w)
                w = self._new()
            return w.call(name, args, kwargs, self.time_limit)
        finally:
            if w is not None and not w.alive():  # ended by the time limit, or it could not open the index
                self._forget(w)
                w = None
            self._idle.put(w)

    def _forget(self, w: Worker) -> None:
        with self._lock:
            if w in self._workers:
                self._workers.remove(w)

    def pids(self) -> list[int]:
        """The process ids of the running workers."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.alive() and w.process.pid is not None]

    def close(self) -> None:
        with self._lock:
            workers, self._workers = self._workers, []
        for w in workers:
            w.stop()
