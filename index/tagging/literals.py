"""The literal strings a regular expression's every match must hold, to skip it on texts
that hold none of them.

In:  a regular expression (the taxonomy's ``patterns`` and ``descriptions``).
Out: :func:`required`: groups of strings, each group with one string in every match
     (no group: the expression names no such string — a character class, a bare repeat);
     :func:`gate`: the most selective of them; :func:`holds`: whether a text has them;
     :func:`longest`: the most characters a match may have.

``(?:矛盾|纠纷)[^。]{0,16}?化解在(?:萌芽|基层)`` gives ``(("矛盾", "纠纷"), ("化解在",),
("萌芽", "基层"))``: what each part of the expression's sequence requires (a run of
literal characters; for a group, what it requires; for an alternation, a string of
each branch, the most selective its sequence names). Looking a text up for a few short
strings is much cheaper than running the expression over it, and a text that lacks
every string of one group cannot match.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as _c, _parser as _sre  # type: ignore[attr-defined]
else:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _sre

Options = tuple[str, ...]


@lru_cache(maxsize=1024)
def _parsed(pattern: str) -> Any:
    """The parse tree of ``pattern``, read (never changed) by :func:`required` and
    :func:`longest`: the taxonomy's loader asks both of each expression, parsed once."""
    return _sre.parse(pattern)


def required(pattern: str) -> tuple[Options, ...]:
    """Groups of strings, each with one string that every match of ``pattern`` holds."""
    try:
        parsed = _parsed(pattern)
    except Exception:  # pragma: no cover - the taxonomy's loader has compiled it already
        return ()
    if parsed.state.flags & _c.SRE_FLAG_IGNORECASE:
        return ()
    return tuple(c for c in _parts(list(parsed)) if c and all(c))


def gate(pattern: str) -> tuple[Options, ...]:
    """The one group of :func:`required` worth looking a text up for: strings of two
    characters or more, the longest shortest string, then the fewest strings (a single
    character, or every group at once, costs more to look for than it saves)."""
    groups = [g for g in required(pattern) if all(len(s) >= 2 for s in g)]
    return (max(groups, key=lambda g: (min(len(s) for s in g), -len(g))),) if groups else ()


def longest(pattern: str) -> int | None:
    """The most characters a match of ``pattern`` may have (None: unbounded)."""
    try:
        most = _parsed(pattern).getwidth()[1]
    except Exception:  # pragma: no cover - the taxonomy's loader has compiled it already
        return None
    return None if most >= _c.MAXREPEAT else most


def holds(present: "set[str] | str", groups: tuple[Options, ...]) -> bool:
    """Whether a string of every group (:func:`required`) is ``present``: in a set of the
    strings a text holds, or in the text itself."""
    for group in groups:  # plain loops: this runs for every expression on every text
        for s in group:
            if s in present:
                break
        else:
            return False
    return True


def _best(candidates: list[Options]) -> Options | None:
    """The most selective choice: the longest shortest string, then the fewest strings."""
    usable = [c for c in candidates if c and all(c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


def _sequence(items: list[Any]) -> Options | None:
    return _best(_parts(items))


def _parts(items: list[Any]) -> list[Options]:
    """What each part of a sequence requires."""
    candidates: list[Options] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(("".join(run),))
            run = []
        found = _item(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(("".join(run),))
    return candidates


def _item(op: Any, av: Any) -> Options | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        options: list[str] = []
        for branch in av[1]:
            found = _sequence(list(branch))
            if found is None:  # a branch that requires nothing makes the whole optional
                return None
            options.extend(found)
        return tuple(dict.fromkeys(options))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):
        return tuple(chr(a) for _, a in av)
    return None
