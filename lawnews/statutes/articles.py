"""Statute articles of the collection, looked up for callers.

In:  a :class:`~.views.StatuteRef` or a statute record's id, the current statute collection
     (:mod:`lawnews.index.store.statutes`), search results.
Out: an article's versions (:func:`article_versions`), what to say of a superseded version
     (:func:`superseded`, :func:`with_version_notes`), the ``cites`` reference of a record
     (:func:`record_reference`, :func:`_cites`), whether the collection holds a law
     (:func:`held_law`), the articles nearest a number (:func:`nearest_articles`) and the
     error of an article no version holds (:func:`unknown_article`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..errors import UnknownFacetError
from ..index.store import statutes as _store
from ..search.results import SearchResults
from .views import StatuteRef, StatuteVersion


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


def superseded(statute_id: str, collection: "_store.Collection | None" = None,
               statute: dict[str, Any] | None = None) -> str | None:
    """What to say of a statute record whose law the collection holds in a later version
    (a question's answer from the 2021 text of 民事诉讼法 where the 2023 one is held): the
    later versions and, where the number holds another provision in the latest, so; None
    for the latest version, an undated one, or no record of the collection. ``collection``
    (the current one when not given) and ``statute`` (the record, when read already) spare
    a caller with many records a look-up for each."""
    collection = collection if collection is not None else _store.Collection.current()
    if statute is None:
        statute = collection.article(statute_id) if collection is not None else None
    if collection is None or statute is None or not statute["version"]:
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
    collection = _store.Collection.current()
    if collection is None:
        return results
    records = collection.articles(h.article_id for h in results.hits if "#" in h.article_id)
    notes = {sid: note for sid, statute in records.items() if (note := superseded(sid, collection, statute))}
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


def _cites(collection: Any, law: str, statute: dict[str, Any]) -> str:
    """The ``cites`` reference of :attr:`CitedArticle.cites` for a statute article found
    (``law``: the title the citation's facet value holds)."""
    plain = f"{law} {statute['label']}"
    version, label, law_here = statute["version"], statute["label"], statute["law"]
    if not version:
        return plain
    holding = [v for v in collection.holding(law_here, label) if v]
    if len(holding) < 2 or collection.same_provision(law_here, label, holding):
        return plain  # one provision under the number: every version's citations are of it
    typed = f"{version[:4]}年《{law.replace('《', '〈').replace('》', '〉')}》{label}"
    cited = _store.versioned_reference(typed)
    try:
        same = cited is not None and collection.law(cited.law) == law_here and \
            _store.version_named(collection, law_here, cited.as_of) == version
    except UnknownFacetError:
        same = False
    return typed if same else plain  # (two versions in one year: the year names only the later)
