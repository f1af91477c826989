"""lawnews: full-text search over Chinese legal news.

    from lawnews import search
    for hit in search("交叉执行", province="湖北"):
        print(hit.rank, hit.title, hit.snippet)
"""

from .api import NewsIndex, build_index, export, export_mapping, first, parse, profile, search, tag, trends
from .errors import (
    ArgumentTypeError,
    ArticleNotFoundError,
    CorpusError,
    CorpusFormatError,
    IndexClosedError,
    IndexLockedError,
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
    "LawNewsError",
    "IndexGoneError",
    "IndexNotFoundError",
    "IndexVersionError",
    "IndexLockedError",
    "IndexReadOnlyError",
    "IndexClosedError",
    "CorpusError",
    "CorpusFormatError",
    "QuerySyntaxError",
    "UnknownFacetError",
    "ArticleNotFoundError",
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


_LANDSCAPE = ("Trends", "TrendSeries", "Adoption", "FirstReport", "Profile")


def __getattr__(name: str) -> object:
    # IngestReport lives with the ingest pipeline, loaded only when asked for.
    if name == "IngestReport":
        from .index.store.build import IngestReport

        return IngestReport
    if name in _LANDSCAPE:  # with numpy, which a search on a small index does without
        from . import landscape

        return getattr(landscape, name)
    raise AttributeError(f"module 'lawnews' has no attribute {name!r}")
