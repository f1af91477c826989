"""From laws and article numbers in text order to citations: which law each run of article
numbers is of. A run right after a law is that law's; a back-reference (该法, 本法, 同法,
《规定》, 其) and a name the text defines (以下简称) point to a law named before (本法 in the
text of an article under its heading: that heading's law); a bare 第X条 continues a citation
(in its sentence, the next sentence, a paragraph naming one law, the paragraphs under a law or
an article heading, a list of headings) or repeats an article cited before.

In:  the text and its events, in order: ``(start, end, "law", Law)`` and ``(start, end, "run" |
     "this", match)`` (see :mod:`.extractor`), and the law-name table.
Out: :func:`assemble` → :class:`~.records.Citation` per mention (no wording yet);
     :func:`repeated` (the citations with the Arabic numbers without 第 that repeat articles
     cited before); :data:`REPEATED`, :data:`CRIMINAL_CODE`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterator

from .names import LawNames, title_key
from .numbers import NRUN, article_number, next_number, parse_articles
from .records import Citation, Cited, Law
from .text import (CARRY_REACH, NAME_REACH, compiled, line_break_before, opens_line, overlap_test,
                   sentence_end_in)
from .wording import COMMENT, QUOTE, REMARK


#: The kind of law a title names, by how it ends: what 《规定》 or 该解释 may point back to.
#: (民法通则 and 民法总则 are laws too: 该法 points back to them.)
_KIND = compiled(r"(解释|条例|办法|规定|意见|法)(?:典|通则|总则)?(?:[（(][^（）()]*[)）])?$")
_IS_LAW = compiled(r"法(?:典|通则|总则)?(?:[（(][^（）()]*[)）])?$")
_LIST_JOIN = compiled(r"\s*(?:[、，,和及与]|以及)?\s*")
#: The document number printed right after a rule's title: 法释〔2015〕16号, (法发〔2019〕3号).
_DOC_NUMBER = compiled(r"[ \t\u3000]*[\u4e00-\u9fff]{0,6}[〔\[［【]\d{4}[〕\]］】][ \t\u3000]*\d{1,4}[ \t\u3000]*号[ \t\u3000]*")
#: Between a law and its article numbers: spaces, a bracketed note (（2021年修正）,
#: （以下简称《规定》）), a part of the law (总则, 第三编), 的/中的 and 新增 (治安管理处罚法新增第十九条: an
#: article a revision added, which the resolver reads as such).
_GAP = compiled(r"\s*(?:[（(](?:[^（）()\n]|[（(][^（）()\n]{0,6}[)）]){0,40}[)）]\s*)?(?:(?:总则|分则|附则|[^\s，。；、：:“”《》（）()第]{1,8}编)\s*)?"
                 r"(?:(?:中的|中|的|新增(?:了|的)?)\s*)?")
#: The amended text of a law whose amendment the paragraph dated before: 修改后的《民事诉讼法》.
_AFTER_AMENDMENT = compiled(r"(?:修改|修订|修正)后的?\s*$")
#: Before a bare 第X条: a document that is no statute (合同第五条, 公司章程第十条, 判决书第三条).
_OTHER_DOCUMENT = compiled(r"(?:合同|协议|章程|条款|公约|文件|通知|公告|[\u4e00-\u9fff]书|协定|细则|方案|守则|须知|制度|规程"
                            r"|标准|指南|纪要|议案|提案|清单|手册|规范|规则|办法|合约)\s*(?:中的|中|的)?\s*$")
#: After a bare 第X条: words that make 条 a measure word (第一条高速公路, 第三条建议).
_MEASURE = compiled(r"\s*(?:高速|公路|道路|铁路|地铁|线路|航线|河|街|路|线|船|鱼|狗|龙|命|心|建议|措施|经验|举措|原则|底线"
                     r"|红线|规矩|消息|新闻|短信|微信|视频|信息|标语|横幅|评论|留言|主线|通道|渠道|纽带|生产线)")
#: Right after a law's name without brackets, the word that makes it its interpretation's name (侵权责任法司法解释).
_INTERP_AFTER = compiled(r"(?P<s>(?:的)?(?:司法)?解释)(?![学者])")
#: A law followed by this names its judicial interpretation: 《民事诉讼法》司法解释.
_INTERP_GAP = compiled(r"\s*(?P<s>(?:的)?(?:司法)?解释(?:[（(]?[一二三四五六七八九十]+[)）]?)?)\s*")
_DEFINED = compiled(r"[（(](?:(?:[^（）()\n]{0,30}?[,，;；]\s*)?\s*(?:以下简称|以下称|下文简称|下文称|简称|下称)\s*[:：为]?\s*"
                     r"|\s*(?=[“\"]))"  # (“《纪要》”): a quoted name alone in brackets after the title
                     r"(?:[“\"](?P<quoted>[^”\"\n]{1,24})[”\"]"
                     r"|《?(?P<short>[^）)”\"》\s]{1,20})》?)\s*[)）]")
#: A paragraph stating what a rule is based on (根据《刑法》…，解释如下：): it names laws, not its own.
_PREAMBLE = compiled(r"制定本(?:条例|规定|办法|细则|规则|解释|决定|法)|(?:解释|规定|决定)如下\s*[:：]")
#: After the decision an amendment note names (根据…《关于修改部分法律的决定》第一次修正): that decision
#: is no law whose text follows.
_AMENDED_BY = compiled(r"\s*(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改)")
_DECISION = compiled(r"决定[》>〉]?$")
#: After a title of no law, what shows it named in passing, with no number of its own after it
#: (《人体重伤鉴定标准》来解决…, 《人体轻伤鉴定标准》和…).
_PASSING = compiled(r"\s*(?![第0-9０-９一二三四五六七八九十百千（(〔\[【])")
#: After a title, the notice promulgating it (《…》已于…会议通过，现予公布): the text under it is the rule's.
_PROMULGATED = compiled(r"\s*(?:已于|已经|于)[^。\n]{0,60}?(?:通过|修订|修正|批准)\s*[，,]?\s*现予(?:公布|发布|印发)")
#: The wording right against a heading opening its paragraph (第一条为防治大气污染，依据《…》…): the laws
#: it names are its references.
_WORDING_AT = r"(?![规之的和及与或等中所第款项])(?=[\u4e00-\u9fff]{4})"
_WORDING = compiled(_WORDING_AT)
#: Right before a heading that follows the wording of the one before in the same paragraph: a sentence's end.
_HEADING_AFTER = compiled(r"[。；;][ \t\u3000]*$")
#: Before an article heading printed inside a paragraph of a rule's text: a sentence's end and a space
#: (…处15日以下拘留。 第十三条 有下列行为之一的): the laws the wording before it names are not its law.
_INLINE_HEADING = compiled(r"[。；;][ \t\u3000]+$")
#: A label announcing the legal basis a page prints (【法律依据】, 法律依据：) before a quoted article:
#: the headings printed after that article's wording in the same paragraph are of the same law.
_BASIS_LABEL = compiled(r"(?:法律依据|法条依据|法律规定|相关法条|相关法律规定)\s*[】\]］:：]\s*$")
#: What follows an article heading: a space (or a ? printed for one), 【its title】, a colon before its
#: wording (第一条：为了…), a line break before it (第一条 ⏎ 为了…), or its wording.
_HEADING_FOLLOW = compiled(r"[ \t\u3000?？]|\s*【|[：:](?=[ \t\u3000]*[\u4e00-\u9fff【])"
                           r"|[ \t\u3000]*\n(?=[ \t\u3000]*[\u4e00-\u9fff])|" + _WORDING_AT)
#: What parts an article heading from its wording (第一条 【立法目的】…, 第二条　…, 第三条：…, 第四条 ⏎ …): the laws that
#: wording names are its references, not its own law.
_HEADING_SEP = compiled(r"[ \t\u3000]+|\s*【|[：:](?=[ \t\u3000]*[\u4e00-\u9fff【])|\n(?=[ \t\u3000]*[\u4e00-\u9fff])")
#: What stands right before a bare article a sentence speaks of (从第八十二条…, 根据第九条): a word, not a
#: space, a digit or a list mark of shuffled fragments, nor a renumbering (第三十四条改为第三十三条).
_SPOKEN_OF = compiled(r"(?:(?![为作])[\u4e00-\u9fff]|(?<![改变整])[为作])$")
#: What follows it inside its sentence: no line break or space (第七十六条 第一百三十三条 of shuffled fragments).
_IN_SENTENCE = compiled(r"[^\s]")
#: What follows an article cited inside the wording of another rule (…第一千零九十一条规定的⏎“与他人同居”的情形，是指…):
#: the article qualifies a term of that wording, it does not introduce its own.
_REFERRED = compiled(r"\s*(?:所?规定的|所称的?|的规定(?=[\u4e00-\u9fff]))\s*[“\"「\u4e00-\u9fff]")
#: What a law does to another's articles that become its own (改造为, 修改为, 吸收为, 拆分成 …).
_RECAST = compiled(r"(?:改造|修改|修订|调整|吸收|整合|拆分|分解|变更|细化|扩展|继受|改)(?:为|成)")
#: A crime's name in brackets after a bare article (第二百六十四条【盗窃罪】): an article of the criminal code.
_CRIME = compiled(r"\s*[【\[［][^】\]］\n]{1,30}罪[】\]］]")
CRIMINAL_CODE = "中华人民共和国刑法"
#: The customary headings of articles of the criminal code's general part, by article number (第二十条
#: 【正当防卫】): a heading holding the word its number has there names the code (民法典 第一百八十一条【正当防卫】
#: and the 1979 code's 第十七条【正当防卫】 number it otherwise).
_CODE_GISTS = {20: "正当防卫", 21: "紧急避险", 22: "犯罪预备", 23: "犯罪未遂", 24: "犯罪中止", 25: "共同犯罪",
               26: "主犯", 27: "从犯", 28: "胁从犯", 29: "教唆", 65: "累犯", 66: "累犯", 67: "自首", 68: "立功",
               69: "数罪并罚", 72: "缓刑", 81: "假释", 87: "追诉时效"}
_GIST = compiled(r"[ \t\u3000]*[【\[［]([^】\]］\n]{1,20})[】\]］]")
#: The longest stretch between a citation and the bare 第X条 that continues it.
CONTINUATION_GAP = 8
#: Arabic article numbers without 第 (`204条`, `20条、234条`), for :func:`repeated`.
REPEATED = compiled(r"(?<![第0-9０-９.．])(?P<run>[0-9]{1,4}\s*条(?:\s*[、和及与]\s*[0-9]{1,4}\s*条)*)(?![0-9款项之])")
_NO_DI = compiled(r"(?<![第0-9])([0-9]{1,4}\s*条)")
#: What may stand right before a repeated number: a bracket, a list word, 而, 的 (新的204条).
_REPEAT_BEFORE = frozenset("（(、和及与或而的")
#: The sentence ends after which a bare 第X条 opening the next sentence may continue the citation before.
_NEXT_SENTENCE = ("。", "；", ";")


def repeated(text: str, found: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """``found`` with the Arabic article numbers printed without 第 (`新的204条`, `(20条)`) that repeat
    articles just cited: each number cited before as that article, and the citation right before
    it of the same law (within :data:`NAME_REACH`). A count (共15条, 从72条增至132条) is none.
    The citations before each number are taken in once, as the numbers go on through the text."""
    added = []
    overlaps = overlap_test((c.start, c.end) for c in found)
    by_end = sorted(range(len(found)), key=lambda k: found[k].end)
    taken, last = 0, None  # how many citations end before the number; the last of them in ``found``
    cited: dict[str | None, set[str]] = {}  # law → the articles those citations cite of it
    for m in REPEATED.finditer(text):
        start, end = m.start("run"), m.end()
        if text[start - 1:start] not in _REPEAT_BEFORE or overlaps(start, end) or _measure(text, end):
            continue
        while taken < len(by_end) and found[by_end[taken]].end <= start:
            c = found[by_end[taken]]
            last = by_end[taken] if last is None else max(last, by_end[taken])
            cited.setdefault(c.law, set()).update(a.article for a in c.articles)
            taken += 1
        if last is None or found[last].law is None or start - found[last].end > NAME_REACH:
            continue
        articles = parse_articles(_NO_DI.sub(r"第\1", m.group("run")))
        if articles and all(a.article in cited[found[last].law] for a in articles):
            added.append(_again(found[last], text, start, end, articles))
    return tuple(sorted((*found, *added), key=lambda c: c.start)) if added else found


def _again(c: Citation, text: str, start: int, end: int, articles: tuple[Cited, ...]) -> Citation:
    """``c``'s law cited again by the bare articles at ``[start, end)``: a continuation, with
    no wording of its own."""
    return replace(c, start=start, end=end, text=text[start:end], written="", form="continuation",
                   articles=articles, quote="", verbatim=False, sanction="", gloss="")


def _continuing(law: Law, text: str, start: int, end: int, articles: tuple[Cited, ...]) -> Citation:
    """The bare articles at ``[start, end)`` citing ``law``, named before them: a continuation."""
    return Citation(start, end, text[start:end], "", law.law, "continuation", articles,
                    candidates=law.candidates, as_of=law.as_of)


def _cites_right_after(text: str, events: list[tuple[int, int, str, Any]], j: int, wanted: list[str]) -> bool:
    """Whether the law of event ``j`` is followed right away (:data:`_GAP`) by article numbers
    citing the articles ``wanted`` (their labels, in order)."""
    run_start, _run_end, run_kind, run = events[j + 1]
    return run_kind == "run" and _GAP.fullmatch(text, events[j][1], run_start) is not None \
        and [a.article for a in parse_articles(run.group("run"))] == wanted


def _named_next(text: str, events: list[tuple[int, int, str, Any]], i: int, articles: tuple[Cited, ...]) -> Law | None:
    """The law of a bare article heading (event ``i``) that the next line opens with, citing
    the same articles (第四十六条【经济补偿】⏎《劳动合同法》第四十六条规定：…), or None."""
    line_end = text.find("\n", events[i][1])
    if line_end < 0:
        return None
    nxt = text.find("\n", line_end + 1)
    stop = len(text) if nxt < 0 else nxt
    for j in range(i + 1, min(i + 4, len(events) - 1)):
        start, _end, kind, law = events[j]
        if start >= stop:
            return None
        if kind != "law" or start <= line_end:
            continue
        if law.law is None or law.form == "backref" or not law.lawlike \
                or not opens_line(text, start):
            return None
        return law if _cites_right_after(text, events, j, [a.article for a in articles]) else None
    return None


#: How far after an unattributed article heading the text may name its law with the same article.
HEADING_NAME_REACH = 1500


def _named_further(text: str, events: list[tuple[int, int, str, Any]], i: int,
                   articles: tuple[Cited, ...]) -> Law | None:
    """The law of a bare article heading (event ``i``, no law before it) that the text names
    further on with the same articles, before any other heading opens a paragraph (消防条文⏎
    第六十二条 有下列行为之一的…⏎…⏎1. 对《消防法》第六十二条第一项规定的…), within
    :data:`HEADING_NAME_REACH` characters of the heading: the first such citation whose law
    has a title, or None (another article first cited with a law, a back-reference, a title
    that is no law)."""
    wanted = [a.article for a in articles]
    line_end = text.find("\n", events[i][1])
    if line_end < 0:
        return None
    limit = events[i][1] + HEADING_NAME_REACH
    for j in range(i + 1, len(events) - 1):
        start, _end, kind, law = events[j]
        if start > limit:
            return None
        if kind == "run":
            if opens_line(text, start):
                return None  # another heading: its law is no guide to this one
            continue
        if kind != "law" or start <= line_end:
            continue
        if not _cites_right_after(text, events, j, wanted):
            continue
        if law.law is None or law.form not in ("title", "short", "unbracketed") or not law.lawlike:
            return None
        return law
    return None


def assemble(text: str, events: list[tuple[int, int, str, Any]], names: LawNames) -> Iterator[Citation]:
    """Laws and article numbers (in text order) → citations."""
    return _Assembly(text, events, names).citations()


class _Assembly:
    """One text's events read in order: what the reading knows so far (the paragraph, the laws named in
    it and before it, the citations made) and the rules that make each event a citation or none."""

    def __init__(self, text: str, events: list[tuple[int, int, str, Any]], names: LawNames) -> None:
        self.text, self.events, self.names = text, events, names
        self.paragraph = -1  # where the current paragraph starts (the position of its line break)
        self.last: Law | None = None  # the last law named in this paragraph (what 该法 and a bare 第X条 point to)
        self.named: set[str] = set()  # the laws named in this paragraph
        self.listed = False  # ... was the last one named in a list of laws (《刑法》《刑事诉讼法》)? Then it is unclear
        self.defined: dict[str, Law] = {}  # names the text defines (以下简称)
        self.spoken: dict[str, Law] = {}  # ... those of them written without brackets, as printed (以下简称民间借贷规定)
        self.qualifiers: set[str] = set()  # ... the words before the title of those holding one (现行 of 现行《公司法》)
        self.kinds: dict[str, set[str | None]] = {}  # the laws named in the text so far, by the kind they end with
        self.years: dict[str | None, int] = {}  # the year of a law's amendment named in this paragraph
        self.pending: Law | None = None  # the law just named, waiting for its article numbers
        self.before: dict[str, tuple[str, Citation]] = {}  # article label → (law, citation) of the articles cited so far
        self.previous: Citation | None = None  # the citation just made, for a 第X条 right after it
        # the citation made before a title of no law named in passing (《人体重伤鉴定标准》, no number after it):
        # a bare 第X条 later in the same sentence is still its law's
        self.aside: Citation | None = None
        self.cited: Citation | None = None  # the last citation of this paragraph: 该条第2款 is one of its articles
        self.carried: Law | None = None  # the one law of the paragraphs before, for a paragraph naming none
        self.heading: bool | None = None  # does this paragraph open with an article heading (attributed or not)?
        self.inline: Citation | None = None  # the last citation of this paragraph printed as a heading (。 《X》第N条 …)
        self.subject: Citation | None = None  # the article of the last heading opening a paragraph: what 本条 means there
        self.subject_end = -1  # ... where that heading ends (a heading of no known law leaves 本条 to none)
        self.heading_end: int | None = None  # the end of the heading just read, whose citation (if any) is the subject
        self.pos = 0  # where the text taken so far ends
        self.recorded: Citation | None = None  # the last citation entered in ``before``
        self.last_heading: Citation | None = None  # the last citation printed as an article heading opening its line
        self.sole: dict[str, Law] = {}  # the laws the text has named so far (by title), each where it was named last
        self.recasting: Law | None = None  # X of 《X》对《Y》…: the law this paragraph says recast Y's articles
        # where the last article heading opening its paragraph of no known law stands (-1: none since a heading
        # of a known law): the articles its text and the text after it cite are no guide to the headings below
        self.orphan = -1
        self.printed: Law | None = None  # the law of the last heading opening a paragraph (the rule whose text is printed)
        self.fronted = False  # does this paragraph open with the first law it names (《Y》第一条规定：…)?

    def citations(self) -> Iterator[Citation]:
        """The citations, in text order."""
        for i, (start, end, kind, obj) in enumerate(self.events):
            self._settle()
            if start < self.pos:
                continue  # inside what was taken already
            self.pos = end
            self._enter(start)
            if kind == "this":
                made = self._this(start, end, obj)
            elif kind == "law":
                made = self._law(obj)
            else:
                made = self._run(i, start, end, obj)
            if made is not None:
                yield made

    def _made(self, citation: Citation) -> Citation:
        """``citation``, made the last one (of the text and of its paragraph)."""
        self.previous = self.cited = citation
        return citation

    def _settle(self) -> None:
        """Take in the citation made by the event before: the subject of a heading, the articles cited so far."""
        if self.heading_end is not None:
            cited = self.cited
            self.subject = cited if cited is not None and cited.end == self.heading_end else None
            self.subject_end, self.heading_end = self.heading_end, None
        cited = self.cited
        if cited is not None and cited is not self.recorded:
            self.recorded = cited
            if len(cited.articles) == 1 and _HEADING_SEP.match(self.text, cited.end) \
                    and opens_line(self.text, cited.start):
                self.last_heading = cited  # an article heading opening its line: the next one may continue its law
            for a in cited.articles:
                law = cited.law or "?"
                if self.before.get(a.article, (law,))[0] != law:
                    law = "?"  # cited with two laws: no guide
                self.before[a.article] = (law, cited)

    def _enter(self, start: int) -> None:
        """At an event starting at ``start``: begin its paragraph if it opens a new one (carrying the one law
        the paragraph before named clearly), and let a law carried too far go."""
        text = self.text
        here = line_break_before(text, start)
        if here != self.paragraph:
            if self.heading:  # (a rule printed under its title: a heading with no law before it, or right under the title)
                subject = self.subject
                self.orphan = -1
                self.printed = self.carried if subject is not None and subject.law is not None \
                    and (subject.form == "continuation" or "\n" in subject.text) else None
            if self.heading is False:
                self.carried = self.printed = None  # the text of an article whose law is unknown: what it names is no guide
            elif self.heading is None and self.named and self._clause():
                pass  # a paragraph of a printed article citing another law in its wording: the rule's text goes on
            elif self.heading is None and self.named:  # the one law this paragraph named, clearly, for the next ones
                last, carried = self.last, self.carried
                one = last if len(self.named) == 1 and last is not None and not self.listed else None
                one = one if one is not None and (_introduces(text, one, self.cited) or carried is not None
                                                  and carried.law == one.law) else None
                if one is not None or self.cited is not None or not _PREAMBLE.search(text, self.paragraph + 1, here):
                    self.carried = one  # (a preamble naming the laws a rule is based on keeps the rule's title)
            # (under an attributed heading the laws its text names are references: the heading's law carries on)
            self.paragraph, self.last, self.named, self.listed = here, None, set(), False
            self.previous, self.years, self.cited = None, {}, None
            self.recasting = self.inline = self.heading = None
            self.fronted = False
        if self.carried is not None and start - self.carried.end > CARRY_REACH:
            self.carried = None

    def _clause(self) -> bool:
        """Whether the paragraph just read (no heading opening it) is a further paragraph of an article of the
        rule printed above it (违反前款规定…，依照刑法第一百一十四条追究刑事责任。): the rule's law is carried, it
        does not open with the law it names, and it does not end introducing text below it (…规定：)."""
        if not self._in_clause():
            return False
        end = self.text.find("\n", self.paragraph + 1)
        tail = self.text[self.paragraph + 1:len(self.text) if end < 0 else end].rstrip()
        return not tail.endswith(("：", ":"))

    def _in_clause(self) -> bool:
        """Whether the paragraph being read may be a further paragraph of an article of the rule printed above
        it (see :meth:`_clause`): 本法 there is that rule."""
        carried, printed = self.carried, self.printed
        return self.heading is None and not self.fronted and carried is not None and printed is not None \
            and carried.law == printed.law

    def _this(self, start: int, end: int, match: re.Match[str]) -> Citation | None:
        """该条第2款, 本条第一款: a paragraph of the article just cited (under a heading: of the heading's)."""
        base = self.cited
        if match.group("this").startswith("本") and self.subject_end >= 0 and start - self.subject_end <= NAME_REACH:
            base = self.subject  # 本条第一款 under a heading: the heading's article, not one cited in passing
        if base is None or base.law is None:
            return None
        subs = parse_articles(base.articles[-1].article + match.group("this")[2:].strip())
        if not subs:
            return None
        return self._made(Citation(start, end, self.text[start:end], match.group("this")[:2],
                                   base.law, "backref", subs[-1:], as_of=base.as_of))

    # -- a law named --------------------------------------------------------------------------------

    def _law(self, law: Law) -> Citation | None:
        """A law named: what it is (a back-reference, a defined name), what the reading learns from it,
        and the citation of the numbers printed right after it without 第 (《民法典》1085条)."""
        if _DECISION.search(law.written) and _AMENDED_BY.match(self.text, law.end):
            return None  # the decision an amendment note names (…的决定》第一次修正): the rule's history, not a law of its own
        previous, self.previous, self.aside = self.previous, None, None  # a law named since: a bare 第X条 is no longer the last citation's
        law = self.pending = self._meant(law)  # a law with no title (an unclear 该法, 《人民法院报》) takes its numbers too
        if law.law is not None and law.form != "backref" and not law.written.startswith("《") \
                and (interp := _INTERP_AFTER.match(self.text, law.end)) is not None \
                and _interpretation(law, interp.group("s"), self.names) is None:
            # 侵权责任法司法解释全文: an interpretation of the law the table does not know, not the law
            law = replace(law, lawlike=False)
        if law.law is None and not law.candidates or not law.lawlike:
            if not law.lawlike:
                if previous is not None and previous.law is not None and _PASSING.match(self.text, law.end):
                    self.aside = previous
                self.last, self.listed = None, False  # a foreign code, a newspaper: what follows is not the last law's
                if not self.heading or not _PASSING.match(self.text, law.end):
                    self.carried = None  # (a certificate the wording of a printed article names in passing: the rule goes on)
                self.named.add("?")
            return None
        self._name(law)
        return self._numbers_after(law)

    def _meant(self, law: Law) -> Law:
        """The law a mention means: with the version of an amendment the paragraph named, a name the text
        defined, or the law a back-reference points to."""
        text = self.text
        if law.year is not None:
            self.years[law.law] = law.year
        elif law.law in self.years and _ends_at(_AFTER_AMENDMENT, text, law.start, 8):
            law = replace(law, as_of=f"{self.years[law.law]}-12-31")  # 2007年…修改前的X … 修改后的X
        key = title_key(law.written)
        qualified = _qualified(text, law, self.defined) if self.qualifiers and law.written.startswith("《") \
            and any(text.endswith(q, 0, law.start) for q in self.qualifiers) else None
        if qualified is not None:  # 现行《公司法》, 新《未保法》: names the text defined (with their version)
            return replace(qualified, start=law.start, end=law.end, written=law.written, form="defined")
        if law.form in ("unknown", "backref") and key in self.defined:
            return replace(self.defined[key], start=law.start, end=law.end, written=law.written, form="defined")
        if law.form == "backref":
            return self._pointed(law)
        return law

    def _pointed(self, back: Law) -> Law:
        """The law a back-reference (该法, 本法, 《规定》, 其) points to, or ``back`` unresolved."""
        text, last = self.text, self.last
        own = self.carried if back.written.startswith("本") and (self.heading or self._in_clause()) else None
        if own is not None and own.law is not None and not _quoting(text, own.end, back.start):
            # 第二条 依照《治安管理处罚法》处罚；有本法第一条…: in the text of a rule's article, 本法 (本解释 …)
            # is that rule, not a law its wording named in passing (unless inside a quotation of that law)
            found = _resolve_back(back, own, False)
            if found.law is not None:
                return found
        law = _resolve_back(back, last, self.listed) if last is not None or self.named else \
            _resolve_back(back, self.carried, False)
        if back.written == "其":  # the law its own sentence named last (after a comma: no list), or none
            law = back if last is None or last.law is None or not last.lawlike \
                or sentence_end_in(text, last.end, back.start) >= 0 \
                or self.listed and text[last.start - 1:last.start] not in ",，" else replace(back, law=last.law)
        if law.law is None and last is not None and back.generic not in (None, "*", "法"):
            law = _resolve_back(back, self.carried, False)  # 本规定 in a quoted 规定 whose text names a 法
        if law.law is None and back.generic not in (None, "*") \
                and (law.written.startswith("《") or back.generic != "法") \
                and len(self.kinds.get(law.generic or "", ())) == 1:
            # 《规定》, 本规定 far from its law: the one 规定 the text has named
            (only,) = self.kinds[law.generic or ""]
            law = replace(law, law=only)
        return law

    def _name(self, law: Law) -> None:
        """Take in a law named: the last one of its paragraph (in a list or not), and of the text."""
        last = self.last
        if last is not None and last.law is not None and law.law is not None and last.law != law.law \
                and self.text[last.end:law.start].strip() in ("对", "将", "把"):
            self.recasting = last  # 《民法典》对《合同法》第52条…改造为…第146条: the articles it became are X's
        if law.form not in ("backref", "defined") or law.law != (last.law if last else None):
            self.listed = last is not None and last.law != law.law and _adjacent(self.text, last.end, law.start)
            self.last = law
        if not self.named and law.form != "backref" and opens_line(self.text, law.start, self.paragraph + 1):
            self.fronted = True
        self.named.add(law.law or "?")
        if law.form != "backref":
            self.sole[law.law or "?"] = law
        if law.law is not None and law.form != "backref":
            kind_of = _KIND.search(law.law)
            if kind_of is not None:
                self.kinds.setdefault(kind_of.group(1), set()).add(law.law)

    def _numbers_after(self, law: Law) -> Citation | None:
        """After a law: the name it is given (以下简称…, also after its document number), taken in; and
        the citation of article numbers printed right after it without 第 (《民法典》1085条)."""
        text = self.text
        gap = _GAP.match(text, law.end)
        note = _DEFINED.match(text, _skip_spaces(text, law.end))
        number = _DOC_NUMBER.match(text, law.end) if note is None else None
        if number is not None:  # 《…解释》法释〔2015〕16号(以下简称…)
            note = _DEFINED.match(text, number.end())
        if note is not None and (gap is None or note.start() < gap.end() or number is not None):
            if law.law is not None:
                self._define(note.group("quoted") or note.group("short"), law)
            self.pos = note.end()  # the name defined is no law of its own
        bare = NRUN.match(text, gap.end() if gap else law.end) if law.law is not None else None
        if bare is None or self.pos > bare.start():
            return None
        articles = parse_articles(bare.group("run"))
        if not articles:
            return None
        self.pending, self.pos = None, bare.end()
        return self._made(_cite(text, law, bare.end(), articles))

    def _define(self, short: str, law: Law) -> None:
        """Take in a name the text gives ``law`` (以下简称 ``short``)."""
        self.defined[title_key(short)] = law
        if "《" not in short and len(short) >= 2 and not self.names.lookup(short):
            self.spoken[short] = law
        elif 0 < short.find("《") <= 3:
            self.qualifiers.add(short[:short.find("《")])

    # -- a run of article numbers -------------------------------------------------------------------

    def _run(self, i: int, start: int, end: int, match: re.Match[str]) -> Citation | None:
        """A run of article numbers: of the law named right before it, or (printed bare) of the law the
        reading finds for it."""
        text = self.text
        articles = parse_articles(match.group("run"))
        law, self.pending = self.pending, None
        if not articles:
            return None
        if opens_line(text, start) and not self.named \
                and (_HEADING_SEP.match(text, end) or _WORDING.match(text, end) and not REMARK.match(text, end)):
            self.heading_end = end  # an article heading opening its paragraph: the article 本条 means after it
        # an article heading opening its paragraph: the laws its text names do not carry on
        opens = not self.named and self.cited is None and opens_line(text, start)
        if law is not None and (law.law is None and not law.candidates or not law.lawlike):
            if sentence_end_in(text, law.end, start) < 0 and self.aside is None:
                return None  # numbers of no law (该法 unclear, a newspaper's 《…》): no citation
            law = None  # (an unclear 本条例 of the sentence before takes no numbers of this one)
        if law is not None:
            made = self._of_law(law, start, end, articles, opens)
            if made is not None:
                return made
        return self._bare(i, start, end, articles, opens)

    def _of_law(self, law: Law, start: int, end: int, articles: tuple[Cited, ...], opens: bool) -> Citation | None:
        """The citation of a run printed right after its law (across a gap :data:`_GAP` allows, or 司法解释
        naming the law's interpretation), or None if the run does not follow its law."""
        text = self.text
        between = text[law.end:start]
        fits = _GAP.fullmatch(between) is not None
        if fits and law.law != CRIMINAL_CODE and "\n" in between and _CRIME.match(text, end) is not None:
            # 渎职罪司法解释 ⏎ 第三百九十七条【滥用职权罪】: only the criminal code names a crime after its
            # articles, whatever rule the line above names
            law = Law(start, end, "", CRIMINAL_CODE, "continuation")
        if not fits and law.law is not None and (interp := _INTERP_GAP.fullmatch(between)) is not None:
            found = _interpretation(law, interp.group("s"), self.names)
            if found is not None:
                law, fits = replace(law, law=found, form="interpretation", candidates=()), True
        if not fits:
            return None
        if law.law is not None and self.cited is None and self.named == {law.law} \
                and opens_line(text, law.start, self.paragraph + 1) \
                and (_HEADING_SEP.match(text, end) or QUOTE.match(text, end)):
            opens = True  # 《X》第N条 opening its paragraph, its wording after it: a heading too
        made = self._made(_cite(text, law, end, articles))
        if opens and law.law is not None:
            self.heading, self.carried = True, replace(law, end=end)
        elif self.heading and law.law is not None and _ends_at(_HEADING_AFTER, text, law.start, 4) \
                and _heading_follows(text, end):
            self.carried = replace(law, end=end)  # …。《Y》第N条 …: the headings after it are Y's, not the first one's
        if law.law is not None and _HEADING_FOLLOW.match(text, end) \
                and (opens_line(text, law.start, self.paragraph + 1)
                     or _ends_at(_INLINE_HEADING, text, law.start, 4) is not None
                     or _ends_at(_BASIS_LABEL, text, law.start, 12) is not None):
            self.inline = made  # 《劳动合同法》第四十七条 经济补偿按…: the next headings may be its law's
        return made

    def _bare(self, i: int, start: int, end: int, articles: tuple[Cited, ...], opens: bool) -> Citation | None:
        """A bare 第X条 (no law right before it): the law the rules below find for it, tried in order, or none."""
        text, events = self.text, self.events
        named, last, previous, carried = self.named, self.last, self.previous, self.carried
        if _ends_at(_OTHER_DOCUMENT, text, start, 8):
            self.previous = None  # 合同第五条: the article of another document
            if opens:  # …量刑标准 ⏎ 第一百四十四条【…】: a heading of that document, whose text the next headings go on
                self.heading, self.orphan = False, start
            return None
        said = _spoken(text, start, self.spoken) if self.spoken else None
        if said is not None:  # 民间借贷规定第二十六条, the text having defined 民间借贷规定
            at, law = said
            return self._made(Citation(at, end, text[at:end], text[at:start].rstrip("的中 "), law.law, "defined",
                                       articles, candidates=law.candidates, as_of=law.as_of))
        again = _cited_before(self.before, articles, start)
        if again is not None and opens and again.start > self.orphan >= 0 and _heading_follows(text, end):
            # 第一条【…】…属于民法典第二条规定的… ⏎ 第二条【…】: the next heading of a rule whose law is unknown,
            # not the article its wording cited of another law
            again = None
        if again is not None and (len(named) > 1 or self.listed) and again.law in named:
            # 《民事诉讼法》第225条 … 《执行异议规定》第7条 … 第225条: an article cited before, with one of the
            # laws of its paragraph, is that law's again
            return self._made(_again(again, text, start, end, articles))
        recasting = self.recasting
        if recasting is not None and last is not None and last.law != recasting.law \
                and named == {recasting.law, last.law} and _RECAST.search(text, last.end, start) is not None \
                and not _measure(text, end):
            # 《民法典》对《合同法》第52条…的规定，继受改造为3个规范：1. 第146条…；2. 第153条…: the new law's articles
            return self._made(_continuing(recasting, text, start, end, articles))
        if previous is not None and start - previous.end <= CONTINUATION_GAP \
                and sentence_end_in(text, previous.end, start) < 0:
            return self._made(_again(previous, text, start, end, articles))
        if self.heading and carried is not None and carried.law is not None \
                and _ends_at(_HEADING_AFTER, text, start, 4) and _heading_follows(text, end):
            # 制定本条例。第二条 本条例…: the next heading of the rule whose heading opened the paragraph
            return self._next_heading(carried, start, end, articles)
        if again is not None and len(articles) > 1 and (last is None or again.law != last.law) \
                and not _measure(text, end):
            # 即第4条、第25条、26条: several articles, each cited before with one law (and only it), are
            # that law's again, whatever law the sentence names in passing
            return self._made(_again(again, text, start, end, articles))
        in_rule = not self.heading and _ends_at(_INLINE_HEADING, text, start, 4) is not None \
            and _HEADING_FOLLOW.match(text, end) is not None and COMMENT.match(text, end) is None
        if in_rule and self.inline is not None:
            # 。 《劳动合同法》第四十七条 经济补偿… 。 第八十七条 用人单位…: the next heading of the same law
            self.inline = self._made(_again(self.inline, text, start, end, articles))
            return self.inline
        if last is not None and not self.listed and last.law is not None and not _measure(text, end) \
                and not in_rule and (len(named) == 1 or sentence_end_in(text, last.end, start) < 0):
            # a bare 第X条 in a paragraph whose law is clear: the only law it names, or the
            # last one named in the same sentence
            return self._made(_continuing(last, text, start, end, articles))
        aside = self.aside
        if aside is not None and last is None and again is not None and again.law == aside.law \
                and not self.listed and not _measure(text, end) and not in_rule \
                and sentence_end_in(text, aside.end, start) < 0:
            # 在适用《刑法》第234条第2款时，用《人体重伤鉴定标准》来解决…，而在适用第234条第1款时: a title of no
            # law named in passing (a standard, a book) leaves the sentence's law to an article of it cited
            # before (a new number may be the title's own: no law's)
            return self._made(_again(aside, text, start, end, articles))
        if previous is not None and previous.law is not None and previous.end < start \
                and text[start - 1:start] in _NEXT_SENTENCE and not _measure(text, end) and not in_rule \
                and _HEADING_SEP.match(text, end) is None and sentence_end_in(text, previous.end, start - 1) < 0:
            # 《X》第四条将…降低到三十万。第五条则明确规定…: a bare 第X条 opening the sentence right after
            # the one citing X, no law named since, is X's too
            return self._made(_again(previous, text, start, end, articles))
        if carried is not None and not named and carried.law is not None and not _measure(text, end) \
                and (opens or again is None or again.law == carried.law) \
                and (opens and _heading_follows(text, end)
                     or not _named_later(text, events, i, carried)):
            # a paragraph naming no law (an article heading under a title, 法律依据 lists, a
            # quoted article's own text) refers to the one law of the paragraphs just before
            made = self._made(_continuing(carried, text, start, end, articles))
            if opens:
                self.heading, self.carried = True, replace(carried, end=end)  # a list of headings goes on
            return made
        if again is not None and not named and not _measure(text, end):
            # a paragraph naming no law, whose article was cited before with one law only: that law's
            return self._made(_again(again, text, start, end, articles))
        if _CRIME.match(text, end) is not None or opens and _code_heading(text, end, articles):
            # 第一百三十三条之二【妨害安全驾驶罪】: only the criminal code names a crime after its articles
            # (and 第二十条 【正当防卫】 opening its line is the code's heading: :data:`_CODE_GISTS`)
            code = Law(start, end, "", CRIMINAL_CODE, "continuation")
            made = self._made(_continuing(code, text, start, end, articles))
            if opens:
                self.heading, self.carried = True, code
            return made
        ahead = _named_next(text, events, i, articles) if opens else None
        if ahead is None and opens and _heading_follows(text, end) \
                and not REMARK.match(text, end):
            ahead = _named_further(text, events, i, articles)
        if ahead is not None:
            # 第四十六条【经济补偿】⏎《劳动合同法》第四十六条规定：… : a heading whose law the next line names with it
            return self._made(_continuing(ahead, text, start, end, articles))
        last_heading = self.last_heading
        if opens and last_heading is not None and last_heading.law is not None \
                and self.names.lookup(last_heading.law) \
                and start - last_heading.end <= NAME_REACH and _HEADING_SEP.match(text, end) \
                and next_number(last_heading.articles[-1].article, articles[0].article):
            # 第二百二十四条 执行依据…⏎关联参见《…》…⏎第二百二十五条 对违法的执行行为…: the next article
            # of the law whose heading came last, whatever laws the text between names (a law of the
            # table only: a title the table lacks may be cut or garbled, and its headings are left alone)
            return self._after_heading(last_heading, start, end, articles)
        only = next(iter(self.sole.values())) if len(self.sole) == 1 else None
        if only is not None and only.law is not None and not opens and not named and not in_rule \
                and not self.heading and start - only.end <= NAME_REACH and not _measure(text, end) \
                and (again is None or again.law == only.law) and _IN_SENTENCE.match(text, end) is not None \
                and _ends_at(_SPOKEN_OF, text, start, 4) is not None \
                and not _named_later(text, events, i, only):
            # 结合《劳动合同法》的规定，… ⏎ … ⏎ 从第八十二条的文字表述来看: a bare article in a text that has
            # named one law only, named in passing paragraphs before, is that law's
            return self._made(_continuing(only, text, start, end, articles))
        if opens:
            self.heading, self.orphan = False, start
        self.previous = None
        return None

    def _next_heading(self, carried: Law, start: int, end: int, articles: tuple[Cited, ...]) -> Citation:
        """The heading at ``[start, end)`` printed inside the paragraph of the heading before it, of the same
        rule (``carried``): its article is what 本条 means after it (…。第二条 …，违反本条第一款…)."""
        self.carried = replace(carried, end=end)
        made = self._made(_continuing(carried, self.text, start, end, articles))
        if self.subject_end >= 0:
            self.subject, self.subject_end = made, end
        return made

    def _after_heading(self, last_heading: Citation, start: int, end: int, articles: tuple[Cited, ...]) -> Citation:
        """The heading at ``[start, end)`` numbered right after ``last_heading``, of its law: in a paragraph
        naming no law, its text goes on under it (its 本法 and the headings after it are that law's)."""
        made = self._made(_again(last_heading, self.text, start, end, articles))
        if not self.named:
            self.heading, self.carried = True, Law(start, end, "", last_heading.law, "continuation",
                                                   last_heading.candidates, as_of=last_heading.as_of)
        return made


def _quoting(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened between ``start`` and ``end`` is still open at ``end``."""
    return text.count("“", start, end) + text.count("「", start, end) \
        > text.count("”", start, end) + text.count("」", start, end)


def _measure(text: str, end: int) -> bool:
    """Whether the 条 of article numbers ending at ``end`` is a measure word (第一条高速公路, 第三条建议)."""
    return _MEASURE.match(text, end) is not None


def _heading_follows(text: str, end: int) -> bool:
    """Whether what follows article numbers ending at ``end`` parts a heading from its wording (a
    space, 【) or is that wording itself."""
    return bool(_HEADING_SEP.match(text, end) or _WORDING.match(text, end))


def _ends_at(pattern: compiled, text: str, pos: int, reach: int) -> re.Match[str] | None:
    """The match of ``pattern`` (one ending with ``$``) that ends at ``pos``, found in the ``reach``
    characters before it."""
    return pattern.search(text, max(0, pos - reach), pos)


def _code_heading(text: str, end: int, articles: tuple[Cited, ...]) -> bool:
    """Whether the bracketed heading after the one article ``articles`` (ending at ``end``) is the criminal
    code's for that article number (see :data:`_CODE_GISTS`)."""
    gist = _GIST.match(text, end)
    if gist is None or len(articles) != 1 or articles[0].paragraph is not None or "之" in articles[0].article:
        return False
    word = _CODE_GISTS.get(article_number(articles[0].article) or 0)
    return word is not None and word in gist.group(1)


def _cited_before(before: dict[str, tuple[str, Citation]], articles: tuple[Cited, ...], start: int) -> Citation | None:
    """The last citation of the text (within :data:`NAME_REACH`) whose law is the one law every one of
    ``articles`` was cited with before, if there is one."""
    found = [before.get(a.article) for a in articles]
    if not found or any(f is None or f[0] == "?" or start - f[1].end > NAME_REACH for f in found):
        return None
    laws = {f[0] for f in found}
    return found[-1][1] if len(laws) == 1 else None


def _introduces(text: str, law: "Law", cited: Citation | None) -> bool:
    """Whether the paragraph that names ``law`` (last) may lend it to the paragraphs after it:
    it cites one of its articles (not as the subject of an interpretation it names: 刑法266条司法解释), or no sentence ends after the law's name (a title on its own
    line, 《X》的有关规定如下：, a table's header), or the notice promulgating it follows the name
    (《X》已于…通过，现予公布), not a law named in passing in a sentence (依照《X》的规定处罚。)."""
    if cited is not None and cited.form != "backref" and _REFERRED.match(text, cited.end) is not None:
        # 民法典第一千零四十二条规定的“与他人同居”…: the wording of another rule, citing the law by its name in
        # passing (a rule's own articles are 本法第N条 there)
        return False
    if cited is not None and cited.form != "backref" and _INTERP_AFTER.match(text, cited.end) is not None:
        return False  # 新刑法266条司法解释: an interpretation of that article the text describes, not the law
    if cited is not None or _PROMULGATED.match(text, law.end):
        return True  # (《X》已于…通过，现予公布，…: the text under the notice is X's)
    end = text.find("\n", law.end)
    return sentence_end_in(text, law.end, len(text) if end < 0 else end) < 0


_SPOKEN_GAP = compiled(r"(?:中的|中|的)?\s*$")
#: What may stand right before a defined name written without brackets (not a longer name: 两高司法解释).
_SPOKEN_BEFORE = compiled(r"[^\u4e00-\u9fff《]|[照据依按和及与或即在由对经]")


def _spoken(text: str, start: int, spoken: dict[str, Law]) -> tuple[int, Law] | None:
    """Where a name the text defined without brackets stands right before ``start`` (with 的,
    中 between), and its law; None if none does."""
    head = text[max(0, start - 30):start]
    head = head[:_SPOKEN_GAP.search(head).start()]
    for short, law in spoken.items():
        if head.endswith(short) and (len(head) == len(short) or _SPOKEN_BEFORE.match(head, len(head) - len(short) - 1)):
            return start - (len(text[max(0, start - 30):start]) - len(head)) - len(short), law
    return None


def _qualified(text: str, law: Law, defined: dict[str, Law]) -> Law | None:
    """The law of a name the text defined with a word before the title (以下简称“现行《公司法》”,
    以下简称新《未保法》) when that word stands before this title too."""
    for k in (1, 2, 3):
        found = defined.get(title_key(text[max(0, law.start - k):law.start] + law.written))
        if found is not None:
            return found
    return None


def _named_later(text: str, events: list[tuple[int, int, str, Any]], i: int, law: Law) -> bool:
    """Whether the first law the sentence of event ``i`` names after it is another law than
    ``law`` (第38条之外，《传染病防治法》… names its own law)."""
    stop = sentence_end_in(text, events[i][1])
    stop = len(text) if stop < 0 else stop
    for j in range(i + 1, len(events)):
        start, _end, kind, obj = events[j]
        if start >= stop:
            return False
        if kind == "law" and obj.form != "backref":
            return obj.law != law.law
    return False


def _cite(text: str, law: Law, end: int, articles: tuple[Cited, ...]) -> Citation:
    return Citation(law.start, end, text[law.start:end], law.written, law.law, law.form, articles,
                    candidates=law.candidates, as_of=law.as_of)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return pos


def _adjacent(text: str, end: int, start: int) -> bool:
    """Two law names one right after the other (a list: 《刑法》《刑事诉讼法》, 《刑法》和《刑事诉讼法》)."""
    return start - end <= 3 and _LIST_JOIN.fullmatch(text, end, start) is not None


def _resolve_back(law: Law, last: Law | None, listed: bool) -> Law:
    """A back-reference's law: the last law of the paragraph, when it is clear and of the kind named."""
    if last is None or listed or last.law is None:
        return law
    target = last.law
    kind = law.generic or "*"
    if kind == "法" and not _IS_LAW.search(target):
        return law
    if kind not in ("法", "*") and kind not in target[-8:]:
        return law
    return replace(law, law=target, candidates=())


def _interpretation(law: Law, suffix: str, names: LawNames) -> str | None:
    """The judicial interpretation of ``law`` that ``《民事诉讼法》司法解释`` names."""
    suffix = suffix.removeprefix("的")
    for base in (law.written.strip("《》"), law.law or ""):
        found = names.lookup(base + suffix) or names.lookup(base + "司法" + suffix.removeprefix("司法"))
        if len(found) == 1:
            return found[0]
    return None
