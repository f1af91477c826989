"""Reposts of one story: near-duplicate articles found at indexing time, grouped into stories.

In: articles as they are written (:class:`StoryBatch`, used by the index writer),
and at search time the ids of the live articles. Out: ``stories.sqlite`` beside the
Whoosh files, and :class:`Stories` (each live article's story id, the story's lead
and copies).

An article's text (its sections, not its title) is normalised (:func:`shingle_text`:
characters narrowed, punctuation and spaces dropped), cut into overlapping
:data:`SHINGLE`-character shingles and summarised by a MinHash signature of
:data:`NUM_PERM` 32-bit values (numpy, a multiply-shift hash per permutation).
Articles are sketched in bulk (:func:`sketches`: the shingles of many texts hashed
in one pass, their signatures computed together), on the worker processes of a
build that has them. Signatures are banded (:data:`BANDS` bands of :data:`ROWS`
values) for locality-sensitive lookup, for the whole transaction at its commit:
the pairs of its articles that share a band key are found by sorting the keys band
by band (where hundreds share one key, each only with the first :data:`LEADS` of them
in lead order, so that a story reposted by thousands of sites costs thousands of
links, not millions), and an update looks the committed signatures up in sorted arrays; each
candidate pair is then checked, once, by the estimated
*containment* of the smaller shingle set in the larger (:func:`containment`):
a repost that keeps most of the story but adds navigation, an editor's line or a
title prefix, or drops some sentences, has a high containment, while two reports
on one topic that share boilerplate have a low one. Pairs at or above
:data:`THRESHOLD` are recorded as links; texts of fewer than :data:`MIN_SHINGLES`
shingles are never linked (a one-line notice is not a story), nor are two texts whose
courts that act (their ``courts`` tags, kept beside the signatures) share none: two courts'
releases written from one template are two stories (:func:`other_courts`).

Stories are groups of linked *live* articles, each copy linked to its lead
(:func:`group`), computed per index generation (:func:`stories_for`), so a story changes with the index: a new copy
joins its story, removing the lead promotes the next copy, a removed file's
copies leave their stories. The lead is the earliest-dated copy (undated copies
lose to dated ones); ties go to a copy that does not say it is one: neither its file's
name (:func:`copy_marked`: an exact copy saved as ``副本 - 报道.txt``, ``报道 - 副本.txt`` or
``报道 (1).txt`` does not lead ``报道.txt``; :func:`repost_marked`: ``报道 转载.txt``,
``【转载】报道.html``) nor its title or text (:func:`says_repost`: ``【转载】…``, ``本文转载自…``,
kept as the ``reposts`` rows) marks it as a repost, whatever outlet it names as its 来源; then to
the outlet of record (:func:`outlet_rank`), then to the fuller copy (more shingles), then
to the smallest article id. The story id is the lead's article id: the same files give
the same stories and ids, whatever the order they are indexed in.

The rows of a write transaction and the Whoosh commit they go with are one change, as
for the citations (:mod:`.statutes.citations`): the signatures and links are first
written aside (``pending_*`` tables), marked with the generation the Whoosh commit will
make, then the Whoosh index commits, then they take the place of the articles' earlier
rows (:meth:`StoryStore.settle`, :mod:`~lawnews.index.store.setaside`). A process killed between two of these steps leaves rows
aside that the next reader (:func:`stories_for`) or writer takes in once the Whoosh index
has their generation and throws away while it has not; a store that cannot be written is
read as if they were taken in. So stories are always grouped by the texts the index
holds: an article written again keeps its old links until its new text is committed.
Rows of removed articles are dropped once they are many (:func:`compact`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence, Tuple

from ..analysis.chars import HAN, normalize_chars
from ..analysis.fold import fold
from ..documents import Article
from .setaside import SetAsideStore, tie
from .sidestore import side_store

if TYPE_CHECKING:  # numpy is imported by what makes signatures: a search never needs it
    import numpy as np

FILE_NAME = "stories.sqlite"

#: What the lead of a story is chosen by, of each linked article: its date, source, size
#: (shingles) and whether its title or text says it is a repost (:func:`lead_key`).
Row = Tuple[Optional[str], Optional[str], int, bool]

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
CREATE TABLE IF NOT EXISTS pending_articles (article_id TEXT PRIMARY KEY, date TEXT, source TEXT,
                                             size INTEGER NOT NULL, sig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS pending_links (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reposts (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending_reposts (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS courts (article_id TEXT NOT NULL, court TEXT NOT NULL,
                                   PRIMARY KEY (article_id, court)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending_courts (article_id TEXT NOT NULL, court TEXT NOT NULL,
                                           PRIMARY KEY (article_id, court)) WITHOUT ROWID;
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
#: Shingle hashes per block of the MinHash arithmetic (a block of 128 rows of them is 8 MB).
_VALUES = 8192


def shingle_text(article: Article) -> str:
    """What an article's signature is made of: its text (not its title, which reposts
    change and which, long beside a short text such as a statute article, would make
    every article of one law alike), characters normalised and folded to simplified, lower-cased, punctuation
    and spaces dropped. Nothing for a statute record (``meta["law"]``): each article of a
    law is a provision of its own, however much wording it shares with another
    (单位犯前款罪的，…), and is never a repost."""
    if article.meta and article.meta.get("law"):
        return ""
    text = fold(normalize_chars(article.text))  # traditional copies shingle as simplified
    return _DROP.sub("", text.lower())[:SKETCH_CHARS]


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """The distinct 64-bit hashes of the ``k``-character shingles of ``text``: the
    polynomial hash (base 1000003, modulo 2**64) of the characters' code points."""
    return shingle_sets([text], k)[0]


def shingle_sets(texts: Sequence[str], k: int = SHINGLE) -> list[np.ndarray]:
    """:func:`shingles` of each text, hashed together: one pass of numpy over the
    texts joined, the shingles across two texts left out."""
    import numpy as np

    lengths = [len(t) for t in texts]
    cp = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(cp) - k + 1
    if n <= 0:
        return [np.zeros(0, dtype=np.uint64) for _ in texts]
    h = cp[:n] * _power(k - 1)
    for j in range(1, k):
        h += cp[j:j + n] * _power(k - 1 - j)
    out = []
    start = 0
    for length in lengths:
        if length < k:
            out.append(np.zeros(0, dtype=np.uint64))
        else:
            own = np.sort(h[start:start + length - k + 1])
            out.append(own[np.concatenate(([True], own[1:] != own[:-1]))])  # np.unique, without its overhead
        start += length
    return out


def _power(e: int) -> np.ndarray:
    import numpy as np

    return np.array([pow(1000003, e, 2**64)], dtype=np.uint64)


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (:data:`NUM_PERM` uint32) of a set of shingle hashes:
    per permutation ``(a, b)`` the least ``(a * ((h * mix) >> 32) + b) >> 32`` (modulo 2**64)."""
    return signatures([hashes])[0]


def signatures(hash_sets: Sequence[np.ndarray]) -> np.ndarray:
    """:func:`signature` of each set, one row each (uint32), computed together: the
    sets' values go through each permutation in blocks of about :data:`_VALUES`,
    and each set takes the least of its own (``minimum.reduceat``)."""
    import numpy as np

    a, b, mix, shift = _hashing()
    sizes = [len(h) for h in hash_sets]
    out = np.full((len(hash_sets), NUM_PERM), np.uint64(2**64 - 1), dtype=np.uint64)
    if not sum(sizes):
        return (out >> shift).astype(np.uint32)
    mixed = (np.concatenate(hash_sets) * mix) >> shift
    ends = np.cumsum(sizes)
    buf = np.empty((NUM_PERM, min(_VALUES, len(mixed))), dtype=np.uint64)
    i, n = 0, len(sizes)
    while i < n:  # sets i..j-1 together, or one large set alone in pieces
        j, total = i + 1, sizes[i]
        while j < n and total + sizes[j] <= _VALUES:
            total += sizes[j]
            j += 1
        first = int(ends[i]) - sizes[i]
        if total > _VALUES:
            for start in range(first, first + total, _VALUES):
                block = _permuted(mixed[start:min(first + total, start + _VALUES)], a, b, buf)
                np.minimum(out[i], block.min(axis=1), out=out[i])
        elif total:
            block = _permuted(mixed[first:first + total], a, b, buf)
            rows = [r for r in range(i, j) if sizes[r]]
            starts = ends[rows] - np.array([sizes[r] for r in rows]) - first
            out[rows] = np.minimum.reduceat(block, starts, axis=1).T
        i = j
    return (out >> shift).astype(np.uint32)  # the least value's top half is the least top half


def _permuted(values: np.ndarray, a: np.ndarray, b: np.ndarray, buf: np.ndarray) -> np.ndarray:
    """``a * values + b`` (modulo 2**64) for every permutation, in ``buf``."""
    import numpy as np

    block = buf[:, :len(values)]
    np.multiply(a, values, out=block)
    np.add(block, b, out=block)
    return block


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
    return keys_of(sig.reshape(1, NUM_PERM))[0].tolist()


def keys_of(sigs: np.ndarray) -> np.ndarray:
    """:func:`band_keys` of each row of a signature matrix: an ``(n, BANDS)`` int64 array."""
    import numpy as np

    mix = _hashing()[2]
    rows = sigs.astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    keys = np.broadcast_to(np.arange(BANDS, dtype=np.uint64) * np.uint64(0x100000001B3), (len(sigs), BANDS))
    for r in range(ROWS):
        keys = (keys ^ rows[:, :, r]) * mix
    return (keys >> np.uint64(1)).astype(np.int64)


def copies(sigs_a: np.ndarray, sizes_a: np.ndarray, sigs_b: np.ndarray, sizes_b: np.ndarray) -> np.ndarray:
    """:func:`is_copy` of each pair of rows, as a bool array (the same arithmetic)."""
    import numpy as np

    j = (sigs_a == sigs_b).sum(axis=1) / NUM_PERM
    small = np.minimum(sizes_a, sizes_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        contained = np.minimum(1.0, j / (1.0 + j) * (sizes_a + sizes_b) / small)
    return (small >= MIN_SHINGLES) & (j >= JACCARD_MIN) & (contained >= THRESHOLD)


def other_courts(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two articles tell of other courts' work: each has courts that act (its
    ``courts`` tags) and they share none. Two courts' releases written from one template
    (石门县人民法院 and 临澧县人民法院 each 开展集中执行…, word for word but the names) are two
    stories, however alike their texts; a copy of one story names the court its text names."""
    return bool(a) and bool(b) and not set(a) & set(b)


def outlet_rank(source: str | None) -> int:
    """0 for an outlet of record (a newspaper, news agency, court, procuratorate or
    justice body: a source naming 报, 社, 法院, 检察院, 司法 or 法治, printed in simplified
    or traditional characters), 1 for any other (portals, aggregators, unknown)."""
    return 0 if source and re.search("报|社|法院|检察院|司法|法治", fold(source)) else 1


#: The marks a file manager or a browser puts on a copy's name: a prefix (副本 - 报道,
#: 复件 报道, Copy of report) or a suffix (报道 - 副本, 报道 副本 2, 报道 - 复制, report - Copy,
#: report copy 2, report (copy), 报道 (1)); a word such as 判决书副本 is no mark.
_COPY_MARK = re.compile(
    r"^(?:副本|复件|拷贝|复制)(?:\s*[(（]\d+[)）])?(?:\s*[-－—_]\s*|\s+)"
    r"|^copy(?:\s*\(\d+\))?\s+of\s"
    r"|(?:\s*[-－—_]\s*|\s+)(?:副本|复件|拷贝|复制|copy)(?:\s*[(（]?\d+[)）]?)?$"
    r"|[(（](?:副本|复件|拷贝|复制|(?:another |\d+(?:st|nd|rd|th) )?copy)[)）]$"
    r"|\s*[(（]\d+[)）]$",
    re.IGNORECASE)


def copy_marked(article_id: str) -> bool:
    """Whether the file an article id names has a copy's name (:data:`_COPY_MARK`)."""
    return bool(_COPY_MARK.search(_stem(article_id)))


def _stem(article_id: str) -> str:
    return article_id.rsplit("#", 1)[0].rsplit("/", 1)[-1].strip()


_REPOST_WORD = r"(?:转载|转帖|转发|转贴)"
#: A repost's mark on a file's name or a title: a prefix (转载 - 报道, 【转载】报道, 转载：报道) or
#: a suffix (报道 转载, 报道-转载, 报道（转载）); a word such as 转载须知 or 关于转发… is no mark.
_REPOST_MARK = re.compile(
    rf"^\s*[【\[(（]\s*{_REPOST_WORD}\s*[】\])）]"
    rf"|^{_REPOST_WORD}(?:\s*[-－—_:：]\s*|\s+)"
    rf"|(?:\s*[-－—_]\s*|\s+){_REPOST_WORD}$"
    rf"|[【\[(（]\s*{_REPOST_WORD}\s*[】\])）]\s*$")
#: A line of a text saying where it was taken from: 本文转载自…, （转自某某法院微信公众号）, 转载自：….
_REPOST_LINE = re.compile(r"(?m)^\s*[（(【\[]?\s*(?:本文|原文|此文|该文|文章|稿件)?(?:转载|转引|转)自\s*[:：]?\s*[^\s，。]")


#: Characters at each end of a text looked at for a note saying where it was taken from.
_NOTE_CHARS = 400


def repost_marked(article_id: str) -> bool:
    """Whether the file an article id names has a repost's name (:data:`_REPOST_MARK`)."""
    return "转" in article_id and bool(_REPOST_MARK.search(_stem(article_id)))


def says_repost(article: Article) -> bool:
    """Whether an article says it is a repost: its title carries a repost's mark
    (``【转载】…``, ``…（转载）``) or a line of its text says where it was taken from
    (``本文转载自…``) in its first or last lines (:data:`_NOTE_CHARS`), where such a note stands."""
    title, text = article.title or "", article.text or ""
    if "转" in title and _REPOST_MARK.search(title):
        return True
    if "转" not in text:
        return False
    ends = text if len(text) <= 2 * _NOTE_CHARS else text[:_NOTE_CHARS] + "\n" + text[-_NOTE_CHARS:]
    return bool(_REPOST_LINE.search(ends))


def lead_key(article_id: str, date: str | None, source: str | None, size: int = 0,
             repost: bool = False) -> tuple[Any, ...]:
    """Sort key of a story's copies: the lead sorts first (see the module docstring);
    ``size`` is the copy's shingles, ``repost`` whether its title or text says it is a repost."""
    marked = repost or copy_marked(article_id) or repost_marked(article_id)
    return (date is None or date == "", date or "", marked, outlet_rank(source), -size, article_id)


@dataclass
class _Sketch:
    article_id: str
    date: str | None
    source: str | None
    size: int
    sig: np.ndarray
    repost: bool = False
    courts: tuple[str, ...] = ()

    def lead_key(self) -> tuple[Any, ...]:
        """Its place among a story's copies (:func:`lead_key`)."""
        return lead_key(self.article_id, self.date, self.source, self.size, self.repost)


def named_story(article: Article) -> str | None:
    """The story another article's record names this one a copy of (``story`` of a
    ``lawnews export`` row, or of a user's own JSONL), else None (none named, or its own id)."""
    story = article.meta.get("story")
    return story.strip() if isinstance(story, str) and story.strip() and story.strip() != article.id else None


def sketch(article: Article) -> _Sketch:
    return sketches([article])[0]


def sketches(articles: Sequence[Article]) -> list[_Sketch]:
    """:func:`sketch` of each article, computed together (:func:`shingle_sets`, :func:`signatures`)."""
    hashes = shingle_sets([shingle_text(a) for a in articles])
    sigs = signatures(hashes)
    return [_Sketch(a.id, a.date, a.source, len(h), sig, says_repost(a), tuple(a.tags.courts))
            for a, h, sig in zip(articles, hashes, sigs)]


class StoryStore(SetAsideStore):
    """The signatures and links of one index (``path`` ``None``: in memory), and those a
    write transaction set aside for the Whoosh commit it goes with."""

    SCHEMA = _SCHEMA

    PENDING_TABLES = ("pending_articles", "pending_links", "pending_reposts", "pending_courts")
    READ_TABLES = ("articles", "links")

    def _put_in(self, con: sqlite3.Connection, schema: str, pending: list[Any]) -> None:
        _generation, fresh = pending
        # the repost marks are taken in where the file is written (a store read where it cannot
        # be, perhaps of an older lawnews without them, reads the rows aside unmarked)
        here = schema == "main."
        drop = () if fresh else _DROP_EARLIER + (_DROP_MARKS if here else ())
        for statement in drop + _TAKE_IN + (_TAKE_IN_MARKS if here else ()):
            con.execute(statement.format(s=schema))

    def batch(self, fresh: bool = False) -> "StoryBatch":
        return StoryBatch(self, fresh)

    def band_index(self) -> "_BandIndex":
        """The band keys of every committed signature, for looking candidates up."""
        import numpy as np

        with self._reading() as con:
            rows = con.execute("SELECT article_id, size, sig FROM articles WHERE size >= ?",
                               (MIN_SHINGLES,)).fetchall()
            courts: dict[str, list[str]] = {}
            try:
                for aid, court in con.execute("SELECT article_id, court FROM courts"):
                    courts.setdefault(aid, []).append(court)
            except sqlite3.OperationalError:  # the file of an older lawnews: no article's courts known
                pass
        ids = [r[0] for r in rows]
        sizes = np.array([r[1] for r in rows], dtype=np.int64)
        sigs = (np.frombuffer(b"".join(r[2] for r in rows), dtype=np.uint32).reshape(len(rows), NUM_PERM)
                if rows else np.zeros((0, NUM_PERM), dtype=np.uint32))
        return _BandIndex(ids, sizes, sigs, [tuple(courts.get(aid, ())) for aid in ids])

    def load(self, live: set[str]) -> tuple[list[tuple[str, str]], dict[str, Row]]:
        """The links between live articles, and the date, source, size and repost mark
        of each linked one."""
        with self._reading() as con:
            links = [(a, b) for a, b in con.execute("SELECT a, b FROM links") if a in live and b in live]
            linked = {x for pair in links for x in pair}
            rows: dict[str, Row] = {}
            if linked:
                try:
                    marked = {aid for (aid,) in con.execute("SELECT article_id FROM reposts")}
                except sqlite3.OperationalError:  # the file of an older lawnews, read where it cannot be written
                    marked = set()
                for aid, date, source, size in con.execute("SELECT article_id, date, source, size FROM articles"):
                    if aid in linked:
                        rows[aid] = (date, source, size, aid in marked)
            return links, rows

    @staticmethod
    def _drop(con: Any, ids: list[str]) -> None:
        """Delete the rows of these articles: their links and signature."""
        pairs = [(aid,) for aid in ids]
        con.executemany("DELETE FROM links WHERE a = ?", pairs)
        con.executemany("DELETE FROM links WHERE b = ?", pairs)
        con.executemany("DELETE FROM articles WHERE article_id = ?", pairs)
        con.executemany("DELETE FROM reposts WHERE article_id = ?", pairs)
        con.executemany("DELETE FROM courts WHERE article_id = ?", pairs)

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

    def __init__(self, ids: list[str], sizes: Any, sigs: Any, courts: list[tuple[str, ...]]) -> None:
        import numpy as np

        self.ids, self.sizes, self.sigs = ids, sizes, sigs
        self.courts = courts  # each row's courts that act (none known: an older lawnews's row)
        keys = keys_of(sigs).ravel()
        owners = np.repeat(np.arange(len(ids)), BANDS)
        order = np.argsort(keys, kind="stable")
        self.keys, self.owners = keys[order], owners[order]

    def pairs(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(row of keys, committed row)`` for every committed signature sharing a band
        key with a row of the ``(n, BANDS)`` array ``keys`` (a pair once per key shared)."""
        import numpy as np

        flat = keys.ravel()
        lo = np.searchsorted(self.keys, flat, "left")
        hi = np.searchsorted(self.keys, flat, "right")
        counts = hi - lo
        first = np.repeat(lo - (np.cumsum(counts) - counts), counts)
        return np.repeat(np.arange(len(flat)) // BANDS, counts), self.owners[first + np.arange(len(first))]


#: Pairs whose signatures are compared at once when a batch is committed.
_PAIRS = 1 << 16
#: A run of more rows than this sharing one band key (one story reposted by hundreds of
#: sites, or a formula in many texts) pairs each of its rows with its first :data:`LEADS`
#: rows in lead order only, not with every other row: the pairs, the links kept and the
#: work of grouping grow with the copies, not with their square.
LONG_RUN = 64
LEADS = 32


def _pairs_sharing_a_band(keys: np.ndarray, ranks: np.ndarray | None = None) -> np.ndarray:
    """The row pairs ``(a, b)``, ``a < b``, of an ``(n, BANDS)`` key array that agree
    in at least one band, each once: an ``(m, 2)`` array. With ``ranks`` (each row's
    place in lead order), a run of more than :data:`LONG_RUN` rows of one key gives
    only the pairs of its first :data:`LEADS` rows by rank with the others."""
    import numpy as np

    n = len(keys)
    parts: list[np.ndarray] = []
    held = 0
    for band in range(keys.shape[1]):
        order = (np.argsort(keys[:, band], kind="stable") if ranks is None
                 else np.lexsort((ranks, keys[:, band])))
        ks = keys[order, band]
        same = np.flatnonzero(ks[1:] == ks[:-1])
        if not len(same):
            continue
        # each row of a run of equal keys paired with every later row of the run (a
        # long run: only its first LEADS rows are, so each row meets those)
        change = np.flatnonzero(np.concatenate(([True], ks[1:] != ks[:-1], [True])))
        run = np.searchsorted(change, np.arange(n), "right") - 1
        run_start, run_end = change[run], change[1:][run]
        later = run_end - np.arange(n) - 1
        if ranks is not None:
            later[(run_end - run_start > LONG_RUN) & (np.arange(n) - run_start >= LEADS)] = 0
        left = np.repeat(np.arange(n), later)
        right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(later) - later, later)
        a, b = order[left], order[right]
        parts.append(np.minimum(a, b) * n + np.maximum(a, b))
        held += len(a)
        if held > 64 * _PAIRS:  # many pairs (a formula in many texts): the repeats go
            parts = [np.unique(np.concatenate(parts))]
            held = len(parts[0])
    codes = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
    return np.stack(np.divmod(codes, max(n, 1)), axis=1)


class StoryBatch:
    """The story rows of one write transaction: :meth:`add` each article written (or
    :meth:`add_sketches` made elsewhere), :meth:`set_aside` before the Whoosh commit
    (:meth:`commit` for a store of no index), or :meth:`rollback`.

    Articles are sketched together, :data:`BLOCK` at a time; the links are found at
    the commit, for all the batch at once: the pairs of its sketches that share a band
    key, and (an update) the pairs of a sketch and a committed signature that do,
    each compared once (:func:`copies`). An article added twice counts as last added."""

    #: Articles sketched together.
    BLOCK = 2000

    def __init__(self, store: StoryStore, fresh: bool) -> None:
        self._store = store
        self._fresh = fresh
        self._pending: list[Article] = []
        self._sketches: dict[str, _Sketch] = {}
        self._named: dict[str, str] = {}  # article id → the story its record names

    def name(self, article_id: str, story: str | None) -> None:
        """``article_id`` is a copy of ``story`` as its record says (:func:`named_story`;
        None: its record names none, or it is written again without one)."""
        self._named.pop(article_id, None)
        if story is not None:
            self._named[article_id] = story

    def named_links(self) -> set[tuple[str, str]]:
        """The links the records' stories make: each article naming a story linked to
        that story's article (in the index or the batch) and to the first in lead order of
        the batch's articles naming it (or being it), so that the copies of a story whose
        lead was not written (an export of a search) are one story again, led as any is."""
        self._sketch_pending()
        members: dict[str, list[str]] = {}
        for aid, story in self._named.items():
            if aid in self._sketches:
                members.setdefault(story, []).append(aid)
        out: set[tuple[str, str]] = set()
        for story, ids in members.items():
            group = ids + ([story] if story in self._sketches and story not in ids else [])
            s = self._sketches
            first = min(group, key=lambda a: s[a].lead_key())
            for aid in ids:
                for other in {story, first} - {aid}:
                    out.add((aid, other) if aid < other else (other, aid))
        return out

    def add(self, article: Article) -> None:
        self._pending.append(article)
        if len(self._pending) >= self.BLOCK:
            self._sketch_pending()

    def add_sketches(self, made: Iterable[_Sketch]) -> None:
        """Add sketches made by :func:`sketches` (on another process), as if their articles were added."""
        self._sketch_pending()
        for s in made:
            self._put(s)

    def _sketch_pending(self) -> None:
        if self._pending:
            for s in sketches(self._pending):
                self._put(s)
            self._pending = []

    def _put(self, s: _Sketch) -> None:
        self._sketches.pop(s.article_id, None)  # the same id again in one transaction: the last wins
        self._sketches[s.article_id] = s

    def links(self) -> set[tuple[str, str]]:
        """The links of the batch's articles: ``(a, b)`` ids, ``a < b``.

        The batch's own pairs are those sharing a band key, each compared once; where
        more than :data:`LONG_RUN` articles share a key, each of them is compared with
        the first :data:`LEADS` of them in lead order (a story's lead among them), so that
        a story of thousands of copies costs thousands of links, not millions. An
        update compares each new article with every committed one sharing a key."""
        import numpy as np

        self._sketch_pending()
        mine = [s for s in self._sketches.values() if s.size >= MIN_SHINGLES]
        if not mine:
            return set()
        ids = [s.article_id for s in mine]
        sizes = np.array([s.size for s in mine], dtype=np.int64)
        sigs = np.stack([s.sig for s in mine])
        in_order = sorted(range(len(mine)), key=lambda k: mine[k].lead_key())
        ranks = np.empty(len(mine), dtype=np.int64)
        ranks[in_order] = np.arange(len(mine))
        out: set[tuple[str, str]] = set()
        keys = keys_of(sigs)
        pairs = _pairs_sharing_a_band(keys, ranks)
        for start in range(0, len(pairs), _PAIRS):
            a, b = pairs[start:start + _PAIRS].T
            hit = copies(sigs[a], sizes[a], sigs[b], sizes[b])
            for x, y in zip(a[hit].tolist(), b[hit].tolist()):
                if other_courts(mine[x].courts, mine[y].courts):
                    continue
                p, q = ids[x], ids[y]
                out.add((p, q) if p < q else (q, p))
        if not self._fresh:
            index = self._store.band_index()
            if len(index.ids):
                found, others = index.pairs(keys)
                stale = np.array([aid in self._sketches for aid in index.ids], dtype=bool)
                keep = ~stale[others]  # a committed row of an article written again is replaced
                codes = np.unique(found[keep] * len(index.ids) + others[keep])
                for start in range(0, len(codes), _PAIRS):
                    a, b = np.divmod(codes[start:start + _PAIRS], len(index.ids))
                    hit = copies(sigs[a], sizes[a], index.sigs[b], index.sizes[b])
                    for x, y in zip(a[hit].tolist(), b[hit].tolist()):
                        if other_courts(mine[x].courts, index.courts[y]):
                            continue
                        p, q = ids[x], index.ids[y]
                        out.add((p, q) if p < q else (q, p))
        return out

    def commit(self) -> None:
        """Write the rows in place of the articles' earlier ones, at once (a store of no
        Whoosh index; the index writer uses :meth:`set_aside` and :meth:`StoryStore.settle`
        around its Whoosh commit)."""
        if self.set_aside(0):
            self._store.settle(0)

    def set_aside(self, generation: int) -> bool:
        """Find the links and write the signatures and links aside, for the Whoosh commit
        that makes ``generation`` (:meth:`StoryStore.settle` then takes them in in place of
        the articles' earlier rows); False when there is nothing to write."""
        links = self.links() | self.named_links()
        if not self._sketches:
            self.rollback()
            return False
        with self._store._writing() as con:
            self._store._throw_away(con, commit=False)
            con.executemany("INSERT OR REPLACE INTO pending_articles VALUES (?, ?, ?, ?, ?)",
                            [(s.article_id, s.date, s.source, s.size, s.sig.tobytes())
                             for s in self._sketches.values()])
            con.executemany("INSERT OR IGNORE INTO pending_links VALUES (?, ?)", sorted(links))
            con.executemany("INSERT OR IGNORE INTO pending_reposts VALUES (?)",
                            [(s.article_id,) for s in self._sketches.values() if s.repost])
            con.executemany("INSERT OR IGNORE INTO pending_courts VALUES (?, ?)",
                            [(s.article_id, c) for s in self._sketches.values() for c in s.courts])
            self._store.set_aside_record(con, generation, self._fresh)
        self.rollback()
        return True

    def rollback(self) -> None:
        self._pending = []
        self._sketches.clear()
        self._named.clear()


#: The statements that drop the earlier rows of the articles set aside (not needed when
#: the index was empty), then those that put the rows set aside in place.
_DROP_EARLIER = (
    "DELETE FROM {s}links WHERE a IN (SELECT article_id FROM main.pending_articles)",
    "DELETE FROM {s}links WHERE b IN (SELECT article_id FROM main.pending_articles)",
    "DELETE FROM {s}articles WHERE article_id IN (SELECT article_id FROM main.pending_articles)",
)
_TAKE_IN = (
    "INSERT OR REPLACE INTO {s}articles SELECT * FROM main.pending_articles",
    "INSERT OR IGNORE INTO {s}links SELECT * FROM main.pending_links",
)
#: The statements that drop the earlier repost marks of the articles set aside, then put theirs in place.
_DROP_MARKS = ("DELETE FROM {s}reposts WHERE article_id IN (SELECT article_id FROM main.pending_articles)",
               "DELETE FROM {s}courts WHERE article_id IN (SELECT article_id FROM main.pending_articles)")
_TAKE_IN_MARKS = ("INSERT OR IGNORE INTO {s}reposts SELECT * FROM main.pending_reposts",
                  "INSERT OR IGNORE INTO {s}courts SELECT * FROM main.pending_courts")


def store_for(ix: Any) -> StoryStore:
    """The story store of a Whoosh index (one object per index object), which takes in the
    rows a write transaction set aside once the index has their generation."""
    store: StoryStore = side_store(ix, FILE_NAME, StoryStore)
    tie(store, ix)
    return store


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


def group(live: Iterable[str], links: Iterable[tuple[str, str]], rows: Mapping[str, Row]) -> Stories:
    """The stories of ``live`` articles given the links between them and the
    ``(date, source, size, repost)`` of each linked one (:data:`Row`).

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
    order = sorted(neighbours, key=lambda aid: lead_key(aid, *rows.get(aid, (None, None, 0, False))))
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
