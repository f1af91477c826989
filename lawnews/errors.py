"""The one exception hierarchy of lawnews.

Everything the library raises on purpose derives from :class:`LawNewsError`, so an
embedder can write a single ``except LawNewsError``. Each message is one sentence a
person can act on; the CLI prints it as is (``Error: …``) and exits 1.
Bad arguments raise :class:`InvalidArgumentError` (also a ``ValueError``) or
:class:`ArgumentTypeError` (also a ``TypeError``), so both ways of catching work.
"""

from __future__ import annotations

import re
from typing import Any


class LawNewsError(Exception):
    """Base class of every error lawnews raises on purpose.

    ``str(error)`` is the library's sentence: it names arguments as a Python caller
    passes them (``start``, ``lenient=True``). ``arguments`` lists those of its words
    that the command line and the web app spell their own way (:data:`WORDING`);
    :func:`message` gives the sentence in their words.

    A subclass also says what went wrong in fields a program reads instead of the
    sentence (``error.path``, ``error.facet``, ``error.article_ids`` …), each None or
    empty when not known; they are given as keywords: ``IndexLockedError(message,
    path=…)``, and survive pickling (a worker process's error reaches its parent whole)."""

    #: the library's words in the message that :data:`WORDING` words otherwise elsewhere
    arguments: "tuple[str, ...]" = ()

    def __init__(self, *args: object, **fields: object) -> None:
        super().__init__(*args)
        for name, value in fields.items():
            if name.startswith("_") or not hasattr(type(self), name) or callable(getattr(type(self), name)):
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
            setattr(self, name, value)


class InvalidArgumentError(LawNewsError, ValueError):
    """An argument has a value lawnews cannot use; ``argument`` names it as the caller
    passed it (``limit``, ``sort``, ``start``, ``province`` …) where one argument is at fault."""

    #: the argument at fault (a keyword of the call), or None
    argument: "str | None" = None
    #: a range given backwards: its first bound (``argument``) comes after its last
    backwards: bool = False


class ArgumentTypeError(LawNewsError, TypeError):
    """An argument has the wrong type; ``argument`` names it, as for :class:`InvalidArgumentError`."""

    #: the argument at fault (a keyword of the call), or None
    argument: "str | None" = None


class TooManyHitsError(InvalidArgumentError):
    """More hits match than a call returns at once (:meth:`NewsIndex.search_all`):
    ``total`` match, ``most`` may be returned; narrow the search, or page through it
    with :meth:`NewsIndex.search`. ``argument`` is ``"most"``."""

    #: how many stories (articles with ``all_copies``) match
    total: int = 0
    #: the most the call returns
    most: int = 0


class IndexNotFoundError(LawNewsError):
    """There is no lawnews index at the given place; ``path`` is that place."""

    #: the folder named (a str), or None
    path: "str | None" = None


class IndexGoneError(IndexNotFoundError):
    """The index an open :class:`NewsIndex` searches was deleted or moved since it was
    opened; ``path`` is where it was."""

    def __init__(self, message: str, path: "str | None" = None) -> None:
        super().__init__(message, path=path)


class IndexVersionError(LawNewsError):
    """The index was built by an incompatible lawnews, schema or dictionary (or cannot
    be read); ``path`` is its folder."""

    #: the index's folder (a str), or None
    path: "str | None" = None


class IndexLockedError(LawNewsError):
    """Another process is writing to the index (the second of two writers gets this after
    waiting ``timeout`` seconds; the index is left as the first writes it); ``path`` is the
    index's folder."""

    #: the index's folder (a str), or None
    path: "str | None" = None


class IndexReadOnlyError(LawNewsError):
    """The index is in a folder this process cannot write to (a read-only mount, another
    user's folder): it can be searched, not changed. ``path`` is the index's folder,
    ``folder`` the one that cannot be written (the index's, or for a rebuild its parent)."""

    #: the index's folder (a str), or None
    path: "str | None" = None
    #: the folder this process cannot write in (a str), or None
    folder: "str | None" = None


class IndexWriteError(LawNewsError):
    """The index could not be written: its disk is full, or over the user's quota. What
    was written of the run is taken back where it can be (the index answers with what it
    last committed), and the next run, once there is room, finishes the job. ``path`` is
    the index's folder, ``reason`` the system's words (``No space left on device``)."""

    #: the index's folder (a str), or None
    path: "str | None" = None
    #: why the system refused the write, in its words
    reason: "str | None" = None


class CorpusError(LawNewsError):
    """An input file or folder cannot be read as a corpus. A build that read nothing
    lists in ``skipped`` every input it skipped (``Skip``: ``path``, absolute, and
    ``reason``), empty when it found no file at all."""

    #: the inputs skipped, each with its reason (:class:`lawnews.index.ingest.inputs.Skip`)
    skipped: "tuple[Any, ...]" = ()


class CorpusFormatError(CorpusError):
    "An input record is malformed (for example a bad JSON line)."


class TaxonomyError(LawNewsError):
    "A mechanism taxonomy file cannot be read or holds a malformed entry."


class QuerySyntaxError(LawNewsError):
    "A query string cannot be parsed."

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


class UnknownFacetError(InvalidArgumentError):
    """A facet name or facet value is not known to the index: ``facet`` is the facet
    (None when the facet's name itself is unknown), ``value`` what was given (the unknown
    facet name, or the value), ``known`` the names or values the message offers instead
    (the closest, or the most common)."""

    #: the facet (province, court, year …) whose value is unknown, or None
    facet: "str | None" = None
    #: the unknown value (or facet name) as given
    value: "str | None" = None
    #: what the message offers in its place
    known: "tuple[str, ...]" = ()


class ArticleNotFoundError(LawNewsError):
    """No article with the given id is in the index (or, to remove, none from the given
    file): ``article_ids`` and ``files`` list every one missing; ``offered``, the ids of
    articles the message names in the place of one (the articles of the file it names)."""

    #: the article ids the index lacks
    article_ids: "tuple[str, ...]" = ()
    #: the ids the message offers in the place of the one missing (its file's articles)
    offered: "tuple[str, ...]" = ()
    #: the files the index holds no article from (:meth:`NewsIndex.remove_all`)
    files: "tuple[str, ...]" = ()


class ArticleIdTakenError(LawNewsError):
    """An article added by record (:meth:`NewsIndex.add_articles`, a writer's ``add``) has the
    id of an article the index holds from elsewhere, which is not replaced: ``article_id`` is
    that id, ``file`` what holds it (the file of an indexed article, ``""`` for a record added
    from Python while the article added names a file). Nothing of the call is written."""

    #: the id taken
    article_id: "str | None" = None
    #: the file of the article holding it ("" when a record added from Python holds it)
    file: "str | None" = None


class ModelNotFoundError(LawNewsError):
    """The sentence-vector model is missing and could not be fetched."""


class VectorsNotFoundError(LawNewsError):
    """Ranking by meaning was asked of an index built without sentence vectors."""


class StatuteCollectionError(LawNewsError):
    """The statute collection file cannot be read: damaged, or no statute collection."""


class QuestionBankError(LawNewsError):
    """A question bank file cannot be read or holds inconsistent data."""


#: What a statute look-up says of a law typed without an article.
LAW_ALONE = " (the articles citing any of its articles: cited_by with the law alone)"
#: What cited-by and a statute look-up say of a reference naming several articles.
ONE_ARTICLE = ": cited_by takes one article, as statute_article does; a search takes a range or list (cites=, cites:)"

#: The library's words for an argument (a keyword, or a phrase naming one) → how the command
#: line and the web app say it (None: the web app has no such choice, the words are left out).
#: A library error names what a Python caller passed; :func:`message` says it as the
#: option (``--from``) or the form field (``from``) its reader typed.
#: What a removal says of a folder given as a file: what ``file=`` takes, and how to leave a folder out.
FOLDER_GIVEN = ("file= takes a file", "to leave a folder out, build the index again from the others"
                " (build_index(paths, index_dir, rebuild=True))")

WORDING: "dict[str, tuple[str, str | None]]" = {
    "start": ("--from", "from"),
    "end": ("--to", "to"),
    " (lenient=True drops it)": (" (--lenient drops it)", None),
    ", or search without semantic=True": (", or search without --semantic", None),
    "trends with cites=": ("trends with --cites",
                           "the trends of the stories citing it (cites= in the address, with its year)"),
    ONE_ARTICLE: (": cited-by takes one article; a search takes a range or list (--cites, cites:)",
                  ": this page takes one article; a search takes a range or list (cites: in the query box, as in"
                  " cites:刑法第十条至第十五条)"),
    LAW_ALONE: (" (the articles citing any of its articles: cited-by with the law alone)",
                " (the stories citing any of its articles: “List the articles citing it” with the law alone)"),
    "pass wait=True to wait for it": ("add --wait to wait for it", None),
    "time_limit": ("--time-limit", "the time limit"),
    FOLDER_GIVEN[0]: ("--remove-file takes a file", None),
    FOLDER_GIVEN[1]: ("to leave a folder out, build the index again from the others (lawnews index PATH… --rebuild)", None),
    " update it without taxonomy=, or rebuild it with rebuild=True and taxonomy=":
        (" update it without --taxonomy, or rebuild it with --rebuild --taxonomy ", None),
}


def at_fault(error: InvalidArgumentError, argument: str) -> InvalidArgumentError:
    """``error`` naming ``argument`` (the caller's keyword) as the one at fault, unless it
    names one already: a check that reads a value without knowing what the caller calls it
    (a profile's subject) raises it, the call that passed the value names it; returned."""
    if error.argument is None:
        error.argument = argument
    return error


def naming(error: LawNewsError, *arguments: str) -> LawNewsError:
    """``error`` marked as naming ``arguments`` (keys of :data:`WORDING`) in the library's
    words, which :func:`message` words for the command line and the web app; returned."""
    unknown = [a for a in arguments if a not in WORDING]
    assert not unknown, unknown
    error.arguments = tuple(dict.fromkeys((*error.arguments, *arguments)))
    return error


def worded(text: str, arguments: "tuple[str, ...]", *, web: bool = False) -> str:
    """``text`` with the first whole-word occurrence of each of ``arguments`` (not one
    inside quotes: a value typed) in the command line's words, or the web app's."""
    for argument in arguments:
        cli, form = WORDING[argument]
        said = form if web else cli
        edge = r"(?<![\w'\-])" if argument[:1].isalnum() else ""
        end = r"(?![\w'=])" if argument[-1:].isalnum() else ""
        text = re.sub(edge + re.escape(argument) + end, lambda _m: said or "", text, count=1)
    return text


def message(error: LawNewsError, *, web: bool = False) -> str:
    """The sentence a person reads for ``error``: the command line prints it after
    ``Error: ``, the web app (``lawnews serve``, ``web=True``) on its error page, each
    naming the arguments as its user typed them (``--from``, the form's ``from``; the
    library's own ``str(error)`` says ``start``). A browser user cannot reopen an index
    object: for an index gone while serving the web app says what to do on the server,
    and to retry."""
    if web and isinstance(error, IndexGoneError):
        from .index.store.storage import command_word

        where = error.path or "the folder the server was started on"
        return (f"the index this server searches, at {where}, was deleted or moved while the server was running:"
                f" build it again there (`lawnews index FILES… --index-dir {command_word(where) if error.path else where}`), or restart the server on the"
                " index's new place (`lawnews serve --index-dir NEW_PLACE`); then reload this page")
    return worded(str(error), error.arguments, web=web)


#: What the command line says when its user interrupts it (Ctrl-C): an index is committed at the end
#: of a run (sentence vectors in batches after it), so an interrupted run leaves it whole.
INTERRUPTED = ("interrupted: nothing half-written was left behind (an index keeps what it had before this run,"
               " or the articles and vectors it had committed); run the same command again to finish")


class IndexClosedError(LawNewsError):
    """An index object was used after :meth:`NewsIndex.close` (or its ``with`` block)."""
