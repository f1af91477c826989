"""The statute collection, and the citations of an index resolved against it.

In:  statute records (articles whose metadata has a ``law`` and whose id or title ends
     with an article label, as in the statute corpus: ``L01913#第一条``, ``中华人民共和国刑法
     第一条``), as ``lawnews index`` reads them; the citations of news articles
     (:mod:`..tagging.citations`) as the index writer writes them.
Out: :class:`Collection`: ``statutes.sqlite`` at :func:`lawnews.config.statutes_path`
     (one per user unless ``LAWNEWS_STATUTES`` names another), every article of every
     version of every law indexed (a version is a law's ``date``; undated is one version
     too), with a fingerprint of its content; :meth:`Collection.resolve`, a citation →
     :class:`Resolution`; and :class:`CitationStore`, ``citations.sqlite`` beside an
     index: each article's citations with their resolution, written with each commit and
     resolved again when the collection changes (:func:`sync`).

Resolution (docs/statutes.md): the law by its full title (spaces, 、 and bracket forms
aside); the version in force on the news article's date (the latest version date on or
before it; an undated article gets the latest version, and says so); the article by its
label. When the text quotes the article's wording right after the citation and that
wording is not the article's (fewer than :data:`QUOTE_MATCH` of its three-character runs,
weighted by their rarity in the law), the version whose article has it is used, or none:
the text cites an older numbering (for a law with one numbering in every text news cites, :data:`ONE_TEXT`, only
wording sharing nothing with the article); an undated text gets the version whose article it quotes.
A 款 or 项 the article lacks is an older numbering too (a 第N款 alone of a one-paragraph article
whose items reach N is its 第N项), and so is a sanction the text says the
article imposes (规定处…拘留) that its text does not name; an article the text cites again is
read as one (:meth:`Collection.resolve_all`); an undated text citing an article the
versions hold differently, or a text dated before a law's only version, cannot tell which
article it means. A citation that cannot be resolved keeps its text and says why: no
collection, the law not in it, an ambiguous title, no version dated by then, a version named
for a law the collection holds undated only, a quoted wording no version has, a 款/项 or a
sanction the article lacks, an undated text and versions that differ, or an article number beyond
the law. A title the text calls a trial text (民事诉讼法（试行）) is not the law it preceded.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import os
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ...config import statutes_path
from ...errors import StatuteCollectionError, UnknownFacetError
from ..documents import Article
from ..tagging.citations import (GLOSS_SEPARATOR, WIDE_DIGITS, Citation, LawNames, cn_number, extract, loose_key,
                                 title_key)
from .sidestore import SideStore, side_store

FILE_NAME = "citations.sqlite"
_LABEL = re.compile(r"第([零〇一二三四五六七八九十百千两]+)条(?:之([一二三四五六七八九十]+))?$")
#: Statute rows written per transaction while a collection is filled.
CHUNK = 5000


#: A law's name with a year typed right after it (民诉法2021, 民事诉讼法 2023).
_YEAR_AFTER = re.compile(r"(?P<law>.+?)\s*(?P<year>(?:19|20)\d\d)年?")


#: An article number typed after a law: 第9999条, 第九千九百九十九条, or a bare number ending the text (破产法 9999).
_NUMBER_TYPED = re.compile(r"第\s*(?P<n>\d+|[零〇一二三四五六七八九十百千万两]+)\s*条|[^\d\s](?<!第)\s*(?P<bare>\d+)\s*$")


#: The longest law (民法典, 1260 articles): a reference to a higher article number names none,
#: unless the statute collection holds a longer law (:func:`longest_law`).
LONGEST = ("中华人民共和国民法典", 1260)


def longest_law() -> tuple[str, int]:
    """``(title, articles)`` of the longest law: the statute collection's longest where it holds one
    longer than :data:`LONGEST` (or the 民法典 itself), else :data:`LONGEST`. The one figure a typed
    reference is checked against and its error names."""
    collection = Collection.current()
    found = collection.longest() if collection is not None else None
    return found if found is not None and found[1] >= LONGEST[1] else LONGEST


def beyond_articles(typed: str, shown: str | None = None) -> UnknownFacetError | None:
    """The error for a reference naming an article number no law reaches (``破产法 9999``,
    ``破产法第9999条``, ``中华人民共和国企业破产法 第九千九百九十九条``, ``民法典第1300条``), or None:
    cited-by, the look-up, ``--cites`` and ``cites:`` say it alike. No law reaches beyond the
    longest (:func:`longest_law`), whose title and length the error names. A year after a law
    (``破产法2021``) is no article number: :func:`unknown_law` says what it is. The error quotes
    ``shown`` (the reference as the user typed it), else ``typed``."""
    digits = typed.translate(WIDE_DIGITS)
    for m in _NUMBER_TYPED.finditer(digits):
        if m.group("bare") is not None:
            if _YEAR_AFTER.fullmatch(digits.strip()):
                continue
            n = int(m.group("bare"))
        else:
            n = int(m.group("n")) if m.group("n").isdigit() else cn_number(m.group("n")) or 0
        law, most = longest_law()
        if n > most:
            value = (shown or typed).strip()
            return UnknownFacetError(f"{value!r} names article {n}: no law has that many articles"
                                     f" (the longest, {law}, has {most})", facet="cites", value=value,
                                     known=(law,))
    return None


def unknown_law(law: str, names: Iterable[str], collection: "Collection | None") -> UnknownFacetError:
    """The error for a ``law`` that no law-name table, index or collection knows, listing the
    closest of ``names`` and of the titles the ``collection`` holds."""
    known = list(dict.fromkeys([*names, *(collection.laws().values() if collection is not None else ())]))
    local = collection.places(law) if collection is not None else []
    if len(local) > 1:  # 人口与计划生育条例: the regulations of several provinces and cities share the title
        return UnknownFacetError(f"{shared_title(repr(law), local)}: write the whole title, e.g. {local[0]!r}",
                                 facet="statute", value=law, known=tuple(local))
    year = _YEAR_AFTER.fullmatch(law)
    if year is not None and year.group("law") in known:  # 民诉法2021: a year where an article was looked for
        name, when = year.group("law"), year.group("year")
        return UnknownFacetError(f"{law!r} names no article: {when} after {name} is a year; for an article of"
                                 f" its {when} version write '{when}年{name}第一条', or '{name}' for the whole law",
                                 facet="statute", value=law, known=(name,))
    # a known name written inside it first (公司法 in 公司法（2023修正）), the longest first
    inside = sorted((n for n in known if len(n) > 2 and n != law and n in law), key=len, reverse=True)[:2]
    close = list(dict.fromkeys(inside + difflib.get_close_matches(law, known, n=5, cutoff=0.5)))[:5]
    unfinished = f" ({UNFINISHED})" if collection is not None and collection.unfinished else ""
    return UnknownFacetError(f"no statute named {law!r} is known{unfinished}" +
                             (f"; did you mean: {', '.join(close)}" if close else
                              "; write a law's full title or a usual short name (民事诉讼法, 民诉法, 刑法)"),
                             facet="statute", value=law, known=tuple(close))


#: The word a law's title ends with, which a short name of it keeps (检察院组织法 … 法, not 办法).
_TITLE_END = re.compile(r"(?:办法|条例|细则|规定|解释|决定|意见|规则|纪要|批复|通知|法)$")


#: The end of a place's name before the title of its rule (上海市, 湖南省, 延边朝鲜族自治州).
_PLACE_END = re.compile(r"(?:省|市|自治区|自治州|自治县|州|县|区|盟|旗)$")


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` stand in order in ``long``."""
    rest = iter(long)
    return all(c in rest for c in short)


def shortened(name: str, collection: "Collection | None", known: Iterable[str] = ()) -> tuple[str, list[str]] | None:
    """The law a name no table knows shortens, the way people shorten a title: its characters in
    order in the title, the same last word (法, 条例, 规定 …), at least half the title's characters
    (中华人民共和国 aside): 检察院组织法 for 中华人民共和国人民检察院组织法, 出入境管理法 for
    中华人民共和国出境入境管理法. ``(title, others)``: a ``known`` title of the index that is the name
    with 中华人民共和国 before it (a title the news print that the collection lacks:
    中华人民共和国民事诉讼法（试行）), else among the titles of ``collection`` (else the ``known``
    ones) that fit, the one adding the fewest characters; and the others that fit, closest first,
    to say which was chosen. None when none fits."""
    key = title_key(name).strip("《》").removeprefix("中华人民共和国")
    known = list(known)
    printed = next((t for t in known if title_key(t).removeprefix("中华人民共和国") == key), None)
    end = _TITLE_END.search(key)
    if end is None or len(key) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", key):
        return (printed, []) if printed is not None else None
    body = key[:end.start()]
    if printed is not None:  # the title the news print, with the state's name: that one, the others said
        fits = shortened(name, collection)
        return printed, [t for t in ([fits[0], *fits[1]] if fits else []) if t != printed]
    for titles in ((collection.laws().values() if collection is not None else ()), known):
        fits: dict[str, int] = {}
        for title in titles:
            full = title_key(title).removeprefix("中华人民共和国")
            if full.endswith(key) and _PLACE_END.search(full[:-len(key)]):
                continue  # 上海市人口与计划生育条例: a place's rule of that title (places() says which)
            if (not full.endswith(end.group()) or _TITLE_END.search(full).group() != end.group()
                    or 2 * len(key) < len(full) or not _subsequence(body, full[:-len(end.group())])):
                continue
            fits[title] = len(full) - len(key)
        if fits:
            ranked = sorted(fits, key=lambda t: (fits[t], t))
            return ranked[0], ranked[1:]
    return None


def shortened_note(name: str, chosen: str, others: list[str]) -> str | None:
    """What is said of a short name read as ``chosen`` where ``others`` fit it too (None when none do)."""
    if not others:
        return None
    shown = "; ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    return (f"{name} is read as {chosen} (the title the news print with 中华人民共和国 before it, else the one"
            f" adding the fewest characters to it); it may also shorten {shown}: write the full title for another")


def abbreviated(name: str, collection: "Collection") -> list[str]:
    """The laws of ``collection`` a short name no table knows may abbreviate (its characters in
    order in their titles, the same last word: 拒执解释 of two interpretations on 拒不执行判决、裁定),
    each once, as the collection titles them; empty when the name is no short name."""
    out: dict[str, None] = {}
    for title in LawNames.default().abbreviated(name):
        law = collection.law(title)
        if law is not None:
            out[law] = None
    return list(out)


def abbreviates(name: str, laws: list[str]) -> str:
    """What to say of a short name ``name`` that abbreviates each of ``laws``."""
    return f"{name} may abbreviate any of {len(laws)} laws of the statute collection: {'; '.join(laws)}"


def shared_title(law: str, places: list[str]) -> str:
    """What is said of a title that ends the titles of several places' rules (``places``)."""
    shown = ", ".join(places[:12]) + (f" and {len(places) - 12} more" if len(places) > 12 else "")
    return f"{law} ends the titles of several rules of the statute collection, of several places ({shown})"


def statute_label(article: Article) -> str | None:
    """The article label of a statute record (``第一条``, ``第一百零二条之一``): from its id
    after ``#``, else the last word of its title; None when it is no statute record."""
    law = article.meta.get("law") if article.meta else None
    if not isinstance(law, str) or not law.strip():
        return None
    tail = article.id.rsplit("#", 1)[1].strip() if "#" in article.id else ""
    if _LABEL.fullmatch(tail):
        return tail
    words = article.title.split()
    return words[-1] if words and _LABEL.fullmatch(words[-1]) else None


@lru_cache(maxsize=4096)
def article_number(label: str) -> int:
    """An article label's number: 第二百三十七条 → 237, 第二百九十一条之一 → 291; 0 for none."""
    m = _LABEL.fullmatch(label)
    return cn_number(m.group(1)) or 0 if m else 0


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|-\d{1,2}-|\.\d{1,2}\.|/\d{1,2}/)")


def printed_year(text: str, cited: Iterable[Citation] = ()) -> int | None:
    """The latest year an undated text prints (2019年, 2019-05-01), not after this year; None if
    none. Years its citations read as the version of a law (1996年《行政处罚法》: ``as_of``) do not
    date the text."""
    import time

    now = time.localtime().tm_year
    named = {int(c.as_of[:4]) for c in cited if c.as_of}
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= now and int(y) not in named and int(y) - 1 not in named]
    return max(years) if years else None


@dataclass(frozen=True)
class Target:
    """One cited article resolved: the collection's id, or why there is none."""

    article: str
    id: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in (("article", self.article), ("id", self.id), ("reason", self.reason)) if v is not None}


@dataclass(frozen=True)
class Resolution:
    """A citation resolved against the collection: the law's title there, the version
    used (its date; None for an undated version), each article's id, and, when nothing
    could be resolved, why (``reason``); ``note`` says how the version was chosen when
    the date alone does not (an undated article)."""

    law: str | None
    version: str | None
    targets: tuple[Target, ...]
    reason: str | None = None
    note: str | None = None

    @property
    def status(self) -> str:
        found = sum(t.id is not None for t in self.targets)
        return "resolved" if found and found == len(self.targets) else "partial" if found else "unresolved"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "law": self.law, "version": self.version,
                               "targets": [t.to_dict() for t in self.targets]}
        if self.reason:
            out["reason"] = self.reason
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Resolution":
        return cls(data.get("law"), data.get("version"), tuple(Target(**t) for t in data.get("targets", ())),
                   data.get("reason"), data.get("note"))

    @classmethod
    def unresolved(cls, citation: Citation, reason: str) -> "Resolution":
        return cls(None, None, tuple(Target(a.article) for a in citation.articles), reason)


#: Share of the shared labels of two versions holding other provisions, above which a law counts as renumbered.
RENUMBERED = 0.2
#: An article this many years older than a law's earliest version in the collection is not
#: resolved to it (its numbering may have changed meanwhile).
OLDER_YEARS = 10


def _moved(a: dict[str, str], b: dict[str, str]) -> float:
    """The share of the labels of two versions whose texts share less than half their character pairs."""
    def pairs(t: str) -> set[str]:
        return {t[i:i + 2] for i in range(len(t) - 1)}

    common = [label for label in a if label in b]
    if not common:
        return 0.0
    moved = 0
    for label in common:
        x, y = pairs(a[label]), pairs(b[label])
        moved += len(x & y) < 0.5 * len(x | y)
    return moved / len(common)


#: How the reason of an undated article's target starts when the versions differ at the article.
UNDATED_DIFFER = "the article is undated and"

#: Laws whose articles have kept one numbering through every text news cites: the 民法典 since it was
#: enacted, the 刑法 since its 1997 recodification (its amendments insert 之一 articles and never
#: renumber), the 劳动合同法 (its 2012 amendment kept every number). A quoted wording that is not the
#: article's but shares some of its three-character runs is then the writer's paraphrase, never a
#: sign of an older numbering.
ONE_TEXT = frozenset({"中华人民共和国民法典", "中华人民共和国刑法", "中华人民共和国劳动合同法"})

#: A quoted wording sharing fewer of its three-character runs with the article resolved is another provision ...
QUOTE_MATCH = 0.2
#: ... (runs weighted by their rarity in the law, unless this share of them is there as they are) ...
QUOTE_PLAIN = 0.5
#: ... and one sharing this many with the same article of another version is that version's.
QUOTE_SAME = 0.8
#: An undated article's law holding other provisions under its number in its versions: words the text gives
#: for it without quotation marks (a paraphrase after 规定，, the rest of its sentence) sharing this many of
#: their runs with one version's article ...
PARAPHRASE_MATCH = 0.5
#: ... and this many more than with every other version's tell that version (the paraphrase of an older
#: numbering shares the law's common phrases with the article now under the number: 0.77 against 0.59).
PARAPHRASE_MARGIN = 0.3
#: Words a text gives for an article without quoting it are read only if some version's article holds this
#: share of their runs as they are (most of the dev pages' remarks on an undated article hold less; the few
#: holding more, 0.4 at most, through the law's common phrases, weigh a tenth or less rarity-weighted).
GLOSS_PLAIN = 0.25


def said_by(scores: dict[str, float]) -> str | None:
    """The version whose article the words a text gives for it clearly say (``scores``: version →
    :func:`likeness`): at least :data:`PARAPHRASE_MATCH`, and :data:`PARAPHRASE_MARGIN` above every
    other version; else None."""
    if len(scores) < 2:
        return None
    best = max(scores, key=lambda v: (scores[v], v))
    if scores[best] < PARAPHRASE_MATCH:
        return None
    return best if all(scores[v] <= scores[best] - PARAPHRASE_MARGIN for v in scores if v != best) else None


def likeness(quote: str, text: str, weights: dict[str, float] | None = None) -> float:
    """The share of the three-character runs of ``quote`` found in ``text`` (punctuation aside),
    each run counting its weight when ``weights`` are given (else 1)."""
    runs = {quote[i:i + 3] for i in range(len(quote) - 2)}
    text = "".join(_HAN.findall(text))
    if weights is None:
        return sum(r in text for r in runs) / len(runs) if runs else 1.0
    total = sum(weights[r] for r in runs)
    return sum(weights[r] for r in runs if r in text) / total if total else 1.0


def _shares_pairs(a: str, b: str) -> bool:
    """Whether two article texts hold one provision: they share half their character pairs or more."""
    x, y = ({t[i:i + 2] for i in range(len(t) - 1)} for t in (a, b))
    return len(x & y) >= 0.5 * len(x | y)


#: An item marker in an article's text: （一）, (二), 三、 opening a line or after ；.
_ITEM = re.compile(r"[（(]([一二三四五六七八九十]+)[)）]|(?:^|[；;])\s*([一二三四五六七八九十]+)、", re.M)


def _parts(text: str) -> tuple[int, set[int]]:
    """``(paragraphs, items)`` of an article's text: its lines that open with no item marker, and
    the numbers of its items."""
    items = {cn_number(a or b) or 0 for a, b in _ITEM.findall(text)}
    lines = [line for line in text.split("\n") if line.strip()]
    return sum(1 for line in lines if not _ITEM.match(line.strip())), items


#: The collection object :meth:`Collection.current` hands out, by path, with the stamp it was read at.
_SHARED: dict[Path, tuple[tuple[Any, ...], "Collection"]] = {}
_SHARED_LOCK = threading.Lock()

#: How the collection dates a version, said where a reason names the versions dated by a day.
DATED_BY = " (versions are dated by their source record: adoption or promulgation)"
#: Said where a law is missing from a collection whose last filling did not finish.
UNFINISHED = ("the statute collection was left unfinished (its last indexing of statute records was interrupted):"
              " index the statute records again to complete it")

NO_COLLECTION = ("no statute collection to resolve citations against: index a statute JSONL file"
                 " (records with a `law` field) to build one (docs/statutes.md)")


def no_collection() -> str:
    """Why nothing can be resolved without a collection, naming the file looked for and how it
    was chosen (a collection moved or deleted since the citations were resolved is looked for
    there, not where it went)."""
    from ...config import STATUTES_ENV

    how = f"${STATUTES_ENV}" if os.environ.get(STATUTES_ENV, "").strip() else f"the per-user default; ${STATUTES_ENV} names another"
    return (f"no statute collection at {str(statutes_path())!r} ({how}) to resolve citations against: index a"
            " statute JSONL file (records with a `law` field) to build one there, or point"
            f" ${STATUTES_ENV} at the collection if it was moved (docs/statutes.md)")


def _stamp(path: Path) -> tuple[Any, ...]:
    """The size and modification time of a collection file and of its WAL (where writes go
    first): any write changes one of them."""
    out: list[Any] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None]
    return tuple(out)


class Collection(SideStore):
    """A statute collection file (see the module docstring)."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS statutes (id TEXT PRIMARY KEY, law TEXT NOT NULL, version TEXT NOT NULL,
                                         label TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,
                                         digest TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS statutes_law ON statutes(law, version);
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """
    #: Each record's file, made by the first write (a collection only read is not changed).
    SOURCES = ("CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, file TEXT NOT NULL)",
               "CREATE INDEX IF NOT EXISTS sources_file ON sources(file)")

    def __init__(self, path: str | Path | None) -> None:
        super().__init__(path)
        self._titles: dict[str, str] | None = None
        self._loose: dict[str, str | None] | None = None
        self._renumbered: dict[str, bool] = {}
        self._versions: dict[str, list[str]] = {}
        self._labels: dict[tuple[str, str], tuple[dict[str, str], int]] = {}
        self._texts: dict[str, str] = {}
        self._joined: dict[tuple[str, str], tuple[int, str]] = {}
        self._by_version: dict[tuple[str, str], dict[str, str]] = {}
        self._longest: tuple[tuple[str, int] | None] | None = None  # (the longest law,) once read

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._readable(), super()._reading() as con:
            yield con

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        with self._readable(), super()._writing() as con:
            yield con

    @contextmanager
    def _readable(self) -> Iterator[None]:
        """A file SQLite cannot read as a collection (damaged, cut short, no database at all)
        is a StatuteCollectionError naming it; a busy one stays SQLite's error."""
        try:
            yield
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and re.search(r"locked|busy", str(e)):
                raise
            raise StatuteCollectionError(
                f"the statute collection {str(self.path)!r} cannot be read ({e}): it is damaged or is no statute"
                " collection; delete it (or name another with LAWNEWS_STATUTES) and index the statute records"
                " again (docs/statutes.md)") from None

    @classmethod
    def current(cls) -> "Collection | None":
        """The collection at :func:`lawnews.config.statutes_path`, None if there is none: one
        object while the file is unchanged (its size, time and fingerprint, and its WAL's), so
        that what it has read (titles, versions, labels) serves every later call — a cited-by
        page reads the citations of each hit against it."""
        path = statutes_path()
        if not path.is_file():
            return None
        stamp = _stamp(path)
        with _SHARED_LOCK:
            held = _SHARED.get(path)
        if held is not None and held[0] == (*stamp, held[1].fingerprint):
            return held[1]
        collection = cls(path)
        fingerprint = collection.fingerprint
        if stamp == _stamp(path):  # (not written to meanwhile)
            with _SHARED_LOCK:
                _SHARED[path] = ((*stamp, fingerprint), collection)
        return collection

    @classmethod
    def at(cls, path: str | Path) -> "Collection | None":
        path = Path(path)
        return cls(path) if path.is_file() else None

    # -- writing -------------------------------------------------------------
    def writer(self) -> "CollectionWriter":
        return CollectionWriter(self)

    def _fingerprint_now(self, con: sqlite3.Connection) -> str:
        h = hashlib.sha1()
        for (digest,) in con.execute("SELECT digest FROM statutes ORDER BY id"):
            h.update(digest.encode())
        return h.hexdigest()[:16]

    # -- reading -------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        """A hash of every statute row (id, law, version, label, text): changes with the content.
        A collection whose filling did not finish (:attr:`unfinished`) has the hash it had before,
        marked, so that citations resolved against it are resolved again once it is complete."""
        with self._reading() as con:
            rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('fingerprint', 'unfinished')"))
        return rows.get("fingerprint", "") + ("+unfinished" if "unfinished" in rows else "")

    @property
    def unfinished(self) -> bool:
        """Whether the last filling of the collection stopped before its end (interrupted or
        killed, or still under way): laws may be missing, or only some of their articles held."""
        if self._unfinished is None:
            with self._reading() as con:
                self._unfinished = con.execute("SELECT 1 FROM meta WHERE key = 'unfinished'").fetchone() is not None
        return self._unfinished

    _unfinished: bool | None = None

    def count(self) -> int:
        with self._reading() as con:
            return con.execute("SELECT count(*) FROM statutes").fetchone()[0]

    def longest(self) -> tuple[str, int] | None:
        """``(title, highest article number)`` of the law of the collection numbering its
        articles furthest (in any version), or None for an empty collection."""
        if self._longest is None:
            with self._reading() as con:
                row = con.execute("SELECT law, number FROM statutes ORDER BY number DESC, law LIMIT 1").fetchone()
            self._longest = ((row[0], int(row[1])) if row else None,)
        return self._longest[0]

    def laws(self) -> dict[str, str]:
        """``title_key(title) → title`` of every law of the collection."""
        if self._titles is None:
            with self._reading() as con:
                self._titles = {title_key(law): law for (law,) in con.execute("SELECT DISTINCT law FROM statutes")}
        return self._titles

    def law(self, title: str) -> str | None:
        """The collection's title of a law (spaces, 、 and bracket forms aside; else the one
        law whose :func:`loose_key` is the title's), or None."""
        laws = self.laws()
        found = laws.get(title_key(title)) or laws.get(title_key("中华人民共和国" + title))
        if found is None:
            if self._loose is None:
                self._loose = {}
                for law in laws.values():
                    key = loose_key(law)
                    self._loose[key] = None if key in self._loose else law  # None: two laws share it
            found = self._loose.get(loose_key(title))
            if found is not None and "试行" in title and "试行" not in found:
                return None  # 民事诉讼法（试行）: the trial text, not the law it preceded
        return found

    def places(self, title: str) -> list[str]:
        """The titles of the collection that end with ``title`` and are longer (the rules of
        places sharing it: 人口与计划生育条例 → 上海市人口与计划生育条例, 北京市…), sorted."""
        bare = title.strip("《》 ")
        if len(bare) < 4:
            return []
        return sorted(t for t in self.laws().values() if t.endswith(bare) and len(t) > len(bare))

    def versions(self, law: str) -> list[str]:
        """The versions of a law, oldest first: dates, and ``""`` (undated) before them."""
        if law not in self._versions:
            with self._reading() as con:
                found = [v for (v,) in con.execute("SELECT DISTINCT version FROM statutes WHERE law = ?", (law,))]
            self._versions[law] = sorted(found)
        return self._versions[law]

    def _articles(self, law: str, version: str) -> tuple[dict[str, str], int]:
        """``(label → id, the highest article number)`` of one version (the smallest id when
        the corpus holds one version twice)."""
        key = (law, version)
        if key not in self._labels:
            labels: dict[str, str] = {}
            top = 0
            with self._reading() as con:
                for sid, label, number in con.execute(
                        "SELECT id, label, number FROM statutes WHERE law = ? AND version = ? ORDER BY id",
                        (law, version)):
                    labels.setdefault(label, sid)
                    top = max(top, number)
            self._labels[key] = (labels, top)
        return self._labels[key]

    def labels(self, law: str, version: str) -> dict[str, str]:
        """``label → id`` of the articles of one version of a law (empty when it has none)."""
        return self._articles(law, version)[0]

    def holding(self, law: str, label: str) -> dict[str, str]:
        """``version → id`` of the versions of a law holding article ``label``, oldest first
        (as :meth:`versions` orders them)."""
        return {v: sid for v in self.versions(law) if (sid := self._articles(law, v)[0].get(label))}

    def article(self, statute_id: str) -> dict[str, Any] | None:
        """One statute article: ``{"id", "law", "version", "label", "text"}``, or None."""
        with self._reading() as con:
            row = con.execute("SELECT id, law, version, label, text FROM statutes WHERE id = ?",
                              (statute_id,)).fetchone()
        if row is None:
            return None
        return {"id": row[0], "law": row[1], "version": row[2] or None, "label": row[3], "text": row[4]}

    def version_for(self, law: str, date: str | None,
                    printed_year: int | None = None) -> tuple[str | None, str | None, str | None]:
        """``(version, note, reason)``: the version of ``law`` in force on ``date`` (the
        latest version date on or before it), or why there is none. Without a date, the
        latest version; but when the date, or for an undated article ``printed_year`` (the
        latest year it prints), is before every version, the article cites an older text
        than the collection holds: its earliest version stands for it if the collection
        shows the law's articles keeping their numbers (:meth:`renumbered`), else none."""
        versions = self.versions(law)
        dated = [v for v in versions if v]
        if date is None:
            if not dated:
                return "", None, None
            if printed_year is not None and f"{printed_year}-01-01" < dated[0] and "" not in versions:
                # (printed 2021, earliest version 2021-12-24: the text may be older than every version)
                return self._older(law, dated[0], f"the article is undated and the latest year it prints is"
                                                  f" {printed_year}", f"{printed_year}-12-31", printed=True)
            note = f"the article is undated: the latest version ({dated[-1]})" if len(versions) > 1 else None
            return dated[-1], note, None
        in_force = [v for v in dated if v <= date]
        if in_force:
            return in_force[-1], None, None
        if "" in versions and not dated:
            return "", (f"the collection's only version of {law} is undated: whether its text is the one in force on"
                        f" {date} cannot be told"), None
        if "" in versions:
            return "", "the collection's undated version (no dated version is on or before the article's date)", None
        return self._older(law, dated[0], f"no version of {law} in the statute collection is dated on or before"
                                          f" {date}{DATED_BY}", date)

    def _older(self, law: str, earliest: str, why: str, date: str,
               printed: bool = False) -> tuple[str | None, str | None, str | None]:
        """An article older than every version of ``law``: the earliest version, unless the law
        was renumbered between its versions or the article is :data:`OLDER_YEARS` or more older."""
        if not printed and len([v for v in self.versions(law) if v]) < 2:
            return None, None, (f"{why}, before the only version of {law} in the statute collection ({earliest}):"
                                " whether the article kept its number since cannot be told")
        if self.renumbered(law):
            return None, None, (f"{why}, before the collection's earliest version ({earliest}), and the law's"
                                " articles were renumbered between its versions: the article may cite an older"
                                " numbering")
        if int(earliest[:4]) - int(date[:4]) >= OLDER_YEARS:
            return None, None, (f"{why}, {OLDER_YEARS} years or more before the collection's earliest version"
                                f" ({earliest}): the article may cite an older numbering")
        return earliest, f"{why}: the earliest version ({earliest}) stands for the older text", None

    def renumbered(self, law: str) -> bool:
        """Whether the collection shows ``law`` renumbered: between two of its versions, more
        than :data:`RENUMBERED` of the labels they share hold other provisions (texts
        sharing less than half their character pairs)."""
        if law not in self._renumbered:
            texts = [self._version_texts(law, version) for version in self.versions(law)]
            self._renumbered[law] = any(_moved(a, b) > RENUMBERED for a, b in zip(texts, texts[1:]))
        return self._renumbered[law]

    def resolve(self, citation: Citation, date: str | None, printed_year: int | None = None) -> Resolution:
        """The citation's articles in the version of its law in force on ``date`` (or
        on the date the citation names: 2007年民事诉讼法; see :meth:`version_for` for an
        undated article and ``printed_year``), checked against what the text shows of them
        (docs/statutes.md: the wording it quotes, the 款 and 项 it names; for an undated
        article, whether the versions differ at the article)."""
        return self._resolve(citation, date, printed_year)[0]

    def resolve_all(self, citations: Iterable[Citation], date: str | None,
                    printed_year: int | None = None) -> list[Resolution]:
        """The resolutions of the citations of one article (see :meth:`resolve`), an
        article cited several times read as one: when one citation of it shows that the
        text cites an older numbering (a quoted wording no version has, a 款 or 项 the
        article lacks), the others are not resolved either; when one quotes the wording of
        one version's article, the others without a quoted wording of their own (nor a
        version they name) get that version, and so do those whose wording, printed without
        quotation marks, is not the article's: the writer's summary of it."""
        done = [(c, *self._resolve(c, date, printed_year)) for c in citations]
        older: dict[tuple[str, str], Citation] = {}
        older_law: dict[str, Citation] = {}  # a law the text shows it cites in an older numbering
        quoted: dict[tuple[str, str], Resolution] = {}
        for c, r, _shown_older, confirmed in done:
            for t in r.targets:
                if r.law and confirmed and t.id is not None:
                    quoted.setdefault((r.law, t.article), r)
        # 体现第八十七条：违法解除需支付二倍赔偿 beside 第八十七条规定：用人单位违反本法规定解除…: wording without
        # quotation marks that is not the article's, where the text quotes the article's own wording elsewhere,
        # is the writer's summary of it, not an older numbering
        summaries = {id(c): quoted[(r.law, r.targets[0].article)] for c, r, shown_older, _k in done
                     if shown_older and r.law and len(r.targets) == 1 and r.targets[0].id is None
                     and c.quote and not c.verbatim and not c.as_of and (r.law, r.targets[0].article) in quoted}
        reworded: dict[str, dict[str, Citation]] = {}  # law → article → a citation printing other wording for it
        shown: dict[str, set[str]] = {}  # law → its articles the text shows older
        for c, r, shown_older, confirmed in done:
            if id(c) in summaries:
                continue
            for t in r.targets:
                if r.law and shown_older and t.id is None:
                    older.setdefault((r.law, t.article), c)
                    shown.setdefault(r.law, set()).add(t.article)
                    if c.verbatim and not c.as_of:  # (a paraphrase or a remark proves no numbering)
                        older_law.setdefault(r.law, c)
                    elif c.quote and not c.as_of and r.law not in ONE_TEXT:
                        reworded.setdefault(r.law, {}).setdefault(t.article, c)
        # ... nor does one wording without quotation marks; but two articles of a law whose printed wording is
        # not theirs (第五十二條 被羈押的… and 第六十五條 明確規定，… of an older text) show the text prints that older text
        for law, articles in reworded.items():
            if len(articles) >= 2:
                older_law.setdefault(law, next(iter(articles.values())))
        if not older and not quoted:
            return self._named_elsewhere([c for c, *_ in done], [r for _c, r, _s, _k in done], date)
        # 《反不正当竞争法》第九条规定，经营者不得利用广告…（the 1993 wording）⏎ 对违反该规定的，根据第二十四条进行处罚: a
        # bare article takes its law from the citation before it, and so does it the older text that citation prints
        carried: dict[int, Citation] = {}
        last: dict[str, tuple[Citation, bool]] = {}
        for c, r, shown_older, _k in done:
            if not r.law:
                continue
            before = last.get(r.law)
            if before is not None and before[1] and not c.written.strip() and c.form == "continuation":
                carried[id(c)] = before[0]
            last[r.law] = (c, shown_older and id(c) not in summaries and any(t.id is None for t in r.targets))
        out = []
        for c, r, _shown_older, confirmed in done:
            if id(c) in summaries:
                model = summaries[id(c)]
                r = Resolution(r.law, model.version, model.targets, None,
                               f"the version whose {r.targets[0].article} has the wording the text quotes there")
            elif confirmed and r.law in older_law and len(shown.get(r.law, ())) >= 2 and len(r.targets) == 1 \
                    and r.targets[0].id is not None and not self._stable(r.law, r.targets[0].article) \
                    and likeness(c.quote, self.text(r.targets[0].id),
                                 self._weights(r.law, r.version or "", c.quote)) < QUOTE_SAME:
                # in a text printing an older text of the law (two of its articles shown older), wording that
                # shares mostly the law's boilerplate with the article (人民法院、人民检察院和公安机关…犯罪嫌疑人、被告人) does not show it kept its number
                label = r.targets[0].article
                r = Resolution(r.law, r.version, (Target(label, None, (
                    f"{older_law[r.law].text.strip()} in the same text cites an older numbering of {r.law}, and the"
                    f" wording the text prints for {label} ({c.quote[:12]}…) shares little but the law's common"
                    " phrases with it: the article may cite an older numbering")),), r.reason, r.note)
            elif r.law and not confirmed and not c.as_of:
                first = next((older[(r.law, t.article)] for t in r.targets
                              if t.id and (r.law, t.article) in older), None)
                model = quoted.get((r.law, r.targets[0].article)) if len(r.targets) == 1 else None
                other = older_law.get(r.law)
                if first is not None and first is not c:
                    why = (f"{first.text.strip()} in the same text cites an older numbering of this article:"
                           " so may this citation")
                    r = Resolution(r.law, r.version, tuple(Target(t.article, None, why) if t.id else t
                                                           for t in r.targets), r.reason, r.note)
                elif id(c) in carried and model is None and any(t.id for t in r.targets):
                    why = (f"the article takes its law from {carried[id(c)].text.strip()} just before it, whose"
                           " wording in the text is an older numbering's: so may this citation")
                    r = Resolution(r.law, r.version, tuple(Target(t.article, None, why) if t.id else t
                                                           for t in r.targets), r.reason, r.note)
                elif other is not None and other is not c and model is None and (unstable := {
                        t.article for t in r.targets if t.id and not self._stable(r.law, t.article)}):
                    # a text quoting an older wording of one article of a law cites that older text throughout:
                    # its other articles are kept only where every version the collection holds agrees
                    why = (f"{other.text.strip()} in the same text cites an older numbering of {r.law}:"
                           " so may this citation")
                    r = Resolution(r.law, r.version, tuple(
                        Target(t.article, None, why) if t.id and t.article in unstable else t
                        for t in r.targets), r.reason, r.note)
                elif model is not None and (model.version != r.version or r.targets[0].id is None) \
                        and (r.targets[0].id is not None or (r.targets[0].reason or "").startswith(UNDATED_DIFFER)
                             or (r.version is None and r.reason is not None)):
                    # (an older text than every version held: the wording quoted under the same number shows
                    # the article kept it, as for the citation quoting it)
                    r = Resolution(r.law, model.version, model.targets, None,
                                   f"the version whose {r.targets[0].article} has the wording the text quotes there")
            out.append(r)
        return self._named_elsewhere([c for c, *_ in done], out, date)

    def _named_elsewhere(self, citations: list[Citation], resolutions: list[Resolution],
                         date: str | None) -> list[Resolution]:
        """The resolutions of an undated text's citations, those of a law the text names one version of
        by its year elsewhere (2018年《公司法》第二十条 … 《公司法》第六十三条) in that version: the undated
        ones that got the latest version for want of a date, or none because the versions hold other
        provisions under the number, where that version has the article (and the 款 or 项 named)."""
        if date is not None or not any(c.as_of for c in citations):
            return resolutions
        named: dict[str, set[str]] = {}
        for c, r in zip(citations, resolutions):
            if c.as_of and r.law and r.version and any(t.id for t in r.targets):
                named.setdefault(r.law, set()).add(r.version)
        out = []
        for c, r in zip(citations, resolutions):
            versions = named.get(r.law or "", set())
            undated = (r.note or "").startswith("the article is undated: the latest") or any(
                (t.reason or "").startswith(UNDATED_DIFFER) and "each of its versions" not in (t.reason or "")
                for t in r.targets)
            if len(versions) == 1 and r.law and not c.as_of and undated and r.version not in versions \
                    and all(t.id or (t.reason or "").startswith(UNDATED_DIFFER) for t in r.targets):
                (version,) = versions
                labels = self._articles(r.law, version)[0]
                if all(t.article in labels for t in r.targets) and all(
                        self._lacks(labels[a.article], a) is None for a in c.articles if a.article in labels):
                    r = Resolution(r.law, version, tuple(Target(t.article, labels[t.article]) for t in r.targets),
                                   None, f"the article is undated: the version the text names for {r.law}"
                                         f" elsewhere ({version[:4]})")
            out.append(r)
        return out

    def _printed_law(self, citation: Citation) -> str | None:
        """The law a bracketed title names as printed, where the collection holds that very
        title and the name table read it as another law (a local regulation or a law newer
        than the table, one character from a table title: 《…测试法》 is not 测绘法)."""
        written = citation.written.strip()
        if not (written.startswith("《") and written.endswith("》")) or citation.form == "interpretation":
            return None  # (《中华人民共和国民事诉讼法》司法解释: the title printed is the law the interpretation is of)
        found = self.laws().get(title_key(written[1:-1]))
        return found if found is not None and title_key(found) != title_key(citation.law or "") else None

    def _resolve(self, citation: Citation, date: str | None,
                 printed_year: int | None) -> tuple[Resolution, bool, bool]:
        """``(resolution, shown older, confirmed)``: whether what the text shows of the
        article (quoted wording, 款/项) proves it an older numbering, or its quoted wording
        confirms the article resolved."""
        if citation.law is None:
            laws = [law for law in (self.law(c) for c in citation.candidates) if law]
            return Resolution.unresolved(citation, "the title is ambiguous: " + " or ".join(citation.candidates)
                                         + ("" if laws else " (neither is in the statute collection)")), False, False
        law = self._printed_law(citation) or self.law(citation.law)
        if law is None and len(places := self.places(citation.law)) > 1:
            # 《人口与计划生育条例》第十八条: the regulations of several provinces share the title
            return Resolution.unresolved(citation, f"{shared_title(citation.law, places)}: which one the text cites"
                                                   " cannot be told"), False, False
        if law is None and len(fits := abbreviated(citation.law, self)) > 1:
            # 《拒执解释》第三条: the short name of several interpretations the collection holds
            return Resolution.unresolved(citation, f"{abbreviates(citation.law, fits)}: which one the text cites"
                                                   " cannot be told"), False, False
        if law is None:
            missing = f"{citation.law} is not in the statute collection"
            return Resolution.unresolved(citation, f"{missing}; {UNFINISHED}" if self.unfinished else missing), \
                False, False
        if citation.as_of and not any(self.versions(law)):
            return Resolution(law, None, tuple(Target(a.article) for a in citation.articles),
                              f"the text names the {citation.as_of[:4]} text of {law}, and the statute collection's"
                              " only version of it is undated: which text that is cannot be told"), False, False
        latest = max(self.versions(law))
        if citation.as_of and latest and law not in ONE_TEXT and int(citation.as_of[:4]) > int(latest[:4]) + 1:
            # 2025年修订的《治安管理处罚法》第九十七条 where the collection's latest text is of 2012: the text the
            # article cites is not held, and the number may hold another provision in the one that is
            return Resolution(law, None, tuple(Target(a.article) for a in citation.articles), (
                f"the text names the {citation.as_of[:4]} text of {law}, later than every version the statute"
                f" collection holds (the latest is {latest}): the article may cite a numbering it lacks")), False, False
        if citation.as_of:
            version, note, reason = self.version_for(law, citation.as_of)
            note = note or f"the version the text names ({citation.as_of[:4]})"
            year = citation.as_of[:4]
            said = f"is dated on or before the end of {year}, the year the text names for it{DATED_BY}"
            dated_then = f"is dated on or before {citation.as_of}{DATED_BY}"
            reason = reason and (reason.replace(dated_then, said) if dated_then in reason
                                 else f"{reason} ({year}, the year the text names for it)")
        else:
            version, note, reason = self.version_for(law, date, printed_year)
        if version is None:
            kept = self._kept(citation, law)
            if kept is not None:  # a text older than every version held, quoting the article as one of them has it
                return kept, False, True
            return Resolution(law, None, tuple(Target(a.article) for a in citation.articles), reason), False, False
        undated = date is None and not citation.as_of
        confirmed = False
        if citation.quote and len(citation.articles) == 1:
            label = citation.articles[0].article
            scores = self._quote_scores(citation.quote, law, label)
            if version in scores:
                best = max(scores, key=lambda v: (scores[v], v))
                if undated and scores[best] < QUOTE_SAME and not citation.verbatim and said_by(scores) \
                        and self._differ(law, label, scores):
                    # 第23条规定，公司股东滥用公司法人独立地位…: a paraphrase that says what one version's
                    # article says, and clearly not what the others' say, is of that version
                    version = best
                    note = f"the article is undated: the version whose {label} says what the text says of it"
                elif undated and scores[best] < QUOTE_SAME and self._differ(law, label, scores):
                    # 第二百五十五条规定，被执行人不履行法律文书确定的义务的…: wording two versions' articles
                    # share in part (被执行人…义务) tells neither of them
                    return Resolution(law, None, (Target(label, None, (
                        f"{UNDATED_DIFFER} {label} of {law} holds another provision in each of its versions, and"
                        f" the wording the text quotes ({citation.quote[:12]}…) is not that of any of them:"
                        " which one it cites cannot be told")),)), False, False
                if undated and best != version and scores[best] >= QUOTE_MATCH and scores[best] > scores[version]:
                    version, note = best, f"the article is undated: the version whose {label} has the wording it quotes"
                elif scores[version] < QUOTE_MATCH and (law not in ONE_TEXT or not scores[version]):
                    return self._quoted_elsewhere(citation, law, version, label, scores), True, False
                # 《民法典》第1142条“以最后一份有效遗嘱为准”: a code with one text ever has no older
                # numbering, so wording that shares some runs with its article is the writer's paraphrase
                # (wording sharing none is another text printed under the number: still not resolved)
                confirmed = scores[version] >= QUOTE_MATCH
        labels, top = self._articles(law, version)
        when = f"the {version} version of " if version else "the undated version of "
        targets = []
        shown_older = False
        for a in citation.articles:
            sid = labels.get(a.article)
            if sid is not None:
                lacks = self._lacks(sid, a)
                shown_older |= lacks is not None
                targets.append(Target(a.article, None if lacks else sid, lacks and (
                    f"{a.article} of {when}{law} has no {lacks}: the article may cite an older numbering")))
            elif article_number(a.article) > top:
                last = max(labels, key=article_number) if labels else "no article"
                targets.append(Target(a.article, None, f"{when}{law} ends at {last}: it has no {a.article}"
                                                       f"{self._later_holding(law, version, a.article)}"))
            else:
                targets.append(Target(a.article, None, f"{when}{law} has no {a.article}"
                                                       f"{self._later_holding(law, version, a.article)}"))
        if undated and not confirmed and shown_older and len(targets) == 1 and targets[0].id is None:
            fitting = self._fitting_version(law, version, citation.articles[0])
            if fitting is not None:  # 《公司法》第20条第3款: the older version's 第二十条 has a 第3款
                label = citation.articles[0].article
                return Resolution(law, fitting, (Target(label, self._articles(law, fitting)[0][label]),), None,
                                  f"the article is undated: the version whose {label} has the 款 or 项 it names"), \
                    False, True
        if undated and not confirmed and version and not (printed_year and printed_year > int(version[:4])):
            targets = [self._same_in_versions(law, version, t) for t in targets]
            if citation.gloss and len(targets) == 1 and (targets[0].reason or "").startswith(UNDATED_DIFFER):
                # 依照公司法第一百四十八条，董事、高级管理人员不得挪用公司资金: the words the text gives for the
                # article, unquoted, tell the version whose article says them
                label = targets[0].article
                told = {said_by(self._quote_scores(part, law, label))
                        for part in citation.gloss.split(GLOSS_SEPARATOR) if self._plainly_like(part, law, label)}
                told.discard(None)
                said = told.pop() if len(told) == 1 else None  # (two parts telling two versions tell none)
                if said is not None:
                    return Resolution(law, said or None, (Target(label, self._articles(law, said)[0][label]),), None,
                                      f"the article is undated: the version whose {label} says what the text says"
                                      " of it"), False, True
        if citation.sanction and len(targets) == 1 and targets[0].id is not None \
                and citation.sanction not in self.text(targets[0].id):
            # 依照《消防法》第五十条规定处15日以下拘留, where that 第五十条 imposes no 拘留: another numbering
            shown_older = True
            targets = [Target(targets[0].article, None, (
                f"the text says {targets[0].article} imposes {citation.sanction}, and {targets[0].article} of"
                f" {when}{law} does not: the article may cite an older numbering"))]
        return Resolution(law, version or None, tuple(targets), None, note), shown_older, confirmed

    def _later_holding(self, law: str, version: str, label: str) -> str:
        """What to add where ``version`` of ``law`` lacks ``label`` and a later version has it (an
        article of a text newer than the news article: 企业破产法第一百四十条 of 2024 cited in 2020)."""
        later = [v for v in self.holding(law, label) if version and v > version]
        return f" (its {later[0]} version, a later text, has it)" if later else ""

    def _kept(self, citation: Citation, law: str) -> Resolution | None:
        """The resolution of a one-article citation whose quoted wording is that of the article
        under the same label in a version of ``law`` (:data:`QUOTE_SAME`): the latest such
        version, the wording showing that the article kept its number; else None."""
        if not citation.quote or len(citation.articles) != 1:
            return None
        label = citation.articles[0].article
        scores = self._quote_scores(citation.quote, law, label)
        same = [v for v in scores if scores[v] >= QUOTE_SAME]
        if not same:
            return None
        version = max(same)
        return Resolution(law, version or None, (Target(label, self._articles(law, version)[0][label]),), None,
                          f"the version whose {label} has the wording the text quotes")

    def _fitting_version(self, law: str, version: str, cited: Any) -> str | None:
        """The latest version of ``law`` before ``version`` whose article has the 款 or 项
        ``cited`` names (which ``version``'s lacks), or None."""
        for other in reversed(self.versions(law)):
            if other and other < version:
                sid = self._articles(law, other)[0].get(cited.article)
                if sid is not None and self._lacks(sid, cited) is None:
                    return other
        return None

    def _stable(self, law: str, label: str) -> bool:
        """Whether the collection holds ``law`` in several versions and the article ``label`` holds
        the same provision in every one of them."""
        versions = self.versions(law)
        return len(versions) >= 2 and self._same_provision(law, label, versions)

    def _differ(self, law: str, label: str, scores: dict[str, float]) -> bool:
        """Whether the versions of ``law`` that have an article ``label`` (``scores``' keys) hold
        different provisions under it."""
        return not self._same_provision(law, label, list(scores))

    def _same_provision(self, law: str, label: str, versions: Iterable[str]) -> bool:
        """Whether the article ``label`` holds the same provision in each of ``versions`` of
        ``law`` (not where one of them lacks it)."""
        ids = [self._articles(law, version)[0].get(label) for version in versions]
        if None in ids:
            return False
        texts = [self.text(sid) for sid in ids if sid]
        return all(_shares_pairs(a, b) for a, b in zip(texts, texts[1:]))

    def _lacks(self, statute_id: str, cited: Any) -> str | None:
        """The 款 or 项 a citation names that the article's text does not have (第三款 of a
        one-paragraph article, 第（五）项 of an article without items), or None. A 第N款 alone
        of an article of one paragraph whose items reach N is its 第N项 (《劳动合同法》第三十九条
        第二款 for 第三十九条第（二）项: a one-paragraph article has no other 款 to mean)."""
        if cited.paragraph is None and cited.item is None:
            return None
        paragraphs, items = _parts(self.text(statute_id))
        if cited.paragraph is not None and cited.paragraph > paragraphs:
            if paragraphs == 1 and cited.item is None and cited.paragraph in items:
                return None
            return f"第{cited.paragraph}款 (it has {paragraphs})"
        if cited.item is not None and cited.item not in items:
            return f"第{cited.item}项"
        return None

    def _same_in_versions(self, law: str, version: str, target: Target) -> Target:
        """A target of an undated article: unresolved when an earlier version of the law holds
        another provision under its label (or none): which one the article cites cannot be told."""
        if target.id is None:
            return target
        text = self.text(target.id)
        for other in self.versions(law):
            if not other or other >= version:
                continue
            sid = self._articles(law, other)[0].get(target.article)
            if sid is None or not _shares_pairs(text, self.text(sid)):
                return Target(target.article, None, (
                    f"{UNDATED_DIFFER} {target.article} of {law} holds another provision in its {other}"
                    f" version than in its {version} version: which one it cites cannot be told"))
        return target

    def _quote_scores(self, quote: str, law: str, label: str) -> dict[str, float]:
        """``version → likeness`` of the quoted wording to the article ``label`` of each version
        of ``law`` that has it: below :data:`QUOTE_PLAIN`, its three-character runs weighted by
        how rare they are among that version's articles (boilerplate such as 有下列 or 人民法院
        counts little)."""
        out = {}
        for version in self.versions(law):
            sid = self._articles(law, version)[0].get(label)
            if sid is not None:
                plain = likeness(quote, self.text(sid))
                out[version] = plain if plain >= QUOTE_PLAIN else likeness(quote, self.text(sid),
                                                                           self._weights(law, version, quote))
        return out

    def _plainly_like(self, words: str, law: str, label: str) -> bool:
        """Whether some version's article ``label`` holds :data:`GLOSS_PLAIN` of the runs of ``words`` as
        they are (a writer's remark holds fewer: its rarity-weighted reading is not worth its cost)."""
        return any(likeness(words, self.text(sid)) >= GLOSS_PLAIN for sid in (
            self._articles(law, version)[0].get(label) for version in self.versions(law)) if sid)

    def _weights(self, law: str, version: str, quote: str) -> dict[str, float]:
        """The weight of each three-character run of ``quote``: log(n / times the n articles of the version hold it)."""
        key = (law, version)
        if key not in self._joined:
            texts = self._version_texts(law, version)
            self._joined[key] = (len(texts), "\n".join("".join(_HAN.findall(t)) for t in texts.values()))
        n, joined = self._joined[key]
        return {run: math.log((n + 1) / (joined.count(run) + 0.5)) for run in {quote[i:i + 3] for i in range(len(quote) - 2)}}

    def _version_texts(self, law: str, version: str) -> dict[str, str]:
        """``label → text`` of every article of one version of a law (one query, cached)."""
        key = (law, version)
        if key not in self._by_version:
            with self._reading() as con:
                self._by_version[key] = dict(con.execute(
                    "SELECT label, text FROM statutes WHERE law = ? AND version = ? ORDER BY id DESC", key).fetchall())
        return self._by_version[key]

    def _quoted_elsewhere(self, citation: Citation, law: str, version: str, label: str,
                          scores: dict[str, float]) -> Resolution:
        """A citation whose quoted wording is not that of the article resolved: the version
        whose article has that wording, or none (the text cites an older numbering)."""
        for other in reversed(self.versions(law)):
            if other != version and scores.get(other, 0.0) >= QUOTE_SAME:
                sid = self._articles(law, other)[0][label]
                return Resolution(law, other or None, (Target(label, sid),), None,
                                  f"the version whose {label} has the wording the text quotes")
        when = f"the {version} version of " if version else "the undated version of "
        return Resolution(law, version or None, (Target(label, None, (
            f"the wording the text quotes ({citation.quote[:12]}…) is not that of {label} of {when}{law}:"
            " the article may cite an older numbering")),))

    def text(self, statute_id: str) -> str:
        """The text of one statute article (cached), "" if there is none."""
        if statute_id not in self._texts:
            found = self.article(statute_id)
            self._texts[statute_id] = found["text"] if found else ""
        return self._texts[statute_id]


class CollectionWriter:
    """Statute records → the collection, a chunk at a time (:data:`CHUNK` rows per
    transaction); a record whose id is there already replaces it. :meth:`close` updates
    the fingerprint when anything changed. Use it as a context manager."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self._rows: list[tuple[str, ...]] = []
        self.changed = 0
        self.added = 0
        self._begun = False
        self._sources: list[tuple[str, str]] = []
        #: The ids each file read gave: at a finished close, the file's other records are gone from it.
        self._seen: dict[str, set[str]] = {}

    def add(self, article: Article) -> bool:
        """Add the article if it is a statute record; returns whether it was one."""
        label = statute_label(article)
        if label is None:
            return False
        law = str(article.meta["law"]).strip()
        version = article.date or ""
        text = article.text
        digest = hashlib.sha1("\x1f".join((article.id, law, version, label, text)).encode()).hexdigest()[:16]
        self._rows.append((article.id, law, version, label, str(article_number(label)), text, digest))
        if article.file:
            self._sources.append((article.id, article.file))
            self._seen.setdefault(article.file, set()).add(article.id)
        self.added += 1
        if len(self._rows) >= CHUNK:
            self.flush()
        return True

    def flush(self) -> None:
        if not self._rows:
            return
        if self.collection.path is not None:
            self.collection.path.parent.mkdir(parents=True, exist_ok=True)
        with self.collection._writing() as con:
            if not self._begun:  # until close: a run cut short leaves the collection marked unfinished
                con.execute("INSERT OR REPLACE INTO meta VALUES ('unfinished', '1')")
                for statement in Collection.SOURCES:
                    con.execute(statement)
                self._begun = True
            before = con.total_changes
            con.executemany(
                "INSERT INTO statutes VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET law = excluded.law,"
                " version = excluded.version, label = excluded.label, number = excluded.number,"
                " text = excluded.text, digest = excluded.digest WHERE statutes.digest != excluded.digest",
                self._rows)
            self.changed += con.total_changes - before
            con.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?)", self._sources)
        self._rows.clear()
        self._sources.clear()

    def close(self, finished: bool = True) -> None:
        """Write what is left and the fingerprint; ``finished`` False (the records read were
        cut short) keeps the collection marked unfinished."""
        if not self.added:
            return  # no statute record: the collection is left as it is (or absent)
        self.flush()
        with self.collection._writing() as con:
            if finished:  # a record a file gave before and no longer gives is gone from the collection too
                for file, ids in self._seen.items():
                    stale = [(i,) for (i,) in con.execute("SELECT id FROM sources WHERE file = ?", (file,))
                             if i not in ids]
                    con.executemany("DELETE FROM statutes WHERE id = ?", stale)
                    con.executemany("DELETE FROM sources WHERE id = ?", stale)
                    self.changed += len(stale)
            stored = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if self.changed or stored is None:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)",
                            (self.collection._fingerprint_now(con),))
            if finished:
                con.execute("DELETE FROM meta WHERE key = 'unfinished'")

    def __enter__(self) -> "CollectionWriter":
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self._rows.clear()
            self.close(finished=False)  # what was flushed stays: keep its fingerprint true, marked unfinished


def collecting(articles: Iterable[Article], writer: CollectionWriter,
               files: set[str] | None = None,
               not_added: Callable[[Article, str], None] | None = None) -> Iterator[Article]:
    """``articles``, each statute record among them also added to the collection
    (and its file to ``files``, when given); a record with a ``law`` field that is no
    statute record goes to ``not_added`` with the reason."""
    for article in articles:
        if writer.add(article):
            if files is not None:
                files.add(article.file)
        elif not_added is not None and article.meta and article.meta.get("law") not in (None, ""):
            law = article.meta["law"]
            not_added(article, f"its law {law!r} is no title" if not isinstance(law, str) or not law.strip() else
                      "no article label (第一条, 第一百零二条之一 …) ends its id after # or its title")
        yield article


# -- the citations of an index ------------------------------------------------------------


class CitationStore(SideStore):
    """``citations.sqlite`` beside an index: each article's citations and their resolution,
    and (table ``targets``) each statute article a citation was resolved to, by law,
    article label and version, for :meth:`citing` to look up by index. A store written
    before it had ``targets`` gets the table filled from its citations when first opened."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS citations (article_id TEXT NOT NULL, n INTEGER NOT NULL, date TEXT,
                                          year INTEGER, citation TEXT NOT NULL, resolution TEXT NOT NULL,
                                          PRIMARY KEY (article_id, n)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS targets (law TEXT NOT NULL, label TEXT NOT NULL, version TEXT NOT NULL,
                                        article_id TEXT NOT NULL, n INTEGER NOT NULL,
                                        PRIMARY KEY (law, label, version, article_id, n)) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS targets_of_article ON targets (article_id);
    """

    def _connect(self) -> sqlite3.Connection:
        con = super()._connect()
        if not self._filled and con.execute("SELECT 1 FROM meta WHERE key = 'targets'").fetchone() is None:
            self._fill_targets(con)
        self._filled = True
        return con

    _filled = False

    @staticmethod
    def _fill_targets(con: sqlite3.Connection) -> None:
        """Fill ``targets`` from the stored resolutions (a store written before it had the
        table), in one transaction; marked done in ``meta``."""
        con.execute("BEGIN IMMEDIATE")
        try:
            if con.execute("SELECT 1 FROM meta WHERE key = 'targets'").fetchone() is None:  # not filled meanwhile
                con.execute("DELETE FROM targets")
                rows = con.execute("SELECT article_id, n, resolution FROM citations").fetchall()
                add_targets(con, rows)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('targets', '1')")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def batch(self, fresh: bool) -> "CitationBatch":
        return CitationBatch(self, fresh)

    def resolved_with(self) -> str | None:
        """The fingerprint of the collection the stored resolutions were made with
        (``""``: none; ``"mixed"``: several; None: nothing stored yet)."""
        with self._reading() as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'collection'").fetchone()
        return row[0] if row else None

    def of(self, article_id: str) -> list[tuple[Citation, Resolution, int | None]]:
        """An article's citations with their stored resolutions, in text order, and the
        latest year an undated article prints (see :meth:`Collection.version_for`)."""
        with self._reading() as con:
            rows = con.execute("SELECT citation, resolution, year FROM citations WHERE article_id = ? ORDER BY n",
                               (article_id,)).fetchall()
        return [(Citation.from_dict(json.loads(c)), Resolution.from_dict(json.loads(r)), y) for c, r, y in rows]

    def count(self) -> int:
        with self._reading() as con:
            return con.execute("SELECT count(*) FROM citations").fetchone()[0]

    def citing(self, law: str, label: str, version: str | None) -> set[str]:
        """The ids of the articles with a citation of ``label`` of ``law`` (the collection's
        title) resolved to that article of ``version``."""
        with self._reading() as con:
            rows = con.execute("SELECT DISTINCT article_id FROM targets WHERE law = ? AND label = ? AND version = ?",
                               (law, label, version or "")).fetchall()
        return {article_id for (article_id,) in rows}

    def citing_any(self, law: str, label: str | None = None) -> set[str]:
        """The ids of the articles with a citation resolved to an article of ``law`` (the
        collection's title), in any version: to ``label`` only, when given."""
        sql = "SELECT DISTINCT article_id FROM targets WHERE law = ?" + (" AND label = ?" if label else "")
        with self._reading() as con:
            rows = con.execute(sql, (law, label) if label else (law,)).fetchall()
        return {article_id for (article_id,) in rows}

    def resolved_elsewhere(self, articles: Iterable[str], law: str, label: str,
                           titles: Iterable[str]) -> set[str]:
        """Of ``articles``, those whose every citation of ``label`` printing one of ``titles``
        (the titles read as ``law``) was resolved to another law's article than ``law``'s (a
        printed title the name table reads as ``law`` that the collection holds as another
        law). An article citing the label of another law as well (《另一法》第二条 beside an
        unresolved 《测试法》第二条) is not one of them."""
        wanted, printed = set(articles), set(titles)
        if not wanted:
            return set()
        ids, rows = sorted(wanted), []
        with self._reading() as con:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                rows += con.execute(f"SELECT article_id, citation, resolution FROM citations WHERE article_id IN"
                                    f" ({','.join('?' * len(chunk))})", chunk).fetchall()
        elsewhere, kept = set(), set()
        for article_id, raw, resolved in rows:
            cited = json.loads(raw)
            if cited.get("law") not in printed or not any(a.get("article") == label for a in cited.get("articles", ())):
                continue
            held = json.loads(resolved).get("law")
            (elsewhere if held and held != law else kept).add(article_id)
        return elsewhere - kept

    def resolve_again(self, collection: Collection | None, live: set[str] | None = None) -> int:
        """Resolve every stored citation against ``collection`` (rows of articles not in
        ``live`` are dropped); returns how many were resolved."""
        fingerprint = collection.fingerprint if collection is not None else ""
        with self._reading() as con:
            rows = con.execute("SELECT article_id, n, date, year, citation FROM citations").fetchall()
        updates, gone = [], []
        articles: dict[str, list[tuple[int, str | None, int | None, Citation]]] = {}
        for article_id, n, date, year, raw in rows:
            if live is not None and article_id not in live:
                gone.append((article_id,))
                continue
            articles.setdefault(article_id, []).append((n, date, year, Citation.from_dict(json.loads(raw))))
        for article_id, cited in articles.items():
            _n, date, year, _c = cited[0]
            for (n, *_rest), r in zip(cited, resolve_all(collection, [c for *_x, c in cited], date, year)):
                updates.append((json.dumps(r.to_dict(), ensure_ascii=False), article_id, n))
        with self._writing() as con:
            con.executemany("UPDATE citations SET resolution = ? WHERE article_id = ? AND n = ?", updates)
            con.executemany("DELETE FROM citations WHERE article_id = ?", gone)
            con.execute("DELETE FROM targets")  # every row was resolved again
            add_targets(con, ((a, n, raw) for raw, a, n in updates))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('collection', ?)", (fingerprint,))
        return len(updates)


def same_law_values(collection: "Collection | None", value: str, indexed: Iterable[str],
                    article: bool) -> list[str]:
    """Of the index's ``cites`` (``article``) or ``statute`` values ``indexed``, those other
    than ``value`` naming its article (or law) under another printed title that the statute
    collection reads as the same law (``测试法 第二条`` beside ``中华人民共和国测试法 第二条``);
    none without a collection holding the law. Every way of selecting a law or article
    (a filter, a ``cites:`` or ``statute:`` clause, a profile) selects these too."""
    title, _sep, label = value.rpartition(" ") if article else (value, "", "")
    law_here = collection.law(title) if collection is not None and title else None
    if law_here is None:
        return []
    out = []
    for other in indexed:
        other_title, _sep, other_label = other.rpartition(" ") if article else (other, "", "")
        if (other_label == label and other_title and other != value
                and collection.law(other_title) == law_here):
            out.append(other)
    return out


def versioned_reference(text: str) -> Citation | None:
    """The citation a reference typed with its version names (``2021年民事诉讼法第二百五十二条``,
    ``民事诉讼法（2021修正）第252条``, ``《民事诉讼法》(2021年) 第252条``), read as an article's
    text is (its ``as_of`` the end of the year named); None when the text is no such one
    citation of one article."""
    if not re.search(r"(?:19|20)\d\d", text):
        return None
    cited = extract(text.strip())
    if len(cited) != 1 or not cited[0].as_of or cited[0].law is None or len(cited[0].articles) != 1:
        return None
    return cited[0]


def unheld_version(cited: Citation) -> UnknownFacetError:
    """The error for a reference naming a version of a law the statute collection does not hold."""
    return UnknownFacetError(f"{cited.law} {cited.articles[0].article} is named with its version ({cited.as_of[:4]}),"
                             f" and the statute collection does not hold {cited.law}: index its statute records,"
                             " or leave the version out", facet="cites", value=cited.as_of[:4],
                             known=(f"{cited.law} {cited.articles[0].article}",))


def version_named(collection: "Collection | None", law: str, as_of: str) -> str:
    """The version of ``law`` (the collection's title) a year named with it means, as for a
    citation printing its year (:meth:`Collection.version_for` on ``as_of``, the end of
    that year); an UnknownFacetError saying why and listing the versions when none is."""
    year = as_of[:4]
    if collection is None:
        raise UnknownFacetError(f"no statute collection holds the versions of {law}: index its statute records"
                                f" (docs/statutes.md), or leave the year {year} out", facet="cites", value=year)
    dated = [v for v in collection.versions(law) if v]
    fields: dict[str, Any] = {"facet": "cites", "value": year, "known": tuple(dated)}
    if not dated:  # as for a citation printing its year (1979年刑法第160条): no version can be told
        raise UnknownFacetError(f"the statute collection holds {law} only undated: no version of it can be told"
                                f" for {as_of[:4]}; leave the year out", **fields)
    if int(as_of[:4]) > int(dated[-1][:4]) + 1:  # as for a citation: the text of that year is not held
        raise UnknownFacetError(f"the latest version of {law} in the statute collection is {dated[-1]}: its"
                                f" {as_of[:4]} text is not held (its versions: {', '.join(dated)}): name one of their years"
                                f" ('{dated[-1][:4]}年{law}…'), or leave the year out for the latest", **fields)
    version, _note, reason = collection.version_for(law, as_of)
    if version is None:
        raise UnknownFacetError(f"no version of {law} in the statute collection stands for {as_of[:4]}"
                                f" (its versions: {', '.join(dated)}): {reason}", **fields)
    return version


def pinned(cited: Citation) -> "tuple[Collection, str, str]":
    """The statute collection, its title of the law and the version a reference typed with
    its year names (:func:`versioned_reference`); UnknownFacetError when the collection does
    not hold the law (:func:`unheld_version`) or no version of it stands for that year
    (:func:`version_named`)."""
    collection = Collection.current()
    law = collection.law(cited.law) if collection is not None else None
    if law is None:
        raise unheld_version(cited)
    return collection, law, version_named(collection, law, cited.as_of)


def pinned_article(cited: Citation) -> "tuple[Collection, str, str, str]":
    """:func:`pinned` and the id of the article the reference names in that version;
    UnknownFacetError when that version lacks it, naming the versions that have it and how to
    name the article without a version (an article only an older or a later text holds)."""
    collection, law, version = pinned(cited)
    label = cited.articles[0].article
    sid = collection.labels(law, version).get(label)
    if sid is None:
        holding = collection.holding(law, label)
        others = [v or "undated" for v in holding]
        said = (f"; its {', '.join(others)} version{'s have' if len(others) > 1 else ' has'} it: name that year"
                f" ('{others[-1][:4]}年{cited.law}{label}') or leave the year out ('{cited.law}{label}') for every"
                " version" if others else f"; no version of it in the statute collection has {label}")
        raise UnknownFacetError(f"the {version or 'undated'} version of {law} has no {label}{said}", facet="cites",
                                value=cited.text, known=tuple(f"{v[:4]}年{cited.law}{label}" if v else f"{cited.law}{label}"
                                                              for v in holding))
    return collection, law, version, sid


def resolve_all(collection: Collection | None, citations: list[Citation], date: str | None,
                year: int | None = None) -> list[Resolution]:
    """The resolutions of the citations of one article (:meth:`Collection.resolve_all`)."""
    if collection is None:
        return [Resolution.unresolved(c, no_collection()) for c in citations]
    return collection.resolve_all(citations, date, year)


class CitationBatch:
    """The citation rows of one write transaction (used by the index writer): :meth:`add`
    each article written, :meth:`commit` before the Whoosh commit, or :meth:`rollback`.
    Citations are resolved at the commit, against the collection as it is then (a build
    that also reads statute records has added them by then)."""

    def __init__(self, store: CitationStore, fresh: bool) -> None:
        self._store = store
        self._fresh = fresh
        self._articles: dict[str, tuple[str | None, int | None, tuple[Citation, ...]]] = {}

    def add(self, article: Article) -> None:
        """Record the article's citations (found again from its text when it is untagged)."""
        cited = article.citations
        if cited is None:
            names = LawNames.default()
            cited = tuple(replace(c, section=i) for i, s in enumerate(article.sections)
                          for c in extract(s.text, names))
        if cited or not self._fresh:
            year = printed_year("\n".join((article.title, article.text)), cited) if cited and not article.date else None
            self._articles[article.id] = (article.date, year, cited)

    def commit(self) -> None:
        if not self._articles and not self._fresh:
            return
        collection = Collection.current()
        fingerprint = collection.fingerprint if collection is not None else ""
        rows = [(article_id, n, date, year, json.dumps(c.to_dict(), ensure_ascii=False),
                 json.dumps(r.to_dict(), ensure_ascii=False))
                for article_id, (date, year, cited) in self._articles.items()
                for n, (c, r) in enumerate(zip(cited, resolve_all(collection, list(cited), date, year)))]
        with self._store._writing() as con:
            if not self._fresh:
                con.executemany("DELETE FROM citations WHERE article_id = ?", [(a,) for a in self._articles])
            con.executemany("DELETE FROM targets WHERE article_id = ?", [(a,) for a in self._articles])
            con.executemany("INSERT OR REPLACE INTO citations VALUES (?, ?, ?, ?, ?, ?)", rows)
            add_targets(con, ((a, n, raw) for a, n, *_rest, raw in rows))
            stored = con.execute("SELECT value FROM meta WHERE key = 'collection'").fetchone()
            # what every row was resolved with: this collection, or several ("mixed": sync resolves again)
            value = fingerprint if self._fresh or stored is None or stored[0] == fingerprint else "mixed"
            con.execute("INSERT OR REPLACE INTO meta VALUES ('collection', ?)", (value,))
        self.rollback()

    def rollback(self) -> None:
        self._articles.clear()


def target_rows(article_id: str, n: int, resolution: dict[str, Any]) -> list[tuple[str, str, str, str, int]]:
    """The ``targets`` rows of citation ``n`` of an article: ``(law, label, version or "",
    article_id, n)`` for each cited article resolved to one of the collection's
    (``resolution`` as :meth:`Resolution.to_dict` gives it)."""
    law = resolution.get("law")
    if not law:
        return []
    version = resolution.get("version") or ""
    return [(law, t["article"], version, article_id, n) for t in resolution.get("targets", ()) if t.get("id")]


def add_targets(con: sqlite3.Connection, cited: Iterable[tuple[str, int, str]]) -> None:
    """Insert the ``targets`` rows (:func:`target_rows`) of stored citations, each given as
    ``(article_id, n, resolution JSON)``."""
    con.executemany("INSERT OR IGNORE INTO targets VALUES (?, ?, ?, ?, ?)",
                    [row for a, n, raw in cited for row in target_rows(a, n, json.loads(raw))])


def store_for(ix: Any) -> CitationStore:
    """The citation store of a Whoosh index (one object per index object)."""
    return side_store(ix, FILE_NAME, CitationStore)


def live_articles(ix: Any) -> set[str]:
    """The ids of the articles in the index now."""
    with ix.reader() as reader:
        if not reader.doc_count_all():
            return set()
        ids = list(reader.column_reader("article_id"))
        return {ids[d] for d in reader.all_doc_ids()}


def sync(ix: Any) -> dict[str, str]:
    """Resolve the index's citations again when the collection changed since they were
    resolved; returns what ``lawnews.json`` records of it (``extra["statutes"]``):
    the collection's path and fingerprint (``""`` when there is none)."""
    collection = Collection.current()
    fingerprint = collection.fingerprint if collection is not None else ""
    store = store_for(ix)
    stored = store.resolved_with()
    if stored is not None and stored != fingerprint:
        store.resolve_again(collection, live_articles(ix))
    return {"collection": str(statutes_path()), "fingerprint": fingerprint}
