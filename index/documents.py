"""The document model: what ingest produces and the index stores.

A page file or a JSONL record becomes one or more :class:`Article`; an article is a
sequence of :class:`Section` (its own sub-headings; an article without sub-headings
is one section with ``heading=None``). :class:`Tags` holds the facet values found by
the tagger. All three are frozen: ingest builds them, nothing mutates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping


@dataclass(frozen=True)
class Tags:
    """Facet values of an article or a section (canonical full names)."""

    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    courts: tuple[str, ...] = ()
    mechanisms: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()  # county-level places (浦东新区; a shared name with its city: 南京市鼓楼区)
    court_levels: tuple[str, ...] = ()  # 最高 | 高级 | 中级 | 基层 | 专门, of the courts
    statutes: tuple[str, ...] = ()  # full titles of the laws whose articles the article cites
    cites: tuple[str, ...] = ()  # the articles cited: "中华人民共和国民事诉讼法 第二百三十七条"

    def to_dict(self) -> dict[str, list[str]]:
        return {
            "provinces": list(self.provinces),
            "cities": list(self.cities),
            "courts": list(self.courts),
            "mechanisms": list(self.mechanisms),
            "counties": list(self.counties),
            "court_levels": list(self.court_levels),
            "statutes": list(self.statutes),
            "cites": list(self.cites),
        }


@dataclass(frozen=True)
class Section:
    """A headed part of an article; ``heading`` is None for the untitled lead part."""

    heading: str | None
    text: str
    tags: Tags = field(default_factory=Tags)

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "text": self.text}


@dataclass(frozen=True)
class Article:
    """One news article (or one JSONL record) ready to be tagged and indexed.

    ``id`` is stable: for a page article it is derived from the file and the
    article's position in it (see :func:`article_id`); a JSONL record keeps its own.
    """

    id: str
    file: str
    title: str
    sections: tuple[Section, ...]
    ordinal: int = 1
    title_is_fallback: bool = False
    subtitle: str | None = None
    byline: str | None = None
    captions: tuple[str, ...] = ()
    date: str | None = None
    source: str | None = None
    tags: Tags = field(default_factory=Tags)
    meta: Mapping[str, Any] = field(default_factory=dict)
    #: The statute citations of the sections (``tagging.citations.Citation``, spans in
    #: their section's text); None until the article is tagged.
    citations: tuple[Any, ...] | None = None

    @property
    def text(self) -> str:
        """The body text: every section's text, headings excluded, in order."""
        return "\n".join(s.text for s in self.sections)

    def with_tags(self, tags: Tags, sections: tuple[Section, ...] | None = None) -> "Article":
        return replace(self, tags=tags, sections=self.sections if sections is None else sections)

    def to_dict(self) -> dict[str, Any]:
        """The ``lawnews parse --jsonl`` record of this article."""
        return {
            "id": self.id,
            "file": self.file,
            "ordinal": self.ordinal,
            "title": self.title,
            "title_is_fallback": self.title_is_fallback,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "date": self.date,
            "source": self.source,
            "sections": [s.to_dict() for s in self.sections],
            "captions": list(self.captions),
            **self.tags.to_dict(),
            **({"citations": [c.to_dict() for c in self.citations]} if self.citations else {}),
            **({"meta": dict(self.meta)} if self.meta else {}),
        }


def headline_only(article: Article) -> bool:
    """Whether ``article`` is a headline printed without body text: a title of its own
    (not a lead sentence standing in for one) and no section. A page file, or a web
    page, printing only its headline gives such an article."""
    return not article.sections and not article.title_is_fallback


def article_id(source: str, ordinal: int) -> str:
    """The id of the ``ordinal``-th article (1-based) of page file ``source``.

    ``source`` names the file as ingest does (its path relative to the index's
    folder, see :func:`lawnews.index.ingest.readers.discover`); the id is that name
    without its extension, so ``001_x.txt`` gives ``001_x#1``, ``001_x#2`` …
    """
    if ordinal < 1:
        raise ValueError("ordinal is 1-based")
    return f"{file_stem(source)}#{ordinal}"


def file_stem(source: str) -> str:
    """``source`` without the extension of its last part: the stem of its articles' ids."""
    return source.rsplit(".", 1)[0] if "." in source.rsplit("/", 1)[-1] else source
