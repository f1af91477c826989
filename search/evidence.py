"""Why a hit matched through a tag: the words of its text that earned the tag.

A query word that names a court, mechanism or region also matches the articles
tagged with it (:mod:`.expansion`), also when their text does not hold the word typed
(司法拍卖 → an article that writes 网络司法拍卖 or 拍卖). The index keeps the tags, not
where the tagger found them, so the evidence is found again here, for the hits shown
only: the sentences holding a form of the tag's value (the mechanism's label,
synonyms, variants, English forms and the strings its patterns need; a court's or region's place
name, short or full) are tagged again, and the mentions of that value are the
evidence.

In: the parsed query (:func:`tag_terms`), a hit's text and the tagger (the index's
vocabulary). Out: ``(start, end, "facet:value")`` character spans of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import whoosh.query as Q

from ..index.analysis.fold import fold, strip_ruby
from ..index.store.schema import TEXT_FIELDS
from ..index.tagging.textmap import Compact
from .highlight import sentence_at

#: The facets whose values a query word may name (:meth:`Tagger.concepts`).
TAG_FACETS = ("court", "mechanism", "province", "city")

#: Sentences tagged again for one hit at most, and the sentences with evidence after
#: which it stops (a snippet shows two or three sentences).
MAX_SENTENCES = 8
ENOUGH = 2

_PLACE_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|省|市|县|区|盟|旗)$")
_COURT_SUFFIX = re.compile(r"(?:(?:中级|高级)?人民法院|法院|法庭)$")


def tag_terms(q: Q.Query) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """``(facet, value, words)`` of each court, mechanism or region ``q`` matches as a
    tag (negated parts left out), with the text words it is or-ed with (the words typed;
    empty for ``mechanism:…`` typed as a tag)."""
    out: dict[tuple[str, str], set[str]] = {}

    def walk(node: Q.Query) -> None:
        if isinstance(node, Q.Not):
            return
        if isinstance(node, Q.AndNot):
            walk(node.a)
            return
        if isinstance(node, Q.Term) and node.fieldname in TAG_FACETS:
            out.setdefault((node.fieldname, node.text), set())
            return
        if node.is_leaf():
            return
        children = list(node.children())
        tags = [c for c in children if isinstance(c, Q.Term) and c.fieldname in TAG_FACETS]
        if tags and isinstance(node, Q.Or):
            words = {t.decode("utf-8") if isinstance(t, bytes) else t
                     for c in children if c not in tags
                     for f, t in c.iter_all_terms(phrases=True) if f in TEXT_FIELDS}
            for t in tags:
                out.setdefault((t.fieldname, t.text), set()).update(words)
            return
        for c in children:
            walk(c)

    walk(q)
    return tuple((f, v, frozenset(w)) for (f, v), w in out.items())


def needed(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` lacks every one of ``words`` (so that its snippet cannot show
    why it matched without the tag's evidence)."""
    if not words:
        return True
    folded = fold(strip_ruby(text)[0]).lower()
    return not any(w.lower() in folded for w in words)


def find(vocab: Any, text: str, facet: str, value: str) -> list[tuple[int, int, str]]:
    """``(start, end, "facet:value")`` spans of ``text`` where the tagger finds ``value``
    (at most :data:`MAX_SENTENCES` sentences looked at); [] without a tagger."""
    tag_text = getattr(vocab, "tag_text", None)
    keys = _keys(vocab, facet, value)
    if tag_text is None or not keys or not text:
        return []
    plain, where = strip_ruby(text)  # ruby pinyin read past, as the tagger does
    # traditional → simplified, full-width → ASCII (same offsets), whitespace out as the
    # tagger reads (judicial auction → judicialauction, a name wrapped over two lines)
    compact = Compact(fold(plain))
    label = f"{facet}:{value}"
    out: list[tuple[int, int, str]] = []
    looked = found = 0
    last_end = -1
    for m in _pattern(keys).finditer(compact.text):
        start, end = compact.span(m.start(), m.end())
        if start < last_end:
            continue
        s, e = sentence_at(plain, start, end)
        last_end = e
        looked += 1
        before = len(out)
        for mention in tag_text(plain[s:e]).mentions:
            if _is(mention, facet, value):
                a, b = s + mention.start, s + mention.end
                if where is not None:
                    a, b = where[a], where[b - 1] + 1
                out.append((a, b, label))
        found += len(out) > before
        if found >= ENOUGH or looked >= MAX_SENTENCES:
            break
    return out


def _is(mention: Any, facet: str, value: str) -> bool:
    if facet == "mechanism":
        return mention.kind == "mechanism" and mention.value == value
    if facet == "court":
        return mention.kind == "court" and mention.value == value
    if mention.kind == "mechanism":
        return False
    return (mention.province if facet == "province" else mention.city) == value


@lru_cache(maxsize=512)
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(keys, key=len, reverse=True))), re.IGNORECASE)


@lru_cache(maxsize=256)
def _keys(vocab: Any, facet: str, value: str) -> tuple[str, ...]:
    """Strings one of which a sentence must hold for the tagger to find ``value`` there:
    a mechanism's forms; a province's or city's names and those of the places in it
    (an article is about 湖南省 when it names 常德 or 石门县人民法院); a court's place."""
    if facet == "mechanism":
        taxonomy = getattr(vocab, "taxonomy", None)
        m = getattr(taxonomy, "mechanisms", {}).get(value) if taxonomy is not None else None
        if m is None:
            return (value,)
        from ..index.tagging.literals import gate

        from ..index.tagging.mechanisms import english_keys

        needs = {s for p in (*m.patterns, *m.descriptions, *m.contextual_patterns, *m.english_descriptions)
                 for g in gate(p) for s in g}
        english = {k for f in m.english for k in english_keys(f)}  # matched case-blind on the spaceless text
        forms = {m.label, *m.synonyms, *m.variants, *m.governing, *m.contextual, *m.anaphora, *needs, *english}
        return tuple(sorted(f for f in forms if len(f) >= 2))
    gazetteer = getattr(vocab, "gazetteer", None)
    if facet in ("province", "city") and gazetteer is not None:
        inside = gazetteer.province if facet == "province" else gazetteer.city
        names = {n for code, d in gazetteer.divisions.items()
                 if (getattr(inside(code), "name", None) == value) for n in (d.name, *d.shorts, *d.old)}
        if names:
            return tuple(sorted(n for n in names if len(n) >= 2))
    place = _COURT_SUFFIX.sub("", value) if facet == "court" else value
    short = _PLACE_SUFFIX.sub("", place)
    return tuple(k for k in dict.fromkeys((value, place, short if len(short) >= 2 else "")) if k)
