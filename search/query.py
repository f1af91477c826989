"""Query strings → Whoosh queries over the section schema.

Syntax (Whoosh's, with AND as the default between words): plain words and
unspaced Chinese (``湖南法院交叉执行`` is segmented and every word required),
``"quoted phrases"``, ``AND``/``OR``/``NOT``, ``-word``, parentheses and field
queries (``title:执行``, ``province:湖南``). Unqualified words and phrases are
searched across the text fields at once (title, section heading, text, captions),
each field with its BM25F weight, so words may match in different fields. Facet
field values are resolved from the short forms people write (``湖南`` → ``湖南省``).
"""

from __future__ import annotations

from typing import Callable

from whoosh import query as Q
from whoosh.qparser import AndGroup, PlusMinusPlugin, QueryParser

from ..errors import QuerySyntaxError
from ..index.schema import FACET_FIELDS, TEXT_FIELDS, build_schema

DEFAULT_FIELD = "text"

#: ``resolve(facet, value)`` → canonical facet value, or None when unknown.
Resolver = Callable[[str, str], "str | None"]

_parser: QueryParser | None = None


def _get_parser() -> QueryParser:
    global _parser
    if _parser is None:
        p = QueryParser(DEFAULT_FIELD, build_schema(), group=AndGroup)
        p.add_plugin(PlusMinusPlugin())
        _parser = p
    return _parser


def parse_query(text: str, resolve: Resolver | None = None) -> Q.Query:
    """Parse a user query; an empty one matches every document."""
    if not isinstance(text, str):
        raise TypeError(f"query must be str, not {type(text).__name__}")
    if not text.strip():
        return Q.Every()
    try:
        q = _get_parser().parse(text)
    except Exception as e:  # Whoosh's parser raises assorted types on odd input
        raise QuerySyntaxError(f"cannot parse query {text!r}: {e}") from e
    if q is Q.NullQuery:
        return q
    return _rewrite(q, resolve)


def _rewrite(q: Q.Query, resolve: Resolver | None) -> Q.Query:
    if isinstance(q, (Q.Term, Q.Phrase)) and q.fieldname == DEFAULT_FIELD:
        return Q.Or([_on_field(q, f, w) for f, w in TEXT_FIELDS.items()])
    if isinstance(q, Q.Term) and q.fieldname in FACET_FIELDS and resolve is not None:
        canonical = resolve(q.fieldname, q.text)
        return Q.Term(q.fieldname, canonical or q.text, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda sub: _rewrite(sub, resolve))


def _on_field(q: Q.Query, field: str, weight: float) -> Q.Query:
    if isinstance(q, Q.Term):
        return Q.Term(field, q.text, boost=q.boost * weight)
    assert isinstance(q, Q.Phrase)
    return Q.Phrase(field, q.words, slop=q.slop, boost=q.boost * weight)


def query_terms(q: Q.Query) -> set[str]:
    """The words of the text fields that ``q`` looks for, negated parts excluded (for highlighting)."""
    out: set[str] = set()

    def walk(node: Q.Query) -> None:
        if isinstance(node, Q.Not):
            return
        if isinstance(node, Q.AndNot):
            walk(node.a)
        elif node.is_leaf():
            for field, text in node.iter_all_terms(phrases=True):
                if field in TEXT_FIELDS:
                    out.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        else:
            for child in node.children():
                walk(child)

    walk(q)
    return out
