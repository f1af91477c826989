"""The news articles citing a statute article or a law.

In:  a :class:`~.views.StatuteRef`, an open Whoosh index (its citation store and facet
     values), the citations of the hits; the current statute collection.
Out: the ids of the articles citing it (:func:`citing_version` for a pinned version,
     :func:`citing_articles` in any version, whatever title was printed), the index values
     naming the same law (:func:`same_law_values`), whether a citation cites it
     (:func:`cites_ref`) and the versions the hits cite (:func:`versions_cited`).
"""

from __future__ import annotations

from typing import Any, Iterable

from ..index.store import statutes as _store
from ..index.tagging.citations import title_key
from .views import CitationView, StatuteRef, VersionCited


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
