"""Hits as a user reads them: each ranked section's stored fields, its snippet with exact
highlights, the words that earned it a tag, its story, and with ``explain`` its score parts.

In: ``key → (docnum, score)`` in rank order (:mod:`.ranking`, :mod:`.onepass`), the parsed
query, read against the index's stored fields and the vocabulary: its host,
:class:`.searcher.IndexSearcher`, provides ``_current()``, ``_vocab`` and
``_indexed_source()``. Out: :class:`.results.Hit` tuples; :func:`score_parts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Mapping

from whoosh import query as Q

from ..index.store.stories import Stories
from . import evidence as _evidence, semantic as _semantic
from .articles import stored_tags
from .highlight import find_matches, merge, tagged_snippet
from .phrase import ExactPhrase
from .query import query_terms
from .ranking import Best
from .results import Hit

if TYPE_CHECKING:
    from . import questions as _questions


class HitMaking:
    """Ranked documents made hits (see the module docstring)."""

    def _hits(self, q: Q.Query, best: Best, offset: int,
              want: int, articles: list[str], sections_of: Any, snippet_chars: int,
              by_section: bool, explain: bool, cosines: dict[int, float] | None,
              stories: Stories | None = None,
              suggested: "_questions.Suggested | None" = None) -> tuple[Hit, ...]:
        """The hits ranked ``offset + 1`` to ``want`` of ``best``, with snippets."""
        searcher = self._current()
        terms, phrases = query_terms(q, ("text",))  # a word asked in the title only is highlighted nowhere
        heading_terms, heading_phrases = query_terms(q, ("heading",))
        tags = _evidence.tag_terms(q) if self._vocab is not None else ()
        hits = []
        ranked = list(best.values())[offset:want]
        for rank, (docnum, score) in enumerate(ranked, offset + 1):
            article_id = articles[docnum]
            stored = searcher.stored_fields(docnum)
            text = stored.get("text") or ""
            heading = stored.get("heading")
            why = self._tag_evidence(tags, stored, text, heading)
            snip, hl, tag_hl = tagged_snippet(text, terms, phrases, snippet_chars, why)
            section_hl: tuple[tuple[int, int], ...] = ()
            if heading:
                section_hl = tuple(find_matches(heading, heading_terms, heading_phrases))
                if why is not None and not tag_hl:  # the tag's words only in the heading
                    found = why(heading)
                    section_hl = tuple(merge(list(section_hl) + [(a, b) for a, b, _t in found]))
            story = stories.story_of(article_id) if stories is not None else article_id
            hits.append(Hit(
                rank=rank,
                article_id=article_id,
                score=float(score),
                title=stored.get("title", ""),
                file=stored.get("file", ""),
                section=stored.get("heading"),
                section_no=stored.get("section_no", 0),
                snippet=snip,
                highlights=hl,
                tag_highlights=tag_hl,
                section_highlights=section_hl,
                date=stored.get("date"),
                source=self._indexed_source(docnum, stored),
                source_printed=stored.get("source"),
                matched_sections=1 if by_section else sections_of(article_id),
                explanation=(score_parts(searcher, q, docnum) + _meaning(cosines, docnum)
                             + (suggested.explain(docnum) if suggested is not None else ())) if explain else (),
                story=story,
                copies=len(stories.copies_of(story)) if stories is not None else 1,
                **stored_tags(stored),
            ))
        return tuple(hits)

    def _tag_evidence(self, tags: tuple[tuple[str, str, frozenset[str]], ...], stored: Mapping[str, Any],
                      text: str, heading: str | None) -> Any:
        """What finds, in a text, the words that earned this hit the query's tags
        (:mod:`.evidence`): for each tag the hit has whose words typed are neither in
        its text nor in its heading. None when there is none."""
        wanted = [(f, v) for f, v, words in tags
                  if v in (stored.get(f) or "").split(",")
                  and _evidence.needed(text, words) and _evidence.needed(heading or "", words)]
        if not wanted:
            return None
        vocab = self._vocab

        def why(part: str) -> list[tuple[int, int, str]]:
            return [span for f, v in wanted for span in _evidence.find(vocab, part, f, v)]

        return why


def score_parts(searcher: Any, q: Q.Query, docnum: int) -> tuple[tuple[str, str, float], ...]:
    """``(field, term, score)`` of each query leaf that matches ``docnum``, largest first;
    a leaf inside a boosted group (``(执行 OR 拍卖)^2``) scores with the group's boost."""
    parts = []
    for leaf, boost in _boosted_leaves(q):
        if isinstance(leaf, Q.Not) or leaf.field() is None and not isinstance(leaf, ExactPhrase):
            continue
        try:
            m = leaf.matcher(searcher, searcher.context())
        except Exception:  # a leaf over a term the index lacks
            continue
        if m.is_active():
            m.skip_to(docnum)
        if m.is_active() and m.id() == docnum:
            if isinstance(leaf, ExactPhrase):  # the phrase's BM25 in each field it is in
                parts += [(f, f'"{leaf.text}"', sc * boost) for f, sc in leaf.explain(searcher, docnum).items()]
                continue
            text = leaf.text if isinstance(getattr(leaf, "text", None), str) else str(leaf)
            parts.append((leaf.field() or "*", text, float(m.score()) * boost))
    return tuple(sorted(parts, key=lambda p: -p[2]))


def _boosted_leaves(q: Q.Query, boost: float = 1.0) -> Iterator[tuple[Q.Query, float]]:
    """Each leaf of ``q`` (a ``Not`` as one) with the product of the boosts of the
    groups above it (a leaf's own boost is in its score)."""
    if q.is_leaf() or isinstance(q, Q.Not):
        yield q, boost
        return
    inner = boost * getattr(q, "boost", 1.0) if isinstance(q, Q.CompoundQuery) else boost
    for child in q.children():
        yield from _boosted_leaves(child, inner)


def _meaning(cosines: dict[int, float] | None, docnum: int) -> tuple[tuple[str, str, float], ...]:
    """The score part of the vectors: ``("vector", model, cosine)``, when they ranked."""
    if cosines is None:
        return ()
    return (("vector", _semantic.MODEL, cosines.get(docnum, 0.0)),)
