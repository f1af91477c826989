"""A page's query parameters → the library's arguments, and links that change them.

In: the query string of a request (``q``, the facet filters, ``from``/``to``,
``page``, ``per_page``, ``sort``, ``by``, ``every`` …). Out: the keyword arguments
of one library call, and URLs for the same page with one parameter changed (a
facet value added or removed, another page). Values the library checks
(``sort``, facet values, dates) are passed on as given, so that its error message
is the one shown; numbers are read here, with the library's own checks. The
canonical form of an address (:func:`canonical`: no empty parameters, choices in the
app's own case) and the addresses of the statute pages (:func:`cited_by_url`,
:func:`statute_url`) are made here too.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, Sequence
from urllib.parse import parse_qsl, quote, urlencode

from .. import arguments as _args
from ..errors import InvalidArgumentError
from ..search.syntax import with_dates

#: Facet filters, as the library (and the CLI's options) name them, in sidebar order.
FILTERS = ("province", "city", "county", "court_level", "court", "mechanism", "source", "year", "statute", "cites")

#: Facet names as the sidebar, tags, chips and messages show them.
LABELS = {
    "province": "Province", "city": "City", "county": "County", "court_level": "Court level",
    "court": "Court", "mechanism": "Mechanism", "source": "Source", "year": "Year",
    "statute": "Law cited", "cites": "Article cited",
}

#: What a profile can be of, each named by its filter parameter (``/profile?court=荆州中院``).
PROFILE_KINDS = ("court", "province", "city", "county", "mechanism", "source", "court_level", "statute", "cites")
#: The parameter naming which filter is a profile's subject when others stand beside it
#: (``/profile?court=荆州中院&province=湖北&of=court``).
PROFILE_OF = "of"
#: The parameter of the profile form's subject typed beside its kind chosen in ``of``
#: (``/profile?of=court&subject=荆州中院``), sent on to the address naming it (``/profile?court=荆州中院``).
PROFILE_SUBJECT = "subject"
#: What a profile can be of, in words: what its form asks for.
PROFILE_WANTED = "one court, region, mechanism, source or law"
#: Values a profile lists per facet unless ``top`` says otherwise.
PROFILE_TOP = 10

#: Parameters that select what is counted; kept by every link between the views.
SELECTION = ("q", *FILTERS, "from", "to", "all_copies", "no_expand", "expand", "strict")

#: The search page's own choices (the order of its hits, their number a page, the question
#: bank off) that the other views carry along, valid values alone, so that their Search link
#: leads back to the same search.
CARRIED = ("sort", "per_page", "no_question_bank")

#: The switches of the views (``all_copies=1``), each on as ``1`` (or one of :data:`ON`), off as
#: ``0`` (or one of :data:`OFF`) or left out.
SWITCHES = ("all_copies", "no_expand", "expand", "strict", "no_question_bank", "bom")
ON = ("1", "true", "yes", "on")
OFF = ("0", "false", "no", "off")

#: Parameters that take one value on every view: given twice (``q=执行&q=拍卖``,
#: ``sort=date&sort=relevance``) they are refused (:meth:`Params.check_single`), never one of
#: them taken. The facet filters, ``more`` and the mechanisms of first reports take several.
SINGLE = ("q", "from", "to", "page", "per_page", "sort", "by", "every", "top", "format", "id", "ref",
          PROFILE_OF, PROFILE_SUBJECT, *SWITCHES)
#: Those of the articles citing a statute article, whose ``cites`` (or ``statute``, as the
#: command's STATUTE) names that one article or law.
CITED_BY_SINGLE = (*SINGLE, "cites", "statute")

#: The largest number a parameter is read as (a larger one, a page far past the last, is it).
BEYOND = 10 ** 18

#: A whole number as an address may write it: a sign (full-width too) and decimal digits,
#: ASCII or full-width (``２``); nothing else, not the ``_`` Python's ``int`` reads (``1_0``).
WHOLE = re.compile(r"([+\-＋－]?)(\d+)")


def whole_number(text: str) -> "int | None":
    """The whole number ``text`` writes (:data:`WHOLE`: ``12``, ``１２``, ``-1``), any number of
    digits long (one beyond :data:`BEYOND` is it), or None when it writes none."""
    found = WHOLE.fullmatch(text)
    if found is None:
        return None
    digits = "".join(str(unicodedata.digit(c)) for c in found.group(2)).lstrip("0") or "0"
    value = int(digits) if len(digits) <= len(str(BEYOND)) else BEYOND
    return -min(value, BEYOND) if found.group(1) in ("-", "－") else min(value, BEYOND)

#: Hits per page unless ``per_page`` says otherwise, and the most it may say.
PER_PAGE = 10
MAX_PER_PAGE = 100

#: The most hits a download of a search (``/export.csv``, ``/export.json``) holds.
MOST_EXPORTED = 500

#: Parameters of a search page that are no part of the search: its page of hits, how it
#: shows them. A download of the search leaves them out.
PAGE_ONLY = ("page", "per_page", "more", "format")

#: Output formats of each view beside HTML.
FORMATS = ("html", "json")
#: The formats of the views that also give CSV (trends, first reports, profiles).
TABLE_FORMATS = ("html", "json", "csv")
#: The format of a twin's own address (``/search.json``, ``/trends.csv``): its own alone.
JSON_ONLY = ("json",)
CSV_ONLY = ("csv",)

#: Sort orders offered on the search page (the library checks the value).
SORTS = (("relevance", "relevance"), ("date", "newest first"), ("date-asc", "oldest first"))

#: What trends and first reports may count by, and the lengths of period.
TREND_BY = ("mechanism", "province", "city", "county", "court", "court_level", "source", "statute", "cites")
EVERY = ("month", "quarter", "year")
#: The period of a profile unless ``every`` says otherwise, as ``lawnews profile`` counts it:
#: ``auto``, the one fitting the span of its dates (months over at most three years …).
PROFILE_EVERY = "auto"
#: Series drawn unless ``top`` says otherwise, and the most it may say.
TOP = 8
MAX_TOP = 50

#: Parameters whose values are names the views choose between: taken in any case
#: (``sort=Date``), the address made the canonical one (``sort=date``) by :func:`canonical`.
CHOICES = {"sort": tuple(v for v, _ in SORTS), "format": ("html", "json", "csv"), "by": TREND_BY,
           "every": (*EVERY, PROFILE_EVERY), PROFILE_OF: PROFILE_KINDS}

#: Parameters a form keeps as hidden fields when it is sent again with a new query
#: (the order of the hits, their number, the series drawn), with the values it may keep.
KEPT = {"sort": tuple(v for v, _ in SORTS), "per_page": (1, MAX_PER_PAGE), "top": (1, MAX_TOP)}


class ProfileSubjectError(InvalidArgumentError):
    """A profile's address names no subject (``named`` 0) or several (``named``, the first of
    their kinds ``kind``): a profile is of one court, region, mechanism, source or law."""

    #: how many subjects the address names
    named: int = 0
    #: the parameter of the first subject named (``province``), or None
    kind: "str | None" = None


class Params:
    """The query parameters of one request (a multi-valued mapping, as Starlette gives it)."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self.items: list[tuple[str, str]] = [(k, v) for k, v in items]

    def get(self, name: str, default: str = "") -> str:
        for k, v in reversed(self.items):
            if k == name:
                return v.strip()
        return default

    def values(self, name: str) -> list[str]:
        """The non-empty values of a repeated parameter, each once, in order."""
        out: list[str] = []
        for k, v in self.items:
            v = v.strip()
            if k == name and v and v not in out:
                out.append(v)
        return out

    def number(self, name: str, default: int, *, minimum: int, maximum: int | None = None) -> int:
        """A whole-number parameter (:func:`whole_number`: full-width digits read as their ASCII
        forms), checked as the library checks its counts; one larger than :data:`BEYOND`
        (thousands of digits, a page far past the last) is read as it."""
        raw = self.get(name)
        if not raw:
            return default
        value = whole_number(raw)
        if value is None:
            raise InvalidArgumentError(f"{name} must be a whole number, not {raw!r}", argument=name)
        _args.count(name, value, minimum=minimum)
        if maximum is not None and value > maximum:
            raise InvalidArgumentError(f"{name} must be {maximum} or less, not {raw!r}", argument=name)
        return value

    def flag(self, name: str) -> bool:
        """Whether the switch ``name`` is given as on (``1``, ``true``, ``yes``, ``on``)."""
        return self.get(name).lower() in ON

    def off(self, name: str) -> bool:
        """Whether ``name`` is given as switched off (``0``, ``false``, ``no``, ``off``)."""
        return self.get(name).lower() in OFF

    def check_switches(self) -> None:
        """InvalidArgumentError naming a switch (:data:`SWITCHES`) written neither on nor off
        (``all_copies=2``): what the page would count is not guessed, as a switch read as off
        would have it."""
        for name in SWITCHES:
            value = self.get(name)
            if value and value.lower() not in ON + OFF:
                raise InvalidArgumentError(f"{name} must be 1 or 0 (true or false, yes or no, on or off), not {value!r}",
                                           argument=name)

    def check_opposed(self) -> None:
        """InvalidArgumentError naming ``expand`` and ``no_expand`` when both are given and say
        opposite things (``expand=1&no_expand=1``, ``expand=0&no_expand=0``): which was meant
        is not guessed, as for a parameter given twice."""
        expand, no_expand = self.get("expand"), self.get("no_expand")
        if expand and no_expand and self.flag("expand") == self.flag("no_expand"):
            raise InvalidArgumentError(f"expand={expand} and no_expand={no_expand} say opposite things: give one of them"
                                       " (no_expand=1 or expand=0 for the words only)", argument="no_expand")

    def check_single(self, names: Sequence[str] = SINGLE) -> None:
        """InvalidArgumentError naming the first of ``names`` (parameters that take one value,
        :data:`SINGLE`) given more than once: which of its values was meant is not guessed."""
        for name in dict.fromkeys(k for k, _ in self.items if k in names):
            given = [v for k, v in self.items if k == name]
            if len(given) > 1:
                raise InvalidArgumentError(f"{name} takes one value; this address gives it {len(given)}: "
                                           f"{', '.join(repr(v) for v in given)}", argument=name)

    def no_expand(self) -> bool:
        """``no_expand=1`` (``--no-expand``), or the library's ``expand=0``: the words only."""
        return self.flag("no_expand") or self.off("expand")

    def counted(self) -> dict[str, Any]:
        """What trends, first reports and profiles count over, as the library names it: every
        copy or one a story (``all_copies``), the dates (``from``/``to``), the reading of the
        words (``no_expand``, ``strict``)."""
        return dict(copies=self.flag("all_copies"), start=self.get("from") or None, end=self.get("to") or None,
                    expand=not self.no_expand(), strict=self.flag("strict"))

    def kept(self, name: str) -> str:
        """The value of a parameter a form keeps (:data:`KEPT`), or "" when it is not given
        or is not one the view takes: a form sent again from an error page does not
        repeat a bad value the page cannot show to correct."""
        value, allowed = self.get(name), KEPT[name]
        if isinstance(allowed[0], int):
            low, high = allowed
            number = whole_number(value)
            return str(number) if number is not None and low <= number <= high else ""
        return value if value in allowed else ""

    def format(self, formats: Sequence[str] = FORMATS) -> str:
        """The output format asked for, one of ``formats``, the first of them when none is
        asked for (another case was made this one by :func:`canonical` before the request
        reached a view); any other (``format=xml``, ``format=csv`` on ``/search.json``) is an
        InvalidArgumentError naming ``format``, on every address alike."""
        return _args.choice("format", self.get("format") or formats[0], formats)

    # -- what the library is asked ----------------------------------------
    def query(self) -> str:
        """The query string with the date range (``from``, ``to``) added as a ``date:``
        range (a query with operators in brackets, so that they do not bind the range;
        words or a question as they are, so that a question is read as one); a bad date
        is an error naming ``from`` or ``to`` and the forms a date takes."""
        return with_dates(self.get("q"), *_args.date_range(self.get("from"), self.get("to")))

    def filters(self) -> dict[str, list[str]]:
        """The selected facet values: ``{"province": ["湖南", "湖北"], …}`` (values of one
        facet combine with OR, as ``--province A --province B``)."""
        return {name: vals for name in FILTERS if (vals := self.values(name))}

    def subject(self) -> str:
        """The subject of a profile, ``kind:name``, from the one filter parameter naming it
        (``court=荆州中院`` → ``court:荆州中院``), or, beside other filters, from the one
        ``of`` names (``of=court&court=荆州中院&province=湖北``); InvalidArgumentError for
        none or several."""
        of = self.get(PROFILE_OF)
        keep = "; keep one in the form below (empty the others' fields), or follow a profile link of the search's filters"
        if of:
            _args.choice(PROFILE_OF, of, PROFILE_KINDS)
            named = [(of, v) for v in self.values(of)]
            if len(named) != 1:
                if not named:
                    raise ProfileSubjectError(f"a profile is of one {LABELS[of].lower()}; this address names none:"
                                              f" /profile?{of}=…&of={of}", argument=PROFILE_SUBJECT)
                said = " and ".join(v for _, v in named)
                raise ProfileSubjectError(f"a profile is of one {LABELS[of].lower()}; this address names"
                                          f" {len(named)}, {said}{keep}", named=len(named), kind=of, argument=of)
            return "{}:{}".format(*named[0])
        named = [(k, v) for k in PROFILE_KINDS for v in self.values(k)]
        if len(named) != 1:
            kinds = [LABELS[k].lower() for k in PROFILE_KINDS]
            one = f"a profile is of one {', '.join(kinds[:-1])} or {kinds[-1]}"
            if not named:
                raise ProfileSubjectError(f"{one}; this address names none: /profile?court=荆州中院,"
                                          " /profile?province=湖南", argument=PROFILE_SUBJECT)
            said = " and ".join(f"{LABELS[k].lower()} {v}" for k, v in named)
            raise ProfileSubjectError(f"{one}; this address names {len(named)}, {said}{keep}", named=len(named),
                                      kind=named[0][0], argument=named[0][0])
        return "{}:{}".format(*named[0])

    def picked_subject(self) -> "list[tuple[str, str]] | None":
        """The parameters of the profile the profile form picked, a kind in ``of`` and a name in
        ``subject`` (``of=court&subject=荆州中院&q=执行``), as its address names it
        (``court=荆州中院&q=执行``, :func:`profile_url`); None when the form picked none (no
        name typed, or ``of`` naming no kind of profile)."""
        typed, of = self.get(PROFILE_SUBJECT), self.get(PROFILE_OF)
        if not typed or of not in PROFILE_KINDS:
            return None
        rest = [(k, v) for k, v in self.items if k not in (PROFILE_SUBJECT, PROFILE_OF)]
        return [(k, v) for k, v in parse_qsl(profile_url(of, typed, rest).partition("?")[2])]

    def profile_filters(self) -> dict[str, list[str]]:
        """The filters of a profile beside its subject (:meth:`subject`): every facet filter
        but the subject's own."""
        kind = self.subject().partition(":")[0]
        return {k: v for k, v in self.filters().items() if k != kind}

    def named(self) -> list[str]:
        """What a download of this page is named after: the query, each filter value as typed,
        the dates, what a table counts by and every when, and whether every copy is counted."""
        return [self.get("q"), *(v for name in FILTERS for v in self.values(name)), self.get("from"),
                self.get("to"), self.get("by"), self.get("every"), "every-copy" if self.flag("all_copies") else ""]

    def selected(self, name: str, value: str) -> bool:
        return value in self.values(name)

    # -- links -------------------------------------------------------------
    def replaced(self, **changes: "str | Sequence[str] | None") -> list[tuple[str, str]]:
        """These parameters with ``changes`` applied (None or empty: removed); ``page``
        goes back to the first page unless it is changed itself."""
        changes.setdefault("page", None)
        kept = [(k, v) for k, v in self.items if k not in changes and v.strip()]
        for name, new in changes.items():
            if new is None:
                continue
            for v in ([new] if isinstance(new, (str, int)) else new):
                if str(v):
                    kept.append((name, str(v)))
        return kept

    def url(self, path: str, **changes: "str | Sequence[str] | None") -> str:
        items = self.replaced(**changes)
        return path + ("?" + urlencode(items) if items else "")

    def toggle(self, path: str, name: str, value: str) -> str:
        """The same page with ``value`` added to or removed from the filter ``name``."""
        vals = self.values(name)
        vals = [v for v in vals if v != value] if value in vals else [*vals, value]
        return self.url(path, **{name: vals})

    def selection_items(self) -> list[tuple[str, str]]:
        """This page's selection (query, filters, dates, reading of the words, every copy) and
        the search page's choices it carries (:data:`CARRIED`, where valid)."""
        carried = {"sort": self.kept("sort"), "per_page": self.kept("per_page"),
                   "no_question_bank": "1" if self.flag("no_question_bank") else ""}
        return [(k, v) for k, v in self.items if k in SELECTION] + [(k, v) for k, v in carried.items() if v]

    def selection(self, path: str, **changes: "str | Sequence[str] | None") -> str:
        """``path`` with this page's selection (:meth:`selection_items`) and ``changes``."""
        return Params(self.selection_items()).url(path, **changes)


def canonical(items: Iterable[tuple[str, str]]) -> "list[tuple[str, str]] | None":
    """The canonical form of a query string's parameters, or None when they are in it
    already: empty ones left out (a form sent with a field left blank, ``to=``), and a
    choice (:data:`CHOICES`) typed in another case in its own (``sort=Date`` → ``sort=date``);
    a value no case makes right is kept as typed, for the view's error to name it."""
    items = list(items)
    out: list[tuple[str, str]] = []
    for k, v in items:
        if not v.strip():
            continue
        if k in CHOICES and v not in CHOICES[k] and v.strip().lower() in CHOICES[k]:
            v = v.strip().lower()
        out.append((k, v))
    return None if out == items else out


#: The most characters of a download's name before its extension.
MOST_NAME = 60


def download_name(stem: str, words: Iterable[str], ext: str, how: str = "attachment") -> str:
    """A ``Content-Disposition`` header value naming a download after what it holds
    (RFC 6266): ``stem`` and ``words`` (a query, filter values, dates) as a short file name,
    each run of characters a file name should not hold (``/ \\ : * ? " < > |``, spaces,
    controls) one ``-``, at most :data:`MOST_NAME` characters (a longer one cut, a digest of
    the whole ending it, so that two long searches are two files); ``filename*`` gives it in
    UTF-8, ``filename`` in ASCII for older programs (its ASCII and a digest of the whole name,
    so that two searches in Chinese are not one file). ``download_name("lawnews", ["执行", "湖南省"], "csv")``
    → ``attachment; filename="lawnews-1b2c3d4e.csv"; filename*=UTF-8''lawnews-%E6%89%A7…``."""
    import hashlib
    import re

    parts = [re.sub(r'[\\/:*?"<>|\s\x00-\x1f\x7f]+', "-", w).strip("-.") for w in (stem, *words)]
    whole = "-".join(p for p in parts if p) or stem
    name, ascii_name = whole, re.sub(r"[^A-Za-z0-9._-]+", "-", whole).strip("-.")
    if ascii_name != whole or len(whole) > MOST_NAME:  # cut, or letters ASCII lacks: a digest tells them apart
        digest = hashlib.sha256(whole.encode("utf-8")).hexdigest()[:8]
        name = f"{whole[:MOST_NAME - 9].rstrip('-.')}-{digest}" if len(whole) > MOST_NAME else whole
        ascii_name = f"{re.sub(r'-+', '-', ascii_name)[:MOST_NAME - 9].strip('-.')}-{digest}"
    return f"{how}; filename=\"{ascii_name}.{ext}\"; filename*=UTF-8''{quote(name + '.' + ext, safe='')}"


def cited_by_url(reference: str, *, all_copies: bool = False) -> str:
    """The list of the news articles citing a statute article (``/cited-by?cites=…``)."""
    return "/cited-by?" + urlencode({"cites": reference, **({"all_copies": "1"} if all_copies else {})})


def statute_url(typed: str = "") -> str:
    """The statute look-up (``/statute``), of ``typed`` when given."""
    return "/statute" + ("?" + urlencode({"ref": typed}) if typed else "")


def profile_url(kind: str, value: str, selection: Iterable[tuple[str, str]] = ()) -> str:
    """The profile of one court, region, mechanism, source or law (``/profile?court=…``)
    within a selection (a page's query, other filters, dates, switches: ``(name, value)``
    pairs; those of the subject's own facet are replaced by it), ``of`` naming the subject
    when another filter that could be one stands beside it."""
    kept = [(k, v) for k, v in selection if k != kind and k != PROFILE_OF and v.strip()]
    of = [(PROFILE_OF, kind)] if any(k in PROFILE_KINDS for k, _ in kept) else []
    return "/profile?" + urlencode([(kind, value), *kept, *of])


def filter_url(path: str, name: str, value: str) -> str:
    """A search of everything with one filter value: the link of a tag."""
    return path + "?" + urlencode({name: value})


#: Ids that a browser would take for a path's dot segment (``/article/..`` is ``/``), escaped
#: or not: their pages are asked for by query string, ``/article?id=..``.
DOT_SEGMENTS = (".", "..")


def article_url(article_id: str) -> str:
    """The article page of an id (``#`` and ``/`` in it are escaped, not parts of the path);
    ``/article?id=…`` for an id that is a dot segment (:data:`DOT_SEGMENTS`) or holds a line
    break (a file named with one: no path of the router's holds a line break)."""
    if article_id in DOT_SEGMENTS or "\n" in article_id:
        return "/article?" + urlencode({"id": article_id})
    return "/article/" + quote(article_id, safe="")


def pages(page: int, total: int, per_page: int, around: int = 3) -> list[int | None]:
    """Page numbers to link to: the first, the last and those near ``page`` (None: a gap)."""
    last = max((total + per_page - 1) // per_page, 1) if per_page else 1
    wanted = {1, last, *range(max(page - around, 1), min(page + around, last) + 1)}
    out: list[int | None] = []
    for n in sorted(wanted):
        if out and out[-1] is not None and n > out[-1] + 1:  # type: ignore[operator]
            out.append(None)
        out.append(n)
    return out

