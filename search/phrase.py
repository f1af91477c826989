"""Exact phrases: a quoted string matches exactly the sections whose text contains it.

:class:`ExactPhrase` is a Whoosh query. Per index segment it finds the candidate
sections in the gram side index (:mod:`lawnews.index.grams`: every character and
character pair of the phrase must occur), then keeps those whose stored text really contains the phrase, and scores
each by how often and where (title, heading, text, caption) it occurs. Matching is
on the cleaned text, lowercased; white space between Han characters in the phrase
is ignored, since Chinese is written without it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from whoosh import query as Q
from whoosh.matching import ListMatcher, NullMatcher

from ..index import grams as gram_index
from ..index.chars import normalize_chars
from ..index.schema import TEXT_FIELDS

_HAN_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def normalize_phrase(text: str) -> str:
    """The string a phrase is matched as: normalised like ingested text (full-width
    ASCII narrowed, Chinese punctuation kept), lowercased, no spacing between Han."""
    text = normalize_chars(text).lower().strip()
    return " ".join(_HAN_GAP.sub("", text).split())


class ExactPhrase(Q.Query):
    """Sections whose ``fieldname`` (or, for the default field, any text field) contains ``text``."""

    def __init__(self, fieldname: str | None, text: str, boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = normalize_phrase(text)
        self.boost = boost

    def __repr__(self) -> str:
        return f"ExactPhrase({self.fieldname!r}, {self.text!r}, boost={self.boost})"

    def __unicode__(self) -> str:
        return f'{self.fieldname}:"{self.text}"'

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

    def candidates(self, searcher: Any) -> list[int]:
        """Document numbers (of ``searcher``'s segment) that may contain the phrase."""
        reader = searcher.reader()
        phrase_grams = gram_index.grams(self.text)
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
        ids, tfs = self._hits(searcher)
        if not ids:
            return NullMatcher()
        scale = self.boost * max(1, len(self.text)) / 2
        return _ScoredList(ids, [scale * (1.0 + math.log1p(tf)) for tf in tfs])

    def _hits(self, searcher: Any) -> tuple[list[int], list[float]]:
        """Documents of the segment holding the phrase, with its weighted count in
        each; kept for the searcher's life, since one search asks more than once."""
        top = searcher.get_parent() if searcher.has_parent() else searcher
        cache = top.__dict__.setdefault("_lawnews_phrase_hits", {})
        key = (id(searcher.reader()), self.fieldname, self.text)
        found = cache.get(key)
        if found is None:
            if len(cache) >= 256:
                cache.clear()
            ids: list[int] = []
            tfs: list[float] = []
            fields = self.fields()
            for docnum in self.candidates(searcher):
                stored = searcher.stored_fields(docnum)
                tf = 0.0
                for f in fields:
                    value = stored.get(f)
                    if value:
                        tf += value.lower().count(self.text) * TEXT_FIELDS[f]
                if tf:
                    ids.append(docnum)
                    tfs.append(tf)
            found = cache[key] = (ids, tfs)
        return found


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
