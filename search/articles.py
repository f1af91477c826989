"""Stored articles by id: an article, the copies of its story, every article, the counts,
and the error for an id the index lacks, saying how the ids of a file it names are formed.

In: article ids, read from the index's Whoosh searcher and its columns of articles and stories:
its host, :class:`.searcher.IndexSearcher`, provides ``_refresh()``, ``_current()``,
``_doc_columns()``, ``_story_column()`` and ``_indexed_source()``. Out:
:class:`~lawnews.index.documents.Article`, :class:`.results.Copy`, ``(articles, sections)``,
:class:`~lawnews.errors.ArticleNotFoundError`; :func:`stored_tags` (a document's tags as stored).
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..errors import ArticleNotFoundError
from ..index.documents import Article, Section, Tags
from ..index.store.schema import FACET_FIELDS
from .results import Copy


class ArticleLookups:
    """Articles and copies looked up (see the module docstring)."""

    def article(self, article_id: str) -> Article:
        """The stored article with this id; ArticleNotFoundError if there is none."""
        self._refresh()
        return self._article(article_id)

    def _article(self, article_id: str) -> Article:
        docs = sorted(self._current().documents(article_id=article_id), key=lambda d: d["section_no"])
        if not docs:
            raise self._not_found(article_id)
        head = docs[0]
        extra = head.get("article") or {}
        return Article(
            id=article_id,
            file=head.get("file", ""),
            title=head.get("title", ""),
            sections=tuple(Section(d.get("heading"), d.get("text", "")) for d in docs),
            ordinal=head.get("ordinal", 1),
            title_is_fallback=bool(extra.get("title_is_fallback")),
            subtitle=extra.get("subtitle"),
            byline=extra.get("byline"),
            captions=tuple(extra.get("captions") or ()),
            date=head.get("date"),
            source=head.get("source"),
            tags=Tags(**{attr: tuple(v) for attr, v in stored_tags(head).items()}),
            meta=extra.get("meta") or {},
        )

    def _not_found(self, article_id: str) -> ArticleNotFoundError:
        """The error for an id the index lacks; where it names a file whose articles
        the index holds (``court_page`` for ``court_page#1``), saying how they are numbered."""
        hint = ""
        offered: list[str] = []  # the ids the hint names, for a caller to link
        searcher = self._current()
        from ..index.analysis.fold import fold

        typed = fold(article_id).strip()  # copied with a space at an end, or typed with a full-width ＃
        if typed != article_id and searcher.document_number(article_id=typed) is not None:
            hint, offered = f"; did you mean {typed!r}?", [typed]
        elif "#" not in article_id and searcher.document_number(article_id=f"{article_id}#1") is not None:
            several = searcher.document_number(article_id=f"{article_id}#2") is not None
            hint = (f"; the articles of that file are {article_id}#1, #2 …" if several
                    else f"; the one article of that file is {article_id}#1")
            offered = [f"{article_id}#1", f"{article_id}#2"] if several else [f"{article_id}#1"]
        elif named := self._articles_of_file(searcher, article_id.strip()):  # a001.txt, as a hit names its file
            hint = (f"; that is a file: its article is {named[0]}" if len(named) == 1
                    else f"; that is a file: its articles are {', '.join(named[:5])}" + (" …" if len(named) > 5 else ""))
            offered = named[:5]
        elif "#" in article_id and (named := self._articles_of_file(searcher, None, article_id.rsplit("#", 1)[0])):
            hint = (f"; {article_id.rsplit('#', 1)[0]} has " + (f"one article, {named[0]}" if len(named) == 1
                    else f"{len(named)} articles, {named[0]} to {named[-1]}"))
            offered = [named[0], named[-1]] if len(named) > 1 else named[:1]
        elif "/" not in article_id:  # typed without its folder (a052#1 for tags/a052#1)
            tail = f"/{article_id if '#' in article_id else article_id + '#1'}".encode("utf-8")
            found = [t.decode("utf-8") for t in searcher.reader().lexicon("article_id") if t.endswith(tail)]
            if found:
                hint, offered = f"; did you mean {', '.join(sorted(found)[:5])}?", sorted(found)[:5]
        elif shorter := next((tail for tail in _tails(article_id.strip())
                              if searcher.document_number(article_id=tail) is not None
                              or self._articles_of_file(searcher, tail)), None):
            # typed with folders the index does not name it by: its path from the current folder
            # (news/a#1 for a#1, the index naming files by their paths in the folder indexed)
            if searcher.document_number(article_id=shorter) is None:  # news/a.txt: a file, as the index names it
                named = self._articles_of_file(searcher, shorter)
                hint = (f"; that is the file {shorter} (the index names a file by its path in the folder indexed):"
                        + (f" its article is {named[0]}" if len(named) == 1 else
                           f" its articles are {', '.join(named[:5])}" + (" …" if len(named) > 5 else "")))
                offered = named[:5]
            else:
                hint, offered = (f"; did you mean {shorter!r}? (an id names its file by its path in the folder"
                                 " indexed)"), [shorter]
        return ArticleNotFoundError(f"no article with id {article_id!r} in the index{hint}", article_ids=(article_id,),
                                    offered=tuple(offered))

    @staticmethod
    def _articles_of_file(searcher: Any, file: str | None, stem: str | None = None) -> list[str]:
        """The ids of the articles of the file ``file`` (as hits name it), or of the
        articles numbered ``stem#1``, ``stem#2`` …, in their order."""
        docs = searcher.document_numbers(file=file) if file is not None else _while_found(searcher, stem or "")
        ids = {searcher.stored_fields(n).get("article_id") for n in docs}
        return sorted((i for i in ids if i), key=lambda i: (len(i), i))

    def copies(self, article_id: str) -> tuple[Copy, ...]:
        """The copies of the story of an article, lead first (the article alone when it
        has no repost); ArticleNotFoundError if there is no such article."""
        self._refresh()
        searcher = self._current()
        if searcher.document_number(article_id=article_id) is None:
            raise self._not_found(article_id)
        _keys, stories, _grouped = self._story_column()
        story = stories.story_of(article_id)
        out = []
        for aid in stories.copies_of(story):
            docnum = searcher.document_number(article_id=aid)
            stored = searcher.stored_fields(docnum) if docnum is not None else {}
            printed = stored.get("source")
            out.append(Copy(aid, stored.get("title", ""), stored.get("file", ""), stored.get("date"),
                            self._indexed_source(docnum, stored), lead=aid == story, source_printed=printed))
        return tuple(out)

    def articles(self) -> Iterator[Article]:
        """Every article in the index, in index order. The ids are those of the index
        when the iteration starts; an article removed before it is reached is skipped."""
        self._refresh()
        articles, _ = self._doc_columns()
        ids = list(dict.fromkeys(articles[d] for d in self._current().reader().all_doc_ids()))
        for article_id in ids:
            try:
                yield self._article(article_id)
            except ArticleNotFoundError:
                continue

    def counts(self) -> tuple[int, int]:
        """``(articles, sections)`` in the index now."""
        self._refresh()
        articles, _ = self._doc_columns()
        reader = self._current().reader()
        live = {articles[d] for d in reader.all_doc_ids()}
        return len(live), reader.doc_count()


def stored_tags(stored: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    return {
        attr: tuple(v for v in (stored.get(name) or "").split(",") if v)
        for name, attr in FACET_FIELDS.items()
    }


def _while_found(searcher: Any, stem: str) -> Iterator[int]:
    """The document numbers of ``stem#1``, ``stem#2`` … as long as the index holds them."""
    k = 1
    while (n := searcher.document_number(article_id=f"{stem}#{k}")) is not None:
        yield n
        k += 1


def _tails(article_id: str) -> Iterator[str]:
    """``article_id`` without its first folder, then without its first two … (``a/b/c#1`` →
    ``b/c#1``, ``c#1``): the ids it may name when typed with folders in front."""
    parts = article_id.split("/")
    for k in range(1, len(parts)):
        yield "/".join(parts[k:])
