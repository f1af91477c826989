"""Courts in a text: place names followed by a court word, short forms and tribunals.

In:  the whitespace-free text, its :class:`~.regions.RegionRef` list, the gazetteer, and
     the text's main province and city (for 省高院 and a bare 中院).
Out: :class:`CourtRef` per court mention, with its canonical full name and level:
     湖南高院 → 湖南省高级人民法院 (高级); 荆州中院, 商丘两级法院 → …市中级人民法院 (中级);
     石门法院 → 石门县人民法院, 芙蓉区法院 → 长沙市芙蓉区人民法院 (基层; districts carry
     their city); 长沙知识产权法庭 (专门); 最高人民法院 (最高). 湖南法院 or 荆州法院 (the courts
     of a province or city as a whole) are not a court. A tribunal (维新法庭) folds into the
     base court of the county whose town it is named after (石门县维新镇).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import MUNICIPALITIES, Division, Gazetteer
from .regions import RegionRef

SUPREME = "最高人民法院"

_SUFFIX = re.compile(
    r"(?P<special>知识产权法庭|知识产权法院|海事法院|互联网法院|金融法院|铁路运输(?:中级)?法院)"
    r"|(?P<high>高级人民法院|高级法院|高院)"
    r"|(?P<mid>(?P<nth>第[一二三四五六])?中级(?:人民)?法院|中院)"
    r"|(?P<two>[、]?(?:区|县|市县|县区)?两级法院)"
    r"|(?P<plural>(?:两|三|四|几|等|各)地?(?:人民)?法院)"
    r"|(?P<base>(?:人民)?法院)"
)
#: Court words standing without a place: the province or city comes from the text.
_BARE = re.compile(
    r"(?P<supreme>最高人民法院|最高法院|最高法(?![律规定]))"
    r"|(?P<prov>省高院|省高级人民法院)"
    r"|(?P<city>市中院|市中级人民法院|(?<![\u4e00-\u9fff])中院)"
)
_ENUM_SEP = "、和与及"


@dataclass(frozen=True)
class CourtRef:
    name: str
    level: str  # 最高 | 高级 | 中级 | 基层 | 专门
    province: str | None  # division codes
    city: str | None
    start: int
    end: int


def find_courts(text: str, refs: list[RegionRef], gaz: Gazetteer,
                main_province: str | None = None, main_city: str | None = None) -> list[CourtRef]:
    """Court mentions in ``text``, in text order."""
    out: list[CourtRef] = []
    taken: set[int] = set()
    heads = [r for r in refs if not r.absorbed]
    for i, ref in enumerate(heads):
        m = _SUFFIX.match(text, ref.end)
        if not m:
            continue
        taken.update(range(ref.end, m.end()))
        kind = m.lastgroup
        d = gaz.divisions[ref.code]
        if kind == "plural" and d.level == "county":
            for r in _enumerated(heads, i, text):
                out.append(_base(gaz, gaz.divisions[r.code], r.chain_start, m.end()))
            continue
        court = _court(gaz, d, kind, m, ref.chain_start)
        if court:
            out.append(court)
    ref_ends = {r.end for r in refs}
    for m in _BARE.finditer(text):
        if m.start() in taken or m.start() + 1 in ref_ends:  # 湖南省高院, 荆州市中院: done above
            continue
        if m.lastgroup == "supreme":
            out.append(CourtRef(SUPREME, "最高", None, None, m.start(), m.end()))
        elif m.lastgroup == "prov" and main_province:
            d = gaz.divisions[main_province]
            out.append(_named(gaz, d, f"{d.name}高级人民法院", "高级", m.start(), m.end()))
        elif m.lastgroup == "city" and main_city and gaz.divisions[main_city].level == "prefecture":
            d = gaz.divisions[main_city]
            out.append(_named(gaz, d, f"{d.name}中级人民法院", "中级", m.start(), m.end()))
    out += _tribunals(text, heads, gaz)
    return sorted(out, key=lambda c: c.start)


def _court(gaz: Gazetteer, d: Division, kind: str, m: re.Match[str], start: int) -> CourtRef | None:
    end = m.end()
    municipality = d.code in MUNICIPALITIES
    if kind == "special" and d.level != "county":
        short = d.shorts[0] if d.shorts else d.name
        return _named(gaz, d, short + m["special"], "专门", start, end)
    if d.level == "province":
        if kind == "high":
            return _named(gaz, d, f"{d.name}高级人民法院", "高级", start, end)
        if kind == "mid" and municipality and m["nth"]:
            return _named(gaz, d, f"{d.name}{m['nth']}中级人民法院", "中级", start, end)
        return None
    if d.level == "prefecture":
        if kind in ("mid", "two"):
            return _named(gaz, d, f"{d.name}中级人民法院", "中级", start, end)
        return None
    if kind in ("base", "plural"):
        return _base(gaz, d, start, end)
    return None


def _base(gaz: Gazetteer, d: Division, start: int, end: int) -> CourtRef:
    """The base court of a county-level division (a district's name carries its city)."""
    city = gaz.city(d.code)
    prefix = city.name if d.is_district and city is not None and city.code != d.code else ""
    return _named(gaz, d, f"{prefix}{d.name}人民法院", "基层", start, end)


def _named(gaz: Gazetteer, d: Division, name: str, level: str, start: int, end: int) -> CourtRef:
    city = gaz.city(d.code)
    return CourtRef(name, level, d.province_code, city.code if city else None, start, end)


def _enumerated(heads: list[RegionRef], i: int, text: str) -> list[RegionRef]:
    """The county-level places enumerated up to ``heads[i]`` (公安县、沙市区两地法院)."""
    items = [heads[i]]
    for prev in reversed(heads[:i]):
        gap = text[prev.end: items[-1].chain_start]
        if len(gap) != 1 or gap not in _ENUM_SEP:
            break
        items.append(prev)
    return items[::-1]


def _tribunals(text: str, heads: list[RegionRef], gaz: Gazetteer) -> list[CourtRef]:
    """Tribunals named after a town the text places in a county (石门县维新镇 … 维新法庭)."""
    towns: dict[str, Division] = {}
    for ref in heads:
        d = gaz.divisions[ref.code]
        if d.level != "county":
            continue
        m = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)").match(text, ref.end)
        if m:
            towns.setdefault(m[1], d)
    out = []
    for town, d in towns.items():
        for m in re.finditer(re.escape(town) + r"(?:人民)?法庭", text):
            out.append(_base(gaz, d, m.start(), m.end()))
    return out
