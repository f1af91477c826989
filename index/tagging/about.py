"""What a text is about: facet values from weighted mentions.

In:  the region, court and mechanism mentions of one analysed text (or of one section of
     it), and ``weight(pos)``: how much a mention at ``pos`` counts (title 3, heading 2, body 1).
Out: :class:`~..documents.Tags`.

Regions: every name chain (湖南省长沙市芙蓉区 is one) scores its weight for its province and
its city (county-level places count for their prefecture); enumeration items (益阳、邵阳、
岳阳; 益阳、邵阳和岳阳; 恩施、荆州等地) and names in passing (兰州晨报, a dateline, an address) score nothing,
so partner and award lists do not make an article about a place; the seat of a party company
the text leaves unnamed (河北某房地产公司) scores only where no other place or court does. A province counts when it scores at least ``max(1, RATIO × best province)``; a city
when its province counts and it scores ``max(1, RATIO × best city)``. A passing mention of
another place (a destination, an employer, an asset) therefore stays out. Courts that act
always count, and place their province and city; a place named only inside a court referred to
(《深圳市中级人民法院…指引》) is named in passing. Provinces known beforehand (the
``province`` of a statute record, a name or a list) are the provinces, and cities stay inside them.
Courts: every court named, except where it is only referred to (a document's author, the
source of a deployment or guidance: 按照省高院的统一部署, 在最高人民法院指导下), and except the
supreme court, which counts only when the title names it (in the body it is mostly referred
to, as the author of rules, campaigns and cases others study, however often it is named; where
it publishes cases or rules, 最高法等联合发布…典型案例, it is referred to, title or not), or where
one of its circuit tribunals acts (最高人民法院第一巡回法庭在深圳揭牌成立), which sits in a region as its courts do.
Counties: the county-level places named (not as list items) in a city the text is about
(or in a province it is about, for a county that lies in no city: 澄迈县),
and the counties of the basic courts that act, by :meth:`.gazetteer.Gazetteer.county_label`.
Court levels: the levels of the courts that act.
Mechanisms: :func:`.mechanism_scores.scores` at least :data:`.mechanism_scores.THRESHOLD`.
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..documents import Tags
from .courts import SUPREME, CourtRef
from .gazetteer import Gazetteer
from .mechanism_scores import THRESHOLD
from .regions import RegionRef

RATIO = 0.3
Weight = Callable[[int], float]


def region_scores(refs: Iterable[RegionRef], courts: Iterable[CourtRef], gaz: Gazetteer,
                  weight: Weight) -> tuple[dict[str, float], dict[str, float]]:
    """Province code → score and city code → score. The seat of a party company the text leaves
    unnamed (河北某房地产公司, :attr:`RegionRef.party`) scores only where nothing else does: the court or
    police that act, and the places told, are named elsewhere (英山县人民法院执行河北某房地产公司), unless
    the party's seat is all the text names (长沙市某科技公司拖欠货款，经调解当场履行)."""
    refs, courts = list(refs), list(courts)
    provinces, cities = _scores([r for r in refs if not r.party], courts, gaz, weight)
    if not provinces and any(r.party for r in refs):
        provinces, cities = _scores(refs, courts, gaz, weight)
    return provinces, cities


def _scores(refs: list[RegionRef], courts: list[CourtRef], gaz: Gazetteer,
            weight: Weight) -> tuple[dict[str, float], dict[str, float]]:
    provinces: dict[str, float] = {}
    cities: dict[str, float] = {}
    for ref in refs:
        if ref.absorbed or ref.in_list or ref.aside:
            continue
        w = weight(ref.chain_start)
        _add(provinces, ref.code[:2] + "0000", w)
        city = gaz.city(ref.code)
        if city is not None:
            _add(cities, city.code, w)
    for court in courts:
        if court.province:
            _add(provinces, court.province, weight(court.start))
        if court.city:
            _add(cities, court.city, weight(court.start))
    return provinces, cities


def best(scores: dict[str, float]) -> str | None:
    """The top-scoring code when it is the only one at the top."""
    if not scores:
        return None
    top = max(scores.values())
    winners = [c for c, s in scores.items() if s == top]
    return winners[0] if len(winners) == 1 else None


def tags(refs: list[RegionRef], courts: list[CourtRef], mech_scores: dict[str, float], gaz: Gazetteer,
         weight: Weight, title_end: int = 0, known_provinces: "frozenset[str]" = frozenset()) -> Tags:
    """The facet values of a text or section (``title_end``: where its title part ends).
    ``known_provinces`` (an article's metadata) are the provinces; cities stay inside them."""
    acting = [c for c in courts if c.name != SUPREME and not c.referred]
    supreme = [c for c in courts if c.name == SUPREME and not c.referred]
    if supreme and (supreme[0].start < title_end or any(c.circuit for c in supreme)):
        acting = supreme[:1] + acting
    prov, city = region_scores(refs, acting, gaz, weight)
    court_provinces = {c.province for c in acting if c.province}
    court_cities = {c.city for c in acting if c.city}
    p_floor = max(1.0, RATIO * max(prov.values(), default=0.0))
    provinces = {p for p, s in prov.items() if s >= p_floor} | court_provinces
    c_floor = max(1.0, RATIO * max(city.values(), default=0.0))
    cities = {c for c, s in city.items() if s >= c_floor and c[:2] + "0000" in provinces} | court_cities
    provinces |= {c[:2] + "0000" for c in cities}
    if known_provinces:
        provinces = set(known_provinces)
        cities = {c for c in cities if c[:2] + "0000" in known_provinces}
    counties = [r.code for r in refs if gaz.divisions[r.code].level == "county" and not r.in_list and not r.aside
                and _county_inside(gaz, r.code, cities, provinces)]
    counties += [c.county for c in acting if c.county and c.province in provinces]
    return Tags(
        provinces=_ranked(provinces, prov, gaz),
        cities=_ranked(cities, city, gaz),
        courts=tuple(dict.fromkeys(c.name for c in acting)),
        mechanisms=tuple(label for label, s in sorted(mech_scores.items(), key=lambda kv: -kv[1]) if s >= THRESHOLD),
        counties=tuple(dict.fromkeys(gaz.county_label(c) for c in counties)),
        court_levels=tuple(dict.fromkeys(c.level for c in acting)),
    )


def _county_inside(gaz: Gazetteer, code: str, cities: set[str], provinces: set[str]) -> bool:
    """Whether a county lies in a city the text is about (or, for a county in no city, such
    as 澄迈县, in a province the text is about)."""
    city = gaz.city(code)
    return city.code in cities if city is not None else code[:2] + "0000" in provinces


def _add(scores: dict[str, float], code: str, w: float) -> None:
    scores[code] = scores.get(code, 0.0) + w


def _ranked(codes: set[str], scores: dict[str, float], gaz: Gazetteer) -> tuple[str, ...]:
    return tuple(gaz.divisions[c].name for c in sorted(codes, key=lambda c: (-scores.get(c, 0.0), c)))
