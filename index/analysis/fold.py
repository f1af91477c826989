"""Character folding: one spelling of a text for matching, with the printed offsets kept.

In: text as printed, in simplified or traditional characters, perhaps with ruby
pinyin spliced in (``執(zhí)行``, ``執（zhí）行``, ``执(zhi2)行``).
Out:

- :func:`fold`: traditional → simplified, one character for one (the character
  table OpenCC's ``t2s`` gives, shipped as ``data/t2s.tsv``, rebuilt by
  ``scripts/build_fold_table.py``), full-width ASCII forms and the ideographic
  space → ASCII. The result has the input's length: character ``i`` of the output
  is character ``i`` of the input, so offsets found in it hold for the printed text.
- :func:`simplified`: the same, when the text holds any traditional character at all
  (a simplified text is returned untouched, full-width forms included);
  :func:`written_traditional` tells a text written in traditional script (乾县 is not).
- :func:`strip_ruby`: the text without its pinyin annotations, and where each kept
  character was printed (:func:`cut`: a text without given spans, the same way).
- :func:`for_words`: what the analyzer segments (annotations out, folded) and the
  printed position of each of its characters (``None`` when they are the same).
- :func:`search_form`: folded, annotations out, lowercased: the form in which exact
  phrases and their character grams are compared (its length may differ).

Folding is applied alike when indexing and when querying, so a simplified query
finds the traditional copy of a story and the other way round. A text with nothing
to fold is returned as it is, after one regular-expression scan.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Letters of pinyin as printed in ruby annotations (tone marks, ü, or tone digits).
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿ"
_VOWEL = re.compile("[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜêếề]|^(?:ng|n|m|ń|ň|ǹ|ḿ)$")
_SYLLABLE = f"[{_PINYIN}]{{1,6}}[1-5]?"
_RUBY = re.compile(f"(?<=[{_HAN}])(?:\\(\\s*|（\\s*)({_SYLLABLE}(?:\\s+{_SYLLABLE}){{0,3}})\\s*[)）]")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_RUBY_GATE = re.compile(f"[(（][{_PINYIN}]")
#: Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space.
_WIDE = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}
_WIDE_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"


def _table_text() -> str:
    return resources.files(__package__).joinpath("data", "t2s.tsv").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _t2s() -> dict[int, int]:
    """The character table: traditional → simplified code points (read by :func:`_tables`
    and :func:`_traditional`, which the tagger's simplifier needs without the others)."""
    t2s: dict[int, int] = {}
    for line in _table_text().splitlines():
        if line and not line.startswith("#"):
            trad, simple = line.split("\t")
            t2s[ord(trad)] = ord(simple)
    return t2s


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, int], "re.Pattern[str]", "re.Pattern[str]"]:
    """``(translate table, any foldable character, any character that changes words)``."""
    t2s = _t2s()
    # The Basic Multilingual Plane's characters as single members of one class (a
    # bitmap: one lookup per character); any character beyond it counts as
    # foldable, since a class listing some of them is matched member by member.
    han = re.escape("".join(sorted(chr(c) for c in t2s if c <= 0xFFFF)))
    table = {**t2s, **_WIDE}
    anything = re.compile(f"[{han}\uff01-\uff5e\u3000\U00010000-\U0010ffff]")
    word_chars = re.compile(f"[{han}{_WIDE_ALNUM}\U00010000-\U0010ffff]")
    return table, anything, word_chars


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of the character table and the annotation rule (part of the index's dictionary stamp)."""
    h = hashlib.sha1(_table_text().encode("utf-8"))
    h.update(_RUBY.pattern.encode("utf-8"))
    return h.hexdigest()[:12]


def fold(text: str) -> str:
    """``text`` with traditional characters simplified and full-width ASCII narrowed; same length."""
    table, anything, _ = _tables()
    return text.translate(table) if anything.search(text) else text


@lru_cache(maxsize=1)
def _traditional() -> tuple[dict[int, int], "re.Pattern[str]"]:
    """``(traditional → simplified table, any traditional character)``."""
    table = {c: t for c, t in _t2s().items() if c not in _WIDE}
    han = re.escape("".join(sorted(chr(c) for c in table if c <= 0xFFFF)))
    return table, re.compile(f"[{han}\U00010000-\U0010ffff]")


def traditional_in(text: str) -> str:
    """The characters of ``text`` that :func:`simplified` would change, each once: what a
    :func:`simplifier` must keep for ``text`` to read as it is written (one scan, where a
    set of all the text's characters makes an object of each)."""
    _, traditional = _traditional()
    return "".join(dict.fromkeys(traditional.findall(text)))


def simplifier(keep: str = "") -> "Callable[[str], str]":
    """:func:`simplified` that leaves the characters of ``keep`` as they are: a name
    table whose simplified names hold characters the table would fold (乾县, 乾安县)
    keeps matching them. Same length as its input."""
    table, _ = _traditional()
    kept = {ord(c) for c in keep}
    own = {c: t for c, t in table.items() if c not in kept}
    han = re.escape("".join(sorted(chr(c) for c in own if c <= 0xFFFF)))
    traditional = re.compile(f"[{han}\U00010000-\U0010ffff]")

    def simplify(text: str) -> str:
        return text.translate(own) if traditional.search(text) else text

    return simplify


def simplified(text: str) -> str:
    """``text`` with traditional characters simplified (full-width forms kept); same
    length. A text without traditional characters is returned as it is, after one scan."""
    table, traditional = _traditional()
    return text.translate(table) if traditional.search(text) else text


@lru_cache(maxsize=1)
def _script_marks() -> tuple[frozenset[str], frozenset[str]]:
    """``(traditional characters, characters only simplified script writes)``, of the
    unified block: compatibility forms and variants beyond it (``海`` of U+FA45) mark no script."""
    table, _ = _traditional()
    pairs = [(chr(t), chr(s)) for t, s in table.items() if 0x4E00 <= t <= 0x9FFF]
    trad = frozenset(t for t, _ in pairs)
    return trad, frozenset(s for _, s in pairs) - trad


def written_traditional(text: str) -> bool:
    """True when ``text`` (a name, a line) is written in traditional characters: it holds
    more of them than of characters only simplified script writes (``人民政協網``,
    ``西海都市報``; ``乾县`` is simplified: its 县 outweighs 乾, which stays)."""
    trad, only = _script_marks()
    n = sum(c in trad for c in text)
    return n > 0 and n > sum(c in only for c in text)


_TONE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜếềńňǹḿ1-5]")


def _is_pinyin(m: "re.Match[str]") -> bool:
    """Syllables with vowels; without any tone they must be two letters or more and
    sit between Han characters (``(a)`` of a list is no annotation)."""
    syllables = m.group(1).split()
    if not all(_VOWEL.search(s.rstrip("12345")) for s in syllables):
        return False
    if _TONE.search(m.group(1)):
        return True
    after = m.string[m.end():m.end() + 1]
    return all(len(s) >= 2 for s in syllables) and bool(after) and _HAN_CHAR.match(after) is not None


def strip_ruby(text: str) -> tuple[str, list[int] | None]:
    """``(text without pinyin annotations, positions)``: ``positions[i]`` is where
    character ``i`` of the result was printed, plus a last entry ``len(text)``;
    ``None`` (and ``text`` itself) when there is no annotation.

    An annotation is a parenthesised run of one to four lower-case pinyin syllables
    right after a Han character, with a tone mark or tone digit, or else of two
    letters or more each and followed by a Han character."""
    if ("(" not in text and "（" not in text) or not _RUBY_GATE.search(text):
        return text, None
    return cut(text, (m.span() for m in _RUBY.finditer(text) if _is_pinyin(m)))


def cut(text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, list[int] | None]:
    """``(text without the ascending, disjoint spans, positions)`` as :func:`strip_ruby`
    gives them; ``None`` and ``text`` itself when there is no span."""
    kept: list[str] = []
    where: list[int] = []
    prev = 0
    for start, end in spans:
        kept.append(text[prev:start])
        where.extend(range(prev, start))
        prev = end
    if not kept:
        return text, None
    kept.append(text[prev:])
    where.extend(range(prev, len(text) + 1))
    return "".join(kept), where


def for_words(text: str) -> tuple[str, list[int] | None]:
    """The text the analyzer segments: annotations out (:func:`strip_ruby`, whose
    positions it returns) and folded where folding can change a word (traditional
    characters, full-width letters and digits)."""
    table, _, word_chars = _tables()
    text, where = strip_ruby(text)
    if word_chars.search(text):
        text = text.translate(table)
    return text, where


def search_form(text: str) -> str:
    """``text`` folded, annotations out, lowercased: how exact phrases are compared."""
    return fold(strip_ruby(text)[0]).lower()
