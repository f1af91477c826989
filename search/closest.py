"""Facet values spelt most like what was typed, for an unknown filter value's error.

In: the value as typed, the names it may have been meant as (each canonical value with
its aliases and short forms: ``湘潭中院`` → 湘潭市中级人民法院) and the values the index
holds. Out: the canonical values whose names are closest in spelling (difflib's ratio),
closest first, values the index holds before others as close. A few thousand names
(the court directory's 14,000 forms) take some 20 ms.
"""

from __future__ import annotations

import difflib
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
