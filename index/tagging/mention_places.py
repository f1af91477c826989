"""Where a mechanism's match stands in its sentence: an item of a list or an outline, a
bulleted item, a clause of what may happen, a quoted name of a body, a clause of time.

In:  whitespace-free text, its sentence-unit bounds (:func:`.textmap.unit_of`) and a
     match's span.
Out: yes or no for each place; :func:`outermost` and :func:`paired` over a text's spans.

The taxonomy's matcher (:mod:`.mechanisms`) asks these of every match. An item of an
enumeration (诉前调解、执前调解, also with a word or two of its item beside it: 、曝光失信被执行人、),
of a pair (限制高消费和失信惩戒; 纳入失信名单并限制高消费), of an outline (（二）攻坚“执行联动”（三）;
an outline's marker ``二、`` opening a heading is no enumeration's comma) or of a bulleted list
(有以下几种：-违反限制消费令：…) is one of a list; so is a match in a clause that tells what may or
would happen rather than what was done: a modal before it in its clause (可能构成拒执罪,
会被纳入失信黑名单), or a condition opening its clause or an earlier one of its sentence
(若逾期不履行，…将其列入失信名单; 如果…); and a match in a quoted name that ends with the body it
names, an honour's or an office's name (“学习枫桥经验优秀派出所”, “枫桥式人民法庭”), is not the
practice it is named after. A match that is only spoken of in a clause of time (当说到“失信人”名单
及其后果时，他态度转变) is the threat talked about, not the measure taken. A contextual form in a clause that only gives the time of its
sentence (法院在拍卖设备时，应当…) does not count. The scorer (:mod:`.mechanism_scores`) shares
the clause marks and :func:`clause_start`.

A question about a short stretch of a sentence reads it through; about a long one, it asks
the places of the marks and words in the whole text (:mod:`.positions`), found once, instead of
scanning the sentence again for each match: a sentence that runs on for thousands of clauses
costs no more per match than a short one.
"""

from __future__ import annotations

import re

from .positions import WINDOW, first_mark, last_mark, positions
from .textmap import unit_of

#: The marks that end a clause inside a sentence.
CLAUSE_CUTS = "，,：:"
CLAUSE = re.compile(f"[{CLAUSE_CUTS}]")
#: Quotation marks and brackets that may open or close around a match.
OPEN = "“‘《「(（\""
CLOSE = "”’》」)）\""
#: Joins two items: 限制高消费和失信惩戒, 诉前调解及执前调解, 纳入失信名单并限制高消费.
_PAIR = frozenset({"和", "及", "与", "以及", "、", "并"})
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{0,2}")
#: The marker of an outline item: （三）, (3), 三、, 3.
_MARKER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))"
_MARKER_NEXT = re.compile(_MARKER)
#: An outline item's marker ending in 、 (一、, 2、) that opens its line or sentence, not an
#: enumeration's comma: 二、拒不执行判决、裁定罪的对象是….
_ITEM_MARKER = re.compile(r"(?:^|[^\u4e00-\u9fff\d])(?:[一二三四五六七八九十]{1,3}|\d{1,2})、$")
#: An outline item's marker before a match, with no clause punctuation between them.
_MARKER_BEFORE = re.compile(_MARKER + r"[^，,。；;：:！？!?]{0,12}$")
#: What makes a clause say what may or would happen to someone rather than what was done: a
#: modal before the match in its clause (可能构成拒执罪, 会被纳入失信黑名单, 即将被纳入…), or a
#: condition that opens its clause or an earlier one of its sentence (若逾期仍不执行判决，…将把县政府列入失信名单).
_MAY = re.compile(r"可能(?:会)?(?:被|构成|面临|受到)|(?:将会|会|即将)(?:被|面临|受到)|将面临")
_IF = re.compile(r"若(?!干)|如果|倘若|假如|一旦|否则|如(?:拒不|逾期|未按|不按|不履行|未履行)")
#: How many characters :data:`_IF` reads from where it is tried: its longest match (如不履行) and a
#: character more (the one 若(?!干) looks at). A clause opening this far before a match reads the same
#: whether the text stops at the match or goes on.
_IF_READS = 5
CLAUSE_MARKS = "，,；;：:"
#: A clause mark with a condition (:data:`_IF`) opening the clause after it.
_MARKED_IF = re.compile(f"[{CLAUSE_MARKS}](?={_IF.pattern})")


def hypothetical(text: str, bounds: list[int], start: int) -> bool:
    """Whether the match at ``start`` tells what may or would happen rather than what is done:
    a modal before it in its clause (情节严重的可能构成拒执罪, 不配合会被纳入失信黑名单), or a
    condition opening its clause or an earlier one of its sentence (若逾期仍不执行判决，…将把县政府列入失信名单)."""
    s, _ = unit_of(bounds, start)
    if _MAY.search(text, clause_start(text, s, start), start) is not None:
        return True
    return _conditioned(text, s, start)


def _conditioned(text: str, s: int, start: int) -> bool:
    """Whether a condition (:data:`_IF`, read up to ``start``) opens the sentence that opens
    at ``s`` or one of its clauses that open before ``start``."""
    if start - s <= WINDOW:  # a short stretch: read through
        return any(m.start() == s or text[m.start() - 1] in CLAUSE_MARKS for m in _IF.finditer(text, s, start))
    if _IF.match(text, s, start) is not None:
        return True
    near = max(s, start - _IF_READS)  # a clause opening after a mark from here on reads the text up to start
    if positions(text).first(_MARKED_IF, s, near) >= 0:
        return True
    return any(text[i] in CLAUSE_MARKS and _IF.match(text, i + 1, start) is not None for i in range(near, start - 1))


#: A bullet that opens an item of a list, at the start of its sentence or after a colon, before
#: the item's first Han character: 情况如下：-执行过程中，…; •违反限制消费令：…
_BULLETS = tuple("-•·●▪◆■")
_BULLET = re.compile(r"[:：][-•·●▪◆■][\u4e00-\u9fff]")


def bulleted(text: str, bounds: list[int], start: int) -> bool:
    """Whether the match at ``start`` lies in an item of a bulleted list: its sentence opens
    with a bullet, or one follows a colon before the match (以下几种情况：-执行过程中，…)."""
    s, _ = unit_of(bounds, start)
    if text.startswith(_BULLETS, s):
        return True
    # a bullet's match is 3 characters (：-限), the last of them the first of its item, which may be
    # the match's own first (措施：-限制高消费): it ends at start + 1 at the latest
    if start - s <= WINDOW:  # a short stretch: read through
        return _BULLET.search(text, s, start + 1) is not None
    return positions(text).first(_BULLET, s, start - 1) >= 0


def clause_start(text: str, s: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens, in the sentence opening at ``s``: after the last
    clause mark (:data:`CLAUSE_MARKS`) before it."""
    mark = last_mark(text, CLAUSE_MARKS, s, pos)
    return mark + 1 if mark >= 0 else s


#: The body a quoted name ends with: the name of an honour or an office (“学习枫桥经验优秀派出所”,
#: “枫桥式人民法庭”), not the practice it is named after.
_BODY_NAME = ("派出所", "法庭", "法院", "调解室", "工作室", "警务室", "司法所", "检察院", "单位", "集体", "支部")


def in_body_name(text: str, start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` lies in a quoted name (“…”) that ends with the body
    it names (:data:`_BODY_NAME`): an honour's or an office's name, not the practice."""
    opened = text.rfind("“", max(0, start - 20), start + 1)
    if opened < 0 or text.find("”", opened, start) >= 0:
        return False
    closed = text.find("”", end, end + 20)
    return closed >= 0 and text.endswith(_BODY_NAME, opened + 1, closed)


def timing(text: str, end: int, e: int) -> bool:
    """Whether the clause that a match ends in (up to ``e``, its sentence's end) only gives
    the time of its sentence (法院在拍卖查封财产时，应当…): it closes with 时."""
    cut = first_mark(text, CLAUSE_CUTS, end, e)
    stop = cut if cut >= 0 else e
    return text.startswith("时", stop - 1) and stop - 1 >= end


#: A clause of time that tells of talk about what it names (当说到“失信人”名单及其后果时，…):
#: 当 or 在 and a word of speaking before the match in its clause; not 提起, which in the news
#: files a case (在提起拒执罪自诉时, 在向法院提起失信惩戒申请时: the measure sought) far more often than
#: it speaks of one.
_TALKED = re.compile(r"(?:当|在)[^，,：:；;]{0,8}?(?:说到|说起|提到|谈到|谈起|讲到|讲起|聊到|聊起|问到|问及)")
#: How far before a match :func:`talked_of` looks for the talk's opening.
_TALK_READS = 40


def talked_of(text: str, bounds: list[int], start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` is only the subject of talk in a clause that gives
    the time of its sentence (当说到“失信人”名单及其后果时，他态度转变): the threat spoken of,
    not the measure taken."""
    s, e = unit_of(bounds, start)
    return timing(text, end, e) and _TALKED.search(text, max(clause_start(text, s, start), start - _TALK_READS),
                                                   start) is not None


def outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans without those that lie inside another span of the same label."""
    out: list[tuple[int, int, str]] = []
    reach: dict[str, int] = {}  # label → the furthest end of its spans so far
    for s, e, label in sorted(spans, key=lambda x: (x[0], -x[1])):
        if e > reach.get(label, -1):
            out.append((s, e, label))
            reach[label] = e
    return out


def paired(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of matches joined to the next or previous one by 和/及/与/、/并 (two items)."""
    out: set[int] = set()
    for k in range(len(spans) - 1):
        (_, e1, _), (s2, _, _) = spans[k], spans[k + 1]
        if s2 > e1 and text[e1:s2].strip(OPEN + CLOSE) in _PAIR:
            out |= {k, k + 1}
    return out


def enumerated(text: str, start: int, end: int, governing: bool = False) -> bool:
    """Whether the match ``[start, end)`` is an item of an enumeration (joined by 、),
    also with a word or two of its item beside it (、曝光失信被执行人、; 、限制高消费措施、).
    A governing form (打击抗拒执行、逃避执行行为) acts on the items after it and is not one."""
    i = start - 1
    while i >= 0 and text[i] in OPEN:
        i -= 1
    j = end
    while j < len(text) and text[j] in CLOSE:
        j += 1
    before = text[max(0, i - 2): i + 1] if i >= 0 else ""
    after = text[j: j + 3]
    comma = before.rfind("、")
    return (comma >= 0 and _HAN_RUN.fullmatch(before, comma + 1) is not None
            and _ITEM_MARKER.search(text, max(0, i - 6), i - len(before) + comma + 2) is None) or (
        not governing and "、" in after and _HAN_RUN.fullmatch(after[:after.index("、")]) is not None)


def outlined(text: str, start: int, end: int) -> bool:
    """Whether the match ``[start, end)`` is an item of an outline: a list marker before it
    and the next one right after it, with no clause between (（二）攻坚“执行联动”（三）…)."""
    j = end
    while j < len(text) and text[j] in CLOSE:
        j += 1
    return (_MARKER_NEXT.match(text, j) is not None
            and _MARKER_BEFORE.search(text, max(0, start - 16), start) is not None)
