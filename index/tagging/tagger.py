"""The tagging facade: regions, courts and mechanisms of texts and articles.

In:  a text, or an :class:`~..documents.Article` (title, subtitle, sections, captions,
     ``meta["province"]``).
Out: :class:`TextTags` (every mention with its span in the text, and what the text is
     about) or the article with its own and its sections' :class:`~..documents.Tags`
     (traditional characters are matched as their simplified forms, offsets kept);
     plus the facet helpers search uses: :meth:`Tagger.resolve`, :meth:`Tagger.city_province`,
     :meth:`Tagger.synonyms` and :attr:`Tagger.fingerprint`.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, Callable

from ..analysis.fold import simplified, simplifier, strip_ruby, traditional_in
from ..documents import Article, Tags
from . import about, citations
from .courts import CourtRef, find_courts
from .directory import DEFAULT_COURTS, CourtDirectory, level_named
from .english import division_named, divisions_named, english_digest, english_query
from .gazetteer import DEFAULT_DIVISIONS, MUNICIPALITIES, Gazetteer
from .mechanism_scores import scores
from .mechanisms import DEFAULT_TAXONOMY, MechHit, Taxonomy, english_units
from .regions import RegionRef, find_regions, furniture
from .textmap import PART_SEP, Compact, unit_bounds

#: The production corps, whose courts lie in no prefecture (新疆生产建设兵团哈密垦区人民法院).
CORPS = "新疆生产建设兵团"
#: Bump when the rules change, so that indexes built by an older tagger are rebuilt.
RULES_VERSION = "45"
#: How much a mention counts by where it stands.
ZONE_WEIGHTS = {"title": 3.0, "subtitle": 2.0, "heading": 2.0, "body": 1.0, "caption": 1.0}
_LEVEL_KIND = {"province": "province", "prefecture": "city", "county": "county"}


@dataclass(frozen=True)
class Mention:
    """One thing found in a text; ``start``/``end`` index the text given to the tagger."""

    kind: str  # province | city | county | court | mechanism
    value: str  # canonical name (courts: full name; mechanisms: taxonomy label)
    start: int
    end: int
    text: str  # the text as written (may hold line breaks)
    level: str | None = None  # courts: 最高 | 高级 | 中级 | 基层 | 专门
    province: str | None = None
    city: str | None = None
    in_list: bool = False  # an item of an enumeration (益阳、邵阳、岳阳)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None and v is not False}


@dataclass(frozen=True)
class TextTags:
    """Everything found in a text (``mentions``) and what the text is about (``about``)."""

    mentions: tuple[Mention, ...]
    about: Tags

    def _values(self, kind: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.value for m in self.mentions if m.kind == kind))

    @property
    def provinces(self) -> tuple[str, ...]:
        """Provinces named, or holding a named city, county or court."""
        return tuple(dict.fromkeys(p for m in self.mentions if m.kind != "mechanism" for p in (m.province,) if p))

    @property
    def cities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for m in self.mentions if m.kind != "mechanism" for c in (m.city,) if c))

    @property
    def counties(self) -> tuple[str, ...]:
        return self._values("county")

    @property
    def courts(self) -> tuple[Mention, ...]:
        return tuple({m.value: m for m in self.mentions if m.kind == "court"}.values())

    @property
    def mechanisms(self) -> tuple[str, ...]:
        return self._values("mechanism")

    def to_dict(self) -> dict[str, Any]:
        return {
            "provinces": list(self.provinces),
            "cities": list(self.cities),
            "counties": list(self.counties),
            "courts": [{"name": m.value, "level": m.level} for m in self.courts],
            "mechanisms": list(self.mechanisms),
            "about": self.about.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
        }


#: A line that is a photo's caption (…集中执行行动现场。 ■ 记者 某某; …摄), not a headline.
_CAPTION_LIKE = re.compile(r"(?:现场|摄)\s*[。.]?\s*(?:■.*)?$|■")


@dataclass(frozen=True)
class _Analysis:
    text: str  # whitespace-free
    bounds: list[int]
    refs: list[RegionRef]
    courts: list[CourtRef]
    mechs: list[MechHit]


@dataclass(frozen=True)
class _Layout:
    """An article's parts (title, subtitle, headings, bodies, captions) joined into one
    whitespace-free text: where each part starts, how much it weighs, its section."""

    text: str
    starts: list[int]
    weights: list[float]
    sections: list[int | None]
    title_end: int
    zones: list[str]

    @classmethod
    def of(cls, article: Article, simplify: Callable[[str], str]) -> "_Layout":
        parts: list[tuple[str, int | None, str]] = []
        if article.title and not article.title_is_fallback:  # a photo's caption read as a title is one
            parts.append(("caption" if _CAPTION_LIKE.search(article.title) else "title", None, article.title))
        if article.subtitle:
            parts.append(("subtitle", None, article.subtitle))
        for i, section in enumerate(article.sections):
            if section.heading:
                parts.append(("heading", i, section.heading))
            parts.append(("body", i, section.text))
        parts += [("caption", None, c) for c in article.captions]
        # ruby pinyin printed into the text (執(zhí)行) is read past, so that names, cue
        # words and counts it splits are read whole
        texts = [strip_ruby(simplify(Compact(t).text))[0] for _, _, t in parts]
        starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0)) if texts else []
        title_end = len(texts[0]) if parts and parts[0][0] == "title" else 0
        return cls(PART_SEP.join(texts), starts, [ZONE_WEIGHTS[z] for z, _, _ in parts],
                   [sec for _, sec, _ in parts], title_end, [z for z, _, _ in parts])

    def weight(self, pos: int) -> float:
        return self.weights[bisect_right(self.starts, pos) - 1] if self.starts else 1.0

    def in_body(self, pos: int) -> bool:
        """Whether ``pos`` is in a section's body or heading (not the title or a caption)."""
        return not self.starts or self.zones[bisect_right(self.starts, pos) - 1] in ("body", "heading")

    def section(self, i: int) -> range:
        """The span of section ``i`` (its heading and body)."""
        ks = [k for k, sec in enumerate(self.sections) if sec == i]
        if not ks:
            return range(0)
        end = self.starts[ks[-1] + 1] if ks[-1] + 1 < len(self.starts) else len(self.text) + 1
        return range(self.starts[ks[0]], end)


@lru_cache(maxsize=4)
def _gazetteer(path: Path) -> Gazetteer:
    return Gazetteer.load(path)


#: Most articles one typed range or list may stand for (第一条至第一百条).
MAX_LISTED = 100

#: 条例 in a title, masked while the bare numbers after it are read (工伤保险条例14): the citation
#: package's readings take a 条 before the numbers for an article already named (刑法第313条 314).
_TITLE_TIAO, _MASKED_TIAO = "条例", "\ue000例"


def bare_reference(value: str) -> str:
    """A typed reference ending in a bare number after the law as the article it means
    (:func:`~lawnews.index.tagging.citations.bare_article`: ``刑法313`` → ``刑法第313条``), also
    after a title holding 条 (``工伤保险条例14`` → ``工伤保险条例第14条``); anything else as it is."""
    masked = value.replace(_TITLE_TIAO, _MASKED_TIAO)
    return citations.bare_article(masked).replace(_MASKED_TIAO, _TITLE_TIAO)


#: A typed reference ending in a range of bare article numbers after the law (刑法 300-313, 刑法300至313).
_BARE_RANGE = re.compile(r"(?P<law>.*[^\d\s第年.\-/、，,－—~～])\s*(?P<a>\d{1,4})\s*(?:至|到|[-－—~～])\s*(?P<b>\d{1,4})\s*")
#: The two ends of a range typed in a reference (第313条至第300条, 第五至第七条, 313-300).
_RANGE_ENDS = re.compile(r"(?P<a>\d+|[〇零一二三四五六七八九十百千两]+)\s*条?\s*(?P<dash>至|到|[-－—~～])\s*第?\s*"
                         r"(?P<b>\d+|[〇零一二三四五六七八九十百千两]+)")


def _number(typed: str) -> int:
    return int(typed) if typed.isdigit() else citations.cn_number(typed) or 0


def _backwards(value: str, law: str, run: str) -> None:
    """ValueError when a range of ``run`` (the article numbers typed after ``law``) runs from a
    higher article down to a lower one (``刑法第313条至第300条``, ``刑法 313-300``): which articles
    it means cannot be told (the range turned round, or one end mistyped), so it says so and how
    to write it, instead of reading its two ends alone. ``第66-1条`` is no range but article 66之1
    (:func:`~.citations.numbers.added_article`), as in a text."""
    for m in _RANGE_ENDS.finditer(run.translate(citations.WIDE_DIGITS)):
        a, b = _number(m.group("a")), _number(m.group("b"))
        if "条" in run and citations.added_article(a, b, m.group("dash")):
            continue
        if a > b > 0:
            raise ValueError(f"{value!r} names a range running backwards, from {citations.article_label(a)} down to"
                             f" {citations.article_label(b)}: write it from its lower end ('{law}第{b}条至第{a}条'),"
                             f" or the articles one by one ('{law}第{a}条、第{b}条') for the two alone")


def _too_long(value: str) -> ValueError:
    """The error for a typed reference whose range spans :data:`MAX_LISTED` articles or more."""
    return ValueError(f"{value!r} spans more than {MAX_LISTED} articles: give a shorter range")


def listed_articles(value: str) -> list[str] | None:
    """A typed reference naming a law and two or more articles (``公司法第十条至第十五条``,
    ``公司法第3、5条``) as one reference for each article (``公司法 第十条`` …); None for
    anything else (one article, a law alone, no law). Bare numbers after the law
    (``刑法 313 314``, ``刑法313、314``) are a list of articles too. Traditional characters
    are read as simplified ones. ValueError when the range stands for more than
    :data:`MAX_LISTED`, or when the reference names article 0 (``刑法第0条``), which no law has."""
    value = simplified(value.strip())
    if citations.article_zero(value):
        raise ValueError(f"{value!r} names article 0, which no law has: articles are numbered from 1"
                         " (刑法第1条, 刑法第一条)")
    ranged = _BARE_RANGE.fullmatch(value.translate(citations.WIDE_DIGITS).replace(_TITLE_TIAO, _MASKED_TIAO))
    if ranged is not None and "条" not in ranged.group("law") and \
            max(int(ranged.group("a")), int(ranged.group("b"))) <= citations.MOST_ARTICLES:  # 刑法 300-313
        law = ranged.group("law").replace(_MASKED_TIAO, _TITLE_TIAO).strip().strip("《》").strip()
        a, b = int(ranged.group("a")), int(ranged.group("b"))
        _backwards(value, law, f"{a}-{b}")
        if b - a >= MAX_LISTED:
            raise _too_long(value)
        return [f"{law} {citations.article_label(n)}" for n in range(a, b + 1)] if b > a else None
    bare = citations.bare_numbers(value.replace(_TITLE_TIAO, _MASKED_TIAO))  # 工伤保险条例 14 15 too
    if bare is not None:
        law, numbers = bare[0].replace(_MASKED_TIAO, _TITLE_TIAO), bare[1]
        return [f"{law} {label}" for label in dict.fromkeys(map(citations.article_label, numbers))]
    m = citations.trailing_run(value)
    law = value[:m.start()].strip() if m else ""
    if not law or re.search(r"第[^第]*条\s*$", law):
        return None
    _backwards(value, law, m.group())
    labels = list(dict.fromkeys(a.article for a in citations.parse_articles(m.group().strip())))
    if any(map(citations.is_range, labels)):  # 刑法第3条至第500条: read as no articles
        raise _too_long(value)
    if len(labels) < 2:
        return None
    numbers = [n for n in map(citations.article_number, labels) if n is not None]
    if re.search(r"至|到|[-－—~～]", m.group()) and numbers and max(numbers) - min(numbers) >= MAX_LISTED:
        raise _too_long(value)
    return [f"{law} {label}" for label in labels]


class Tagger:
    """Finds provinces, cities, counties, courts and mechanisms in texts and articles."""

    def __init__(self, taxonomy: str | Path | None = None, divisions: str | Path | None = None) -> None:
        self.gazetteer = _gazetteer(Path(divisions or DEFAULT_DIVISIONS).resolve())
        self.taxonomy = Taxonomy.load(taxonomy or DEFAULT_TAXONOMY)
        self.directory = CourtDirectory.load(DEFAULT_COURTS)
        # traditional characters are read as simplified ones, except those the name
        # tables print in simplified names (乾县, 乾安县)
        names = "".join(Path(p).read_text(encoding="utf-8") for p in (divisions or DEFAULT_DIVISIONS, DEFAULT_COURTS))
        self._simplify = simplifier(keep=traditional_in(names))
        self._cues = self.taxonomy.cues

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Tagger":
        """The shared tagger with the shipped division table and taxonomy."""
        return cls()

    @property
    def fingerprint(self) -> str:
        """Hash of the division table and its English names, the court directory, the taxonomy and the rules version."""
        h = hashlib.sha256(f"{RULES_VERSION}:{self.gazetteer.digest}:{english_digest(self.gazetteer)}"
                           f":{self.directory.digest}:{self.taxonomy.digest}"
                           f":{citations.RULES_VERSION}:{citations.table_digest()}".encode())
        return h.hexdigest()[:16]

    # -- tagging -------------------------------------------------------------

    def tag_text(self, text: str) -> TextTags:
        """All mentions in ``text`` with their spans, and what the text is about."""
        compact = Compact(text)
        a = self._analyse(self._simplify(compact.text), lambda pos: 1.0)
        return TextTags(self._mentions(a, compact), self._tags(a, lambda pos: 1.0, range(len(a.text) + 1)))

    def tag_article(self, article: Article) -> Article:
        """The article with its tags (what it is about) and each section's tags."""
        layout = _Layout.of(article, self._simplify)
        known, _unknown = self.meta_provinces(article)
        a = self._analyse(layout.text, layout.weight, known)
        tags = self._tags(a, layout.weight, range(len(a.text) + 1), layout.title_end, known, layout.in_body)
        sections = tuple(replace(s, tags=self._tags(a, layout.weight, layout.section(i), body=layout.in_body))
                         for i, s in enumerate(article.sections))
        cited = self.citations(article)
        return replace(article.with_tags(citations.citing(tags, cited), sections), citations=cited)

    @property
    def laws(self) -> citations.LawNames:
        """The law-name table of citations (``data/law_aliases.tsv``)."""
        return citations.LawNames.default()

    def citations(self, article: Article) -> tuple[citations.Citation, ...]:
        """The statute citations of an article's sections, each with its section's number."""
        return tuple(replace(c, section=i) for i, s in enumerate(article.sections)
                     for c in citations.extract(s.text, self.laws))

    def _analyse(self, text: str, weight: about.Weight, context: frozenset[str] = frozenset()) -> _Analysis:
        gaz = self.gazetteer
        bounds = english_units(text, unit_bounds(text))  # an English text's sentences end at its full stops
        links = furniture(text)  # the page's links to other stories, read by both
        refs = find_regions(text, gaz, context, links)
        prov, city = about.region_scores(refs, (), gaz, weight)
        main_province = next(iter(context)) if len(context) == 1 else about.best(prov)
        main_city = about.best({c: s for c, s in city.items() if c[:2] + "0000" == main_province} or city)
        courts = find_courts(text, refs, gaz, main_province, main_city, self.directory, links)
        # a place named only inside a court referred to (《深圳市中级人民法院…指引》), or inside the name
        # of a production corps' court, which lies in no prefecture (哈密垦区人民法院), is named in passing
        passing = [(c.start, c.end) for c in courts if c.referred or c.name.startswith(CORPS)]
        if passing:
            refs = [replace(r, aside=True) if not r.aside and any(s <= r.start < e for s, e in passing) else r
                    for r in refs]
        return _Analysis(text, bounds, refs, courts, self.taxonomy.find(text, bounds))

    def _tags(self, a: _Analysis, weight: about.Weight, inside: range, title_end: int = 0,
              known: frozenset[str] = frozenset(), body: Callable[[int], bool] | None = None) -> Tags:
        mechs = scores((h for h in a.mechs if h.start in inside), a.text, a.bounds, weight, body, self._cues)
        return about.tags([r for r in a.refs if r.start in inside], [c for c in a.courts if c.start in inside],
                          mechs, self.gazetteer, weight, title_end, known)

    def _mentions(self, a: _Analysis, compact: Compact) -> tuple[Mention, ...]:
        gaz = self.gazetteer
        out: list[Mention] = []

        def make(kind: str, value: str, s: int, e: int, **kw: Any) -> Mention:
            os_, oe = compact.span(s, e)
            return Mention(kind, value, os_, oe, compact.source[os_:oe], **kw)

        for r in a.refs:
            d = gaz.divisions[r.code]
            city = gaz.city(r.code)
            out.append(make(_LEVEL_KIND[d.level], d.name, r.start, r.end, province=gaz.province(r.code).name,
                            city=city.name if city else None, in_list=r.in_list))
        for c in a.courts:
            out.append(make("court", c.name, c.start, c.end, level=c.level,
                            province=gaz.divisions[c.province].name if c.province else None,
                            city=gaz.divisions[c.city].name if c.city else None))
        for h in a.mechs:
            out.append(make("mechanism", h.label, h.start, h.end, in_list=h.in_list))
        return tuple(sorted(out, key=lambda m: (m.start, -m.end)))

    # -- facet helpers -------------------------------------------------------

    def resolve(self, facet: str, value: str) -> str | None:
        """The canonical facet value for what people type (湖北 → 湖北省), or None; a
        name typed in traditional characters is the same name (廣東 → 广东省, 長沙 → 长沙市)."""
        value = value.strip()
        if not value:
            return None
        found = self._resolve(facet, value)
        if found is None and (simple := self._simplify(value)) != value:
            found = self._resolve(facet, simple)
        return found

    def _resolve(self, facet: str, value: str) -> str | None:
        """:meth:`resolve` of a stripped, non-empty ``value`` as typed."""
        if facet in ("province", "provinces"):
            d = self.gazetteer.province_of_name(value) or division_named(self.gazetteer, value, "province")
            return d.name if d else None
        if facet in ("city", "cities"):
            d = self.gazetteer.city_of_name(value) or division_named(self.gazetteer, value, "prefecture")
            return d.name if d else None
        if facet in ("county", "counties"):
            d = self.gazetteer.county_of_name(value)
            return self.gazetteer.county_label(d.code) if d else None
        if facet in ("court_level", "court_levels"):
            return level_named(value)
        if facet in ("mechanism", "mechanisms"):
            return self.taxonomy.label_of(value)
        if facet in ("statute", "statutes", "cites"):
            ref = self.resolve_citation(value, strict=False)
            if ref is None or (ref[1] is None) != (facet != "cites"):
                return None
            return ref[0] if ref[1] is None else f"{ref[0]} {ref[1]}"
        if facet in ("court", "courts"):  # the name whole: 荆州中院x names no court
            courts = self.tag_text(value).courts
            return courts[0].value if len(courts) == 1 and courts[0].start == 0 and courts[0].end >= len(value) else None
        return None

    def court_names(self) -> dict[str, str]:
        """Every name of a court the directory knows (its full name, aliases and short
        forms: 湘潭中院) with the court's facet value, for suggestions."""
        return {form: courts[0].facet for form, courts in self.directory.forms.items() if len(courts) == 1}

    def candidates(self, facet: str, value: str) -> tuple[tuple[str, str], ...]:
        """``(facet value, province)`` of each city or county ``value`` may name when it
        names several (``Taizhou`` → 泰州市 in 江苏省, 台州市 in 浙江省; ``鼓楼区`` → 南京市鼓楼区 …),
        for :meth:`resolve`, which resolves none of them; empty otherwise."""
        gaz = self.gazetteer
        value = value.strip()
        if facet in ("city", "cities"):
            codes = {*gaz.lookup("prefecture", value),
                     *(c for c in gaz.lookup("province", value) if c in MUNICIPALITIES)}
            codes |= {d.code for d in divisions_named(gaz, value, "prefecture")}
            found = [(gaz.divisions[c].name, c) for c in sorted(codes)]
        elif facet in ("county", "counties"):
            found = [(gaz.county_label(c), c) for c in sorted(set(gaz.lookup("county", value)))]
        else:
            return ()
        return tuple((name, gaz.province(c).name) for name, c in found) if len(found) > 1 else ()

    def resolve_citation(self, value: str, known: "tuple[str, ...] | list[str]" = (),
                         strict: bool = True) -> tuple[str, str | None] | None:
        """A typed statute reference as ``(law, article)``: ``民诉法 第237条`` →
        ``("中华人民共和国民事诉讼法", "第二百三十七条")``, ``刑法`` → ``("中华人民共和国刑法", None)``.
        The law is found in the law-name table, else among the ``known`` titles (spaces
        and brackets aside); with ``strict=False`` a title found in neither is taken as
        written. None when no law is found (or an ambiguous one, or several articles)."""
        value = simplified(value).translate(citations.WIDE_DIGITS)
        if citations.bare_numbers(value.replace(_TITLE_TIAO, _MASKED_TIAO)) is not None:
            return None  # 工伤保险条例 14 15: several articles (listed_articles reads them)
        ref = citations.parse_reference(citations.written_article(value), self.laws)
        if ref is None or not ref[0]:
            return None
        law, label, _candidates = ref
        if self.laws.lookup(law):
            return law, label
        by_key = {citations.title_key(k): k for k in known}
        if citations.title_key(law) in by_key:
            return by_key[citations.title_key(law)], label
        return None if strict else (law, label)

    def law_names(self) -> list[str]:
        """Every law name of the law-name table (aliases and full titles), for suggestions."""
        return self.laws.names()

    def city_province(self, city: str) -> str | None:
        """The province of a city (荆州市 → 湖北省), or None if the city is unknown."""
        d = self.gazetteer.city_of_name(city)
        return self.gazetteer.province(d.code).name if d else None

    def county_city(self, county: str) -> str | None:
        """The city of a county facet value (浦东新区 → 上海市, 南京市鼓楼区 → 南京市), or None."""
        d = self.gazetteer.county_of_name(county)
        city = self.gazetteer.city(d.code) if d else None
        return city.name if city else None

    def synonyms(self, term: str) -> list[str]:
        """Other names of a mechanism (执转破 → 执行转破产, 执破融合, 移送破产, …)."""
        return self.taxonomy.synonyms(term)

    def expansions(self, term: str) -> list[str]:
        """Query expansion for a word: its mechanism label and synonyms (执行转破产 → 执转破, …)."""
        return self.taxonomy.expansions(term)

    def concepts(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, facet, value)`` of the courts, mechanisms, provinces and cities
        named in ``text`` (a query), outermost first, non-overlapping. A short query in
        Latin letters is read as English whatever its case (``judicial auction`` as
        ``Judicial Auction``: :func:`.english.english_query`)."""
        facet_of = {"court": "court", "mechanism": "mechanism", "province": "province", "city": "city"}
        out: list[tuple[int, int, str, str]] = []
        for m in sorted(self.tag_text(english_query(text)).mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if m.kind in facet_of and (not out or m.start >= out[-1][1]):
                out.append((m.start, m.end, facet_of[m.kind], m.value))
        return out

    def meta_provinces(self, article: Article) -> tuple[frozenset[str], tuple[str, ...]]:
        """The provinces an article's metadata names (``province``: a name, or a list of
        names, as a JSONL record gives it), and the names in it that name no province."""
        raw = article.meta.get("province") if article.meta else None
        known: set[str] = set()
        unknown: list[str] = []
        for name in raw if isinstance(raw, (list, tuple)) else [raw] if raw else []:
            d = self.gazetteer.province_of_name(str(name)) if str(name).strip() else None
            if d is not None:
                known.add(d.code)
            else:
                unknown.append(str(name))
        return frozenset(known), tuple(unknown)
