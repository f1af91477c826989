"""Mechanisms: the taxonomy file, its matches in a text, and how much a text says of each.

In:  ``data/taxonomy.toml`` (or a user file in the same format) and whitespace-free text.
Out: :class:`Taxonomy` (labels, forms, :meth:`~Taxonomy.label_of`, :meth:`~Taxonomy.synonyms`),
     :class:`MechHit` per match, and :func:`scores`: label → weight of what is said.

A label's English forms (``judicial auction``, ``termination of the current enforcement
procedure``) and English descriptions are read only in a text with enough Latin letters
(:func:`.english.english_enough`, as for places named in English), case-blind, with the
spaces removed and with or without hyphens (:func:`english_keys`); their matches count like
the Chinese forms'. A Chinese text costs one scan for them.

An expression of the taxonomy is looked for only in the stretches of the text around the
strings every match of it holds (:func:`_near`), which finds what a scan of the whole text finds.

A label counts where the text gives it at least a sentence of its own, not for a word in
passing. Every match outside an enumeration (``诉前调解、执前调解``; ``限制高消费和失信惩戒``; ``纳入失信名单并限制高消费``;
``曝光失信被执行人`` as an item; an outline's item, ``（二）攻坚“执行联动”（三）``; an outline's marker
``二、`` opening a heading is no enumeration's comma; a clause of a tally, one of :data:`TALLY` or more clauses
of its sentence that each give a count, ``公布失信被执行人名单5528人次，限制出入境901人次，罚款70人次``) scores
its zone weight (1 in body text); a match that only names a quantity (``290余万元案款``,
``执行案款217.77亿元``, ``失信被执行人21名``) scores nothing, unless it is a description followed by the sum it
hands over (``集中兑付了…工资款116.8万元``). A sentence unit that holds
a scoring match adds 1 for each of: a count in digits within :data:`NEAR` characters of it (``判处刑罚91人``, ``达30余万人``; not a sum of money or a rate, nor
``两次`` in Chinese numerals),
or opening the next sentence where the match ends its own (``…集中执行的号角。80余名干警…``); opening
with it and going on for at least :data:`CLAUSES` clauses; going on after it, to the end
of the next sentence, with :data:`CUED` of the label's cue words (通过先行调解成功化解纠纷:
化解, 纠纷), a cue word that is itself a whole match of the label left out (拍卖难度大，一旦拍卖流拍:
the word repeated is another mention, not its subject); for a description, telling a case in its sentence (此案由中院指定某县法院执行), and for
any match, a sentence that tells of cases (几个被追究拒执罪的典型案例). A match in a
document's title (《关于加强集中执行工作的通知》, or a directive named without its brackets:
根据…关于开展“…集中执行…”的相关指示; a title the text breaks off in, 《…关于依法严肃查处拒不执行判决、裁定和…)
is a mention without these additions, nor one a passage on the subject adds to, one
however many of the label's forms the title holds (《关于加强诉源治理推动矛盾纠纷源头化解的意见》),
and none at all in a list of titles. A label whose body mentions fall short of :data:`THRESHOLD` adds 1 where the passage around
one of them (:data:`PASSAGE` characters either side, the mention itself left out) holds
:data:`SUBJECT` of its cue words: one plain mention in a passage on its subject is enough.
A label needs :data:`THRESHOLD`, and at least one
scoring match in the body or a heading, or else a match in the title and :data:`CUED` of
its cue words in the body: a title whose body does not speak of it, or a caption, is not
enough. The
taxonomy file's own header describes its keys (contextual forms such as 枫桥经验 that need
a dispute word in their sentence, excluded phrases such as 抗拒执行, governing forms,
campaign patterns, descriptions that state a mechanism in other words, cue words); a
contextual form never counts in a clause that only gives the time of its sentence, one that
closes with 时 (法院在拍卖设备时，应当…); a contextual pattern (联合派出所) needs a context word
in its sentence as a contextual form does. A
description (把矛盾纠纷化解在萌芽) is a clause, never an item of an enumeration; a match in a
clause that only gives the background (随着…), or a match that only dates it (集中执行后…) or
frames its time as what was under way (在…集中执行活动中，…; 在精准执行集中行动中又…), does not open its sentence. A
match among the aims a sentence's purpose opens with, in a clause that goes on with the aim
after its 为 clause (为深入践行…理念，切实将矛盾纠纷化解在基层，某日，某法院…), is a mention
without the additions: the sentence tells what was done for the purpose, not of that aim. A
pattern's match that opens with a verb taking partners (联合银行、房管部门) governs the
enumeration after it. A reference back (此次行动) is a mention of its label only after
a match of the label outside a list. A match inside one of its label's routine steps (the
taxonomy's ``routine``: 对其采取了限制高消费的措施, one case's consumption ban among its other
steps) counts as an item of a list does: nothing; so does a name of a label in a clause that
tells what may or would happen rather than what was done: a modal before it in its clause
(可能构成拒执罪, 会被纳入失信黑名单), or a condition opening its clause or an earlier one of its
sentence (若逾期不履行，…将其列入失信名单; 如果…); and so does a match in a quoted name that ends
with the body it names, an honour's or an office's name (“学习枫桥经验优秀派出所”, “枫桥式人民法庭”),
not the practice it is named after, and a match in an item of a bulleted list (a sentence that opens
with a bullet, or one after a colon: 有以下几种：-违反限制消费令：…); a description, which weighs what would follow
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
from typing import Any, Callable, Iterable, Mapping

import ahocorasick

from ...errors import TaxonomyError
from ..analysis.fold import strip_ruby
from .english import english_enough
from .literals import gate, holds, longest
from .textmap import PART_SEP, unit_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_TAXONOMY = Path(__file__).with_name("data") / "taxonomy.toml"
THRESHOLD = 2.0
#: How far (in characters, within its sentence unit) a count may stand from a match.
NEAR = 20
#: How many clauses a sentence that opens with a match needs to be about it.
CLAUSES = 3
#: How many of its label's cue words what follows a match (the rest of its sentence and the
#: next one) needs for the sentence to be about it.
CUED = 2
#: How many of its label's cue words a body needs to speak of the label's subject throughout,
#: so that one plain mention of the label in it is enough.
SUBJECT = 5
#: How far (in characters) on either side of a mention its passage reaches.
PASSAGE = 300
#: A count in digits (判处刑罚91人, 达30余万人, 1.2万余件, 450头生猪); counts in Chinese numerals (两次, 三名) are
#: as often a manner of speaking as a tally, and add nothing.
_COUNT = re.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:余|多)?(?:件|人|家|起|次|宗|户|名|套|辆|台|笔|项|亩|场|头)")
#: A sum of money right before a match, or a figure right after it: the match names a quantity.
_SUM_BEFORE = re.compile(r"\d(?:余|多)?(?:万|亿)?(?:余|多)?元$")
_FIGURE_AFTER = re.compile(r"[率额]?(?:为|达)?\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:余|多)?(?:元|%|％|名|人)")
#: A case told in a description's sentence (此案由中院指定某县法院执行, 将案件指定由…法院执行).
_CASE = re.compile(r"(?:此|该|本|这起|该起|这宗)案(?!例|件类)|将(?:该|此|这起)?(?:执行)?案件")
_CLAUSE = re.compile(r"[，,：:]")
#: What separates the items of a tally (拘留285人次，罚款70人次；…).
_ITEM_CUT = re.compile(r"[，,；;、]")
#: How many clauses with a count a sentence needs to be a tally, its matches items of it.
TALLY = 3
#: A first clause that only leads into the sentence: a few characters, a purpose, a time.
_LEAD = re.compile(r".{0,5}|为.*|.*(?:以来|期间|之际|前夕)")
#: What turns a match into the time of its sentence (集中执行后我回到办公室; 在…集中执行活动中，…):
#: it does not open it.
_TIMED = re.compile(r"[”’》」)）\"]?(?:(?:之后|以后|后|之时|时)(?![间期效限代续盾])|(?:活动|行动|工作|过程)?(?:中|期间)[，,])")
#: The close of a frame 在…中 a match stands in (在精准执行集中行动中又…): with 在 before the match in
#: its clause, it gives the setting of what the sentence tells, whatever follows it.
_FRAMED = re.compile(r"[”’》」)）\"]?(?:活动|行动|工作|过程)?中(?![国央心部级间止断标层院])")
#: How a clause that only gives the background of its sentence opens (随着…的深入，…).
_BACKGROUND = ("随着", "伴随着")
#: An essay's sentence that announces its subject (本文…剖析“执转破”制度…), not its credits
#: (本文为…原创, 本文系…课题, 本文由…供稿).
_THESIS = re.compile(r"本文(?![为系由亦])")
_SENTENCE_END = "。！？!?"
_OPEN = "“‘《「(（\""
_CLOSE = "”’》」)）\""
#: Joins two items: 限制高消费和失信惩戒, 诉前调解及执前调解, 纳入失信名单并限制高消费.
_PAIR = frozenset({"和", "及", "与", "以及", "、", "并"})
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{0,2}")
#: The marker of an outline item: （三）, (3), 三、, 3.
_MARKER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))"
_MARKER_NEXT = re.compile(_MARKER)
#: An outline item's marker ending in 、 (一、, 2、) that opens its line or sentence, not an
#: enumeration's comma: 二、拒不执行判决、裁定罪的对象是….
_ITEM_MARKER = re.compile(r"(?:^|[^\u4e00-\u9fff\d])(?:[一二三四五六七八九十]{1,3}|\d{1,2})、$")
#: An outline item's marker before a match, with no clause punctuation between them.
_MARKER_BEFORE = re.compile(_MARKER + r"[^，,。；;：:！？!?]{0,12}$")
#: What makes a clause say what may or would happen to someone rather than what was done: a
#: modal before the match in its clause (可能构成拒执罪, 会被纳入失信黑名单, 即将被纳入…), or a
#: condition that opens its clause or an earlier one of its sentence (若逾期仍不执行判决，…将把县政府列入失信名单).
_MAY = re.compile(r"可能(?:会)?(?:被|构成|面临|受到)|(?:将会|会|即将)(?:被|面临|受到)|将面临")
_IF = re.compile(r"若(?!干)|如果|倘若|假如|一旦|否则|如(?:拒不|逾期|未按|不按|不履行|未履行)")
_CLAUSE_MARKS = "，,；;：:"
#: A sentence that opens with its purpose (为深入践行…理念，切实将矛盾纠纷化解在基层，2025年4月11日，某法院…):
#: the purpose clause, after at most a short lead or a byline (近日，; 中国报道讯(通讯员某某)), and
#: the clauses that go on with it without a subject, opening with a word of aim or manner.
_PURPOSE = re.compile(r"(?:.{0,5}[，,]|[^，,。]{0,16}?(?:讯|电|[)）]))?为了?(?!此|止|期|主|准|由|何|什么|首|例|人所)")
_PURSUES = re.compile(r"(?:切实|持续|充分|深入|进一步|积极|全面|更好|更加|着力|努力|不断|有效|聚力|大力|扎实|坚持|推动|推进"
                      r"|助力|确保|加快|加强|深化|提升|促进|维护|保障|构建|搭建|打造|营造|实现|落实|贯彻|践行|发挥|服务"
                      r"|优化|筑牢|压实)")
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
        if _extends(data, text, Path(path)) and Path(path).resolve() != DEFAULT_TAXONOMY.resolve():
            base = cls.load(DEFAULT_TAXONOMY)
            mechanisms.update(_claimed(base.mechanisms, entries))
            digest.update(base.digest.encode())
        for m in entries:
            mechanisms[m.label] = mechanisms[m.label].merged(m) if m.label in mechanisms else m
        return cls(mechanisms, digest.hexdigest())

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
        """Mechanism matches in whitespace-free ``text`` (``bounds``: its sentence units).
        Ruby pinyin printed into the text (``執(zhí)轉(zhuǎn)破``) is read past."""
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
            spans = _outermost(spans)
        covered = bytearray(len(text) + 1)  # 1 where a pattern matched
        for s, e, _ in spans:
            covered[s:e] = b"\x01" * (e - s)
        if len(self._automaton):
            for end, (term, label, contextual) in self._automaton.iter_long(text):
                start, end = end + 1 - len(term), end + 1
                if label is None or (spans and covered[start] and covered[end - 1]):
                    continue
                if contextual and not self._in_context(label, text, bounds, start, end):
                    continue
                spans.append((start, end, label))
        spans.sort()
        steps = self._steps(text, present, spans) if self._routine else set()
        paired = _paired(text, spans)
        hits = [MechHit(label, s, e, (s, e, label) in steps or (s, e, label) not in described and (
                            i in paired or _outlined(text, s, e) or _hypothetical(text, bounds, s) or _in_body_name(text, s, e)
                            or _bulleted(text, bounds, s)
                            or _enumerated(text, s, e, text[s:e] in self._governing or (s, e, label) in joint)),
                        (s, e, label) in described)
                for i, (s, e, label) in enumerate(spans)]
        return self._referred(text, hits) if self._anaphora else hits

    def _steps(self, text: str, present: set[str], spans: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
        """The spans that lie inside a match of one of their label's ``routine`` expressions: a
        single case's routine step (对其采取限制高消费措施), which counts as an item of a list does."""
        steps = [(m.start(), m.end(), label) for pattern, label, needs in self._routine
                 if not needs or holds(present, needs) for m in pattern.finditer(text)]
        return {(s, e, label) for s, e, label in spans
                if any(rs <= s and e <= re_ and rl == label for rs, re_, rl in steps)}

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
        if _timing(text, end, e):
            return False
        return any(text.find(w, s, start) >= 0 or text.find(w, end, e) >= 0 for w in self.mechanisms[label].context)


def _hypothetical(text: str, bounds: list[int], start: int) -> bool:
    """Whether the match at ``start`` tells what may or would happen rather than what is done:
    a modal before it in its clause (情节严重的可能构成拒执罪, 不配合会被纳入失信黑名单), or a
    condition opening its clause or an earlier one of its sentence (若逾期仍不执行判决，…将把县政府列入失信名单)."""
    s, _ = unit_of(bounds, start)
    if _MAY.search(text, _clause_start(text, s, start), start) is not None:
        return True
    return any(m.start() == s or text[m.start() - 1] in _CLAUSE_MARKS for m in _IF.finditer(text, s, start))


#: A bullet that opens an item of a list, at the start of its sentence or after a colon, before
#: the item's first Han character: 情况如下：-执行过程中，…; •违反限制消费令：…
_BULLETS = tuple("-•·●▪◆■")
_BULLET = re.compile(r"[:：][-•·●▪◆■][\u4e00-\u9fff]")


def _bulleted(text: str, bounds: list[int], start: int) -> bool:
    """Whether the match at ``start`` lies in an item of a bulleted list: its sentence opens
    with a bullet, or one follows a colon before the match (以下几种情况：-执行过程中，…)."""
    s, _ = unit_of(bounds, start)
    return text.startswith(_BULLETS, s) or _BULLET.search(text, s, start) is not None


def _timed(text: str, s: int, start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` (its sentence opening at ``s``) only dates or frames
    what its sentence tells: 集中执行后…, 在…集中执行活动中，…, 在精准执行集中行动中又…."""
    if _TIMED.match(text, end):
        return True
    if _FRAMED.match(text, end) is None:
        return False
    return text.find("在", _clause_start(text, s, start), start) >= 0


def _clause_start(text: str, s: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens, in the sentence opening at ``s``: after the last
    clause mark (:data:`_CLAUSE_MARKS`) before it."""
    return max(s, *(text.rfind(c, s, pos) + 1 for c in _CLAUSE_MARKS))


def _purposed(text: str, s: int, pos: int) -> bool:
    """Whether ``pos`` lies in the purpose a sentence opens with (:data:`_PURPOSE`): its 为 clause,
    or a clause after it that goes on with the aim without a subject (:data:`_PURSUES`)."""
    if text.find("为", s, pos) < 0:
        return False
    m = _PURPOSE.match(text, s, pos)
    if m is None:
        return False
    i, first = m.end(), True
    while True:
        cut = _CLAUSE.search(text, i, pos)
        if cut is None:
            return not first
        i, first = cut.end(), False
        if not _PURSUES.match(text, i, pos + 1):
            return False


#: The body a quoted name ends with: the name of an honour or an office (“学习枫桥经验优秀派出所”,
#: “枫桥式人民法庭”), not the practice it is named after.
_BODY_NAME = ("派出所", "法庭", "法院", "调解室", "工作室", "警务室", "司法所", "检察院", "单位", "集体", "支部")


def _in_body_name(text: str, start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` lies in a quoted name (“…”) that ends with the body
    it names (:data:`_BODY_NAME`): an honour's or an office's name, not the practice."""
    opened = text.rfind("“", max(0, start - 20), start + 1)
    if opened < 0 or text.find("”", opened, start) >= 0:
        return False
    closed = text.find("”", end, end + 20)
    return closed >= 0 and text.endswith(_BODY_NAME, opened + 1, closed)


def _timing(text: str, end: int, e: int) -> bool:
    """Whether the clause that a match ends in (up to ``e``, its sentence's end) only gives
    the time of its sentence (法院在拍卖查封财产时，应当…): it closes with 时."""
    cut = _CLAUSE.search(text, end, e)
    stop = cut.start() if cut is not None else e
    return text.startswith("时", stop - 1) and stop - 1 >= end


def scores(hits: Iterable[MechHit], text: str, bounds: list[int], weight: Callable[[int], float],
           body: Callable[[int], bool] | None = None,
           cues: Mapping[str, tuple[str, ...]] | None = None) -> dict[str, float]:
    """Label → how much the text says of it (see the module docstring); ``body(pos)`` tells
    whether a position is in the body or a heading (None: everywhere), ``cues`` gives each
    label's cue words (:attr:`Taxonomy.cues`). A label without a scoring match in the body
    is left out."""
    out: dict[str, float] = {}
    bonus_units: set[tuple[str, int, str]] = set()
    tallies: dict[int, list[tuple[int, int]]] = {}  # sentence start → its tally's clauses
    in_body: set[str] = set()
    headline: set[str] = set()
    scored: dict[str, list[tuple[int, int]]] = {}  # label → its scoring matches in the body
    hits = list(hits)
    own: dict[str, set[tuple[int, int]]] = {}  # label → the spans of its matches
    for h in hits:
        own.setdefault(h.label, set()).add((h.start, h.end))
    for h in hits:
        if h.in_list or (_quantity(text, h.start, h.end) and not (h.clause and _sum_after(text, h.end))):
            continue
        if _tallied(text, bounds, h.start, h.end, tallies):
            continue
        title = _title(text, h.start)
        if title is not None and _titles_listed(text, *title):
            continue
        w = weight(h.start)
        if title is not None:  # one document's title names a label once, however many forms it holds
            if (h.label, title[0], "title") in bonus_units:
                w = 0.0
            bonus_units.add((h.label, title[0], "title"))
        out[h.label] = out.get(h.label, 0.0) + w
        if body is None or body(h.start):
            in_body.add(h.label)
            if title is None:  # a document's title is no mention a passage on the subject can add to
                scored.setdefault(h.label, []).append((h.start, h.end))
        elif w >= 2:
            headline.add(h.label)
        if title is not None:  # named in a document's title: no more than a mention
            continue
        s, e = unit_of(bounds, h.start)
        if _purposed(text, s, h.start):  # named in what the sentence sets out to do: a mention
            continue
        if (h.label, s, "count") not in bonus_units and (_COUNT.search(text, max(s, h.start - NEAR), min(e, h.end + NEAR))
                                                         or _counted_next(text, bounds, h.end, e)):
            bonus_units.add((h.label, s, "count"))
            out[h.label] += 1.0
        if (h.label, s, "topic") not in bonus_units and _opens(text, s, e, h.start) and not _timed(text, s, h.start, h.end):
            bonus_units.add((h.label, s, "topic"))
            out[h.label] += 1.0
        if (h.label, s, "case") not in bonus_units and (h.clause and _CASE.search(text, s, e) or text.find("案例", s, e) >= 0):
            bonus_units.add((h.label, s, "case"))
            out[h.label] += 1.0
        words = cues.get(h.label) if cues else None
        if words and (h.label, s, "cues") not in bonus_units and _cued(text, h.end, _next_end(bounds, e), words, own[h.label]):
            bonus_units.add((h.label, s, "cues"))
            out[h.label] += 1.0
    for label in headline - in_body:  # named in the title only: the body must speak of its subject
        if body is not None and cues and _body_cued(text, body, cues.get(label, ())):
            in_body.add(label)
    for label in in_body:  # one plain mention in a passage that speaks of its subject throughout
        if out[label] < THRESHOLD and cues and any(
                _body_cued(text, body, cues.get(label, ()), SUBJECT, max(0, ms - PASSAGE), me + PASSAGE, (ms, me))
                for ms, me in scored.get(label, ())):
            out[label] += 1.0
    return {label: score for label, score in out.items() if label in in_body}


def _body_cued(text: str, body: Callable[[int], bool] | None, words: tuple[str, ...], needed: int = CUED,
               start: int = 0, end: int | None = None, skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether the body (``body`` None: the whole text), within ``text[start:end]`` and
    outside the span ``skip`` (the mention itself), holds ``needed`` of a label's cue words."""
    found = 0
    end = len(text) if end is None else end
    for w in words:
        i = text.find(w, start, end)
        while i >= 0 and (body is not None and not body(i) or skip[0] <= i < skip[1]):
            i = text.find(w, i + 1, end)
        if i >= 0:
            found += 1
            if found >= needed:
                return True
    return False


def _counted_next(text: str, bounds: list[int], end: int, e: int) -> bool:
    """Whether a match ends the last clause of its sentence (吹响了集中执行的号角。) and the
    next sentence opens with a count (80余名干警分乘14辆车…): the figures of what it named."""
    if e == 0 or text[e - 1] not in _SENTENCE_END or _CLAUSE.search(text, end, e) is not None:
        return False
    stop = min(_next_end(bounds, e), e + NEAR)
    first = _CLAUSE.search(text, e, stop)
    return _COUNT.search(text, e, first.start() if first else stop) is not None


def _next_end(bounds: list[int], end: int) -> int:
    """The end of the sentence unit after the one that ends at ``end`` (or ``end``)."""
    k = bisect_right(bounds, end)
    return bounds[k] if k < len(bounds) else end


def _cued(text: str, start: int, end: int, words: tuple[str, ...],
          own: "set[tuple[int, int]] | frozenset[tuple[int, int]]" = frozenset()) -> bool:
    """Whether ``text[start:end]`` (what follows a match: the rest of its sentence and the
    next one) holds :data:`CUED` of its label's cue words, a cue word that is a whole match of
    the label (``own``: their spans) left out: the word repeated is a further mention."""
    found = 0
    for w in words:
        i = text.find(w, start, end)
        while i >= 0 and (i, i + len(w)) in own:
            i = text.find(w, i + 1, end)
        if i >= 0:
            found += 1
            if found >= CUED:
                return True
    return False


def _title(text: str, pos: int) -> tuple[int, int] | None:
    """The ``《…》`` a position lies in (the positions of its brackets; a title the text or its
    part breaks off in, 《…关于依法严肃查处拒不执行判决、裁定和…, up to where it breaks off), or else
    the directive named without them (:func:`_named`), if any."""
    opened = text.rfind("《", max(0, pos - 60), pos)
    if opened < 0 or text.rfind("》", opened, pos) >= 0:
        return _named(text, pos)
    closed = text.find("》", pos, pos + 60)
    if closed >= 0:
        return opened, closed
    rest = text[pos: pos + 60].split(PART_SEP, 1)[0]
    if len(rest) < 60 and not any(c in rest for c in "《。！？!?"):
        return opened, pos + len(rest)
    return _named(text, pos)


#: A directive named without its 《》: 关于 and what it is about up to a match, with no clause break…
_ABOUT = re.compile(r"关于[^。，,；;：:！？!?《》]{0,40}$")
#: …and after the match, the word that names its kind (通知, 意见, 指示 …).
_ABOUT_END = re.compile(r"[^。，,；;：:！？!?《》]{0,40}?的?(?:相关)?(?:通知|意见|规定|指示|决定|办法|实施方案|工作方案)")


def _named(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a directive named without its 《》 that ``pos`` lies in (关于开展…集中执行…的相关指示,
    关于…的通知): from its 关于 to the word that names its kind, with no clause break inside; or None."""
    if text.rfind("关于", max(0, pos - 42), pos) < 0:
        return None
    m = _ABOUT.search(text, max(0, pos - 42), pos)
    if m is None:
        return None
    e = _ABOUT_END.match(text, pos)
    return (m.start(), e.end()) if e else None


def _titles_listed(text: str, opened: int, closed: int) -> bool:
    """Whether a document's title is one of a list of titles (《…》《…》, 《…》、《…》)."""
    return text[max(0, opened - 2): opened].endswith(("》", "》、")) or text.startswith(("《", "、《"), closed + 1)


def _quantity(text: str, start: int, end: int) -> bool:
    """Whether a match only names a quantity: a sum right before it (290余万元案款) or a
    figure right after it (执行案款217.77亿元, 终本率26.84%, 失信被执行人21名)."""
    i = start
    while i > 0 and text[i - 1] in _OPEN:
        i -= 1
    j = end
    while j < len(text) and text[j] in _CLOSE:
        j += 1
    if i > 0 and text[i - 1] == "元" and _SUM_BEFORE.search(text, max(0, i - 12), i) is not None:
        return True
    return j < len(text) and (text[j].isdigit() or text[j] in "率额为达") and _FIGURE_AFTER.match(text, j) is not None


def _sum_after(text: str, end: int) -> bool:
    """Whether a sum of money follows right after ``end``: what a clause that hands money
    over moves (集中兑付了…工资款116.8万元), not a tally of its results (移送…侦查26人)."""
    m = _FIGURE_AFTER.match(text, end)
    return m is not None and text[m.end() - 1] == "元"


def _opens(text: str, s: int, e: int, pos: int) -> bool:
    """Whether the sentence unit ``[s, e)`` opens with the match at ``pos`` (in its first
    clause, or its second after a lead: a few characters, 近日，时间紧迫，; a purpose,
    为服务高质量发展，; a time, 近年来，) and goes on for at least :data:`CLAUSES` clauses
    to a full stop. A clause that only gives the background (随着…) does not open it; an
    essay's sentence that announces its subject (本文…剖析…) is about what it names."""
    if e == 0 or text[e - 1] not in _SENTENCE_END:
        return False
    if _THESIS.match(text, s):
        return True
    cuts = []
    for m in _CLAUSE.finditer(text, s, e):
        cuts.append(m.start())
        if len(cuts) + 1 >= CLAUSES and pos < cuts[-1]:
            break
    if len(cuts) + 1 < CLAUSES or pos >= cuts[1]:
        return False
    first = cuts[0]
    if text.startswith(_BACKGROUND, s if pos < first else first + 1):
        return False  # 随着…联动部门之间的深入协作，失信黑名单…正发挥作用: the background, not the topic
    return pos < first or _LEAD.fullmatch(text, s, first) is not None


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans without those that lie inside another span of the same label."""
    out: list[tuple[int, int, str]] = []
    reach: dict[str, int] = {}  # label → the furthest end of its spans so far
    for s, e, label in sorted(spans, key=lambda x: (x[0], -x[1])):
        if e > reach.get(label, -1):
            out.append((s, e, label))
            reach[label] = e
    return out


def _paired(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of matches joined to the next or previous one by 和/及/与/、/并 (two items)."""
    out: set[int] = set()
    for k in range(len(spans) - 1):
        (_, e1, _), (s2, _, _) = spans[k], spans[k + 1]
        if s2 > e1 and text[e1:s2].strip(_OPEN + _CLOSE) in _PAIR:
            out |= {k, k + 1}
    return out


def _enumerated(text: str, start: int, end: int, governing: bool = False) -> bool:
    """Whether the match ``[start, end)`` is an item of an enumeration (joined by 、),
    also with a word or two of its item beside it (、曝光失信被执行人、; 、限制高消费措施、).
    A governing form (打击抗拒执行、逃避执行行为) acts on the items after it and is not one."""
    i = start - 1
    while i >= 0 and text[i] in _OPEN:
        i -= 1
    j = end
    while j < len(text) and text[j] in _CLOSE:
        j += 1
    before = text[max(0, i - 2): i + 1] if i >= 0 else ""
    after = text[j: j + 3]
    comma = before.rfind("、")
    return (comma >= 0 and _HAN_RUN.fullmatch(before, comma + 1) is not None
            and _ITEM_MARKER.search(text, max(0, i - 6), i - len(before) + comma + 2) is None) or (
        not governing and "、" in after and _HAN_RUN.fullmatch(after[:after.index("、")]) is not None)


def _outlined(text: str, start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` is an item of an outline: a list marker before it
    and the next one right after it, with no clause between (（二）攻坚“执行联动”（三）…)."""
    j = end
    while j < len(text) and text[j] in _CLOSE:
        j += 1
    return (_MARKER_NEXT.match(text, j) is not None
            and _MARKER_BEFORE.search(text, max(0, start - 16), start) is not None)


def _tallied(text: str, bounds: list[int], start: int, end: int, tallies: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a match is an item of a tally: its clause gives a count in digits, and so do
    at least :data:`TALLY` - 1 other clauses of its sentence (公布失信被执行人名单5528人次，限制出入境
    901人次，罚款70人次，拘留285人次: a list of a year's work, one figure per measure).
    ``tallies`` keeps each sentence's counted clauses (none: not a tally) for the next match."""
    s, e = unit_of(bounds, start)
    counted = tallies.get(s)
    if counted is None:
        counted = tallies[s] = []
        counts = [m.start() for m in _COUNT.finditer(text, s, e)]
        if len(counts) >= TALLY:
            cuts = [s, *(m.end() for m in _ITEM_CUT.finditer(text, s, e)), e + 1]
            clauses = [(a, b - 1) for a, b in zip(cuts, cuts[1:])]
            counted += [c for c in clauses if any(c[0] <= p < c[1] for p in counts)]
            if len(counted) < TALLY:
                counted.clear()
    return any(a <= start and end <= b for a, b in counted)


#: The longest match an expression may have for :func:`_near` to look only around its strings.
_NEAR_WIDTH = 200
#: How far past a stretch :func:`_near` lets an expression look ahead (its lookahead assertions).
_LOOKAHEAD = 20


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
