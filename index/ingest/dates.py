"""Dates as Chinese sources print them → ISO dates, and the periods of partial dates.

In: a date as written: ``2024-05-03``, ``2024-5-3``, ``2024/05/03``, ``2024.5.3``,
``20240503``, ``2024年5月3日`` (or ``3号``), ``二〇二四年五月三日``, full-width digits and
separators (``２０２４－０５－０３``, ``２０２４／５／３``: read as their ASCII forms),
an ISO date-time (with a UTC offset, ``Z`` or ``+00:00``, the day it falls on in China)
or a date and its time of day after a space (``2024-05-03 10:20:31``,
``2024年5月3日 10:20``, ``2024年5月3日 10时20分``, ``下午3:30``: the time is dropped), or its day of the week after it
(``2024年5月3日 星期五``, ``2024-05-03（周五）``: dropped too); partial forms name a year (``2024``,
``2024年``) or a month (``2024-05``, ``2024.5``, ``2024年5月``); a period may also be a quarter
as trends label it (``2024-Q1``, ``2024-q1``, ``２０２４－Ｑ１``), written without the hyphen
(``2024Q1``, ``2024 Q1``) or in Chinese (``2024年第一季度``, ``2024年一季度``, ``2024年第1季度``,
``2024年Q1``): :func:`quarter`.
A date given as a number (a JSONL ``"date": 20240503``) is read by :func:`number_date`:
eight digits are ``YYYYMMDD``, ten a Unix timestamp in seconds, thirteen one in
milliseconds, each the day it falls on in China (UTC+8).
Out: :func:`parse_date` gives ``(year, month, day)`` with ``None`` for the parts a
partial date leaves out; :func:`iso_date` the ISO ``YYYY-MM-DD`` of a full date
(what the index stores); :func:`period` the first and last day a date or a quarter covers
(``2024-05`` → ``2024-05-01``, ``2024-05-31``; ``2024-Q2`` → ``2024-04-01``, ``2024-06-30``). Anything else raises ValueError
with a message a person can act on: :class:`NoSuchDate` (a ValueError) when the text is written
as a date or quarter is but the calendar lacks it (``2024-02-30``, ``2024-13``, ``2024-Q5``).

A small exact parser rather than a general one (``dateparser`` reads neither
``20240503`` nor ``二〇二四年五月三日`` and guesses missing parts from today).
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

#: Digits as Chinese sources write them: full-width, and the numerals of 二〇二四年.
DIGITS = {**{0xFF10 + i: str(i) for i in range(10)},
           **{ord(c): str(i) for i, c in enumerate("〇一二三四五六七八九")},
           ord("零"): "0", ord("○"): "0", ord("Ｏ"): "0"}
_NUMERAL = "〇零○Ｏ一二三四五六七八九十"
_SPACES = re.compile(r"\s+")


class NoSuchDate(ValueError):
    """A date written as dates are but missing from the calendar (``2024-02-30``, ``2024-13``)."""


class NoSuchQuarter(NoSuchDate):
    """A quarter written as quarters are but not the first to the fourth (``2024-Q5``)."""

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_SEPARATED = re.compile(rf"(?P<y>\d{{4}})(?P<sep>[-./])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<d>\d{{1,2}}){_TIME})?")
_COMPACT = re.compile(r"(?P<y>\d{4})(?:(?P<m>\d{2})(?P<d>\d{2}))?")
_CHINESE = re.compile(rf"(?P<y>[\d{_NUMERAL}]{{4}})年(?:(?P<m>[\d{_NUMERAL}]{{1,3}})月"
                      rf"(?:(?P<d>[\d{_NUMERAL}]{{1,3}})[日号])?)?")

#: A time of day after a full date, the way exports and pages print it: after a space
#: (``2024-05-03 10:20:31``), a ``T`` or straight after 日 (``2024年5月3日10:20``), also as
#: Chinese writes it (``10时20分``, ``10点20分30秒``, ``下午3:30``, ``上午10时``).
_CLOCK = re.compile(r"(?:\s+|T|(?<=[日号]))(?:(?:上午|下午|中午|晚上|凌晨|早上|早晨|傍晚)\s*)?"
                    r"(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
                    r"|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)?)\s*$")

HINT = "write YYYY-MM-DD"

#: The day of the week after a date (``2024年3月5日 星期二``, ``2024-03-05（周二）``), as
#: exports and pages print it: left out, the date says the day.
_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?\s*$")

#: A full date in Arabic digits as a page prints it (``2024-05-06``, ``2024/5/6``,
#: ``2024.5.6``, ``2024年5月6``, spaces between its parts allowed; the 日 after it is
#: left to the pattern it is built into): :func:`printed_date` reads what it matched.
PRINTED_DATE = r"[0-9]{4}\s*[-年/.]\s*[0-9]{1,2}\s*[-月/.]\s*[0-9]{1,2}"


def _number(text: str) -> int:
    """``12``, ``十二``, ``二十一``, ``三十`` → their value (ValueError if none)."""
    if "十" in text:
        tens, _, units = text.partition("十")
        value = int(tens.translate(DIGITS) or 1) * 10 + int(units.translate(DIGITS) or 0)
    else:
        value = int(text.translate(DIGITS))
    return value


def printed_date(text: str) -> str:
    """The ISO date of a date :data:`PRINTED_DATE` matched, with or without its 日
    (``2024年5月6日``, ``2024 - 05 - 06`` → ``2024-05-06``); ValueError if it is no day."""
    return iso_date(_SPACES.sub("", text).rstrip("日号").replace("年", "-").replace("月", "-"))


def parse_date(text: str, hint: str = HINT) -> tuple[int, int | None, int | None]:
    """``(year, month, day)`` of a full or partial date; ValueError (ending in ``hint``) if it is none."""
    raw = text
    text = unicodedata.normalize("NFKC", text)  # ２０２４－０５－０３, ２０２４／５／３: their ASCII forms
    text = _SPACES.sub("", _WEEKDAY.sub("", _CLOCK.sub("", _WEEKDAY.sub("", text))))
    m = (_SEPARATED.fullmatch(text) or _COMPACT.fullmatch(text) or _CHINESE.fullmatch(text))
    if m is None:
        raise ValueError(f"unrecognised date {raw!r} ({hint})")
    try:
        year = int(m.group("y").translate(DIGITS))
        month, day = (None if m.group(g) is None else _number(m.group(g)) for g in "md")
    except ValueError:
        raise ValueError(f"unrecognised date {raw!r} ({hint})") from None
    try:
        date(year, month or 1, day or 1)  # type: ignore[arg-type]
    except ValueError:
        raise NoSuchDate(f"no such date {raw!r} ({hint})") from None
    return year, month, day  # type: ignore[return-value]


#: A moment with its offset from UTC (``2024-03-04T18:00:00Z``, ``…+00:00``): an instant,
#: whose day is the day it falls on in China, as for a timestamp.
INSTANT = re.compile(r"\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*(Z|[+-]\d{2}:?\d{2})\s*")


def iso_date(text: str) -> str:
    """The ISO ``YYYY-MM-DD`` of a full date; ValueError for a partial or unreadable one.
    A date-time with its UTC offset is an instant: its day in China (UTC+8)."""
    m = INSTANT.fullmatch(unicodedata.normalize("NFKC", text)) if isinstance(text, str) else None
    if m:
        offset = "+00:00" if m.group(3) == "Z" else m.group(3)
        try:
            moment = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}{offset}")
        except ValueError:
            raise NoSuchDate(f"no such date {text!r} ({HINT})") from None
        return moment.astimezone(CHINA).date().isoformat()
    year, month, day = parse_date(text)
    if day is None:
        raise ValueError(f"incomplete date {text!r}: the day is missing ({HINT})")
    return f"{year:04d}-{month:02d}-{day:02d}"


#: A quarter as ``trends --every quarter`` labels it (``2024-Q1``; ``2024-q1``, and full-width
#: ``２０２４－Ｑ１`` once NFKC has narrowed it), also without its hyphen (``2024Q1``, ``2024 Q1``)
#: or as Chinese writes it: ``2024年第一季度``, ``2024年一季度``, ``2024年第1季度``, ``2024年Q1``.
_QUARTER = re.compile(rf"(?P<y>\d{{4}})\s*(?:-|年)?\s*[Qq]\s*(?P<q>\d+)"
                      rf"|(?P<cy>[\d{_NUMERAL}]{{4}})年\s*第?\s*(?P<cq>[\d{_NUMERAL}]{{1,3}})\s*季度?")


def quarter(text: str, hint: str = HINT) -> tuple[int, int] | None:
    """``(year, quarter)`` of a quarter (:data:`_QUARTER`: ``2024-Q1``, ``2024-q1``, ``２０２４－Ｑ１``,
    ``2024Q1``, ``2024年第一季度``, ``2024年一季度``), None for any other text; ValueError for a
    quarter but the first to the fourth."""
    if not any(c in text for c in "QqＱｑ季"):
        return None
    m = _QUARTER.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return None
    try:
        year = int((m.group("y") or m.group("cy")).translate(DIGITS))
        n = _number(m.group("q") or m.group("cq"))
    except ValueError:
        return None
    if not 1 <= n <= 4:
        raise NoSuchQuarter(f"no such quarter {text!r}: a quarter is Q1 to Q4 ({hint})")
    return year, n


def period(text: str, hint: str = HINT) -> tuple[str, str]:
    """The first and last day (ISO) that a full or partial date covers, or a quarter
    (``2024-Q1`` → ``2024-01-01``, ``2024-03-31``); ValueError (ending in ``hint``) for
    neither."""
    q = quarter(text, hint)
    if q is not None:
        year, n = q
        last = calendar.monthrange(year, 3 * n)[1]
        return f"{year:04d}-{3 * n - 2:02d}-01", f"{year:04d}-{3 * n:02d}-{last:02d}"
    year, month, day = parse_date(text, hint)
    if day is not None:
        day_ = f"{year:04d}-{month:02d}-{day:02d}"
        return day_, day_
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


#: China Standard Time: the day a timestamp falls on is the day there.
CHINA = timezone(timedelta(hours=8))


def timestamp_date(seconds: float) -> str:
    """The ISO day a Unix timestamp falls on in China (UTC+8)."""
    return datetime.fromtimestamp(seconds, CHINA).date().isoformat()


def number_date(value: int | float) -> str:
    """The ISO date of a date given as a number: ``20240503`` (``YYYYMMDD``), a Unix
    timestamp in seconds (ten digits before any fraction: ``1714700000.25``, as
    ``time.time()`` gives it) or milliseconds (thirteen); ValueError otherwise."""
    whole = int(value) if math.isfinite(value) else 0
    digits = len(str(whole)) if value > 0 else 0
    if digits == 8 and whole == value:
        return iso_date(str(whole))
    if digits in (10, 13):
        return timestamp_date(value / 1000 if digits == 13 else value)
    raise ValueError(f"unrecognised date {value!r}: a number must be YYYYMMDD or a Unix timestamp"
                     f" in seconds or milliseconds ({HINT})")
