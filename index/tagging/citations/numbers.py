"""Article numbers: numerals, and runs of 第…条 with their 款 and 项.

In:  article numbers as printed: ``第二百三十七条``, ``第225条及227条``, ``第十至十二条``,
     ``第一百三十三条之一第二款``; numbers in Chinese (also 壹贰叁 …) or Arabic numerals.
Out: :func:`cn_number` (numeral → int), :func:`cn_label` and :func:`article_label` (int → the
     statute corpus's label), :func:`parse_articles` (a run → :class:`~.records.Cited` per
     article, ranges and lists expanded: ``第3-5条`` three articles, ``第66-1條`` one, 第六十六条之一;
     a range of more than :data:`LONGEST_RANGE` articles one :func:`range_label`, which no statute
     has), :func:`added_article`, :func:`article_number`, :func:`next_number`,
     :func:`trailing_run` (the run a typed reference ends with); and the patterns other modules
     build on: :data:`NUM`, :data:`SUB`, :data:`RUN` (a run with 第), :data:`NRUN` (one without).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .records import Cited, is_range
from .text import compiled


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9,
              # the capitals of accounts (第六十壹條: converters that write 一 as 壹 everywhere)
              "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_CN = "零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟"
NUM = rf"(?:[{_CN}]+|[0-9０-９]+)"
SUB = rf"(?:第\s*{NUM}\s*款|(?:第\s*)?[（(]\s*{NUM}\s*[)）]\s*项|第\s*{NUM}\s*项)"
_JOIN = r"(?:[、，,]|和|及|与|或)"
_DASH = r"(?:至|到|[—－~～-])"
#: 之一 of an article added between two (第一百三十三条之一), also printed 之1.
_ZHI = rf"(?:[{_CN}]+|[0-9０-９]{{1,2}}(?![0-9０-９]))"
#: (a list's 、 left before its 条 is read past: 第26、27、29、条)
_UNIT_TAIL = (rf"{NUM}(?:\s*(?:{_JOIN}|{_DASH})\s*(?:第\s*)?{NUM})*(?:(?<=[0-9０-９{_CN}])\s*、)?\s*条(?:\s*之\s*{_ZHI})?"
              rf"(?:\s*(?:[、和及或]\s*)?{SUB})*")
_CONN = rf"(?:\[\d{{1,3}}\])?\s*(?:[、，,]|以及|或者|和|及|与|或|{_DASH})\s*"  # [2]: a footnote mark
#: Article numbers: one or more 第…条 (lists, ranges, 款, 项) joined by 、 和 及 至 …; after
#: the first, 第 may be left out (第二百零七条至二百三十六条, 第225条及227条).
RUN = rf"第\s*{_UNIT_TAIL}(?:{_CONN}(?:第\s*)?{_UNIT_TAIL})*"
#: A number in Chinese numerals of ten or more (二十六, 一百零二): no count of a few things (三条修改).
_CN_TENS = "(?:[一二三四五六七八九两]?[十百千][零〇一二三四五六七八九十百千两]*)"
#: Arabic article numbers without 第, right after a law only: 《民法典》1085条第二款; Chinese ones
#: of ten or more when the article's wording or a 款 follows (治安管理处罚法二十六条规定).
NRUN = compiled(rf"(?P<run>(?:[0-9０-９]{{1,4}}|{_CN_TENS}(?=\s*条\s*(?:规定|之|第|的规定|中|[，,。；;:：、]))"
                 rf")\s*条(?:\s*之\s*{_ZHI})?(?:\s*(?:[、和及或]\s*)?{SUB})*"
                 rf"(?:{_CONN}(?:第\s*)?{_UNIT_TAIL})*)")
_TOKENS = compiled(
    rf"(?P<art>(?:第\s*)?(?P<nums>{NUM}(?:\s*(?:{_JOIN}|{_DASH})\s*(?:第\s*)?{NUM})*)(?:\s*、)?\s*条(?:\s*之\s*(?P<zhi>{_ZHI}))?)"
    rf"|(?P<para>第\s*(?P<pn>{NUM})\s*款)"
    rf"|(?P<item>(?:第\s*)?[（(]?\s*(?P<iN>{NUM})\s*[)）]?\s*项)"
    rf"|(?P<dash>{_DASH})"
)
_DASH_RE = compiled(_DASH)
_SPLIT = compiled(rf"\s*({_JOIN}|{_DASH})\s*")
#: The dashes that join an article added between two to its number (第66-1條: Taiwan's
#: 第六十六条之一); 至, 到 and a tilde only ever open a range.
_HYPHEN = compiled(r"[-－—‐‑–]")
#: The most articles a range spans past its first that is read as the articles in it (第3-5条,
#: 第十至十二条); a longer one (第3-500条: a misprint or a number run together) is read as itself.
LONGEST_RANGE = 100


def cn_number(text: str) -> int | None:
    """第…条's number: ``二百三十七``, ``237`` (also full-width) or ``一〇二`` → int, or None."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if not any(c in _CN_UNITS for c in text):  # 一〇二: digit by digit
        digits = [_CN_DIGITS.get(c) for c in text]
        return None if None in digits else int("".join(map(str, digits)))
    total, current = 0, None
    for c in text:
        if c in _CN_DIGITS:
            if current is not None and current != 0:
                return None  # 二三百: not a number
            current = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            total += (current if current else 1) * _CN_UNITS[c]
            current = None
        else:
            return None
    return total + (current or 0)


def cn_label(n: int) -> str:
    """A number as the statute corpus writes article numbers: 10 → 十, 110 → 一百一十, 1010 → 一千零一十."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    out, zero = "", False
    for unit, value in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // value % 10 if value < 1000 else n // value
        if d:
            out += ("零" if zero else "") + (digits[d] if d < 10 else cn_label(d)) + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def article_label(number: int, suffix: int | None = None) -> str:
    """``第二百三十七条``, ``第一百零二条之一``."""
    return f"第{cn_label(number)}条" + (f"之{cn_label(suffix)}" if suffix else "")


def parse_articles(run: str) -> tuple[Cited, ...]:
    """The articles of a run of article numbers, ranges and lists expanded (a range longer than
    :data:`LONGEST_RANGE` one :func:`range_label`; ``A-B`` with B below A article A之B,
    :func:`added_article`)."""
    out: list[Cited] = []
    dash = False
    for t in _TOKENS.finditer(run):
        if t.group("art") is not None:
            suffix = cn_number(t.group("zhi")) if t.group("zhi") else None
            numbers = _numbers(t.group("nums"))
            if numbers is None:
                return ()
            if dash and out and not suffix and numbers[0][1] is None:
                first = article_number(out[-1].article)
                start = numbers[0][0]
                between = _between(first, start) if first is not None else ()
                if between is None:
                    if not is_range(out[-1].article):
                        out[-1] = Cited(range_label(first, start))  # 第3条至第500条: no range to read
                        numbers = numbers[1:]
                else:
                    numbers = [(n, None) for n in between[:-1]] + numbers
            dash = False
            for i, (n, sub) in enumerate(numbers):
                last = i == len(numbers) - 1 and sub is None
                label = range_label(n, -sub) if sub is not None and sub < 0 else article_label(
                    n, suffix if last else sub)
                if not any(c.article == label for c in out):
                    out.append(Cited(label))
        elif t.group("para") is not None and out:
            if out[-1].paragraph is None:
                out[-1] = replace(out[-1], paragraph=cn_number(t.group("pn")))
        elif t.group("item") is not None and out:
            if out[-1].item is None:
                out[-1] = replace(out[-1], item=cn_number(t.group("iN")))
        elif t.group("dash") is not None:
            dash = True
    return tuple(out)


def added_article(first: int, second: int, dash: str) -> bool:
    """Whether ``first``, ``dash`` and ``second`` (第66-1條) name the article added after
    article ``first`` (第六十六条之一), as Taiwan's laws number it, rather than a range: the dash is
    a hyphen (:data:`_HYPHEN`; 至 and 到 open ranges) and ``second``, one or two digits, lies below
    ``first``; a range runs upwards (第3-5条, as mainland news writes it)."""
    return second < first and second < 100 and _HYPHEN.fullmatch(dash.strip()) is not None


def range_label(first: int, last: int) -> str:
    """The label of a range too long to be read as its articles (:data:`LONGEST_RANGE`):
    ``第三条至第五百条``. No statute has it: its citation stays unresolved (:func:`.records.is_range`)."""
    return f"{article_label(first)}至{article_label(last)}"


def _numbers(text: str) -> list[tuple[int, int | None]] | None:
    """``(number, sub)`` of each article of the numbers of one 第…条: ``二百三十七`` → [(237, None)];
    ``五、六`` → [(5, None), (6, None)]; ``十至十二`` → 10, 11 and 12; ``66-1`` → [(66, 1)] (之一,
    :func:`added_article`); a range of more than :data:`LONGEST_RANGE` articles, ``3-500`` →
    [(3, -500)] (``sub`` below 0: the range to that article, :func:`range_label`). None when a
    part is no number, or 0."""
    parts = _SPLIT.split(text.replace("第", ""))  # 第五至第七条: 第 again inside the run
    out: list[tuple[int, int | None]] = []
    dash = ""
    for i, part in enumerate(parts):
        if i % 2:
            dash = part if _DASH_RE.fullmatch(part) is not None else ""
            continue
        n = cn_number(part)
        if n is None or n == 0:
            return None
        first, sub = out[-1] if out else (0, 0)
        if not dash or sub is not None:
            out.append((n, None))
        elif added_article(first, n, dash):
            out[-1] = (first, n)  # 第66-1條: 第六十六条之一
        elif (between := _between(first, n)) is None:
            out[-1] = (first, -n)  # 第3-500条: too long a range to read as its articles
        else:
            out.extend((m, None) for m in between or (n,))
    return out


def _between(first: int, last: int) -> "range | None":
    """The articles a range from ``first`` to ``last`` adds after its first: ``first + 1`` up to
    ``last`` (empty when ``last`` does not lie above ``first``: no range), or None when it spans
    more than :data:`LONGEST_RANGE` articles (too long to be read as its articles)."""
    if last > first + LONGEST_RANGE:
        return None
    return range(first + 1, last + 1)


_LABEL = compiled(rf"第({NUM})条")
_TRAILING_RUN = compiled(rf"\s*{RUN}\s*$")


def trailing_run(text: str) -> re.Match[str] | None:
    """The article numbers ``text`` ends with, with the spaces around them (民诉法 第237条 →
    `` 第237条``), or None: what a typed reference names after its law."""
    return _TRAILING_RUN.search(text)


def next_number(label: str, after: str) -> bool:
    """Is the article ``after`` numbered right after ``label`` (第二百二十四条 → 第二百二十五条)?"""
    n, m = article_number(label), article_number(after)
    return n is not None and m == n + 1 and "之" not in after


def article_number(label: str) -> int | None:
    m = _LABEL.match(label)
    return cn_number(m.group(1)) if m else None
