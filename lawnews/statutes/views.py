"""What the statute look-ups give callers: frozen dataclasses with ``to_dict()``.

In:  what :mod:`.articles`, :mod:`.citations`, :mod:`.cited_by` and :mod:`.references` find.
Out: :class:`CitedArticle` and :class:`CitationView` (one citation of a news article, resolved,
     with the text of each article it cites), :class:`StatuteRef` (what a typed reference
     names), :class:`VersionCited` and :class:`CitedBy` (the news articles citing a statute,
     paged like a search, by version), :class:`StatuteVersion` and :class:`StatuteArticle` (a
     statute article looked up by name, with its versions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, overload

from ..search.results import Hit, SearchResults


@dataclass(frozen=True)
class CitedArticle:
    """One article a citation cites: its label, and in the collection its id and text
    (or why it has none)."""

    article: str
    id: str | None = None
    text: str | None = None
    reason: str | None = None
    #: The ``cites`` reference that finds the articles citing this provision: with its
    #: version (``2021年《中华人民共和国民事诉讼法》第二百五十七条``) where the number holds other
    #: provisions in the law's other versions, else the law and article.
    cites: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "id": self.id, "text": self.text,
                **({"reason": self.reason} if self.reason else {}), **({"cites": self.cites} if self.cites else {})}


@dataclass(frozen=True)
class CitationView:
    """One statute citation of an article: where it is (``section``, ``start``, ``end``
    in that section's text), the law as written and its full title, how it was resolved
    (``status``: resolved, partial, unresolved; the ``version`` used, a ``note`` on it,
    the ``reason`` when nothing was found) and each article cited, with its text."""

    text: str
    section: int
    start: int
    end: int
    written: str
    law: str | None
    form: str
    status: str
    version: str | None
    articles: tuple[CitedArticle, ...]
    note: str | None = None
    reason: str | None = None
    candidates: tuple[str, ...] = ()
    paragraphs: tuple[tuple[int | None, int | None], ...] = ()
    #: The collection's title of the law the articles were found in, where it is not ``law``
    #: (a title the name table reads as another law, 中华人民共和国测试法 against 测绘法; a short
    #: title the table lacks); None when it is ``law`` or nothing was found.
    resolved_law: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "section": self.section, "start": self.start, "end": self.end,
               "written": self.written, "law": self.law, "form": self.form, "status": self.status,
               "version": self.version, "articles": [a.to_dict() for a in self.articles]}
        if self.resolved_law:
            out["resolved_law"] = self.resolved_law
        out.update({k: v for k, v in (("note", self.note), ("reason", self.reason)) if v})
        if self.candidates:
            out["candidates"] = list(self.candidates)
        return out


@dataclass(frozen=True)
class StatuteRef:
    """What a typed reference names: a law (its full title) and, optionally, one article;
    ``text`` is that article's text in the latest version of the collection, when it has it."""

    law: str
    article: str | None = None
    id: str | None = None
    text: str | None = None
    version: str | None = None
    note: str | None = None
    #: True when the reference named its version (2021年民事诉讼法第二百五十二条): only the
    #: citations resolved to that version's article count.
    pinned: bool = False

    @property
    def value(self) -> str:
        """The ``cites`` facet value (law and article) or the ``statute`` one (law only)."""
        return f"{self.law} {self.article}" if self.article else self.law

    @property
    def facet(self) -> str:
        return "cites" if self.article else "statute"

    def to_dict(self) -> dict[str, Any]:
        return {"law": self.law, "article": self.article, "id": self.id, "version": self.version,
                "text": self.text, **({"note": self.note} if self.note else {}),
                **({"pinned": True} if self.pinned else {})}


@dataclass(frozen=True)
class VersionCited:
    """One version of a statute article as the hits of a :class:`CitedBy` cite it: the
    version (``""``: the collection's undated one), the article's id and text in it, whether
    it is the law's latest version (an article only an older version holds is in none that is),
    and the hits shown whose citation was resolved to it (none: a version only the untied
    citations may mean)."""

    version: str
    id: str | None
    text: str | None
    latest: bool = False
    articles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version or None, "id": self.id, "text": self.text, "latest": self.latest,
                "articles": list(self.articles)}


@dataclass(frozen=True)
class CitedBy:
    """The news articles citing a statute article (or a law): ``results`` as a search by
    date gives them (newest first, reposts of one story once unless asked), and for each
    hit the citations in it that name the statute. Like a ``SearchResults``, it iterates over
    the hits of the page asked for (``hits``; ``len()`` counts them, ``total`` every page).

    One article number may hold other provisions in the law's versions, so the text the
    statute heads the list with (its latest version) is not necessarily what a hit cites:
    ``versions`` gives, for a statute article, each version the hits shown cite (the text
    under the number in it and the hits resolved to it), and ``untied`` the hits whose
    citations of it could not be tied to any version (undated, older than the collection's
    texts of a renumbered law…: the reason is on each citation); where there are such hits,
    ``versions`` also holds every other text the collection has under that number, as what
    they may mean."""

    statute: StatuteRef
    results: SearchResults
    mentions: dict[str, tuple[CitationView, ...]] = field(default_factory=dict)
    versions: tuple[VersionCited, ...] = ()
    untied: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """The number of articles (stories, unless every copy was asked for) on every page."""
        return self.results.total

    @property
    def hits(self) -> "tuple[Hit, ...]":
        """The hits of the page asked for (``results.hits``), as ``to_dict()`` names them."""
        return self.results.hits

    def __len__(self) -> int:
        return len(self.results.hits)

    def __iter__(self) -> "Iterator[Hit]":
        return iter(self.results.hits)

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> "tuple[Hit, ...]": ...

    def __getitem__(self, index: "int | slice") -> "Hit | tuple[Hit, ...]":
        """The hits of this page by position (``cited[0]``, ``cited[:3]``)."""
        return self.results.hits[index]

    def to_dict(self) -> dict[str, Any]:
        out = {"statute": self.statute.to_dict(),
               **({"from": self.results.start, "to": self.results.end}
                  if self.results.start or self.results.end else {}),
               "total": self.results.total,
               "hits": [{**h.to_dict(), "citations": [c.to_dict() for c in self.mentions.get(h.article_id, ())]}
                        for h in self.results.hits]}
        if self.statute.article:
            out["versions"] = [v.to_dict() for v in self.versions]
            out["untied"] = list(self.untied)
        return out


@dataclass(frozen=True)
class StatuteVersion:
    """One version of a statute article: the version (``""``: the collection's undated
    one), the article's id and text in it, and whether it is the version in force today."""

    version: str
    id: str
    text: str
    in_force: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version or None, "id": self.id, "text": self.text, "in_force": self.in_force}


@dataclass(frozen=True)
class StatuteArticle:
    """A statute article looked up by name (``NewsIndex.statute_article``), or the one a
    statute record of the index is: what the reference names (``statute``), each version
    of the collection holding the article (newest first, the one in force today marked),
    and ``cited_by``, the number of news articles citing it, counted by
    ``NewsIndex.cited_by(reference)`` as that list pages through (one per story unless
    ``all_copies``; only the citations resolved to its version when ``reference`` names one).
    """

    statute: StatuteRef
    reference: str
    versions: tuple[StatuteVersion, ...]
    cited_by: int
    all_copies: bool = False

    @property
    def pinned_version(self) -> str | None:
        """The version the count is of, when ``reference`` names one (else None: every version)."""
        return self.statute.version if self.statute.pinned else None

    def to_dict(self) -> dict[str, Any]:
        return {"statute": self.statute.to_dict(), "reference": self.reference,
                "versions": [v.to_dict() for v in self.versions], "cited_by": self.cited_by,
                "all_copies": self.all_copies}
