"""What the extractor gives out, and what the tagger makes of it.

In:  the fields of a mention (span, law, form, articles) as the other modules find them.
Out: :class:`Citation` (one mention; ``to_dict``/``from_dict`` for storage) with its
     :class:`Cited` articles; :class:`Law` (a law named in the text, before it is known to be
     cited); :data:`FORMS` (how a citation names its law); the facet values of an article's
     citations (:func:`statutes_of`, :func:`cites_of`, :func:`citing`); whether a label names a
     range too long to read (:func:`is_range`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any


#: How a citation names its law.
FORMS = ("title", "short", "abbreviation", "interpretation", "unbracketed", "backref", "defined",
         "continuation", "unknown")


@dataclass(frozen=True)
class Cited:
    """One article cited: its label as the statute corpus writes it, and the 款 and 项 named."""

    article: str
    paragraph: int | None = None
    item: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in (("article", self.article), ("paragraph", self.paragraph), ("item", self.item))
                if v is not None}


@dataclass(frozen=True)
class Citation:
    """One mention of statute articles. ``start``/``end`` index the text given to
    :func:`extract` (a section's text; ``section`` is set by the tagger); ``law`` is the
    full title (None when the title is ambiguous: ``candidates`` then lists the laws)."""

    start: int
    end: int
    text: str
    written: str  # the law as written: 《民诉法》, 刑法, 该法; "" for a continuation
    law: str | None
    form: str  # one of FORMS
    articles: tuple[Cited, ...]
    section: int = 0
    candidates: tuple[str, ...] = ()
    as_of: str | None = None  # the version the text names by a year (2007年民事诉讼法): a date in it
    quote: str = ""  # the wording the text quotes right after a one-article mention (its first Han characters)
    verbatim: bool = False  # ... printed in quotation marks (规定：“…”), not a paraphrase or a remark
    sanction: str = ""  # the sanction the text says the one article cited imposes (规定处15日以下拘留: 拘留)
    gloss: str = ""  # without a quote: what the text says the one article says (Han characters; parts split by |)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.article for c in self.articles)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "written": self.written,
                               "law": self.law, "form": self.form, "section": self.section,
                               "articles": [a.to_dict() for a in self.articles]}
        if self.candidates:
            out["candidates"] = list(self.candidates)
        if self.as_of:
            out["as_of"] = self.as_of
        if self.quote:
            out["quote"] = self.quote
        if self.verbatim:
            out["verbatim"] = True
        if self.sanction:
            out["sanction"] = self.sanction
        if self.gloss:
            out["gloss"] = self.gloss
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Citation":
        return cls(data["start"], data["end"], data["text"], data.get("written", ""), data.get("law"),
                   data.get("form", "title"), tuple(Cited(**a) for a in data.get("articles", ())),
                   data.get("section", 0), tuple(data.get("candidates", ())), data.get("as_of"),
                   data.get("quote", ""), bool(data.get("verbatim", False)), data.get("sanction", ""),
                   data.get("gloss", ""))


@dataclass(frozen=True)
class Law:
    """A law named in the text (before it is known to be cited)."""

    start: int
    end: int
    written: str
    law: str | None
    form: str
    candidates: tuple[str, ...] = ()
    generic: str | None = None  # 该规定, 《规定》: the kind of law it points back to
    lawlike: bool = True
    as_of: str | None = None
    year: int | None = None  # the year printed before it (2007年10月28日修改前的《民事诉讼法》)


def statutes_of(cited: tuple[Citation, ...]) -> tuple[str, ...]:
    """The ``statute`` facet values of an article's citations: the laws cited, in order."""
    return tuple(dict.fromkeys(c.law for c in cited if c.law))


def is_range(label: str) -> bool:
    """Whether a cited article's label names a range too long to be read as its articles
    (``第三条至第五百条``, :func:`.numbers.range_label`): no article, and no statute's label."""
    return "至" in label


def cites_of(cited: tuple[Citation, ...]) -> tuple[str, ...]:
    """The ``cites`` facet values: ``law 第N条`` of every article cited, in order (a range
    :func:`is_range` names is no article)."""
    return tuple(dict.fromkeys(f"{c.law} {a.article}" for c in cited if c.law for a in c.articles
                               if not is_range(a.article)))


def citing(tags: Any, cited: tuple[Citation, ...]) -> Any:
    """``tags`` (a :class:`~lawnews.index.documents.Tags`) with the laws and articles
    ``cited`` (:func:`statutes_of`, :func:`cites_of`); as they are when nothing is cited."""
    return replace(tags, statutes=statutes_of(cited), cites=cites_of(cited)) if cited else tags
