"""One article as ``lawnews show`` and the web app's article page present it.

In:  an article (:class:`lawnews.index.documents.Article`), the copies of its story
     (:class:`lawnews.search.results.Copy`, lead first) and its statute citations
     (:class:`lawnews.statutes.CitationView`).
Out: :class:`ArticlePage`, whose ``to_dict()`` is the JSON of ``lawnews show --json``
     and of ``/article/ID?format=json``: one shape for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .index.documents import Article
    from .search.results import Copy
    from .statutes import CitationView


@dataclass(frozen=True)
class ArticlePage:
    """An article with the copies of its story and the statute articles it cites."""

    article: "Article"
    copies: "tuple[Copy, ...]"
    citations: "tuple[CitationView, ...]" = ()

    @property
    def story(self) -> str:
        """The id of the story's lead article (the article's own id when it has no copies)."""
        return self.copies[0].article_id if self.copies else self.article.id

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "story": self.story, "copies": [c.to_dict() for c in self.copies],
                "citations": [c.to_dict() for c in self.citations]}
