"""What a query word was expanded to, and turning expansion off.

In: the :class:`~.query.Vocabulary` of an index (the tagger). Out:
:class:`Expansion`, a vocabulary that answers the query parser as the tagger does
and records what it offered, so that results can say which other words and
which facet values a query word also matched: ``{"交叉执行": ["提级执行", …,
"mechanism:交叉执行"]}``. With ``expand=False`` it offers no synonyms and no
concepts (a named court, mechanism or region then matches only as the words
typed); facet values written as ``field:value`` are still resolved.
"""

from __future__ import annotations

from typing import Any


class Expansion:
    """A vocabulary that records (or, when ``expand`` is false, withholds) expansions."""

    def __init__(self, vocab: Any, expand: bool = True) -> None:
        self._vocab = vocab
        self._expand = expand
        self.expanded: dict[str, list[str]] = {}

    def _note(self, word: str, others: list[str]) -> None:
        if others:
            seen = self.expanded.setdefault(word, [])
            seen.extend(o for o in others if o not in seen and o != word)

    def resolve(self, facet: str, value: str) -> str | None:
        return self._vocab.resolve(facet, value)

    def city_province(self, city: str) -> str | None:
        return self._vocab.city_province(city)

    def resolve_citation(self, value: str, known: Any = (), strict: bool = True) -> Any:
        return self._vocab.resolve_citation(value, known, strict)

    def expansions(self, term: str) -> list[str]:
        if not self._expand:
            return []
        found = list(self._vocab.expansions(term))
        self._note(term, found)
        return found

    def concepts(self, text: str) -> list[tuple[int, int, str, str]]:
        if not self._expand:
            return []
        found = list(self._vocab.concepts(text))
        for start, end, facet, value in found:
            self._note(text[start:end], [f"{facet}:{value}"])
        return found
