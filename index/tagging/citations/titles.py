"""Laws named in a text: bracketed titles, titles without their opening bracket, lines that
are a rule's title, names of the table written without brackets, and what the text around
a law says of it (the year of its version, the code of another jurisdiction: :mod:`.jurisdictions`).

In:  the text (simplified characters), the law-name table (:class:`~.names.LawNames`) and,
     for :func:`bare_names`, the events found so far.
Out: :class:`~.records.Law` per law named, as ``(start, end, "law", law)`` events or
     ``(start, end, law)``; :func:`in_context` (a law event with its year, or as another jurisdiction's code);
     :func:`in_title` (the citations inside the title of a rule: 关于〈刑法〉第三百一十三条的解释);
     :func:`generic_kind` (what a back-reference points back to); :data:`LAWLIKE`, :data:`ISSUED`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any, Iterator

from .jurisdictions import of_elsewhere
from .names import LawNames, judicial
from .numbers import RUN, parse_articles
from .records import Citation, Law
from .text import CARRY_REACH, NAME_REACH, compiled, line_break_before, overlap_test


ISSUED = r"(?:解释|规定|意见|决定|批复|答复|办法|通知|纪要)"
#: A year printed before a law names its version: 2007年民事诉讼法, 1991 年颁行的《民事诉讼法》,
#: 2007年10月28日修改前的《民事诉讼法》, 91年民诉.
_YEAR_BEFORE = compiled(r"(?:(?P<y4>(?:19|20)\d{2})|(?<!\d)(?P<y2>\d{2}))\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
                         r"\s*(?:(?:修正|修订|修改|颁布|颁行|公布|施行|通过)(?P<when>前|后)?)?\s*的?\s*[:：]?"
                         r"\s*(?:我国|中国)?\s*$")
#: The opening of a version note naming a year: （2021年, (2019年10月26日第二次.
_NOTE_YEAR = r"[（(]\s*(?P<y4>(?:19|20)\d{2})\s*年?(?:\d{1,2}月(?:\d{1,2}日)?)?\s*(?:第[一二三四五六七八九十]+次)?"
#: The close of a version note: 修正）, 修订本）, 版).
_NOTE_CLOSE = r"(?:修正|修订|修改)?(?:本|文本|版)?\s*[)）]"
#: ... or inside the note after its title: 《民事诉讼法》（2021年修正）.
_YEAR_NOTE = compiled(rf"\s*{_NOTE_YEAR}(?:修正|修订|修改|(?:版|文本)?\s*[)）])")  # （2021年修正）, ( 2020)
#: ... or printed right against it, without 年: 2023《公司法》, 79刑法 (two digits: without brackets only).
_YEAR_TIGHT = compiled(r"(?<![\d.．/\-])(?:(?P<y4>(?:19|20)\d{2})|(?P<y2>\d{2}))$")
#: ... or in a version note inside the title: 《公司法（2023修正）》, 《民事诉讼法（2021年修正）》.
_TITLE_NOTE = compiled(rf"{_NOTE_YEAR}{_NOTE_CLOSE}》$")
#: A bracketed title that is a law ends like one (before a （试行）-style note).
LAWLIKE = compiled(r"(?:法|法典|条例|规定|解释|办法|决定|规则|细则|意见|通知|纪要|准则|公约|条约|协定|安排|批复|答复"
                    r"|修正案)(?:[（(][^（）()]{1,12}[)）])?$")
#: A line that is nothing but the title of a rule, its text printed under it (广州市物业管理条例,
#: 1. 道路运输行政处罚规定, 附件：青山市物业管理条例, 青山市物业管理条例全文, a note of its adoption after it:
#: 青山市物业管理条例(2010年5月1日…通过), its year before or after it: 2021年青山市物业管理条例, … 2021年修订版,
#: 江苏省环境保护条例Word文档格式.docx, the law a rule applies in 〈〉:
#: 最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）, its issuers parted by a space:
#: 最高人民法院 最高人民检察院关于…的解释, a place's rule implementing a law in 《》: 宁夏回族自治区《地方志工作条例》
#: 实施办法, 江苏省实施《中华人民共和国消防法》办法), and the note on a line of its own under it ((征求意见稿)).
_TITLE_LINE = compiled(r"^[ \t\u3000]*(?:\d{1,2}[.、．][ \t\u3000]*|附件?[一二三四五六七八九十\d]{0,2}[:：][ \t\u3000]*)?"
                        r"(?:(?:19|20)\d\d[ \t\u3000]*年?[ \t\u3000]*)?"  # 2021年青山市物业管理条例
                        r"(?P<title>(?:(?:最高人民法院|最高人民检察院)[ \t\u3000]+(?=最高人民检察院|最高人民法院))?"
                        r"[\u4e00-\u9fff、〈〉《》]{2,40}?(?:法|条例|规定|办法|细则|规则|解释|决定)"
                        r"(?:[（(](?!全文|原文)[^（）()\n]{1,12}[)）])*)"
                        r"(?:[ \t\u3000]*[（(](?=[^（）()\n]{0,20}(?:19|20)\d\d\s*年)[^（）()\n]{1,100}[)）])?"  # (2010年5月1日…通过)
                        r"(?:[ \t\u3000]*(?:19|20)\d\d[ \t\u3000]*年?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:修订|修正|修改)?(?:版|本)?)?"  # … 2021年修订版
                        r"(?:[ \t\u3000]*(?:全文|原文|[（(【\[](?:全文|原文)[)）】\]]))?"  # …条例全文, …条例（全文）
                        r"(?:[ \t\u3000]*(?:[Ww]ord)?(?:文档格式|文档)?\.(?:docx?|pdf|wps|txt))?[ \t\u3000]*$", re.M)
#: The law a rule's title names in 〈〉 (关于适用〈中华人民共和国民法典〉…的解释): the rule's subject, not the rule.
_APPLIED = compiled(r"〈[^〈〉\n]{1,30}〉")
#: The title of a place's rule implementing a law it names in 《》 (宁夏回族自治区《地方志工作条例》实施办法,
#: 江苏省实施《中华人民共和国消防法》办法): the law in 《》 is the rule's subject, not the rule.
_IMPLEMENTING = compiled(r"[^《》]{1,20}?[省市县区州旗盟](?:实施)?(?P<law>《[^《》\n]{2,30}》)(?:实施)?"
                         r"(?:办法|细则|规定|若干规定|条例)(?:[（(][^（）()]{1,12}[)）])*")
_NOTE_LINE = compiled(r"\s*(?P<note>[（(][^（）()\n]{1,12}[)）])[ \t\u3000]*(?=\n|$)")
#: A bracketed document number ((法释〔2011〕5号), (国务院令第198号)): printed with a title, never part of it.
_DOC_NOTE = compiled(r"[（(][ \t\u3000]*(?:[\u4e00-\u9fff]{0,6}[〔\[［【]\d{4}[〕\]］】][ \t\u3000]*\d{1,4}"
                     r"|[\u4e00-\u9fff]{1,8}令[ \t\u3000]*第[ \t\u3000]*[0-9０-９lI]{1,4})[ \t\u3000]*号[ \t\u3000]*[)）]")
#: How the name of a place ends, before the name of a local rule: 广州市, 江苏省, 延边朝鲜族自治州.
_PLACE_END = compiled(r"[省市县区州旗盟]$")
#: Words no statute's title holds: such a line is a sentence or a headline (青山市出台了新办法).
_NOT_TITLE = compiled(r"[了吗呢吧您你我他她们这那哪啥么请被把很都也还又就才啊呀嘛]|出台|发布|解读|学习|全文|原文|最新"
                       r"|以下|详解|释义|理解|如何|怎么|什么|哪些|是否"
                       r"|^第[一二三四五六七八九十百零〇\d]+[编章节]")  # 第一节一般规定: a section's heading
#: The part of a long rule a page prints, after its title line: 人民检察院刑事诉讼规则(中).
_PART_LABEL = compiled(r"[（(][上中下][)）]$")
#: The file name of a shared document around a title: 《…条例Word文档格式.docx》.
_FILE_NAME = compiled(r"\s*(?:[Ww]ord)?(?:文档格式|文档)?\.(?:docx?|pdf|wps|txt)(?:[（(][^（）()]{0,12}[)）])?$")
#: What a title printed without its opening bracket (…城市道路管理条例》第二十七条) runs back to.
_TITLE_STOP = frozenset("，,。；;：:、！!？?“”\"'《》〈〉<>（）()[]［］【】\n\t 　")
#: Titles that end like a law but name a book or a skill (《孙子兵法》, 《学习方法》).
_NOT_LAW = compiled(r"(?:兵|方|算|语|手|说|做|想|看|写|书|画|疗|魔|功|心|戏|技|笔|刀|枪|拳|剑|章|家|佛|道|用|活|玩|吃|读)法$")
#: A version note ending a title, with or without its year: （2021年修正）, (修订本), （第二次修正）.
_VERSION_NOTE = compiled(rf"[（(]\s*(?:\d{{4}}\s*年?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?(?:第[一二三四五六七八九十]+次)?{_NOTE_CLOSE}$")
#: A part of a law named inside its title: 婚姻家庭编, ·合同编, 第三编, 分则.
_PART = compiled(r"[·・•\s]?(?:[^\s·・•《》（）()]{1,6}编(?:通则)?|总则|分则|附则)$")  # (searched, then matched from a cut)
#: Titles that name no law by themselves: they point back to the last law of the paragraph.
_GENERIC = frozenset({"法", "法律", "规定", "解释", "意见", "办法", "决定", "条例", "细则", "规则", "通知",
                      "司法解释", "若干规定"})
#: ... and before an Arabic article number printed without 第 (民诉法225条): the name right before it.
DIGIT_NAME_REACH = 24
#: Pinyin printed after a character inside a title: 《未成年人保護(hù)法》.
_RUBY = compiled(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]")


def unopened_titles(text: str, spans: list[tuple[int, int]], names: LawNames) -> list[tuple[int, int, str, Any]]:
    """Titles printed without their opening bracket (…办理审批手续。城市道路管理条例》第二十七条): the
    run of characters before a 》 that closes no bracketed title, back to punctuation or a space.
    Its law is the longest end of the run the table names, else the run itself (unknown, a law
    only if it ends like one: a garbled title lends its articles to no other law)."""
    out: list[tuple[int, int, str, Any]] = []
    ends = {e - 1 for _s, e in spans}  # (the 》 of every bracketed title: most pages have no other)
    if text.count("》") == len(ends):
        return out
    close = -1
    inside = overlap_test(spans)
    while (close := text.find("》", close + 1)) >= 0:
        if close in ends or inside(close, close + 1):
            continue
        start = close
        while start > 0 and close - start < 40 and text[start - 1] not in _TITLE_STOP:
            start -= 1
        title = text[start:close]
        if len(title) < 2:
            continue
        named = _law_ending(text, start, close, names)
        if named is not None:
            law = Law(start, close + 1, text[start:close + 1], named[1], "title")
        else:
            lawlike = bool(LAWLIKE.search(title)) and not _NOT_LAW.search(title)
            law = Law(start, close + 1, text[start:close + 1], title, "unknown", lawlike=lawlike)
        out.append((start, close + 1, "law", law))
    return out


_TITLE_RUN = compiled(RUN)
#: A rule's title naming an article of another law: 关于〈刑法〉第三百一十三条的解释, …的决定.
_RULE_TITLE = compiled(rf"关于.*{ISSUED}$")
#: The brackets of a title inside a title: 〈…〉, <…>, 《…》.
_INNER_CLOSE = {"〉": "〈", ">": "<", "》": "《"}


def in_title(text: str, m: re.Match[str], names: LawNames) -> Iterator[Citation]:
    """The articles of a law of the table that the title of a rule names (《关于〈中华人民共和国刑法〉
    第三百一十三条的解释》, 《全国人大常委会关于刑法第二百二十八条的解释》): the title of a book or a
    film holding an article number (《刑法第二十条研究》, 《第二十条》) is no rule's, and cites none."""
    if m.group("bracket") is not None:
        lo, hi = m.start("title"), m.end("title")
    else:
        lo, hi = m.start("wp"), m.end("ws")
    if _RULE_TITLE.search(re.sub(r"\s+", "", text[lo:hi])) is None:
        return
    for run in _TITLE_RUN.finditer(text, lo, hi):
        at = run.start()
        while at > lo and text[at - 1] in " \t\u3000":
            at -= 1
        named: tuple[int, str] | None = None
        if text[at - 1:at] in _INNER_CLOSE:
            opening = text.rfind(_INNER_CLOSE[text[at - 1]], lo, at - 1)
            name = re.sub(r"\s+", "", text[opening + 1:at - 1]) if opening >= 0 else ""
            laws = names.lookup(name) if name else ()
            named = (opening, laws[0]) if len(laws) == 1 else None
        else:
            named = _law_ending(text, max(lo, at - 30), at, names)
        articles = parse_articles(run.group())
        if named is None or not articles:
            continue
        name_at, law = named
        yield Citation(name_at, run.end(), text[name_at:run.end()], text[name_at:at], law,
                       "title" if text[name_at] in "〈<《" else "unbracketed", articles)


def _law_ending(text: str, lo: int, hi: int, names: LawNames) -> tuple[int, str] | None:
    """The longest name of the table (two characters or more) that ends at ``hi``, starts
    at ``lo`` or after it and names one law: ``(where it starts, the law)``, or None."""
    for at in range(lo, hi - 1):
        laws = names.lookup(text[at:hi])
        if len(laws) == 1:
            return at, laws[0]
    return None


#: The first part of a title broken over two lines: characters only, no punctuation or spaces between them.
_TITLE_HEAD = compiled(r"[ \t\u3000]*(?P<head>[\u4e00-\u9fff、〈〉]{2,30})[ \t\u3000]*")


def _broken_title(text: str, start: int, title: str, names: LawNames) -> tuple[int, str] | None:
    """Where a title printed on two lines starts and the whole title, when the title line at ``start``
    (``title``) is its second line: the line right above it holds the first part, and the two read
    together are a title of the table or one the text prints in brackets (《关于外地投资者在乌鲁木齐市办理
    常住户口的暂行规定》 … 关于外地投资者在乌鲁木齐市 ⏎ 办理常住户口的暂行规定); None otherwise."""
    line = line_break_before(text, start)
    if line <= 0 or text[line + 1:start].strip(" \t\u3000"):
        return None
    above = line_break_before(text, line)
    head = _TITLE_HEAD.fullmatch(text, above + 1, line)
    if head is None or _NOT_TITLE.search(head.group("head")):
        return None
    whole = head.group("head") + title
    if len(names.lookup(whole)) != 1 and f"《{whole}》" not in text:
        return None
    return head.start("head"), whole


def title_lines(text: str, names: LawNames, events: list[tuple[int, int, str, Any]]) -> Iterator[tuple[int, int, Law]]:
    """The lines that are nothing but the title of a rule (see :data:`_TITLE_LINE`), with a
    note printed on the line under it: the law of the article headings printed below them.
    A line holding a name of the table is left to it (新民诉法, 含原民诉法), unless a place
    comes before the name (广州市物业管理条例: a local rule, not 物业管理条例)."""
    for m in _TITLE_LINE.finditer(text):
        title = m.group("title")
        if _NOT_TITLE.search(title) or re.search("条(?!例)", title) and not re.search("第[^条]{1,8}条", title):
            continue  # (二十六条规定: no title)
        if ("〈" in title or "〉" in title) and any(b in _APPLIED.sub("", title) for b in "〈〉"):
            continue  # (an angle bracket that encloses no law's name)
        implementing = _IMPLEMENTING.fullmatch(title) if "《" in title or "》" in title else None
        if ("《" in title or "》" in title) and implementing is None:
            continue  # (依据《消防法》的规定: a sentence citing a law, no title)
        start, end = m.start("title"), m.end("title")
        broken = _broken_title(text, start, title, names)
        if broken is not None:  # 关于外地投资者在乌鲁木齐市 ⏎ 办理常住户口的暂行规定: one title on two lines
            start, title = broken
        applied = [(a.start(), a.end()) for a in _APPLIED.finditer(text, start, end)]  # 关于适用〈X〉…的解释: X is no name of the line
        if implementing is not None:  # 宁夏回族自治区《地方志工作条例》实施办法: nor the law the rule implements
            applied.append((m.start("title") + implementing.start("law"), m.start("title") + implementing.end("law")))
        inner = [e for e in events if e[2] == "law" and start <= e[0] and e[1] <= end
                 and not any(a <= e[0] and e[1] <= b for a, b in applied)]
        if inner and not _PLACE_END.search(text, start, inner[0][0]):
            continue
        while (number := _DOC_NOTE.search(title)) is not None and number.end() == len(title):
            title = title[:number.start()]  # …若干规定(法释〔2011〕5号): the number is no part of the title
        note = _NOTE_LINE.match(text, m.end())
        if note is not None and _VERSION_NOTE.fullmatch(note.group("note")) is None \
                and _DOC_NOTE.fullmatch(note.group("note")) is None:
            title += note.group("note")  # 江苏省大气污染防治条例(草案) / (征求意见稿), not (法释〔2011〕5号)
        title = _PART_LABEL.sub("", title)
        title = _VERSION_NOTE.sub("", title) or title  # 青山市物业管理条例(2021年修订): the rule, in a version
        laws = names.lookup(title)
        if len(laws) == 1:
            yield start, end, Law(start, end, text[start:end], laws[0], "title")
        elif not laws:
            yield start, end, Law(start, end, text[start:end], title, "unknown")


def in_context(text: str, event: tuple[int, int, str, Any], taiwan: bool = False) -> tuple[int, int, str, Any]:
    """A law with what the text around it says: that it is the code of another jurisdiction
    (:func:`~.jurisdictions.of_elsewhere`: 巴西刑法典, 台湾地区“民法”, any law but the mainland's own
    that a text about the law of Taiwan names, ``taiwan``: 民法（台湾地区）), or a year naming its
    version (2007年民事诉讼法, 2023《公司法》, 《公司法（2023修正）》)."""
    start, end, kind, law = event
    if kind != "law" or law.form == "backref":
        return event
    other = of_elsewhere(text, law, taiwan)
    if other is not None:
        return other.start, other.end, kind, other
    before = text[max(0, start - 24):start]
    m = _YEAR_BEFORE.search(before) or _YEAR_NOTE.match(text, end)
    if m is None and before[-1:].isdigit():
        m = _YEAR_TIGHT.search(before)
        if m is not None and m.group("y2") and law.written.startswith("《"):
            m = None  # 10《民法典》: a list number, not a year
    if m is None and law.written[-2:-1] in ")）":
        m = _TITLE_NOTE.search(law.written)
    if m is None:
        return event
    year = int(m.group("y4")) if m.group("y4") else int(m.group("y2")) + (1900 if int(m.group("y2")) > 30 else 2000)
    when = m.groupdict().get("when")
    return start, end, kind, replace(law, as_of=f"{year - 1}-12-31" if when == "前" else f"{year}-12-31", year=year)


def bare_names(text: str, events: list[tuple[int, int, str, Any]], spans: list[tuple[int, int]],
                names: LawNames, digits: list[int] = ()) -> Iterator[tuple[int, int, str]]:
    """Names of the table written without brackets, where they may matter: before article
    numbers or a back-reference (outside bracketed titles), at most :data:`NAME_REACH`
    characters back (earlier paragraphs too: a paragraph naming no law refers to theirs),
    and right before an Arabic article number printed without 第 (``digits``: where they start)."""
    windows: list[list[int]] = [[max(0, at - DIGIT_NAME_REACH), at] for at in digits]
    titled = -1  # the paragraph (its line break) holding the last bracketed title seen
    for start, _end, kind, obj in sorted(events, key=lambda e: e[0]):
        paragraph = line_break_before(text, start)
        if kind == "law" and obj.form != "backref":
            titled = paragraph
            continue
        if kind == "run" or kind == "law" and obj.form == "backref":
            # a paragraph with a title of its own needs only its own names; one without, those before it too
            lo = max(paragraph + 1, start - NAME_REACH)
            if titled != paragraph:
                lo = min(lo, max(0, start - CARRY_REACH))
        else:
            continue
        windows.append([lo, start])
    windows = _merged(windows)
    starts = [s for s, _e in spans]
    iterate = names.automaton.iter_long
    for lo, hi in windows:
        for end, name in iterate(text[lo:hi]):
            start = lo + end + 1 - len(name)
            k = bisect_right(starts, start) - 1
            if k < 0 or start >= spans[k][1]:  # not inside a bracketed title
                yield start, lo + end + 1, name


def _merged(windows: list[list[int]]) -> list[list[int]]:
    """Overlapping ``[lo, hi]`` windows joined, in order."""
    out: list[list[int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def generic_kind(word: str, bracketed: bool = False) -> str:
    """What a back-reference points to: a law (法), an interpretation (解释), 条例, 办法 … or, for
    该规定 and 上述法律, anything; a bracketed 《规定》 or 《意见》, or 本规定 (a document naming
    itself), names its kind."""
    for kind in ("解释", "条例", "办法", *(("规定", "意见") if bracketed or word.startswith("本") else ())):
        if word.endswith(kind):
            return kind
    return "法" if word.endswith("法") else "*"


def bracketed_law(m: re.Match[str], names: LawNames) -> Law:
    """The law a bracketed title (or a 关于适用《…》的解释 title) names."""
    if m.group("wrapped") is not None:
        title = f"关于{m.group('wp')}《{m.group('wt')}》{m.group('ws')}"
        issuer = m.group("wi")
    else:
        title, issuer = m.group("title"), m.group("issuer")
    title = _RUBY.sub("", re.sub(r"\s+", "", title)).replace("〈", "《").replace("〉", "》")
    title = _FILE_NAME.sub("", title) or title
    if issuer and title.startswith("关于"):
        issuer = re.sub(r"\s+", "", issuer)
        both = "检" in issuer and "法" in issuer or issuer == "两高"
        title = ("最高人民法院、最高人民检察院" if both else
                 "最高人民检察院" if issuer in ("最高人民检察院", "最高检") else "最高人民法院") + title
        start = m.start()
    else:
        start = m.start() if m.group("wrapped") is not None else m.start("bracket") + len(issuer or "")
    written = m.string[start:m.end()]
    bare = _VERSION_NOTE.sub("", title) or title
    laws = names.lookup(bare)
    if bare in _GENERIC:
        return Law(start, m.end(), written, None, "backref", generic=generic_kind(bare, bracketed=True))
    if len(laws) == 1:
        kind = names.kind(bare)
        form = {"short": "short", "abbreviation": "abbreviation", "repealed": "short", "title": "title",
                "interpretation": "interpretation", "derived": "interpretation"}.get(kind or "title", "title")
        if form == "title" and ("最高人民法院" in laws[0] or "最高人民检察院" in laws[0]):
            form = "interpretation"
        return Law(start, m.end(), written, laws[0], form)
    if laws:
        return Law(start, m.end(), written, None, "title", laws)
    if bare.startswith("关于"):  # 最高人民法院发布《关于…的规定》: the issuer printed apart
        issued = {law for issuer in ("最高人民法院", "最高人民法院、最高人民检察院", "最高人民检察院")
                  for law in names.lookup(issuer + bare)}
        if len(issued) == 1:
            return Law(start, m.end(), written, issued.pop(), "interpretation")
    loose = names.loosely(bare) if len(bare) > 8 else None  # a full title printed a little differently
    if loose is not None:
        form = "interpretation" if judicial(loose) else "title"
        return Law(start, m.end(), written, loose, form)
    abbreviated = names.abbreviation(bare)
    if abbreviated is not None:
        return Law(start, m.end(), written, abbreviated, "abbreviation")
    implementing = names.implementing(bare)
    if implementing is not None:
        return Law(start, m.end(), written, implementing, "abbreviation")
    misprinted = names.misprinted(bare) if LAWLIKE.search(bare) else None
    if misprinted is not None:  # 《民事讼诉法》
        return Law(start, m.end(), written, misprinted, "short")
    resembling = names.resembling(bare)
    if resembling is not None:  # 《关于执行公证债权文书若干问题的规定》 for …公证债权文书执行…
        form = "interpretation" if judicial(resembling) else "title"
        return Law(start, m.end(), written, resembling, form)
    if _PART.search(bare):  # 《民法典婚姻家庭编》, 《民法典·合同编》, 《刑法分则》: a part of a law
        for cut in range(2, len(bare) - 1):
            whole = names.lookup(bare[:cut]) if _PART.fullmatch(bare, cut) else ()
            if len(whole) == 1:
                return Law(start, m.end(), written, whole[0], "short")
    lawlike = bool(LAWLIKE.search(bare)) and not _NOT_LAW.search(bare) and not bare.startswith("第")
    form = "interpretation" if judicial(bare) else "unknown"
    return Law(start, m.end(), written, bare, form, lawlike=lawlike)
