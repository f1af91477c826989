"""Checks of the arguments of the public functions (:mod:`lawnews.api`).

Each helper takes an argument's name and value and returns the value (converted
where the library accepts several forms), or raises :class:`ArgumentTypeError`
(wrong type) or :class:`InvalidArgumentError` (unusable value) with a message
naming the argument. They cost a few ``isinstance`` calls per public call.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any, Iterator, Sequence

from .errors import ArgumentTypeError, InvalidArgumentError, naming
from .search.syntax import with_dates


def _kind(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def text(name: str, value: Any) -> str:
    """A string argument."""
    if not isinstance(value, str):
        raise ArgumentTypeError(f"{name} must be a string, not {_kind(value)}", argument=name)
    return value


def stored_name(name: str, value: Any) -> str:
    """A string argument naming what the index stores (an article's id, a file), as the index
    stores it: a lone surrogate in it (a name in GBK bytes, as Python reads it) as its escape
    (:func:`lawnews.index.documents.printable`), so that the id an article was added under
    finds it, and no such string reaches the index (which cannot encode it)."""
    from .index.documents import printable

    return printable(text(name, value))


def flags(**values: Any) -> None:
    """Each of ``values`` (switches, by name) is True or False (``semantic`` also None:
    decided by the query); ArgumentTypeError naming it otherwise: a string such as
    ``"false"`` from a settings file or a form is truthy, and would turn on what it means
    to turn off."""
    for name, value in values.items():
        if isinstance(value, bool) or value is None and name == "semantic":
            continue
        allowed = "True, False or None" if name == "semantic" else "True or False"
        raise ArgumentTypeError(f"{name} must be {allowed}, not {type(value).__name__} {value!r}", argument=name)


def count(name: str, value: Any, *, minimum: int = 0) -> int:
    """A whole number of at least ``minimum`` (``True``/``False`` are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentTypeError(f"{name} must be a whole number, not {_kind(value)}", argument=name)
    if value < minimum:
        raise InvalidArgumentError(f"{name} must be {minimum} or more, not {value}", argument=name)
    return value


def number(name: str, value: Any, *, minimum: float = 0) -> float:
    """A real number of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ArgumentTypeError(f"{name} must be a number, not {_kind(value)}", argument=name)
    if not value >= minimum:
        raise InvalidArgumentError(f"{name} must be {minimum} or more, not {value}", argument=name)
    return float(value)


def choice(name: str, value: Any, choices: Sequence[str]) -> str:
    """One of ``choices``."""
    if not isinstance(value, str):
        raise ArgumentTypeError(f"{name} must be a string, one of {', '.join(choices)}; not {_kind(value)}",
                                argument=name)
    if value not in choices:
        raise InvalidArgumentError(f"{name} must be one of {', '.join(choices)}, not {value!r}", argument=name)
    return value


def path(name: str, value: Any, *, optional: bool = False) -> Any:
    """A file or folder path (``str`` or ``os.PathLike``); ``None`` when ``optional``."""
    if value is None and optional:
        return None
    if not isinstance(value, (str, os.PathLike)):
        raise ArgumentTypeError(f"{name} must be a path (str or os.PathLike), not {_kind(value)}", argument=name)
    if isinstance(value, str) and not value.strip():
        raise InvalidArgumentError(f"{name} is an empty path", argument=name)
    return value


def filters(values: Mapping[str, Any]) -> dict[str, Any]:
    """Facet filters: each a value (str, or int for ``year``), a list of them, or None.
    Returns them with each collection of values as a tuple, read once: a generator
    (``province=(p for p in …)``) is a list of values as any other iterable is, not
    one spent by this check before the search reads it. A value is matched as the index stores
    values (:func:`stored_name`: a lone surrogate as its escape)."""
    from .index.documents import printable_value

    out: dict[str, Any] = {}
    for name, raw in values.items():
        if raw is None or isinstance(raw, (str, int)) and not isinstance(raw, bool):
            out[name] = printable_value(raw)
            continue
        if isinstance(raw, (Mapping, bytes)) or not isinstance(raw, Iterable):
            raise ArgumentTypeError(f"filter {name}= must be a string or a list of strings, not {_kind(raw)}",
                                    argument=name)
        raw = tuple(raw)
        for v in raw:
            if isinstance(v, bool) or not isinstance(v, (str, int)):
                raise ArgumentTypeError(f"filter {name}= must hold strings, not {_kind(v)}", argument=name)
        out[name] = printable_value(raw)
    return out


def iterable(name: str, value: Any) -> Iterable[Any]:
    """Something to iterate over that is not a single string or mapping."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise ArgumentTypeError(f"{name} must be an iterable of items, not {_kind(value)}", argument=name)
    return value


def articles(values: Any, to_article: Any, article_type: type) -> Iterator[Any]:
    """The items of ``values`` as articles: an ``article_type`` as is, a mapping in
    the JSONL schema through ``to_article(mapping, position)`` (whose ValueError
    becomes an InvalidArgumentError naming the item's position). An id given twice is
    an InvalidArgumentError naming both positions: two articles written under one id
    would become one article holding the sections of both."""
    seen: dict[str, int] = {}
    for n, item in enumerate(iterable("articles", values), 1):
        if isinstance(item, article_type):
            article = item
        elif isinstance(item, Mapping):
            try:
                article = to_article(dict(item), n)
            except ValueError as e:
                raise InvalidArgumentError(f"article {n}: {e}", argument="articles") from None
        else:
            raise ArgumentTypeError(
                f"article {n} must be an Article or a mapping with id, title and text, not {_kind(item)}",
                argument="articles")
        if article.id in seen:
            raise InvalidArgumentError(f"article {n}: id {article.id!r} is already the id of article {seen[article.id]}"
                                       " of this batch; give each article its own id", argument="articles")
        seen[article.id] = n
        yield article


#: How a date bound (``from``, ``to``) is written.
DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY (2024-03-12, 2024-03, 2024-Q1 or 2024年第一季度, 2024)"


def date_bound(name: str, value: Any) -> str:
    """A day, month, quarter or year bounding a date range (``from``, ``to``), in any form
    :mod:`lawnews.index.ingest.dates` reads, full-width forms as their ASCII ones
    (``２０２４－０３``: what a Chinese input method types); a quarter as trends label it
    (``2024-Q1``, ``2024-q1``), or written ``2024Q1`` or ``2024年第一季度``
    (:func:`lawnews.index.ingest.dates.quarter`), is its first day as a start and its last as an end. Returned as
    ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY``; InvalidArgumentError naming ``name``
    and the forms a date takes, and saying so when the date is written well but the calendar
    lacks it (2024-02-30, 2024-Q5)."""
    from .index.analysis.chars import normalize_chars
    from .index.ingest.dates import NoSuchDate, NoSuchQuarter, parse_date, quarter

    text(name, value)
    try:
        narrow = normalize_chars(value)
        q = quarter(narrow)
        if q is not None:
            return f"{q[0]:04d}-Q{q[1]}"
        year, month, day = parse_date(narrow)
    except ValueError as e:
        # written as a date is, but not one of the calendar (2024-02-30, 2024-13, 2024-Q5): said so
        lacking = (": a quarter is Q1 to Q4" if isinstance(e, NoSuchQuarter) else
                   ": no such month or day in the calendar" if isinstance(e, NoSuchDate) else "")
        raise InvalidArgumentError(f"{name} must be a date written {DATE_FORMS}, not {value!r}{lacking}",
                                   argument=name) from None
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def date_range(start: Any, end: Any, names: tuple[str, str] = ("from", "to")) -> tuple[str, str]:
    """The bounds of a date range, each checked by :func:`date_bound` (empty: open);
    InvalidArgumentError when the first comes after the last (its ``argument`` the first,
    ``backwards`` set)."""
    from .index.ingest.dates import period

    lo = date_bound(names[0], start) if start else ""
    hi = date_bound(names[1], end) if end else ""
    if lo and hi and period(lo)[0] > period(hi)[1]:
        raise InvalidArgumentError(f"{names[0]} {lo} comes after {names[1]} {hi}: the date range holds no day",
                                   argument=names[0], backwards=True)
    return lo, hi


def date_bounds(start: Any, end: Any) -> tuple[str, str]:
    """``start``/``end`` of trends, first and profile (:mod:`lawnews.landscape`), checked
    once, there: :func:`date_range` naming them ``start`` and ``end`` as the caller passed
    them, the error marked so that :func:`lawnews.errors.message` says ``--from``/``--to``
    on the command line and ``from``/``to`` in the web app. Out: the bounds, ``""`` for an
    open end."""
    try:
        return date_range(start, end, ("start", "end"))
    except InvalidArgumentError as e:
        raise naming(e, "start", "end") from None


def dated(query: str, start: Any, end: Any) -> tuple[str, str, str]:
    """``query`` with the date range ``start``/``end`` (:func:`date_bounds`) added to it as a
    ``date:`` clause (:func:`lawnews.search.syntax.with_dates`), and the bounds: what search,
    facets, trends, first and profile match when given a range."""
    start, end = date_bounds(start, end)
    return with_dates(query, start, end), start, end
