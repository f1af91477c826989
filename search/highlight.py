"""Snippets: a section's text and the query's words → a short, highlighted excerpt.

Three parts, as in Whoosh's highlighter: *matching* finds every occurrence of a
query word with the index analyzer (so offsets are exact character offsets, and a
word found as a sub-word, 执行 inside 交叉执行, is found too; only the lines where a
query word may occur are segmented) and every occurrence of an exact phrase;
*fragmenting* cuts the text into sentences at Chinese and Latin sentence ends;
*selecting* keeps the sentences with the most distinct matched words, in text
order, joined by ``…`` and trimmed to a length budget. The result is the plain
snippet plus the ``(start, end)`` offsets of its highlights.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from ..index.analysis.chinese import inner_span, subwords, words
from ..index.analysis.fold import fold, search_form, strip_ruby
from .phrase import exact_pattern

#: The marks that end a sentence (a closing quotation mark or bracket after them goes with it).
SENTENCE_ENDS = "。！？!?；;\n"
_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]+[”’」』）)]*")

#: Longest text a snippet is looked for in whole. In a longer one (a page file of one
#: huge line, a whole statute book as one record) it is looked for in this many
#: characters from the sentence where a query word or phrase first occurs, so that a
#: hit costs the same whatever the length of its section.
SCAN_CHARS = 20_000


def find_matches(text: str, terms: set[str], phrases: set[str] = frozenset()) -> list[tuple[int, int]]:  # type: ignore[assignment]
    """Merged ``(start, end)`` spans of ``text`` where a query word or exact phrase occurs."""
    if not (terms or phrases) or not text:
        return []
    spans: list[tuple[int, int]] = []
    plain, where = strip_ruby(text) if phrases else (text, None)  # phrases are matched without ruby pinyin
    folded = fold(plain)  # and folded; fold keeps every offset
    folded = folded.lower() if len(folded.lower()) == len(folded) else folded
    for p in phrases:
        for m in exact_pattern(p).finditer(folded) if p and (p in folded or " " in p) else ():
            start, end = m.span()  # not inside a longer Latin word: "law" is no part of lawyer
            spans.append((start, end) if where is None else (where[start], where[end - 1] + 1))
    for w, s, e in _words_near(text, terms):
        if w in terms:
            spans.append((s, e))
        else:
            for g, i in subwords(w, short=True):
                if g in terms:
                    spans.append(inner_span(text, s, e, w, i, len(g)))
    return merge(spans)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


#: Marks the segmenter never puts inside a word (it cuts its text into runs of Han
#: characters, Latin letters and digits first): a text cut at them is segmented as it
#: is whole. Not brackets, which hold the pinyin that a word's characters keep around them.
_PIECE_END = re.compile("[\n。！？；，、：]")


def _words_near(text: str, terms: set[str]) -> Iterator[tuple[str, int, int]]:
    """``words(text, short=True)`` of the clauses where a query word may occur: the
    segmenter cuts at every line break and clause mark, so the other clauses' words
    cannot be any of ``terms`` and are not segmented. Whole text if lowercasing
    changes its length."""
    if not terms:
        return
    if len(text.lower()) != len(text):
        yield from words(text, short=True)
        return
    present = re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))), re.IGNORECASE).search
    start = 0
    for piece in _PIECE_END.split(text):
        if present(piece) or present(search_form(piece)):
            for w, s, e in words(piece, short=True):
                yield w, start + s, start + e
        start += len(piece) + 1


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (its end punctuation included)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def sentence_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``text`` that ``[start, end)`` starts in, cut
    as :func:`sentences` cuts it (its end punctuation and closing marks included)."""
    left = max(text.rfind(c, 0, start) for c in SENTENCE_ENDS)
    if left >= 0:
        m = _SENTENCE_END.match(text, left)
        left = min(m.end(), start) if m else left + 1
    else:
        left = 0
    m = _SENTENCE_END.search(text, max(start, end if end is not None else start))
    return left, (m.end() if m else len(text))


def snippet(text: str, terms: set[str], phrases: set[str] = frozenset(),  # type: ignore[assignment]
            max_chars: int = 160) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The best excerpt of ``text`` for query ``terms`` and ``phrases``, and its highlight offsets."""
    snip, hl, _tags = tagged_snippet(text, terms, phrases, max_chars)
    return snip, hl


Evidence = Callable[[str], "list[tuple[int, int, str]]"]


def tagged_snippet(text: str, terms: set[str], phrases: set[str] = frozenset(),  # type: ignore[assignment]
                   max_chars: int = 160, evidence: Evidence | None = None,
                   ) -> tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]:
    """:func:`snippet`, with the spans ``evidence`` finds in the text (the words that
    earned a tag the query matched, ``(start, end, "facet:value")``) highlighted and
    chosen like query words; also returns the highlights that hold such evidence, each
    with its tag: ``(start, end, "mechanism:司法拍卖")``."""
    if len(text) > SCAN_CHARS:
        text = _window(text, terms, phrases)
    matches = find_matches(text, terms, phrases)
    found = evidence(text) if evidence is not None else []
    tag_of: dict[tuple[int, int], str] = {}
    if found:
        matches = merge(matches + [(s, e) for s, e, _t in found])
        for s, e, tag in found:
            span = next(m for m in matches if m[0] <= s < m[1])
            tag_of.setdefault(span, tag)
    sents = sentences(text)
    if not sents:
        return "", (), ()
    if not matches:
        s, e = sents[0]
        piece, _hl, _kept = _clip(text, s, min(e, s + max_chars), ())
        return piece, (), ()
    scored = []
    for idx, (s, e) in enumerate(sents):
        inside = [m for m in matches if s <= m[0] < e]
        if inside:
            distinct = len({text[a:b] for a, b in inside})
            scored.append((-distinct, -len(inside), idx))
    chosen: list[int] = []
    budget = max_chars
    for _d, _n, idx in sorted(scored):
        length = sents[idx][1] - sents[idx][0]
        if chosen and length > budget:
            continue
        chosen.append(idx)
        budget -= length
        if budget <= 0:
            break
    chosen.sort()
    parts: list[str] = []
    highlights: list[tuple[int, int]] = []
    tagged: list[tuple[int, int, str]] = []
    offset = 0
    for n, idx in enumerate(chosen):
        s, e = sents[idx]
        if n and idx != chosen[n - 1] + 1:
            parts.append("…")
            offset += 1
        inside = tuple(m for m in matches if s <= m[0] < e)
        piece, hl, kept = _clip(text, s, e, inside, max_chars)
        parts.append(piece)
        for (a, b), m in zip(hl, kept):
            highlights.append((a + offset, b + offset))
            if m in tag_of:
                tagged.append((a + offset, b + offset, tag_of[m]))
        offset += len(piece)
    return "".join(parts), tuple(highlights), tuple(tagged)


def _window(text: str, terms: set[str], phrases: set[str]) -> str:
    """:data:`SCAN_CHARS` characters of a long ``text``, from the start of the sentence
    where a query word or phrase first occurs (else from the start; at most a quarter
    of them before it), ending in ``…`` where they cut the text."""
    pieces = sorted({p for p in (*terms, *phrases) if p}, key=len, reverse=True)
    first = 0
    if pieces:
        present = re.compile("|".join(map(re.escape, pieces)), re.IGNORECASE)
        m = present.search(text) or present.search(fold(text))  # fold keeps every offset
        first = m.start() if m is not None else 0
    reach = max(first - SCAN_CHARS // 4, 0)
    ends = list(_SENTENCE_END.finditer(text, reach, first))
    start = ends[-1].end() if ends else reach
    end = min(start + SCAN_CHARS, len(text))
    return text[start:end] + ("…" if end < len(text) else "")


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _whole_words(text: str, s: int, e: int, matches: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The cut ``text[s:e]`` moved so that it splits no match (one it starts inside is
    kept whole) and no Latin word (the word's part is left out): a highlight is always
    of a whole matched word, and ``judicial au…`` is no snippet."""
    while s < e and s > 0 and _latin(text[s - 1]) and _latin(text[s]):
        s += 1
    cut = e
    while e > s and e < len(text) and _latin(text[e - 1]) and _latin(text[e]):
        e -= 1
    if e == s:  # one long Latin run: cut it where asked
        e = cut
    for a, b in matches:
        if s <= a < e < b:
            e = b
        elif a < s < b:
            s = b
    return s, max(e, s)


def _clip(text: str, s: int, e: int, matches: tuple[tuple[int, int], ...], max_chars: int = 160,
          ) -> tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """``text[s:e]`` (stripped, cut to ``max_chars`` around its first match), its
    highlights, and the ``matches`` they come from (those inside the cut, in order)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    prefix = suffix = ""
    if e - s > max_chars:
        first = matches[0][0] if matches else s
        start = max(s, min(first - max_chars // 3, e - max_chars))
        whole, end = _whole_words(text, start, start + max_chars, matches)
        if whole > s:
            prefix = "…"
        if end < e:
            suffix = "…"
        s, e = whole, end
    kept = tuple(m for m in matches if s <= m[0] < e)
    hl = tuple((a - s + len(prefix), min(b, e) - s + len(prefix)) for a, b in kept)
    return prefix + text[s:e] + suffix, hl, kept
