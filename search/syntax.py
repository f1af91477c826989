"""Checking a query string before parsing: full-width operators, balanced quotes
and brackets, known fields, valid dates.

:func:`normalize` leaves out ruby pinyin printed inside words (``執(zhí)行``) and
narrows what Chinese input methods type for the operators
(“ ” 「 」 『 』 ＂ → ``"``, （ ）［ ］｛ ｝, － ＋ ＊ ＜ ＝ ＞ ＾ ｜ ＆ ！, ： after a field name,
full-width letters and digits, the ideographic space, ～ typed as ``~`` after a word or
phrase while ``3～5年`` stays text; phrases kept as typed) one character for one, reads ``|``/``||`` as ``OR``, ``&&`` as ``AND`` and a ``!`` starting a
word as its ``-`` (NOT, as in Lucene: ``!湖南`` is ``-湖南``)
(:func:`typed_position` maps positions back to the string typed), and writes field
names in lower case (``TITLE:`` is ``title:``); :func:`starts_with_field` tells a field
clause (``title:执行``, ``省份：湖南``) by its start. :func:`check`
returns the first problem as ``(message, position)`` or None;
:func:`repair` removes what :func:`check` would complain about, for lenient
parsing (unbalanced quotes and brackets dropped, unknown ``field:`` prefixes read
as text, invalid dates dropped; :func:`plain_words` as the last resort).
:func:`blank_values` hides the values of non-text fields from did-you-mean.
:func:`is_question` tells a natural-language question (是否, 怎么办, 谁 …) from a
keyword query; in a question, quotation marks quote and brackets hold asides
(:func:`unquoted_question`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Callable

from ..index.analysis.fold import strip_ruby
from ..index.ingest.dates import DIGITS
from ..index.store.schema import FACETS, TEXT_FIELDS
from . import dates
from .closest import closest_name

#: Fields a query may name with ``field:``.
QUERY_FIELDS = frozenset({*TEXT_FIELDS, *FACETS, "date", "file"})

_FIELD = re.compile(r"(?<![\w.])([A-Za-z_]\w*):(?!//)")
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_OPERATORS = re.compile(r'["():\[\]{}]|\^\d|(?:^|\s)[-+]\S|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')

QUESTION_MARKERS = (
    "是否", "能否", "可否", "怎么办", "怎么", "怎样", "如何", "什么", "为什么", "为何", "哪些",
    "哪个", "哪里", "谁", "吗", "多少", "是不是", "有没有", "能不能", "可不可以", "请问", "？", "?",
)


#: Full-width forms of the operator characters, and full-width letters and digits,
#: → ASCII (one character each). ``：`` is narrowed only after a field name.
_NARROW = {
    **{ord(wide): narrow for wide, narrow in zip("（）［］｛｝－＋＊＜＝＞＿＾｜＆！", "()[]{}-+*<=>_^|&!")},
    **{code: chr(code - 0xFEE0) for code in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]},
    0x3000: " ",
}
#: A quote that opens a phrase → the quotes that may close it.
_CLOSING = {'"': '"＂', "＂": '"＂', "“": '”“"＂', "”": '”“"＂', "「": "」", "『": "』"}
_QUOTE = re.compile("[" + "".join(_CLOSING) + "」』]")
_WIDE = re.compile("[" + "".join(map(chr, _NARROW)) + "：＂“”「」『』]")
_WIDE_COLON = re.compile(r"(?<![\w.])([A-Za-z_]\w*)：")


#: Chinese names of the query fields, read as the English ones (``省份:湖南`` is
#: ``province:湖南``); docs/query-language.md lists them.
CHINESE_FIELDS = {
    "标题": "title", "小标题": "heading", "正文": "text", "全文": "text", "图片说明": "caption", "图注": "caption",
    "省份": "province", "省": "province", "城市": "city", "市": "city", "区县": "county", "县区": "county",
    "县": "county", "法院": "court", "法院层级": "court_level", "法院级别": "court_level", "层级": "court_level",
    "机制": "mechanism", "来源": "source", "媒体": "source", "年份": "year", "年": "year", "日期": "date",
    "时间": "date", "法律": "statute", "引用": "cites", "法条": "cites", "文件": "file",
}
#: The names above that traditional characters write otherwise (機制, 來源): the same fields,
#: as traditional text is found by simplified queries.
CHINESE_FIELDS.update({
    "標題": "title", "小標題": "heading", "圖片說明": "caption", "圖注": "caption", "圖註": "caption",
    "區縣": "county", "縣區": "county", "縣": "county", "法院層級": "court_level", "法院級別": "court_level",
    "層級": "court_level", "機制": "mechanism", "來源": "source", "媒體": "source", "時間": "date", "法條": "cites",
})
_CHINESE_FIELD = re.compile(
    r'(?P<phrase>"[^"]*"|“[^”]*”|「[^」]*」|『[^』]*』)'
    r"|(?:(?<=^)|(?<=[\s(（+\-－!！]))(?P<name>" + "|".join(sorted(CHINESE_FIELDS, key=len, reverse=True))
    + r")(?P<colon>[:：])")


def english_fields(text: str) -> str:
    """``text`` with each Chinese field name (:data:`CHINESE_FIELDS`) at the start of a
    clause, before ``:`` or ``：``, written as its English name; phrases are left as typed."""
    if not any(c in text for c in ":："):
        return text
    return _CHINESE_FIELD.sub(lambda m: m.group() if m.group("phrase") else CHINESE_FIELDS[m.group("name")] + ":",
                              text)


def field_name(name: str) -> str:
    """The English name of a field named on its own (``trends --by 省份``, ``by="Province"``):
    a Chinese name (:data:`CHINESE_FIELDS`) as its English one, any other in lower case,
    full-width letters narrowed (``ＣＯＵＲＴ``); the caller checks that it is a field it takes."""
    name = name.strip()
    return CHINESE_FIELDS.get(name) or normalize(name).lower()


_LEADING_NAME = re.compile(r"([A-Za-z_]\w*|" + "|".join(sorted(CHINESE_FIELDS, key=len, reverse=True)) + r")[:：]")


def starts_with_field(text: str) -> bool:
    """True when ``text`` begins with the name of a query field and its colon (``title:执行``,
    ``TITLE：执行``, ``ＴＩＴＬＥ：执行``, ``省份:湖南``): a field clause, whatever follows; a word
    that is no field name (``hello:``, ``宁夏:``) is none."""
    m = _LEADING_NAME.match(text.translate(_NARROW))
    return m is not None and (m.group(1).lower() in QUERY_FIELDS or m.group(1) in CHINESE_FIELDS)


def normalize(text: str) -> str:
    """``text`` with full-width operators, letters and digits narrowed, one character for one,
    and ruby pinyin inside words left out (``執(zhí)行`` → ``執行``).

    “…”, 「…」, 『…』 and ＂…＂ become ``"…"``; what is inside a phrase is exact text
    and stays as typed (``"建“1"`` is a phrase holding a curly quote). Field names
    are then written in lower case (:func:`lower_fields`).
    """
    return normalized(text)[0]


def normalized(text: str) -> tuple[str, list[int]]:
    """:func:`normalize` of ``text`` and, for each of its characters, the position in
    ``text`` of the character it stands for: an operator a bar or ``&&`` became
    (``交叉执行 ||`` → ``交叉执行  OR ``) stands for the bar, one set apart by spaces for itself,
    the spaces added for the operator's first character. A ``!`` (``！``) starting a word is
    its ``-``: Lucene's NOT (``执行 !湖南`` is ``执行 -湖南``). Ruby pinyin printed inside a word
    (``執(zhí)行``, as a query copied from such a page holds it) is left out, as the indexed
    text leaves it out: its brackets hold no group of words."""
    plain, where = strip_ruby(text)
    narrow = _narrowed(plain)  # one character for one
    if "～" in narrow:  # 执行～2, "执行 法院"～3: the operator ~; 3～5年 stays text
        narrow = _wide_tildes(narrow)
    if "!" in narrow:  # !湖南, !(执行 OR 调解), !title:执行: NOT, as Lucene reads ! (one character for one)
        narrow = _BANG.sub(lambda m: m.group() if m.group().startswith('"') else "-", narrow)
    spaced, origin = _tracked(_BAR_OPERATOR, narrow, _bar, where[:-1] if where else list(range(len(narrow))))
    if "AND" in spaced or "OR" in spaced or "NOT" in spaced:
        spaced, origin = _tracked(_GLUED_OPERATOR, spaced, _spaced, origin)
    if ':"' in spaced:  # 宁夏:"塞上江南": the colon of a word that is no field name is punctuation
        spaced = _COLON_BEFORE_PHRASE.sub(lambda m: m.group() if m.group(1) is None else m.group(1) + " ", spaced)
    return lower_fields(spaced), origin


#: A word that no field name can be (it does not start with a Latin letter, as :data:`_FIELD`
#: reads names, nor is a Chinese field name) and a colon, right before a phrase; phrases are
#: matched first so that their text is kept. The parser would glue the word and the colon into
#: the phrase (``宁夏:"塞上江南"`` as the phrase ``宁夏:塞上江南``).
_COLON_BEFORE_PHRASE = re.compile(r'"[^"]*"|(?<![\w.])(?![A-Za-z_])(?!(?:' + "|".join(CHINESE_FIELDS)
                                  + r'):)(\w+):(?=")')


def _tracked(pattern: re.Pattern[str], text: str, replace: "Callable[[re.Match[str]], str]",
             origin: list[int]) -> tuple[str, list[int]]:
    """``pattern.sub(replace, text)`` and ``origin`` (a position of the text typed for each
    character of ``text``) carried over: the characters of a replacement stand for the
    matched ones in turn, from its first character that is not a space, the last matched
    one for any beyond, and the first for the spaces before."""
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        new = replace(m)
        out.append(text[last:m.start()])
        kept += origin[last:m.start()]
        out.append(new)
        lead = len(new) - len(new.lstrip())
        span = m.end() - m.start()
        kept += [origin[m.start() + min(max(k - lead, 0), span - 1)] for k in range(len(new))]
        last = m.end()
    out.append(text[last:])
    kept += origin[last:]
    return "".join(out), kept


#: A ``!`` starting a word (at the start, after a space, a bracket or a bar, ``执行||!湖南``)
#: outside phrases, which is Lucene's NOT, the ``-`` of the word after it; phrases are matched
#: first so that their text is kept. A ``!`` after a word (``湖南!``, ``执行难！``, as a pasted
#: headline exclaims) is punctuation, left out as the words are read.
_BANG = re.compile(r'"[^"]*"|(?:(?<=^)|(?<=[\s(|&]))!')


#: ``|``, ``||`` (OR) and ``&&`` (AND) outside phrases; phrases are matched first so that
#: their text is kept.
_BAR_OPERATOR = re.compile(r'"[^"]*"|\|+|&&')


def _bar(m: re.Match[str]) -> str:
    """A bar (``|``, ``||``; ``｜`` narrowed) outside phrases as `` OR ``, ``&&`` as `` AND ``, as
    Lucene's query syntax and Elasticsearch's simple query string read them, with or without
    spaces around (``交叉执行｜执转破``); a phrase as it is."""
    return m.group() if m.group().startswith('"') else " AND " if m.group() == "&&" else " OR "


#: ``AND``/``OR``/``NOT`` typed against a quote or a bracket (``"甲"OR"乙"``, ``(甲)OR(乙)``,
#: ``甲 OR"乙"``), outside phrases; phrases are matched first so that their text is kept.
_GLUED_OPERATOR = re.compile(r'"[^"]*"'
                             r'|(?<=[")\]}])(AND|OR|NOT)(?=[\s"(\[{]|$)'
                             r'|(?:(?<=^)|(?<=[\s(\[{]))(AND|OR|NOT)(?=["(\[{])')


def _spaced(m: re.Match[str]) -> str:
    """An operator typed against a quote or a bracket set apart by spaces, as Lucene reads
    it (``"执行到位"OR"执结率"`` is ``"执行到位" OR "执结率"``: Whoosh's parser needs the spaces);
    a phrase as it is."""
    return m.group() if m.group().startswith('"') else f" {m.group()} "


#: The number of a numbered series of rules, in brackets right after the word ending a rule's
#: title (``…的解释（三）``, ``…规定(二)``, ``会议纪要（一）``), or the version a title names in
#: brackets after it (``民事诉讼法（2021修正）``, ``公司法(2023年修订)``): part of the title, not a group.
_TITLE_NUMBER = re.compile(r"(?<=解释|规定|意见|纪要|批复|决定|通知)[（(]([一二三四五六七八九十]{1,3})[）)]"
                           r"|(?<=[\u4e00-\u9fff])[（(]([\d０-９]{4}年?(?:[\d０-９]{1,2}月[\d０-９]{1,2}日)?(?:修正|修订|修改))[）)]")


def _narrowed(text: str) -> str:
    """``text`` with its full-width operators, letters and digits narrowed outside
    phrases and its phrases' quotes made ``"`` (see :func:`normalize`); the number of a
    rule's series after its title (:data:`_TITLE_NUMBER`) keeps full-width brackets."""
    if not _WIDE.search(text) and not _TITLE_NUMBER.search(text):
        return text
    parts: list[str] = []
    pos = 0
    while (m := _QUOTE.search(text, pos)) is not None:
        parts.append(_narrow(text[pos:m.start()]))
        closers = _CLOSING.get(m.group(), m.group())
        close = next((i for i in range(m.end(), len(text)) if text[i] in closers), None)
        if close is None:  # unbalanced (an error, or dropped when lenient)
            parts.append('"' + _narrow(text[m.end():]))
            return "".join(parts)
        parts.append('"' + text[m.end():close] + '"')
        pos = close + 1
    parts.append(_narrow(text[pos:]))
    return "".join(parts)


_UPPER_FIELD = re.compile(r"(?<![\w.])[A-Za-z_]*[A-Z]\w*:")


def lower_fields(text: str) -> str:
    """``text`` with each field name written in capitals (``TITLE:``, ``Court:``) in lower
    case: field names are case-insensitive; a word that is no field name stays as typed."""
    if not _UPPER_FIELD.search(text):
        return text
    for name, pos in _fields(text):
        if name != name.lower() and name.lower() in QUERY_FIELDS:
            text = text[:pos] + name.lower() + text[pos + len(name):]
    return text


def _narrow(text: str) -> str:
    """``text`` (no phrase) narrowed, but for the number of a rule's series or the version
    after its title (:data:`_TITLE_NUMBER`), written with full-width brackets, which are no
    operators: ``statute:…的解释（三）``, ``cites:…解释(三)第五条`` and ``cites:民事诉讼法（2021修正）第234条``
    keep the bracket in their value instead of being cut at it."""
    parts: list[str] = []
    pos = 0
    for m in _TITLE_NUMBER.finditer(text):
        parts += [_narrow_plain(text[pos:m.start()]), f"（{(m.group(1) or m.group(2)).translate(_NARROW)}）"]
        pos = m.end()
    return "".join(parts) + _narrow_plain(text[pos:])


def _narrow_plain(text: str) -> str:
    text = text.translate(_NARROW)
    return _WIDE_COLON.sub(lambda m: m.group(1) + (":" if m.group(1).lower() in QUERY_FIELDS else "："), text)


def _scan(text: str) -> tuple[list[int], list[tuple[str, int]], list[int]]:
    """Positions of unmatched quotes, unclosed openers, and stray closers."""
    quote: int | None = None
    stack: list[tuple[str, int]] = []
    stray: list[int] = []
    for i, c in enumerate(text):
        if c == '"':
            quote = i if quote is None else None
        elif quote is not None:
            continue
        elif c in _PAIRS:
            stack.append((c, i))
        elif c in _CLOSERS:
            if stack and (stack[-1][0] == _CLOSERS[c] or (stack[-1][0] in "[{" and c in "]}")):
                # a range may mix its brackets (Lucene's [2020 TO 2024}: the curly end exclusive)
                stack.pop()
            else:
                stray.append(i)
    return ([quote] if quote is not None else []), stack, stray


def _fields(text: str) -> list[tuple[str, int]]:
    """``(name, position)`` of each ``name:`` outside quotes."""
    out = []
    in_quote = False
    last = 0
    for m in _FIELD.finditer(text):
        in_quote ^= text.count('"', last, m.start()) % 2 == 1
        last = m.start()
        if not in_quote:
            out.append((m.group(1), m.start()))
    return out


def check(text: str) -> tuple[str, int] | None:
    """The first syntax problem of ``text`` as ``(message, position)``, or None."""
    quotes, unclosed, stray = _scan(text)
    problems: list[tuple[int, str]] = []
    problems += [(p, "unbalanced quote") for p in quotes]
    problems += [(p, f"unclosed {c!r}") for c, p in unclosed]
    problems += [(p, f"unexpected {text[p]!r}") for p in stray]
    problems += [(m.start(), "empty phrase (a phrase needs words between its quotes)") for m in _empty_phrases(text)]
    unquoted = _masked(text, " ")
    problems += [(m.start(), "empty group (brackets need words between them: (执行 OR 执转破))")
                 for m in _EMPTY_GROUP.finditer(unquoted)]
    for m in _NOT_OPERATOR.finditer(unquoted):  # Whoosh's parser fails on these
        problems.append((m.start(), f"NOT followed by {m.group(1)} (NOT takes a word, a phrase or a group)"))
    masked = _masked(text, "x")  # a phrase as a word, for ~ and ^ after it
    for m in _SIGNS_IN_A_ROW.finditer(_masked_ranges(masked)):  # --湖南, +-湖南: which one acts?
        problems.append((m.start(), "signs in a row before a word: write one sign right before it (执行 -湖南 to"
                                    " leave it out, 执行 +湖南 to require it; lenient=True keeps the last one)"))
    for m in _TILDE.finditer(masked):
        problems.append((m.start(), "'~' is not supported (neither fuzzy words, 执行~2, nor phrase proximity,"
                                    ' "…"~5): write the words, an exact "phrase", or boost a word with ^ (执行^3)'))
    for m in _BAD_BOOST.finditer(masked):
        problems.append((m.start(), "'^' boosts the word, phrase or field clause before it by a number"
                                    ' (执行^3, "交叉执行"^2, title:执行^2)'))
    for name, pos in _fields(text):
        if name not in QUERY_FIELDS:
            meant = closest_name(name, sorted(QUERY_FIELDS))
            near = f", did you mean {meant}:?" if meant else ""
            problems.append((pos, f"unknown field {name!r}{near} (fields: {', '.join(sorted(QUERY_FIELDS))})"))
        elif name in ("year", dates.FIELD) and text.startswith("(", pos + len(name) + 1):
            example = ("year:2021 OR year:2022, or a range: year:[2021 TO 2022]" if name == "year" else
                       "date:2021-03 OR date:2022-03, or a range: date:[2021-03 TO 2022-03]")
            problems.append((pos, f"{name}: takes one value or a range, not a group: write each with its field ({example})"))
        elif name != dates.FIELD and _empty_value(text, pos, name):
            problems.append((pos, f"{name}: needs a value right after the colon ({_EXAMPLES.get(name, name + ':执行')})"))
        elif name not in ("year", dates.FIELD) and (wild := _wildcard_value(text, pos, name)):
            problems.append((pos, f"{name}:{wild} is no value: there are no wildcards; write a word or a value"
                                  f" ({_EXAMPLES.get(name, name + ':执行')}; a word is also found inside longer words)"))
        elif name == dates.FIELD:
            problems += [(p, what) for what, p in dates.problems(text, pos)]
        elif name == "year" and (bad := _bad_year(text, pos)) is not None:
            problems.append((pos, f"year must be a year of four digits (year:2024, year:[2020 TO 2024]), not"
                                  f" {bad.group()!r}"))
        elif name == "year" and (empty := _yearless_range(text, pos)) is not None:
            problems.append((empty.start(), f"year range {empty.group()} holds no year"))
    if not problems:
        return None
    pos, what = min(problems)
    return what, pos


#: What to write instead, after the message of a problem :func:`check` names (by its start).
_ADVICE = {
    "unbalanced quote": '; close the phrase with a second quote ("执行到位") or leave the quote out'
                        " (lenient=True drops it)",
    "unclosed '('": "; close the group with ')' ((执行 OR 调解) 湖南) or leave the bracket out (lenient=True drops it)",
    "unclosed '['": "; close the range with ']' or '}' (date:[2024-01 TO 2024-06]) or leave the bracket out"
                    " (lenient=True drops it)",
    "unclosed '{'": "; close the range with '}' or ']' (date:{2024-01 TO 2024-06}) or leave the bracket out"
                    " (lenient=True drops it)",
    "unexpected": "; open its group or range before it ((执行 OR 调解), date:[2024-01 TO 2024-06]) or leave the"
                  " bracket out (lenient=True drops it)",
}


def advice(message: str) -> str:
    """What to write instead of the problem ``message`` names (a quote or bracket left
    open or closing nothing), to be said after the query; '' when the message says it."""
    return next((said for start, said in _ADVICE.items() if message.startswith(start)), "")


def typed_position(typed: str, text: str, pos: int) -> int:
    """A position in ``text``, the query ``typed`` after :func:`normalize` and the like
    (an operator against a quote spaced apart, ``AND"`` → `` AND "``; a quoted year
    unquoted), as the position of the same character in ``typed``; a character the
    normalising added stands at the position it was added at."""
    if text == typed or pos <= 0:
        return max(pos, 0)
    narrow, origin = normalized(typed)
    if len(narrow) == len(text):  # what the checks changed (quoted years, operators dropped) kept each offset
        return origin[pos] if pos < len(origin) else len(typed)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, typed, text, autojunk=False).get_opcodes():
        if j1 <= pos < j2:
            return i1 if tag == "insert" else min(i1 + pos - j1, max(i1, i2 - 1))
    return len(typed)


_PHRASE = re.compile(r'"[^"]*"')


def _empty_phrases(text: str) -> "list[re.Match[str]]":
    """The phrases of ``text`` holding nothing but spaces (``""``, ``" "``), read from the
    first quote on: the quotes between two phrases side by side (``"执行难" "老赖"``,
    ``"执行难""老赖"``) close one and open the other, and hold no phrase."""
    return [m for m in _PHRASE.finditer(text) if not m.group()[1:-1].strip()]

_EMPTY_GROUP = re.compile(r"\(\s*\)")
#: A query that asks for every article, as an empty one does: ``*`` (or ``*:*``) alone.
_EVERYTHING = ("", "*", "*:*")


def is_everything(text: str) -> bool:
    """True for a query that selects every article: an empty one, or ``*`` (``＊``, ``*:*``)
    alone, as query_string reads it, typed in full width too (``＊：＊``: the colon of ``*:*``
    is no field's, so :func:`normalize` leaves it wide); filters then choose the articles."""
    return normalize(text).strip().replace("：", ":") in _EVERYTHING
_NOT_OPERATOR = re.compile(r"(?<![^\s(])NOT\s+(AND|OR|NOT|ANDNOT|ANDMAYBE)(?![^\s)])")
#: Two or more signs before one word (``--湖南``, ``+-湖南``, ``!-湖南`` read ``--湖南``), in the
#: query with its phrases and ranges blanked; a ``!`` after a sign is one too (``-!湖南``).
_SIGNS_IN_A_ROW = re.compile(r"(?<![^\s(])[-+][-+!]+(?=[^\s)\-+!])")


#: A clause's boost (^2, ^1.5), written after its value.
_BOOST = re.compile(r"\^\d+(?:\.\d+)?")
_YEAR_VALUE = re.compile(r"(?:\d{4}|[\[{]\s*(?:\d{4}|\*)\s+TO\s+(?:\d{4}|\*)\s*[\]}])(?:" + _BOOST.pattern + ")?")  # ^2: its boost

#: ``~`` after a word or a phrase (fuzzy words, phrase proximity), which the query language
#: does not have: with at most a number after it before a space, a bracket or the end, as a
#: ``～`` typed so is a ``~`` (:data:`_WIDE_TILDE`); a ``~`` between spaces, or in a range
#: written on (2023年~2024年, 3~5年), is text.
_TILDE = re.compile(r'(?<=[^\W\d]|")~(?=(?:\d+(?:\.\d+)?)?(?:\s|\)|$))')
#: A ``～`` typed as the operator ``~``: right after a word or a phrase (the phrases blanked
#: as words), with at most a number after it before a space, a bracket or the end
#: (``执行～2``, ``"执行 法院"～3``, ``执行～``). Chinese text writes ranges with it, which stay
#: text: between numbers (``3～5年``) or before more text (``2023年～2024年``, ``三～五年``),
#: as a ``～`` between spaces does.
_WIDE_TILDE = re.compile(r"(?<=[^\W\d])～(?=(?:\d+(?:\.\d+)?)?(?:\s|\)|$))")


def _wide_tildes(text: str) -> str:
    """``text`` (narrowed, phrases in ``"``) with each ``～`` typed as an operator
    (:data:`_WIDE_TILDE`, outside phrases) made ``~``, one character for one."""
    at = [m.start() for m in _WIDE_TILDE.finditer(_masked(text, "x"))]
    if not at:
        return text
    chars = list(text)
    for i in at:
        chars[i] = "~"
    return "".join(chars)
#: ``^`` that is no boost: a boost follows a word, phrase or bracket and is a number.
_BAD_BOOST = re.compile(r'(?:(?<=^)|(?<=[\s(]))\^|\^(?!\d+(?:\.\d+)?(?=$|[\s)]))')
#: An example clause of a field, for the message saying a clause has no value.
_EXAMPLES = {"year": "year:2024", "cites": 'cites:"民事诉讼法 第二百三十七条"', "statute": "statute:民诉法",
             "province": "province:湖南", "city": "city:荆州", "county": "county:石门县", "court": "court:荆州中院",
             "court_level": "court_level:中级", "mechanism": "mechanism:执转破", "source": "source:人民法院报",
             "file": "file:002_79b23406edc23697.txt"}


def _wildcard_value(text: str, pos: int, name: str) -> str:
    """The value of the ``name:`` clause at ``pos`` when it is only ``*`` and ``?`` (``text:*``,
    which Lucene reads as 'has the field'), else ''."""
    m = _VALUE.match(text, pos + len(name) + 1)
    return m.group() if m is not None and m.group() and not m.group().strip("*?") else ""


def _empty_value(text: str, pos: int, name: str) -> bool:
    """True when the ``name:`` clause at ``pos`` has nothing after its colon (a boost
    right after it, ``title:^2``, is no value)."""
    end = pos + len(name) + 1
    return end >= len(text) or text[end].isspace() or text[end] in ")^"


#: A binary operator with nothing before it (at the start of the query or its group, or
#: right after another binary operator: the second of ``执行 OR OR 调解``, ``执行 AND OR 调解``),
#: or any operator with nothing after it, in the query or its group (phrases blanked).
_DANGLING = re.compile(r"(?:^|(?<=\())\s*(AND|OR|ANDNOT|ANDMAYBE)(?![^\s)])"
                       r"|(?<![^\s(])(AND|OR|NOT|ANDNOT|ANDMAYBE)\s*(?=\)|$)"
                       r"|(?<![^\s(])(?:AND|OR|ANDNOT|ANDMAYBE)\s+(AND|OR|ANDNOT|ANDMAYBE)(?![^\s)])")
_ANY_WORD = re.compile(r"[^\s()]")
#: A ``+`` or ``-`` standing alone, no word right after it to act on (``交叉执行 -``,
#: ``- 终本``, ``(执转破 +)``), in the query with its phrases blanked.
_LONE_SIGN = re.compile(r"(?<![^\s(])[-+]+(?=[\s)]|$)")
#: The operators :func:`drop_dangling` names that are signs, not words.
SIGNS = ("-", "+")


def drop_dangling(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with each operator that has nothing to act on made spaces (``执行 NOT``,
    ``AND 执行``, ``(执行 OR)``: what is left is searched), and the operators dropped,
    each with its position in ``text``, in the order found.
    A query of operators only is left as it is (see :func:`operators_only`)."""
    dropped: list[tuple[int, str]] = []
    unquoted = _masked(text, "\ue001")
    for m in list(_LONE_SIGN.finditer(_masked_ranges(unquoted))):  # 交叉执行 -, - 终本: each sign of it
        dropped += [(m.start() + i, sign) for i, sign in enumerate(m.group())]
        unquoted = unquoted[:m.start()] + " " * len(m.group()) + unquoted[m.end():]
    while (m := _DANGLING.search(unquoted)) is not None:
        g = next(g for g in (1, 2, 3) if m.group(g) is not None)
        dropped.append((m.start(g), m.group(g)))
        unquoted = unquoted[:m.start(g)] + " " * len(m.group(g)) + unquoted[m.end(g):]
    dropped.sort()
    if not dropped:
        return text, []
    if not _ANY_WORD.search(unquoted):
        return text, dropped
    return "".join(" " if u == " " else c for c, u in zip(text, unquoted)), dropped


def operators_only(text: str) -> bool:
    """True for a query of operators and brackets only (``AND``, ``NOT``, ``(OR)``, ``-``, ``+ -``)."""
    words = _PHRASE.sub("x", text).replace("(", " ").replace(")", " ").split()
    return bool(words) and all(w in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE") or not w.strip("+-") for w in words)


def _masked_ranges(text: str) -> str:
    """``text`` with what is inside each range's brackets (``date:[2020 TO 2024]``) made
    ``x``, one for one: a sign there is the range's, no operator."""
    return re.sub(r"[\[{][^\]}]*[\]}]", lambda m: "x" * len(m.group()), text)


def _masked(text: str, fill: str) -> str:
    """``text`` with each quoted phrase written as ``fill`` repeated, one for one (offsets kept)."""
    return _PHRASE.sub(lambda m: fill * len(m.group()), text)


def _bad_year(text: str, pos: int) -> re.Match[str] | None:
    """The value of the ``year:`` clause at ``pos`` when it is no year or range of years."""
    m = _VALUE.match(text, pos + len("year:"))
    return None if m is None or _YEAR_VALUE.fullmatch(m.group()) else m


_YEAR_RANGE = re.compile(r"(?P<open>[\[{])\s*(?P<lo>\d{4})\s+TO\s+(?P<hi>\d{4})\s*(?P<close>[\]}])")


def _yearless_range(text: str, pos: int) -> re.Match[str] | None:
    """The range of the ``year:`` clause at ``pos`` when it holds no year (``[2024 TO 2020]``,
    ``{2023 TO 2024}``: its ends left out, none between), as a ``date:`` range holding no day."""
    m = _YEAR_RANGE.match(text, pos + len("year:"))
    if m is None:
        return None
    lo = int(m.group("lo")) + (m.group("open") == "{")
    hi = int(m.group("hi")) - (m.group("close") == "}")
    return m if lo > hi else None


def repair(text: str) -> str:
    """``text`` with what :func:`check` objects to removed (lenient parsing)."""
    quotes, unclosed, stray = _scan(text)
    drop = set(quotes) | {p for _c, p in unclosed} | set(stray)
    fixed = "".join(" " if i in drop else c for i, c in enumerate(text))
    for m in _empty_phrases(fixed):
        fixed = fixed[:m.start()] + " " * len(m.group()) + fixed[m.end():]
    while (m := _EMPTY_GROUP.search(_masked(fixed, "x"))) is not None:  # (), and (()) after it
        fixed = fixed[:m.start()] + " " * (m.end() - m.start()) + fixed[m.end():]
    for m in _SIGNS_IN_A_ROW.finditer(_masked_ranges(_masked(fixed, "x"))):  # --湖南: the sign before the word acts
        last = "-" if fixed[m.end() - 1] == "!" else fixed[m.end() - 1]
        fixed = fixed[:m.start()] + " " * (len(m.group()) - 1) + last + fixed[m.end():]
    masked = _masked(fixed, "x")
    for m in [*_TILDE.finditer(masked), *_BAD_BOOST.finditer(masked)]:  # ~ and ^ with its number
        end = m.end() + len(re.match(r"[\d.]*", fixed[m.end():]).group())  # type: ignore[union-attr]
        fixed = fixed[:m.start()] + " " * (end - m.start()) + fixed[end:]
    for name, pos in sorted(_fields(fixed), key=lambda f: -f[1]):
        if name not in QUERY_FIELDS:
            end = pos + len(name)
            fixed = fixed[:end] + " " + fixed[end + 1:]
        elif name != dates.FIELD and _empty_value(fixed, pos, name):  # a clause without a value (title:^2)
            end = pos + len(name) + 1
            end += len(re.match(r"(?:\^[\d.]*)?", fixed[end:]).group())  # type: ignore[union-attr]
            fixed = fixed[:pos] + " " * (end - pos) + fixed[end:]
        elif name not in ("year", dates.FIELD) and (wild := _wildcard_value(fixed, pos, name)):  # text:*
            end = pos + len(name) + 1 + len(wild)
            fixed = fixed[:pos] + " " * (end - pos) + fixed[end:]
        elif name == dates.FIELD and dates.problems(fixed, pos):  # a bad date is dropped
            m = dates.expression(fixed, pos)
            end = m.end() if m is not None else pos + len(name) + 1
            fixed = fixed[:pos] + " " * (end - pos) + fixed[end:]
        elif name == "year" and (bad := _bad_year(fixed, pos) or _yearless_range(fixed, pos)) is not None:
            fixed = fixed[:pos] + " " * (bad.end() - pos) + fixed[bad.end():]  # so is a bad year, or no year
    return fixed


_VALUE = re.compile(r'"[^"]*"?|[\[{][^\]}]*[\]}]?|[^\s()]*')


_QUOTED_BOUND = re.compile(r'"([^"\s]*)"')
#: A year with 年 after it, as a year clause's value or a bound of its range, or in the
#: numerals a date writes it in, with or without its 年 (二〇二四年, 二〇二四).
_YEAR_SUFFIX = re.compile(r'(?:(\d{4})年|(?<![^:\[{\s"])([〇零○一二三四五六七八九]{4})年?)(?=$|[\s\]}"^])')


def _year_digits(m: re.Match[str]) -> str:
    """The year :data:`_YEAR_SUFFIX` matched, in digits."""
    return m.group(1) or m.group(2).translate(DIGITS)


def unquote_values(text: str) -> str:
    """``text`` with the quoted values of ``year:`` and ``date:`` unquoted (``year:"2024"`` →
    ``year:2024``, ``date:["2024-01" TO 2024-06]`` → ``date:[2024-01 TO 2024-06]``): a quoted
    year or date means what it means unquoted. A year written with 年 is the year
    (``year:2024年`` → ``year:2024``, ``year:[2020年 TO 2024年]``), and so is one in the numerals
    of a date (``year:二〇二四年``, ``year:二〇二四``), as the ``--year`` filter takes them. The clause keeps its length (spaces after it)."""
    if '"' not in text and "年" not in text and not _YEAR_SUFFIX.search(text):
        return text
    for name, pos in sorted(_fields(text), key=lambda f: -f[1]):
        if name not in ("year", dates.FIELD):
            continue
        m = _VALUE.match(text, pos + len(name) + 1)
        if m is None or ('"' not in m.group() and (name != "year" or not _YEAR_SUFFIX.search(m.group()))):
            continue
        bare = _QUOTED_BOUND.sub(r"\1", m.group())
        if name == "year":
            bare = _YEAR_SUFFIX.sub(_year_digits, bare)
        end = m.end()
        if (boost := _BOOST.match(text, end)) is not None:  # date:"2024"^2: its boost kept beside it
            bare, end = bare + boost.group(), boost.end()
        text = text[:m.start()] + bare + " " * (end - m.start() - len(bare)) + text[end:]
    return text


def blank_values(text: str) -> str:
    """``text`` with each ``field:value`` of a field other than the text fields
    (dates, facets, files) blanked, one space per character: what did-you-mean may edit."""
    out, (narrow, origin) = text, normalized(text)
    for name, pos in _fields(narrow):
        if name in TEXT_FIELDS:
            continue
        m = dates.expression(narrow, pos) if name == dates.FIELD else None
        end = m.end() if m is not None else _VALUE.match(narrow, pos + len(name) + 1).end()  # type: ignore[union-attr]
        start, stop = origin[pos], origin[end - 1] + 1  # as typed: an operator spaced apart, ruby left out
        out = out[:start] + " " * (stop - start) + out[stop:]
    return out


def with_dates(query: str, start: str = "", end: str = "") -> str:
    """``query`` with the date range ``start``–``end`` (checked bounds, empty: open) added
    as a ``date:`` range: a query with operators in brackets, so that they do not bind
    the range, words or a question as they are (a question is read as one); no query
    (or ``*``) gives the range alone."""
    if not (start or end):
        return query
    dates_ = f"date:[{start or '*'} TO {end or '*'}]"
    if is_everything(query):
        return dates_
    return f"{query} {dates_}" if is_plain(query) else f"({query}) {dates_}"


_BRACKETED = re.compile(r"\((?P<query>.*)\) date:\[[^\]\s]* TO [^\]\s]*\]", re.S)


def bracketed_query(text: str) -> str | None:
    """The query :func:`with_dates` put in brackets before its date range
    (``("执行) date:[2020 TO *]`` → ``"执行``), or None for any other text: what a syntax
    error of the query is to name, as it was typed."""
    m = _BRACKETED.fullmatch(text)
    return m.group("query") if m else None


_DATED = re.compile(r"(?P<query>.+) date:\[[^\]]*\]")


def without_dates(query: str) -> str:
    """A plain query as it was before :func:`with_dates` added a date range to it
    (``交叉执行 date:[2020 TO *]`` → ``交叉执行``); any other query as it is."""
    m = _DATED.fullmatch(query)
    return m.group("query") if m and is_plain(m.group("query")) else query


def is_plain(text: str) -> bool:
    """True for words only: no operators, quotes, brackets or fields (full-width ones included)."""
    return not _OPERATORS.search(normalize(text))


#: A letter, a digit or a Chinese character: what a word is made of.
_WORD_CHARACTER = re.compile(r"[^\W_]")
_PHRASE = re.compile(r'"[^"]*"')
_FIELD_NAME = re.compile(r"(?<![\w.])([a-z_]\w*):")
_WORD_OPERATOR = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b")


def has_words(text: str) -> bool:
    """Whether ``text`` (normalized) holds something to search for: a phrase, a clause of a
    facet, a date or a file, or a letter, digit or Chinese character outside the operators
    and field names. A query of emoji or symbols alone (``😀``, ``！！``, ``title:＃＃``) holds
    none: the index keeps words, and symbols are found only inside a phrase (``"😀"``)."""
    if _PHRASE.search(text):
        return True
    if any(name not in TEXT_FIELDS for name in _FIELD_NAME.findall(text)):
        return True
    return bool(_WORD_CHARACTER.search(_WORD_OPERATOR.sub(" ", _FIELD_NAME.sub(" ", text))))


def is_question(text: str) -> bool:
    """True for a plain natural-language question (是否, 怎么办, 谁, ？ …), also when
    field clauses or exclusions stand beside it (``… date:[2020 TO *] court:荆州中院 -湖南``,
    see :func:`clauses`)
    and when it quotes words (``对方说“没钱还”怎么办``: in a question quotation marks
    quote, see :func:`unquoted_question`)."""
    words, _found = clauses(normalize(text))
    words = words.translate(_PUNCTUATION_IN_QUESTIONS)
    return is_plain(words) and any(m in words for m in QUESTION_MARKERS)


#: In a question, quotation marks quote and brackets hold an aside (……（如珠宝古董等）……),
#: and a ``！`` after a word exclaims (欠钱不还！怎么办): they are punctuation, not a phrase, a
#: group or a NOT (a ``!`` starting a word, ``!湖南`` beside the question, is the ``-`` it means).
_PUNCTUATION_IN_QUESTIONS = str.maketrans({'"': " ", "(": " ", ")": " ", "!": " "})


def unquoted_question(text: str) -> str:
    """A question (:func:`is_question`; ``text`` normalized) with the quotation
    marks and brackets of its words made spaces, its field clauses kept: what a
    question quotes or puts in brackets is words it asks about, not a phrase it
    requires or a group."""
    words, found = clauses(text)
    bare = words.translate(_PUNCTUATION_IN_QUESTIONS)
    return " ".join([bare, *found]) if bare != words else text


#: A field clause standing on its own: ``date:[2020 TO *]``, ``court:荆州中院``, ``title:"…"``.
_CLAUSE = re.compile(r'(?:(?<=^)|(?<=\s))[A-Za-z_][A-Za-z_0-9]*:(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|[^\s()"\[\]{}]+)'
                     r'(?=\s|$)')


#: An exclusion standing on its own: ``-湖南``, ``NOT 湖南``, ``-"执行到位"``, ``-court:荆州中院``.
_EXCLUSION = re.compile(r'(?:(?<=^)|(?<=\s))(?:-|NOT\s+)(?:[A-Za-z_][A-Za-z_0-9]*:)?(?:"[^"]*"|[^\s()"\-][^\s()"]*)'
                        r'(?=\s|$)')


def clauses(text: str) -> tuple[str, list[str]]:
    """``text`` (normalized) as the words around its field clauses and exclusions
    and those clauses and exclusions standing on their own at its top level, in order."""
    found = [m.group() for m in _CLAUSE.finditer(text)]
    words = " ".join(_CLAUSE.sub(" ", text).split()) if found else text
    excluded = [m.group() for m in _EXCLUSION.finditer(words)]
    if excluded:
        words = " ".join(_EXCLUSION.sub(" ", words).split())
    return words, found + excluded


_SPECIAL = re.compile(r'["()\[\]{}:^~*?\\/!&|+\-]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b')


def plain_words(text: str) -> str:
    """``text`` with every operator and special character removed: words only."""
    return " ".join(_SPECIAL.sub(" ", text).split())
