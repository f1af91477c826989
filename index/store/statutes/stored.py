"""The statute collection file, and what it holds as stored.

In:  the path of ``statutes.sqlite`` (:func:`lawnews.config.statutes_path`, or any file).
Out: :class:`StoredCollection`: the file (its schema; a damaged file a
     :class:`~lawnews.errors.StatuteCollectionError`), its fingerprint and whether its last
     filling finished, and its rows read and cached: laws and their titles, versions,
     labels, articles and texts; :func:`no_collection` and :data:`UNFINISHED`, what is said
     where there is no collection or it is unfinished. Choosing a version, resolving and the
     one object per file are the later layers' (:mod:`.versions` … :mod:`.collection`).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from ....config import statutes_path
from ....errors import StatuteCollectionError
from ...tagging.citations import loose_key, title_key
from ..sidestore import SideStore

#: Said where a law is missing from a collection whose last filling did not finish.
UNFINISHED = ("the statute collection was left unfinished (its last indexing of statute records was interrupted):"
              " index the statute records again to complete it")

NO_COLLECTION = ("no statute collection to resolve citations against: index a statute JSONL file"
                 " (records with a `law` field) to build one (docs/statutes.md)")


def no_collection() -> str:
    """Why nothing can be resolved without a collection, naming the file looked for and how it
    was chosen (a collection moved or deleted since the citations were resolved is looked for
    there, not where it went)."""
    from ....config import STATUTES_ENV

    how = f"${STATUTES_ENV}" if os.environ.get(STATUTES_ENV, "").strip() else f"the per-user default; ${STATUTES_ENV} names another"
    return (f"no statute collection at {str(statutes_path())!r} ({how}) to resolve citations against: index a"
            " statute JSONL file (records with a `law` field) to build one there, or point"
            f" ${STATUTES_ENV} at the collection if it was moved (docs/statutes.md)")


class StoredCollection(SideStore):
    """A statute collection file: its rows, read and cached (see the module docstring)."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS statutes (id TEXT PRIMARY KEY, law TEXT NOT NULL, version TEXT NOT NULL,
                                         label TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,
                                         digest TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS statutes_law ON statutes(law, version);
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """

    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self._titles: dict[str, str] | None = None
        self._loose: dict[str, str | None] | None = None
        self._versions: dict[str, list[str]] = {}
        self._labels: dict[tuple[str, str], tuple[dict[str, str], int]] = {}
        self._texts: dict[str, str] = {}
        self._by_version: dict[tuple[str, str], dict[str, str]] = {}
        self._longest: tuple[tuple[str, int] | None] | None = None  # (the longest law,) once read

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._readable(), super()._reading() as con:
            yield con

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        with self._readable(), super()._writing() as con:
            yield con

    @contextmanager
    def _readable(self) -> Iterator[None]:
        """A file SQLite cannot read as a collection (damaged, cut short, no database at all)
        is a StatuteCollectionError naming it; a busy one stays SQLite's error."""
        try:
            yield
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and re.search(r"locked|busy", str(e)):
                raise
            raise StatuteCollectionError(
                f"the statute collection {str(self.path)!r} cannot be read ({e}): it is damaged or is no statute"
                " collection; delete it (or name another with LAWNEWS_STATUTES) and index the statute records"
                " again (docs/statutes.md)") from None

    def _fingerprint_now(self, con: sqlite3.Connection) -> str:
        h = hashlib.sha1()
        for (digest,) in con.execute("SELECT digest FROM statutes ORDER BY id"):
            h.update(digest.encode())
        return h.hexdigest()[:16]

    # -- reading -------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        """A hash of every statute row (id, law, version, label, text): changes with the content.
        A collection whose filling did not finish (:attr:`unfinished`) has the hash it had before,
        marked, so that citations resolved against it are resolved again once it is complete."""
        with self._reading() as con:
            rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('fingerprint', 'unfinished')"))
        return rows.get("fingerprint", "") + ("+unfinished" if "unfinished" in rows else "")

    @property
    def unfinished(self) -> bool:
        """Whether the last filling of the collection stopped before its end (interrupted or
        killed, or still under way): laws may be missing, or only some of their articles held."""
        if self._unfinished is None:
            with self._reading() as con:
                self._unfinished = con.execute("SELECT 1 FROM meta WHERE key = 'unfinished'").fetchone() is not None
        return self._unfinished

    _unfinished: bool | None = None

    def count(self) -> int:
        with self._reading() as con:
            return con.execute("SELECT count(*) FROM statutes").fetchone()[0]

    def longest(self) -> tuple[str, int] | None:
        """``(title, highest article number)`` of the law of the collection numbering its
        articles furthest (in any version), or None for an empty collection."""
        if self._longest is None:
            with self._reading() as con:
                row = con.execute("SELECT law, number FROM statutes ORDER BY number DESC, law LIMIT 1").fetchone()
            self._longest = ((row[0], int(row[1])) if row else None,)
        return self._longest[0]

    def laws(self) -> dict[str, str]:
        """``title_key(title) → title`` of every law of the collection."""
        if self._titles is None:
            with self._reading() as con:
                self._titles = {title_key(law): law for (law,) in con.execute("SELECT DISTINCT law FROM statutes")}
        return self._titles

    def law(self, title: str) -> str | None:
        """The collection's title of a law (spaces, 、 and bracket forms aside; else the one
        law whose :func:`loose_key` is the title's), or None."""
        laws = self.laws()
        found = laws.get(title_key(title)) or laws.get(title_key("中华人民共和国" + title))
        if found is None:
            if self._loose is None:
                self._loose = {}
                for law in laws.values():
                    key = loose_key(law)
                    self._loose[key] = None if key in self._loose else law  # None: two laws share it
            found = self._loose.get(loose_key(title))
            if found is not None and "试行" in title and "试行" not in found:
                return None  # 民事诉讼法（试行）: the trial text, not the law it preceded
        return found

    def places(self, title: str) -> list[str]:
        """The titles of the collection that end with ``title`` and are longer (the rules of
        places sharing it: 人口与计划生育条例 → 上海市人口与计划生育条例, 北京市…), sorted."""
        bare = title.strip("《》 ")
        if len(bare) < 4:
            return []
        return sorted(t for t in self.laws().values() if t.endswith(bare) and len(t) > len(bare))

    def versions(self, law: str) -> list[str]:
        """The versions of a law, oldest first: dates, and ``""`` (undated) before them."""
        if law not in self._versions:
            with self._reading() as con:
                found = [v for (v,) in con.execute("SELECT DISTINCT version FROM statutes WHERE law = ?", (law,))]
            self._versions[law] = sorted(found)
        return self._versions[law]

    def _articles(self, law: str, version: str) -> tuple[dict[str, str], int]:
        """``(label → id, the highest article number)`` of one version (the smallest id when
        the corpus holds one version twice)."""
        key = (law, version)
        if key not in self._labels:
            labels: dict[str, str] = {}
            top = 0
            with self._reading() as con:
                for sid, label, number in con.execute(
                        "SELECT id, label, number FROM statutes WHERE law = ? AND version = ? ORDER BY id",
                        (law, version)):
                    labels.setdefault(label, sid)
                    top = max(top, number)
            self._labels[key] = (labels, top)
        return self._labels[key]

    def labels(self, law: str, version: str) -> dict[str, str]:
        """``label → id`` of the articles of one version of a law (empty when it has none)."""
        return self._articles(law, version)[0]

    def holding(self, law: str, label: str) -> dict[str, str]:
        """``version → id`` of the versions of a law holding article ``label``, oldest first
        (as :meth:`versions` orders them)."""
        return {v: sid for v in self.versions(law) if (sid := self._articles(law, v)[0].get(label))}

    def article(self, statute_id: str) -> dict[str, Any] | None:
        """One statute article: ``{"id", "law", "version", "label", "text"}``, or None."""
        return self.articles((statute_id,)).get(statute_id)

    def articles(self, statute_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """:meth:`article` of each of ``statute_ids`` the collection holds, read at once
        (one connection for a page of hits, none for no ids): ``id → {"id", "law", "version", "label", "text"}``."""
        wanted = list(dict.fromkeys(statute_ids))
        found: dict[str, dict[str, Any]] = {}
        if not wanted:
            return found
        with self._reading() as con:
            for i in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
                chunk = wanted[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for row in con.execute(f"SELECT id, law, version, label, text FROM statutes WHERE id IN ({marks})",
                                       chunk):
                    found[row[0]] = {"id": row[0], "law": row[1], "version": row[2] or None, "label": row[3],
                                     "text": row[4]}
        return found

    def _version_texts(self, law: str, version: str) -> dict[str, str]:
        """``label → text`` of every article of one version of a law (one query, cached)."""
        key = (law, version)
        if key not in self._by_version:
            with self._reading() as con:
                self._by_version[key] = dict(con.execute(
                    "SELECT label, text FROM statutes WHERE law = ? AND version = ? ORDER BY id DESC", key).fetchall())
        return self._by_version[key]

    def text(self, statute_id: str) -> str:
        """The text of one statute article (cached), "" if there is none."""
        if statute_id not in self._texts:
            found = self.article(statute_id)
            self._texts[statute_id] = found["text"] if found else ""
        return self._texts[statute_id]
