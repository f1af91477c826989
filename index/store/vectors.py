"""The sentence-vector side store: one vector per section, keyed by the section's seq.

An index built with vectors (``lawnews index --vectors``) keeps, beside Whoosh's
files, ``vectors.sqlite``: one row per section document, its :mod:`.encoder` vector
as float16 bytes, under the same ``seq`` number the section carries in a Whoosh
column and in the gram store (:mod:`.grams`). The search layer loads every live
section's vector once per index generation (:func:`matrix`) and scores a question
against all of them with one matrix product.

Consistency is that of the gram store: a writer inserts its new sections' vectors
and commits them *before* the Whoosh commit; a crash in between leaves rows no
document carries, which nothing looks up. Rows of deleted sections are dropped
once they outnumber the live ones (:meth:`VectorStore.compact`).
"""

from __future__ import annotations

from typing import Any, Iterable

from ..analysis.encoder import DIM
from .sidestore import SideStore, side_store

FILE_NAME = "vectors.sqlite"
_SCHEMA = "CREATE TABLE IF NOT EXISTS vectors (seq INTEGER PRIMARY KEY, v BLOB NOT NULL);"


class VectorStore(SideStore):
    """The vectors of one lawnews index (``path`` ``None``: held in memory)."""

    SCHEMA = _SCHEMA

    def put(self, rows: Iterable[tuple[int, Any]]) -> int:
        """Store ``(seq, vector)`` rows in one transaction; returns how many."""
        import numpy as np

        data = [(int(seq), np.asarray(vec, dtype=np.float16).tobytes()) for seq, vec in rows]
        if not data:
            return 0
        with self._writing() as con:
            con.executemany("INSERT OR REPLACE INTO vectors(seq, v) VALUES (?, ?)", data)
        return len(data)

    def seqs(self) -> set[int]:
        """The seqs that have a vector."""
        with self._reading() as con:
            return {seq for (seq,) in con.execute("SELECT seq FROM vectors")}

    def count(self) -> int:
        with self._reading() as con:
            return int(con.execute("SELECT count(*) FROM vectors").fetchone()[0])

    def load(self, seqs: Iterable[int]) -> tuple[list[int], Any]:
        """The vectors of those ``seqs`` that have one: ``(found seqs, float32 (n, DIM) array)``."""
        import numpy as np

        wanted = set(seqs)
        found: list[int] = []
        blobs: list[bytes] = []
        with self._reading() as con:
            for seq, blob in con.execute("SELECT seq, v FROM vectors"):
                if seq in wanted:
                    found.append(seq)
                    blobs.append(blob)
        if not blobs:
            return [], np.zeros((0, DIM), np.float32)
        matrix = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), DIM)
        return found, matrix.astype(np.float32)

    def compact(self, live: Iterable[int], *, slack: int = 1000) -> bool:
        """Drop the rows of seqs not in ``live`` once they outnumber the live ones (plus
        ``slack``); returns whether it ran."""
        keep = set(live)
        if self.count() <= 2 * len(keep) + slack:
            return False
        with self._writing() as con:
            dead = [(seq,) for (seq,) in con.execute("SELECT seq FROM vectors") if seq not in keep]
            con.executemany("DELETE FROM vectors WHERE seq = ?", dead)
        return True


def store_for(ix: Any) -> VectorStore:
    """The vector store of a Whoosh index (one object per index object)."""
    return side_store(ix, FILE_NAME, VectorStore)


def section_text(stored: dict[str, Any]) -> str:
    """What a section's vector is made of: its title, heading and text."""
    head = " ".join(str(stored[f]) for f in ("title", "heading") if stored.get(f))
    text = str(stored.get("text") or "")
    return f"{head}：{text}" if head else text


def update(ix: Any, encoder: Any, *, batch: int = 2048, progress: Any = None) -> int:
    """Give every live section of ``ix`` that has no vector yet its vector, ``batch``
    sections per transaction (an interrupted run keeps what it stored and goes on
    from there next time), then drop dead rows when due. Returns how many it encoded.
    ``progress(n)`` is called as sections are encoded."""
    store = store_for(ix)
    have = store.seqs()
    live: list[int] = []
    missing: list[tuple[int, str]] = []
    with ix.searcher() as searcher:
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            seqs = list(reader.column_reader("seq"))
            for d in reader.all_doc_ids():
                live.append(seqs[d])
                if seqs[d] not in have:
                    missing.append((seqs[d], section_text(reader.stored_fields(d))))
    missing.sort(key=lambda row: len(row[1]))  # batches of like lengths pad little
    done = 0
    for start in range(0, len(missing), batch):
        chunk = missing[start:start + batch]
        vecs = encoder.encode([text for _seq, text in chunk], progress=progress)
        done += store.put(zip((seq for seq, _text in chunk), vecs))
    store.compact(live)
    return done
