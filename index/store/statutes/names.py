"""What a law's name no table knows may stand for, in the statute collection.

In:  a name as typed or printed (``检察院组织法``, ``拒执解释``, ``人口与计划生育条例``) and a
     :class:`~.stored.StoredCollection` (its titles), with titles the index knows.
Out: :func:`shortened` (the title a short name shortens, and the others it may),
     :func:`abbreviated` (the laws an abbreviation may stand for), :func:`interpretation_named` (the
     one court interpretation whose title holds the subject a name gives it) and what is said of them
     (:func:`shortened_note`, :func:`abbreviates`, :func:`shared_title` for a title several
     places' rules end with).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...tagging.citations import LawNames, title_key
from .stored import StoredCollection

#: The word a law's title ends with, which a short name of it keeps (检察院组织法 … 法, not 办法).
_TITLE_END = re.compile(r"(?:办法|条例|细则|规定|解释|决定|意见|规则|纪要|批复|通知|法)$")


#: The end of a place's name before the title of its rule (上海市, 湖南省, 延边朝鲜族自治州).
_PLACE_END = re.compile(r"(?:省|市|自治区|自治州|自治县|州|县|区|盟|旗)$")


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` stand in order in ``long``."""
    rest = iter(long)
    return all(c in rest for c in short)


def shortened(name: str, collection: "StoredCollection | None", known: Iterable[str] = ()) -> tuple[str, list[str]] | None:
    """The law a name no table knows shortens, the way people shorten a title: its characters in
    order in the title, the same last word (法, 条例, 规定 …), at least half the title's characters
    (中华人民共和国 aside): 检察院组织法 for 中华人民共和国人民检察院组织法, 出入境管理法 for
    中华人民共和国出境入境管理法. ``(title, others)``: a ``known`` title of the index that is the name
    with 中华人民共和国 before it (a title the news print that the collection lacks:
    中华人民共和国民事诉讼法（试行）), else among the titles of ``collection`` (else the ``known``
    ones) that fit, the one adding the fewest characters; and the others that fit, closest first,
    to say which was chosen. None when none fits."""
    key = title_key(name).strip("《》").removeprefix("中华人民共和国")
    known = list(known)
    printed = next((t for t in known if title_key(t).removeprefix("中华人民共和国") == key), None)
    end = _TITLE_END.search(key)
    if end is None or len(key) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", key):
        return (printed, []) if printed is not None else None
    body = key[:end.start()]
    if printed is not None:  # the title the news print, with the state's name: that one, the others said
        fits = shortened(name, collection)
        return printed, [t for t in ([fits[0], *fits[1]] if fits else []) if t != printed]
    for titles in ((collection.laws().values() if collection is not None else ()), known):
        fits: dict[str, int] = {}
        for title in titles:
            full = title_key(title).removeprefix("中华人民共和国")
            if full.endswith(key) and _PLACE_END.search(full[:-len(key)]):
                continue  # 上海市人口与计划生育条例: a place's rule of that title (places() says which)
            if (not full.endswith(end.group()) or _TITLE_END.search(full).group() != end.group()
                    or 2 * len(key) < len(full) or not _subsequence(body, full[:-len(end.group())])):
                continue
            fits[title] = len(full) - len(key)
        if fits:
            ranked = sorted(fits, key=lambda t: (fits[t], t))
            return ranked[0], ranked[1:]
    return None


#: A name people give a court's interpretation by its subject (关于建筑物区分所有权司法解释): the subject
#: between 关于 and (司法)解释, which its title holds between 关于审理 and 纠纷案件适用法律若干问题的解释.
_INTERPRETATION_NAME = re.compile(r"(?:最高人民法院|最高法院|最高法)?(?:关于)?(?:审理)?(?P<subject>[\u4e00-\u9fff]{4,}?)"
                                  r"(?:纠纷)?(?:案件)?(?:的)?(?:司法)?解释")
#: Words of an interpretation's title around its subject, which a name by its subject does not hold.
_TITLE_WORDS = ("适用", "问题", "案件", "若干", "规定", "关于")
#: The end of an interpretation's title, its part number aside (…的解释（一）).
_INTERPRETATION_END = re.compile(r"解释(?:[（(][一二三四五六七八九十]+[)）])?$")


def interpretation_named(name: str, titles: Iterable[str]) -> str | None:
    """The one interpretation of the Supreme People's Court whose title holds the subject a name gives
    it (关于建筑物区分所有权司法解释: 最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释);
    None when no title or several do (施工合同司法解释: the 2004 interpretation and its two successors)."""
    found = _INTERPRETATION_NAME.fullmatch(title_key(name).strip("《》"))
    if found is None:
        return None
    subject = found.group("subject")
    if any(word in subject for word in _TITLE_WORDS):
        return None  # a title's own words (…案件适用法律若干问题的解释): a title the collection lacks, not a subject
    fits = [t for t in titles if t.startswith("最高人民法院") and subject in t and _INTERPRETATION_END.search(t)]
    return fits[0] if len(fits) == 1 else None


def shortened_note(name: str, chosen: str, others: list[str]) -> str | None:
    """What is said of a short name read as ``chosen`` where ``others`` fit it too (None when none do)."""
    if not others:
        return None
    shown = "; ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    return (f"{name} is read as {chosen} (the title the news print with 中华人民共和国 before it, else the one"
            f" adding the fewest characters to it); it may also shorten {shown}: write the full title for another")


def abbreviated(name: str, collection: StoredCollection) -> list[str]:
    """The laws of ``collection`` a short name no table knows may abbreviate (its characters in
    order in their titles, the same last word: 拒执解释 of two interpretations on 拒不执行判决、裁定),
    each once, as the collection titles them; empty when the name is no short name."""
    out: dict[str, None] = {}
    for title in LawNames.default().abbreviated(name):
        law = collection.law(title)
        if law is not None:
            out[law] = None
    return list(out)


def abbreviates(name: str, laws: list[str]) -> str:
    """What to say of a short name ``name`` that abbreviates each of ``laws``."""
    return f"{name} may abbreviate any of {len(laws)} laws of the statute collection: {'; '.join(laws)}"


def shared_title(law: str, places: list[str]) -> str:
    """What is said of a title that ends the titles of several places' rules (``places``)."""
    shown = ", ".join(places[:12]) + (f" and {len(places) - 12} more" if len(places) > 12 else "")
    return f"{law} ends the titles of several rules of the statute collection, of several places ({shown})"
