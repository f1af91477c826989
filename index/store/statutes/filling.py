"""Filling the statute collection from statute records.

In:  statute records (:class:`~lawnews.index.documents.Article` with a ``law``), as
     ``lawnews index`` reads them, with the files their reading skipped; a
     :class:`~.stored.StoredCollection` to write to.
Out: :class:`CollectionWriter` (records → rows, :data:`CHUNK` per transaction; the
     fingerprint updated at the close, the collection marked unfinished until a finished
     close) and :func:`collecting` (the records passed on, each statute record also
     written). The collection notes which files give each record (a record two files give
     is theirs both, each file's text kept); at a finished close a file read gives only the
     records it gave this time (none, when it gave no statute record or no article at all),
     and files gone from the folders read (:meth:`~CollectionWriter.forget`,
     :meth:`~CollectionWriter.forget_missing`) none: a record leaves the collection when no
     file gives it any more. Files are known by the name ``naming`` gives them, their path,
     so that two indexes' files of one name stay apart.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import Counter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ...documents import Article
from .labels import article_number, statute_label
from .stored import StoredCollection

if TYPE_CHECKING:
    from ...ingest.inputs import Skip

#: Statute rows written per transaction while a collection is filled.
CHUNK = 5000

#: A statute row as written: id, law, version, label, number, text, digest.
Row = tuple[str, str, str, str, str, str, str]


class CollectionWriter:
    """Statute records → the collection, a chunk at a time (:data:`CHUNK` rows per
    transaction). A record whose id is there already replaces it when no other file gives
    the text held; when another file does, the collection keeps holding that text, keeps
    this file's aside (it takes over once no file gives the held one) and ``warn`` is told.
    :meth:`close` takes out what the files read no longer give and updates the fingerprint
    when anything changed. Use it as a context manager.

    ``naming`` turns a record's file as the index names it (``article.file``, relative to
    the index's folder) into the name the collection keeps for it (the file's path): each
    index names its files from its own folder, and ``laws.jsonl`` of one is no file of
    another's. Without it, files are kept by the index's name. ``warn(file, message)``
    hears of a record a file gives with a text the collection does not hold (``file`` as
    the collection names it)."""

    def __init__(self, collection: StoredCollection, naming: Callable[[str], str] | None = None,
                 warn: Callable[[str, str], None] | None = None) -> None:
        self.collection = collection
        self._naming = naming or (lambda name: name)
        self._warn = warn
        #: Files gone from the folders read (:meth:`forget`): at a finished close, their records go too.
        self._gone: set[str] = set()
        #: Records removed from the index by id, by their files (:meth:`forget_records`): they go too.
        self._dropped: dict[str, set[str]] = {}
        #: Folders read, and how to tell a file under them is gone (:meth:`forget_missing`).
        self._folders: list[str] = []
        self._missing: Callable[[str], bool] | None = None
        self._rows: list[tuple[Row, str | None]] = []
        self.changed = 0
        self.added = 0
        self._begun = False
        #: The ids each file read gave (none for a file whose articles were no statute records, or
        #: that gave no article): at a finished close, the file's other records are gone from it.
        self._seen: dict[str, set[str]] = {}
        #: Files a reading stopped short of their end (an OS error): what they gave before stays theirs.
        self._cut: set[str] = set()
        self._last: tuple[str, str] | None = None  # (index name, collection name) of the last article's file
        #: ``(file, other file) → ids`` the file gives with another text than the one the other file
        #: gives and the collection holds: said once a pair at the close (:meth:`_say_aside`).
        self._aside: dict[tuple[str, str], list[str]] = {}

    def _name(self, file: str) -> str:
        if self._last is None or self._last[0] != file:
            self._last = (file, self._naming(file))
        return self._last[1]

    def add(self, article: Article) -> bool:
        """Add the article if it is a statute record; returns whether it was one. Its file,
        whatever it is, counts as read."""
        file = self._name(article.file) if article.file else None
        ids = self._seen.setdefault(file, set()) if file is not None else None
        label = statute_label(article)
        if label is None:
            return False
        law = str(article.meta["law"]).strip()
        version = article.date or ""
        text = article.text
        digest = hashlib.sha1("\x1f".join((article.id, law, version, label, text)).encode()).hexdigest()[:16]
        self._rows.append(((article.id, law, version, label, str(article_number(label)), text, digest), file))
        if ids is not None:
            ids.add(article.id)
        self.added += 1
        if len(self._rows) >= CHUNK:
            self.flush()
        return True

    def skipped(self, skips: Iterable[Skip]) -> None:
        """What the reading skipped: a file it read giving no article (empty, every line bad)
        gives no record; one it could not read to its end (an OS error) keeps its records."""
        for skip in skips:
            if skip.source is None:
                continue
            file = self._naming(skip.source)
            if skip.transient:
                self._cut.add(file)
            else:
                self._seen.setdefault(file, set())

    def flush(self) -> None:
        if not self._rows:
            return
        if self.collection.path is not None:
            self.collection.path.parent.mkdir(parents=True, exist_ok=True)
        with self.collection._writing() as con:
            if not self._begun:  # until close: a run cut short leaves the collection marked unfinished
                con.execute("INSERT OR REPLACE INTO meta VALUES ('unfinished', '1')")
                _file_tables(con)
                self._begun = True
            self._write(con)
        self._rows.clear()

    def _write(self, con: sqlite3.Connection) -> None:
        """The rows of the chunk, each claimed by its file: new ids and texts held already at
        once, the others (another text, an id twice in the chunk) one by one."""
        rows = self._rows
        ids = [row[0] for row, _file in rows]
        held = _digests(con, ids)
        twice = {i for i, n in Counter(ids).items() if n > 1} if len(set(ids)) != len(ids) else set()
        asides = con.execute("SELECT 1 FROM aside LIMIT 1").fetchone() is not None
        new = [row for row, _file in rows if row[0] not in held and row[0] not in twice]
        same = [(row, file) for row, file in rows if held.get(row[0]) == row[6] and row[0] not in twice]
        before = con.total_changes
        con.executemany("INSERT INTO statutes VALUES (?, ?, ?, ?, ?, ?, ?)", new)
        self.changed += con.total_changes - before
        one_by_one = [(row, file) for row, file in rows
                      if row[0] in twice or (row[0] in held and held[row[0]] != row[6])]
        if asides:
            con.executemany("DELETE FROM aside WHERE id = ? AND file = ?",
                            [(row[0], file) for row, file in same if file is not None])
        con.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?)",
                        [(row[0], file, row[6]) for row, file in rows if file is not None
                         and row[0] not in twice and held.get(row[0], row[6]) == row[6]])
        for row, file in one_by_one:  # in order, each claimed before the next is weighed
            self._write_one(con, row, file)

    def _write_one(self, con: sqlite3.Connection, row: Row, file: str | None) -> None:
        """One row whose id the collection may hold with another text: replaced, unless
        another file gives the text held; then kept aside for its file, and said. Claimed
        by its file either way."""
        sid, digest = row[0], row[6]
        if file is not None:
            con.execute("INSERT OR REPLACE INTO claims VALUES (?, ?, ?)", (sid, file, digest))
        found = con.execute("SELECT digest FROM statutes WHERE id = ?", (sid,)).fetchone()
        if found is not None and found[0] == digest:
            if file is not None:
                con.execute("DELETE FROM aside WHERE id = ? AND file = ?", (sid, file))
            return
        others = [] if found is None else [f for (f,) in con.execute(
            "SELECT file FROM claims WHERE id = ? AND digest = ? AND file IS NOT ? ORDER BY file", (sid, found[0], file))]
        if others and file is not None:
            con.execute("INSERT OR REPLACE INTO aside VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (sid, file, *row[1:]))
            self._aside.setdefault((file, others[0]), []).append(sid)
            return
        before = con.total_changes
        con.execute("INSERT OR REPLACE INTO statutes VALUES (?, ?, ?, ?, ?, ?, ?)", row)
        self.changed += con.total_changes - before
        if file is not None:
            con.execute("DELETE FROM aside WHERE id = ? AND file = ?", (sid, file))

    def forget(self, files: Iterable[str]) -> None:
        """Files (as the index names them) gone from the folders an update reads: at a
        finished close, the records they gave leave the collection, as their articles leave
        the index."""
        self._gone.update(self._naming(f) for f in files)

    def forget_records(self, records: Iterable[tuple[str, str]]) -> None:
        """Records removed from the index one by one, ``(file as the index names it, id)``: at a
        finished close their files give them no more, as for a file gone (the file's other
        records stay its own)."""
        for file, sid in records:
            self._dropped.setdefault(self._naming(file), set()).add(sid)

    def forget_missing(self, folders: Iterable[str], missing: Callable[[str], bool]) -> None:
        """Folders read (their paths, as the collection names the files in them): at a finished
        close, each file under them the collection knows and ``missing`` finds gone gives no
        record any more, whichever index read it (a rebuild knows no file it had before)."""
        self._folders = [f.rstrip(os.sep) + os.sep for f in folders]
        self._missing = missing

    def close(self, finished: bool = True) -> None:
        """Write what is left, take out what the files read no longer give and write the
        fingerprint; ``finished`` False (the records read were cut short) keeps the collection
        marked unfinished and every record it held. The records a file gives with another text
        than the collection holds are said then, once for each file and other file."""
        settled = self._settled() if finished else {}
        if not self.added and not settled:
            return  # no statute record and none to take out: the collection is left as it is (or absent)
        self.flush()
        self._say_aside()
        with self.collection._writing() as con:
            if settled:  # a record a file gave before and no longer gives is no more that file's
                _file_tables(con)
                self.changed += _take_out(con, settled)
            stored = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if self.changed or stored is None:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)",
                            (self.collection._fingerprint_now(con),))
            if finished and self.added:  # (taking a gone file's records out completes no filling cut short)
                con.execute("DELETE FROM meta WHERE key = 'unfinished'")

    def _say_aside(self, shown: int = 5) -> None:
        """Tell ``warn`` of the records each file gives with another text than the one another
        file gives and the collection holds: one message a pair of files, the records counted
        and the first ``shown`` of them named."""
        said, self._aside = self._aside, {}
        if self._warn is None:
            return
        for (file, other), ids in said.items():
            if len(ids) == 1:
                self._warn(file, f"{ids[0]}: {other!r} gives this statute record with another text, which the"
                                 " statute collection holds; this file's text takes its place once no other file"
                                 " gives that one")
                continue
            named = ", ".join(ids[:shown]) + (f" and {len(ids) - shown} more" if len(ids) > shown else "")
            self._warn(file, f"{len(ids)} statute records ({named}): {other!r} gives them with another text, which"
                             " the statute collection holds; this file's texts take their places once no other"
                             " file gives those")

    def _settled(self) -> dict[str, set[str]]:
        """``file → the ids it gives now`` of each file the collection notes records of that
        was read to its end (what it gave), is gone (nothing) or had records removed (the others
        it gave)."""
        known = self._noted()
        if not known:
            return {}
        out = {file: set() for file in known & self._gone}
        if self._dropped:
            with self.collection._reading() as con:
                tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                table = "claims" if "claims" in tables else "sources"  # (a collection noting one file a record)
                for file, ids in self._dropped.items():
                    if file in known and file not in out:
                        out[file] = {i for (i,) in con.execute(f"SELECT id FROM {table} WHERE file = ?", (file,))} - ids
        if self._folders and self._missing is not None:
            out.update((file, set()) for file in known if file.startswith(tuple(self._folders)) and self._missing(file))
        out.update((file, ids) for file, ids in self._seen.items() if file in known)
        for file in self._cut:
            out.pop(file, None)
        return out

    def _noted(self) -> set[str]:
        """The files the collection notes records of (none for a collection file not there,
        or written before lawnews noted them)."""
        path = self.collection.path
        if path is None or not path.is_file():
            return set()
        with self.collection._reading() as con:
            tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            table = "claims" if "claims" in tables else "sources" if "sources" in tables else None
            if table is None:
                return set()
            files: set[str] = set()
            last = con.execute(f"SELECT min(file) FROM {table}").fetchone()[0]
            while last is not None:  # one look-up a file (its index), not one a record
                files.add(last)
                last = con.execute(f"SELECT min(file) FROM {table} WHERE file > ?", (last,)).fetchone()[0]
            return files

    def __enter__(self) -> "CollectionWriter":
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self._rows.clear()
            self.close(finished=False)  # what was flushed stays: keep its fingerprint true, marked unfinished


def _file_tables(con: sqlite3.Connection) -> None:
    """The tables noting records' files, made by the first write (a collection only read is
    not changed): ``claims`` (each file giving a record, with the digest of its text) and
    ``aside`` (the rows files give with a text the collection does not hold). A collection
    that noted one file per record (``sources``) has its notes carried over."""
    con.execute("CREATE TABLE IF NOT EXISTS claims (id TEXT NOT NULL, file TEXT NOT NULL, digest TEXT NOT NULL,"
                " PRIMARY KEY (id, file))")
    con.execute("CREATE INDEX IF NOT EXISTS claims_file ON claims(file)")
    con.execute("CREATE TABLE IF NOT EXISTS aside (id TEXT NOT NULL, file TEXT NOT NULL, law TEXT NOT NULL,"
                " version TEXT NOT NULL, label TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,"
                " digest TEXT NOT NULL, PRIMARY KEY (id, file))")
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sources'").fetchone():
        con.execute("INSERT OR IGNORE INTO claims SELECT s.id, s.file, t.digest FROM sources s JOIN statutes t"
                    " ON t.id = s.id")
        con.execute("DROP TABLE sources")


def _digests(con: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """``id → digest`` of the rows the collection holds under ``ids``."""
    out: dict[str, str] = {}
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), 500):  # SQLite's limit on bound parameters
        chunk = unique[i:i + 500]
        out.update(con.execute(f"SELECT id, digest FROM statutes WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out


def _take_out(con: sqlite3.Connection, given: dict[str, set[str]]) -> int:
    """Each file of ``given`` gives only those ids now: its other claims go; a record no file
    claims any more leaves the collection, and one whose text no file gives any more takes
    the text a file claiming it gave (kept aside). Returns the rows changed."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS stale (id TEXT PRIMARY KEY)")
    con.execute("DELETE FROM stale")
    for file, ids in given.items():
        dropped = [(i, file) for (i,) in con.execute("SELECT id FROM claims WHERE file = ?", (file,)) if i not in ids]
        con.executemany("DELETE FROM claims WHERE id = ? AND file = ?", dropped)
        con.executemany("DELETE FROM aside WHERE id = ? AND file = ?", dropped)
        con.executemany("INSERT OR IGNORE INTO stale VALUES (?)", [(i,) for i, _file in dropped])
    before = con.total_changes
    con.execute("DELETE FROM statutes WHERE id IN (SELECT id FROM stale WHERE id NOT IN (SELECT id FROM claims))")
    changed = con.total_changes - before
    unheld = [i for (i,) in con.execute(
        "SELECT s.id FROM stale s JOIN statutes t ON t.id = s.id"
        " WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = s.id AND c.digest = t.digest)")]
    for sid in unheld:  # the text held was a file's that gives it no more: another file's takes its place
        row = con.execute("SELECT id, law, version, label, number, text, digest, file FROM aside WHERE id = ?"
                          " ORDER BY file LIMIT 1", (sid,)).fetchone()
        if row is None:
            continue
        con.execute("INSERT OR REPLACE INTO statutes VALUES (?, ?, ?, ?, ?, ?, ?)", row[:7])
        con.execute("DELETE FROM aside WHERE id = ? AND file = ?", (sid, row[7]))
        changed += 1
    con.execute("DELETE FROM stale")
    return changed


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
