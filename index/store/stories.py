"""Reposts of one story: near-duplicate articles found at indexing time, grouped into stories.

In: articles as they are written (:class:`StoryBatch`, used by the index writer),
and at search time the ids of the live articles. Out: ``stories.sqlite`` beside the
Whoosh files, and :class:`Stories` (each live article's story id, the story's lead
and copies).

An article's text (its sections, not its title) is normalised (:func:`shingle_text`:
characters narrowed, punctuation and spaces dropped), cut into overlapping
:data:`SHINGLE`-character shingles and summarised by a MinHash signature of
:data:`NUM_PERM` 32-bit values (numpy, a multiply-shift hash per permutation).
Signatures are banded (:data:`BANDS` bands of :data:`ROWS` values) for
locality-sensitive lookup (within a transaction in a dict; an update looks up the
committed signatures, whose band keys it computes once, in sorted arrays); each candidate pair is then checked by the estimated
*containment* of the smaller shingle set in the larger (:func:`containment`):
a repost that keeps most of the story but adds navigation, an editor's line or a
title prefix, or drops some sentences, has a high containment, while two reports
on one topic that share boilerplate have a low one. Pairs at or above
:data:`THRESHOLD` are recorded as links; texts of fewer than :data:`MIN_SHINGLES`
shingles are never linked (a one-line notice is not a story).

Stories are groups of linked *live* articles, each copy linked to its lead
(:func:`group`), computed per index generation (:func:`stories_for`), so a story changes with the index: a new copy
joins its story, removing the lead promotes the next copy, a removed file's
copies leave their stories. The lead is the earliest-dated copy (undated copies
lose to dated ones); ties go to the outlet of record (:func:`outlet_rank`), then to
the smallest article id. The story id is the lead's article id: the same files give
the same stories and ids, whatever the order they are indexed in.

Consistency is that of the other side stores: a writer commits its rows just
before the Whoosh commit; a crash in between leaves rows of articles no document
carries, which stories ignore (only live articles are grouped), and the links of an
article written again as its new text has them until it is written again. Rows of
removed articles are dropped once they are many (:func:`compact`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..analysis.chars import HAN, normalize_chars
from ..analysis.fold import fold
from ..documents import Article
from .sidestore import SideStore, side_store

if TYPE_CHECKING:  # numpy is imported by what makes signatures: a search never needs it
    import numpy as np

FILE_NAME = "stories.sqlite"

#: Characters per shingle, MinHash values per signature, LSH bands × rows and the
#: containment a pair needs: chosen on the dev half of ``eval/repost-pairs.jsonl``
#: (``eval/reposts.py``; eval/README-reposts.md has the figures).
SHINGLE = 5
NUM_PERM = 128
BANDS, ROWS = 64, 2
THRESHOLD = 0.5
JACCARD_MIN = 0.15
MIN_SHINGLES = 60
#: Characters of an article's normalised text that are shingled: a story is known by
#: its first pages, and a huge file's one article costs no more than a long article.
SKETCH_CHARS = 50_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (article_id TEXT PRIMARY KEY, date TEXT, source TEXT,
                                     size INTEGER NOT NULL, sig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS links (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS links_b ON links(b);
"""


@lru_cache(maxsize=1)
def _hashing() -> tuple[Any, Any, Any, Any]:
    """The permutations' multipliers and offsets, the mixing constant and the shift."""
    import numpy as np

    rng = np.random.default_rng(20240601)  # fixed: signatures must not change between runs
    a = (rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)).reshape(-1, 1)
    b = rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64).reshape(-1, 1)
    return a, b, np.uint64(0x9E3779B97F4A7C15), np.uint64(32)

_DROP = re.compile(rf"[^0-9a-z{HAN}]+")
_CHUNK = 4096


def shingle_text(article: Article) -> str:
    """What an article's signature is made of: its text (not its title, which reposts
    change and which, long beside a short text such as a statute article, would make
    every article of one law alike), characters normalised and folded to simplified, lower-cased, punctuation
    and spaces dropped."""
    text = fold(normalize_chars(article.text))  # traditional copies shingle as simplified
    return _DROP.sub("", text.lower())[:SKETCH_CHARS]


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """The distinct 64-bit hashes of the ``k``-character shingles of ``text``."""
    import numpy as np

    n = len(text) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        h += cp[j:j + n] * _power(k - 1 - j)
    return np.unique(h)


def _power(e: int) -> np.ndarray:
    import numpy as np

    return np.array([pow(1000003, e, 2**64)], dtype=np.uint64)


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (:data:`NUM_PERM` uint32) of a set of shingle hashes."""
    import numpy as np

    a, b, mix, shift = _hashing()
    sig = np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)
    if len(hashes):
        mixed = (hashes * mix) >> shift
        for start in range(0, len(mixed), _CHUNK):
            block = (a * mixed[start:start + _CHUNK] + b) >> shift
            np.minimum(sig, block.min(axis=1), out=sig)
    return sig.astype(np.uint32)


def containment(sig_a: np.ndarray, size_a: int, sig_b: np.ndarray, size_b: int) -> float:
    """The estimated share of the smaller shingle set found in the larger, from the
    signatures' Jaccard estimate and the sets' sizes."""
    if not size_a or not size_b:
        return 0.0
    j = float((sig_a == sig_b).sum()) / NUM_PERM
    common = j / (1.0 + j) * (size_a + size_b)
    return min(1.0, common / min(size_a, size_b))


def is_copy(sig_a: np.ndarray, size_a: int, sig_b: np.ndarray, size_b: int) -> bool:
    """Whether two articles are copies of one story: both have :data:`MIN_SHINGLES`
    shingles or more, the smaller shingle set is contained in the larger at
    :data:`THRESHOLD` or more, and their Jaccard similarity is :data:`JACCARD_MIN` or more
    (a short text made of a long one's formulas is contained in it, not a copy)."""
    if min(size_a, size_b) < MIN_SHINGLES:
        return False
    j = float((sig_a == sig_b).sum()) / NUM_PERM
    return j >= JACCARD_MIN and containment(sig_a, size_a, sig_b, size_b) >= THRESHOLD


def band_keys(sig: np.ndarray) -> list[int]:
    """One 63-bit key per band of a signature (the band's number and values)."""
    import numpy as np

    mix = _hashing()[2]
    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    keys = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x100000001B3)
    for r in range(ROWS):
        keys = (keys ^ rows[:, r]) * mix
    return (keys >> np.uint64(1)).astype(np.int64).tolist()


def outlet_rank(source: str | None) -> int:
    """0 for an outlet of record (a newspaper, news agency, court, procuratorate or
    justice body: a source naming 报, 社, 法院, 检察院, 司法 or 法治), 1 for any other
    (portals, aggregators, unknown)."""
    return 0 if source and re.search("报|社|法院|检察院|司法|法治", source) else 1


def lead_key(article_id: str, date: str | None, source: str | None) -> tuple[Any, ...]:
    """Sort key of a story's copies: the lead sorts first (see the module docstring)."""
    return (date is None or date == "", date or "", outlet_rank(source), article_id)


@dataclass
class _Sketch:
    article_id: str
    date: str | None
    source: str | None
    size: int
    sig: np.ndarray


def sketch(article: Article) -> _Sketch:
    hashes = shingles(shingle_text(article))
    return _Sketch(article.id, article.date, article.source, len(hashes), signature(hashes))


class StoryStore(SideStore):
    """The signatures and links of one index (``path`` ``None``: in memory)."""

    SCHEMA = _SCHEMA

    def batch(self, fresh: bool = False) -> "StoryBatch":
        return StoryBatch(self, fresh)

    def band_index(self) -> "_BandIndex":
        """The band keys of every committed signature, for looking candidates up."""
        import numpy as np

        with self._reading() as con:
            rows = con.execute("SELECT article_id, size, sig FROM articles WHERE size >= ?",
                               (MIN_SHINGLES,)).fetchall()
        ids = [r[0] for r in rows]
        sizes = np.array([r[1] for r in rows], dtype=np.int64)
        sigs = (np.frombuffer(b"".join(r[2] for r in rows), dtype=np.uint32).reshape(len(rows), NUM_PERM)
                if rows else np.zeros((0, NUM_PERM), dtype=np.uint32))
        return _BandIndex(ids, sizes, sigs)

    def load(self, live: set[str]) -> tuple[list[tuple[str, str]], dict[str, tuple[str | None, str | None]]]:
        """The links between live articles, and the date and source of each linked one."""
        with self._reading() as con:
            links = [(a, b) for a, b in con.execute("SELECT a, b FROM links") if a in live and b in live]
            linked = {x for pair in links for x in pair}
            rows = {}
            if linked:
                for aid, date, source in con.execute("SELECT article_id, date, source FROM articles"):
                    if aid in linked:
                        rows[aid] = (date, source)
            return links, rows

    @staticmethod
    def _drop(con: Any, ids: list[str]) -> None:
        """Delete the rows of these articles: their links and signature."""
        pairs = [(aid,) for aid in ids]
        con.executemany("DELETE FROM links WHERE a = ?", pairs)
        con.executemany("DELETE FROM links WHERE b = ?", pairs)
        con.executemany("DELETE FROM articles WHERE article_id = ?", pairs)

    def count(self) -> int:
        with self._reading() as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])

    def compact(self, live: set[str]) -> int:
        """Drop the rows of articles not in ``live``; returns how many went."""
        with self._writing() as con:
            dead = [aid for (aid,) in con.execute("SELECT article_id FROM articles") if aid not in live]
            self._drop(con, dead)
        return len(dead)


class _BandIndex:
    """Committed signatures and their band keys, sorted for lookup (an update's candidates)."""

    def __init__(self, ids: list[str], sizes: Any, sigs: Any) -> None:
        import numpy as np

        self.ids, self.sizes, self.sigs = ids, sizes, sigs
        if len(ids):
            keys = np.array([band_keys(sig) for sig in sigs], dtype=np.int64).ravel()
        else:
            keys = np.zeros(0, dtype=np.int64)
        owners = np.repeat(np.arange(len(ids)), BANDS)
        order = np.argsort(keys, kind="stable")
        self.keys, self.owners = keys[order], owners[order]

    def candidates(self, keys: list[int]) -> list[int]:
        """Rows of the signatures sharing one of ``keys``."""
        import numpy as np

        wanted = np.array(keys, dtype=np.int64)
        lo = np.searchsorted(self.keys, wanted, "left")
        hi = np.searchsorted(self.keys, wanted, "right")
        found: set[int] = set()
        for a, b in zip(lo.tolist(), hi.tolist()):
            if b > a:
                found.update(self.owners[a:b].tolist())
        return sorted(found)


class StoryBatch:
    """The story rows of one write transaction: :meth:`add` each article written,
    :meth:`commit` (before the Whoosh commit) or :meth:`rollback`."""

    def __init__(self, store: StoryStore, fresh: bool) -> None:
        self._store = store
        self._fresh = fresh
        self._sketches: dict[str, _Sketch] = {}
        self._bands: dict[int, list[str]] = {}
        self._links: set[tuple[str, str]] = set()
        self._committed: _BandIndex | None = None  # the committed signatures (updates)

    def add(self, article: Article) -> None:
        s = sketch(article)
        if s.article_id in self._sketches:  # the same id again in one transaction: the last wins
            self._links = {p for p in self._links if s.article_id not in p}
        self._sketches[s.article_id] = s
        if s.size < MIN_SHINGLES:
            return
        keys = band_keys(s.sig)
        import numpy as np

        found: dict[str, tuple[int, np.ndarray]] = {}
        for key in keys:
            for other in self._bands.get(key, ()):
                o = self._sketches[other]
                found[other] = (o.size, o.sig)
        if not self._fresh:
            if self._committed is None:
                self._committed = self._store.band_index()
            index = self._committed
            for row in index.candidates(keys):
                other = index.ids[row]
                if other not in self._sketches:
                    found[other] = (int(index.sizes[row]), index.sigs[row])
        for other, (size, sig) in found.items():
            if other != s.article_id and is_copy(s.sig, s.size, sig, size):
                self._links.add((min(other, s.article_id), max(other, s.article_id)))
        for key in keys:
            self._bands.setdefault(key, []).append(s.article_id)

    def commit(self) -> None:
        self._committed = None
        if not self._sketches:
            return
        with self._store._writing() as con:
            if not self._fresh:  # articles written again: their earlier rows go
                self._store._drop(con, list(self._sketches))
            con.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)",
                            [(s.article_id, s.date, s.source, s.size, s.sig.tobytes())
                             for s in self._sketches.values()])
            con.executemany("INSERT OR IGNORE INTO links VALUES (?, ?)", sorted(self._links))
        self.rollback()

    def rollback(self) -> None:
        self._committed = None
        self._sketches.clear()
        self._bands.clear()
        self._links.clear()


def store_for(ix: Any) -> StoryStore:
    """The story store of a Whoosh index (one object per index object)."""
    return side_store(ix, FILE_NAME, StoryStore)


def compact(ix: Any, *, slack: int = 1000) -> bool:
    """Drop the rows of removed articles once they outnumber the live sections (plus
    ``slack``); the caller holds the index's write lock. Returns whether it ran."""
    store = store_for(ix)
    if store.count() <= 2 * ix.doc_count() + slack:
        return False
    live: set[str] = set()
    with ix.reader() as reader:
        if reader.doc_count_all():
            ids = list(reader.column_reader("article_id"))
            live = {ids[d] for d in reader.all_doc_ids()}
    store.compact(live)
    return True


@dataclass(frozen=True)
class Stories:
    """Each live article's story: ``story[article_id]`` is the story id (its lead's
    article id; an article with no copy is its own story), ``copies[story]`` the
    copies, lead first."""

    story: Mapping[str, str]
    copies: Mapping[str, tuple[str, ...]]

    def story_of(self, article_id: str) -> str:
        return self.story.get(article_id, article_id)

    def copies_of(self, story: str) -> tuple[str, ...]:
        return self.copies.get(story, (story,))


def group(live: Iterable[str], links: Iterable[tuple[str, str]],
          rows: Mapping[str, tuple[str | None, str | None]]) -> Stories:
    """The stories of ``live`` articles given the links between them and the
    ``(date, source)`` of each linked one.

    Every copy is linked to its story's lead itself, never only through another copy
    (short texts made of the same formulas would chain into one story): the linked
    articles are taken in lead order (:func:`lead_key`), and each joins the story of
    the first lead it is linked to, or leads a story of its own."""
    live = set(live)
    neighbours: dict[str, set[str]] = {}
    for a, b in links:
        if a in live and b in live and a != b:
            neighbours.setdefault(a, set()).add(b)
            neighbours.setdefault(b, set()).add(a)
    order = sorted(neighbours, key=lambda aid: lead_key(aid, *rows.get(aid, (None, None))))
    rank = {aid: k for k, aid in enumerate(order)}
    story: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for aid in order:
        leads = [n for n in neighbours[aid] if story.get(n) == n]
        lead = min(leads, key=rank.__getitem__) if leads else aid
        story[aid] = lead
        members.setdefault(lead, []).append(aid)
    copies = {lead: tuple(group) for lead, group in members.items() if len(group) > 1}
    return Stories({aid: lead for aid, lead in story.items() if lead in copies}, copies)


def stories_for(ix: Any, live: set[str]) -> Stories:
    """The stories of the live articles of an index."""
    links, rows = store_for(ix).load(live)
    return group(live, links, rows)
