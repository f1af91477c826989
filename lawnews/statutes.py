"""Statute citations for callers: an article's citations with the cited text, and the
articles that cite a statute article.

In:  an open index (its Whoosh index and searcher), the statute collection
     (:mod:`lawnews.index.store.statutes`) and references typed by people
     (``民事诉讼法 第二百三十七条``, ``民诉法第237条``, ``刑法``).
Out: frozen dataclasses with ``to_dict()``: :class:`CitationView` (one citation of an
     article, resolved, with the text of each article it cites), :class:`StatuteRef`
     (what a reference names) and :class:`CitedBy` (the news articles citing it, paged
     like a search). :func:`reference` turns a typed reference into a filter value, or an
     UnknownFacetError listing the laws it may have meant; :class:`StatuteArticle` is one
     statute article looked up by name (its versions, the one in force today marked, and
     how many news articles cite it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable

from .errors import ONE_ARTICLE, UnknownFacetError, naming
from .index.store import statutes as _store
from .index.tagging import Tagger
from .index.tagging.citations import WIDE_DIGITS, title_key
from .index.tagging.tagger import bare_reference
from .search.results import SearchResults


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
    hit the citations in it that name the statute.

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
        return self.results.total

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


def article_versions(ref: StatuteRef, today: str) -> tuple[StatuteVersion, ...]:
    """The versions of the collection holding ``ref``'s article, newest first; the one in
    force on ``today`` (``YYYY-MM-DD``) marked. Empty without a collection, law or article."""
    collection = _store.Collection.current()
    law_here = collection.law(ref.law) if collection is not None else None
    if law_here is None or ref.article is None:
        return ()
    in_force, _note, _reason = collection.version_for(law_here, today)
    out = []
    for version, sid in reversed(collection.holding(law_here, ref.article).items()):
        statute = collection.article(sid)
        if statute is not None:
            out.append(StatuteVersion(version, sid, statute["text"], version == in_force))
    return tuple(out)


def superseded(statute_id: str) -> str | None:
    """What to say of a statute record whose law the collection holds in a later version
    (a question's answer from the 2021 text of 民事诉讼法 where the 2023 one is held): the
    later versions and, where the number holds another provision in the latest, so; None
    for the latest version, an undated one, or no record of the collection."""
    collection = _store.Collection.current()
    statute = collection.article(statute_id) if collection is not None else None
    if statute is None or not statute["version"]:
        return None
    later = [v for v in collection.versions(statute["law"]) if v > statute["version"]]
    if not later:
        return None
    latest = later[-1]
    now = collection.labels(statute["law"], latest).get(statute["label"])
    text = collection.text(now) if now else None
    where = ("; the latest holds the same text under this number" if text == statute["text"] else
             f"; the latest has no {statute['label']}" if now is None else
             f"; {statute['label']} of the latest reads otherwise")
    return (f"superseded: {statute['law']} has a later version in the statute collection"
            f" ({', '.join(later)}){where}")


def with_version_notes(results: SearchResults) -> SearchResults:
    """``results`` with :attr:`Hit.version_note` set on each hit that is a statute record of
    a superseded version (:func:`superseded`); the same object when none is."""
    if _store.Collection.current() is None:
        return results
    notes = {h.article_id: note for h in results.hits if "#" in h.article_id and (note := superseded(h.article_id))}
    if not notes:
        return results
    return replace(results, hits=tuple(replace(h, version_note=notes[h.article_id]) if h.article_id in notes else h
                                       for h in results.hits))


def record_reference(statute_id: str) -> str | None:
    """The ``cites`` reference of the statute article a record of the collection is
    (``中华人民共和国民事诉讼法 第二百三十七条``, with its version where the number holds
    other provisions in the law's other versions), or None when ``statute_id`` is none."""
    collection = _store.Collection.current()
    statute = collection.article(statute_id) if collection is not None else None
    if statute is None:
        return None
    return _cites(collection, statute["law"], statute)


def held_law(ref: StatuteRef) -> bool:
    """Whether the statute collection holds ``ref``'s law (in any version)."""
    collection = _store.Collection.current()
    return collection is not None and collection.law(ref.law) is not None


def nearest_articles(law: str, article: str, shown: int = 3) -> tuple[str, ...]:
    """The ``shown`` articles of ``law`` (any version of the statute collection) whose numbers
    are nearest ``article``'s, in their order, each with its law (``中华人民共和国公司法 第二百六十六条``);
    none without a collection holding the law."""
    collection = _store.Collection.current()
    law_here = collection.law(law) if collection is not None else None
    labels: set[str] = set()
    if law_here is not None:
        for version in collection.versions(law_here):
            labels |= set(collection.labels(law_here, version))
    wanted = _store.article_number(article)
    near = sorted(labels, key=lambda label: (abs(_store.article_number(label) - wanted), _store.article_number(label)))[:shown]
    return tuple(f"{law} {label}" for label in sorted(near, key=_store.article_number))


def _lacking(law: str, article: str) -> str:
    """What is said of an article no version of ``law`` holds: that, and the nearest it holds."""
    near = nearest_articles(law, article)
    return f"no version of {law} in the statute collection has {article}" + (f"; nearest: {', '.join(near)}" if near else "")


def unknown_article(ref: StatuteRef) -> UnknownFacetError:
    """The error of a reference whose law the collection holds without its article: the
    articles of the law whose numbers are nearest, to try instead (:func:`nearest_articles`)."""
    return UnknownFacetError(_lacking(ref.law, ref.article or ""), facet="cites", value=ref.value,
                             known=nearest_articles(ref.law, ref.article or ""))


def versions_cited(ref: StatuteRef, hits: Iterable[str],
                   mentions: dict[str, tuple[CitationView, ...]]) -> tuple[tuple[VersionCited, ...], tuple[str, ...]]:
    """``(versions, untied)`` of :class:`CitedBy` for the hits ``hits`` (ids, in order) and
    their citations of ``ref``: the versions their citations were resolved to, newest first,
    the latest of the collection flagged; the hits none of whose citations of the article
    was tied to a version; and when there are such hits, the collection's other texts under
    the number (one version for each distinct text, the newest)."""
    if ref.article is None:
        return (), ()
    tied: dict[str, list[str]] = {}
    texts: dict[str, tuple[str | None, str | None]] = {}
    if ref.version is not None or ref.id:
        texts[ref.version or ""] = (ref.id, ref.text)
    untied: list[str] = []
    for hit in hits:
        versions = []
        for c in mentions.get(hit, ()):
            for a in c.articles:
                if a.article == ref.article and a.text is not None:  # found: in a dated version or the undated one
                    versions.append(c.version or "")
                    texts.setdefault(c.version or "", (a.id, a.text))
        if not versions and mentions.get(hit):
            untied.append(hit)
        for v in dict.fromkeys(versions):
            tied.setdefault(v, []).append(hit)
    collection = _store.Collection.current()
    law_here = collection.law(ref.law) if collection is not None else None
    held: list[str] = []
    if law_here is not None:
        for version, sid in collection.holding(law_here, ref.article).items():
            held.append(version)
            if untied and not ref.pinned and version not in texts:
                statute = collection.article(sid)
                if statute and all(statute["text"] != t for _i, t in texts.values()):
                    texts[version] = (sid, statute["text"])
    # the law's latest version, not the latest holding the number: 第一百三十六条 of the 2006 text alone
    # is no article of the latest text
    versions = collection.versions(law_here) if law_here is not None else []
    latest = versions[-1] if versions else None
    return (tuple(VersionCited(v, texts[v][0], texts[v][1], v == latest, tuple(tied.get(v, ())))
                  for v in sorted(texts, reverse=True)), tuple(untied))


def citations_of(ix: Any, article_id: str, date: str | None) -> tuple[CitationView, ...]:
    """The citations of an article with the cited texts. Stored resolutions made with
    another collection than the current one are resolved again for the answer."""
    store = _store.store_for(ix)
    rows = store.of(article_id)
    if not rows:
        return ()
    collection = _store.Collection.current()
    fingerprint = collection.fingerprint if collection is not None else ""
    if store.resolved_with() != fingerprint:
        again = _store.resolve_all(collection, [c for c, _r, _y in rows], date, rows[0][2])
        rows = [(c, r, year) for (c, _r, year), r in zip(rows, again)]
    out = []
    for c, r, _year in rows:
        cited = []
        for t in r.targets:
            statute = collection.article(t.id) if collection is not None and t.id else None
            cited.append(CitedArticle(t.article, t.id if statute else None, statute["text"] if statute else None,
                                      t.reason or (None if statute or not t.id else "gone from the collection"),
                                      _cites(collection, c.law, statute) if statute and c.law else None))
        # a version (and the note on how it was chosen) belongs to the articles found in it:
        # where none was, the reasons say why, and no version is claimed
        found = any(a.text is not None for a in cited)
        note = r.note
        if found and r.law and r.version and (basis := date_basis(collection, r.law, r.version, date)):
            note = f"{note}; {basis}" if note else basis
        out.append(CitationView(c.text, c.section, c.start, c.end, c.written, c.law, c.form, r.status,
                                r.version if found else None, tuple(cited), note if found else None, r.reason,
                                c.candidates,
                                tuple((a.paragraph, a.item) for a in c.articles),
                                r.law if found and r.law and title_key(r.law) != title_key(c.law or "") else None))
    return tuple(out)


#: How long after a version's date an article may still fall under the version before it: a
#: law adopted on one day often comes into force months later (民事诉讼法 2023: adopted
#: 2023-09-01, in force 2024-01-01), and the collection's dates are its source's.
COMING_INTO_FORCE_DAYS = 366


def date_basis(collection: Any, law: str, version: str, date: str | None) -> str | None:
    """What to say of ``version`` of ``law`` chosen for an article dated ``date``: the
    collection dates each version by its source record (adoption or promulgation; the
    records carry no date of coming into force), so an article dated less than
    :data:`COMING_INTO_FORCE_DAYS` after it may fall under the version before. None
    otherwise (no date, no earlier version, or the article long after it)."""
    import datetime

    if not date or not version or collection is None:
        return None
    earlier = [v for v in collection.versions(law) if v and v < version]
    try:
        days = (datetime.date.fromisoformat(date[:10]) - datetime.date.fromisoformat(version[:10])).days
    except ValueError:
        return None
    if not earlier or not 0 <= days < COMING_INTO_FORCE_DAYS:
        return None
    return (f"the {version} version is dated by its source record (adoption or promulgation: the collection holds"
            f" no date of coming into force), {days} days before the article: the {earlier[-1]} version may still"
            f" have been in force on {date[:10]}")


def _cites(collection: Any, law: str, statute: dict[str, Any]) -> str:
    """The ``cites`` reference of :attr:`CitedArticle.cites` for a statute article found
    (``law``: the title the citation's facet value holds)."""
    plain = f"{law} {statute['label']}"
    version, label, law_here = statute["version"], statute["label"], statute["law"]
    if not version:
        return plain
    holding = [v for v in collection.holding(law_here, label) if v]
    if len(holding) < 2 or collection._same_provision(law_here, label, holding):
        return plain  # one provision under the number: every version's citations are of it
    typed = f"{version[:4]}年《{law.replace('《', '〈').replace('》', '〉')}》{label}"
    cited = _store.versioned_reference(typed)
    try:
        same = cited is not None and collection.law(cited.law) == law_here and \
            _store.version_named(collection, law_here, cited.as_of) == version
    except UnknownFacetError:
        same = False
    return typed if same else plain  # (two versions in one year: the year names only the later)


#: An article heading (第三百一十三条, 第67条) where a law's name should be.
_ARTICLE_HEADING = re.compile(r"第[〇零一二三四五六七八九十百千万两\d]+条")


#: A paragraph or item typed after an article: 第六十七条第一款, 第39条第（二）项.
_PART = re.compile(r"条\s*(第\s*[（(]?[〇零一二三四五六七八九十百\d０-９]+[)）]?\s*[款项](?:\s*第\s*[（(]?[〇零一二三四五六七八九十百\d０-９]+[)）]?\s*项)?)")


def reference(text: str, tagger: Tagger, known: Callable[[], Iterable[str]] = lambda: ()) -> StatuteRef:
    """What ``text`` names (see :func:`_reference`); a 款 or 项 typed after the article is
    not searched apart (citations are kept by article): a note says so."""
    ref = _reference(text, tagger, known)
    part = _PART.search(text)
    if part is None or ref.article is None:
        return ref
    said = (f"articles citing any part of {ref.article} are listed: the {part.group(1)} typed is not searched apart"
            " (each citation below shows the part it names)")
    return replace(ref, note=f"{ref.note}; {said}" if ref.note else said)


def _reference(text: str, tagger: Tagger, known: Callable[[], Iterable[str]] = lambda: ()) -> StatuteRef:
    """What ``text`` names (``民事诉讼法 第二百三十七条``, ``民诉法第237条``, ``刑法``): its law
    through the law-name table, else a title the index or the collection knows (``known()``:
    the index's ``statute`` values, asked only then). A reference naming its version
    (``2021年民事诉讼法第二百五十二条``, ``民事诉讼法（2021修正）第252条``) is that article of the
    version dated last on or before the end of that year, ``pinned``. UnknownFacetError, listing the
    closest law names, when it names no known law (or the collection lacks the version)."""
    from .index.analysis.fold import simplified
    from .index.tagging.citations import parse_reference

    typed = text
    # a range or list, before a bare number ending it is read as an article (刑法314至313: backwards)
    _one_article(simplified(text).translate(WIDE_DIGITS))
    # 中華人民共和國刑法第二十條 is 中华人民共和国刑法第二十条; full-width digits (（２０２１修正）) are digits
    text = bare_reference(simplified(text).translate(WIDE_DIGITS))
    if typed.strip() and not _HAN.search(typed):  # Civil Code article 5: no law's name (they are Chinese titles)
        raise UnknownFacetError(f"no statute named in {typed!r}: name a law by its Chinese title or usual short name,"
                                " then optionally one article, e.g. '民事诉讼法 第二百三十七条', '刑法 第20条' or '刑法'",
                                facet="statute", value=typed)
    beyond = _store.beyond_articles(text, typed)  # 刑法第99999条, 破产法 9999: no law has that many articles
    if beyond is not None and not any(k and title_key(text).startswith(title_key(k)) for k in known()):
        raise beyond  # (a law only the index's citations name, 奥地利民法典 第一千三百零八条, has its articles)
    versioned = _store.versioned_reference(text) or _store.versioned_reference(_bracketed(text))
    if versioned is not None:
        return _pinned(text, versioned)
    ref = parse_reference(text, tagger.laws)
    if ref is None:
        _one_article(text)
        raise UnknownFacetError(f"no statute named in {text!r}: write a law and optionally one article,"
                                " e.g. '民事诉讼法 第二百三十七条' or '刑法'", facet="statute", value=typed)
    law, label, candidates = ref
    if candidates:
        raise UnknownFacetError(f"{text!r} may name {' or '.join(candidates)}: write the full title",
                                facet="statute", value=typed, known=tuple(candidates))
    collection = _store.Collection.current()
    title = None
    known_titles: list[str] = []
    if tagger.laws.lookup(law):
        title = law
    else:
        known_titles = list(known())
        by_key = {title_key(k): k for k in known_titles}
        title = by_key.get(title_key(law)) or (collection.law(law) if collection is not None else None)
    if title is None and (short := _store.shortened(law, collection, known_titles)) is not None:
        # 检察院组织法 for 人民检察院组织法: the title it shortens, saying which when several fit
        title, others = short
        chose = _store.shortened_note(law, title, others)
        ref = _reference(f"{title}{label}" if label else title, tagger, known)
        return replace(ref, note="; ".join(n for n in (chose, ref.note) if n) or None)
    if title is None and _ARTICLE_HEADING.search(law):  # 刑法 第三百一十三条 第六十七条: an article read as the name
        _one_article(text)
        raise UnknownFacetError(f"{text!r} names more than one article: write a law and at most one article,"
                                " e.g. '民事诉讼法 第二百三十七条' or '刑法'", facet="cites", value=typed)
    if title is None:
        raise _store.unknown_law(law, tagger.law_names() + known_titles, collection)
    if collection is None:
        return StatuteRef(title, label, note=f"{_store.no_collection()}: no text can be shown")
    law_here = collection.law(title)
    if law_here is None and len(places := collection.places(title)) > 1:
        return StatuteRef(title, label, note=f"{_store.shared_title(title, places)}: the articles below cite {title}"
                                             " without saying which, and no text of it can be shown; name one"
                                             " place's title for its text")
    if law_here is None and len(fits := _store.abbreviated(title, collection)) > 1:
        return StatuteRef(title, label, note=f"{_store.abbreviates(title, fits)}: the articles below cite {title}"
                                             " without saying which, and no text of it can be shown; name one"
                                             " law's full title for its text")
    if law_here is None:
        why = f"; {_store.UNFINISHED}" if collection.unfinished else \
            " (a law repealed before its texts were collected, or one not indexed)"
        return StatuteRef(title, label, note=f"{title} is not in the statute collection{why}: no text of it can be shown")
    if label is None:
        return StatuteRef(title, label)
    version, _note, _reason = collection.version_for(law_here, None)
    labels = collection.labels(law_here, version or "")
    sid = labels.get(label)
    note = None
    if sid is None:  # the latest version lacks it: the newest version that has it, else say so
        held = collection.holding(law_here, label)
        if held:
            version, sid = list(held.items())[-1]
            note = f"the latest version of {law_here} has no {label}: its {version or 'undated'} version's text"
        else:
            version, note = None, _lacking(law_here, label)  # with the nearest it has, as the look-up's error
    statute = collection.article(sid) if sid else None
    return StatuteRef(title, label, sid, statute["text"] if statute else None, version or None, note)


def _one_article(text: str) -> None:
    """UnknownFacetError naming the articles when ``text`` lists several (a range, a list):
    cited-by and a statute look-up take one."""
    listed = _listed(text)
    if listed:
        labels = [part.rsplit(" ", 1)[1] for part in listed]
        raise naming(UnknownFacetError(f"{text!r} names {len(labels)} articles ({', '.join(labels)})"
                                       f"{ONE_ARTICLE}", facet="cites", value=text, known=tuple(listed)), ONE_ARTICLE)


_HAN = re.compile(r"[\u4e00-\u9fff]")


#: A year, then a title without brackets, then the article: 2021年中华人民共和国仲裁法第一条.
_YEAR_TITLE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d年)\s*(?P<law>[^《》\s\d第][^《》]*?)\s*(?P<rest>第.*)$")


def _bracketed(text: str) -> str:
    """A reference typed with its year and a title without brackets (``2021年中华人民共和国
    仲裁法第一条``) with the title in brackets, as a text printing a title the name table lacks
    must write it to be read as a law (a local rule, a law newer than the table); any other
    text as it is."""
    m = _YEAR_TITLE.match(text)
    return f"{m['year']}《{m['law']}》{m['rest']}" if m else text


#: Whitespace between two article headings typed one after the other (刑法第二十条 第二十一条).
_SPACED_ARTICLES = re.compile(r"(?<=条)\s+(?=第\s*[〇零一二三四五六七八九十百千两\d０-９]+\s*条)")


def _listed(text: str) -> list[str] | None:
    """:func:`~lawnews.index.tagging.tagger.listed_articles` of ``text``, articles typed one
    after the other with spaces between (``刑法第二十条 第二十一条``) read as a list as with
    ``、``; its ValueError an InvalidArgumentError."""
    from .errors import InvalidArgumentError
    from .index.tagging.tagger import listed_articles

    try:
        return listed_articles(_SPACED_ARTICLES.sub("、", text))
    except ValueError as e:
        raise InvalidArgumentError(str(e)) from None


def expand_listed(values: Iterable[str]) -> list[str]:
    """Typed references with each range or list of articles (``公司法第十条至第十五条``,
    ``公司法第3、5条``) as one reference per article; the others as they are."""
    return [part for value in values for part in (_listed(value) or [value])]


def _pinned(text: str, cited: Any) -> StatuteRef:
    """The article of the version a reference names (see :func:`reference`)."""
    label = cited.articles[0].article
    collection, _law, version, sid = _store.pinned_article(cited)  # an error naming the versions that have it
    statute = collection.article(sid)
    return StatuteRef(cited.law, label, sid, statute["text"] if statute else None, version,
                      f"the latest version dated on or before the end of {cited.as_of[:4]} (by its source"
                      f" record's date), the year {text!r} names:"
                      " only the citations resolved to it", pinned=True)


def citing_version(ix: Any, ref: StatuteRef) -> set[str]:
    """The ids of the articles whose citation of ``ref`` is resolved to its version."""
    collection = _store.Collection.current()
    law_here = collection.law(ref.law) if collection is not None else None
    if law_here is None or ref.article is None:
        return set()
    return _store.store_for(ix).citing(law_here, ref.article, ref.version)


def citing_articles(ix: Any, ref: StatuteRef, cited_laws: Iterable[str]) -> set[str] | None:
    """The ids of the articles :class:`CitedBy` lists for ``ref`` (not pinned to a version)
    when the collection holds its law: every article with a citation resolved to the law's
    article (or to any of its articles, for a law alone) in any version, whatever title the
    text printed (《测试法》 and 《中华人民共和国测试法》 alike), and the articles whose citation
    prints a title of that law (``cited_laws``: the index's ``statute`` values) though it
    was tied to no version, less those whose citation of the article the collection resolved
    to another law's (a printed title the name table reads as this law). None without a
    collection holding the law: the ``cites``/``statute`` facet value alone selects."""
    collection = _store.Collection.current()
    law_here = collection.law(ref.law) if collection is not None else None
    if law_here is None or ref.pinned:
        return None
    store = _store.store_for(ix)
    titles = {ref.law, *(t for t in cited_laws if collection.law(t) == law_here)}
    printed = _with_values(ix, ref.facet, [f"{t} {ref.article}" if ref.article else t for t in titles])
    if ref.article:
        printed -= store.resolved_elsewhere(printed, law_here, ref.article, titles)
    return printed | store.citing_any(law_here, ref.article)


def same_law_values(ref: StatuteRef, indexed: Iterable[str]) -> list[str]:
    """Of the index's ``cites`` (or ``statute``) values ``indexed``, those naming ``ref``'s
    article (or law) under another printed title that the statute collection reads as the
    same law (``测试法 第二条`` beside ``中华人民共和国测试法 第二条``); none without a
    collection holding the law (:func:`..index.store.statutes.same_law_values`)."""
    return _store.same_law_values(_store.Collection.current(), ref.value, indexed, ref.article is not None)


def cites_ref(citation: CitationView, ref: StatuteRef) -> bool:
    """Whether ``citation`` cites ``ref``'s law (and article, and version when pinned): by the
    law it was resolved to where it was, else by the title printed (as the collection reads it)."""
    if ref.article is not None and not any(a.article == ref.article for a in citation.articles):
        return False
    if ref.pinned and citation.version != ref.version:
        return False
    collection = _store.Collection.current()
    law_here = collection.law(ref.law) if collection is not None else None
    if citation.resolved_law is not None:  # found in the collection under another title than printed
        return law_here is not None and title_key(citation.resolved_law) == title_key(law_here)
    if citation.law == ref.law:
        return True
    return law_here is not None and citation.law is not None and collection.law(citation.law) == law_here


def _with_values(ix: Any, facet: str, values: Iterable[str]) -> set[str]:
    """The ids of the articles of the index with any of ``values`` of ``facet``."""
    from whoosh import query as Q

    with ix.searcher() as searcher:
        reader = searcher.reader()
        if not reader.doc_count_all():
            return set()
        ids = list(reader.column_reader("article_id"))
        docs = searcher.docs_for_query(Q.Or([Q.Term(facet, v) for v in values]))
        return {ids[d] for d in docs}


def collection_state(recorded: dict[str, Any] | None, citations: int) -> dict[str, Any] | None:
    """What ``lawnews stats`` says of the statute collection: the one the index's citations
    were resolved against when it was built (``recorded``: ``extra["statutes"]`` of
    ``lawnews.json``), the current one (its path, articles, whether unfinished) and whether
    they are the same (else ``show`` and ``cited-by`` resolve again as they show, and the
    next ``lawnews index`` into the index resolves every citation again). None for an
    index with no citations and no record."""
    from .config import statutes_path

    if not recorded and not citations:
        return None
    collection = _store.Collection.current()
    fingerprint = collection.fingerprint if collection is not None else ""
    out: dict[str, Any] = {"citations": citations, "current": str(statutes_path()),
                           "articles": collection.count() if collection is not None else 0}
    if collection is not None and collection.unfinished:
        out["unfinished"] = True
    if recorded:
        out["resolved_with"] = dict(recorded)
        out["same"] = recorded.get("fingerprint") == fingerprint
    return out


def describe_collection(state: dict[str, Any]) -> str:
    """One line of :func:`collection_state` for ``lawnews stats``."""
    current = state["current"]
    here = (f"{state['articles']} statute articles in {current}" if state["articles"] else
            f"no statute collection at {current}")
    if state.get("unfinished"):
        here += f" ({_store.UNFINISHED})"
    line = f"{state['citations']} citations; {here}"
    recorded = state.get("resolved_with")
    if recorded is None or state.get("same"):
        return line + ("" if recorded is None else ", which resolved them")
    was = recorded.get("collection") or "no collection"
    return (f"{line}; they were resolved against {was} as it was when the index was built, not this one:"
            " show and cited-by resolve them again as they print them, and indexing into this index resolves"
            " them all again")
