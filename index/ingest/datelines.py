"""The outlet a news dateline opening a text names.

In: the text of an article, as the readers keep it (a dateline stays at its start:
``湖北日报讯 近日，…``, ``新華網呼和浩特5月7日電 …``, ``中国江苏网9月2日淮安讯（张三）…``).
Out: :func:`dateline_outlet` → the canonical outlet (:func:`.sources.canonical_source`) of the
dateline that opens it, or None; :func:`opening_outlet` the same of an article's sections (the
first of them, when it has no heading).

A dateline is an outlet's name, a place, a day (and a time) and ``讯`` or ``电`` (``据`` may
open it: ``据某某网讯：``): ``法治日报讯``, ``南方日报广州讯``, ``新华社北京3月5日电``,
``中新网吉林新闻2月5日电``, ``某某网-某某客户端3月17日16时50分讯``, ``荆楚网(湖北日报网)讯``, the
reporters' credit before the mark (``某某报（记者 张三）讯``), a colon for the mark (``某某网吉林：（张三）``), in
simplified or traditional characters. Without a day, a bracket, a colon, a space, a quote or a
figure must follow it (``某某网讯息`` is a word), unless a reporter's credit stands before the mark;
pinyin printed inside the name (``臺海網(wǎng)``) is no part of it. The place after the name is no part of it (a name of the
division table: ``新华网呼和浩特`` → ``新华网``), and the name must be an outlet's (the table
knows it, or it ends as a paper's, a site's, an agency's or a station's name does), not
``本报``/``本网`` (whose paper is the page's masthead, if any) nor a name that names no outlet
(:func:`.sources.names_outlet`). The day of a dateline, printed without its year, dates nothing.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..analysis.chars import HAN
from ..analysis.fold import fold, strip_ruby
from ..divisions import place_names
from ..documents import Section
from .sources import canonical_source, known_source, names_outlet

_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
_DAY = rf"(?:\d{{4}}\s*年\s*)?(?:{_NUMBER}\s*月\s*)?{_NUMBER}\s*日(?:\s*\d{{1,2}}\s*时(?:\s*\d{{1,2}}\s*分)?)?"
_DATELINE = re.compile(
    rf"(?:据\s*)?(?P<name>[{HAN}][{HAN}·・\-－]{{1,20}}?(?:[（(][{HAN}]{{1,12}}(?:报|网|網|台|社|客户端|新闻)[）)])?)\s*"
    rf"(?P<credit>[（(][^（）()]{{1,40}}[）)]\s*)?"  # 某某报（记者 张三）讯
    rf"(?:(?P<day>{_DAY})\s*[{HAN}]{{0,6}}?\s*)?"
    r"(?:讯|电(?![话视脑力影子商网动池信梯气站费器源线缆路])|(?P<colon>[:：]))"
)
#: What follows a dateline printed without its day: a credit's bracket, a colon, a space, or the
#: text opening with a quote or a figure (``某某日报讯“…``, ``某某网讯9月6日上午，…``, a credit taken out).
_AFTER = re.compile(r"[\s（(【\[:：“「『\"0-9０-９]|$")
#: How an outlet's name ends: a paper's, a site's, an agency's, a station's, an app's.
_OUTLET_END = re.compile(r"(?:报|网|社|台|客户端|新闻|在线|融媒体中心|频道|电讯)$")
#: A reporter's role in a credit before the mark (某某报（记者 张三）讯).
_ROLE = re.compile(r"记者|通讯员|記者|通訊員")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]$")


def _outlet_name(name: str) -> bool:
    core = _BRACKETED.sub("", name)
    return len(core) >= 2 and (bool(_OUTLET_END.search(core)) or known_source(core) is not None)


def _without_place(name: str) -> str:
    """``name`` without the places printed after it (``新华网呼和浩特`` → ``新华网``,
    ``某某报四川宜宾`` → ``某某报``), as long as what is left is an outlet's name."""
    places = place_names()[1]
    for _ in range(2):
        if _outlet_name(name):
            return name
        cut = next((k for k in range(max(2, len(name) - 8), len(name) - 1) if name[k:] in places), None)
        if cut is None:
            return name
        name = name[:cut]
    return name


def dateline_outlet(text: str) -> str | None:
    """The canonical outlet of the dateline opening ``text`` (see the module docstring), or None."""
    opening = strip_ruby(text.lstrip()[:120])[0][:80]  # 臺海網(wǎng)訊: the pinyin printed inside is no part of it
    folded = fold(opening)  # fold keeps offsets: the name is sliced as printed
    m = _DATELINE.match(folded)
    credited = m is not None and _ROLE.search(m.group("credit") or "") is not None
    if m is None or (m.group("day") is None and not credited and not _AFTER.match(folded, m.end())):
        return None
    folded_name = _without_place(m.group("name"))
    if folded_name.startswith("本") or not _outlet_name(folded_name):
        return None
    name = opening[m.start("name"):m.start("name") + len(folded_name)]
    return canonical_source(name) if names_outlet(name) else None


def opening_outlet(sections: Sequence[Section]) -> str | None:
    """:func:`dateline_outlet` of the text an article opens with: its first section's, when
    that section has no heading (a dateline opens a text, not a part of it); None otherwise."""
    if not sections or sections[0].heading is not None:
        return None
    return dateline_outlet(sections[0].text)
