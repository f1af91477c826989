"""The entry points: :func:`extract` (the citations of a text) and :func:`parse_reference`
(a statute article a user types).

In:  a text (a section of an article), or a typed reference; the law-name table.
Out: :func:`extract` → :class:`~.records.Citation` per mention in text order: one scan of
     :data:`_EVENTS` finds titles, back-references and article numbers, :mod:`.titles` adds the
     names written without brackets, :mod:`.references` ties each run of numbers to its law,
     :mod:`.wording` adds what the text says the article says; spans index the printed text
     (pinyin and glosses read past, traditional characters read as simplified).
     :func:`parse_reference` → ``(law, article label or None, candidates)``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from ...analysis.fold import cut as cut_spans, simplified, strip_ruby
from .drafts import drafted
from .names import LawNames
from .numbers import NUM, RUN, SUB, parse_articles, trailing_run
from .records import Citation, Law
from .references import REPEATED, assemble, repeated
from .text import compiled, overlap_test
from .jurisdictions import codes_named, of_taiwan
from .titles import (ISSUED, LAWLIKE, bare_names, bracketed_law, generic_kind, in_context, in_title, title_lines,
                     unopened_titles)
from .wording import glossed, with_quote


_ISSUER = (r"(?:最高人民法院|最高法院|最高法|最高院|最高人民检察院|最高检|两高)"
           r"(?:\s*[、和与及]\s*(?:最高人民检察院|最高检))?")
_BACK = tuple(f"{this}{what}" for this in ("该", "本", "同", "此", "上述", "前述")
              for what in ("司法解释", "法律", "法", "解释", "规定", "条例", "办法", "意见", "决定", "细则", "规则"))
#: Words ending in 本, 该, 此 or 同 that are no back-reference: 基本规定, 日本法, 应该规定, 因此法, 不同法律.
_NOT_BACK = {"本": "基根成版文样资日原副剧账课读范脚蓝底标书老工", "该": "应活", "此": "因如彼", "同": "不共相如协合认赞等"}
_BACK_RE = "|".join(f"(?<![{_NOT_BACK[b[0]]}]){b}" if b[0] in _NOT_BACK else b for b in _BACK)
_EVENTS = compiled(
    "(?=[《该本同此上前第关最两其])"  # where a branch may start: the scan skips to these characters at C speed
    rf"(?:(?P<wrapped>(?P<wi>{_ISSUER}\s*)?关于(?P<wp>[^《》〈〉，。；、：:“”\n]{{0,12}})[《〈](?P<wt>[^《》〈〉\n]{{1,40}})[》〉]"
    rf"(?P<ws>[^《》〈〉，。；：:“”\n]{{0,30}}?{ISSUED}(?:[（(][一二三四五六七八九十]+[)）])?))"
    rf"|(?P<bracket>(?P<issuer>{_ISSUER}\s*)?《(?P<title>[^《》\n]{{1,120}}(?:《[^《》\n]{{1,60}}》[^《》\n]{{0,60}})*)》)"
    rf"|(?P<back>{_BACK_RE})"
    rf"|(?P<this>(?:该|此|本|(?<![不共相如协合认赞等])同)条\s*{SUB}(?:\s*(?:[、和及或]\s*)?{SUB})*)"
    rf"|(?P<qi>(?<![\u4e00-\u9fff])其(?=\s*第\s*{NUM}\s*条))"  # 其第6条: the law its sentence is about
    rf"|(?P<run>{RUN}))"
)
#: A line opening with an article heading.
_HEADING_LINE = compiled(r"^[ \t\u3000]*(?:\d{1,2}[.、．][ \t\u3000]*)?第", re.M)
#: After a name ending in 法, what makes it a word of its own (法律, 法规, 法院, 法庭, 法官).
_NOT_NAME_AFTER = frozenset("律规院庭官")
#: A trial text named right after a title that is not one itself: 《民事诉讼法》(试行).
_TRIAL = compiled(r"\s*[（(]试行[)）]")
#: The number of one of a series printed right after its name: 解释（三）, 规定(二).
_ORDINAL = compiled(r"[（(][一二三四五六七八九十]{1,3}[)）]")
#: An article number without 第 (民诉法225条, 治安管理处罚法二十六条): kept where a Han character other than 第
#: (or a title's 》) stands right before it.
_DIGIT_ARTICLE = compiled(r"[0-9０-９一二三四五六七八九两十百千][0-9０-９零〇一二三四五六七八九十百千两]{0,8}\s*[条條]")
#: The glosses spam pages scatter through a text: (拼音:lǐ), [繁:寧], {练:mù}, 《繁:則》, 【pinyin:shēng】.
_GLOSS = compiled(r"[（(\[［{【《〔]\s*(?:拼音|pinyin|繁体|繁體|繁|练|練|读|讀)\s*[:：]"
                  r"[^（()）\[\]［］{}【】《》〔〕\n]{0,12}[)）\]］}】》〕]")


def _unglossed(text: str) -> tuple[str, list[int] | None]:
    """``(text without glosses, positions)`` as :func:`strip_ruby` gives them: ``positions[i]``
    is where character ``i`` of the result stands in ``text`` (and a last entry ``len(text)``);
    ``None`` and ``text`` itself when it has none."""
    if ":" not in text and "：" not in text:
        return text, None
    return cut_spans(text, (m.span() for m in _GLOSS.finditer(text)))


def extract(text: str, names: LawNames | None = None) -> tuple[Citation, ...]:
    """The statute citations of ``text``, in text order (see the module docstring)."""
    if "条" not in text and "條" not in text:
        return ()
    plain, where = strip_ruby(text)
    unglossed, moved = _unglossed(plain)
    if moved is not None:  # 管理(拼音:lǐ)条例, 总则《繁:則》: read without the glosses too
        plain, where = unglossed, moved if where is None else [where[i] for i in moved]
    if where is not None:  # 第七(qī)十六条: read without the pinyin, spans given in the printed text
        return tuple(replace(c, start=where[c.start], end=where[c.end - 1] + 1,
                             text=text[where[c.start]:where[c.end - 1] + 1]) for c in extract(plain, names))
    printed = text
    text = simplified(text)
    if "笫" in text:
        text = text.replace("笫", "第")  # 笫十条: a common misprint of 第  # 《中華人民共和國刑法》第二十條: the same length, so offsets hold for the printed text
    names = names or LawNames.default()
    events: list[tuple[int, int, str, Any]] = []
    spans: list[tuple[int, int]] = []  # bracketed titles: no bare name is looked for inside
    titled: list[re.Match[str]] = []  # titles holding an article number (关于〈刑法〉第三百一十三条的解释)
    for m in _EVENTS.finditer(text):
        if m.group("run") is not None:
            events.append((m.start(), m.end(), "run", m))
        elif m.group("this") is not None:
            events.append((m.start(), m.end(), "this", m))
        elif m.group("qi") is not None:
            events.append((m.start(), m.end(), "law", Law(m.start(), m.end(), "其", None, "backref", generic="*")))
        elif m.group("back") is not None:
            word = m.group("back")
            events.append((m.start(), m.end(), "law", Law(m.start(), m.end(), word, None, "backref",
                                                           generic=generic_kind(word))))
        else:
            law = bracketed_law(m, names)
            if law.law and "试行" not in law.law and _TRIAL.match(text, m.end()):
                law = replace(law, law=law.law + "（试行）")  # 《民事诉讼法》(试行): the trial text, another law
            spans.append((m.start(), m.end()))
            events.append((m.start(), m.end(), "law", law))
            if "条" in m.group():
                titled.append(m)
    unopened = unopened_titles(text, spans, names) if "》" in text else []
    events += unopened
    # a name of the table right before an Arabic article number without 第 (民诉法225条) is looked for there too
    digits = [m.start() for m in _DIGIT_ARTICLE.finditer(text)
              if m.start() and ("\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1] != "第"
                                or text[m.start() - 1] == "》")]
    for start, end, name in bare_names(text, events, spans, names, digits):
        if name.endswith("法") and text[end:end + 1] in _NOT_NAME_AFTER:
            continue  # 环境保护法律、法规, 知识产权法院: a word, not the law's name
        if name[-1] in "一二三四五六七八九十" and text[end:end + 1] in "十百零条款项":
            continue  # 婚姻法解释二十条: an article number, not the second interpretation
        if names.lengthens(text, start, end):  # 環境教育法第23條: a longer law's name the table lacks, not 教育法
            events.append((start - 2, end, "law", Law(start - 2, end, text[start - 2:end], text[start - 2:end],
                                                       "unknown")))
            continue
        laws = names.lookup(name)
        form = "interpretation" if names.kind(name) in ("interpretation", "derived") else "unbracketed"
        numbered = _ORDINAL.match(text, end)
        if numbered is not None:  # …若干问题的解释(三): the third of a series, not the first
            end, name = numbered.end(), name + numbered.group()
            laws = names.lookup(name)
            if len(laws) != 1:
                events.append((start, end, "law", Law(start, end, name, re.sub(r"\s+", "", name), "unknown",
                                                       lawlike=bool(LAWLIKE.search(name)))))
                continue
        events.append((start, end, "law", Law(start, end, name, laws[0] if len(laws) == 1 else None, form,
                                               laws if len(laws) > 1 else ())))
    taiwan = of_taiwan(text)  # 臺灣臺北地方法院…民法第184條: Taiwan's codes, not the mainland's laws of those names
    for start, end, name in codes_named(text, taiwan):  # 民法第184條 there, 日本民法第709条: names the table lacks
        k = bisect_right(spans, (start, len(text))) - 1
        if k < 0 or start >= spans[k][1]:  # (not inside a bracketed title)
            events = _without_laws_in(events, start, end)
            events.append((start, end, "law", Law(start, end, text[start:end], name, "unknown")))
    if unopened:  # its law, not a name inside it
        events = _without_laws_in_titles(events, unopened)
    if "\n" in text and _HEADING_LINE.search(text):  # (title lines matter to the headings under them only)
        for start, end, law in title_lines(text, names, events):  # its law, not the names inside it
            events = _without_laws_in(events, start, end)
            events.append((start, end, "law", law))
    events.sort(key=lambda e: (e[0], -e[1]))
    events = drafted(text, events, names)  # 《X（草案）》, X草案, 草案第N条: the draft's articles, not the law's
    read = [in_context(text, e, taiwan) for e in events]
    found = tuple(with_quote(text, c) for c in assemble(text, read, names))
    if "|" in text:  # 《民事诉讼法》(2021修订) | 《民事诉讼法》(2023修订) |: each column's headings in its version
        found = _by_columns(text, read, found)
    if "称" in text:
        found = _without_self_names(text, found)
    if REPEATED.search(text):
        found = repeated(text, found)
    if titled:
        overlaps = overlap_test((f.start, f.end) for f in found)
        inner = [c for m in titled for c in in_title(text, m, names) if not overlaps(c.start, c.end)]
        if inner:
            found = tuple(sorted((*found, *inner), key=lambda c: c.start))
    found = glossed(text, found)
    if text is printed:
        return found
    return tuple(replace(c, text=printed[c.start:c.end]) for c in found)


def _by_columns(text: str, events: list[tuple[int, int, str, Any]],
                found: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The citations of a table whose header row names one law in a version per column
    (``《民事诉讼法》(2021修订) | 《民事诉讼法》(2023修订) |``): the articles that law's name carries
    into the rows below (headings, continuations) are each of their column's version, not of the
    last version the header names. A row is a line holding ``|``; the table ends at a line without one."""
    versioned = [(e[0], e[3]) for e in events if e[2] == "law" and e[3].law and e[3].as_of]
    if len(versioned) < 2:  # no header naming one law in two versions
        return found
    out = list(found)
    header: tuple[str, dict[int, str]] | None = None
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if "|" not in line:
            header = None
            continue
        laws = [law for pos, law in versioned if start <= pos < at]
        if len(laws) > 1 and len({law.law for law in laws}) == 1 and len({law.as_of for law in laws}) == len(laws):
            columns = {text.count("|", start, law.start): law.as_of for law in laws}
            if len(columns) == len(laws):
                header = (laws[0].law, columns)
                continue
        if header is None:
            continue
        law, columns = header
        for i, c in enumerate(out):
            if start <= c.start < at and c.law == law and c.form in ("continuation", "backref") \
                    and (c.as_of is None or c.as_of in columns.values()):
                column = columns.get(text.count("|", start, c.start))
                if column is not None and column != c.as_of:
                    out[i] = replace(c, as_of=column)
    return tuple(out)


#: A bracket opening right after a citation to give it a short name: (下称…, (以下简称“…, (简称….
_NAMING = compiled(r"\s*[（(]\s*(?:以下)?(?:简|下)?称\s*[“\"「《]?\s*$")
_NAMED_CLOSE = compiled(r"\s*[”\"」》]?\s*[)）]")


def _without_self_names(text: str, found: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The citations without the short names one of them defines for itself (企业破产法第三十二条（下称第三十二条）):
    the name in the bracket repeats the articles just cited, no second mention of them."""
    out = list(found)
    for before, c in zip(found, found[1:]):
        if c.start >= before.end and c.articles == before.articles and c.law == before.law \
                and _NAMING.match(text[before.end:c.start]) and _NAMED_CLOSE.match(text, c.end):
            out.remove(c)
    return tuple(out) if len(out) < len(found) else found


def _without_laws_in(events: list[tuple[int, int, str, Any]], start: int, end: int,
                     keep: Law | None = None) -> list[tuple[int, int, str, Any]]:
    """``events`` without the laws named inside ``[start, end)`` (but ``keep``)."""
    return [e for e in events if not (e[2] == "law" and start <= e[0] and e[1] <= end and e[3] is not keep)]


def _without_laws_in_titles(events: list[tuple[int, int, str, Any]],
                            titles: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """``events`` without the laws named inside one of ``titles`` (``(start, end, "law", law)``),
    each title's own law kept: :func:`_without_laws_in` of each title in turn, in one pass."""
    spans = sorted(((start, end, law) for start, end, _kind, law in titles), key=lambda t: t[0])
    starts = [start for start, _end, _law in spans]
    widest: list[tuple[int, Any, int]] = []  # per title so far: the furthest end, its law, the furthest end of the others
    first, law_of, second = -1, None, -1
    for _start, end, law in spans:
        if end > first:
            first, law_of, second = end, law, first
        elif end > second:
            second = end
        widest.append((first, law_of, second))

    def inside(e: tuple[int, int, str, Any]) -> bool:
        k = bisect_right(starts, e[0]) - 1  # the titles that start at the event or before it: does another reach past it?
        if k < 0:
            return False
        first, law_of, second = widest[k]
        return (first if law_of is not e[3] else second) >= e[1]
    return [e for e in events if not (e[2] == "law" and inside(e))]


#: A typed reference's law before bare article numbers: it ends in no digit, space, 第, 年 or list mark.
_LAW_BEFORE_NUMBERS = r"^(?P<law>.*[^\d\s第年.\-/、，,])\s*"
#: A typed reference ending in two or more bare article numbers after the law
#: (``刑法 313 314``, ``刑法313、314``): the law, then the numbers.
_BARE_LIST = re.compile(_LAW_BEFORE_NUMBERS + r"(?P<ns>\d{1,4}(?:\s*[、，,]\s*\d{1,4}|\s+\d{1,4})+)\s*$")
#: A typed reference ending in one bare article number after the law (刑法313, 民诉法 237).
_BARE_ONE = re.compile(_LAW_BEFORE_NUMBERS + r"(?P<n>\d{1,4})\s*$")
#: More articles than any law has (民法典: 1260): a larger bare number is a year, not an article.
MOST_ARTICLES = 1500
#: Full-width digits as ASCII ones, for numbers typed in a reference (刑法 ３１３).
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
#: An article numbered 0 (第0条, 第〇条, 第零条), which no law has.
_ARTICLE_ZERO = re.compile(r"第\s*(?:0+|[０]+|[〇零]+)\s*条")


def bare_numbers(text: str) -> tuple[str, list[int]] | None:
    """A typed reference naming a law and two or more bare article numbers (``刑法 313 314``,
    ``刑法313、314``, full-width digits too) as ``(law, [313, 314])``; None for anything
    else (one number, a number no article has, ``第…条``)."""
    digits = text.strip().translate(WIDE_DIGITS).replace("，", ",")
    m = _BARE_LIST.match(digits)
    if m is None or "条" in m.group("law"):
        return None
    numbers = [int(n) for n in re.findall(r"\d+", m.group("ns"))]
    if max(numbers) > MOST_ARTICLES:
        return None
    return m.group("law").strip().strip("《》").strip(), numbers


#: A typed reference whose article number has 条 (or 之) but no 第 (``刑法313条``, ``刑法 133条之1``,
#: ``刑法133之一``), as the news prints them (``民诉法225条``): the law, the number, the 之 part, the rest.
_WITHOUT_DI = re.compile(r"(?P<law>.*[^\d\s第])\s*(?P<n>\d{1,4})\s*(?:条(?:之(?P<k>\d{1,2}|[一二三四五六七八九十]{1,3}))?"
                         r"|之(?P<k2>\d{1,2}|[一二三四五六七八九十]{1,3})条?)"
                         r"(?P<rest>(?:\s*第?[\d一二三四五六七八九十]+[款项])*)\s*")


def written_article(value: str) -> str:
    """A typed reference numbering its article without 第 (``刑法313条``, ``刑法 133条之1``,
    ``刑法133之一``) as one with it (``刑法第313条``, ``刑法第133条之1``); anything else (and a
    number beyond any law's articles, a year) as it is. cited-by, --cites and cites: read it alike."""
    m = _WITHOUT_DI.fullmatch(value.translate(WIDE_DIGITS))
    if m is None or not int(m.group("n")) or int(m.group("n")) > MOST_ARTICLES:
        return value
    part = m.group("k") or m.group("k2")
    return f"{m.group('law').strip()}第{int(m.group('n'))}条" + (f"之{part}" if part else "") + m.group("rest")


def bare_article(text: str) -> str:
    """A typed reference ending in a bare number after the law (``刑法313``, ``民诉法 237``),
    or numbering its article without 第 (:func:`written_article`: ``刑法313条``), as the article
    it means (``刑法第313条``); any other text as it is (``民事诉讼法2021``: a year, no article
    number). ``cited-by``, ``--cites`` and ``cites:`` read it alike."""
    text = written_article(text)
    digits = text.translate(WIDE_DIGITS)
    m = _BARE_ONE.match(digits.strip())
    if m is None or "条" in m.group("law") or int(m.group("n")) > MOST_ARTICLES:
        return text
    return f"{m.group('law')}第{int(m.group('n'))}条"


def article_zero(text: str) -> bool:
    """Whether a typed reference names article 0 (``刑法第0条``, ``刑法 0``, ``刑法 313 0``)."""
    bare = bare_numbers(text)
    if bare is not None:
        return 0 in bare[1]
    digits = text.strip().translate(WIDE_DIGITS)
    return bool(_ARTICLE_ZERO.search(digits) or re.search(r"[^\d\s第年.\-/]\s*0+\s*$", digits))


def parse_reference(text: str, names: LawNames | None = None) -> tuple[str, str | None, tuple[str, ...]] | None:
    """What a user names as a statute article (``民事诉讼法 第二百三十七条``, ``民诉法第237条``,
    ``刑法``): ``(law, article label or None, candidate laws when ambiguous)``, the law
    being the table's full title or the title as written; None when no law is named."""
    names = names or LawNames.default()
    text = text.strip()
    if bare_numbers(text) is not None:  # 刑法 313 314: two articles, never article 313314
        return None
    m = trailing_run(text)
    law_text = text[:m.start()] if m else text
    law_text = law_text.strip().strip("《》").strip()
    if not law_text:
        return None
    label = None
    if m is not None:
        arts = parse_articles(m.group().strip())
        if len(arts) != 1:
            return None
        label = arts[0].article
    laws = names.lookup(law_text)
    if len(laws) == 1:
        return laws[0], label, ()
    if laws:
        return "", label, laws
    return re.sub(r"\s+", "", law_text).replace("〈", "《").replace("〉", "》"), label, ()
