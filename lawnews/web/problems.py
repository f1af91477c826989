"""What an error page says happened, and what to do.

In: an exception the app answers with an error (a library error, an HTTP error, the time
limit) and the status it is answered with. Out: a :class:`Problem`: the page's title and
heading in a few words (No such article, Unknown court, The from date cannot be read, The
index is being rebuilt), what to do next, the form field at fault (marked on the error
page's form) and, for an unknown filter value, the values the index offers in its place.
The message itself (the library's sentence in the app's words) is made by the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import errors
from .params import LABELS, PROFILE_WANTED, ProfileSubjectError

#: The form field of each argument a library error names (the library's keyword →
#: the parameter of the address and the name of the field: ``start`` → ``from``).
FIELDS = {"start": "from", "end": "to", "query": "q"}

#: The fields of one page only, by its path: the statute look-up gives the library's
#: ``statute`` (what :meth:`~lawnews.NewsIndex.statute_article` takes) as its ``ref``, where
#: ``statute`` elsewhere is the law filter of a search; the list of citing articles gives it
#: (what :meth:`~lawnews.NewsIndex.cited_by` takes) as ``cites`` or as ``statute``, whichever
#: the address holds (the first of several, when it holds neither).
PAGE_FIELDS: "dict[str, dict[str, tuple[str, ...]]]" = {
    **dict.fromkeys(("/statute", "/statute.json"), {"statute": ("ref",)}),
    **dict.fromkeys(("/cited-by", "/cited-by.json"), {"statute": ("cites", "statute")}),
}

#: What each parameter is called in a title ("The from date cannot be read").
SPOKEN = {"from": "from date", "to": "to date", "q": "query", "page": "page number", "per_page": "number of hits a page",
          "sort": "order", "by": "choice of what to count by", "every": "period", "top": "number of values",
          "id": "article id", "ref": "statute article", "cites": "article cited", "of": "profile subject",
          "all_copies": "every-copy switch", "no_expand": "words-only switch", "expand": "words-only switch",
          "strict": "strict switch", "no_question_bank": "question-bank switch", "bom": "byte order mark switch",
          **{k: v.lower() for k, v in LABELS.items()}}

#: Facets whose offered values are values to search with (a cited article's error offers
#: the longest law instead).
SUGGESTING = ("province", "city", "county", "court", "court_level", "mechanism", "source", "year", "statute")


@dataclass(frozen=True)
class Problem:
    """What an error page says: ``title`` (the window title and heading), ``advice``
    (what to do, a sentence, or empty where the message says it), ``field`` (the form
    field at fault, or None), and for an unknown filter value the ``facet`` (the address's
    parameter), the ``value`` as typed and the values ``offered`` in its place; for an
    article the index lacks, the ids of the ``articles`` offered in its place (linked), and
    ``searchable``: the page offers the search box to find it by its words."""

    title: str
    advice: str = ""
    field: "str | None" = None
    facet: "str | None" = None
    value: "str | None" = None
    offered: "tuple[str, ...]" = ()
    articles: "tuple[str, ...]" = ()
    searchable: bool = False


def _field(error: Any, path: str = "", given: Any = None) -> "str | None":
    """The form field an error names as at fault (``start`` → ``from``; on the page at
    ``path``, its own name for the argument: ``statute`` → ``ref`` on ``/statute``, the one
    of ``given``, the address's parameters, where the page takes it under several names), or None."""
    argument = getattr(error, "argument", None)
    if not argument:
        return None
    names = PAGE_FIELDS.get(path, {}).get(argument)
    if names:
        return next((n for n in names if given is not None and str(given.get(n) or "").strip()), names[0])
    return FIELDS.get(argument, argument)


def problem(error: Exception, status: int, given: "Any" = None, path: str = "") -> Problem:
    """The :class:`Problem` of ``error``, answered with ``status``; ``given``, the address's
    parameters (a mapping), tells a field left out (No article id given) from one typed wrong;
    ``path``, the page's, names the field as that page's form does (:data:`PAGE_FIELDS`)."""
    # the worker's time limit is imported here: the worker module imports the library
    from .worker import QueryTimeoutError

    if isinstance(error, QueryTimeoutError):
        busy = "busy" in str(error)
        return Problem("The server is busy" if busy else "The search took too long", field=None if busy else "q")
    if isinstance(error, errors.IndexLockedError):
        return Problem("The index is being rebuilt", "Reload this page in a minute, when the build has finished.")
    if isinstance(error, errors.IndexGoneError):
        return Problem("The index is gone")
    if isinstance(error, errors.IndexNotFoundError):
        return Problem("No index to search", "Reload this page once the index is built.")
    if isinstance(error, errors.IndexVersionError):
        return Problem("The index cannot be read", "Reload this page once the index is built again.")
    if isinstance(error, errors.ArticleNotFoundError):
        return Problem("No such article", "The address may have been cut short when it was copied, or the article"
                       " left the index when it was built again: search for words of its title.",
                       articles=tuple(error.offered), searchable=True)
    if isinstance(error, errors.QuerySyntaxError):
        return Problem("The query cannot be read", "Correct it in the box below.", field="q")
    if isinstance(error, errors.TooManyHitsError):
        return Problem("Too many stories to download", field="q")
    if isinstance(error, errors.UnknownFacetError):
        if error.facet is None:
            return Problem("Unknown filter")
        name = SPOKEN.get(error.facet, error.facet)
        if error.argument == "query":  # typed in the query (province:火星, cites:刑法第0条): corrected there
            return Problem(f"Unknown {name} in the query", "Correct it in the box below.", field="q")
        offered = tuple(error.known) if error.facet in SUGGESTING and error.value else ()
        return Problem(f"Unknown {name}", "Choose one of the values offered, or remove the filter." if offered else "",
                       field=error.facet, facet=error.facet, value=error.value, offered=offered)
    if isinstance(error, ProfileSubjectError):
        if not error.named:
            return Problem("No profile subject given", f"Choose {PROFILE_WANTED} in the form below.",
                           field=_field(error))
        return Problem(f"A profile is of {PROFILE_WANTED}, not {error.named}", field=_field(error))
    if isinstance(error, (errors.InvalidArgumentError, errors.ArgumentTypeError)):
        at = _field(error, path, given)
        if at in ("from", "to") and getattr(error, "backwards", False):
            return Problem("The dates hold no day", "Correct from or to below.", field="from")
        if at in ("from", "to"):
            return Problem(f"The {at} date cannot be read", f"Correct {at} below.", field=at)
        if at and given is not None and not str(given.get(at) or "").strip():
            return Problem(f"No {SPOKEN.get(at, at)} given", field=at)
        if at:
            return Problem(f"This {SPOKEN.get(at, at)} cannot be used", field=at)
        return Problem("This address cannot be used")
    return default(status)


#: The title of an error that is no library error, by status.
TITLES = {400: "This address cannot be used", 404: "No such page", 405: "This app only reads",
          500: "Something went wrong on the server", 503: "The index cannot be searched now"}


def default(status: int) -> Problem:
    """The :class:`Problem` of an error known by its status alone (an address no page has)."""
    if status == 404:
        return Problem("No such page", "Check the address, or start again from the search.")
    return Problem(TITLES.get(status, f"Error {status}"))
