"""Checks of the arguments every search-like call of the library takes.

In: what a caller passed to :meth:`~lawnews.NewsIndex.search` and the shortcuts (query,
counts, facet filters, question bank) or to trends, first and profile (``copies``,
``all_copies``).
Out: the facet filters as :func:`.arguments.filters` gives them, whether every copy is
counted, or the ArgumentTypeError / InvalidArgumentError naming the argument at fault.
"""

from __future__ import annotations

from typing import Any, Mapping

from . import arguments as _args
from .errors import ArgumentTypeError
from .search.questions import QuestionBank


def _check_search(query: Any, limit: Any, offset: Any, filters: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments every search takes: a query string, counts, facet filters (returned
    as :func:`.arguments.filters` gives them)."""
    _args.text("query", query)
    _args.count("limit", limit)
    _args.count("offset", offset)
    return _args.filters(filters)


def _check_bank(question_bank: Any) -> None:
    if not isinstance(question_bank, (bool, QuestionBank)):
        raise ArgumentTypeError(f"question_bank must be True, False or a QuestionBank, not {type(question_bank).__name__}",
                                argument="question_bank")


def _every_copy(copies: bool, all_copies: bool) -> bool:
    """Whether :meth:`NewsIndex.trends`, :meth:`~NewsIndex.first` and :meth:`~NewsIndex.profile`
    count every copy of a reposted story: ``copies=True``, or ``all_copies=True`` as
    :meth:`NewsIndex.search` names it (each an ArgumentTypeError naming it unless True or False)."""
    _args.flags(copies=copies, all_copies=all_copies)
    return copies or all_copies
