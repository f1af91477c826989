"""Where a region or court facet value lies, and whether it lies within the regions a
filter selects: the scope of ``trends``/``first --by city --province 江苏``.

In: the vocabulary an index resolves names with (the tagger: its division table,
``gazetteer``, and court directory, ``directory``), the facet counted by (``province``,
``city``, ``county`` or ``court``), its candidate values and the filters in force (as
the index names them: 江苏省, 南京市, 北京市房山区人民法院). Out: the values that lie
within every region filter: a city of the province filtered, a county of the city, a
court seated there (a court counts under its own division, not under the places its
stories also name), a province holding the city or court filtered. A value whose
division is not known (最高人民法院, a place the table lacks) is kept, and so is every
value when there is no vocabulary or no region filter beside ``by``.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

#: The facets whose values lie in a division of the division table.
PLACED = ("province", "city", "county", "court")


def within(vocab: Any, by: str, values: Iterable[str],
           filters: Mapping[str, "tuple[str, ...] | None"]) -> set[str] | None:
    """The ``values`` of ``by`` lying within the regions of ``filters`` (another region
    level, or a court); None when nothing narrows them (``by`` is no place, no region
    filter beside it, or no division table)."""
    gaz = getattr(vocab, "gazetteer", None)
    if by not in PLACED or gaz is None:
        return None
    scopes = [codes for facet in PLACED if facet != by and filters.get(facet)
              for codes in [_codes(vocab, facet, filters[facet] or ())] if codes is not None]
    if not scopes:
        return None
    kept = set()
    for value in values:
        code = _code(vocab, by, value)
        if code is None or all(any(_related(gaz, code, c) for c in scope) for scope in scopes):
            kept.add(value)
    return kept


def _codes(vocab: Any, facet: str, names: Iterable[str]) -> set[str] | None:
    """The division codes of a filter's values; None when one of them is not placed
    (nothing is then left out on its account)."""
    out = set()
    for name in names:
        code = _code(vocab, facet, name)
        if code is None:
            return None
        out.add(code)
    return out


def _code(vocab: Any, facet: str, value: str) -> str | None:
    """The division code of a facet value: a province, city or county by its name, a
    court by the division it is named after or seated in (its province's when the
    directory gives no other); None when unknown or ambiguous."""
    gaz = vocab.gazetteer
    if facet == "province":
        d = gaz.province_of_name(value)
    elif facet == "city":
        d = gaz.city_of_name(value)
    elif facet == "county":
        d = gaz.county_of_name(value)
    else:
        directory = getattr(vocab, "directory", None)
        courts = directory.lookup(value) if directory is not None else ()
        codes = {c.division or c.province for c in courts}
        code = codes.pop() if len(codes) == 1 else None
        return code if code in gaz.divisions else None
    return d.code if d is not None else None


def _related(gaz: Any, a: str, b: str) -> bool:
    """True when the divisions ``a`` and ``b`` are one, or one holds the other."""
    return a == b or gaz.is_ancestor(a, b) or gaz.is_ancestor(b, a)
