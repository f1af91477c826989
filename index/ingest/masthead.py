"""Mastheads, datelines and ``来源：``/``发布时间：`` lines: what a page prints about itself.

In: the decoded text of a page (a page file, or the text a PDF, Word or web page
gives, with the PDF's masthead as its first lines).
Out: :func:`read_masthead` → the text without its masthead lines, and the page's
metadata: ``date`` (ISO, through :mod:`.dates`), ``source`` (canonical, through
:func:`.sources.canonical_source`), ``byline`` (the author a labelled field line among
the page's first lines names: the first article's, :func:`field_line`), ``page`` (the 版 number: an int, or the printed
label such as ``A4``) and ``section`` (the 版面 name, ``执行``, ``法治``).

Lines read as metadata, wherever they stand (a PDF repeats its header on each page):

- a masthead: outlet, date, weekday, ``第4版`` and 版面 name in any order, separated
  by spaces (``人民法院报 2024年3月15日 星期五 第4版 执行``,
  ``2024年3月15日 星期五 人民法院报 执行 第4版``, ``法治日报 2024年3月15日 第5版：法治``);
  it names a date and a page or outlet, or an outlet and a page;
- a paper's name alone on a line just above a dateline (``2024年3月15日 星期五``);
- a paper's or a news site's name alone on the page's first line, above its headline or text
  (``人民法院报`` ⏎ ``某某法院…``): the outlet the page is of (:func:`name_on_top`), read as a bare
  dateline is, below any masthead, field or dated line that names another;
- a line made only of labelled fields: ``来源：中国法院网 作者：… 发布时间：2024-03-15 10:21``; one whose
  last field, a counter the save left empty, has the text's first paragraph run on after it
  (``时间:… 点击:面对年底…。``, :func:`glued_fields`) gives its fields and keeps the paragraph;
- a repost's credit alone on its line, ``本文转自【平安青溪】;`` or ``转自：法治日报`` (:func:`repost_line`),
  read as a labelled source is;
- a credit of where the text was first printed, alone on its line, ``（本文首发于2022年10月06日《某某周末》）`` or
  ``本文原载于《某某研究》2024年第5期。`` (:func:`first_printed_line`), read as labelled fields are, but
  left in the text: it is the text's closing note;
- a bare dateline (``2024年3月15日 星期五``) among the first lines of the page, or next to an
  e-paper's navigation (``回到首页 | 标题导航`` ⏎ ``2022年10月29日 星期六`` ⏎ ``上一篇 下一篇``) however
  far down (elsewhere a date and weekday alone may be text, a diary's entry).

A masthead printed with every glyph run doubled, as PDF text of bold type gives it
(``人民法院报人民法院报 20242024年年…``), is read undoubled.

:func:`masthead_fields` reads what a line that a page's layout shows to be its masthead
says, also where it prints its page number bare (``04 综合 2024年3月15日 星期五``).

Such a line is metadata, like a page header: it is taken out of the text, so it is
never glued into a title nor read as body text (a note of where the text was first printed
excepted); nothing else is removed. For each
key, a labelled field wins over a masthead, and a masthead over a bare dateline (a
web page's header may print today's date above the article's own 发布时间); among
equals the first line wins. A date inside a sentence (``3月15日，…``) is never the
page's date: a masthead line holds no sentence punctuation.

:func:`self_named` reads the outlet a page names itself by: a page whose reporters
are ``本报记者`` and that says ``接受《法治日报》记者采访`` (one outlet only) is 法治日报.
"""

from __future__ import annotations

import re
from typing import Any

from ..analysis.fold import fold
from .clean import byline_text, undouble
from .dates import iso_date
from .sources import canonical_source, known_source, names_outlet

_NUM = "0-9０-９〇零○Ｏ一二三四五六七八九十"
_DATE = re.compile(
    rf"(?<![{_NUM}])(?:[0-9０-９〇零○Ｏ一二三四五六七八九]{{4}}\s*年\s*[{_NUM}]{{1,3}}\s*月\s*[{_NUM}]{{1,3}}\s*[日号]"
    r"|[0-9]{4}(?P<sep>[-./])[0-9]{1,2}(?P=sep)[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)"
    rf"(?![{_NUM}])"
)
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
_LUNAR = re.compile(r"农历\S+")
_PAGE = re.compile(rf"第?\s*(?P<n>[{_NUM}]{{1,3}}|[A-Za-z][0-9]{{1,2}})\s*版(?!权)(?:\s*[:：·]\s*(?P<after>[^\s:：]{{1,12}}))?")
_OUTLET_SHAPE = re.compile(r"^.{1,12}?(?:日报|晚报|早报|时报|周报|法制报|法治报|法院报|检察报|公安报|报|报社|新闻网|网|杂志|通讯社"
                           r"|融媒|融媒体|融媒体中心)$")  # a county's media centre (某某融媒) too
_SECTION_SHAPE = re.compile(r"^[\u4e00-\u9fff·、]{2,10}$")
_SENTENCE = re.compile(r"[。，；！？、,;!?“”]")
_FIELD = re.compile(r"(?P<label>发布时间|发布日期|发稿时间|发表时间|更新时间|时间|日期|来源|稿件来源|文章来源|信息来源|作者|"
                    r"编辑|责任编辑|责编|记者|通讯员|字号|浏览次数|点击数|点击|阅读)\s*[:：]")
#: The labels of a counter, whose count the page's script fills in (``点击:``, ``浏览次数：``): saved
#: empty, the text after one on its line is the page's first paragraph, run on into the fields.
_COUNTER_LABELS = ("浏览次数", "点击数", "点击", "阅读")
#: The end of a sentence: the text run on after a counter's label holds one.
_SENTENCE_END = re.compile(r"[。！？!?]")
_SEPARATORS = re.compile(r"^[\s|丨｜/\\·•—\-_]*$")
_DATE_LABELS = ("发布时间", "发布日期", "发稿时间", "发表时间", "更新时间", "时间", "日期")
_SOURCE_LABELS = ("来源", "稿件来源", "文章来源", "信息来源")
_AUTHOR_LABELS = ("作者", "记者")
_CANDIDATE = re.compile(rf"版|来\s*源|來\s*源|发布|时间|日期|转自|转载|轉自|轉載|首发|首發|原载|原載|[{_NUM}]\s*[年日号]|[0-9]{{4}}[-./]")
#: A repost's credit alone on its line: ``本文转自【平安青溪】;``, ``转自：法治日报``, ``转载自“青溪法院”微信公众号``.
#: The name it gives after a colon or in brackets is where the text was taken from, an outlet or an
#: account, whatever its shape; written straight after the verb, it must be an outlet's or an institution's.
_REPOST = re.compile(r"^(?:本文|此文|原文)?(?:转自|转载自|转载于|转引自)\s*(?P<colon>[:：])?\s*(?:微信公众号|公众号)?\s*"
                     r"(?P<open>[【「“\"『])?(?P<name>[^\s【】「」“”\"『』《》:：;；。，,、!！?？()（）]{2,20})[】」”\"』]?"
                     r"\s*(?:微信公众号|公众号)?\s*[;；。.]?$")
#: How many non-blank lines from the top count as the page's head (for bare datelines).
HEAD_LINES = 4
#: How many non-blank lines from the top a labelled author's line (``作者：…``) may stand at to
#: be the byline of the page's first article.
BYLINE_LINES = 15
_SELF = re.compile(r"接受《([^《》]{2,12})》(?:记者|专访|采访|的采访)")
_MAX_LINE = 80


def _number(text: str) -> int | str:
    digits = text.translate({**{0xFF10 + i: str(i) for i in range(10)}})
    if digits.isdigit():
        return int(digits)
    if re.fullmatch("[〇零○Ｏ一二三四五六七八九十]+", text):
        return _cn_number(text)
    return text.upper()


def _cn_number(text: str) -> int:
    values = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
    if "十" in text:
        tens, _, units = text.partition("十")
        return (values.get(tens, 1) if tens else 1) * 10 + (values.get(units, 0) if units else 0)
    n = 0
    for c in text:
        n = n * 10 + values[c]
    return n


def _date(text: str) -> str | None:
    try:
        return iso_date(text.split()[0] if re.match(r"[0-9]{4}[-./]", text) else text)
    except ValueError:
        return None


def _is_outlet(token: str) -> bool:
    return known_source(token) is not None or bool(_OUTLET_SHAPE.match(token))


def masthead_line(line: str) -> dict[str, Any] | None:
    """The metadata a masthead or dateline ``line`` holds (see the module docstring), or None."""
    found = _masthead(line)
    if found is not None:
        found.pop("bare", None)
    return found


def _masthead(line: str) -> dict[str, Any] | None:
    """:func:`masthead_line`, with ``bare`` set for a dateline that names no outlet or page."""
    text = line.strip()
    if not text or len(text) > _MAX_LINE or _SENTENCE.search(text):
        return None
    found: dict[str, Any] = {}
    m = _DATE.search(text)
    if m:
        bounded = (m.start() == 0 or text[m.start() - 1].isspace()) and (
            m.end() == len(text) or text[m.end()].isspace() or _WEEKDAY.match(text, m.end()))
        date = _date(m.group(0)) if bounded else None
        if date is None:
            return None
        found["date"] = date
        text = f"{text[:m.start()]} {text[m.end():]}"
    text = _LUNAR.sub(" ", _WEEKDAY.sub(" ", text))
    tokens = text.split()
    page = None
    for i, tok in enumerate(tokens):
        pm = _PAGE.fullmatch(tok) or (_PAGE.fullmatch(" ".join(tokens[i:i + 2])) if i + 1 < len(tokens) else None)
        if pm:
            page = (i, pm)
            break
    section = None
    if page is not None:
        i, pm = page
        used = 2 if not _PAGE.fullmatch(tokens[i]) else 1
        found["page"] = _number(pm.group("n"))
        section = pm.group("after")
        rest = tokens[:i] + tokens[i + used:]
        if section is None and i + used < len(tokens) and not _is_outlet(tokens[i + used]):
            section = tokens[i + used]
            rest = tokens[:i] + tokens[i + used + 1:]
        elif section is None and i > 0 and not _is_outlet(tokens[i - 1]):
            section = tokens[i - 1]
            rest = tokens[:i - 1] + tokens[i + used:]
        tokens = rest
        if section is not None:
            if not _SECTION_SHAPE.match(section.strip("：:")):
                return None
            found["section"] = section.strip("：:")
    for tok in tokens:
        if "source" not in found and _is_outlet(tok):
            found["source"] = canonical_source(tok)
        else:
            return None
    if "date" in found and ("page" in found or "source" in found):
        return found
    if "source" in found and "page" in found:
        return found
    if "date" in found and not tokens:
        found["bare"] = True  # a dateline alone (weekday or not): only in the head or under a paper's name
        return found
    return None


#: A page number printed bare in a masthead strip: ``04``, ``A4``.
_BARE_PAGE = re.compile(r"[0-9０-９]{1,3}|[A-Za-z][0-9]{1,2}")


def masthead_fields(line: str) -> dict[str, Any]:
    """What a line that a page's layout shows to be its masthead (the strip above the rule
    across the top of a PDF page) says of the page: :func:`masthead_line` of it, or, when
    that reads none (a page number printed bare, ``04 综合 2024年3月15日 星期五``), what its
    tokens tell when each tells one thing: a full date, a page (``第4版``, ``04``, ``A4``),
    an outlet, a section (a short Han word); empty when one tells none of those (a
    headline's words) or none tells a date or page."""
    found = masthead_line(line)
    if found is not None:
        return found
    out: dict[str, Any] = {}
    text = line.strip()
    m = _DATE.search(text)
    if m and (day := _date(m.group(0))):
        out["date"] = day
        text = f"{text[:m.start()]} {text[m.end():]}"
    for tok in _LUNAR.sub(" ", _WEEKDAY.sub(" ", text)).split():
        pm = _PAGE.fullmatch(tok)
        if "page" not in out and (pm or _BARE_PAGE.fullmatch(tok)):
            out["page"] = _number(pm.group("n") if pm else tok)
            if pm and pm.group("after") and _SECTION_SHAPE.match(pm.group("after")):
                out.setdefault("section", pm.group("after"))
        elif "source" not in out and _is_outlet(tok):
            out["source"] = canonical_source(tok)
        elif "section" not in out and _SECTION_SHAPE.match(tok):
            out["section"] = tok
        else:
            return {}
    return out if "date" in out or "page" in out else {}


_INSTITUTION = re.compile(r"(?:人民法院|法院|法庭|检察院|公安局|公安厅|司法局|司法厅|政府|委员会|部|厅|局|办公室|中心)$")
#: How the name of a site's station or channel, or of a paper called a dispatch, ends
#: (某某网张家界站, 某某科普站, 某某频道, 新华每日电讯): no law's or book's name ends so.
_SITE = re.compile(r"(?:站|频道|电讯)$")


def _outlet_value(value: str) -> bool:
    """A ``来源：`` value that names an outlet, a site's station or channel, or an institution
    (not a cited law or book)."""
    quoted = re.fullmatch(r"《([^《》]+)》", value)
    if quoted:
        value = quoted.group(1)
    return ("《" not in value and "》" not in value and "、" not in value and len(value) <= 30
            and (_is_outlet(value) or bool(_INSTITUTION.search(fold(value)) or _SITE.search(fold(value)))))


_MONTH_DAY = re.compile(r"[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*[日号]")
#: A two-character label printed letter-spaced to the width of longer ones: 来 源：, 作 者：.
_SPACED_LABEL = re.compile(r"^([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[ \u3000]*[:：])")


def field_line(line: str) -> dict[str, Any] | None:
    """The date, source and byline of a line made only of labelled fields (``来源：… 发布时间：…``,
    ``作者: 王某律师 时间: 2018-6-14 00:50``, in simplified or traditional characters), or None;
    the byline is what a ``作者：`` (or ``记者：``) field names, not a placeholder (``佚名``). A ``来源：`` naming no outlet
    or institution (``来源：《民事诉讼法》``, a citation) makes no such line, nor does one with the text run on
    after its counter's label (:func:`glued_fields`)."""
    fields = list(_FIELD.finditer(fold(line)))  # fold keeps offsets: values are sliced as printed
    if not fields or _SEPARATORS.match(line[: fields[0].start()]) is None or _glued_at(line, fields) is not None:
        return None
    found: dict[str, Any] = {}
    for k, m in enumerate(fields):
        value = line[m.end(): fields[k + 1].start() if k + 1 < len(fields) else len(line)].strip(" \t|丨｜")
        label = m.group("label")
        if label in _AUTHOR_LABELS and value and "byline" not in found:
            byline = byline_text(value if label == "作者" else f"记者 {value}")  # 佚名, 原创, admin: none
            if byline:
                found["byline"] = byline
        elif label in _DATE_LABELS:
            dm = _DATE.search(value)
            date = _date(dm.group(0)) if dm else None
            if date is None:
                return None
            found.setdefault("date", date)
        elif label in _SOURCE_LABELS and value:
            dm = _DATE.match(value)  # 来源：2024年3月2日人民法院报: the date, then the outlet
            if dm and _date(dm.group(0)) is not None:
                found.setdefault("date", _date(dm.group(0)))
                value = value[dm.end():].strip(" \t|丨｜·,，")
                if not value:
                    continue
            md = _MONTH_DAY.match(value)  # 来源：12月15日《新华每日电讯》: a day of no year, then the outlet
            if md and value[md.end():].strip(" \t|丨｜·,，"):
                value = value[md.end():].strip(" \t|丨｜·,，")
            if not _outlet_value(value.split()[0]):
                return None
            found.setdefault("source", canonical_source(value.split()[0]))
    if set(found) == {"byline"}:
        return None  # an author alone (作者：张三 2022-06-30前言) makes no field line: it is read as before
    return found or None


def _glued_at(line: str, fields: list[re.Match[str]]) -> int | None:
    """Where the text run on after the last field of ``line`` begins, when that field is a
    counter's whose count the save left out (``点击:面对年底…。``), else None."""
    last = fields[-1]
    value = line[last.end():].strip()
    if last.group("label") in _COUNTER_LABELS and len(value) > 20 and _SENTENCE_END.search(value) \
            and not value[:1].isdigit():
        return len(line) - len(line[last.end():].lstrip())
    return None


def glued_fields(line: str) -> tuple[dict[str, Any], str] | None:
    """``(the fields, the text)`` of a line of labelled fields whose last one is a counter left
    empty by the save, the page's first paragraph run on after its label
    (``时间:2016-11-09 作者/编辑:张三点击:面对年底收案…。``): the fields are read as
    :func:`field_line` reads them, the text is the text's; else None."""
    fields = list(_FIELD.finditer(fold(line)))
    if not fields or _SEPARATORS.match(line[: fields[0].start()]) is None:
        return None
    at = _glued_at(line, fields)
    if at is None:
        return None
    got = field_line(line[:fields[-1].start()])
    return (got, line[at:].strip()) if got else None


def repost_line(line: str) -> dict[str, Any] | None:
    """``{"source": …}`` of a line that only credits where a repost was taken from
    (:data:`_REPOST`, in simplified or traditional characters), ``{}`` for one whose name is a
    placeholder (``转自：网络``), or None."""
    line = line.strip()
    m = _REPOST.match(fold(line))  # fold keeps offsets: the name is sliced as printed
    if m is None:
        return None
    name = line[m.start("name"):m.end("name")]
    if not (m.group("colon") or m.group("open")) and not _outlet_value(name):
        return None  # 转自新华网报道: the words of a sentence, unless they name an outlet alone
    return {"source": canonical_source(name)} if names_outlet(name) else {}  # 转自：网络: a credit naming none


#: A line crediting where the text was first printed: ``（本文首发于2022年10月06日《某某周末》）``,
#: ``本文原载于《某某研究》2024年第5期。``: the paper or journal in book-title marks, with the day it
#: came out (with its year) or its issue.
_FIRST_PRINTED = re.compile(
    r"^[（(]?\s*(?:本文|此文|原文|该文)?\s*(?:首发于|首发在|首发|原载于|原载|原刊于|刊发于|刊载于|发表于)\s*"
    r"(?:(?P<day>[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)\s*)?"
    r"《\s*(?P<name>[^《》\s]{2,24})\s*》\s*"
    r"(?:(?P<after>[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)|[0-9]{4}\s*年\s*第?\s*[0-9]{1,3}\s*期)?"
    r"\s*[）)]?\s*[。.]?$")


#: How the name of a law or a rule ends (民法典, 某某条例, 某某规定): no paper's or journal's.
_LAW_NAME = re.compile(r"(?:法|典|条例|规定|办法|解释|决定|意见|通知|批复)$")


def first_printed_line(line: str) -> dict[str, Any] | None:
    """``{"source": …, "date": …}`` of a line that only credits the paper or journal the text was
    first printed in (:data:`_FIRST_PRINTED`, in simplified or traditional characters; the date
    only where it prints a day with its year), or None."""
    line = line.strip()
    m = _FIRST_PRINTED.match(fold(line))  # fold keeps offsets: the name is sliced as printed
    if m is None:
        return None
    name = line[m.start("name"):m.end("name")]
    if not names_outlet(name) or _LAW_NAME.search(fold(name)):
        return None  # 发表于《民法典》: a law, no paper
    found: dict[str, Any] = {"source": canonical_source(name)}
    day = m.group("day") or m.group("after")
    date = _date(day) if day else None
    if date is not None:
        found["date"] = date
    return found


#: An e-paper's navigation between its issues, pages and articles (回到首页 | 标题导航, 上一篇 下一篇, 上一版 下一版).
_EPAPER_NAV = re.compile(r"回到首页|标题导航|版面导航|上一版|下一版|上一篇|下一篇|上一期|下一期")


def _beside_epaper_nav(lines: list[str], prev: int | None, i: int) -> bool:
    """Whether the non-blank line just above line ``i`` or just below it is an e-paper's
    navigation: a bare dateline there is the issue's date, however far down the page."""
    below = next((line for line in lines[i + 1:] if line.strip()), "")
    above = lines[prev] if prev is not None else ""
    return any(len(line.strip()) <= 60 and _EPAPER_NAV.search(fold(line)) for line in (above, below))


#: A paper's or a news site's name by its shape (某某日报, 某某法治报, 某某新闻网, 某某长安网), not a
#: bulletin's, a column's or a report's (工作简报, 执行快报, 情况通报).
_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|时报|周报|都市报|法制报|法治报|法院报|检察报|公安报"
                         r"|新闻网|长安网)$")


def name_on_top(line: str, below: str) -> dict[str, Any] | None:
    """``{"source": …}`` of a page's first line when it is only an outlet's name (one the table
    knows, or shaped as a paper's or a news site's name: :data:`_PAPER_NAME`) and more of the
    page follows it (``below``, the next non-blank line), else None."""
    name = line.strip()
    if len(name) > 20 or not below.strip() or _SENTENCE.search(name):
        return None
    if not _PAPER_NAME.match(fold(name)) and known_source(name) is None or not names_outlet(name):
        return None
    return {"source": canonical_source(name)}


_TOP = re.compile(r"\s*([^\n]{1,24})\n\s*([^\n]{1,24})")


def read_masthead(text: str) -> tuple[str, dict[str, Any]]:
    """``(text without its masthead lines, the page's metadata)``; ``text`` itself when it has none."""
    top = _TOP.match(text)  # the first two non-blank lines
    on_top = name_on_top(top.group(1), top.group(2)) if top else None
    if on_top is None and not _CANDIDATE.search(text):
        return text, {}
    lines = text.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    ranked: list[tuple[int, int, dict[str, Any]]] = []  # (rank, line, values)
    drop: set[int] = set()
    seen = 0  # non-blank lines so far
    prev = None  # index of the previous non-blank line
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        stripped = _SPACED_LABEL.sub(r"\1\2", stripped)
        got, rank, kept = None, 1, False
        if i == first and on_top is not None:
            got, rank = dict(on_top), 2  # 人民法院报 ⏎ 某某法院…: the page's outlet, under any other that names one
        elif _CANDIDATE.search(stripped):
            got = _masthead(stripped)
            if got is None:
                got, rank = field_line(stripped), 0
            if got is None and (glued := glued_fields(stripped)) is not None:
                (got, text_after), rank = glued, 0
                lines[i] = text_after + "\n"  # the text run on after the fields stays: the line is kept
                kept = True
            if got is None:
                got, rank = repost_line(stripped), 0
            if got is None:
                got, rank = first_printed_line(stripped), 0
                kept = got is not None  # a closing note of the text: it stays there
            if got is None and len(stripped) <= 2 * _MAX_LINE:
                single = undouble(stripped)  # PDF text of a bold masthead: 人民法院报人民法院报 …
                if single is not None:
                    got, rank = _masthead(single), 1
        if got is not None and got.pop("bare", False):
            rank = 2
            above = lines[prev].strip() if prev is not None and prev not in drop else ""
            if above and len(above) <= 20 and _is_outlet(above) and not _SENTENCE.search(above):
                got["source"] = canonical_source(above)
                drop.add(prev)
                rank = 1
            elif seen > HEAD_LINES and not _beside_epaper_nav(lines, prev, i):
                got = None
        elif got is not None and rank == 1 and "source" not in got and prev is not None and prev not in drop:
            above = lines[prev].strip()
            if len(above) <= 20 and _is_outlet(above) and not _SENTENCE.search(above):
                got["source"] = canonical_source(above)
                drop.add(prev)
        if got is not None and "byline" in got and seen > BYLINE_LINES:
            del got["byline"]  # a field line far down the page credits no article of it
        if got is not None:
            if not kept:
                drop.add(i)
            ranked.append((rank, i, got))
        prev = i
    meta: dict[str, Any] = {}
    for _rank, _i, got in sorted(ranked, key=lambda r: (r[0], r[1])):
        for k, v in got.items():
            meta.setdefault(k, v)
    if not ranked:
        return text, {}
    return "".join(line for i, line in enumerate(lines) if i not in drop), meta


def self_named(text: str) -> str | None:
    """The outlet a page names itself by (see the module docstring), or None."""
    if "本报" not in text:
        return None
    names = {canonical_source(m.group(1)) for m in _SELF.finditer(text)}
    return names.pop() if len(names) == 1 else None


_NAME_DATE = re.compile(r"(?<![0-9])([0-9]{4})(?:[-_.]?([0-9]{2})[-_.]?([0-9]{2})|年([0-9]{1,2})月([0-9]{1,2})[日号]?)(?![0-9])")
_NAME_PAGE = re.compile(r"^[-_.\s]*(?:第?([0-9]{1,2})版|([0-9]{1,2})|[A-Za-z]([0-9]{1,2}))(?:[-_.\s]|$)")


def name_meta(name: str) -> dict[str, Any]:
    """What a file name says of its page: ``2024-03-15.txt`` or ``2024年3月15日.txt``
    (a date, also in full-width digits), ``rmfyb_20240315_4.pdf`` (outlet, date, page),
    ``法治日报20240315.txt`` (outlet, date). The outlet is taken only when it is a known
    one or shaped like one."""
    stem = name.rsplit("/", 1)[-1]
    stem = fold(stem.rsplit(".", 1)[0] if "." in stem else stem)
    out: dict[str, Any] = {}
    m = _NAME_DATE.search(stem)
    if m is None:
        return out
    try:
        out["date"] = iso_date("-".join(g for g in m.groups() if g is not None))
    except ValueError:
        return {}
    head = stem[: m.start()].strip(" -_.")
    if head:
        outlet = canonical_source(head)
        if outlet != head or _OUTLET_SHAPE.match(head) and re.search("[\u4e00-\u9fff]", head):
            out["source"] = outlet
    page = _NAME_PAGE.match(stem[m.end():])
    if page:
        out["page"] = int(next(g for g in page.groups() if g))
    return out


def name_date_source(name: str) -> dict[str, Any]:
    """The date and outlet a file's name gives (:func:`name_meta`), for a web page or
    Word file that prints neither."""
    return {k: v for k, v in name_meta(name).items() if k in ("date", "source")}
