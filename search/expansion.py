"""What a query word was expanded to, and turning expansion off.

In: the :class:`~.query.Vocabulary` of an index (the tagger). Out:
:class:`Expansion`, a vocabulary that answers the query parser as the tagger does
and records what it offered, so that results can say which other words and
which facet values a query word also matched: ``{"交叉执行": ["提级执行", …,
"mechanism:交叉执行"]}``. A statute citation the citation extractor reads in a plain
query (``《民诉法》第237条``: one law, one article) is a concept too, the article's ``cites``
value (``cites:中华人民共和国民事诉讼法 第二百三十七条``), when ``cited`` (given by the
searcher) says some article of the index cites it. With ``expand=False`` it offers no
synonyms and no concepts (a named court, mechanism or region, or a citation, then matches
only as the words typed); facet values written as ``field:value`` are still resolved.
"""

from __future__ import annotations

from typing import Any, Callable


class Expansion:
    """A vocabulary that records (or, when ``expand`` is false, withholds) expansions."""

    def __init__(self, vocab: Any, expand: bool = True, cited: "Callable[[str], bool] | None" = None) -> None:
        self._vocab = vocab
        self._expand = expand
        self._cited = cited
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
        citation = self._citation(text)
        if citation is not None:
            found = _beside(found, citation)
        for start, end, facet, value in found:
            self._note(text[start:end], [f"{facet}:{value}"])
        return found

    def _citation(self, text: str) -> "tuple[int, int, str, str] | None":
        """``(start, end, "cites", value)`` of the one citation of one article the citation
        extractor reads in ``text`` (its law resolved, no version named), when the index has
        articles citing it (``cited``); None for none, several, or one the index lacks."""
        laws = getattr(self._vocab, "laws", None)
        if self._cited is None or laws is None or ("条" not in text and "條" not in text):
            return None
        from ..index.tagging.citations import extract

        found = extract(text, laws)
        if len(found) != 1:
            return None
        (c,) = found
        if not c.law or c.candidates or c.as_of or len(c.articles) != 1:
            return None
        value = f"{c.law} {c.articles[0].article}"
        return (c.start, c.end, "cites", value) if self._cited(value) else None


def _beside(found: "list[tuple[int, int, str, str]]", citation: "tuple[int, int, str, str]"
            ) -> "list[tuple[int, int, str, str]]":
    """``found`` (concepts, in order, apart) with ``citation`` among them; where it overlaps
    some (刑法第三百一十三条 naming the mechanism 拒执打击 too), those and it are given the
    span of them all, one after another, so that the query's words there match each value."""
    start, end, facet, value = citation
    over = [c for c in found if c[0] < end and start < c[1]]
    if not over:
        return sorted([*found, citation])
    lo, hi = min(start, *(c[0] for c in over)), max(end, *(c[1] for c in over))
    kept = [c for c in found if c not in over]
    return sorted([*kept, *((lo, hi, f, v) for _s, _e, f, v in over), (lo, hi, facet, value)], key=lambda c: c[0])
