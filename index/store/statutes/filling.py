"""Filling the statute collection from statute records.

In:  statute records (:class:`~lawnews.index.documents.Article` with a ``law``), as
     ``lawnews index`` reads them; a :class:`~.stored.StoredCollection` to write to.
Out: :class:`CollectionWriter` (records → rows, :data:`CHUNK` per transaction; the
     fingerprint updated at the close, the collection marked unfinished until a finished
     close, a file's records it no longer gives removed, and those of a file gone from
     the folders read, :meth:`~CollectionWriter.forget`; files known by the name
     ``naming`` gives them, their path, so that two indexes' files of one name stay
     apart) and :func:`collecting` (the records passed on, each statute record also
     written).
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterable, Iterator

from ...documents import Article
from .labels import article_number, statute_label
from .stored import StoredCollection

#: Statute rows written per transaction while a collection is filled.
CHUNK = 5000


class CollectionWriter:
    """Statute records → the collection, a chunk at a time (:data:`CHUNK` rows per
    transaction); a record whose id is there already replaces it. :meth:`close` updates
    the fingerprint when anything changed. Use it as a context manager.

    ``naming`` turns a record's file as the index names it (``article.file``, relative to
    the index's folder) into the name the collection keeps for it (the file's path): each
    index names its files from its own folder, and ``laws.jsonl`` of one is no file of
    another's. Without it, files are kept by the index's name."""

    def __init__(self, collection: StoredCollection, naming: Callable[[str], str] | None = None) -> None:
        self.collection = collection
        self._naming = naming or (lambda name: name)
        #: Files gone from the folders read (:meth:`forget`): at a finished close, their records go too.
        self._gone: set[str] = set()
        self._rows: list[tuple[str, ...]] = []
        self.changed = 0
        self.added = 0
        self._begun = False
        self._sources: list[tuple[str, str]] = []
        #: The ids each file read gave: at a finished close, the file's other records are gone from it.
        self._seen: dict[str, set[str]] = {}

    def add(self, article: Article) -> bool:
        """Add the article if it is a statute record; returns whether it was one."""
        label = statute_label(article)
        if label is None:
            return False
        law = str(article.meta["law"]).strip()
        version = article.date or ""
        text = article.text
        digest = hashlib.sha1("\x1f".join((article.id, law, version, label, text)).encode()).hexdigest()[:16]
        self._rows.append((article.id, law, version, label, str(article_number(label)), text, digest))
        if article.file:
            file = self._naming(article.file)
            self._sources.append((article.id, file))
            self._seen.setdefault(file, set()).add(article.id)
        self.added += 1
        if len(self._rows) >= CHUNK:
            self.flush()
        return True

    def flush(self) -> None:
        if not self._rows:
            return
        if self.collection.path is not None:
            self.collection.path.parent.mkdir(parents=True, exist_ok=True)
        with self.collection._writing() as con:
            if not self._begun:  # until close: a run cut short leaves the collection marked unfinished
                con.execute("INSERT OR REPLACE INTO meta VALUES ('unfinished', '1')")
                for statement in StoredCollection.SOURCES:
                    con.execute(statement)
                self._begun = True
            before = con.total_changes
            con.executemany(
                "INSERT INTO statutes VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET law = excluded.law,"
                " version = excluded.version, label = excluded.label, number = excluded.number,"
                " text = excluded.text, digest = excluded.digest WHERE statutes.digest != excluded.digest",
                self._rows)
            self.changed += con.total_changes - before
            con.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?)", self._sources)
        self._rows.clear()
        self._sources.clear()

    def forget(self, files: Iterable[str]) -> None:
        """Files (as the index names them) gone from the folders an update reads: at a
        finished close, the records they gave leave the collection, as their articles leave
        the index."""
        self._gone.update(self._naming(f) for f in files)

    def close(self, finished: bool = True) -> None:
        """Write what is left and the fingerprint; ``finished`` False (the records read were
        cut short) keeps the collection marked unfinished."""
        if not self.added and not (finished and self._gone and self._noted()):
            return  # no statute record and none to take out: the collection is left as it is (or absent)
        self.flush()
        with self.collection._writing() as con:
            if finished:  # a record a file gave before and no longer gives is gone from the collection too
                given = {**{file: set() for file in self._gone}, **self._seen}
                for file, ids in given.items():
                    stale = [(i,) for (i,) in con.execute("SELECT id FROM sources WHERE file = ?", (file,))
                             if i not in ids]
                    con.executemany("DELETE FROM statutes WHERE id = ?", stale)
                    con.executemany("DELETE FROM sources WHERE id = ?", stale)
                    self.changed += len(stale)
            stored = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if self.changed or stored is None:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)",
                            (self.collection._fingerprint_now(con),))
            if finished and self.added:  # (taking a gone file's records out completes no filling cut short)
                con.execute("DELETE FROM meta WHERE key = 'unfinished'")

    def _noted(self) -> bool:
        """Whether the collection file is there and notes its records' files (a collection
        written before lawnews noted them has no such table)."""
        path = self.collection.path
        if path is None or not path.is_file():
            return False
        with self.collection._reading() as con:
            return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sources'").fetchone() is not None

    def __enter__(self) -> "CollectionWriter":
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self._rows.clear()
            self.close(finished=False)  # what was flushed stays: keep its fingerprint true, marked unfinished


def collecting(articles: Iterable[Article], writer: CollectionWriter,
               files: set[str] | None = None,
               not_added: Callable[[Article, str], None] | None = None) -> Iterator[Article]:
    """``articles``, each statute record among them also added to the collection
    (and its file to ``files``, when given); a record with a ``law`` field that is no
    statute record goes to ``not_added`` with the reason."""
    for article in articles:
        if writer.add(article):
            if files is not None:
                files.add(article.file)
        elif not_added is not None and article.meta and article.meta.get("law") not in (None, ""):
            law = article.meta["law"]
            not_added(article, f"its law {law!r} is no title" if not isinstance(law, str) or not law.strip() else
                      "no article label (第一条, 第一百零二条之一 …) ends its id after # or its title")
        yield article
