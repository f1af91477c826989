"""Mechanisms: the taxonomy file and its matches in a text.

In:  ``data/taxonomy.toml`` (or a user file in the same format) and whitespace-free text.
Out: :class:`Taxonomy` (labels, forms, :meth:`~Taxonomy.label_of`, :meth:`~Taxonomy.synonyms`)
     and :class:`MechHit` per match, each marked as an item of a list or not; how much a
     text says of each label is :func:`.mechanism_scores.scores`.

A label's English forms (``judicial auction``, ``termination of the current enforcement
procedure``) and English descriptions are read only in a text with enough Latin letters
(:func:`.english.english_enough`, as for places named in English), case-blind, with the
spaces removed and with or without hyphens (:func:`english_keys`); their matches count like
the Chinese forms'. A Chinese text costs one scan for them. An English text is read in English
sentences (:func:`english_units`: its units end at full stops before capital letters, where the
Chinese marks that end other texts' units are missing), and its labels' cue words are looked for
case-blind (:func:`cue_text`).

An expression of the taxonomy is looked for only in the stretches of the text around the
strings every match of it holds (:func:`_near`), which finds what a scan of the whole text finds.

The taxonomy file's own header describes its keys (contextual forms such as 枫桥经验 that need
a dispute word in their sentence, excluded phrases such as 抗拒执行, governing forms,
campaign patterns, descriptions that state a mechanism in other words, cue words); a
contextual form never counts in a clause that only gives the time of its sentence, one that
closes with 时 (法院在拍卖设备时，应当…); a contextual pattern (联合派出所) needs a context word
in its sentence as a contextual form does. A
description (把矛盾纠纷化解在萌芽) is a clause, never an item of an enumeration. A pattern's
match that opens with a verb taking partners (联合银行、房管部门) governs the
enumeration after it. A reference back (此次行动) is a mention of its label only after
a match of the label outside a list. A match inside one of its label's routine steps (the
taxonomy's ``routine``: 对其采取了限制高消费的措施, one case's consumption ban among its other
steps) counts as an item of a list does: nothing; so does a name of a label in a clause that
tells what may or would happen rather than what was done, a match in a quoted name that ends
with the body it names, a match only spoken of in a clause of time (当说到“失信人”名单及其后果时),
a match in an item of a bulleted list (where a match stands is
told by :mod:`.mention_places`), a match in the first item of an enumeration that 包括 or 就
opens and 等 closes (包括打击拒执犯罪工作、…、…等工作情况: :func:`_opened`), or in an item of one written
with commas (如管辖的确定,证据的审查,…,集中执行的具体适用等问题), and a match in a run of forms printed
with spaces between, which the whitespace-free text runs together (a keyword line, a page's tags:
集中执行 失信惩戒 执行联动: :func:`_run_on`); a description, which weighs what would follow
(一旦查封，可能导致企业停产), is read as it stands. Ruby pinyin
printed into the text (``執(zhí)轉(zhuǎn)破``) is read past.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

import ahocorasick

from ...errors import TaxonomyError
from ..analysis.fold import strip_ruby
from .english import english_enough
from .literals import gate, holds, longest
from .mention_places import (bulleted, enumerated, hypothetical, in_body_name, outermost, outlined, paired,
                             talked_of, timing)
from .positions import within
from .textmap import unit_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_TAXONOMY = Path(__file__).with_name("data") / "taxonomy.toml"
#: Verbs that take partners: a pattern's match that opens with one (联合银行、房管部门) governs
#: the enumeration after it, it is not an item of it.
_JOINT = ("联合", "会同", "联手")
_FIELDS = ("synonyms", "variants", "contextual", "context", "exclude", "patterns", "descriptions", "governing", "cues",
           "anaphora", "contextual_patterns", "english", "english_descriptions", "routine")
#: ASCII capitals to small letters: an English text read case-blind, its positions kept.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WHITESPACE = re.compile(r"\s+")


def english_keys(form: str) -> tuple[str, ...]:
    """The strings an English form (``dishonest persons subject to enforcement``) is found
    as in a whitespace-free text read case-blind: small letters, no spaces, and written
    with or without its hyphens (``cross-enforcement``, ``crossenforcement``) and with a
    straight or a curly apostrophe (``people's``, ``people’s``)."""
    key = _WHITESPACE.sub("", form).translate(_ASCII_LOWER)
    keys = {key, key.replace("-", "")}
    keys |= {k.replace("'", "\u2019") for k in keys} | {k.replace("\u2019", "'") for k in keys}
    return tuple(sorted(keys))


@dataclass(frozen=True)
class Mechanism:
    label: str
    synonyms: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    contextual: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    governing: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()
    contextual_patterns: tuple[str, ...] = ()
    english: tuple[str, ...] = ()
    english_descriptions: tuple[str, ...] = ()
    routine: tuple[str, ...] = ()

    def merged(self, other: "Mechanism") -> "Mechanism":
        return Mechanism(self.label, *(tuple(dict.fromkeys(getattr(self, f) + getattr(other, f))) for f in _FIELDS))


def _read(path: Path) -> tuple[dict[str, Any], bytes, str]:
    """``(table, bytes, text)`` of a taxonomy file: UTF-8 TOML, a byte order mark at its
    start (as Windows editors save UTF-8) left out; TaxonomyError saying why not."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TaxonomyError(f"cannot read the taxonomy {path}: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise TaxonomyError(f"the taxonomy {path} is not UTF-8 text") from None
    try:
        return tomllib.loads(text), raw, text
    except tomllib.TOMLDecodeError as e:
        raise TaxonomyError(f"the taxonomy {path} is not valid TOML: {e}") from None


#: The values of a taxonomy file's ``extends`` key: ``"default"`` adds to the shipped taxonomy.
EXTENDS = ("default",)
_KEY_LINE = r"^[ \t]*{}[ \t]*="


def _line_of(text: str, key: str, nth: int = 1) -> int | None:
    """The line number of the ``nth`` line of ``text`` that sets ``key``, or None."""
    pattern = re.compile(_KEY_LINE.format(re.escape(key)))
    seen = 0
    for n, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            seen += 1
            if seen == nth:
                return n
    return None


def _extends(data: dict[str, Any], text: str, path: Path) -> bool:
    """Whether the file adds to the shipped taxonomy; TaxonomyError for an ``extends``
    value other than those of :data:`EXTENDS`, naming its line."""
    if "extends" not in data:
        return False
    value = data["extends"]
    if value in EXTENDS:
        return True
    line = _line_of(text, "extends")
    raise TaxonomyError(f"the taxonomy {path}{f', line {line}' if line else ''}: extends = {value!r} is not"
                        ' understood; write extends = "default" to add to the shipped taxonomy, or leave'
                        " extends out to replace it")


def _no_repeats(entries: list["Mechanism"], text: str, path: Path) -> None:
    """TaxonomyError naming a label given to two entries of one file, with their lines."""
    first: dict[str, int] = {}
    for n, m in enumerate(entries, 1):
        if m.label not in first:
            first[m.label] = n
            continue
        lines = [_line_of(text, "label", first[m.label]), _line_of(text, "label", n)]
        where = f" (lines {lines[0]} and {lines[1]})" if all(lines) else ""
        raise TaxonomyError(f"the taxonomy {path}: the label {m.label!r} is given twice, mechanisms"
                            f" {first[m.label]} and {n}{where}; give each label one entry, its forms together")


def _claimed(base: Mapping[str, "Mechanism"], own: list["Mechanism"]) -> dict[str, "Mechanism"]:
    """The shipped mechanisms ``base`` without the forms a user file's labels of their own
    (``own``) give as their label, synonyms or variants: the user's label wins them."""
    forms = {t for m in own if m.label not in base for t in (m.label, *m.synonyms, *m.variants)}
    if not forms:
        return dict(base)
    out = {}
    for label, m in base.items():
        kept = {f: tuple(t for t in getattr(m, f) if t not in forms)
                for f in ("synonyms", "variants", "governing", "contextual", "anaphora")}
        out[label] = replace(m, **kept)
    return out


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
        for p in (*item.get("patterns", []), *item.get("descriptions", []), *item.get("contextual_patterns", []),
                  *item.get("english_descriptions", []), *item.get("routine", [])):
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
    #: An item of an enumeration, inside a routine step of one case, or in a clause that tells
    #: what may or would happen (scores nothing).
    in_list: bool
    #: A description: a clause that states the mechanism (never an item, never a quantity).
    clause: bool = False


@dataclass
class Taxonomy:
    """The mechanism labels and their forms, with the matcher built from them."""

    mechanisms: dict[str, Mechanism]
    digest: str
    _automaton: Any = field(default=None, repr=False)
    #: (expression, label, whether a description, strings a match needs: :func:`.literals.gate`,
    #: whether a match needs a context word of its label in its sentence)
    _patterns: list[tuple[re.Pattern[str], str, bool, tuple[tuple[str, ...], ...], bool]] = field(
        default_factory=list, repr=False)
    #: Every string some expression's matches need, found in a text in one pass.
    _needed: Any = field(default=None, repr=False)
    _governing: frozenset[str] = field(default=frozenset(), repr=False)
    _anaphora: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)
    #: The English forms (:func:`english_keys`) and English descriptions, read in English texts only.
    _english: Any = field(default=None, repr=False)
    _english_patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list, repr=False)
    #: The longest match of each expression of ``_patterns`` (None: unbounded or long).
    _widths: dict[re.Pattern[str], int | None] = field(default_factory=dict, repr=False)
    _english_labels: dict[str, str] = field(default_factory=dict, repr=False)
    #: (expression, label, strings a match needs) of a single case's routine steps (``routine``).
    _routine: list[tuple[re.Pattern[str], str, tuple[tuple[str, ...], ...]]] = field(default_factory=list, repr=False)
    #: The labels a user file that extends the shipped taxonomy gives of its own: their forms are
    #: found also inside a match of a shipped expression (采取活封活扣措施，允许其继续生产 holds the
    #: user's 活封活扣 as well as the shipped description of 善意文明执行).
    own: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: str | Path = DEFAULT_TAXONOMY) -> "Taxonomy":
        """Read a taxonomy file; ``extends = "default"`` in it adds to the shipped one.
        An entry whose label is a shipped label adds its forms to it; a label of the
        file's own takes its label, synonyms and variants from the shipped labels that
        had them (the user's label wins). TaxonomyError for an ``extends`` value not
        understood, or a label given twice in the file, naming the line."""
        data, raw, text = _read(Path(path))
        mechanisms: dict[str, Mechanism] = {}
        digest = hashlib.sha256(raw)
        entries = list(_entries(data, Path(path)))
        _no_repeats(entries, text, Path(path))
        own: frozenset[str] = frozenset()
        if _extends(data, text, Path(path)) and Path(path).resolve() != DEFAULT_TAXONOMY.resolve():
            base = cls.load(DEFAULT_TAXONOMY)
            mechanisms.update(_claimed(base.mechanisms, entries))
            digest.update(base.digest.encode())
            own = frozenset(m.label for m in entries if m.label not in base.mechanisms)
        for m in entries:
            mechanisms[m.label] = mechanisms[m.label].merged(m) if m.label in mechanisms else m
        return cls(mechanisms, digest.hexdigest(), own=own)

    def __post_init__(self) -> None:
        a = ahocorasick.Automaton()
        for m in self.mechanisms.values():
            for term in (m.label, *m.synonyms, *m.variants, *m.governing):
                a.add_word(term, (term, m.label, False))
            for term in m.contextual:
                a.add_word(term, (term, m.label, True))
            for term in m.anaphora:
                if term not in a:
                    a.add_word(term, (term, m.label, False))
            for term in m.exclude:
                a.add_word(term, (term, None, False))
            self._patterns += [(re.compile(p), m.label, False, gate(p), False) for p in m.patterns]
            self._patterns += [(re.compile(p), m.label, True, gate(p), False) for p in m.descriptions]
            self._patterns += [(re.compile(p), m.label, False, gate(p), True) for p in m.contextual_patterns]
            self._routine += [(re.compile(p), m.label, gate(p)) for p in m.routine]
        self._widths = {pattern: _width(pattern.pattern) for pattern, *_ in self._patterns}
        if len(a):
            a.make_automaton()
        self._automaton = a
        needed = ahocorasick.Automaton()
        for string in {s for *_, needs, _ in self._patterns for group in needs for s in group} | {
                s for *_, needs in self._routine for group in needs for s in group}:
            needed.add_word(string, string)
        if len(needed):
            needed.make_automaton()
        self._needed = needed
        self._governing = frozenset(t for m in self.mechanisms.values() for t in m.governing)
        english = ahocorasick.Automaton()
        for m in self.mechanisms.values():
            for form in m.english:
                for key in english_keys(form):
                    english.add_word(key, (key, m.label))
                    self._english_labels.setdefault(key, m.label)
            self._english_patterns += [(re.compile(p), m.label) for p in m.english_descriptions]
        if len(english):
            english.make_automaton()
        self._english = english
        self._anaphora = frozenset((t, m.label) for m in self.mechanisms.values() for t in m.anaphora)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.mechanisms)

    @property
    def cues(self) -> dict[str, tuple[str, ...]]:
        """Label → the words that tell a sentence about it from one that names it in passing."""
        return {m.label: m.cues for m in self.mechanisms.values() if m.cues}

    def label_of(self, term: str) -> str | None:
        """The label a label, synonym, variant or English form (``judicial auction``,
        any case) stands for."""
        term = term.strip()
        if term in self.mechanisms:
            return term
        for m in self.mechanisms.values():
            if term in (*m.synonyms, *m.variants, *m.governing):
                return m.label
        return self._english_labels.get(english_keys(term)[0]) if term else None

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
        """Mechanism matches in whitespace-free ``text`` (``bounds``: its sentence units, an English
        text's ending at its full stops: :func:`english_units`). Ruby pinyin printed into the text
        (``執(zhí)轉(zhuǎn)破``) is read past."""
        plain, where = strip_ruby(text)
        if where is None:
            return self._find(text, bounds)
        hits = self._find(plain, [bisect_left(where, b) for b in bounds])
        return [MechHit(h.label, where[h.start], where[h.end - 1] + 1, h.in_list, h.clause) for h in hits]

    def _find(self, text: str, bounds: list[int]) -> list[MechHit]:
        spans: list[tuple[int, int, str]] = []
        described: set[tuple[int, int, str]] = set()  # the spans of descriptions
        joint: set[tuple[int, int, str]] = set()  # patterns' matches that open with a verb taking partners
        ends: dict[str, list[int]] = {}  # each needed string → where it ends in the text
        if len(self._needed):
            for end, found in self._needed.iter(text):
                ends.setdefault(found, []).append(end + 1)
        present = set(ends)
        for pattern, label, description, needs, contextual in self._patterns:
            if needs and not holds(present, needs):  # a text without a string every match holds
                continue
            width = self._widths.get(pattern)
            matches = pattern.finditer(text) if not needs or width is None else \
                _near(pattern, text, [(end - len(s), end) for s in needs[0] for end in ends.get(s, ())], width)
            found = [(m.start(), m.end(), label) for m in matches
                     if not contextual or self._in_context(label, text, bounds, m.start(), m.end())]
            spans += found
            joint.update(f for f in found if text.startswith(_JOINT, f[0]))
            if description:
                described.update(found)
        if (len(self._english) or self._english_patterns) and english_enough(text):
            forms, clauses = self._find_english(text)
            spans += forms + clauses
            described.update(clauses)
        if len(spans) > 1:  # one name matched by two expressions (“百日执行攻坚”) is one mention
            spans = outermost(spans)
        covered = bytearray(len(text) + 1)  # 1 where a pattern matched
        for s, e, _ in spans:
            covered[s:e] = b"\x01" * (e - s)
        if len(self._automaton):
            for end, (term, label, contextual) in self._automaton.iter_long(text):
                start, end = end + 1 - len(term), end + 1
                if label is None or (spans and covered[start] and covered[end - 1] and label not in self.own):
                    continue
                if contextual and not self._in_context(label, text, bounds, start, end):
                    continue
                spans.append((start, end, label))
        spans.sort()
        steps = self._steps(text, present, spans) if self._routine else set()
        pairs = paired(text, spans) | _run_on(spans)
        commas = _comma_lists(text) if spans else []
        hits = [MechHit(label, s, e, (s, e, label) in steps or (s, e, label) not in described and (
                            i in pairs or outlined(text, s, e) or hypothetical(text, bounds, s) or in_body_name(text, s, e)
                            or bulleted(text, bounds, s) or talked_of(text, bounds, s, e) or _opened(text, s, e, commas)
                            or enumerated(text, s, e, text[s:e] in self._governing or (s, e, label) in joint)),
                        (s, e, label) in described)
                for i, (s, e, label) in enumerate(spans)]
        return self._referred(text, hits) if self._anaphora else hits

    def _steps(self, text: str, present: set[str], spans: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
        """The spans that lie inside a match of one of their label's ``routine`` expressions: a
        single case's routine step (对其采取限制高消费措施), which counts as an item of a list does."""
        steps: dict[str, tuple[list[int], list[int]]] = {}  # label → its steps' starts, the furthest end so far
        for rs, re_, rl in sorted((m.start(), m.end(), label) for pattern, label, needs in self._routine
                                  if not needs or holds(present, needs) for m in pattern.finditer(text)):
            starts, reach = steps.setdefault(rl, ([], []))
            starts.append(rs)
            reach.append(max(re_, reach[-1]) if reach else re_)
        out = set()
        for s, e, label in spans:
            if label in steps:
                starts, reach = steps[label]
                k = bisect_right(starts, s) - 1  # the steps opening at s or before it: does one reach e?
                if k >= 0 and reach[k] >= e:
                    out.add((s, e, label))
        return out

    def _find_english(self, text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """The spans of the English forms and of the English descriptions in ``text`` (an
        English text), read case-blind."""
        small = text.translate(_ASCII_LOWER)
        forms: list[tuple[int, int, str]] = []
        if len(self._english):
            for end, (key, label) in self._english.iter_long(small):
                forms.append((end + 1 - len(key), end + 1, label))
        clauses = [(m.start(), m.end(), label) for pattern, label in self._english_patterns
                   for m in pattern.finditer(small)]
        return forms, clauses

    def _referred(self, text: str, hits: list[MechHit]) -> list[MechHit]:
        """The hits without the references back (此次行动) that follow no match of their
        label outside a list: a reference stands for what was named before it."""
        named: set[str] = set()
        out = []
        for h in hits:
            if (text[h.start:h.end], h.label) in self._anaphora:
                if h.label not in named:
                    continue
            elif not h.in_list:
                named.add(h.label)
            out.append(h)
        return out

    def _in_context(self, label: str, text: str, bounds: list[int], start: int, end: int) -> bool:
        """Whether the sentence of the match ``[start, end)`` holds a context word of its
        label outside the match (源头化解 needs a dispute word besides its own 化解)."""
        s, e = unit_of(bounds, start)
        if timing(text, end, e):
            return False
        return any(within(text, w, s, start) or within(text, w, end, e) for w in self.mechanisms[label].context)


#: What opens an enumeration as a whole (包括…、…、…等; 就…、…、…等方面进行了交流), a few characters
#: before a match in its first item at most, and the rest of that enumeration after the match: two
#: more 、 and a 等 after the last, with no clause mark between (its items may be long:
#: 打击拒执犯罪工作、移送执转破案件工作、…等工作情况).
_LIST_OPENER = re.compile(r"(?:包括|涵盖|涉及|就)[^，,。；;：:！？!?、]{0,4}$")
_LIST_REST = re.compile(r"[^，,。；;：:！？!?、]{0,30}、[^，,。；;：:！？!?]{0,80}?、[^，,。；;：:！？!?、]{0,30}?等")


#: How many forms in a row, each starting where the one before it ends, make a list whose
#: separators were spaces (a keyword line, a page's tags: 提级执行 指令执行 协同执行 集中执行).
RUN_ON = 3


def _run_on(spans: list[tuple[int, int, str]]) -> set[int]:
    """The indexes of the ``spans`` (sorted) that stand in a run of :data:`RUN_ON` or more forms
    with nothing between them: the items of a list printed with spaces, which the whitespace-free
    text runs together."""
    out: set[int] = set()
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and spans[j + 1][0] == spans[j][1]:
            j += 1
        if j - i + 1 >= RUN_ON:
            out.update(range(i, j + 1))
        i = j + 1
    return out


#: An enumeration written with commas, opened by 如 or 包括 and closed by 等 (如交叉执行理论基础,案件选择,
#: 决定程序,…,集中执行具体适用等问题): three or more items of at most 14 characters. A 如 that opens a
#: condition (如果, 如有, 如不…) or is part of another word (如何, 如期, 如实) opens none.
_COMMA_LIST = re.compile(r"(?:如(?![果何期实下此今同数约意有需若未不要遇])|包括|涉及|诸如)"
                         r"((?:[^，,。；;、：:！？!?“”]{1,14}[，,]){2,}[^，,。；;、：:！？!?“”]{1,14}?等)")


def _comma_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the items of the enumerations written with commas in ``text``
    (:data:`_COMMA_LIST`), in order; none where the text holds no 等."""
    if "等" not in text:
        return []
    return [m.span(1) for m in _COMMA_LIST.finditer(text)]


def _opened(text: str, start: int, end: int, commas: list[tuple[int, int]]) -> bool:
    """Whether the match ``[start, end)`` lies in the first item of an enumeration that 包括 or
    就 opens (:data:`_LIST_OPENER`) and 等 closes: one item of the things reported or discussed,
    however long its items (which :func:`.mention_places.enumerated` reads only when short), and
    though it opens with a governing form (包括打击拒执犯罪工作、…); or in an enumeration written with
    commas (``commas``: :func:`_comma_lists`)."""
    if _LIST_OPENER.search(text, max(0, start - 8), start) is not None and _LIST_REST.match(text, end) is not None:
        return True
    k = bisect_right(commas, (start, len(text))) - 1  # the comma lists opening at start or before it
    return k >= 0 and end <= commas[k][1]


#: The longest match an expression may have for :func:`_near` to look only around its strings.
_NEAR_WIDTH = 200
#: How far past a stretch :func:`_near` lets an expression look ahead (its lookahead assertions: the
#: rest of a sentence a description reads, 60 characters at most, for a trial told after disputes
#: settled at the grass roots).
_LOOKAHEAD = 64


def _width(pattern: str) -> int | None:
    """The longest match of ``pattern``, or None when it may be longer than :data:`_NEAR_WIDTH`."""
    most = longest(pattern)
    return most if most is not None and most <= _NEAR_WIDTH else None


def _near(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]], width: int) -> Iterable[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that ``pattern.finditer(text)`` gives, looked for
    only in the stretches around ``spans``, where a string every match holds stands: a match of
    at most ``width`` characters holding the string at (start, end) lies within
    ``[end - width, start + width]``, so the merged stretches hold every match, in order."""
    stretches: list[list[int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, end - width), start + width
        if stretches and lo <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], hi)
        else:
            stretches.append([lo, hi])
    n = len(text)
    for lo, hi in stretches:
        pos = lo
        while pos < hi:
            m = pattern.search(text, pos, min(n, hi + _LOOKAHEAD))
            if m is None or m.start() >= hi:
                break
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


#: Where an English sentence ends in whitespace-free text: a full stop after a small letter, a
#: digit or a closing mark, before a capital letter, the quotation marks that close or open around
#: it between them (``met.Its``, ``acres.\"Good``, ``us.”Although``; the closing mark opens the next
#: unit, as after 。 in Chinese); not inside a figure (``3.5``) nor after a title (``Mr.Li``).
_ENGLISH_END = re.compile(r"(?<![A-Z][a-z])(?<!\bNo)(?<=[a-z0-9”’\"')）%])\.(?=[”’\"')]*[“‘\"']?[A-Z])")


def english_units(text: str, bounds: list[int]) -> list[int]:
    """The sentence-unit ends ``bounds`` of an English text (:func:`.english.english_enough`) with
    its English sentences' ends added (:data:`_ENGLISH_END`): the marks that end a Chinese unit
    (。！？；) are not those of an English paragraph, which whitespace-free text runs into one unit
    with the paragraphs after it. ``bounds`` as it is for any other text."""
    if "." not in text or not english_enough(text):
        return bounds
    ends = [m.end() for m in _ENGLISH_END.finditer(text)]
    return sorted(set(bounds).union(ends)) if ends else bounds


def cue_text(text: str) -> str:
    """The text a label's cue words are looked for in: an English text in small letters, so that
    its English cue words (``police``) are read case-blind as its English forms are (``Police
    officers…`` opening a sentence), any other text as it is. Positions are the text's own."""
    return text.translate(_ASCII_LOWER) if english_enough(text) else text
