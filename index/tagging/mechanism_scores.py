"""How much a text says of each mechanism: its matches weighed where they stand.

In:  the :class:`.mechanisms.MechHit` of one whitespace-free text, its sentence-unit bounds,
     ``weight(pos)`` (title 3, heading 2, body 1), ``body(pos)`` and the labels' cue words.
Out: :func:`scores`: label → weight of what is said; a label counts (:mod:`.about`) at
     :data:`THRESHOLD`.

A label counts where the text gives it at least a sentence of its own, not for a word in
passing. Every match outside an enumeration (``诉前调解、执前调解``; ``限制高消费和失信惩戒``; ``纳入失信名单并限制高消费``;
``曝光失信被执行人`` as an item; an outline's item, ``（二）攻坚“执行联动”（三）``; an outline's marker
``二、`` opening a heading is no enumeration's comma; a clause of a tally, one of :data:`TALLY` or more clauses
of its sentence that each give a count, ``公布失信被执行人名单5528人次，限制出入境901人次，罚款70人次``) scores
its zone weight (1 in body text); a match that only names a quantity (``290余万元案款``,
``执行案款217.77亿元``, ``失信被执行人21名``) scores nothing, unless it is a description followed by the sum it
hands over (``集中兑付了…工资款116.8万元``). A sentence unit that holds
a scoring match adds 1 for each of: a count in digits within :data:`NEAR` characters of it (``判处刑罚91人``, ``达30余万人``; not a sum of money or a rate, nor
``两次`` in Chinese numerals),
or opening the next sentence where the match ends its own (``…集中执行的号角。80余名干警…``); opening
with it and going on for at least :data:`CLAUSES` clauses; going on after it, to the end
of the next sentence, with :data:`CUED` of the label's cue words (通过先行调解成功化解纠纷:
化解, 纠纷), a cue word that is itself a whole match of the label left out (拍卖难度大，一旦拍卖流拍:
the word repeated is another mention, not its subject); for a description, telling a case in its sentence (此案由中院指定某县法院执行; one dispute's parties
reconciled, 两户人家和好如初), and for
any match, a sentence that tells of cases (几个被追究拒执罪的典型案例). A match in a
document's title (《关于加强集中执行工作的通知》, or a directive named without its brackets:
根据…关于开展“…集中执行…”的相关指示; a title the text breaks off in, 《…关于依法严肃查处拒不执行判决、裁定和…)
is a mention without these additions, nor one a passage on the subject adds to, one
however many of the label's forms the title holds (《关于加强诉源治理推动矛盾纠纷源头化解的意见》),
and none at all in a list of titles. A label whose body mentions fall short of :data:`THRESHOLD` adds 1 where the passage around
one of them (:data:`PASSAGE` characters either side, the mention itself left out) holds
:data:`SUBJECT` of its cue words: one plain mention in a passage on its subject is enough.
A label needs :data:`THRESHOLD`, and at least one
scoring match in the body or a heading, or else a match in the title and :data:`CUED` of
its cue words in the body: a title whose body does not speak of it, or a caption, is not
enough. A match in a heading the page breaks off after, with no body text or heading after
it (:func:`_headed`), scores nothing.

A match in a clause that only gives the background (随着…), or a match that only dates it
(集中执行后…) or frames its time as what was under way (在…集中执行活动中，…; 在精准执行集中行动中又…),
does not open its sentence. A match among the aims a sentence's purpose opens with, in a
clause that goes on with the aim after its 为 clause (为深入践行…理念，切实将矛盾纠纷化解在基层，某日，
某法院…), is a mention without the additions: the sentence tells what was done for the
purpose, not of that aim.

What each match asks of its sentence (a clause mark, a cue word, whether the sentence opens
with leads, whether it tells of cases, whether it is a tally) is read through in a short
stretch, else looked up in the places of the marks and words of the whole text
(:mod:`.positions`), or worked out once per sentence, not scanned for again from each match:
a sentence of thousands of clauses costs no more per match than a short one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Mapping

from .mechanisms import MechHit, cue_text
from .mention_places import CLAUSE, CLAUSE_CUTS, CLOSE, OPEN, clause_start
from .positions import WINDOW, first_mark, positions, within
from .textmap import PART_SEP, unit_of

#: What a label's matches must weigh for the text to be about it (:mod:`.about`).
THRESHOLD = 2.0
#: How far (in characters, within its sentence unit) a count may stand from a match.
NEAR = 20
#: How many clauses a sentence that opens with a match needs to be about it.
CLAUSES = 3
#: How many lead clauses (a time, a purpose, the plan followed) may stand before the match
#: that opens a sentence.
LEADS = 2
#: How many of its label's cue words what follows a match (the rest of its sentence and the
#: next one) needs for the sentence to be about it.
CUED = 2
#: How many of its label's cue words a body needs to speak of the label's subject throughout,
#: so that one plain mention of the label in it is enough.
SUBJECT = 5
#: How far (in characters) on either side of a mention its passage reaches.
PASSAGE = 300
#: A count in digits (判处刑罚91人, 达30余万人, 1.2万余件, 450头生猪); counts in Chinese numerals (两次, 三名) are
#: as often a manner of speaking as a tally, and add nothing.
_COUNT = re.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:余|多)?(?:件|人|家|起|次|宗|户|名|套|辆|台|笔|项|亩|场|头)")
#: A sum of money right before a match, or a figure right after it: the match names a quantity.
_SUM_BEFORE = re.compile(r"\d(?:余|多)?(?:万|亿)?(?:余|多)?元$")
_FIGURE_AFTER = re.compile(r"[率额]?(?:为|达)?\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:余|多)?(?:元|%|％|名|人)")
#: A case told in a description's sentence (此案由中院指定某县法院执行, 将案件指定由…法院执行), or one
#: dispute's parties reconciled (两户人家和好如初, 和邻居握手言和): the outcome of one case.
_CASE = re.compile(r"(?:此|该|本|这起|该起|这宗)案(?!例|件类)|将(?:该|此|这起)?(?:执行)?案件|握手言和|重归于好|冰释前嫌|和好如初")

#: What separates the items of a tally (拘留285人次，罚款70人次；…).
_ITEM_CUT = re.compile(r"[，,；;、]")
#: How many clauses with a count a sentence needs to be a tally, its matches items of it.
TALLY = 3
#: A first clause that only leads into the sentence: a few characters, a purpose, a time, the
#: plan or the guidance it follows (根据市中院统一部署, 在县委的支持下).
_LEAD = re.compile(r".{0,5}|为.*|.*(?:以来|期间|之际|前夕)|(?:根据|按照|依照|遵照).*(?:部署|要求|安排|指示|方案)"
                   r"|在.*(?:指导|支持|部署|领导|带领|协调)下"
                   r"|(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上午|下午|中午|晚上|晚|凌晨|早上|清晨|傍晚|夜间|夜)?"
                   r"(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:许|左右)?")
#: What turns a match into the time of its sentence (集中执行后我回到办公室; 在…集中执行活动中，…):
#: it does not open it.
_TIMED = re.compile(r"[”’》」)）\"]?(?:(?:之后|以后|后|之时|时)(?![间期效限代续盾])|(?:活动|行动|工作|过程)?(?:中|期间)[，,])")
#: The close of a frame 在…中 a match stands in (在精准执行集中行动中又…): with 在 before the match in
#: its clause, it gives the setting of what the sentence tells, whatever follows it.
_FRAMED = re.compile(r"[”’》」)）\"]?(?:活动|行动|工作|过程)?中(?![国央心部级间止断标层院])")
#: How a clause that only gives the background of its sentence opens (随着…的深入，…).
_BACKGROUND = ("随着", "伴随着")
#: An essay's sentence that announces its subject (本文…剖析“执转破”制度…), not its credits
#: (本文为…原创, 本文系…课题, 本文由…供稿).
_THESIS = re.compile(r"本文(?![为系由亦])")
#: What ends a full sentence; the full stop ends one only in an English text, whose sentence units
#: end at it (:func:`.mechanisms.english_units`).
_SENTENCE_END = "。！？!?."

#: A sentence that opens with its purpose (为深入践行…理念，切实将矛盾纠纷化解在基层，2025年4月11日，某法院…):
#: the purpose clause, after at most a short lead or a byline (近日，; 中国报道讯(通讯员某某)), and
#: the clauses that go on with it without a subject, opening with a word of aim or manner.
_PURPOSE = re.compile(r"(?:.{0,5}[，,]|[^，,。]{0,16}?(?:讯|电|[)）]))?为了?(?!此|止|期|主|准|由|何|什么|首|例|人所)")
_PURSUES = re.compile(r"(?:切实|持续|充分|深入|进一步|积极|全面|更好|更加|着力|努力|不断|有效|聚力|大力|扎实|坚持|推动|推进"
                      r"|助力|确保|加快|加强|深化|提升|促进|维护|保障|构建|搭建|打造|营造|实现|落实|贯彻|践行|发挥|服务"
                      r"|优化|筑牢|压实)")


def _timed(text: str, s: int, start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` (its sentence opening at ``s``) only dates or frames
    what its sentence tells: 集中执行后…, 在…集中执行活动中，…, 在精准执行集中行动中又…."""
    if _TIMED.match(text, end):
        return True
    if _FRAMED.match(text, end) is None:
        return False
    return within(text, "在", clause_start(text, s, start), start)


def _purposed(text: str, s: int, pos: int) -> bool:
    """Whether ``pos`` lies in the purpose a sentence opens with (:data:`_PURPOSE`): its 为 clause,
    or a clause after it that goes on with the aim without a subject (:data:`_PURSUES`)."""
    if not within(text, "为", s, pos):
        return False
    m = _PURPOSE.match(text, s, pos)
    if m is None:
        return False
    i, first = m.end(), True
    while True:
        cut = first_mark(text, CLAUSE_CUTS, i, pos)
        if cut < 0:
            return not first
        i, first = cut + 1, False
        if not _PURSUES.match(text, i, pos + 1):
            return False


def scores(hits: Iterable[MechHit], text: str, bounds: list[int], weight: Callable[[int], float],
           body: Callable[[int], bool] | None = None,
           cues: Mapping[str, tuple[str, ...]] | None = None) -> dict[str, float]:
    """Label → how much the text says of it (see the module docstring); ``body(pos)`` tells
    whether a position is in the body or a heading (None: everywhere), ``cues`` gives each
    label's cue words (:attr:`Taxonomy.cues`). A label without a scoring match in the body
    is left out. ``bounds`` are the text's sentence units, an English text's ending at its full
    stops (:func:`.mechanisms.english_units`)."""
    worded = cue_text(text)  # where cue words are looked for: an English text in small letters
    out: dict[str, float] = {}
    bonus_units: set[tuple[str, int, str]] = set()
    tallies: dict[int, list[tuple[int, int]]] = {}  # sentence start → its tally's clauses
    leads: dict[int, int] = {}  # sentence start → how many of its clauses may lead into it (:func:`_leading`)
    cases: dict[tuple[int, str], bool] = {}  # (sentence start, "case" | "案例") → whether it tells of cases
    kept: dict[str, dict[str, list[int]]] = {}  # label → each cue word's places that are no match of the label
    in_body: set[str] = set()
    headline: set[str] = set()
    scored: dict[str, list[tuple[int, int]]] = {}  # label → its scoring matches in the body
    hits = list(hits)
    own: dict[str, set[tuple[int, int]]] = {}  # label → the spans of its matches
    for h in hits:
        own.setdefault(h.label, set()).add((h.start, h.end))
    for h in hits:
        if h.in_list or (_quantity(text, h.start, h.end) and not (h.clause and _sum_after(text, h.end))):
            continue
        if _tallied(text, bounds, h.start, h.end, tallies):
            continue
        title = _title(text, h.start)
        if title is not None and _titles_listed(text, *title):
            continue
        w = weight(h.start)
        if w >= 2 and body is not None and body(h.start) and not _headed(text, h.start, body):
            continue  # a heading the page breaks off after: it heads nothing
        if title is not None:  # one document's title names a label once, however many forms it holds
            if (h.label, title[0], "title") in bonus_units:
                w = 0.0
            bonus_units.add((h.label, title[0], "title"))
        out[h.label] = out.get(h.label, 0.0) + w
        if body is None or body(h.start):
            in_body.add(h.label)
            if title is None:  # a document's title is no mention a passage on the subject can add to
                scored.setdefault(h.label, []).append((h.start, h.end))
        elif w >= 2:
            headline.add(h.label)
        if title is not None:  # named in a document's title: no more than a mention
            continue
        s, e = unit_of(bounds, h.start)
        if _purposed(text, s, h.start):  # named in what the sentence sets out to do: a mention
            continue
        if (h.label, s, "count") not in bonus_units and (_COUNT.search(text, max(s, h.start - NEAR), min(e, h.end + NEAR))
                                                         or _counted_next(text, bounds, h.end, e)):
            bonus_units.add((h.label, s, "count"))
            out[h.label] += 1.0
        if (h.label, s, "topic") not in bonus_units and _opens(text, s, e, h.start, leads) \
                and not _timed(text, s, h.start, h.end):
            bonus_units.add((h.label, s, "topic"))
            out[h.label] += 1.0
        if (h.label, s, "case") not in bonus_units and (h.clause and _cases(text, s, e, "case", cases)
                                                        or _cases(text, s, e, "案例", cases)):
            bonus_units.add((h.label, s, "case"))
            out[h.label] += 1.0
        words = cues.get(h.label) if cues else None
        if words and (h.label, s, "cues") not in bonus_units \
                and _cued(worded, h.end, _next_end(bounds, e), words, own[h.label], kept.setdefault(h.label, {})):
            bonus_units.add((h.label, s, "cues"))
            out[h.label] += 1.0
    for label in headline - in_body:  # named in the title only: the body must speak of its subject
        if body is not None and cues and _body_cued(worded, body, cues.get(label, ())):
            in_body.add(label)
    for label in in_body:  # one plain mention in a passage that speaks of its subject throughout
        if out[label] < THRESHOLD and cues and any(
                _body_cued(worded, body, cues.get(label, ()), SUBJECT, max(0, ms - PASSAGE), me + PASSAGE, (ms, me))
                for ms, me in scored.get(label, ())):
            out[label] += 1.0
    return {label: score for label, score in out.items() if label in in_body}


def _headed(text: str, pos: int, body: Callable[[int], bool]) -> bool:
    """Whether the heading that ``pos`` lies in heads any text: body text or a heading follows it
    (a chapter's heading right above its first subheading heads what they head). A heading the
    page breaks off after, with nothing but empty parts or captions after it, heads nothing."""
    i = text.find(PART_SEP, pos)
    while i >= 0:
        j = text.find(PART_SEP, i + 1)
        end = len(text) if j < 0 else j
        if end > i + 1 and body(i + 1):
            return True
        i = j
    return False


def _body_cued(text: str, body: Callable[[int], bool] | None, words: tuple[str, ...], needed: int = CUED,
               start: int = 0, end: int | None = None, skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether the body (``body`` None: the whole text), within ``text[start:end]`` and
    outside the span ``skip`` (the mention itself), holds ``needed`` of a label's cue words."""
    return _holds_cues(text, words, start, len(text) if end is None else end, needed,
                       lambda i, _w: body is not None and not body(i) or skip[0] <= i < skip[1])


def _holds_cues(text: str, words: tuple[str, ...], start: int, end: int, needed: int,
                passed_over: Callable[[int, str], bool]) -> bool:
    """Whether ``text[start:end]`` holds ``needed`` of ``words``, each at a place
    ``passed_over(i, word)`` does not leave out."""
    found = 0
    for w in words:
        i = text.find(w, start, end)
        while i >= 0 and passed_over(i, w):
            i = text.find(w, i + 1, end)
        if i >= 0:
            found += 1
            if found >= needed:
                return True
    return False


def _counted_next(text: str, bounds: list[int], end: int, e: int) -> bool:
    """Whether a match ends the last clause of its sentence (吹响了集中执行的号角。) and the
    next sentence opens with a count (80余名干警分乘14辆车…): the figures of what it named."""
    if e == 0 or text[e - 1] not in _SENTENCE_END or first_mark(text, CLAUSE_CUTS, end, e) >= 0:
        return False
    stop = min(_next_end(bounds, e), e + NEAR)
    first = CLAUSE.search(text, e, stop)
    return _COUNT.search(text, e, first.start() if first else stop) is not None


def _next_end(bounds: list[int], end: int) -> int:
    """The end of the sentence unit after the one that ends at ``end`` (or ``end``)."""
    k = bisect_right(bounds, end)
    return bounds[k] if k < len(bounds) else end


def _cued(text: str, start: int, end: int, words: tuple[str, ...],
          own: "set[tuple[int, int]] | frozenset[tuple[int, int]]" = frozenset(),
          kept: dict[str, list[int]] | None = None) -> bool:
    """Whether ``text[start:end]`` (what follows a match: the rest of its sentence and the
    next one) holds :data:`CUED` of its label's cue words, a cue word that is a whole match of
    the label (``own``: their spans) left out: the word repeated is a further mention.
    ``kept`` keeps each word's places outside ``own`` for the label's next match."""
    if end - start <= WINDOW:  # a short stretch: read through
        return _holds_cues(text, words, start, end, CUED, lambda i, w: (i, i + len(w)) in own)
    kept = {} if kept is None else kept
    found = 0
    for w in words:
        places = kept.get(w)
        if places is None:
            places = kept[w] = [i for i in positions(text).starts(w) if (i, i + len(w)) not in own]
        k = bisect_left(places, start)
        if k < len(places) and places[k] + len(w) <= end:
            found += 1
            if found >= CUED:
                return True
    return False


def _cases(text: str, s: int, e: int, kind: str, cases: dict[tuple[int, str], bool]) -> bool:
    """Whether the sentence unit ``[s, e)`` tells a case (``kind`` "case": :data:`_CASE`) or
    speaks of cases (``kind`` "案例"), worked out once per sentence (``cases``)."""
    told = cases.get((s, kind))
    if told is None:
        told = cases[(s, kind)] = (_CASE.search(text, s, e) is not None if kind == "case"
                                   else within(text, "案例", s, e))
    return told


def _title(text: str, pos: int) -> tuple[int, int] | None:
    """The ``《…》`` a position lies in (the positions of its brackets; a title the text or its
    part breaks off in, 《…关于依法严肃查处拒不执行判决、裁定和…, up to where it breaks off), or else
    the directive named without them (:func:`_named`), if any."""
    opened = text.rfind("《", max(0, pos - 60), pos)
    if opened < 0 or text.rfind("》", opened, pos) >= 0:
        return _named(text, pos)
    closed = text.find("》", pos, pos + 60)
    if closed >= 0:
        return opened, closed
    rest = text[pos: pos + 60].split(PART_SEP, 1)[0]
    if len(rest) < 60 and not any(c in rest for c in "《。！？!?"):
        return opened, pos + len(rest)
    return _named(text, pos)


#: A directive named without its 《》: 关于 and what it is about up to a match, with no clause break…
_ABOUT = re.compile(r"关于[^。，,；;：:！？!?《》]{0,40}$")
#: …and after the match, the word that names its kind (通知, 意见, 指示 …).
_ABOUT_END = re.compile(r"[^。，,；;：:！？!?《》]{0,40}?的?(?:相关)?(?:通知|意见|规定|指示|决定|办法|实施方案|工作方案)")


def _named(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a directive named without its 《》 that ``pos`` lies in (关于开展…集中执行…的相关指示,
    关于…的通知): from its 关于 to the word that names its kind, with no clause break inside; or None."""
    if text.rfind("关于", max(0, pos - 42), pos) < 0:
        return None
    m = _ABOUT.search(text, max(0, pos - 42), pos)
    if m is None:
        return None
    e = _ABOUT_END.match(text, pos)
    return (m.start(), e.end()) if e else None


def _titles_listed(text: str, opened: int, closed: int) -> bool:
    """Whether a document's title is one of a list of titles (《…》《…》, 《…》、《…》)."""
    return text[max(0, opened - 2): opened].endswith(("》", "》、")) or text.startswith(("《", "、《"), closed + 1)


def _quantity(text: str, start: int, end: int) -> bool:
    """Whether a match only names a quantity: a sum right before it (290余万元案款) or a
    figure right after it (执行案款217.77亿元, 终本率26.84%, 失信被执行人21名)."""
    i = start
    while i > 0 and text[i - 1] in OPEN:
        i -= 1
    j = end
    while j < len(text) and text[j] in CLOSE:
        j += 1
    if i > 0 and text[i - 1] == "元" and _SUM_BEFORE.search(text, max(0, i - 12), i) is not None:
        return True
    return j < len(text) and (text[j].isdigit() or text[j] in "率额为达") and _FIGURE_AFTER.match(text, j) is not None


def _sum_after(text: str, end: int) -> bool:
    """Whether a sum of money follows right after ``end``: what a clause that hands money
    over moves (集中兑付了…工资款116.8万元), not a tally of its results (移送…侦查26人)."""
    m = _FIGURE_AFTER.match(text, end)
    return m is not None and text[m.end() - 1] == "元"


def _opens(text: str, s: int, e: int, pos: int, leads: dict[int, int] | None = None) -> bool:
    """Whether the sentence unit ``[s, e)`` opens with the match at ``pos`` (in its first
    clause, or after at most :data:`LEADS` leads: a few characters, 近日，时间紧迫，; a purpose,
    为服务高质量发展，, with the clauses that go on with it, 更好服务…，; a time, 近年来，, 1月17日上午，; the plan it follows, 根据市中院统一部署，)
    and goes on for at least :data:`CLAUSES` clauses to a full stop. A clause that only gives
    the background (随着…) does not open it; an essay's sentence that announces its subject
    (本文…剖析…) is about what it names. ``leads`` keeps, for each sentence, what
    :func:`_leading` found."""
    if e == 0 or text[e - 1] not in _SENTENCE_END:
        return False
    if _THESIS.match(text, s):
        return True
    marks = positions(text).marks(CLAUSE_CUTS)
    lo, hi = bisect_left(marks, s), bisect_left(marks, e)  # the sentence's clause marks: marks[lo:hi]
    if hi - lo + 1 < CLAUSES:
        return False
    k = bisect_left(marks, pos, lo, hi) - lo  # the clause the match stands in
    if text.startswith(_BACKGROUND, marks[lo + k - 1] + 1 if k else s):
        return False  # 随着…联动部门之间的深入协作，失信黑名单…正发挥作用: the background, not the topic
    leads = {} if leads is None else leads
    if s not in leads:
        leads[s] = _leading(text, s, marks[lo:hi])
    return k <= leads[s]


def _leading(text: str, s: int, cuts: list[int]) -> int:
    """How many of the first clauses of the sentence opening at ``s`` (its clause marks at
    ``cuts``) may stand before a match that opens it: leads (:data:`_LEAD`), at most
    :data:`LEADS` of them, and the clauses that go on with a purpose one of them set out."""
    leads, purpose = 0, False
    for i, cut in enumerate(cuts):
        start = cuts[i - 1] + 1 if i else s
        if purpose and _PURSUES.match(text, start):
            continue  # 为打通…通道，更好服务…，: the purpose goes on, one lead
        if _LEAD.fullmatch(text, start, cut) is None or leads == LEADS:
            return i
        leads, purpose = leads + 1, text.startswith("为", start)
    return len(cuts)


def _tallied(text: str, bounds: list[int], start: int, end: int, tallies: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a match is an item of a tally: its clause gives a count in digits, and so do
    at least :data:`TALLY` - 1 other clauses of its sentence (公布失信被执行人名单5528人次，限制出入境
    901人次，罚款70人次，拘留285人次: a list of a year's work, one figure per measure).
    ``tallies`` keeps each sentence's counted clauses (none: not a tally) for the next match."""
    s, e = unit_of(bounds, start)
    counted = tallies.get(s)
    if counted is None:
        counted = tallies[s] = []
        counts = [m.start() for m in _COUNT.finditer(text, s, e)]
        if len(counts) >= TALLY:
            cuts = [s, *(m.end() for m in _ITEM_CUT.finditer(text, s, e)), e + 1]
            clauses = [(a, b - 1) for a, b in zip(cuts, cuts[1:])]
            counted += [(a, b) for a, b in clauses if (k := bisect_left(counts, a)) < len(counts) and counts[k] < b]
            if len(counted) < TALLY:
                counted.clear()
    k = bisect_right(counted, start, key=lambda c: c[0]) - 1  # the clause the match starts in (clauses part)
    return k >= 0 and end <= counted[k][1]
