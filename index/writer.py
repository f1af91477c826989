"""Articles → Whoosh documents, written through one lock-holding writer.

:class:`IndexWriter` wraps a Whoosh writer: ``add`` replaces any earlier version of
the article (same id), ``delete_file`` and ``delete_article`` remove documents,
and ``commit``/``cancel`` end the transaction. Used as a context manager it
commits on success and cancels on an exception, so a failed batch changes nothing.
A writer that cannot get the lock in ``timeout`` seconds raises IndexLockedError.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from whoosh import index as whoosh_index
from whoosh.index import LockError

from ..errors import IndexLockedError
from .documents import Article
from .schema import FACET_FIELDS


def section_docs(article: Article) -> Iterator[dict[str, Any]]:
    """The index documents of one article: one per section (at least one)."""
    year = article.date[:4] if article.date and article.date[:4].isdigit() else None
    common: dict[str, Any] = {
        "article_id": article.id,
        "file": article.file,
        "ordinal": article.ordinal,
        "title": article.title,
    }
    if article.date:
        common["date"] = article.date
    if year is not None:
        common["year"] = year
    if article.source:
        common["source"] = article.source
    for name, attr in FACET_FIELDS.items():
        values = getattr(article.tags, attr)
        if values:
            common[name] = ",".join(values)
    sections = article.sections or ()
    for no, section in enumerate(sections or [None]):
        doc = dict(common, doc_id=f"{article.id}/{no}", section_no=no)
        if section is not None:
            doc["text"] = section.text
            if section.heading:
                doc["heading"] = section.heading
        if no == 0 and article.captions:
            doc["caption"] = "\n".join(article.captions)
        doc["ngrams"] = "\n".join(doc[f] for f in ("title", "heading", "text", "caption") if doc.get(f))
        if no == 0:
            doc["article"] = {
                "subtitle": article.subtitle,
                "byline": article.byline,
                "captions": list(article.captions),
                "title_is_fallback": article.title_is_fallback,
                "meta": dict(article.meta),
            }
        yield doc


class IndexWriter:
    """A write transaction on one index (see the module docstring)."""

    def __init__(self, ix: whoosh_index.Index, *, timeout: float = 10.0, fresh: bool = False,
                 limitmb: int = 256, procs: int = 1) -> None:
        try:
            kwargs: dict[str, Any] = {"limitmb": limitmb, "timeout": timeout, "delay": 0.1}
            if procs > 1:
                kwargs.update(procs=procs, multisegment=True)
            self._w = ix.writer(**kwargs)
        except LockError as e:
            raise IndexLockedError(
                "another process is writing to this index; wait for it to finish and try again"
            ) from e
        self._fresh = fresh
        self.added_articles = 0
        self.added_sections = 0

    def add(self, article: Article) -> int:
        """Add (or replace) one article; returns the number of section documents written."""
        if not self._fresh:
            self._w.delete_by_term("article_id", article.id)
        n = 0
        for doc in section_docs(article):
            self._w.add_document(**doc)
            n += 1
        self.added_articles += 1
        self.added_sections += n
        return n

    def add_files(self, articles: Iterable[Article]) -> int:
        """Add the articles read from files: the first article of each file first deletes
        what that file gave before, so a changed file replaces its old articles."""
        seen: set[str] = set()
        n = 0
        for article in articles:
            if not self._fresh and article.file not in seen:
                seen.add(article.file)
                self.delete_file(article.file)
            self.add(article)
            n += 1
        return n

    def delete_file(self, file: str) -> int:
        """Delete every document that came from ``file``; returns how many sections went."""
        return self._w.delete_by_term("file", file)

    def delete_article(self, article_id: str) -> int:
        """Delete one article's documents; returns how many sections went."""
        return self._w.delete_by_term("article_id", article_id)

    def commit(self) -> None:
        self._w.commit()

    def cancel(self) -> None:
        self._w.cancel()

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.cancel()
