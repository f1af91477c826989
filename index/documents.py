"""The document model: what ingest produces and the index stores.

A page file or a JSONL record becomes one or more :class:`Article`; an article is a
sequence of :class:`Section` (its own sub-headings; an article without sub-headings
is one section with ``heading=None``). :class:`Tags` holds the facet values found by
the tagger. All three are frozen: ingest builds them, nothing mutates them. Their strings
are what UTF-8 can store and print: :func:`printable` (and :meth:`Article.printable`) writes a
lone surrogate, which a string made in Python can hold, as its escape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterator, Mapping

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` as UTF-8 can store and print it: the two halves of a character given apart
    (``\\ud83d\\ude00``) as that character, and each other surrogate, which no encoding writes,
    as its escape: one standing for a byte the system or a decoder could not read
    (U+DC80–U+DCFF: a name in GBK bytes, as Python reads it, ``surrogateescape``) as ``\\xNN``,
    as a path of such bytes is shown and stored (:func:`.ingest.decoding.undecoded`); any other
    (half a character, ``\\ud83d``) as ``\\udXXX``. Nothing is lost, and the same text always gives
    the same string (an id stays one id). ``text`` itself when it holds none."""
    if _encodable(text):
        return text
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")  # pairs joined
    return _LONE_SURROGATE.sub(_escape, text)


def _encodable(text: str) -> bool:
    """Whether ``text`` holds no surrogate (encoding is quicker than a search for one)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _strings(value: Any) -> Iterator[str]:
    """The strings of ``value`` (a string, or a list, tuple or mapping of them, keys too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)


def _escape(m: "re.Match[str]") -> str:
    code = ord(m.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable_value(value: Any) -> Any:
    """``value`` (a string, or a list, tuple or mapping of them, keys too, as JSON gives)
    with each string :func:`printable`; ``value`` itself when none needed it."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, (list, tuple)):
        items = [printable_value(v) for v in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    if isinstance(value, Mapping):
        pairs = [(printable_value(k), printable_value(v)) for k, v in value.items()]
        return value if all(k is a and v is b for (k, v), (a, b) in zip(pairs, value.items())) else dict(pairs)
    return value


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

    def printable(self) -> "Article":
        """This article with every string in it :func:`printable` (its id, file, title, text,
        source, metadata, tags …); itself when none needed it (the common case, told by one encoding
        of them all)."""
        tags = [*(getattr(self.tags, f.name) for f in fields(Tags)), *(s.heading for s in self.sections)]
        if _encodable("\n".join(_strings([self.id, self.file, self.title, self.subtitle, self.byline, self.date,
                                           self.source, self.captions, dict(self.meta), tags,
                                           [s.text for s in self.sections]]))):
            return self
        changed: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "sections":
                new = tuple(map(_printable_section, value))
                new = value if all(a is b for a, b in zip(new, value)) else new
            elif f.name == "tags":
                new = _printable_tags(value)
            elif f.name == "citations":
                continue  # found in the text: printable once it is
            else:
                new = printable_value(value)
            if new is not value:
                changed[f.name] = new
        return replace(self, **changed) if changed else self

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


def _printable_section(section: Section) -> Section:
    heading, text, tags = printable_value(section.heading), printable(section.text), _printable_tags(section.tags)
    if heading is section.heading and text is section.text and tags is section.tags:
        return section
    return Section(heading, text, tags)


def _printable_tags(tags: Tags) -> Tags:
    changed = {f.name: new for f in fields(tags)
               if (new := printable_value(value := getattr(tags, f.name))) is not value}
    return replace(tags, **changed) if changed else tags


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
