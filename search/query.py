"""Query strings → Whoosh queries over the section schema.

Syntax (Whoosh's, with AND as the default between words): plain words and
unspaced Chinese (``湖南法院交叉执行`` is segmented and every word required),
``"quoted phrases"``, ``AND``/``OR``/``NOT``, ``-word``, parentheses and field
queries (``title:执行``, ``province:湖南``). Unqualified words and phrases are
searched across the text fields at once (title, section heading, text, captions),
each field with its BM25F weight, so words may match in different fields. Facet
field values are resolved from the short forms people write (``湖南`` → ``湖南省``),
and a word with taxonomy synonyms also matches them, at a lower weight.
"""

from __future__ import annotations

import re
from typing import Callable

from whoosh import query as Q
from whoosh.qparser import AndGroup, PhrasePlugin, PlusMinusPlugin, QueryParser
from whoosh.qparser import syntax as qsyntax
from whoosh.qparser.taggers import RegexTagger

from ..errors import QuerySyntaxError
from ..index import analysis
from ..index.schema import FACET_FIELDS, TEXT_FIELDS, build_schema
from . import syntax
from .phrase import ExactPhrase

DEFAULT_FIELD = "text"

#: ``resolve(facet, value)`` → canonical facet value, or None when unknown.
Resolver = Callable[[str, str], "str | None"]

#: ``expand(word)`` → other names of the same thing (taxonomy synonyms), or [].
Expander = Callable[[str], "list[str]"]

#: Weight of a synonym relative to the word the user typed.
SYNONYM_WEIGHT = 0.6

_parser: QueryParser | None = None


class _PhraseNode(qsyntax.TextNode):
    def query(self, parser: QueryParser) -> Q.Query:
        field = self.fieldname or parser.fieldname
        return qsyntax.attach(ExactPhrase(None if field == DEFAULT_FIELD else field, self.text, self.boost), self)


class _PhraseTagger(RegexTagger):
    def create(self, parser: QueryParser, match: "re.Match[str]") -> _PhraseNode:
        return _PhraseNode(match.group("text"))


class ExactPhrasePlugin(PhrasePlugin):
    """``"…"`` means this exact text (see :mod:`.phrase`), not a sequence of jieba words."""

    def taggers(self, parser: QueryParser) -> list:
        return [(_PhraseTagger(self.expr), 0)]


def _get_parser() -> QueryParser:
    global _parser
    if _parser is None:
        p = QueryParser(DEFAULT_FIELD, build_schema(), group=AndGroup)
        p.remove_plugin_class(PhrasePlugin)
        p.add_plugin(ExactPhrasePlugin())
        p.add_plugin(PlusMinusPlugin())
        _parser = p
    return _parser


def parse_query(text: str, resolve: Resolver | None = None, *, lenient: bool = False,
                expand: Expander | None = None) -> Q.Query:
    """Parse a user query; an empty one matches every document.

    A syntax error raises QuerySyntaxError naming its position, unless ``lenient``,
    which drops unbalanced quotes and brackets and reads unknown fields as text.
    A natural-language question ranks on all its words without requiring each.
    With ``expand``, a word with synonyms (执行转破产) also matches them (执转破 …).
    """
    if not isinstance(text, str):
        raise TypeError(f"query must be str, not {type(text).__name__}")
    if not text.strip():
        return Q.Every()
    problem = syntax.check(text)
    if problem is not None:
        if not lenient:
            message, position = problem
            raise QuerySyntaxError(f"query syntax: {message}: {text!r}", position)
        text = syntax.repair(text)
    if syntax.is_question(text):
        words = [w for w, _s, _e in analysis.words(text) if w not in syntax.QUESTION_MARKERS]
        if not words:
            return Q.NullQuery
        return _rewrite(Q.Or([Q.Term(DEFAULT_FIELD, w) for w in dict.fromkeys(words)]), resolve, expand)
    try:
        q = _get_parser().parse(text)
    except Exception as e:  # Whoosh's parser raises assorted types on odd input
        if not lenient:
            raise QuerySyntaxError(f"query syntax: cannot parse {text!r} ({e})") from e
        q = _get_parser().parse(syntax.plain_words(text))
    if q is Q.NullQuery:
        return q
    return _rewrite(q, resolve, expand)


def _across_fields(word: str, boost: float) -> Q.Query:
    """``word`` in every text field, each with its BM25F weight."""
    words = analysis.tokenize(word)
    if len(words) != 1:  # a synonym the segmenter splits: match it as exact text
        return ExactPhrase(None, word, boost)
    return Q.Or([Q.Term(f, words[0], boost=boost * w) for f, w in TEXT_FIELDS.items()])


def _rewrite(q: Q.Query, resolve: Resolver | None, expand: Expander | None = None) -> Q.Query:
    if isinstance(q, Q.Term) and q.fieldname == DEFAULT_FIELD:
        own = Q.Or([Q.Term(f, q.text, boost=q.boost * w) for f, w in TEXT_FIELDS.items()])
        synonyms = [s for s in (expand(q.text) if expand else []) if s != q.text]
        if not synonyms:
            return own
        return Q.Or([own] + [_across_fields(s, q.boost * SYNONYM_WEIGHT) for s in synonyms])
    if isinstance(q, Q.Term) and q.fieldname in FACET_FIELDS and resolve is not None:
        canonical = resolve(q.fieldname, q.text)
        return Q.Term(q.fieldname, canonical or q.text, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda sub: _rewrite(sub, resolve, expand))


def query_terms(q: Q.Query) -> tuple[set[str], set[str]]:
    """``(words, phrases)`` of the text fields that ``q`` looks for, negated parts excluded."""
    out: set[str] = set()
    phrases: set[str] = set()

    def walk(node: Q.Query) -> None:
        if isinstance(node, Q.Not):
            return
        if isinstance(node, Q.AndNot):
            walk(node.a)
        elif isinstance(node, ExactPhrase):
            phrases.add(node.text)
        elif node.is_leaf():
            for field, text in node.iter_all_terms(phrases=True):
                if field in TEXT_FIELDS:
                    out.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        else:
            for child in node.children():
                walk(child)

    walk(q)
    return out, phrases
