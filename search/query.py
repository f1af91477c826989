"""Query strings → Whoosh queries over the section schema.

Syntax (Whoosh's, with AND as the default between words): plain words and
unspaced Chinese (``湖南法院交叉执行`` is segmented and every word required),
``"quoted phrases"``, ``AND``/``OR``/``NOT`` (one with nothing to act on is an error; lenient: dropped),
``-word`` (``!word``, Lucene's NOT, is read as it), boosts (``执行^3``), parentheses and field
queries (``title:执行``, ``text:执行``, ``province:湖南``) and dates
(``date:2024-03``, ``date:[2024-01 TO 2024-06]``, ``date:>=2024-07``, see
:mod:`.dates`) and statutes cited (``cites:"民事诉讼法 第二百三十七条"``, ``cites:刑法``). Full-width operators are read as their ASCII forms
(:func:`.syntax.normalize`). Unqualified words and phrases are
searched across the text fields at once (title, section heading, text, captions),
each field with its BM25F weight, so words may match in different fields. A word
typed on its own that the index holds no term for inside longer words (one character,
``湘``; a word the segmenter's dictionary does not know, ``案款``) is looked for as
printed, as its quoted form is (:func:`_text_term`). Facet
field values are resolved from the short forms people write (``湖南`` → ``湖南省``),
and a word with taxonomy synonyms also matches them, at a lower weight.
"""

from __future__ import annotations

import copy
import functools
import re
from typing import Iterable, Protocol

from whoosh import query as Q
from whoosh.qparser import AndGroup, PhrasePlugin, Plugin, PlusMinusPlugin, QueryParser, WildcardPlugin
from whoosh.qparser import syntax as qsyntax
from whoosh.qparser.taggers import RegexTagger

from ..errors import QuerySyntaxError, UnknownFacetError, naming
from ..index.analysis import chinese as analysis
from ..index.analysis.chars import HAN
from ..index.analysis.fold import fold
from ..index.store.schema import FACET_FIELDS, TEXT_FIELDS, build_schema
from . import dates, syntax
from .phrase import ExactPhrase, phrase

#: The parser's name for unqualified words: every text field. Not a field of the
#: index, so that ``text:`` means the text field alone.
DEFAULT_FIELD = "any"

class Vocabulary(Protocol):
    """What the query layer asks of the tagger (``lawnews.index.tagging.Tagger`` is one)."""

    def resolve(self, facet: str, value: str) -> str | None:
        """The canonical facet value for what people type (湖北 → 湖北省), or None."""

    def expansions(self, term: str) -> list[str]:
        """Other names a query word should also match (taxonomy synonyms), or []."""

    def concepts(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, facet, value)`` of the courts, mechanisms and regions named in ``text``."""

    def city_province(self, city: str) -> str | None:
        """The province of a city, or None."""

    def county_city(self, county: str) -> str | None:
        """The city of a county, or None."""

    def resolve_citation(self, value: str, known: "tuple[str, ...]" = (),
                         strict: bool = True) -> "tuple[str, str | None] | None":
        """A statute reference (``民诉法 第237条``, ``刑法``) as ``(law, article or None)``."""


#: Most distinct words (or named concepts) a query may have; Lucene's
#: max_clause_count plays the same part.
MAX_UNITS = 256

#: Weight of a synonym, and of a facet match, relative to the word the user typed.
SYNONYM_WEIGHT = 0.6
CONCEPT_WEIGHT = 1.0

#: What to write instead of a query of too many words.
_FEWER = (": search with the words that tell the articles apart, or a quoted phrase for a passage"
          ' ("他守护的不只是一段时间……普通家庭的平安"); or search the first 256 words (lenient=True drops it)')

_parser: QueryParser | None = None


#: Fields whose values are whole names, not text: a quoted value (``court:"荆州中院"``)
#: is that value, as it is unquoted.
VALUE_FIELDS = frozenset((*FACET_FIELDS, "source", "file"))


class _PhraseNode(qsyntax.TextNode):
    def query(self, parser: QueryParser) -> Q.Query:
        field = self.fieldname or parser.fieldname
        if field in VALUE_FIELDS:
            return qsyntax.attach(Q.Term(field, self.text.strip(), boost=self.boost), self)
        return qsyntax.attach(phrase(None if field == DEFAULT_FIELD else field, self.text, self.boost), self)


class _PhraseTagger(RegexTagger):
    def create(self, parser: QueryParser, match: "re.Match[str]") -> _PhraseNode:
        return _PhraseNode(match.group("text"))


class _DateNode(qsyntax.SyntaxNode):
    has_boost = True  # date:2024^3, date:[2023-01 TO 2023-06]^2

    def __init__(self, match: "re.Match[str]") -> None:
        self.match = match
        self.boost = 1.0

    def r(self) -> str:
        return f"date {self.match.group()!r}"

    def query(self, parser: QueryParser) -> Q.Query:
        return qsyntax.attach(dates.query(self.match, self.boost), self)


class _DateTagger(RegexTagger):
    def create(self, parser: QueryParser, match: "re.Match[str]") -> _DateNode:
        return _DateNode(match)


class DatePlugin(Plugin):
    """``date:`` followed by a day, month, year, range or comparison (see :mod:`.dates`)."""

    def taggers(self, parser: QueryParser) -> list:
        return [(_DateTagger(dates.TAGGED), -1)]  # before field names and ranges


#: ``cites:`` (or ``statute:``) and a statute reference: quoted, or a law with an article
#: after a space (``cites:民事诉讼法 第二百三十七条``), or one word (``cites：民诉法第237条``); a
#: ``^N`` after it is its boost. Bare numbers after a space right after the law are its articles,
#: as ``--cites`` reads them (``cites:刑法 313``, ``cites:刑法 313 314``, a range ``cites:刑法 300-313``
#: or ``300至313``; a year there is an error saying so): a number meant as a word of the query goes
#: in quotes or before the clause.
CITES = re.compile(r'(?<![\w.])(?P<field>cites|statute):(?:"(?P<quoted>[^"]*)"'
                   r'|(?P<value>[^\s()"^]+(?:\s+(?:第[^\s()"^]*?|\d{1,4})条(?:之(?:[一二三四五六七八九十]+|\d{1,2}))?'
                   r'(?:第[^\s()"]*?[款项])*'
                   r'|(?<![\d条款项])(?:\s+[\d０-９]{1,4}(?:(?:至|到|[-－—~～])[\d０-９]{1,4})?(?![^\s()"^]))+)?))')


class _CitesNode(qsyntax.SyntaxNode):
    has_boost = True  # cites:民诉法第237条^2

    def __init__(self, match: "re.Match[str]") -> None:
        self.match = match
        self.boost = 1.0

    def r(self) -> str:
        return f"cites {self.match.group()!r}"

    def query(self, parser: QueryParser) -> Q.Query:
        value = self.match.group("quoted") if self.match.group("quoted") is not None else self.match.group("value")
        return qsyntax.attach(Q.Term(self.match.group("field"), value.strip(), boost=self.boost), self)


class _CitesTagger(RegexTagger):
    def create(self, parser: QueryParser, match: "re.Match[str]") -> _CitesNode:
        return _CitesNode(match)


class CitesPlugin(Plugin):
    """``cites:`` and ``statute:`` with a statute reference (resolved in :func:`_rewrite`)."""

    def taggers(self, parser: QueryParser) -> list:
        return [(_CitesTagger(CITES), -1)]  # before field names and phrases


class _WordAlone(Q.Term):
    """The term of a word the parser read from a word typed on its own (:func:`_stands_alone`:
    ``执``, ``title:执``, ``执*``), which :func:`_rewrite` makes the query :func:`_text_term` says;
    never searched as it is."""


class _Parser(QueryParser):
    """Whoosh's parser, the term of a word typed on its own in a text field (or beside
    words) given as :class:`_WordAlone`."""

    def term_query(self, fieldname: str, text: str, termclass: type, boost: float = 1.0,  # type: ignore[override]
                   tokenize: bool = True, removestops: bool = True) -> Q.Query:
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if not tokenize or not (fieldname == DEFAULT_FIELD or fieldname in TEXT_FIELDS):
            return q
        if type(q) is Q.Term:
            typed = _typed_words(text, 0, len(text))
            if len(typed) == 1 and typed[0][1]:
                return _WordAlone(q.fieldname, q.text, boost=q.boost)
        elif type(q) in (Q.And, Q.Or) and all(type(sub) is Q.Term for sub in q.subqueries):
            # title:执*行, title:中院-法院: the words a sign or a mark parts, each typed on its own
            alone = {w for w, own in _typed_words(text, 0, len(text)) if own}
            if alone:
                return type(q)([_WordAlone(sub.fieldname, sub.text, boost=sub.boost) if sub.text in alone else sub
                                for sub in q.subqueries], boost=q.boost)
        return q


class ExactPhrasePlugin(PhrasePlugin):
    """``"…"`` means this exact text (see :mod:`.phrase`), not a sequence of jieba words."""

    def taggers(self, parser: QueryParser) -> list:
        return [(_PhraseTagger(self.expr), 0)]


def _get_parser() -> QueryParser:
    global _parser
    if _parser is None:
        schema = build_schema()
        schema.add(DEFAULT_FIELD, schema["text"])  # unqualified words are analysed as text
        p = _Parser(DEFAULT_FIELD, schema, group=AndGroup)
        p.remove_plugin_class(PhrasePlugin)
        p.remove_plugin_class(WildcardPlugin)  # no wildcards: 执* is 执, in a field as beside words
        p.add_plugin(DatePlugin())
        p.add_plugin(CitesPlugin())
        p.add_plugin(ExactPhrasePlugin())
        p.add_plugin(PlusMinusPlugin())
        _parser = p
    return _parser


def _as_typed(typed: str, checked: str, at: int, op: str) -> tuple[int, str]:
    """The operator ``op`` found at ``at`` in ``checked`` (the query as read), as its position
    and spelling in ``typed``: a full-width ＋, － or ＮＯＴ is named as typed, not as read."""
    at = syntax.typed_position(typed, checked, at)
    spelt = typed[at:at + len(op)]
    return at, spelt if syntax.normalize(spelt) == op else op


def _typed_runs(named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Operators named as typed (position, spelling), signs typed side by side joined
    into the one run they were typed as (``--`` and ``+`` of ``-- +``, not ``-``, ``-``, ``+``)."""
    runs: list[tuple[int, str]] = []
    for at, op in named:
        if runs and syntax.normalize(op) in syntax.SIGNS and runs[-1][0] + len(runs[-1][1]) == at \
                and syntax.normalize(runs[-1][1][-1]) in syntax.SIGNS:
            runs[-1] = (runs[-1][0], runs[-1][1] + op)
        else:
            runs.append((at, op))
    return runs


def parse_query(text: str, vocab: Vocabulary | None = None, *, lenient: bool = False,
                require_all: bool = True) -> Q.Query:
    """Parse a user query; an empty one, or ``*`` alone, matches every document.

    A syntax error raises QuerySyntaxError naming its position, unless ``lenient``,
    which drops unbalanced quotes and brackets and reads unknown fields as text.
    A plain query (words only) requires every word (``require_all``); a
    natural-language question ranks on all its words without requiring each. With
    a ``vocab``, facet values in ``field:value`` are resolved from short forms, a
    word with synonyms also matches them, and a court, mechanism or region named in
    a plain query also matches the articles tagged with it.
    """
    if not isinstance(text, str):
        raise TypeError(f"query must be str, not {type(text).__name__}")
    try:
        return _parse_query(text, vocab, lenient, require_all)
    except QuerySyntaxError:
        # a query put in brackets before a date range (from, to): its own mistake, as typed
        # (an unbalanced quote, not the bracket it was put in; its positions, not one more)
        query = None if lenient else syntax.bracketed_query(text)
        if query is not None:
            _parse_query(query, vocab, lenient, require_all)
        raise


def _parse_query(text: str, vocab: Vocabulary | None, lenient: bool, require_all: bool) -> Q.Query:
    """:func:`parse_query` of ``text`` as it is given."""
    if syntax.is_everything(text):
        return Q.Every()
    # 省份:湖南 → province:湖南; an error names the query as typed, its positions in that text
    typed, text = text, syntax.unquote_values(syntax.normalize(syntax.english_fields(text)))
    if not syntax.is_plain(text) and asks(text):
        text = syntax.unquoted_question(text)
    problem = syntax.check(text)
    if problem is not None:
        if not lenient:
            message, position = problem
            position = syntax.typed_position(typed, text, position)
            error = QuerySyntaxError(f"query syntax: {message} at position {position}: {typed!r}"
                                     f"{syntax.advice(message)}", position)
            raise naming(error, " (lenient=True drops it)") if syntax.advice(message) else error
        text = syntax.repair(text)
    checked, (text, dropped) = text, syntax.drop_dangling(text)  # 执行 NOT, AND 执行: the operator has nothing to act on
    if dropped and syntax.operators_only(text):
        if not lenient:  # named as typed (＋, －, ＮＯＴ), where the first of them is
            named = _typed_runs([_as_typed(typed, checked, at, op) for at, op in dropped])
            raise QuerySyntaxError(f"query syntax: {' '.join(dict.fromkeys(op for _, op in named))} alone: an"
                                   " operator needs words (执行 AND 湖南, 执行 OR 执转破, 执行 NOT 湖南, 执行 -湖南)"
                                   f" at position {named[0][0]}: {typed!r}", named[0][0])
        return Q.NullQuery
    if dropped and not lenient and min(dropped)[1] in syntax.SIGNS:  # 交叉执行 -, - 终本: no word right after it
        at, sign = min(dropped)
        at = syntax.typed_position(typed, checked, at)
        sign = typed[at:at + 1] or sign  # － or ＋ (or !, NOT) as typed
        leave = sign if sign in "!！" else "-"
        raise naming(QuerySyntaxError(
            f"query syntax: {sign} at position {at} has no word right after it: write it right before the word,"
            f" with no space, {leave} to leave the word out, + to require it (交叉执行 {leave}终本, +执转破), or leave it"
            f" out (lenient=True drops it): {typed!r}", at), " (lenient=True drops it)")
    if dropped and not lenient:  # 执行 AND: an error, as AND alone is (lenient: dropped, the rest searched)
        at, op = min(dropped)
        at = syntax.typed_position(typed, checked, at)
        if typed[at:at + 1] in ("|", "｜", "&", "＆"):  # 执行 ｜: named as typed, with the operator it means
            op = f"{re.match('[|｜&＆]+', typed[at:]).group()} ({op})"  # type: ignore[union-attr]
        raise naming(QuerySyntaxError(f"query syntax: {op} at position {at} has nothing to act on: put words on both"
                                      f" sides of AND and OR and after NOT (执行 AND 湖南, 执行 NOT 湖南), or leave it out"
                                      f" (lenient=True drops it): {typed!r}", at), " (lenient=True drops it)")
    if not lenient:
        _check_words(typed, text)
    elif not syntax.has_words(text):  # 😀, ！！, ？: nothing the index keeps, so nothing found
        return Q.NullQuery
    if syntax.is_plain(text):
        return _plain_query(text, vocab, require_all and not asks(text), lenient)
    words, found = syntax.clauses(text)
    question = bool(found and words and asks(words))
    if question or found and words and syntax.is_plain(words) and not syntax.is_everything(words) \
            and not any(_LEFT_TO_PARSER.match(clause) for clause in found):
        # a question beside field clauses (its words rank, any of them), or plain words beside
        # them (荆州中院 province:湖北, 多元化解 date:[2024 TO *]) read as a plain query reads them,
        # so that a court, mechanism or region they name keeps its tag; the clauses select
        asked = _plain_query(words, vocab, require_all and not question, lenient)
        selected = parse_query(" ".join(found), vocab, lenient=lenient)
        return selected if asked is Q.NullQuery else Q.And([asked, selected])
    text = _signs_in_groups(text)
    try:
        q = _get_parser().parse(text)
        if q is Q.NullQuery and (negated := _minus_as_not(text)) != text:
            q = _get_parser().parse(negated)  # only exclusions: `-x` means what `NOT x` means
    except Exception as e:  # Whoosh's parser raises assorted types on odd input
        if not lenient:
            raise QuerySyntaxError(f"query syntax: cannot parse {typed!r}: an operator (AND, OR, NOT, -, +) there"
                                   " has nothing to act on; lenient parsing reads it as words") from e
        return _plain_query(syntax.plain_words(text), vocab, require_all, lenient)
    if q is Q.NullQuery:
        return q
    units = len({str(leaf) for leaf in q.leaves()})
    if units > MAX_UNITS:
        if not lenient:
            raise naming(QuerySyntaxError(f"query syntax: {units} distinct words; at most {MAX_UNITS} are allowed{_FEWER}",
                                          None), " (lenient=True drops it)")
        return _plain_query(syntax.plain_words(text), vocab, require_all, lenient)
    return _rewrite(q, vocab, lenient)


#: Operators, brackets and signs between clauses: no symbols searched for.
_SYMBOLS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b|[()\[\]{}+\-]")


def _check_words(typed: str, text: str) -> None:
    """Raise :class:`QuerySyntaxError` when the query ``typed`` (``text`` normalized) holds no
    word to search for (``😀``, ``！！``, ``？``, ``title:＃``: :func:`.syntax.has_words`), or
    holds symbols alone beside its field clauses (``😀 province:湖北``; ``😀`` searched
    ``--from 2020``), which would otherwise select every article the clauses do."""
    beside = ""
    if syntax.has_words(text):
        if ":" not in text and "-" not in text and "NOT" not in text:
            return  # words, and no field clause or exclusion beside them
        words, found = syntax.clauses(text)
        if not (found and _SYMBOLS.sub(" ", words).strip()) or syntax.has_words(words):
            return  # words, or no more than operators between clauses (year:2023 OR year:2024)
        shown = syntax.without_dates(typed)  # the query a date range was added to, as typed
        beside = "" if shown != typed and syntax.is_plain(shown) else " beside its field clauses and exclusions"
        typed = shown
    symbols = _quoted_symbols(typed)
    at = max(typed.find(symbols[1:-1]), 0)
    raise QuerySyntaxError(f"query syntax: no word to search for, only symbols{beside}, at position {at}: {typed!r};"
                           f" search for words, or quote the symbols to find them as printed ({symbols})", at)


def _quoted_symbols(typed: str) -> str:
    """The first symbols of a query ``typed`` that holds no word beside them, as the phrase
    that finds them as printed (``😀`` → ``"😀"``, ``！！`` → ``"！！"``), left of its field
    names, operators, brackets and signs (``title:(😀)``, ``-😀 OR ＃``, ``province:湖北 😀`` → ``"😀"``)."""
    bare = re.sub(r'(?<![\w.])[A-Za-z_]\w*[:：]|\b(?:AND|OR|NOT)\b|[()（）\[\]［］{}｛｝"＂“”「」『』]', " ", typed)
    pieces = [piece.lstrip("-+!－＋！") or piece for piece in bare.split() if not _WORDLIKE.search(piece)]
    return f'"{pieces[0]}"' if pieces else '"…"'


def asks(text: str) -> bool:
    """Whether the query ``text`` is read as a natural-language question
    (:func:`.syntax.is_question`), its words ranked as the segmenter cuts them, none
    required: not one word with a question mark (``执?``, ``湘？``, ``老赖?``), which is that
    word typed on its own, as ``执*`` is ``执``: there are no wildcards."""
    if not syntax.is_question(text):
        return False
    if "?" not in text and "？" not in text:
        return True
    return _asks_with_question_marks(text)


@functools.lru_cache(maxsize=256)
def _asks_with_question_marks(text: str) -> bool:
    """:func:`asks` of a question holding ``?`` or ``？`` (its words cut once per query text)."""
    words, _found = syntax.clauses(syntax.normalize(text))
    if any(marker in words for marker in syntax.QUESTION_MARKERS if marker not in "?？"):
        return True
    bare = words.translate(_QUESTION_MARKS)
    return len({w for w, _s, _e in analysis.words(bare, short=True)}) != 1


_QUESTION_MARKS = str.maketrans({"?": " ", "？": " "})


_MINUS = re.compile(r'"[^"]*"|(?:(?<=^)|(?<=[\s(]))-(?=[^\s-])')


def _signs_in_groups(text: str) -> str:
    """``text`` with each ``-x`` written ``NOT x`` and each ``+x`` written ``x`` (required, as
    every word is), at the top as inside brackets: Whoosh fails on the signs inside a group,
    and at the top reads them as marks on the whole query, so that ``调解 OR -执行`` would
    be ``调解`` without ``执行`` rather than ``调解 OR NOT 执行``. A ``-`` or ``+`` joining two words
    (``中院统筹-基层法院``, ``title:中院-法院``) makes them a group, both required as in a plain query,
    not an exclusion; phrases, ranges, the values of other fields (``date:2024-03-05``) and
    ``cites:``/``statute:`` clauses (``cites:刑法 300-313``, a range of articles) are left as they are."""
    if "-" not in text and "+" not in text:
        return text
    out: list[str] = []
    depth = ranges = 0
    quoted = in_value = False
    field = ""
    cited = {i for m in CITES.finditer(text) for i in range(m.start(), m.end())}  # cites:刑法 300-313: a range
    for i, c in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if c == '"':
            quoted = not quoted
        elif quoted:
            pass
        elif ranges:
            ranges -= c in "]}"
        elif c in "[{":
            ranges += 1
        elif c in "()" or c.isspace():
            depth += (c == "(") - (c == ")")
            in_value = False
        elif c == ":":
            in_value = True
            field = re.split(r"[\s()]", "".join(out))[-1]
        elif c in "-+" and not after.isspace() and after not in "-+)" and i not in cited:
            if before.isspace() or before == "(":
                out.append("NOT " if c == "-" else "")
                continue
            elif not in_value:
                out.append(_JOIN)
                continue
            elif field in TEXT_FIELDS:  # title:中院-法院: both words in the title, as the field reads them
                out.append("、")
                continue
        out.append(c)
    text = "".join(out)
    return _JOINED.sub(lambda m: "(" + m.group().replace(_JOIN, " ") + ")", text) if _JOIN in text else text


_JOIN = "\ue000"  # a private-use character standing for a joining sign while a query is rewritten
_JOINED = re.compile(rf"[^\s()]*{_JOIN}[^\s()]*")


def _minus_as_not(text: str) -> str:
    """``text`` with each ``-`` operator (``-x`` outside a phrase) written ``NOT x``:
    Whoosh reads a query made of ``-x`` parts alone as matching nothing."""
    return _MINUS.sub(lambda m: m.group() if m.group().startswith('"') else "NOT ", text)


def _plain_query(text: str, vocab: Vocabulary | None, require_all: bool, lenient: bool,
                 concepts: "list[tuple[int, int, str, str]] | None" = None) -> Q.Query:
    """Words, with named concepts as units: AND of the units (OR when not ``require_all``);
    ``concepts``: those of ``text`` when already found."""
    units: list[Q.Query] = []
    pos = 0
    question = asks(text)
    if concepts is None:
        concepts = vocab.concepts(fold(text)) if vocab else []
    if concepts:
        concepts = _whole_words(text, concepts)
    span = None
    for start, end, facet, value in concepts:  # same offsets
        if (start, end) == span:  # another value of the same words (a citation naming a mechanism too)
            last = units[-1]
            units[-1] = Q.Or([*(last.subqueries if isinstance(last, Q.Or) else [last]),
                              Q.Term(facet, value, boost=CONCEPT_WEIGHT)])
            continue
        if start < pos:
            continue
        span = (start, end)
        units += _word_units(text, pos, start, vocab, question)
        own = [_word(w, vocab, alone=alone and not question) for w, alone in _typed_words(text, start, end)]
        literal = own[0] if len(own) == 1 else Q.And(own)
        if len(own) > 1:  # a name the segmenter cuts (智慧执行 of a taxonomy of one's own): its synonyms, whole
            literal = _with_synonyms(literal, fold(text[start:end]), vocab)
        units.append(Q.Or([literal, Q.Term(facet, value, boost=CONCEPT_WEIGHT)]) if own else
                     Q.Term(facet, value, boost=CONCEPT_WEIGHT))
        pos = end
    units += _word_units(text, pos, len(text), vocab, question)
    units = _distinct(units)
    if len(units) > MAX_UNITS:
        if not lenient:
            raise naming(QuerySyntaxError(f"query syntax: {len(units)} distinct words; at most {MAX_UNITS} are allowed"
                                          f"{_FEWER}", None), " (lenient=True drops it)")
        units = units[:MAX_UNITS]
    if not units:  # only stop words (的, 了 …), which the index leaves out: found as exact text
        units = [ExactPhrase(None, piece) for piece in dict.fromkeys(text.split()) if _WORDLIKE.search(piece)]
        if not units or asks(text):
            return Q.NullQuery
    if len(units) == 1:
        return units[0]
    return Q.And(units) if require_all else Q.Or(units)


def _whole_words(text: str, concepts: "list[tuple[int, int, str, str]]") -> "list[tuple[int, int, str, str]]":
    """``concepts`` of ``text`` with each span widened to the query words it cuts into: a
    name found inside a longer word (失信人 in 失信人员, whose words are 失信 and 人员) is
    searched as the words typed, or-ed with its tag, never as a piece (员) that no text
    holds as a word of its own."""
    words = [(s, e) for _w, s, e in analysis.words(text, short=True)]
    out = []
    for start, end, facet, value in concepts:
        start = min((s for s, e in words if s < start < e), default=start)
        end = max((e for s, e in words if s < end < e), default=end)
        out.append((start, end, facet, value))
    return out


_WORDLIKE = re.compile(r"[^\W_]")

#: A clause of :func:`~.syntax.clauses` that excludes (``-湖南``, ``NOT court:荆州中院``), or a
#: statute clause, whose reference may go on after a space (``cites:民事诉讼法 第二百三十七条``):
#: beside them, words are left to the parser.
_LEFT_TO_PARSER = re.compile(r"-|NOT\s|(?:cites|statute):", re.IGNORECASE)


def _distinct(queries: list[Q.Query]) -> list[Q.Query]:
    """``queries`` without repeats, in first-seen order. Keyed by ``repr``, not by the queries
    themselves: Whoosh hashes a compound query by XOR, so the OR of one word over the text
    fields hashes alike for every word and a set of thousands of them compares each with each."""
    seen: dict[str, Q.Query] = {}
    for q in queries:
        seen.setdefault(repr(q), q)
    return list(seen.values())


def _word_units(text: str, start: int, end: int, vocab: Vocabulary | None, question: bool = False) -> list[Q.Query]:
    """The query of each word of ``text[start:end]`` but the question markers; in a
    ``question``, not a Latin letter standing alone (:func:`_lone_letter`). A word typed on
    its own anywhere in ``text`` is looked for as such (:func:`_text_term`), but in a
    ``question``, whose words rank the articles as the segmenter cut them (a character
    set apart there, 乡（镇）, is most often a piece of the sentence's words)."""
    words: dict[str, bool] = {}
    for w, s, e in analysis.words(text[start:end], short=True):
        if w in syntax.QUESTION_MARKERS or question and _lone_letter(text, start + s, start + e):
            continue
        words[w] = words.get(w, False) or not question and _stands_alone(text, start + s, start + e)
    return [_word(w, vocab, alone=alone) for w, alone in words.items()]


def _typed_words(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The words of ``text[start:end]``, each with whether it was typed on its own in ``text``
    (:func:`_stands_alone`)."""
    return [(w, _stands_alone(text, start + s, start + e)) for w, s, e in analysis.words(text[start:end], short=True)]


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the word printed at ``text[start:end]`` was typed on its own: no letter, digit
    or Han character right before or after it (a space, punctuation, a bracket, an operator's
    sign or a ``*`` there, or nothing), so that the segmenter did not cut it out of a longer run
    (``老赖被拘`` → 老赖, 拘)."""
    return not any(0 <= i < len(text) and text[i].isalnum() for i in (start - 1, end))  # (Han is alnum)


def _lone_letter(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one Latin letter standing alone, between spaces or
    punctuation (the ``I`` and ``a`` of ``What can I do?``): in a question, a pronoun or an
    article, which would match only the list numerals and letters of the texts (分为I、Ⅱ、Ⅲ,
    A.…B.…); a letter joined to Chinese (``I级``, ``A股``) is searched."""
    if end - start != 1 or not ("a" <= text[start].lower() <= "z"):
        return False
    return _stands_alone(text, start, end)


def _word(word: str, vocab: Vocabulary | None, boost: float = 1.0, *, alone: bool = False) -> Q.Query:
    """One query word across the text fields (:func:`_text_term`; ``alone``: typed on its
    own), or-ed with its synonyms."""
    return _with_synonyms(_text_term(None, word, boost, alone), word, vocab, boost)


def _with_synonyms(own: Q.Query, word: str, vocab: Vocabulary | None, boost: float = 1.0) -> Q.Query:
    """``own``, the query of ``word``, or-ed with the synonyms the vocabulary (the taxonomy
    the index was tagged with) gives ``word``, each at :data:`SYNONYM_WEIGHT`."""
    synonyms = [s for s in (vocab.expansions(word) if vocab else []) if s != word]
    if not synonyms:
        return own
    return Q.Or([own] + [_across_fields(s, boost * SYNONYM_WEIGHT) for s in synonyms])


def _text_term(field: str | None, word: str, boost: float, alone: bool) -> Q.Query:
    """The query of one word in the text ``field`` (None: in each text field, at its weight):
    the word as a term of the index, which holds a term where the segmenter cut the word
    out of the text, and also inside the longer words holding it when it is a dictionary
    word (:func:`~lawnews.index.analysis.chinese.subwords`: ``人民法院`` in 最高人民法院). A
    word typed on its own (``alone``) that the index may hold no term for where it is
    printed (:func:`_as_printed`) is looked for as printed, as its quoted form is: ``湘``
    finds 湘潭, ``案款`` finds 执行案款, ``执结`` finds 共执结 (cut 共执 结涉)."""
    if alone and _as_printed(word):
        return ExactPhrase(field, word, boost)
    if field is None:
        return Q.Or([Q.Term(f, word, boost=boost * w) for f, w in TEXT_FIELDS.items()])
    return Q.Term(field, word, boost=boost)


_HAN = re.compile(f"[{HAN}]+")


def _as_printed(word: str) -> bool:
    """Whether the query word (Han characters) is one the index holds as a term only where
    the segmenter happened to cut it so: one character, never a sub-word, or a word the
    segmenter's dictionary does not know (:func:`~lawnews.index.analysis.chinese.in_dictionary`)."""
    return _HAN.fullmatch(word) is not None and (len(word) == 1 or not analysis.in_dictionary(word, short=True))


def _across_fields(word: str, boost: float) -> Q.Query:
    """``word`` in every text field, each with its BM25F weight."""
    words = analysis.tokenize(word, short=True)
    if len(words) != 1:  # a synonym the segmenter splits: match it as exact text
        return ExactPhrase(None, word, boost)
    return Q.Or([Q.Term(f, words[0], boost=boost * w) for f, w in TEXT_FIELDS.items()])


def _listed_articles(value: str) -> list[str] | None:
    """A reference to a range or list of articles as one per article (see
    :func:`~lawnews.index.tagging.tagger.listed_articles`), else None (also for one that
    cannot be read: :func:`_unread_reference` says why)."""
    from ..index.tagging.tagger import listed_articles

    try:
        return listed_articles(value)
    except ValueError:
        return None


def _unread_reference(field: str, typed: str, vocab: Vocabulary) -> "UnknownFacetError | None":
    """The error ``--cites`` and ``cites=`` give, quoting the reference as typed, its
    ``argument`` the query (which holds the clause), for a ``field`` (``cites`` or ``statute``)
    clause's reference to no article there can be:
    a number that is no whole number from 1 (``刑法第-1条``), an article 0, a range backwards or
    too long (``刑法 313-300``), a number beyond the longest law of a law the law-name table
    knows (``刑法第99999条``; a law only the index's citations name is checked against them);
    else None."""
    from ..index.store.statutes import beyond_articles, odd_article
    from ..index.tagging.citations import WIDE_DIGITS
    from ..index.tagging.tagger import bare_reference, listed_articles

    error = odd_article(typed)
    if error is None:
        try:
            listed_articles(typed)
            listed_articles(bare_reference(typed))
        except ValueError as e:
            error = UnknownFacetError(str(e), facet=field, value=typed)
    if error is None:
        bare = bare_reference(typed.translate(WIDE_DIGITS))
        beyond = beyond_articles(bare, typed)
        if beyond is not None and vocab.resolve_citation(bare) is not None:
            error = beyond
    if error is not None:
        error.argument = "query"
    return error


def _rewrite(q: Q.Query, vocab: Vocabulary | None, lenient: bool = False) -> Q.Query:
    named = _named_word(q, vocab)
    if named is not None:
        return named
    if isinstance(q, Q.Term) and q.fieldname == DEFAULT_FIELD:
        return _word(q.text, vocab, q.boost, alone=isinstance(q, _WordAlone))
    if isinstance(q, Q.Term) and q.fieldname in TEXT_FIELDS:
        return _text_term(q.fieldname, q.text, q.boost, isinstance(q, _WordAlone))
    if q.is_leaf() and getattr(q, "fieldname", None) == DEFAULT_FIELD:  # a prefix, wildcard …
        return Q.Or([_in_field(q, f, w) for f, w in TEXT_FIELDS.items()])
    if isinstance(q, Q.Term) and q.fieldname == "cites" and re.search(r"(?:19|20)\d\d", q.text):
        from ..index.store.statutes import versioned_reference

        if versioned_reference(q.text) is not None:  # 2021年《民事诉讼法》第252条: pinned as typed, by the searcher
            return q
    if isinstance(q, Q.Term) and q.fieldname in ("cites", "statute") and vocab is not None:
        from ..index.tagging.tagger import bare_reference

        unread = _unread_reference(q.fieldname, q.text, vocab)
        if unread is not None:  # 刑法第0条, 刑法 313-300, 刑法第99999条: the error --cites gives
            if not lenient:
                raise unread
            return Q.Term(q.fieldname, q.text, boost=q.boost)  # lenient: kept, finding nothing
        # a range of bare numbers (刑法314至313) before its last number is read as an article;
        # statute: with articles is cites: (statute:刑法313, statute:刑法 300-313)
        listed = _listed_articles(q.text)
        # 刑法313, 刑法313条, 工伤保险条例14 → …第313条, as cited-by reads them
        q = Q.Term(q.fieldname, bare_reference(q.text), boost=q.boost)
        listed = listed or _listed_articles(q.text)
        if listed:  # cites:"公司法第十条至第十五条", cites:"刑法 300-313": any of them (backwards: an error)
            return Q.Or([_rewrite(Q.Term("cites", part, boost=q.boost), vocab, lenient) for part in listed])
        ref = vocab.resolve_citation(q.text, strict=False)  # 民诉法第237条 → cites; 刑法 → statute
        if ref is not None:
            law, article = ref
            return Q.Term("cites", f"{law} {article}", boost=q.boost) if article else Q.Term("statute", law, boost=q.boost)
        return q
    if isinstance(q, Q.Term) and q.fieldname in FACET_FIELDS and vocab is not None:
        canonical = vocab.resolve(q.fieldname, q.text)
        return Q.Term(q.fieldname, canonical or q.text, boost=q.boost)
    if isinstance(q, Q.Term) and q.fieldname == "year" and q.text == "*":  # year:[* TO *], which Whoosh gives as a term
        return Q.TermRange("year", None, None, boost=q.boost)
    if isinstance(q, Q.TermRange) and "*" in (q.start, q.end):  # year:[2023 TO *]: `*` is an open end
        return Q.TermRange(q.fieldname, None if q.start == "*" else q.start, None if q.end == "*" else q.end,
                           startexcl=q.startexcl, endexcl=q.endexcl, boost=q.boost)
    if isinstance(q, Q.Term) and q.fieldname == "source" and q.text:
        from ..index.ingest.sources import canonical_source
        from ..index.store.source_names import source_facet

        outlet = canonical_source(q.text) or q.text
        court = source_facet(outlet)  # an index built before courts were named once has the outlet's name
        return (Q.Term("source", outlet, boost=q.boost) if court == outlet
                else Q.Or([Q.Term("source", court), Q.Term("source", outlet)], boost=q.boost))
    if q.is_leaf():
        return q
    out = q.apply(lambda sub: _rewrite(sub, vocab, lenient))
    if type(out) in (Q.Or, Q.And) and out.boost != 1.0:  # (执行 OR 拍卖)^2: the boost goes to its words
        boost, out = out.boost, copy.copy(out)
        out.boost = 1.0
        out = _times(out, boost)
    return _without(out)


def _without(q: Q.Query) -> Q.Query:
    """An AND with ``NOT`` parts (``执行 NOT 调解``, ``(执行 -调解)``) as ``ANDNOT``: the rest
    less what they match, scored by the rest alone, as ``执行 -调解`` is (a ``NOT`` part of
    an AND would add a constant to the score of each match, lifting it above the other
    branches of an OR)."""
    if type(q) is not Q.And:
        return q
    subs = list(q.subqueries)
    nots = [s for s in subs if isinstance(s, Q.Not)]
    kept = [s for s in subs if not isinstance(s, Q.Not)]
    if not nots or not kept:
        return q
    rest = kept[0] if len(kept) == 1 else Q.And(kept)
    dropped = nots[0].query if len(nots) == 1 else Q.Or([n.query for n in nots])
    return Q.AndNot(rest, dropped)


def _times(q: Q.Query, factor: float) -> Q.Query:
    """``q`` with every scoring leaf's boost multiplied by ``factor``: a match scores the
    sum of its leaves' scores, so the whole scores exactly ``factor`` times as much
    (a group's boost, ``(执行 OR 拍卖)^2``, held by its words, where every
    evaluator and ``--explain`` read it). What a ``NOT`` or ``-`` excludes is left as it is."""
    if factor == 1.0 or isinstance(q, Q.Not):
        return q
    if type(q) in (Q.Or, Q.And):
        out = copy.copy(q)
        out.subqueries = [_times(sub, factor) for sub in q.subqueries]
        return out
    if isinstance(q, Q.AndNot):  # and exclusion.Without: only what is kept scores
        out = copy.copy(q)
        out.a = _times(q.a, factor)
        return out
    return q.with_boost(q.boost * factor)


def _named_word(q: Q.Query, vocab: Vocabulary | None) -> Q.Query | None:
    """A word of a query with operators (``湖南`` in ``-湖南``, ``湖南高院 AND 执行``), which the
    parser gives as one term or an AND of its segments, read as a plain query reads it when it
    names a court, mechanism or region: it also matches the articles tagged with it, so that
    ``-湖南`` leaves out exactly what ``湖南`` finds. A boosted one (``湖南^2``, ``长沙中院^2``)
    finds the same, scoring that many times more. None for any other part of a query."""
    if vocab is None:
        return None
    parts = list(q.children()) if isinstance(q, Q.And) else [q]
    if not parts or not all(isinstance(t, Q.Term) and t.fieldname == DEFAULT_FIELD for t in parts):
        return None
    boosts = {t.boost for t in parts}
    if len(boosts) != 1:
        return None
    text = _joined(t.text for t in parts)
    concepts = vocab.concepts(fold(text))
    if not concepts:
        return None
    outer = q.boost if isinstance(q, Q.And) else 1.0  # a Term's own boost is among ``boosts``
    return _times(_plain_query(text, vocab, True, True, concepts), outer * boosts.pop())


def _joined(words: "Iterable[str]") -> str:
    """The words of a segmented text put back together: Chinese ones side by side, as they
    were typed (湖南 高院 → 湖南高院), a space between two Latin words or numbers, which the
    segmenter keeps whole (2011 5 stays 2011 5, not 20115)."""
    out = ""
    for word in words:
        if out and _LATIN_EDGE.match(out[-1]) and _LATIN_EDGE.match(word[:1]):
            out += " "
        out += word
    return out


_LATIN_EDGE = re.compile(r"[0-9A-Za-z]")


def _in_field(q: Q.Query, field: str, weight: float) -> Q.Query:
    """A copy of the leaf ``q`` over ``field``, its boost times the field's weight."""
    out = copy.copy(q)
    out.fieldname = field  # type: ignore[attr-defined]
    out.boost = q.boost * weight
    return out


def query_terms(q: Q.Query, fields: "tuple[str, ...] | dict[str, float]" = TEXT_FIELDS) -> tuple[set[str], set[str]]:
    """``(words, phrases)`` that ``q`` looks for in ``fields`` (the text fields), negated
    parts excluded: ``title:执行 调解`` looks for 执行 in the title only, so the words of
    ``("text",)`` are 调解 alone."""
    out: set[str] = set()
    phrases: set[str] = set()

    def walk(node: Q.Query) -> None:
        if isinstance(node, Q.Not):
            return
        if isinstance(node, Q.AndNot):
            walk(node.a)
        elif isinstance(node, ExactPhrase):
            if any(f in fields for f in node.fields()):
                phrases.update(getattr(node, "parts", (node.text,)))  # a passage in parts: each part
        elif node.is_leaf():
            for field, text in node.iter_all_terms(phrases=True):
                if field in fields:
                    out.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        else:
            for child in node.children():
                walk(child)

    walk(q)
    return out, phrases
