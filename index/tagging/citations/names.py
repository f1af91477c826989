"""The law-name table: the names a law goes by, and how printed titles compare.

In:  ``data/law_aliases.tsv`` (alias → full title, kind; see its header) and names as printed.
Out: :class:`LawNames` (lookups of a name, the automaton of names written without brackets,
     and the near matches of a title the table lacks: an abbreviation, an implementing rule,
     a misprint, a title printed loosely or with its words changed; the words that open a law's
     name, :meth:`LawNames.lengthens`), :func:`table_digest`,
     :func:`title_key` and :func:`loose_key` (how two spellings of a title compare), :func:`judicial`
     (whether a title is that of a judicial interpretation).
"""

from __future__ import annotations

import hashlib
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator

import ahocorasick

from .text import compiled

#: The law-name table the package carries (``index/tagging/data``).
DEFAULT_ALIASES = Path(__file__).parent.parent / "data" / "law_aliases.tsv"
#: A short name of a judicial interpretation: a few characters of its title and its last word (执行异议规定,
#: 婚姻法解释二), read by :meth:`LawNames.abbreviation`.
_SHORT_NAME = compiled(r"(?P<body>.{2,10}?)(?P<end>规定|解释|意见|办法|决定|批复)(?P<n>[一二三四五六七八九十]?)")
#: The words ending the title of a rule implementing a law (…法实施条例).
_IMPLEMENTING = compiled(r"实施(?:条例|细则|办法)$")
_ORDINAL_END = compiled(r"[（(]([一二三四五六七八九十]{1,3})[)）]$")
_KEY_DROP = compiled(r"[\s、，,·（）()《》〈〉<>“”\"]")


def title_key(title: str) -> str:
    """How two spellings of one title compare: spaces, 、, brackets and quotes dropped
    (〈〉 for 《》, half- for full-width brackets, 最高人民法院 最高人民检察院 for …、…)."""
    return _KEY_DROP.sub("", title)


_ISSUERS = compiled(r"^(?:最高人民法院|最高人民检察院|公安部|国家安全部|司法部|国务院|全国人民代表大会常务委员会|全国人大常委会)+")
#: The characters of the issuers' names: what a garbled or cut issuer before 关于 is made of (最高人民、最高人民).
_ISSUER_CHARACTERS = frozenset("最高人民法院检察公安部国家全司务全国代表大会常委员")
_STATE = "中华人民共和国"
_LOOSE_DROP = compiled(r"中华人民共和国|若干问题|问题|试行|的")


#: Who issues judicial interpretations: a title opening with one of them is an interpretation.
JUDICIAL_ISSUERS = ("最高人民法院", "最高人民检察院")


def judicial(title: str) -> bool:
    """Whether ``title`` is that of a judicial interpretation (it opens with :data:`JUDICIAL_ISSUERS`)."""
    return title.startswith(JUDICIAL_ISSUERS)


def loose_key(title: str) -> str:
    """A looser :func:`title_key`, for titles printed with small differences: without the
    issuers before 关于, 中华人民共和国, (若干)问题, 试行 and 的 (最高人民法院《关于人民法院民事执行中
    查封、扣押、冻结财产若干问题的规定》 for …冻结财产的规定, …适用法律若干问题的解释（一） for
    …适用法律问题的解释（一）)."""
    return _LOOSE_DROP.sub("", _ISSUERS.sub("", title_key(title)))


def _one_spelling(titles: list[str]) -> tuple[str, ...]:
    """``titles`` with one spelling of each title (the first; :func:`title_key` tells spellings apart)."""
    first: dict[str, str] = {}
    for title in titles:
        first.setdefault(title_key(title), title)
    return tuple(first.values())


#: A law's or regulation's name (the table's titles without 中华人民共和国), for :meth:`LawNames.lengthens`.
_NAMED_LAW = compiled(r"[\u4e00-\u9fff]+(?:法|条例)")
#: ... not a judicial interpretation's or a decision's title.
_NOT_OPENING = ("最高", "关于", "全国")
#: Words that open a name of the table but also stand before a law's name as such (中国刑法, the codes of
#: 台湾, 香港, 澳门, which their own rules read; 法律 in a list).
_NOT_OPENERS = frozenset({"中国", "全国", "台湾", "香港", "澳门", "法律"})


class LawNames:
    """The law-name table: alias → full titles, and the automaton of names written
    without brackets (``data/law_aliases.tsv``, see its header)."""

    def __init__(self, path: Path) -> None:
        raw = path.read_bytes()
        self.path = path
        self.digest = hashlib.sha256(raw).hexdigest()[:16]
        self.kinds: dict[str, str] = {}  # alias key → kind
        laws: dict[str, list[str]] = {}
        titles: set[str] = set()
        aliases: list[str] = []
        for line in raw.decode("utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("alias\t"):
                continue
            alias, law, kind, _used = line.split("\t")
            aliases.append(alias)
            key = title_key(alias)
            laws.setdefault(key, [])
            if law not in laws[key]:
                laws[key].append(law)
            self.kinds.setdefault(key, kind)
            titles.add(law)
        for law in titles:
            key = title_key(law)
            if key not in laws:
                laws[key] = [law]
                self.kinds[key] = "title"
        # a title the table holds in two spellings (最高人民法院 最高人民检察院… and 最高人民法院、最高人民检察院…,
        # as the collection does) is one document, not two a name could stand for
        self.laws = {k: _one_spelling(v) for k, v in laws.items()}
        self.titles = frozenset(titles)
        self._aliases = aliases

    @classmethod
    @lru_cache(maxsize=2)
    def load(cls, path: Path = DEFAULT_ALIASES) -> "LawNames":
        return cls(path)

    @classmethod
    def default(cls) -> "LawNames":
        return cls.load(DEFAULT_ALIASES)

    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Names matched without brackets: every alias and full title of two characters or more."""
        a = ahocorasick.Automaton()
        for name in {*self._aliases, *self.titles}:
            if len(name) >= 2:
                a.add_word(name, name)
                numbered = _ORDINAL_END.search(name)
                if numbered is not None:  # 婚姻法解释（二） printed 婚姻法解释二
                    bare = name[:numbered.start()] + numbered.group(1)
                    if not a.exists(bare):
                        a.add_word(bare, bare)
        a.make_automaton()
        return a

    def path_text(self) -> str:
        """The table file's text."""
        return self.path.read_text(encoding="utf-8")

    def lookup(self, name: str) -> tuple[str, ...]:
        """The full titles a name may stand for (several: ambiguous; none: unknown). A name
        the table knows only without 中华人民共和国 is read without it (《中华人民共和国检察院组织法》
        for 检察院组织法, a short name printed as a full title)."""
        key = title_key(name)
        found = self.laws.get(key, ())
        if not found and key.startswith(_STATE):
            found = self.laws.get(key[len(_STATE):], ())
        return found

    @cached_property
    def _openers(self) -> frozenset[str]:
        """The first two characters of the laws' and regulations' names the table holds (环境 of
        环境保护法, 义务 of 义务教育法), places and words that stand before a law's name as such aside."""
        out = set()
        for title in self.titles:
            name = title.removeprefix(_STATE)
            if len(name) >= 5 and _NAMED_LAW.fullmatch(name) and not name.startswith(_NOT_OPENING):
                out.add(name[:2])
        return frozenset(out - _NOT_OPENERS)

    def lengthens(self, text: str, start: int, end: int) -> bool:
        """Whether the name ``text[start:end]`` is the end of a longer name the table lacks: right after
        two characters that open a law's name (環境教育法第23條 is a 环境教育法, not the 教育法; 义务教育法,
        which the table holds, is matched whole before this is asked)."""
        return start >= 2 and text[start - 2:start] in self._openers and not self.lookup(text[start - 2:end])

    @cached_property
    def _interpretations(self) -> list[tuple[str, str]]:
        """``(body, title)`` of the judicial interpretations of the table: the title without
        its issuers and brackets."""
        return [(_ISSUERS.sub("", title_key(t)), t) for t in sorted(self.titles)
                if judicial(t)]

    @cached_property
    def _loose(self) -> dict[str, str | None]:
        """``loose_key(title) → title`` of the table's titles (None where two share a key)."""
        out: dict[str, str | None] = {}
        for title in self.titles:
            key = loose_key(title)
            out[key] = None if key in out and out[key] != title else title
        return out

    def loosely(self, title: str) -> str | None:
        """The one title of the table a title printed with small differences stands for (若干问题
        added or dropped, the issuers, 的 …), or None."""
        return self._loose.get(loose_key(title))

    @lru_cache(maxsize=1024)
    def abbreviation(self, name: str) -> str | None:
        """The one judicial interpretation a short name not in the table abbreviates, its
        characters taken in order from the title (执行异议规定, 失信规定 …) and ending with the
        title's last word (规定, 解释 …, with its number: 解释（二）); None when none or several."""
        key = _ISSUERS.sub("", title_key(name))
        m = _SHORT_NAME.fullmatch(key)
        if m is None or key.startswith("关于"):
            return None  # 关于…: a title, not a short name
        body, tail = m.group("body"), m.group("end") + m.group("n")
        found = self._ending_in(body, tail)
        if not found and m.group("end") == "解释" and body.endswith("司法") and len(body) >= 4:
            body = body[:-2]  # 《建设工程施工合同司法解释（一）》: 司法解释 says what the title's 解释 is
            found = self._ending_in(body, tail)
        if len(found) == 1 and not m.group("n") and found[0] in self._series:
            return None  # 《施工合同司法解释》: the first of a numbered series, or the series, cannot be told
        return found[0] if len(found) == 1 else None

    def abbreviated(self, name: str) -> tuple[str, ...]:
        """Every judicial interpretation of the table a short name not in the table may
        abbreviate, as :meth:`abbreviation` reads it (its characters in order in the title,
        the same last word); what to name when it cannot say which one (《拒执解释》)."""
        key = _ISSUERS.sub("", title_key(name))
        m = _SHORT_NAME.fullmatch(key)
        if m is None or key.startswith("关于"):
            return ()
        return tuple(self._ending_in(m.group("body"), m.group("end") + m.group("n")))

    def _ending_in(self, body: str, tail: str) -> list[str]:
        """The interpretations of the table whose title ends with ``tail``, the characters of
        ``body`` standing in order before it."""
        return [t for b, t in self._interpretations if b.endswith(tail) and _subsequence(body, b[:-len(tail)])]

    @cached_property
    def _implementing(self) -> list[tuple[str, str]]:
        """``(body, title)`` of the table's rules implementing a law (…法实施条例, 实施细则, 实施办法): the
        title without 中华人民共和国."""
        return [(title_key(t).removeprefix("中华人民共和国"), t) for t in sorted(self.titles)
                if _IMPLEMENTING.search(t)]

    @lru_cache(maxsize=1024)
    def implementing(self, name: str) -> str | None:
        """The one rule implementing a law that a short name not in the table stands for: its characters
        taken in order from the title and ending with the same words (《勞動實施條例》 for
        劳动合同法实施条例); None when none or several."""
        key = title_key(name).removeprefix("中华人民共和国")
        m = _IMPLEMENTING.search(key)
        if m is None or m.start() < 2:
            return None
        found = [t for b, t in self._implementing if b.endswith(m.group()) and _subsequence(key[:m.start()], b)]
        return found[0] if len(found) == 1 else None

    @cached_property
    def _series(self) -> frozenset[str]:
        """The interpretations whose title, numbered (（一）, （二）), names others of the table too."""
        bodies = {b for b, _t in self._interpretations}
        return frozenset(t for b, t in self._interpretations if any(b + n in bodies for n in "一二三四五"))

    @cached_property
    def _slips(self) -> dict[str, set[str]]:
        """Each name of five characters or more under every key of :meth:`misprinted`: one of its
        characters but the last blanked (``?``), or two neighbours swapped."""
        out: dict[str, set[str]] = {}
        for name in {*self._aliases, *self.titles}:
            key = title_key(name)
            if len(key) >= 5:
                for k in _slip_keys(key):
                    out.setdefault(k, set()).add(name)
        return out

    def misprinted(self, name: str) -> str | None:
        """The one law a title printed with one slip stands for (《民事讼诉法》: two characters
        swapped; 《民事诉论法》: one character but its last one wrong), or None when none or
        several are that close."""
        key = title_key(name)
        if len(key.removeprefix("中华人民共和国")) < 5 or self.laws.get(key):
            return None  # (《中华人民共和国测试法》: a name of three, one slip from another law's)
        found = {law for k in _slip_keys(key, printed=True) for alias in self._slips.get(k, ())
                 for law in self.lookup(alias)}
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _characters(self) -> list[tuple[frozenset[str], str, str]]:
        """``(characters, series number, title)`` of the :func:`loose_key` of each title of the table."""
        return [(frozenset(key), _series_number(key), title) for key, title in self._loose.items()
                if title is not None]

    @lru_cache(maxsize=1024)
    def resembling(self, title: str) -> str | None:
        """The one title of the table a full title printed with its words changed or in another
        order stands for (《关于执行公证债权文书若干问题的规定》 for …公证债权文书执行…): its
        characters those of that title's :func:`loose_key` all but a few (:data:`RESEMBLING`), an
        issuer garbled or cut before 关于 left out (《最高人民、最高人民关于…的解释》),
        the same number in a series, and no other title nearly as close; else None."""
        key = loose_key(title)
        cut = key.find("关于")
        if 0 < cut and set(key[:cut]) <= _ISSUER_CHARACTERS:
            key = key[cut:]  # 最高人民、最高人民关于…: the issuers, garbled or cut, are no part of the title either
        if not key.startswith("关于") or len(key) < 10:
            return None
        chars, number = frozenset(key), _series_number(key)
        scored = sorted(((len(chars & c) / len(chars | c), t) for c, n, t in self._characters if n == number),
                        reverse=True)[:2]
        if not scored or scored[0][0] < RESEMBLING:
            return None
        if len(scored) > 1 and scored[1][0] > scored[0][0] - RESEMBLING_MARGIN:
            return None
        return scored[0][1]

    def kind(self, name: str) -> str | None:
        return self.kinds.get(title_key(name))

    def names(self) -> list[str]:
        """Every name of the table (aliases and titles), for suggestions."""
        return sorted({*self._aliases, *self.titles})


#: The share of characters a title printed with its words changed shares with the one it stands for ...
RESEMBLING = 0.8
#: ... ahead of the next closest title by this much at least.
RESEMBLING_MARGIN = 0.15
_SERIES_END = compiled(r"(?:规定|解释|意见|办法|纪要|批复|决定|规则)[（(]?([一二三四五六七八九十]{1,3})[)）]?$")


def _series_number(key: str) -> str:
    """The number of an interpretation in its series (（二）), "" for none."""
    m = _SERIES_END.search(key)
    return m.group(1) if m else ""


@lru_cache(maxsize=2)
def table_digest(path: Path = DEFAULT_ALIASES) -> str:
    """The hash of a law-name table's file (what :attr:`LawNames.digest` is), without loading it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _slip_keys(key: str, printed: bool = False) -> Iterator[str]:
    """The keys under which a name and its one-slip misprints meet (see :meth:`LawNames.misprinted`):
    the name with one character but its last blanked; the name itself (``~``) for a name, and,
    for a title as ``printed``, the title with two neighbours swapped back."""
    for i in range(len(key) - 1):
        yield key[:i] + "?" + key[i + 1:]
        if printed and key[i] != key[i + 1]:
            yield "~" + key[:i] + key[i + 1] + key[i] + key[i + 2:]
    if not printed:
        yield "~" + key


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` occur in ``long`` in order."""
    it = iter(long)
    return all(c in it for c in short)
