"""The citations of an index, resolved: ``citations.sqlite`` beside it.

In:  the articles the index writer writes (their citations, found again from the text when
     untagged), the current :class:`~.collection.Collection`, the Whoosh index.
Out: :class:`CitationStore` (each article's citations with their resolution, and the
     ``targets`` table to look up who cites an article), :class:`CitationBatch` (the rows of
     one write transaction, resolved at its commit), :func:`store_for` (the store of an
     index), :func:`resolve_all` (the citations of one article, with or without a
     collection) and :func:`sync` (resolve again when the collection changed).

The rows of a write transaction and the Whoosh commit they go with are one change: the
rows are first written aside (``pending_*`` tables), marked with the generation the Whoosh
commit will make, then the Whoosh index commits, then the rows take the place of the old
ones. A process killed between two of these steps leaves rows aside that are taken in or
thrown away by whoever opens the store next (:meth:`CitationStore.settle`, :mod:`~lawnews.index.store.setaside`): in once the
Whoosh index has their generation (the commit went through), away while it has not; the
next writer does the same before it writes. So every reader sees the citations of the
Whoosh index it reads, the old ones or the new ones, never new citations beside old texts.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Any, Iterable

from ....config import statutes_path
from ...documents import Article
from ...tagging.citations import Citation, LawNames, extract
from ..setaside import SetAsideStore, tie
from ..sidestore import side_store
from .collection import Collection
from .results import Resolution
from .stored import no_collection
from .wording import printed_year

FILE_NAME = "citations.sqlite"


class CitationStore(SetAsideStore):
    """``citations.sqlite`` beside an index: each article's citations and their resolution,
    and (table ``targets``) each statute article a citation was resolved to, by law,
    article label and version, for :meth:`citing` to look up by index. A store written
    before it had ``targets`` gets the table filled from its citations when first opened."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS citations (article_id TEXT NOT NULL, n INTEGER NOT NULL, date TEXT,
                                          year INTEGER, citation TEXT NOT NULL, resolution TEXT NOT NULL,
                                          PRIMARY KEY (article_id, n)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS targets (law TEXT NOT NULL, label TEXT NOT NULL, version TEXT NOT NULL,
                                        article_id TEXT NOT NULL, n INTEGER NOT NULL,
                                        PRIMARY KEY (law, label, version, article_id, n)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS targets_of_article ON targets (article_id);
    CREATE TABLE IF NOT EXISTS pending_citations (article_id TEXT NOT NULL, n INTEGER NOT NULL, date TEXT,
                                                  year INTEGER, citation TEXT NOT NULL, resolution TEXT NOT NULL,
                                                  PRIMARY KEY (article_id, n)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS pending_targets (law TEXT NOT NULL, label TEXT NOT NULL, version TEXT NOT NULL,
                                                article_id TEXT NOT NULL, n INTEGER NOT NULL,
                                                PRIMARY KEY (law, label, version, article_id, n)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS pending_articles (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
    """

    PENDING_TABLES = ("pending_citations", "pending_targets", "pending_articles")
    READ_TABLES = ("citations", "targets", "meta")

    def _opened(self, con: sqlite3.Connection) -> None:
        if not self._filled and con.execute("SELECT 1 FROM meta WHERE key = 'targets'").fetchone() is None:
            self._fill_targets(con)
        self._filled = True

    _filled = False

    def _put_in(self, con: sqlite3.Connection, schema: str, pending: list[Any]) -> None:
        for statement in _TAKE_IN:
            con.execute(statement.format(s=schema))
        _mark_collection(con, schema, pending)

    @staticmethod
    def _fill_targets(con: sqlite3.Connection) -> None:
        """Fill ``targets`` from the stored resolutions (a store written before it had the
        table), in one transaction; marked done in ``meta``."""
        con.execute("BEGIN IMMEDIATE")
        try:
            if con.execute("SELECT 1 FROM meta WHERE key = 'targets'").fetchone() is None:  # not filled meanwhile
                con.execute("DELETE FROM targets")
                rows = con.execute("SELECT article_id, n, resolution FROM citations").fetchall()
                add_targets(con, rows)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('targets', '1')")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def batch(self, fresh: bool) -> "CitationBatch":
        return CitationBatch(self, fresh)

    def resolved_with(self) -> str | None:
        """The fingerprint of the collection the stored resolutions were made with
        (``""``: none; ``"mixed"``: several; None: nothing stored yet)."""
        with self._reading() as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'collection'").fetchone()
        return row[0] if row else None

    def made_with_other(self, collection: Collection | None) -> bool:
        """Whether resolutions are stored and were made with another collection than
        ``collection`` (None: there is none)."""
        stored = self.resolved_with()
        return stored is not None and stored != (collection.fingerprint if collection is not None else "")

    def of(self, article_id: str) -> list[tuple[Citation, Resolution, int | None]]:
        """An article's citations with their stored resolutions, in text order, and the
        latest year an undated article prints (see :meth:`Collection.version_for`)."""
        with self._reading() as con:
            rows = con.execute("SELECT citation, resolution, year FROM citations WHERE article_id = ? ORDER BY n",
                               (article_id,)).fetchall()
        return [(Citation.from_dict(json.loads(c)), Resolution.from_dict(json.loads(r)), y) for c, r, y in rows]

    def count(self) -> int:
        with self._reading() as con:
            return con.execute("SELECT count(*) FROM citations").fetchone()[0]

    def citing(self, law: str, label: str, version: str | None) -> set[str]:
        """The ids of the articles with a citation of ``label`` of ``law`` (the collection's
        title) resolved to that article of ``version`` by the current collection. Where the
        stored resolutions were made with another (the collection changed since the index was
        last indexed into), the citations of ``label`` are resolved again for the answer, as
        ``show`` resolves an article's: a version added or taken away moves the articles it
        stands for now, not at the next ``lawnews index``."""
        collection = Collection.current()
        if self.made_with_other(collection):
            return self._citing_again(collection, law, label, version)
        with self._reading() as con:
            rows = con.execute("SELECT DISTINCT article_id FROM targets WHERE law = ? AND label = ? AND version = ?",
                               (law, label, version or "")).fetchall()
        return {article_id for (article_id,) in rows}

    def _citing_again(self, collection: Collection | None, law: str, label: str, version: str | None) -> set[str]:
        """:meth:`citing` for stored resolutions made with another collection than
        ``collection``: the articles with a citation naming ``label`` (of any law), all their
        citations resolved together against ``collection`` as :meth:`resolve_again` resolves
        them (one may tell another's version), nothing written."""
        named = [json.dumps(label), json.dumps(label, ensure_ascii=False)]
        with self._reading() as con:
            rows = con.execute("SELECT article_id, date, year, citation FROM citations WHERE article_id IN"
                               " (SELECT article_id FROM citations WHERE instr(citation, ?) OR instr(citation, ?))"
                               " ORDER BY article_id, n", named).fetchall()
        cited: dict[str, list[tuple[str | None, int | None, Citation]]] = {}
        for article_id, date, year, raw in rows:
            cited.setdefault(article_id, []).append((date, year, Citation.from_dict(json.loads(raw))))
        wanted = (law, label, version or "")
        out = set()
        for article_id, rows_of in cited.items():
            date, year, _c = rows_of[0]
            resolutions = resolve_all(collection, [c for *_x, c in rows_of], date, year)
            if any(row[:3] == wanted for r in resolutions for row in target_rows(article_id, 0, r.to_dict())):
                out.add(article_id)
        return out

    def citing_any(self, law: str, label: str | None = None) -> set[str]:
        """The ids of the articles with a citation resolved to an article of ``law`` (the
        collection's title), in any version: to ``label`` only, when given."""
        sql = "SELECT DISTINCT article_id FROM targets WHERE law = ?" + (" AND label = ?" if label else "")
        with self._reading() as con:
            rows = con.execute(sql, (law, label) if label else (law,)).fetchall()
        return {article_id for (article_id,) in rows}

    def resolved_elsewhere(self, articles: Iterable[str], law: str, label: str,
                           titles: Iterable[str]) -> set[str]:
        """Of ``articles``, those whose every citation of ``label`` printing one of ``titles``
        (the titles read as ``law``) was resolved to another law's article than ``law``'s (a
        printed title the name table reads as ``law`` that the collection holds as another
        law). An article citing the label of another law as well (《另一法》第二条 beside an
        unresolved 《测试法》第二条) is not one of them."""
        wanted, printed = set(articles), set(titles)
        if not wanted:
            return set()
        ids, rows = sorted(wanted), []
        with self._reading() as con:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                rows += con.execute(f"SELECT article_id, citation, resolution FROM citations WHERE article_id IN"
                                    f" ({','.join('?' * len(chunk))})", chunk).fetchall()
        elsewhere, kept = set(), set()
        for article_id, raw, resolved in rows:
            cited = json.loads(raw)
            if cited.get("law") not in printed or not any(a.get("article") == label for a in cited.get("articles", ())):
                continue
            held = json.loads(resolved).get("law")
            (elsewhere if held and held != law else kept).add(article_id)
        return elsewhere - kept

    def resolve_again(self, collection: Collection | None, live: set[str] | None = None) -> int:
        """Resolve every stored citation against ``collection`` (rows of articles not in
        ``live`` are dropped); returns how many were resolved."""
        fingerprint = collection.fingerprint if collection is not None else ""
        with self._reading() as con:
            rows = con.execute("SELECT article_id, n, date, year, citation FROM citations").fetchall()
        updates, gone = [], []
        articles: dict[str, list[tuple[int, str | None, int | None, Citation]]] = {}
        for article_id, n, date, year, raw in rows:
            if live is not None and article_id not in live:
                gone.append((article_id,))
                continue
            articles.setdefault(article_id, []).append((n, date, year, Citation.from_dict(json.loads(raw))))
        for article_id, cited in articles.items():
            _n, date, year, _c = cited[0]
            for (n, *_rest), r in zip(cited, resolve_all(collection, [c for *_x, c in cited], date, year)):
                updates.append((json.dumps(r.to_dict(), ensure_ascii=False), article_id, n))
        with self._writing() as con:
            con.executemany("UPDATE citations SET resolution = ? WHERE article_id = ? AND n = ?", updates)
            con.executemany("DELETE FROM citations WHERE article_id = ?", gone)
            con.execute("DELETE FROM targets")  # every row was resolved again
            add_targets(con, ((a, n, raw) for raw, a, n in updates))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('collection', ?)", (fingerprint,))
        return len(updates)


def resolve_all(collection: Collection | None, citations: list[Citation], date: str | None,
                year: int | None = None) -> list[Resolution]:
    """The resolutions of the citations of one article (:meth:`Collection.resolve_all`)."""
    if collection is None:
        return [Resolution.unresolved(c, no_collection()) for c in citations]
    return collection.resolve_all(citations, date, year)


class CitationBatch:
    """The citation rows of one write transaction (used by the index writer): :meth:`add`
    each article written, :meth:`commit` before the Whoosh commit, or :meth:`rollback`.
    Citations are resolved at the commit, against the collection as it is then (a build
    that also reads statute records has added them by then)."""

    def __init__(self, store: CitationStore, fresh: bool) -> None:
        self._store = store
        self._fresh = fresh
        self._articles: dict[str, tuple[str | None, int | None, tuple[Citation, ...]]] = {}

    def add(self, article: Article) -> None:
        """Record the article's citations (found again from its text when it is untagged)."""
        cited = article.citations
        if cited is None:
            names = LawNames.default()
            cited = tuple(replace(c, section=i) for i, s in enumerate(article.sections)
                          for c in extract(s.text, names))
        if cited or not self._fresh:
            year = printed_year("\n".join((article.title, article.text)), cited) if cited and not article.date else None
            self._articles[article.id] = (article.date, year, cited)

    def commit(self) -> None:
        """Resolve the rows and write them in place of the articles' earlier ones, at once
        (a store of no Whoosh index; the index writer uses :meth:`set_aside` and
        :meth:`CitationStore.settle` around its Whoosh commit)."""
        if self.set_aside(0):
            self._store.settle(0)

    def set_aside(self, generation: int) -> bool:
        """Resolve the rows and write them aside, for the Whoosh commit that makes
        ``generation`` (:meth:`CitationStore.settle` then takes them in); False when there
        is nothing to write."""
        if not self._articles and not self._fresh:
            return False
        collection = Collection.current()
        fingerprint = collection.fingerprint if collection is not None else ""
        rows = [(article_id, n, date, year, json.dumps(c.to_dict(), ensure_ascii=False),
                 json.dumps(r.to_dict(), ensure_ascii=False))
                for article_id, (date, year, cited) in self._articles.items()
                for n, (c, r) in enumerate(zip(cited, resolve_all(collection, list(cited), date, year)))]
        with self._store._writing() as con:
            self._store._throw_away(con, commit=False)
            con.executemany("INSERT INTO pending_articles VALUES (?)", [(a,) for a in self._articles])
            con.executemany("INSERT OR REPLACE INTO pending_citations VALUES (?, ?, ?, ?, ?, ?)", rows)
            add_targets(con, ((a, n, raw) for a, n, *_rest, raw in rows), table="pending_targets")
            self._store.set_aside_record(con, generation, fingerprint, self._fresh)
        self.rollback()
        return True

    def rollback(self) -> None:
        self._articles.clear()


def target_rows(article_id: str, n: int, resolution: dict[str, Any]) -> list[tuple[str, str, str, str, int]]:
    """The ``targets`` rows of citation ``n`` of an article: ``(law, label, version or "",
    article_id, n)`` for each cited article resolved to one of the collection's
    (``resolution`` as :meth:`Resolution.to_dict` gives it)."""
    law = resolution.get("law")
    if not law:
        return []
    version = resolution.get("version") or ""
    return [(law, t["article"], version, article_id, n) for t in resolution.get("targets", ()) if t.get("id")]


def add_targets(con: sqlite3.Connection, cited: Iterable[tuple[str, int, str]], table: str = "targets") -> None:
    """Insert the ``targets`` rows (:func:`target_rows`) of stored citations, each given as
    ``(article_id, n, resolution JSON)``, into ``table`` (``pending_targets``: set aside)."""
    con.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?, ?, ?, ?, ?)",
                    [row for a, n, raw in cited for row in target_rows(a, n, json.loads(raw))])


#: The statements that put the rows set aside in place of the articles' earlier ones.
_TAKE_IN = (
    "DELETE FROM {s}citations WHERE article_id IN (SELECT article_id FROM main.pending_articles)",
    "DELETE FROM {s}targets WHERE article_id IN (SELECT article_id FROM main.pending_articles)",
    "INSERT OR REPLACE INTO {s}citations SELECT * FROM main.pending_citations",
    "INSERT OR IGNORE INTO {s}targets SELECT * FROM main.pending_targets",
)


def _mark_collection(con: sqlite3.Connection, schema: str, pending: list[Any]) -> None:
    """Record what every row is resolved with once the rows set aside are in: their
    collection, or several ("mixed": :func:`sync` resolves again)."""
    _generation, fingerprint, fresh = pending
    stored = con.execute(f"SELECT value FROM {schema}meta WHERE key = 'collection'").fetchone()
    value = fingerprint if fresh or stored is None or stored[0] == fingerprint else "mixed"
    con.execute(f"DELETE FROM {schema}meta WHERE key = 'collection'")  # a table of this connection has no key
    con.execute(f"INSERT INTO {schema}meta VALUES ('collection', ?)", (value,))


def store_for(ix: Any) -> CitationStore:
    """The citation store of a Whoosh index (one object per index object), which takes in
    the rows a write transaction set aside once the index has their generation."""
    store: CitationStore = side_store(ix, FILE_NAME, CitationStore)
    tie(store, ix)
    return store


def live_articles(ix: Any) -> set[str]:
    """The ids of the articles in the index now."""
    with ix.reader() as reader:
        if not reader.doc_count_all():
            return set()
        ids = list(reader.column_reader("article_id"))
        return {ids[d] for d in reader.all_doc_ids()}


def sync(ix: Any) -> dict[str, str]:
    """Resolve the index's citations again when the collection changed since they were
    resolved; returns what ``lawnews.json`` records of it (``extra["statutes"]``):
    the collection's path and fingerprint (``""`` when there is none)."""
    collection = Collection.current()
    fingerprint = collection.fingerprint if collection is not None else ""
    store = store_for(ix)
    if store.made_with_other(collection):
        store.resolve_again(collection, live_articles(ix))
    return {"collection": str(statutes_path()), "fingerprint": fingerprint}
