"""One article as ``lawnews show`` and the web app's article page present it.

In:  an article (:class:`lawnews.index.documents.Article`), the copies of its story
     (:class:`lawnews.search.results.Copy`, lead first) and its statute citations
     (:class:`lawnews.statutes.CitationView`).
Out: :class:`ArticlePage`, whose ``to_dict()`` is the JSON of ``lawnews show --json``
     and of ``/article/ID?format=json``: one shape for both. The web page asks for more
     (``show(id, cited_by=True)``): how many news articles cite each statute article
     cited, and for a statute article itself its versions and the articles citing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any, Mapping

import lawnews

from .index.documents import Article
from .search.results import Copy



@dataclass(frozen=True)
class ArticlePage:
    """An article with the copies of its story and the statute articles it cites."""

    article: "Article"
    copies: "tuple[Copy, ...]"
    citations: "tuple[lawnews.CitationView, ...]" = ()  # the statute types load with the statute code
    #: ``cites`` reference of each statute article cited → the news articles citing it
    #: (``NewsIndex.cited_by(reference).total``); empty unless asked for.
    cited_by: "Mapping[str, int]" = field(default_factory=dict)
    #: The article as a statute article of the collection (None: a news article, or not asked).
    statute: "lawnews.StatuteArticle | None" = None
    #: The article as a statute record of a version the collection holds a later version of:
    #: says so (``lawnews.statutes.superseded``); None otherwise.
    version_note: "str | None" = None
    #: The index's statute citations were read by older citation rules than this lawnews's
    #: (``NewsIndex.outdated_citations``): says so and what to run; None otherwise or when the
    #: article cites nothing.
    rules_note: "str | None" = None

    @property
    def story(self) -> str:
        """The id of the story's lead article (the article's own id when it has no copies)."""
        return self.copies[0].article_id if self.copies else self.article.id

    def to_dict(self) -> dict[str, Any]:
        article = self.article.to_dict()
        return {"id": article.pop("id"), "article_id": self.article.id, **article, "story": self.story, "copies": [c.to_dict() for c in self.copies],
                "citations": [c.to_dict() for c in self.citations],
                **({"version_note": self.version_note} if self.version_note else {}),
                **({"rules_note": self.rules_note} if self.rules_note else {}),
                # what show(…, cited_by=True) was asked for, as it holds it
                **({"cited_by": dict(self.cited_by)} if self.cited_by else {}),
                **({"statute": self.statute.to_dict()} if self.statute is not None else {})}
