"""Exact phrases: a quoted string matches exactly the sections whose text contains it.

:class:`ExactPhrase` is a Whoosh query. Per index segment it finds the candidate
sections in the gram side index (:mod:`lawnews.index.store.grams`: every character and
character pair of the phrase must occur), then keeps those whose stored text really contains the phrase, and scores
each by how often and where (title, heading, text, caption) it occurs. Matching is
on the cleaned text, folded (traditional characters as simplified, ruby pinyin
left out) and lowercased; white space typed between Han characters in the phrase
matches text printed with or without white space there, since Chinese is mostly
written without it.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from whoosh import query as Q
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.scoring import bm25

from ..index.store import grams as gram_index
from ..index.analysis.chars import normalize_chars
from ..index.analysis.fold import search_form
from ..index.store.schema import TEXT_FIELDS
from .taat import field_lengths

_HAN_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
#: An ellipsis in a quoted passage (…, ……, ⋯, ..., 。。。): text left out between its parts.
ELLIPSIS = re.compile(r"[…⋯]+|\.{3,}|。{3,}")


#: A Latin letter or digit (text folded and lowercased): a phrase starting or ending with one
#: starts or ends a word, so that ``"law"`` does not match inside ``lawyer``, nor ``"in"`` inside ``Boeing``.
_LATIN = "a-z0-9"


@lru_cache(maxsize=1024)
def exact_pattern(text: str) -> "re.Pattern[str]":
    """Where the folded ``text`` of a phrase (or a part of a passage) occurs in folded text: as
    it is, and where it begins or ends with a Latin letter or digit, not inside a longer Latin
    word or number there (Chinese has no word edges: ``"执行到位"`` matches ``强制执行到位率``)."""
    start = f"(?<![{_LATIN}])" if re.match(f"[{_LATIN}]", text) else ""
    end = f"(?![{_LATIN}])" if re.search(f"[{_LATIN}]$", text) else ""
    # a space typed between Chinese words: printed there or not (小案件 大民生, 小案件大民生)
    return re.compile(start + r"\s*".join(map(re.escape, _HAN_GAP.split(text))) + end)


def normalize_phrase(text: str) -> str:
    """The string a phrase is matched as: normalised like ingested text, folded
    (:func:`.fold.search_form`: simplified, full-width narrowed, ruby pinyin out),
    lowercased, spacing between Han one space (which :func:`exact_pattern` matches with or
    without a space printed there)."""
    text = search_form(normalize_chars(text)).strip()
    return " ".join(text.split())


class ExactPhrase(Q.Query):
    """Sections whose ``fieldname`` (or, for the default field, any text field) contains ``text``."""

    def __init__(self, fieldname: str | None, text: str, boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = normalize_phrase(text)
        self.boost = boost

    def __repr__(self) -> str:
        return f"ExactPhrase({self.fieldname!r}, {self.text!r}, boost={self.boost})"

    def __unicode__(self) -> str:
        return f'"{self.text}"' if self.fieldname is None else f'{self.fieldname}:"{self.text}"'

    __str__ = __unicode__

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, ExactPhrase) and other.fieldname == self.fieldname
                and other.text == self.text and other.boost == self.boost)

    def __hash__(self) -> int:
        return hash((ExactPhrase, self.fieldname, self.text, self.boost))

    def field(self) -> str | None:
        return self.fieldname

    def is_leaf(self) -> bool:
        return True

    def has_terms(self) -> bool:
        return False

    def fields(self) -> tuple[str, ...]:
        if self.fieldname in TEXT_FIELDS:
            return (self.fieldname,)
        return tuple(TEXT_FIELDS)

    def estimate_size(self, ixreader: Any) -> int:
        return ixreader.doc_count()

    def _grams(self) -> set[str]:
        return gram_index.grams(self.text)

    def _count(self, folded: str) -> int:
        """How often the phrase occurs in a field's folded text (see :func:`exact_pattern`)."""
        pattern = exact_pattern(self.text)
        if pattern.pattern == re.escape(self.text):  # no Latin edge nor spaced Han to read: a plain count
            return folded.count(self.text)
        return sum(1 for _ in pattern.finditer(folded))

    def candidates(self, searcher: Any) -> list[int]:
        """Document numbers (of ``searcher``'s segment) that may contain the phrase."""
        reader = searcher.reader()
        phrase_grams = self._grams()
        ix = getattr(searcher, "_ix", None)
        if not phrase_grams or ix is None:  # nothing to look up: every document is a candidate
            docs = list(reader.all_doc_ids())
        else:
            top = searcher.get_parent() if searcher.has_parent() else searcher
            cache = top.__dict__.setdefault("_lawnews_gram_matches", {})  # per segment, same answer
            key = frozenset(phrase_grams)
            seqs = cache.get(key)
            if seqs is None:
                if len(cache) >= 256:
                    cache.clear()
                seqs = cache[key] = gram_index.store_for(ix).match(phrase_grams)
            local = gram_index.seq_map(reader)
            docs = sorted(d for d in map(local.get, seqs) if d is not None)
            if reader.has_deletions():
                docs = [d for d in docs if not reader.is_deleted(d)]
        return docs

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        ids, counts = self._hits(searcher)
        if not ids:
            return NullMatcher()
        if context is not None and context.weighting is None:  # matching only: no scores
            return ListMatcher(ids, [1.0] * len(ids))
        return _ScoredList(ids, self._scores(searcher, ids, counts))

    def _scores(self, searcher: Any, ids: list[int], counts: list[tuple[int, ...]]) -> list[float]:
        """Each hit's score, kept for the searcher's life like :meth:`_hits`."""
        top = searcher.get_parent() if searcher.has_parent() else searcher
        cache = top.__dict__.setdefault("_lawnews_phrase_scores", {})
        key = (id(searcher.reader()), self.fieldname, self.text, self.boost)
        scores = cache.get(key)
        if scores is None:
            if len(cache) >= 256:
                cache.clear()
            scores = cache[key] = [sum(p.values()) for p in self._parts(searcher, ids, counts)]
        return scores

    def explain(self, searcher: Any, docnum: int) -> dict[str, float]:
        """``{field: score}`` of the phrase in document ``docnum`` of the top searcher."""
        top = searcher.get_parent() if searcher.has_parent() else searcher
        for leaf, offset in top.leaf_searchers():
            ids, counts = self._hits(leaf)
            local = docnum - offset
            if local in ids:
                i = ids.index(local)
                return self._parts(leaf, [local], [counts[i]])[0]
        return {}

    def _parts(self, searcher: Any, ids: list[int], counts: list[tuple[int, ...]]) -> list[dict[str, float]]:
        """Each document's BM25 score per field (the field's weight and the boost in)."""
        fields = self.fields()
        stats = self._stats(searcher)
        reader = searcher.reader()
        out = []
        lengths = {f: field_lengths(reader, f) for f in fields}
        for docnum, tfs in zip(ids, counts):
            parts = {}
            for f, tf in zip(fields, tfs):
                if not tf:
                    continue
                idf, avgfl, b, k1 = stats[f]
                col = lengths[f]
                fl = col[docnum] if col is not None and docnum < len(col) else None
                if fl is None:
                    fl = reader.doc_field_length(docnum, f, 1)
                parts[f] = self.boost * TEXT_FIELDS[f] * bm25(idf, tf, fl, avgfl, b, k1)
            out.append(parts)
        return out

    def _stats(self, searcher: Any) -> dict[str, tuple[float, float, float, float]]:
        """``field → (idf, average length, B, K1)`` of the phrase over the whole index,
        idf from the number of sections with the phrase in that field."""
        top = searcher.get_parent() if searcher.has_parent() else searcher
        cache = top.__dict__.setdefault("_lawnews_phrase_stats", {})
        key = (self.fieldname, self.text)
        stats = cache.get(key)
        if stats is None:
            fields = self.fields()
            df = [0] * len(fields)
            for leaf, _offset in top.leaf_searchers():
                for tfs in self._hits(leaf)[1]:
                    for i, tf in enumerate(tfs):
                        df[i] += tf > 0
            n = top.doc_count_all()
            w = top.weighting
            k1 = getattr(w, "K1", 1.2)
            stats = {}
            for f, d in zip(fields, df):
                b = getattr(w, "_field_B", {}).get(f, getattr(w, "B", 0.75))
                stats[f] = (math.log(n / (d + 1)) + 1, top.avg_field_length(f) or 1, b, k1)
            if len(cache) >= 256:
                cache.clear()
            cache[key] = stats
        return stats

    def _hits(self, searcher: Any) -> tuple[list[int], list[tuple[int, ...]]]:
        """Documents of the segment holding the phrase, with its count in each of
        :meth:`fields`; kept for the searcher's life, since one search asks more than once."""
        top = searcher.get_parent() if searcher.has_parent() else searcher
        cache = top.__dict__.setdefault("_lawnews_phrase_hits", {})
        key = (id(searcher.reader()), self.fieldname, self.text)
        found = cache.get(key)
        if found is None:
            if len(cache) >= 256:
                cache.clear()
            ids: list[int] = []
            counts: list[tuple[int, ...]] = []
            fields = self.fields()
            for docnum in self.candidates(searcher):
                stored = searcher.stored_fields(docnum)
                tfs = tuple(self._count(search_form(value)) if (value := stored.get(f)) else 0
                            for f in fields)
                if any(tfs):
                    ids.append(docnum)
                    counts.append(tfs)
            found = cache[key] = (ids, counts)
        return found


class PassageInParts(ExactPhrase):
    """A quoted passage with an ellipsis in it (``"甲……乙"``): sections where one text field
    holds its parts in that order (anything, a printed ellipsis too, between them);
    counted and ranked as a phrase is."""

    def __init__(self, fieldname: str | None, text: str, boost: float = 1.0) -> None:
        super().__init__(fieldname, text, boost)
        self.parts = parts_of(text)
        self.text = "…".join(self.parts)
        self._pattern = re.compile(".*?".join(exact_pattern(p).pattern for p in self.parts), re.S)

    def __repr__(self) -> str:
        return f"PassageInParts({self.fieldname!r}, {self.text!r}, boost={self.boost})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PassageInParts) and super().__eq__(other)

    def __hash__(self) -> int:
        return hash((PassageInParts, self.fieldname, self.text, self.boost))

    def _grams(self) -> set[str]:
        return set().union(*(gram_index.grams(p) for p in self.parts))

    def _count(self, folded: str) -> int:
        return sum(1 for _ in self._pattern.finditer(folded))


def parts_of(text: str) -> tuple[str, ...]:
    """The parts of a quoted passage between its ellipses, as phrases are matched."""
    return tuple(p for p in (normalize_phrase(x) for x in ELLIPSIS.split(normalize_phrase(text))) if p)


def phrase(fieldname: str | None, text: str, boost: float = 1.0) -> ExactPhrase:
    """The query of a quoted string: an exact phrase, or with an ellipsis between words
    (:data:`ELLIPSIS`) its parts in order (:class:`PassageInParts`)."""
    if ELLIPSIS.search(text):
        parts = parts_of(text)
        if len(parts) > 1:
            return PassageInParts(fieldname, text, boost)
        if parts:  # "执行……": the words before (or after) it
            return ExactPhrase(fieldname, parts[0], boost)
    return ExactPhrase(fieldname, text, boost)


class _ScoredList(ListMatcher):
    """A ListMatcher whose best weight is computed once (Whoosh's scans the list on
    every quality check, which makes collecting a long list quadratic)."""

    def __init__(self, ids: list[int], weights: list[float], position: int = 0) -> None:
        super().__init__(ids, weights, position=position)
        self._best = max(weights)

    def block_max_weight(self) -> float:
        return self._best

    def copy(self) -> "_ScoredList":
        return _ScoredList(self._ids, self._weights, self._i)
