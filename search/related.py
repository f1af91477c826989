"""Queries built from the index itself: "more like this" and "did you mean".

:func:`similar_query` turns an article's text into a weighted OR of its most
distinctive words (tf × idf over the ``text`` field), the way Lucene's
MoreLikeThis does. :func:`suggest` proposes a corrected query string when a
query finds nothing: each Han run or word of the query that is neither in the
index nor a known word (the segmenter's dictionary, or what the caller knows, such
as taxonomy names) is a typo; it is replaced by the most frequent indexed word
within one edit, and the first correction that does find something is returned.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any, Callable

from whoosh import query as Q

from ..index.analysis.chinese import query_segmenter, tokenize
from ..index.store.schema import TEXT_FIELDS
from .syntax import blank_values

_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}|[A-Za-z]{3,}")


#: "More like this" reads this many characters of an article at most (as Lucene's
#: MoreLikeThis reads 5,000 tokens): a book-length article costs what a long one does.
SIMILAR_MAX_CHARS = 20_000


def similar_query(searcher: Any, text: str, *, terms: int = 25) -> Q.Query:
    """A weighted OR over the ``terms`` most distinctive words of ``text`` (its first
    :data:`SIMILAR_MAX_CHARS` characters)."""
    reader = searcher.reader()
    n = max(reader.doc_count(), 1)
    tf = Counter(t for t in tokenize(text[:SIMILAR_MAX_CHARS], short=True) if len(t) > 1)
    scored = []
    for word, f in tf.items():
        df = reader.doc_frequency("text", word)
        if df:
            scored.append((f * math.log(1 + n / df), word))
    scored.sort(reverse=True)
    top = scored[:terms]
    if not top:
        return Q.NullQuery
    best = top[0][0]
    return Q.Or([
        Q.Term(field, word, boost=weight * score / best)
        for score, word in top
        for field, weight in TEXT_FIELDS.items()
    ])


#: Did-you-mean looks at queries up to this length, and at most this many pieces of them.
SUGGEST_MAX_CHARS = 64
SUGGEST_MAX_PIECES = 8


def suggest(searcher: Any, query: str, finds: Callable[[str], bool],
            known: Callable[[str], bool] | None = None) -> str | None:
    """A corrected ``query`` that ``finds`` something, or None (long queries get none).

    A piece that the segmenter's dictionary or ``known`` knows as a word is never
    corrected: it is what was meant, even if the index lacks it."""
    if len(query) > SUGGEST_MAX_CHARS:
        return None
    freq = query_segmenter().FREQ
    reader = searcher.reader()
    corrector = reader.corrector("text")
    candidates: list[str] = []
    words = blank_values(query)  # dates and facet values are never corrected
    pieces = list(dict.fromkeys(m.group() for m in _HAN_RUN.finditer(words)))
    pieces += [w for w in dict.fromkeys(tokenize(words, short=True)) if len(w) > 1 and w not in pieces]
    for piece in pieces[:SUGGEST_MAX_PIECES]:
        if reader.doc_frequency("text", piece.lower()) or freq.get(piece) or known and known(piece):
            continue
        options = corrector.suggest(piece.lower(), limit=5, maxdist=1, prefix=1)
        options.sort(key=lambda w: -reader.doc_frequency("text", w))
        at = words.find(piece)
        for option in options[:3]:
            fixed = query[:at] + option + query[at + len(piece):] if at >= 0 else query
            if fixed != query and fixed not in candidates:
                candidates.append(fixed)
    for fixed in candidates:
        if finds(fixed):
            return fixed
    return None
