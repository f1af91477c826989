"""Aho-Corasick scans that skip the stretches of a text no key can be in.

An automaton walks every character of a text, and each step out of its root (a
character no partial key continues) looks the character up among the first characters
of all keys. Most characters of a text are in no key at all (的, 了, digits, punctuation),
and the automaton is back at its root after each of them: a key can only lie inside a
run of characters that keys hold, as long as the shortest key at least. Scanning those
runs alone gives the same matches, in the same order. Each run is handed over as a
slice of its own: the automaton reads the whole string it is given on every call, so
``iter(text, start, end)`` would read the text once per run.

In:  a built automaton (:class:`Scanner`), then texts.
Out: :meth:`Scanner.iter`, the ``(end index, value)`` pairs of ``automaton.iter(text)``.

This pays for an automaton whose keys start with many different characters (the division
names); one with few (the mechanism terms, the law names) steps out of its root cheaply,
and the runs cost more than they save.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

import ahocorasick


def runs(keys: Iterable[str]) -> "re.Pattern[str] | None":
    """The stretches a key of ``keys`` may lie in: maximal runs of characters some key
    holds, at least as long as the shortest key (None: no keys)."""
    keys = list(keys)
    if not keys:
        return None
    chars = "".join(sorted(set("".join(keys))))
    return re.compile(f"[{re.escape(chars)}]{{{min(map(len, keys))},}}")


class Scanner:
    """A built automaton and the runs of characters its keys hold (:func:`runs`); ``keys``
    are the automaton's keys, when the caller has them at hand (cheaper than reading them
    out of the automaton)."""

    def __init__(self, automaton: ahocorasick.Automaton, keys: Iterable[str] | None = None) -> None:
        self.automaton = automaton
        self._runs = runs(automaton.keys() if keys is None else keys) if len(automaton) else None

    def __len__(self) -> int:
        return len(self.automaton)

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        """Every match, as ``automaton.iter(text)`` gives them."""
        if self._runs is None:
            return
        walk = self.automaton.iter
        for m in self._runs.finditer(text):
            start = m.start()
            for end, value in walk(m.group()):
                yield start + end, value
