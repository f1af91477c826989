"""What a text says an article it cites says: its quoted wording, a paraphrase, the sanction.

In:  the text and the citations found in it.
Out: the citations of one article with ``quote`` and ``verbatim`` (:func:`with_quote`),
     ``sanction`` (:func:`with_quote`) or ``gloss`` (:func:`glossed`); and the patterns that tell
     wording from a remark on an article (:data:`QUOTE`, :data:`COMMENT`, :data:`REMARK`).
"""

from __future__ import annotations

from dataclasses import replace

from .records import Citation
from .text import SENTENCE_END, compiled, opens_line


#: What introduces the quoted wording of the article just cited: 规定：, “, 【条旨】, a space; 的规定：“ and
#: 之规定“ before quotation marks only (依照…第X条的规定，判处… is no wording of the article).
QUOTE = compiled(r"\s*(?:之|的)(?:相关)?规定\s*[:：,，]?\s*[“\"「]"
                  r"|(?:\s*(?:中)?(?:明确)?规定)?\s*[:：]\s*[“\"「]?|\s*规定\s*[“\"「]|[“\"「]"
                  r"|(?:\s*规定)?[ \t\u3000]+(?=[^\W\d_规之的和及与或等中所][^\W\d_])"
                  r"|\s*【[^】\n]{1,14}】\s*")
#: ... 规定， before the wording (第九条规定，经营者不得…) ...
_QUOTE_COMMA = compiled(r"\s*(?:中)?(?:明确)?规定\s*[,，]\s*[“\"「]?(?=[\u4e00-\u9fff]{2})")
#: ... unless what follows is the writer's reasoning on it (第1条规定，认为借款系个人所负…): no article's wording.
_REASONING = compiled(r"(?:认为|明确|指出|表明|确立|强调|体现|说明|可见)")
#: ... or, after a heading opening its paragraph, the wording right against it (第三条盗窃公私财物…).
_QUOTE_HEADING = compiled(r"(?![规之的和及与或等中所第款项])(?=[\u4e00-\u9fff]{8})")
_HAN = compiled(r"[\u4e00-\u9fff]+")
#: What opens a remark on a law's article rather than its wording (第二十条曾经被称为…, 第2条亦明确规定…).
COMMENT = compiled(r"(?:亦|也|又|还|则|即|曾|已|就|对于|作|是|为|将|被|明确|首次|同样|进一步|专门|再次|具体|分别|共|一共|仅)")
#: What opens a remark on a bare article rather than its wording (第八十七条明确了…, 第二十条还…, 第三十二条是…:
#: of the collection's 147,000 article texts one opens with 是, and that with 是否).
REMARK = compiled(r"(?:明确|规定|确立|体现|说明|表明|强调|增加|删除|修改)了|(?:亦|也|又|还|曾|已|首次|同样|进一步|专门|再次|分别|仅)"
                  r"|是(?!否)")
#: The end of a line holding nothing after the heading before it.
_LINE_END = compiled(r"[ \t\u3000]*\n[ \t\u3000]*")
#: How many characters of a quoted wording are kept.
QUOTE_CHARS = 24
#: Words up to the end of their line that ask a question (…的规定是怎样的, …怎么理解？): no article's wording
#: (a ? before pinyin letters is a character a page garbled: 嚴重?fù)p害).
_QUESTION = compiled(r"[^。；;\n]{0,40}?(?:[？?](?![A-Za-z\u00c0-\u024f])|(?:是怎样的|是什么|有哪些|怎么理解|如何理解|怎么规定|如何规定|吗|呢)[\s。]*(?:\n|$))")
#: The mark closing a quotation.
_CLOSE_QUOTE = compiled(r"[”\"」]")
#: What the text says the one article just cited imposes (第五十条规定处15日以下拘留, 之规定，对其处以罚款):
#: a sanction, not a sentence passed (判处) on the articles of a judgment together.
_SANCTION = compiled(r"(?:之|的)?规定[，,]?\s*(?:对[^。；;：:\n，,]{0,8}?)?(?<!判)(?:处以|处|予以|给予)"
                     r"[^。；;：:\n，,]{0,12}?(拘留|罚款|警告|罚金|有期徒刑|拘役|管制)")


def with_quote(text: str, c: Citation) -> Citation:
    """The citation with the wording the text quotes right after it, if it does (规定：“…”,
    a space or 【title】 after an article heading): what resolution checks the article against."""
    if len(c.articles) != 1:
        return c
    sanction = _SANCTION.match(text, c.end) if "规定" in text[c.end:c.end + 4] else None
    if sanction is not None and not (c.start and text[c.start - 1] in "、和及与"):
        c = replace(c, sanction=sanction.group(1))
    m = QUOTE.match(text, c.end)
    if m is not None and not m.group().strip() and _QUOTE_COMMA.match(text, c.end):
        m = None  # 第六十五条 明确规定，人民法院…: the space leads to 明确规定， and the wording after it
    if m is not None and _REASONING.match(text, m.end()):
        return c  # 第183条：明确见义勇为者…: the writer's summary of it
    stop = m.end() + 48 if m is not None else 0
    if m is None:  # a paraphrase, or wording with nothing before it: up to the end of its sentence
        m = _QUOTE_COMMA.match(text, c.end)
        if m is not None and _REASONING.match(text, m.end()):
            return c
        if m is None and opens_line(text, c.start):
            # a heading alone on its line: its wording is the next line's
            own_line = _LINE_END.match(text, c.end)
            m = _QUOTE_HEADING.match(text, own_line.end() if own_line and not c.written else c.end)
            if m is not None and (COMMENT if c.written else REMARK).match(text, c.end):
                m = None
        if m is None:
            return c
        end = SENTENCE_END.search(text, m.end(), m.end() + 48)
        stop = end.start() if end else m.end() + 48
    verbatim = any(mark in m.group() for mark in "“\"「")
    if verbatim:  # the quotation ends at its closing mark: 第41条规定“必要性原则”类似 quotes a term, not the article
        close = _CLOSE_QUOTE.search(text, m.end(), stop)
        stop = close.start() if close else stop
    words = "".join(_HAN.findall(text, m.end(), stop))[:QUOTE_CHARS]
    if not verbatim and _QUESTION.match(text, m.end()):
        return c  # 二、刑事诉讼法109条立案的规定是怎样的: a heading asking about the article, not its wording
    return replace(c, quote=words, verbatim=verbatim) if len(words) >= QUOTE_CHARS // 3 else c


#: What opens the words a text gives for an article it cites without quoting it: (its label), 规定，,
#: 明确, 指出, 载明, ：, or the rest of the sentence.
_GLOSS_LABEL = compiled(r"\s*[（(]([^（()）\n]{2,20})[)）]")
_GLOSS_OPEN = compiled(r"\s*(?:之|的)?(?:相关)?(?:中)?(?:明确)?(?:规定|指出|载明|明确)?(?:了)?\s*[,，:：]?\s*")
#: A label that names no provision: a short name, a version, a page.
_GLOSS_NOT = compiled(r"简称|下称|修正|修订|修改|\d|[a-zA-Z]")
#: How many Han characters of each part of a gloss are kept.
GLOSS_CHARS = 40
#: How far after a citation a quotation in its paragraph is looked for, and what opens one.
GLOSS_REACH = 300
_GLOSS_QUOTE = compiled(r"[“「]")
#: Between the parts of a gloss (the words after the citation; a quotation later in its paragraph).
GLOSS_SEPARATOR = "|"


def glossed(text: str, found: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The citations, each of one article without a quoted wording given what the text says it says
    (``gloss``): the label in brackets right after it (第21条(关联交易损害责任)) and the words after
    规定，/明确/指出/载明/： or else the rest of its sentence, up to the next citation; and, as a second
    part after :data:`GLOSS_SEPARATOR`, the first quotation later in its paragraph before the next citation
    (the current reading of quoted wording takes only one right after it). Resolution reads it only to tell
    which version of an undated article's law the text means."""
    out = list(found)
    for i, c in enumerate(found):
        if len(c.articles) != 1 or c.quote:
            continue
        following = found[i + 1].start if i + 1 < len(found) and found[i + 1].start > c.end else len(text)
        end = SENTENCE_END.search(text, c.end, min(following, c.end + 2 * GLOSS_CHARS))
        stop = min(following, end.start() if end else c.end + 2 * GLOSS_CHARS)
        words = []
        at = c.end
        label = _GLOSS_LABEL.match(text, at, stop)
        if label is not None:
            if not _GLOSS_NOT.search(label.group(1)):
                words.append(label.group(1))
            at = label.end()
        at = _GLOSS_OPEN.match(text, at, stop).end()
        if at < stop and _QUESTION.match(text, at):
            continue
        words.append(text[at:stop])
        parts = ["".join(_HAN.findall("".join(words)))[:GLOSS_CHARS]]
        # a quotation later in its paragraph, before any other citation (第63条…。该条规定：“一人有限责任公司…”)
        line = text.find("\n", c.end, following)
        reach = min(following if line < 0 else line, c.end + GLOSS_REACH)
        opening = _GLOSS_QUOTE.search(text, c.end, reach)
        if opening is not None:
            close = _CLOSE_QUOTE.search(text, opening.end(), reach)
            quoted = "".join(_HAN.findall(text, opening.end(), close.start() if close else reach))[:GLOSS_CHARS]
            if len(quoted) >= QUOTE_CHARS // 3 and quoted not in parts[0]:
                parts.append(quoted)
        gloss = GLOSS_SEPARATOR.join(part for part in parts if len(part) >= 4)
        if gloss:
            out[i] = replace(c, gloss=gloss)
    return tuple(out)
