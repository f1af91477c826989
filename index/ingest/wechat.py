"""A WeChat article as mirror sites print it.

In: a page file's decoded text.
Out: the text without the mirror's header, the headline and the account line under it, and
what they say of the article (its ``title``, ``date`` (ISO), ``byline``, ``source``).

Sites that mirror WeChat articles print the app's header over the headline
(``查看原文`` ⏎ ``其他``) and the account line under it: the authors, the account and the
day (``桑林 容才杰 新则 2023-05-18``; the day may stand on the next line, and the account's
name may be printed again under it). The header is no title and no text, the line under it the title; the account
line is the article's date and byline (every name before the account's), the account its
source when it is an outlet or a court. Without the header a page is left as it is.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import iso_date
from .sources import canonical_source, known_source

#: The header a mirror prints over a WeChat article, a line each.
HEADER = ("查看原文", "其他")
#: A WeChat account line: up to five names, then the day (and time) it was posted.
_ACCOUNT = re.compile(r"^(?:(?:原创|转载)\s+)?(?P<names>(?:(?!\d{4})[^\s，。；！？,;!?：:|｜]{1,20}\s+){0,4}(?!\d{4})[^\s，。；！？,;!?：:|｜]{1,20})"
                      r"(?:\s*(?P<date>\d{4}\s*(?:-\s*\d{1,2}\s*-\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)))?"
                      r"(?:\s+\d{1,2}:\d{2})?$")
_DAY = re.compile(r"^\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?$")
_COURT = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民法院|法院|中院|高院|法庭|人民检察院|检察院)$")


def _day(text: str) -> str | None:
    try:
        return iso_date(re.sub(r"\s+", "", text))
    except ValueError:
        return None


def mirror_header(text: str) -> tuple[str, dict[str, Any]]:
    """``(text without a WeChat mirror's header, headline and account line, what they say)``;
    ``(text, {})`` for a page that does not open with the header (:data:`HEADER`)."""
    lines = text.splitlines(keepends=True)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or tuple(lines[k].strip() for k in filled[:2]) != HEADER:
        return text, {}
    dropped = set(filled[:3])
    said: dict[str, Any] = {"title": lines[filled[2]].strip()}
    at = 3  # filled[2] is the headline; the account line is printed under it
    m = _ACCOUNT.match(lines[filled[at]].strip()) if at < len(filled) else None
    date = m and (_day(m.group("date")) if m.group("date") else None)
    if m and not date and at + 1 < len(filled) and _DAY.match(lines[filled[at + 1]].strip()):
        date = _day(lines[filled[at + 1]].strip().split()[0])  # 孙政 王夏 法务之家 ⏎ 2024-09-19
        if date:
            dropped.add(filled[at + 1])
    if m and date:
        dropped.add(filled[at])
        said["date"] = date
        names = m.group("names").split()
        account = names[-1]
        if len(names) >= 2:
            said["byline"] = " ".join(names[:-1])
        if known_source(account) or _COURT.match(account):
            said["source"] = canonical_source(account)
        after = max(dropped) + 1
        nxt = next((k for k in filled if k >= after), None)
        if nxt is not None and lines[nxt].strip() == account:
            dropped.add(nxt)  # the account's name printed again under its line
    return "".join(line for k, line in enumerate(lines) if k not in dropped), said
