"""lawnews: full-text search over Chinese legal news.

    from lawnews import search
    for hit in search("交叉执行", province="湖北"):
        print(hit.rank, hit.title, hit.snippet)
"""

from typing import TYPE_CHECKING

from .api import NewsIndex, build_index, export, export_mapping, first, parse, profile, search, tag, trends
from .errors import (
    ArgumentTypeError,
    ArticleIdTakenError,
    ArticleNotFoundError,
    CorpusError,
    CorpusFormatError,
    IndexClosedError,
    IndexLockedError,
    IndexWriteError,
    IndexGoneError,
    IndexNotFoundError,
    IndexReadOnlyError,
    IndexVersionError,
    InvalidArgumentError,
    LawNewsError,
    ModelNotFoundError,
    QuerySyntaxError,
    QuestionBankError,
    StatuteCollectionError,
    TaxonomyError,
    TooManyHitsError,
    UnknownFacetError,
    VectorsNotFoundError,
)
from .index.documents import Article, Section, Tags
from .search.results import Copy, Hit, SearchResults
from .version import __version__

if TYPE_CHECKING:  # loaded when asked for (__getattr__ below); a type checker reads them here
    from .article_page import ArticlePage
    from .index.ingest.inputs import Skip
    from .index.store.build import IngestReport, Progress
    from .index.store.writer import IndexWriter
    from .landscape import Adoption, FirstReport, Profile, Trends, TrendSeries
    from .statutes import CitationView, CitedBy, StatuteArticle
    from .index.tagging import Mention, Tagger, TextTags
    from .search.questions import QuestionBank

__all__ = [
    "NewsIndex",
    "build_index",
    "search",
    "parse",
    "tag",
    "trends",
    "first",
    "profile",
    "export",
    "export_mapping",
    "Article",
    "Section",
    "Tags",
    "Hit",
    "Copy",
    "SearchResults",
    "IngestReport",
    "Trends",
    "TrendSeries",
    "Adoption",
    "FirstReport",
    "Profile",
    "CitedBy",
    "CitationView",
    "StatuteArticle",
    "ArticlePage",
    "Skip",
    "Progress",
    "IndexWriter",
    "TextTags",
    "Mention",
    "Tagger",
    "QuestionBank",
    "LawNewsError",
    "IndexGoneError",
    "IndexNotFoundError",
    "IndexVersionError",
    "IndexLockedError",
    "IndexWriteError",
    "IndexReadOnlyError",
    "IndexClosedError",
    "CorpusError",
    "CorpusFormatError",
    "QuerySyntaxError",
    "UnknownFacetError",
    "ArticleNotFoundError",
    "ArticleIdTakenError",
    "InvalidArgumentError",
    "ArgumentTypeError",
    "TooManyHitsError",
    "ModelNotFoundError",
    "VectorsNotFoundError",
    "TaxonomyError",
    "QuestionBankError",
    "StatuteCollectionError",
    "__version__",
]


#: The types the library's calls take and return that live with what loads them only
#: when used (the ingest pipeline, the writer, numpy for trends), by the module holding each;
#: and those of tagging a text (lawnews.tag), of a tagger or a question bank given to a call.
_LATER = {
    "IngestReport": ".index.store.build",
    "Progress": ".index.store.build",
    "Skip": ".index.ingest.inputs",
    "IndexWriter": ".index.store.writer",
    **dict.fromkeys(("Trends", "TrendSeries", "Adoption", "FirstReport", "Profile"), ".landscape"),
    **dict.fromkeys(("CitedBy", "CitationView", "StatuteArticle"), ".statutes"),
    "ArticlePage": ".article_page",
    **dict.fromkeys(("TextTags", "Mention", "Tagger"), ".index.tagging"),
    "QuestionBank": ".search.questions",
}


def __getattr__(name: str) -> object:
    # a search does not load the ingest pipeline, the writer nor numpy: these are loaded when asked for
    if name in _LATER:
        from importlib import import_module

        return getattr(import_module(_LATER[name], __name__), name)
    raise AttributeError(f"module 'lawnews' has no attribute {name!r}")
