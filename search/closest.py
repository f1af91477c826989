"""Facet values spelt most like what was typed, for an unknown filter value's error.

In: the value as typed, the names it may have been meant as (each canonical value with
its aliases and short forms: ``湘潭中院`` → 湘潭市中级人民法院) and the values the index
holds. Out: the canonical values whose names are closest in spelling (difflib's ratio),
closest first, values the index holds before others as close. A few thousand names
(the court directory's 14,000 forms) take some 20 ms.
"""

from __future__ import annotations

import difflib
import re
from typing import Iterable, Mapping

#: How alike a name must be to be offered (difflib's ratio: 湘谭中院 ~ 湘潭中院 0.75,
#: 石们法院 ~ 石门县法院 0.67; any two court names ending in 中院 share 0.5).
CUTOFF = 0.6


def closest(value: str, names: Mapping[str, str], held: Iterable[str], n: int = 5,
            cutoff: float = CUTOFF) -> list[str]:
    """The at most ``n`` canonical values (``names``' values, and each of ``held`` as its
    own name) one of whose names is spelt most like ``value``, closest first; of values
    as close, those in ``held`` first."""
    held = set(held)
    scores: dict[str, float] = {}
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(value)
    for name, canonical in [*names.items(), *((h, h) for h in held)]:
        matcher.set_seq1(name)
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            continue
        ratio = matcher.ratio()
        if ratio >= cutoff and ratio > scores.get(canonical, 0.0):
            scores[canonical] = ratio
    return sorted(scores, key=lambda c: (-round(scores[c], 6), c not in held, c))[:n]


def closest_name(typed: str, names: Iterable[str]) -> str | None:
    """The one of ``names`` (field, facet or kind names: ``province``, ``court_level`` …)
    that ``typed`` was most likely meant as: the same name in the singular (``provinces``,
    ``cities``), else the one spelt most like it (``provnce``, ``Titel``); None when none is
    near. Case is ignored."""
    names = list(names)
    word = typed.lower()
    singular = {word[:-3] + "y" if word.endswith("ies") else "", word[:-1] if word.endswith("s") else ""}
    for name in names:
        if name.lower() in singular:
            return name
    found = difflib.get_close_matches(word, [n.lower() for n in names], n=1, cutoff=0.7)
    return next((n for n in names if found and n.lower() == found[0]), None)


#: A court's name after its place: its level and kind (湖南省高级人民法院 → 湖南省 and 高级).
_COURT_TAIL = re.compile(r"(?:最高人民法院|高级人民法院|高级法院|高院|中级人民法院|中级法院|中院|人民法院|法院|人民法庭|法庭)$")
_SPECIAL = ("海事", "铁路运输", "知识产权", "金融", "互联网", "林区", "农垦", "矿区", "军事")


def court_place_and_level(name: str) -> tuple[str, str]:
    """The place a court's name names and its level, read from the name alone:
    ``湖南省高级人民法院`` → ``("湖南省", "高级")``, ``某某法院`` → ``("某某", "基层")``,
    ``火星中院`` → ``("火星", "中级")``; a special court (海事, 铁路运输 …) is ``专门``."""
    name = name.strip()
    if name == "最高人民法院":
        return "", "最高"
    m = _COURT_TAIL.search(name)
    tail = m.group(0) if m else ""
    place = name[:m.start()] if m else name
    if any(word in place for word in _SPECIAL):
        return place, "专门"
    level = "高级" if tail.startswith("高") else "中级" if tail.startswith("中") else "基层"
    return place, level


def same_place_courts(value: str, held: Iterable[str], n: int = 5, cutoff: float = 0.5) -> list[str]:
    """Of the courts ``held`` (the index's), at most ``n`` of the level ``value`` names whose
    place is spelt most like the place ``value`` names, closest first; none when no place
    is alike (``某某法院`` offers no 随县人民法院 for sharing 法院, nor ``火星中院`` every 中院)."""
    place, level = court_place_and_level(value)
    if not place:
        return []
    scores: dict[str, float] = {}
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(place)
    for court in held:
        other, other_level = court_place_and_level(court)
        if other_level != level or not other:
            continue
        matcher.set_seq1(other)
        ratio = matcher.ratio()
        if ratio >= cutoff:
            scores[court] = ratio
    return sorted(scores, key=lambda c: (-round(scores[c], 6), c))[:n]
