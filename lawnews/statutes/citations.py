"""The citations of one news article, with the text each cites.

In:  an open Whoosh index and an article's id and date; the current statute collection.
Out: :func:`citations_of` (each citation as a :class:`~.views.CitationView`, resolved again
     where the stored resolutions were made with another collection) and :func:`date_basis`
     (what to say of a version dated less than :data:`COMING_INTO_FORCE_DAYS` before the
     article).
"""

from __future__ import annotations

from typing import Any

from ..index.store import statutes as _store
from ..index.tagging.citations import title_key
from .articles import _cites
from .views import CitationView, CitedArticle


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
