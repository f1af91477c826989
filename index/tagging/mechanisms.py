"""Mechanisms: the taxonomy file, its matches in a text, and how much a text says of each.

In:  ``data/taxonomy.toml`` (or a user file in the same format) and whitespace-free text.
Out: :class:`Taxonomy` (labels, forms, :meth:`~Taxonomy.label_of`, :meth:`~Taxonomy.synonyms`),
     :class:`MechHit` per match, and :func:`scores`: label → weight of what is said.

A label counts where the text gives it at least a sentence of its own, not for a word in
passing: every match outside an enumeration (``诉前调解、执前调解``) scores its zone weight
(1 in body text), a sentence unit that holds a non-enumerated match and a figure
(``判处刑罚91人``) adds 1, and a label needs :data:`THRESHOLD`. The taxonomy file's own
header describes its keys (contextual forms such as 枫桥经验 that need a dispute word in
their sentence, excluded phrases such as 抗拒执行, governing forms, campaign patterns).
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import ahocorasick

from ...errors import TaxonomyError
from .textmap import unit_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_TAXONOMY = Path(__file__).with_name("data") / "taxonomy.toml"
THRESHOLD = 2.0
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:件|人|元|家|个|起|次|宗|户|名|套|辆|台|%|％|笔|项|亩)")
_OPEN = "“‘《「(（"
_CLOSE = "”’》」)）"
_FIELDS = ("synonyms", "variants", "contextual", "context", "exclude", "patterns", "governing")


@dataclass(frozen=True)
class Mechanism:
    label: str
    synonyms: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    contextual: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    governing: tuple[str, ...] = ()

    def merged(self, other: "Mechanism") -> "Mechanism":
        return Mechanism(self.label, *(tuple(dict.fromkeys(getattr(self, f) + getattr(other, f))) for f in _FIELDS))


def _read(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TaxonomyError(f"cannot read the taxonomy {path}: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TaxonomyError(f"the taxonomy {path} is not UTF-8 text") from None
    try:
        return tomllib.loads(text), raw
    except tomllib.TOMLDecodeError as e:
        raise TaxonomyError(f"the taxonomy {path} is not valid TOML: {e}") from None


def _entries(data: dict[str, Any], path: Path) -> Iterable[Mechanism]:
    """Each ``[[mechanism]]`` table as a :class:`Mechanism`, checked key by key."""
    items = data.get("mechanism", [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise TaxonomyError(f"the taxonomy {path}: mechanism entries must be [[mechanism]] tables")
    for n, item in enumerate(items, 1):
        where = f"the taxonomy {path}, mechanism {n}"
        label = item.get("label")
        if not isinstance(label, str) or not label.strip():
            raise TaxonomyError(f"{where}: every entry needs a label = \"…\" (keys found: {', '.join(item) or 'none'})")
        unknown = sorted(set(item) - {"label", *_FIELDS})
        if unknown:
            raise TaxonomyError(f"{where} ({label}): unknown key {', '.join(unknown)}; "
                                f"the keys are label, {', '.join(_FIELDS)}")
        for f in _FIELDS:
            value = item.get(f, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise TaxonomyError(f"{where} ({label}): {f} must be a list of strings")
        for p in item.get("patterns", []):
            try:
                re.compile(p)
            except re.error as e:
                raise TaxonomyError(f"{where} ({label}): the pattern {p!r} is not a regular expression: {e}") from None
        yield Mechanism(label, *(tuple(item.get(f, ())) for f in _FIELDS))


@dataclass(frozen=True)
class MechHit:
    label: str
    start: int
    end: int
    in_list: bool


@dataclass
class Taxonomy:
    """The mechanism labels and their forms, with the matcher built from them."""

    mechanisms: dict[str, Mechanism]
    digest: str
    _automaton: Any = field(default=None, repr=False)
    _patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list, repr=False)
    _governing: frozenset[str] = field(default=frozenset(), repr=False)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_TAXONOMY) -> "Taxonomy":
        """Read a taxonomy file; ``extends = "default"`` in it adds to the shipped one."""
        data, raw = _read(Path(path))
        mechanisms: dict[str, Mechanism] = {}
        digest = hashlib.sha256(raw)
        if data.get("extends") == "default" and Path(path).resolve() != DEFAULT_TAXONOMY.resolve():
            base = cls.load(DEFAULT_TAXONOMY)
            mechanisms.update(base.mechanisms)
            digest.update(base.digest.encode())
        for m in _entries(data, Path(path)):
            mechanisms[m.label] = mechanisms[m.label].merged(m) if m.label in mechanisms else m
        return cls(mechanisms, digest.hexdigest())

    def __post_init__(self) -> None:
        a = ahocorasick.Automaton()
        for m in self.mechanisms.values():
            for term in (m.label, *m.synonyms, *m.variants, *m.governing):
                a.add_word(term, (term, m.label, False))
            for term in m.contextual:
                a.add_word(term, (term, m.label, True))
            for term in m.exclude:
                a.add_word(term, (term, None, False))
            self._patterns += [(re.compile(p), m.label) for p in m.patterns]
        if len(a):
            a.make_automaton()
        self._automaton = a
        self._governing = frozenset(t for m in self.mechanisms.values() for t in m.governing)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.mechanisms)

    def label_of(self, term: str) -> str | None:
        """The label a label, synonym or variant stands for."""
        term = term.strip()
        for m in self.mechanisms.values():
            if term == m.label or term in (*m.synonyms, *m.variants, *m.governing):
                return m.label
        return None

    def synonyms(self, term: str) -> list[str]:
        """Other names of the label ``term`` stands for (synonyms first, then variants)."""
        label = self.label_of(term)
        if label is None:
            return []
        m = self.mechanisms[label]
        return [t for t in dict.fromkeys((m.label, *m.synonyms, *m.variants, *m.governing)) if t != term.strip()]

    def expansions(self, term: str) -> list[str]:
        """What a query for ``term`` should also match: its label and the label's
        synonyms (variants are matched in text only, never offered)."""
        label = self.label_of(term)
        if label is None:
            return []
        m = self.mechanisms[label]
        return [t for t in dict.fromkeys((m.label, *m.synonyms)) if t != term.strip()]

    def find(self, text: str, bounds: list[int]) -> list[MechHit]:
        """Mechanism matches in whitespace-free ``text`` (``bounds``: its sentence units)."""
        spans: list[tuple[int, int, str]] = []
        for pattern, label in self._patterns:
            spans += [(m.start(), m.end(), label) for m in pattern.finditer(text)]
        covered = sorted((s, e) for s, e, _ in spans)
        if len(self._automaton):
            for end, (term, label, contextual) in self._automaton.iter_long(text):
                start, end = end + 1 - len(term), end + 1
                if label is None or any(s <= start and end <= e for s, e in covered):
                    continue
                if contextual and not self._in_context(label, text, bounds, start):
                    continue
                spans.append((start, end, label))
        return [MechHit(label, s, e, _enumerated(text, s, e, text[s:e] in self._governing))
                for s, e, label in sorted(spans)]

    def _in_context(self, label: str, text: str, bounds: list[int], pos: int) -> bool:
        s, e = unit_of(bounds, pos)
        unit = text[s:e]
        return any(w in unit for w in self.mechanisms[label].context)


def scores(hits: Iterable[MechHit], text: str, bounds: list[int], weight: Callable[[int], float]) -> dict[str, float]:
    """Label → how much the text says of it (see the module docstring)."""
    out: dict[str, float] = {}
    figure_units: set[tuple[str, int]] = set()
    for h in hits:
        if h.in_list:
            continue
        out[h.label] = out.get(h.label, 0.0) + weight(h.start)
        s, e = unit_of(bounds, h.start)
        if (h.label, s) not in figure_units and _FIGURE.search(text, s, e):
            figure_units.add((h.label, s))
            out[h.label] += 1.0
    return out


def _enumerated(text: str, start: int, end: int, governing: bool = False) -> bool:
    """Whether the match ``[start, end)`` is an item of an enumeration (joined by 、).
    A governing form (打击抗拒执行、逃避执行行为) acts on the items after it and is not one."""
    i = start - 1
    while i >= 0 and text[i] in _OPEN:
        i -= 1
    j = end
    while j < len(text) and text[j] in _CLOSE:
        j += 1
    return (i >= 0 and text[i] == "、") or (not governing and j < len(text) and text[j] == "、")
