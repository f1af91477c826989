"""The character-gram side index: which sections contain a character or character pair.

Exact phrase search needs to know, for any string, which sections may contain it,
whatever jieba made of their text. Each section's title, heading, text and caption
are cut into runs of Han characters, ASCII letters and digits (lowercased); every
character and every adjacent pair of a run is a gram. A phrase's grams are all
present in any section that contains the phrase, so their intersection is a
superset of the answer, which :mod:`lawnews.search.phrase` then checks against the
stored text.

The grams live in SQLite FTS5 (``grams.sqlite`` in the index folder; in memory for
an in-memory index), outside Whoosh, where indexing them is about a hundred times
cheaper than as Whoosh postings. Rows are keyed by a ``seq`` number that each
section document also carries in a Whoosh column, so a lookup's seqs map back to
document numbers (:func:`seq_map`).

Consistency with Whoosh: a writer inserts the grams of its new documents and
commits them *before* the Whoosh commit; a crash in between leaves rows whose seqs
no document carries, which match nothing. Deleted documents' rows stay until the
store holds more dead rows than live ones, when :meth:`GramStore.compact` rebuilds it
from the live documents' stored text. Seqs are never reused.
"""

from __future__ import annotations

import os
import re
import sqlite3
from operator import add
from typing import Any, Iterable, Iterator

from ..analysis.fold import search_form
from .sidestore import SideStore, side_store

FILE_NAME = "grams.sqlite"
TEXT_FIELDS = ("title", "heading", "text", "caption")

_RUN = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(g, content='', detail=none,
    tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


def grams(text: str) -> set[str]:
    """The grams of ``text``: each character and adjacent pair of its runs (see the
    module docstring), in its folded form (:func:`.fold.search_form`: simplified,
    ruby pinyin left out), as exact phrases are compared."""
    out: set[str] = set()
    for run in _RUN.findall(search_form(text)):
        out.update(run)
        out.update(map(add, run, run[1:]))  # adjacent pairs
    return out


def doc_grams(doc: dict[str, Any]) -> str:
    """The gram row of one section document: its grams, space-separated."""
    return " ".join(grams("\n".join(str(doc[f]) for f in TEXT_FIELDS if doc.get(f))))


class GramStore(SideStore):
    """The side index of one lawnews index (``path`` ``None``: held in memory)."""

    SCHEMA = _SCHEMA

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        super().__init__(path)
        self._reader: sqlite3.Connection | None = None

    def _read(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = self._connect()
        return self._reader

    def close(self) -> None:
        with self._lock:
            if self._reader is not None and self._reader is not self._memory:
                self._reader.close()
            self._reader = None

    # -- reading -------------------------------------------------------------
    def match(self, phrase_grams: Iterable[str]) -> list[int]:
        """Seqs of the rows holding every gram (a superset of the sections holding the phrase)."""
        terms = sorted(set(phrase_grams))
        if not terms:
            raise ValueError("no grams to match")
        expr = " AND ".join(f'"{t}"' for t in terms)
        with self._lock:
            return [r[0] for r in self._read().execute("SELECT rowid FROM grams WHERE grams MATCH ?", (expr,))]

    def counts(self) -> tuple[int, int]:
        """``(rows, next_seq)``."""
        with self._reading() as con:
            return _meta(con)

    # -- writing -------------------------------------------------------------
    def batch(self) -> "GramBatch":
        """A write transaction (one per index writer)."""
        return GramBatch(self)

    def compact(self, live: Iterable[tuple[int, str]]) -> None:
        """Replace every row by the rows of ``live`` (``(seq, gram row)`` pairs)."""
        with self._writing() as con:
            _, next_seq = _meta(con)
            con.execute("INSERT INTO grams(grams) VALUES ('delete-all')")
            rows = 0
            for chunk in _chunks(live, 2000):
                con.executemany("INSERT INTO grams(rowid, g) VALUES (?, ?)", chunk)
                rows += len(chunk)
            _set_meta(con, rows, next_seq)


class GramBatch:
    """New rows of one writer: ``allocate`` seqs, ``add`` rows, then ``commit`` or ``rollback``."""

    def __init__(self, store: GramStore) -> None:
        self._store = store
        self._con: sqlite3.Connection | None = None
        self._pending: list[tuple[int, str]] = []
        self._next_seq = 1
        self._rows = 0
        self._locked = False

    def _begin(self) -> sqlite3.Connection:
        if self._con is None:
            # An in-memory store has one connection: hold its lock until the end.
            self._locked = self._store.path is None
            if self._locked:
                self._store._lock.acquire()
            try:
                con = self._store._connect()
                con.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._release()
                raise
            self._con = con
            self._rows, self._next_seq = _meta(con)
        return self._con

    def allocate(self, n: int = 1) -> int:
        """The first of ``n`` new consecutive seqs."""
        self._begin()
        seq = self._next_seq
        self._next_seq += n
        return seq

    def add(self, seq: int, row: str) -> None:
        self._pending.append((seq, row))
        if len(self._pending) >= 2000:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._begin().executemany("INSERT INTO grams(rowid, g) VALUES (?, ?)", self._pending)
            self._rows += len(self._pending)
            self._pending = []

    def commit(self) -> None:
        if self._con is None:
            return
        self._flush()
        _set_meta(self._con, self._rows, self._next_seq)
        self._con.execute("COMMIT")
        self._end()

    def rollback(self) -> None:
        self._pending = []
        if self._con is None:
            return
        self._con.execute("ROLLBACK")
        self._end()

    def _end(self) -> None:
        con, self._con = self._con, None
        if con is not None:
            self._store._close(con)
        self._release()

    def _release(self) -> None:
        if self._locked:
            self._locked = False
            self._store._lock.release()


def _meta(con: sqlite3.Connection) -> tuple[int, int]:
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    return int(meta.get("rows", 0)), int(meta.get("next_seq", 1))


def _set_meta(con: sqlite3.Connection, rows: int, next_seq: int) -> None:
    con.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    [("rows", rows), ("next_seq", next_seq)])


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def store_for(ix: Any) -> GramStore:
    """The gram store of a Whoosh index (one object per index object)."""
    return side_store(ix, FILE_NAME, GramStore)


def seq_map(reader: Any) -> dict[int, int]:
    """``seq → docnum`` of one segment reader's documents (cached on the reader)."""
    cached = getattr(reader, "_lawnews_seqs", None)
    if cached is None:
        if reader.has_column("seq"):
            cached = {seq: docnum for docnum, seq in enumerate(reader.column_reader("seq")) if seq}
        else:
            cached = {}
        reader._lawnews_seqs = cached
    return cached
