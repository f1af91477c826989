"""The Whoosh schema: one index document per article section.

Each section carries its article's id, title, file and facet values, so a query
can rank sections and group them back into articles. Text fields share the
jieba analyzer of :mod:`.analysis`; facet fields are comma-separated KEYWORDs
holding canonical full names (``湖南省``, ``荆州市中级人民法院``, ``执转破``).
A hidden ``seq`` column numbers each section for the character-gram side index
(:mod:`.grams`) that exact phrase search looks candidates up in.
Bump :data:`SCHEMA_VERSION` on any change that makes old indexes unreadable or wrong.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from whoosh import formats
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.system import pack_uint

from ..analysis.chinese import ChineseAnalyzer, tokenize

SCHEMA_VERSION = 9  # 6: county and court_level facets; 7: stories.sqlite beside the index (reposts grouped); 8: statute citations (statute and cites facets, citations.sqlite); 9: dictionary words of four characters or more inside a longer word are terms too

#: Text fields searched by default, with their BM25F field weights. Measured on
#: the judged queries (``make eval``): a heavy title weight lets every article
#: whose title shares a word with the query (all articles of one law, say) crowd
#: out the ones whose text answers it; title 3 / heading 2 gave STARD nDCG@10
#: 0.174 and gold 0.960 where these give 0.388 and 0.970. Short fields already
#: score high per match under BM25's length normalisation.
TEXT_FIELDS: dict[str, float] = {"title": 0.1, "heading": 0.5, "text": 1.0, "caption": 0.3}

#: Facet fields (index field name → the Tags attribute that fills it).
FACET_FIELDS: dict[str, str] = {
    "province": "provinces",
    "city": "cities",
    "court": "courts",
    "mechanism": "mechanisms",
    "county": "counties",
    "court_level": "court_levels",
    "statute": "statutes",  # full titles of the laws cited
    "cites": "cites",  # the articles cited: "中华人民共和国民事诉讼法 第二百三十七条"
}


#: Every facet: the tag facets plus the article's source and publication year.
FACETS: tuple[str, ...] = (*FACET_FIELDS, "source", "year")

#: The region facets, broadest first: one hierarchy, shown as one tree.
REGION_LEVELS: tuple[str, ...] = ("province", "city", "county")


def ignored_filters(facet: str) -> frozenset[str]:
    """The filters a facet's counts ignore (multi-select): its own, and for a region
    level those of the levels below it, so that a province's count is never below the
    counts of the cities shown under it (with ``--city 荆州``, 湖南省 still counts
    its articles, as 常德市 under it does)."""
    if facet in REGION_LEVELS:
        return frozenset(REGION_LEVELS[REGION_LEVELS.index(facet):])
    return frozenset((facet,))


class Analysed(str):
    """Text with its postings already made by its field's own ``index`` (elsewhere:
    in a worker process); pickled, it is a plain ``str``."""

    postings: list[tuple[bytes, int, float, bytes]]

    def __new__(cls, text: str, postings: list[tuple[bytes, int, float, bytes]]) -> "Analysed":
        self = super().__new__(cls, text)
        self.postings = postings
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))


class ChineseText(TEXT):
    """A TEXT field that takes :class:`Analysed` values' postings as they are, and
    makes a plain string's postings in one pass: the same ``(term, frequency,
    weight, encoded frequency)`` tuples as Whoosh's own ``index`` (``Frequency``
    format, every token boost 1), without a Token object per word."""

    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, Analysed):
            return value.postings
        if kwargs or type(value) is not str or type(self.format) is not formats.Frequency:
            return super().index(value, **kwargs)
        stats = _FrequencyStats.of(self.format.field_boost)
        return [(w.encode("utf-8"), f, *stats[f]) for w, f in Counter(tokenize(value, subtokens=True)).items()]


class _FrequencyStats(dict):  # type: ignore[type-arg]
    """frequency → ``(weight, encoded frequency)`` for one field boost, made once
    each, so a segment's postings share these objects."""

    _by_boost: dict[float, "_FrequencyStats"] = {}

    def __init__(self, boost: float) -> None:
        super().__init__()
        self.boost = boost

    @classmethod
    def of(cls, boost: float) -> "_FrequencyStats":
        stats = cls._by_boost.get(boost)
        if stats is None:
            stats = cls._by_boost[boost] = cls(boost)
        return stats

    def __missing__(self, f: int) -> tuple[float, bytes]:
        made = self[f] = (float(f) * self.boost, pack_uint(f))
        return made


def build_schema() -> Schema:
    """A fresh schema object (Whoosh schemas are mutable, so never share one)."""
    analyzer = ChineseAnalyzer()

    def text(stored: bool = True) -> TEXT:
        # No word positions: quoted phrases are matched exactly by ExactPhrase
        # through the gram side index, so positions would only cost space and time.
        f = ChineseText(analyzer=analyzer, stored=stored, phrase=False)
        f.multitoken_query = "and"
        return f

    facets = {
        # scorable=True gives the field a length column; without one Whoosh's
        # segment writer checks the file system once per posting at commit.
        name: KEYWORD(stored=True, commas=True, scorable=True, lowercase=False)
        for name in FACET_FIELDS
    }
    return Schema(
        doc_id=ID(stored=True, unique=True),
        article_id=ID(stored=True, sortable=True),
        file=ID(stored=True),
        ordinal=STORED(),
        section_no=STORED(),
        title=text(),
        heading=text(),
        text=text(),
        caption=text(),
        date=ID(stored=True, sortable=True),
        year=ID(stored=True),
        source=ID(stored=True),
        seq=COLUMN(NumericColumn("I")),
        article=STORED(),
        **facets,
    )
