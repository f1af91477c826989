"""Side-store rows written aside until the Whoosh commit they go with has gone through.

In:  a side store (:class:`~.sidestore.SideStore`) whose write transaction puts its rows in
     ``pending_*`` tables and records under the meta key ``pending`` a JSON list that opens
     with the generation the Whoosh commit will make (what else its taking in needs follows);
     the statements that put those rows in place (:meth:`SetAsideStore._put_in`).
Out: :class:`SetAsideStore`, whose :meth:`~SetAsideStore.settle` takes the rows in once the
     Whoosh index has their generation and throws them away while it has not, and whose every
     connection does the same first (so a reader after a killed writer reads one state: a
     store that cannot be written is read with the rows taken in on that connection alone);
     :func:`tie` (the store's generation read from its index).

A process killed between writing the rows aside, the Whoosh commit and taking them in thus
leaves the store and the index one state: the old one or the new one, never new rows beside
old texts.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from typing import Any, Callable

from .sidestore import SideStore


class SetAsideStore(SideStore):
    """A side store whose rows of one write transaction wait aside for its Whoosh commit."""

    #: The tables that hold the rows set aside.
    PENDING_TABLES: tuple[str, ...] = ()
    #: The tables a connection that cannot write copies (as its own temporary tables) to read
    #: the rows as taken in.
    READ_TABLES: tuple[str, ...] = ()

    #: The generation of the Whoosh index the store is beside, read from its folder now
    #: (None: a store of no index; rows set aside are then left to its writer).
    generation: "Callable[[], int] | None" = None

    def _connect(self) -> sqlite3.Connection:
        con = super()._connect()
        self._opened(con)
        if self.generation is not None:
            pending = pending_record(con)
            if pending is not None and pending[0] <= self.generation():  # the Whoosh commit went through
                try:
                    self._take_in(con, pending[0])
                except sqlite3.OperationalError:  # a store that cannot be written: read as if taken in
                    self._read_taken_in(con)
        return con

    def _opened(self, con: sqlite3.Connection) -> None:
        """What a store does on each new connection before the rows aside are looked at."""

    def _put_in(self, con: sqlite3.Connection, schema: str, pending: list[Any]) -> None:
        """Put the rows set aside (``pending``: the record of :func:`pending_record`) in place
        of their articles' earlier ones, in the tables of ``schema`` (``main.`` or ``temp.``)."""
        raise NotImplementedError

    def settle(self, generation: int) -> str | None:
        """Take in the rows a write transaction set aside, when the Whoosh index has reached
        the ``generation`` they were written for (its commit went through), else throw them
        away (it did not: the index has what it had); "taken in", "thrown away", or None
        when nothing was set aside."""
        with self._lock:
            con = SideStore._connect(self)
            try:
                pending = pending_record(con)
                if pending is None:
                    return None
                if pending[0] <= generation:
                    self._take_in(con, pending[0])
                    return "taken in"
                self._throw_away(con)
                return "thrown away"
            finally:
                self._close(con)

    def _take_in(self, con: sqlite3.Connection, generation: int) -> None:
        """The rows set aside for ``generation`` in place of their articles' earlier ones, in
        one transaction (nothing, when another process took them in meanwhile)."""
        con.execute("BEGIN IMMEDIATE")
        try:
            pending = pending_record(con)
            if pending is not None and pending[0] == generation:
                self._put_in(con, "main.", pending)
                self._throw_away(con, commit=False)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _throw_away(self, con: sqlite3.Connection, commit: bool = True) -> None:
        """No rows set aside (``commit``: in a transaction of its own)."""
        if commit:
            con.execute("BEGIN IMMEDIATE")
        for table in self.PENDING_TABLES:
            con.execute(f"DELETE FROM main.{table}")
        con.execute("DELETE FROM main.meta WHERE key = 'pending'")
        if commit:
            con.execute("COMMIT")

    def _read_taken_in(self, con: sqlite3.Connection) -> None:
        """On a connection to a store that cannot be written (a read-only folder), tables of
        this connection alone that hold the rows as taken in, read in place of the file's."""
        pending = pending_record(con)
        assert pending is not None
        for table in self.READ_TABLES:
            con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} AS SELECT * FROM main.{table}")
        self._put_in(con, "temp.", pending)
        if "meta" in self.READ_TABLES:
            con.execute("DELETE FROM temp.meta WHERE key = 'pending'")

    def set_aside_record(self, con: sqlite3.Connection, generation: int, *rest: Any) -> None:
        """Record, in a write transaction that has just written its rows aside, the generation
        its Whoosh commit will make and what taking them in needs (``rest``)."""
        con.execute("INSERT OR REPLACE INTO meta VALUES ('pending', ?)", (json.dumps([generation, *rest]),))


def pending_record(con: sqlite3.Connection) -> list[Any] | None:
    """The record of the rows set aside (the generation first, as an int), or None."""
    row = con.execute("SELECT value FROM meta WHERE key = 'pending'").fetchone()
    if row is None:
        return None
    record = json.loads(row[0])
    return [int(record[0]), *record[1:]]


def tie(store: SetAsideStore, ix: Any) -> SetAsideStore:
    """``store`` reading its generation from the Whoosh index ``ix`` (once per store object)."""
    if store.generation is None:
        index = weakref.ref(ix)

        def generation() -> int:
            here = index()
            return here.latest_generation() if here is not None else -1

        store.generation = generation
    return store
