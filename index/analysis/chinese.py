"""Chinese analysis for the index and for queries: text → tokens.

Text is folded first (:mod:`.fold`): traditional characters are indexed and
searched as simplified ones and ruby pinyin (``執(zhí)行``) is left out, while token
offsets stay on the printed characters.

``ChineseTokenizer`` segments as jieba does (precise mode with HMM, plus the legal
user dictionary in ``data/userdict.txt``) and yields Whoosh tokens whose positions are
sequential (0, 1, 2 … over the kept words) and whose ``startchar``/``endchar`` are
exact character offsets into the analysed string, so phrases and highlights line
up. In ``mode="index"`` a long word also yields the dictionary words inside it, of
any length from two characters (``最高人民法院`` → ``最高``, ``人民``, ``民法``,
``法院``, ``人民法院``) at the parent's position: a search for 法院 or 人民法院 finds
最高人民法院 without breaking phrase positions; no single character is a sub-word
(:func:`in_dictionary` tells the words the dictionary knows).
Queries are segmented the same way but without sub-words. This module is the only
one that imports jieba.

Indexing cuts with :func:`index_segmenter`, jieba's segmentation computed by
rjieba (:mod:`.fastseg`, about twenty times faster, word for word the same).
Loading jieba's own prefix dictionary takes about a second, which a one-off query
should not pay: queries and snippets use :func:`query_segmenter`, jieba's
algorithm over the same dictionary read lazily from an SQLite snapshot (built once
per dictionary fingerprint in the user's cache directory). All three give the
same words (``tests/test_fastseg.py``, ``tests/test_analysis.py``). Once the index
segmenter is loaded (an indexing run, or a long-running searcher, which loads it
when it opens: :func:`index_segmenter`), queries and snippets are cut by it too.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import threading
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, Iterator

from whoosh.analysis import Token, Tokenizer

from ...config import cache_dir, replacing
from . import fold

SEGMENTER = "rjieba"
_DICT_RESOURCE = "userdict.txt"

# Function words only: content words must stay searchable.
STOP_WORDS = frozenset(
    "的 地 得 了 着 过 和 与 及 或 而 之 其 也 就 都 又 并 则 但 把 被 将 对 在 于 以 为 是 "
    "这 那 个 等 啊 吗 呢 吧 呀 a an the of and or to in on for is are".split()
)

_lock = threading.RLock()
_segmenter = None


def _userdict_bytes() -> bytes:
    return resources.files(__package__).joinpath("data", _DICT_RESOURCE).read_bytes()


def _import_jieba() -> Any:
    """``import jieba``, without the ``pkg_resources`` it imports only to open its own
    data files (importing that costs more than the rest of jieba); without it jieba
    opens them with plain ``open``. This runs at every query's start-up."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        import jieba
    finally:
        if hide:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def dictionary_fingerprint() -> str:
    """A short hash naming the segmenter, its version and the user dictionary."""
    from importlib.metadata import version

    jieba = _import_jieba()
    h = hashlib.sha1()
    h.update(f"{SEGMENTER} {version('rjieba')} jieba {jieba.__version__}\n".encode())
    h.update(_userdict_bytes())
    h.update(" ".join(sorted(STOP_WORDS)).encode())
    h.update(f"fold {fold.fingerprint()}".encode())
    return h.hexdigest()[:16]


def segmenter():
    """The shared jieba tokenizer with the legal dictionary loaded (built once)."""
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                import io
                import logging

                jieba = _import_jieba()
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                tok.load_userdict(io.StringIO(_userdict_bytes().decode("utf-8")))
                _segmenter = tok
    return _segmenter


class LazyFreq(Mapping):  # type: ignore[type-arg]
    """jieba's word-frequency table, read from SQLite one word at a time."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, int | None] = {}
        self.total = int(self._db.execute("SELECT n FROM meta WHERE k = 'total'").fetchone()[0])

    def _lookup(self, word: str) -> int | None:
        try:
            return self._cache[word]
        except KeyError:
            row = self._db.execute("SELECT n FROM freq WHERE w = ?", (word,)).fetchone()
            value = self._cache[word] = None if row is None else row[0]
            return value

    def __getitem__(self, word: str) -> int:
        value = self._lookup(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def get(self, word: str, default: Any = None) -> Any:
        value = self._lookup(word)
        return default if value is None else value

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._db.execute("SELECT w FROM freq"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM freq").fetchone()[0])


def snapshot_path() -> Path:
    """Where the SQLite snapshot of this dictionary lives (per user, per fingerprint)."""
    return cache_dir() / f"segmenter-{dictionary_fingerprint()}.sqlite"


def write_snapshot(path: Path) -> Path:
    """Write the loaded dictionary to ``path`` as SQLite, atomically."""
    seg = segmenter()
    with replacing(path) as tmp:
        db = sqlite3.connect(tmp)
        db.execute("CREATE TABLE freq (w TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, n INTEGER)")
        db.executemany("INSERT INTO freq VALUES (?, ?)", seg.FREQ.items())
        db.execute("INSERT INTO meta VALUES ('total', ?)", (seg.total,))
        db.commit()
        db.close()
    return path


_query_segmenter = None


def query_segmenter():
    """A jieba tokenizer for short texts: the full one if loaded, else over the snapshot."""
    global _query_segmenter
    if _segmenter is not None:
        return _segmenter
    if _query_segmenter is None:
        with _lock:
            if _query_segmenter is None:
                path = snapshot_path()
                try:
                    freq = LazyFreq(path)
                except sqlite3.Error:
                    try:
                        freq = LazyFreq(write_snapshot(path))
                    except OSError:  # no writable cache: load the dictionary whole
                        return segmenter()
                tok = _import_jieba().Tokenizer()
                tok.FREQ, tok.total, tok.initialized = freq, freq.total, True
                _query_segmenter = tok
    return _query_segmenter


_index_segmenter: Any = None


def index_segmenter() -> Any:
    """jieba's segmentation with the legal dictionary, computed by rjieba (built once)."""
    global _index_segmenter
    if _index_segmenter is None:
        with _lock:
            if _index_segmenter is None:
                from .fastseg import RustSegmenter, userdict_entries

                _index_segmenter = RustSegmenter(userdict_entries(_userdict_bytes().decode("utf-8")))
    return _index_segmenter


def _is_word(w: str) -> bool:
    """True for a token worth indexing: it has a letter, digit or Han character."""
    return any(unicodedata.category(c)[0] in "LN" for c in w)


_MISSING = object()
_kept: dict[str, str | None] = {}  # token → its indexed form, or None (cached: tokens repeat)
_inner: dict[str, tuple[tuple[str, int], ...]] = {}  # word → its sub-words (index segmenter)
_CACHE_LIMIT = 500_000


def _keep(w: str) -> str | None:
    """``w`` lowercased, or None for punctuation, white space and stop words."""
    kept = _kept.get(w, _MISSING)
    if kept is _MISSING:
        lw = w.lower()
        kept = lw if _is_word(w) and lw not in STOP_WORDS else None
        if len(_kept) >= _CACHE_LIMIT:
            _kept.clear()
        _kept[w] = kept  # type: ignore[assignment]
    return kept  # type: ignore[return-value]


def words(text: str, *, short: bool = False) -> Iterator[tuple[str, int, int]]:
    """Yield ``(word, start, end)`` for the words of ``text``, lowercased, stop words dropped.

    ``short`` (queries, snippets) avoids loading the whole dictionary (see the module docstring).
    Words are those of the folded text (:func:`.fold.for_words`: traditional
    characters simplified, ruby pinyin left out); ``start``/``end`` are offsets
    into ``text`` as printed (a word with an annotation inside spans it).
    """
    folded, where = fold.for_words(text)
    if short and _index_segmenter is None:
        cut = query_segmenter().cut(folded, HMM=True)
    else:  # loaded once for a whole run: the same words, about twenty times faster
        cut = index_segmenter().cut(folded)
    start = 0
    keep = _keep
    for w in cut:
        end = start + len(w)
        lw = keep(w)
        if lw is not None:
            if where is None:
                yield lw, start, end
            else:
                yield lw, where[start], where[end - 1] + 1
        start = end


def inner_span(text: str, start: int, end: int, word: str, i: int, n: int) -> tuple[int, int]:
    """Where the ``n`` characters at ``i`` of ``word`` (printed as ``text[start:end]``)
    are printed: further apart than in ``word`` when ruby pinyin sits inside."""
    if end - start == len(word):
        return start + i, start + i + n
    where = fold.strip_ruby(text[start:end])[1] or range(end - start + 1)
    return start + where[i], start + where[i + n - 1] + 1


def in_dictionary(word: str, *, short: bool = False) -> bool:
    """Whether ``word`` is a word of the segmenter's dictionary (jieba's and the legal
    user dictionary), as :func:`subwords` asks it of the pieces of a longer word; ``short``
    as for :func:`words`. A word the dictionary does not know is one the segmenter made
    of a text by guesswork (its HMM), which may cut the same characters otherwise
    elsewhere, and it is never a sub-word."""
    if short and _index_segmenter is None:
        return bool(query_segmenter().FREQ.get(word))
    return bool(index_segmenter().has_word(word))


def subwords(word: str, *, short: bool = False) -> tuple[tuple[str, int], ...]:
    """Dictionary words of two characters or more inside a longer ``word``, shortest first,
    with their offset in it: the only terms the index holds for what a longer word
    contains (a single character, or a word the dictionary does not know, is a term only
    where the text was cut so)."""
    if len(word) <= 2:
        return ()
    if short and _index_segmenter is None:
        freq = query_segmenter().FREQ
        return tuple(_inside(word, lambda g: bool(freq.get(g))))
    found = _inner.get(word)
    if found is None:
        found = tuple(_inside(word, index_segmenter().has_word))
        if len(_inner) >= _CACHE_LIMIT:
            _inner.clear()
        _inner[word] = found
    return found


#: No word of the segmenter's dictionary (jieba's and the legal one) is longer: no longer
#: piece of a word is looked up (``tests/test_analysis.py`` checks it).
LONGEST_WORD = 16


def _inside(word: str, known: Any) -> Iterator[tuple[str, int]]:
    for n in range(2, min(len(word), LONGEST_WORD + 1)):
        for i in range(len(word) - n + 1):
            g = word[i : i + n]
            if known(g):
                yield g, i


class _IndexTerms(dict):  # type: ignore[type-arg]
    """token → the terms it is indexed as: its kept form and that form's sub-words
    (nothing for punctuation and stop words); filled on first sight of a token."""

    def __missing__(self, token: str) -> tuple[str, ...]:
        w = _keep(token)
        terms = () if w is None else (w, *(g for g, _i in subwords(w)))
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        self[token] = terms
        return terms


_index_terms = _IndexTerms()


def tokenize(text: str, *, subtokens: bool = False, short: bool = False) -> list[str]:
    """The indexed terms of ``text`` (main words, plus sub-words if asked)."""
    if subtokens and not short:  # indexing: one cached lookup per token
        folded = fold.for_words(text)[0]
        return list(chain.from_iterable(map(_index_terms.__getitem__, index_segmenter().cut(folded))))
    out: list[str] = []
    for w, _s, _e in words(text, short=short):
        out.append(w)
        if subtokens:
            out.extend(g for g, _i in subwords(w, short=short))
    return out


class ChineseTokenizer(Tokenizer):
    """A Whoosh tokenizer over jieba; see the module docstring for the token policy."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        if not isinstance(value, str):
            raise TypeError(f"analysed text must be str, not {type(value).__name__}")
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        with_subwords = mode == "index"
        for pos, (w, s, e) in enumerate(words(value, short=mode == "query"), start_pos):
            t.text = w
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[s:e]
            if positions:
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start_char + s, start_char + e
            yield t
            if with_subwords:
                for g, i in subwords(w):
                    t.text = g
                    if keeporiginal:
                        t.original = g
                    if positions:
                        t.pos = pos
                    if chars:
                        gs, ge = inner_span(value, s, e, w, i, len(g))
                        t.startchar, t.endchar = start_char + gs, start_char + ge
                    yield t


def ChineseAnalyzer() -> ChineseTokenizer:
    """The analyzer used by every Chinese text field of the schema."""
    return ChineseTokenizer()
