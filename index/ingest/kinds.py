"""Paragraphs → their kinds: the second pass of reading a page (:mod:`.pages`).

In: the paragraphs of one page (:func:`.clean.paragraphs`). Out: the same paragraphs
with their ``kind`` set (:func:`classify`): ``head`` (a headline-like short line),
``sub``, ``byline``, ``leadin`` (``本报讯（记者 …）``, ``新华社北京3月5日电``), ``tail`` (a credit
closing a text), ``caption``, ``credit``, ``jump`` (``（下转第4版）``), ``mdsub`` (a heading or a
column label), ``chrome`` (a web page's toolbar, menu or footer, a folio: no text) or
``body``; inline credits split off, and short lines that cannot be headings joined to
the text they wrap into. Also :func:`closing_credit_lines`, which sets the staff credits
closing a page apart before its paragraphs are made, and :func:`cut_sentence`.
"""

from __future__ import annotations

import re

from .clean import (
    CAPTION_MARK,
    affiliation,
    HAN,
    byline_text,
    HEADING_MAX,
    JUMP,
    LINK_ARROW,
    Paragraph,
    cell_width,
    clean_byline,
    ends_with_credit,
    link_list,
    ends_sentence,
    fix_spacing,
    in_columns,
    is_credit,
    is_name_list,
    is_names,
    is_staff_credit,
    is_tail,
    join_wrapped,
    lead_in,
    photo_note,
    reporter_credit,
)
from ..analysis.fold import fold, strip_ruby
from .page_header import reads_as_text, timed_line
from .web_fields import staff_line
from .web_lines import LIST_ITEM, counter_line, is_menu, kind_of, menu_item, part_label

_PROVIDED = re.compile(r"[（(][^（）()]{0,12}(?:提供|供图|摄)[）)]")
_INLINE_TAIL = re.compile(r"^(.*[。！？…”])\s*[（(]([^（）()]{1,40})[）)]$")
_INLINE_CREDIT = re.compile(r"^(.*[。！？…”])\s*((?:[" + HAN + r"]{1,4}\s*){1,4}摄)$")
_ARROW = re.compile(r"^[▲△▼▽◀◁◆]\s*")
_MARKDOWN = re.compile(r"^(#{1,6})\s*(.*)$")
_ANAPHORIC = re.compile(r"^(?:这|此|该|其|同时|因此|但|而|并|所以|此外|另外|对此)")
_INNER_PUNCT = re.compile(r"[，、；：,;:]")
#: A field of a judgment's or a public document's record, as a page prints it above the text:
#: ``审理法院:…``, ``案号:…``, ``裁判日期:…``, ``发文字号:…``, ``成文日期:…``.
RECORD_FIELD = re.compile(r"^(?:审理法院|审判法院|裁判法院|受理法院|案号|案由|案件类型|文书类型|审理程序|审判程序|裁判日期|判决日期"
                           r"|审结日期|发文字号|发文机关|索引号|主题词|主题分类|成文日期)\s*[:：]\s*\S")
#: A paper's keywords line, as printed under its abstract: ``关键词:执行和解 恢复执行``,
#: ``【中文关键词】 环境法;实施机制``, ``Keywords: …`` (the label alone, ``关键词:``, is a part label).
_KEYWORDS = re.compile(r"^(?:[【\[]\s*(?:中文|英文)?(?:关键词|关键字|關鍵詞|關鍵字)\s*[】\]]\s*[:：]?"
                       r"|(?:中文|英文)?(?:关键词|关键字|關鍵詞|關鍵字)\s*[:：]|(?i:key\s*words?)\s*[:：])\s*\S")
#: A headline's end left open by an ellipsis (``民警来敲门!是为了……``): opening a page, above its
#: text, it is the headline, though it ends as a sentence may.
_ELLIPSIS_HEADLINE = re.compile(r"(?:……|…|\.{3,6})$")
#: A bracketed credit of an English story: an agency's or a writer's name (``( Xinhua)``,
#: ``(Reuters)``, ``(By Li Ming)``), up to four capitalised words.
_LATIN_CREDIT = re.compile(r"[（(]\s*((?:By\s+)?[A-Z][A-Za-z.&'-]*(?:\s+[A-Z][A-Za-z.&'-]*){0,3})\s*[）)]")


#: An outlet's reporter line: ``封面新闻记者 石伟``, ``记者 | 张三 实习记者 李四``.
_OUTLET_REPORTER = re.compile(rf"^(?:[{HAN}]{{2,8}}?)?(?=(?:特约|见习|首席|实习)?记者)")
#: An organisation's credit closing an article: ``某某法律援助中心 供稿``, ``某某法院 提供``
#: (two such lines may come joined as one paragraph).
_ORG_CREDIT = re.compile(rf"^(?:[{HAN}（）()·]{{2,30}}?\s+(?:供稿|供图|撰稿|来稿|提供)\s*)+$")


#: What no headline ends with: an opening bracket or quote (the line is cut off).
_OPENING = ("(", "（", "“", "《", "【", "[", "「")


def reporter_line(raw: str) -> bool:
    """A line of reporters' names, opening with an outlet's name or set off by ``|``
    (``封面新闻记者 石伟``, ``記者 | 張三 實習記者 李四``), read in either script."""
    if "记" not in raw and "記" not in raw:
        return False
    text = fold(strip_ruby(raw)[0])
    text = re.sub(r"\s*[|丨｜]\s*", " ", text).strip()
    return is_names(_OUTLET_REPORTER.sub("", text, count=1))


def _is_caption_sentence(p: Paragraph) -> bool:
    """A lone short statement with no inner punctuation, not leaning on the text before: a
    photo's caption as newspaper pages print them between texts (one closing the page's text
    is its last line: :func:`_closing_statements`)."""
    text = p.text
    return (
        8 <= len(text) <= 30
        and ends_sentence(text)
        and len(re.findall("[。！？]", text)) == 1
        and not _INNER_PUNCT.search(text)
        and not _ANAPHORIC.match(text)
    )


def classify(paras: list[Paragraph], *, columns: bool | None = None) -> list[Paragraph]:
    """``paras`` with their kinds set (and inline credits split off). A lone short statement
    is read as a photo's caption (:func:`_is_caption_sentence`) only on a paper's page: one
    printed in ``columns`` (a PDF's; None: told from its lines, :func:`.clean.in_columns`) or
    holding several news items (a lead-in under text). A page saved from a screen prints each
    paragraph on a line and holds one story: its short lines are text. A short line that a
    web page prints as chrome (a toolbar, a footer, a breadcrumb: :func:`.web_lines.kind_of`;
    above the text also a menu or a list item, ``- 最新文件``), an editors' line
    (``责任编辑：张三 美术编辑：李四``) and a page number alone at the top or foot of the
    page (``3``, ``- 3 -``, ``第3版``) are ``chrome``: no headline, no text."""
    out: list[Paragraph] = []
    links = paras[len(paras) - link_list([p.text for p in paras]):] if paras else []
    for i, p in enumerate(paras):
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        out.extend(_kinds(p, nxt, out[-1] if out else None))
    if not (columns if columns is not None else in_columns(paras) or _several_items(out)):
        for p in out:
            if p.kind == "caption" and p.extra == "unmarked":
                p.kind, p.extra = "body", None  # a short line of a page saved from a screen: its text
    _items_as_text(out)
    above = True  # no text yet
    headed = False  # a line not in a list seen: list items after it are the page's (its contents), not a menu
    for k, p in enumerate(out):
        if p.kind in ("body", "leadin"):
            above = False
        elif p.kind == "head" and not p.level:
            web = kind_of(p.text)
            listed = above and not headed and LIST_ITEM.match(p.text) and (menu_item(p.text) or any(
                LIST_ITEM.match(q.text) for q in out[max(k - 1, 0):k + 2] if q is not p))
            if web in ("tool", "footer", "editor") or (web == "nav" and (above or not is_menu(p.text))) or listed \
                    or (above and counter_line(p.text)):  # 0 ⏎ under a headline: a view count, no part of it
                p.kind = "chrome"

            elif k + 1 < len(out) and out[k + 1].kind == "body" and (part_label(p.text) or (
                    _SECTION_NO.match(p.text) and any(q.kind == "head" and not _INTRODUCES(q.text)
                                                      for q in out[max(k - 1, 0):k]))):
                # 编者按, or 二、… under a headline: the text's first part, no headline line (a line
                # ending in a colon is no headline: it introduces the items under it)
                p.kind = "mdsub"
            if p.kind == "head" and not LIST_ITEM.match(p.text):
                headed = True
    _closing_credits(out)
    _closing_statements(out)
    for p in links:
        p.kind = "chrome"  # a list of links to other stories at the page's foot (▶ 标题 ⏎ ▶ 标题)
    for p in (out[:1] + out[-1:]) if out else []:  # a page's folio, printed at its top or foot
        if p.kind == "head" and not p.level and _FOLIO.fullmatch(p.text.strip()):
            p.kind = "chrome"
    ending = [p for p in out if p.kind not in ("caption", "credit", "chrome")]
    if len(ending) > 1 and ending[-1].kind == "head" and not ending[-1].level and cut_sentence(ending[-1].text) \
            and ending[-2].kind == "body":
        ending[-1].kind, ending[-1].extra = "body", "cut"  # a text cut off at the page's end, no headline after it
    return _merge_fragments(out)


def _several_items(paras: list[Paragraph]) -> bool:
    """Whether a news item opens with a lead-in under text (``本报讯（记者 …）…`` after a
    story): the page holds several, as a paper's page does."""
    text = False
    for p in paras:
        if p.kind == "leadin" and text:
            return True
        text = text or p.kind in ("body", "leadin")
    return False


def _closing_statements(paras: list[Paragraph]) -> None:
    """Short statements closing a page's text (``…被判处有期徒刑一年。`` ⏎ ``张某当庭表示认罪悔罪。``),
    read as captions for their look alone (:func:`_is_caption_sentence`), are its last lines
    of text: right under the text, with nothing after them but credits closing it (``（记者
    张三）``) and chrome. A caption that a page prints with a caption's marks (``▲…``, ``图为…``,
    ``…摄``, ``（…供图）``, a photographer's credit on the line under it) stays a caption there,
    and so does a short statement between two texts or over a photo's credit: a photo's
    caption, as newspaper pages print them."""
    end = len(paras)
    while end > 0 and paras[end - 1].kind in ("chrome", "tail", "byline"):
        end -= 1
    start = end
    while start > 0 and paras[start - 1].kind == "caption" and paras[start - 1].extra == "unmarked":
        start -= 1
    above = next((p for p in reversed(paras[:start]) if p.kind != "chrome"), None)
    if start == end or above is None or above.kind not in ("body", "leadin"):
        return
    for p in paras[start:end]:
        p.kind, p.extra = "body", None


def _closing_credits(paras: list[Paragraph]) -> None:
    """Staff credits closing a page's text (``文字:张三 通讯员李四`` ⏎ ``图片:…`` ⏎ ``编辑:…`` ⏎
    ``审核:…``, a lone ``作者:张三``), lines of their own with nothing but chrome, captions and
    credits after them: the author's closes the text as its credit, the others are no text.
    Such a line with text after it stays a line of that text; above the text one is read as
    before."""
    def staff(p: Paragraph) -> bool:
        return p.kind in ("head", "byline", "body") and not p.level and (
            is_staff_credit(p.text) or kind_of(p.text) == "staff" or bool(_LONE_AUTHOR.match(p.text)))

    first_text = next((k for k, p in enumerate(paras) if p.kind in ("body", "leadin") and not staff(p)), len(paras))
    closing = len(paras)
    while closing > first_text + 1 and (staff(paras[closing - 1]) or paras[closing - 1].kind in (
            "chrome", "caption", "credit", "tail")):
        closing -= 1
    for k, p in enumerate(paras):
        if k <= first_text or not staff(p):
            continue
        if k < closing:
            p.kind = "body"  # text goes on under it: a line of the text, as printed
            continue
        author = (staff_line(p.text) or {}).get("author")
        p.kind, p.text = ("tail", clean_byline(author)) if author else ("chrome", p.text)


def _staff_line(line: str) -> bool:
    """A line of staff credits (``文字:张三``, ``编辑:王五``, ``审核丨孙七``, a lone ``作者:张三``)."""
    return is_staff_credit(line) or bool(_LONE_AUTHOR.match(line)) or kind_of(line) in ("staff", "editor")


def closing_credit_lines(text: str) -> str:
    """``text`` with the lines of staff credits closing it (``文字:张三 通讯员李四`` ⏎ ``图片:…`` ⏎
    ``编辑:…`` ⏎ ``责任编辑:…``, printed without blank lines after the last paragraph) set apart
    as paragraphs of their own, instead of joined to that paragraph and each other."""
    lines = text.splitlines()
    k = len(lines)
    while k > 0 and (not lines[k - 1].strip() or _staff_line(lines[k - 1].strip())):
        k -= 1
    if k == len(lines) or not any(_staff_line(ln.strip()) for ln in lines[k:] if ln.strip()):
        return text
    return "\n".join(lines[:k]) + "\n\n" + "\n\n".join(ln for ln in lines[k:] if ln.strip()) + "\n"


#: An author's line as an article prints it under its headline: a label, a colon or a bar, the
#: names with the author's post or unit at most (``作者 | 王某(某某大学教授,博士生导师)``,
#: ``文丨王某 某某律师事务所``, ``撰文：王某``).
_LABELLED_AUTHOR = re.compile(rf"^(?:作者|作\s+者|文|撰文|撰稿)\s*[:：|丨｜]\s*(?P<who>[{HAN}《(（][^|丨｜•]{{1,48}}?)\s*[|丨｜]?$")
_LONE_AUTHOR = re.compile(r"^\s*(?:作者|撰稿)\s*[:：丨|]\s*[^\s，。；！？,;!?:：]{2,}(?:\s+[^\s，。；！？,;!?:：]{2,}){0,3}\s*$")


#: A clause mark with more of the sentence after it, or a quote or bracket opened and not closed.
_CLAUSE_ON = re.compile(r"[，,；;、]\s*[\w“‘《（(]")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("‘", "’"))


def cut_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence cut off, not a headline: it goes on after a clause mark
    (``…了解到,2022年全省财``) or opens a quote or bracket it does not close (``“你做``)."""
    if _CLAUSE_ON.search(text):
        return True
    return any(text.rfind(a) > text.rfind(b) for a, b in _PAIRS)


#: A page number standing alone: ``3``, ``- 3 -``, ``A3``, ``第3版``, ``第 1 页 共 2 页``.
_FOLIO = re.compile(r"[-—–·\s]*[A-Za-z]?\d{1,3}[-—–·\s]*|第?\s*[A-Za-z]?\d{1,3}\s*版"
                    r"|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}")


def _items_as_text(paras: list[Paragraph]) -> None:
    """The items ``(一)…`` ``(二)…`` (or ``1.…``, ``（2）…``, ``• …``) under a line ending in a
    colon (…应当同时符合下列条件：), and the items after them, made text however short: the
    text's own list, never a headline, a heading or a photo's caption (a short ``(一)…；``
    reads like one); so is the line introducing them. A line that is no such item (a
    bulleted page tool, ``• 扫一扫在手机打开当前页``, is none) ends the list."""
    listing = False
    marks: set[str] = set()  # the kinds of mark the items of the list so far are numbered with
    for k, p in enumerate(paras):
        item = _ITEM.match(p.text) if listing and not p.level else None
        if item and kind_of(p.text[item.end():].strip() or p.text) == "line":  # not a bulleted 扫一扫 tool
            if marks and _mark_kind(item.group()) not in marks and _heads_text(paras, k):
                listing = False  # 2. 社区警务队 over its text after • items: the next part's heading
                continue
            marks.add(_mark_kind(item.group()))
            if p.kind in ("head", "caption"):
                p.kind = "body"
            continue
        marks = set()
        listing = p.kind in ("body", "head") and not p.level and bool(_INTRODUCES(p.text))
        if listing and p.kind == "head" and k + 1 < len(paras) and _ITEM.match(paras[k + 1].text):
            p.kind = "body"


#: An item of a list, numbered ``(一)``, ``（二）``, also with a reading in brackets after
#: the numeral (``(四(sì))``, as a page printing ruby readings has it), or in figures:
#: ``1.``, ``2、``, ``3．``, ``(4)``, ``（5）`` (not ``1.5亿元``), or bulleted ``• …``.
_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]{1,3}(?:[（(][^()（）]{1,8}[）)])?[）)]"
                   r"|\d{1,2}[.．、](?![\d.．])|[（(]\d{1,2}[）)]|[•●▪])")


def _mark_kind(mark: str) -> str:
    """The kind of an item's mark: ``(一)``, ``1.``, ``(1)`` or a bullet."""
    mark = mark.strip()
    if mark[:1] in "（(":
        return "(一)" if re.match(r"[（(][一二三四五六七八九十]", mark) else "(1)"
    return "1." if mark[:1].isdigit() else "•"


def _heads_text(paras: list[Paragraph], k: int) -> bool:
    """Whether the short item ``paras[k]`` heads text rather than ending a list: it finishes
    no clause (no ``。；，`` at its end) and a paragraph of text that is no item follows it."""
    p = paras[k]
    nxt = paras[k + 1] if k + 1 < len(paras) else None
    return (p.kind == "head" and not re.search(r"[。；;，,：:！？!?]\s*$", p.text)
            and nxt is not None and nxt.kind == "body" and not _ITEM.match(nxt.text))


#: A line that introduces what follows it (…应当同时符合下列条件：).
_INTRODUCES = re.compile(r"[:：]\s*$").search
_SECTION_NO = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def _merge_fragments(paras: list[Paragraph]) -> list[Paragraph]:
    """Unfinished short lines that cannot be headings are wraps into the next paragraph.

    A Markdown page marks its headings with ``#``, so its plain short lines are not
    headings; nor is a line with two clause commas (a sentence cut by a page break).
    On a Markdown page a run of plain short lines before a heading or at the end of the
    page (a list of names, a table of figures) is text, a paragraph each; before a
    lead-in, a byline or a subtitle it is a headline.
    """
    markdown = any(p.level for p in paras)
    out: list[Paragraph] = []
    for p in paras:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == "head" and not prev.level and p.kind == "body"
            and (markdown or prev.text.count("，") >= 2)
        ):
            prev.kind, prev.text = "body", join_wrapped(prev.text, p.text)
        else:
            out.append(p)
    if markdown:
        for p, nxt in zip(out, [*out[1:], None]):
            if p.kind == "head" and not p.level and (nxt is None or nxt.kind in ("head", "mdsub")):
                p.kind = "body"
    return out


def _kinds(p: Paragraph, nxt: Paragraph | None, prev: Paragraph | None) -> list[Paragraph]:
    """The kind of ``p`` (its text cleaned to suit); a trailing credit becomes a tail."""
    if p.row:  # a row of a table: text, never a headline, byline or caption
        p.kind = "body"
        return [p]
    text = raw = p.text
    jump = JUMP.search(text)
    if jump and (jump.start() == 0 or ends_sentence(text[:jump.start()])):
        p.kind, p.text, p.extra = "jump", fix_spacing(text), jump.group(1)
        return [p]
    md = _MARKDOWN.match(text)
    if md:
        p.level, p.text = len(md.group(1)), fix_spacing(md.group(2), pauses=True)
        p.kind = "head" if p.level == 1 else "mdsub"
        return [p]
    if text.startswith(("□", "■")):
        p.kind, p.text = "byline", clean_byline(text)
        return [p]
    lead = lead_in(text)
    if lead:
        p.kind, p.extra = "leadin", clean_byline(lead.credit) if lead.credit else None
        p.text = f"{lead.dateline} {lead.rest}" if lead.dateline and lead.rest else lead.dateline or lead.rest
        inline = _INLINE_TAIL.match(p.text)
        if inline and is_name_list(inline.group(2)):
            p.text = inline.group(1)
            return [p, Paragraph(clean_byline(inline.group(2)), p.first, kind="tail")]
        return [p]
    latin = _LATIN_CREDIT.fullmatch(text.strip())
    if latin:  # ( Xinhua), (Reuters): an English story's agency or writer, never its headline
        above = prev is None or prev.kind in ("head", "sub", "byline")
        p.kind, p.text = "byline" if above else "tail", latin.group(1)
        return [p]
    author = _LABELLED_AUTHOR.match(fold(text.strip()))
    if author and (prev is None or prev.kind in ("head", "sub", "byline", "caption", "credit")) \
            and nxt is not None and reads_as_text(nxt.text) and not re.search(r"[。；;！？!?]", text):
        # 作者 | 王某(某某大学教授,博士生导师), 文丨王某 某某律师事务所: under a headline, right above its text
        who = byline_text(" ".join(text.strip()[author.start("who"):author.end("who")].split()))
        p.kind, p.text = ("byline", who) if who else ("chrome", text)
        return [p]
    credit = affiliation(text)
    if credit is not None:  # 成某 (某某学院,湖南 长沙 410138), （作者系某某法院法官）: a credit, never a headline
        above = prev is None or prev.kind in ("head", "sub", "byline")
        names = re.sub(r"\s*[,，、]\s*", " ", prev.text).strip() if prev is not None else ""
        if above and prev is not None and not credit.startswith("作者") and "（" not in credit \
                and len(names) <= 24 and is_name_list(names):
            prev.kind, prev.text = "byline", f"{clean_byline(names)}（{credit}）"  # 王某 ⏎ (某某大学, 410000)
            return []
        p.kind, p.text = "byline" if above else "tail", credit
        return [p]
    if is_tail(text) or (len(text) <= 72 and _ORG_CREDIT.match(text)):
        p.kind, p.text = "tail", clean_byline(text)
        return [p]
    if is_credit(text):
        p.kind, p.text = "credit", clean_byline(text[:-1]) + " 摄"
        return [p]
    text = p.text = fix_spacing(text)
    if len(text) <= 120 and _KEYWORDS.match(fold(text)) and (
            (prev is not None and prev.kind == "body") or (nxt is not None and reads_as_text(nxt.text))):
        # 关键词:执行和解 恢复执行, 【关键词】… under an abstract or over the text: a paper's keywords,
        # a line of its text, never a headline (among a record's fields it is read as they are)
        p.kind = "body"
        return [p]
    if len(text) <= 80 and RECORD_FIELD.match(fold(text)):
        p.kind = "body"  # 审理法院:…, 案号:…, 裁判日期:…: a field of the record a page prints, its text, never a headline
        return [p]
    marked = (
        (CAPTION_MARK.match(text) and re.search(r"\w", text))  # marks alone (◆ ◆) are an ornament
        or _INLINE_CREDIT.match(text)
        or (_PROVIDED.search(text) and len(text) <= 100)
        or (nxt is not None and is_credit(nxt.text) and ends_sentence(text))
        or (len(text) <= 40 and photo_note(text))  # 图片来源：图虫, （资料图片）, 群众咨询.jpg
    )
    if marked or _is_caption_sentence(p):
        p.kind = "caption"
        if not marked:
            p.extra = "unmarked"  # a short statement alone: text again where it closes the page's text
        credit = _INLINE_CREDIT.match(text)
        if CAPTION_MARK.match(text) or credit or ends_with_credit(text) or photo_note(text):
            p.extra = "photo"  # marked as a photo's (▲…, …摄): it stands where the photo is
        if credit:
            p.text = f"{credit.group(1)} {clean_byline(credit.group(2))} 摄"
        p.text = _ARROW.sub("", p.text)
        return [p]
    if ((not ends_sentence(text) or (prev is None and _ELLIPSIS_HEADLINE.search(text) and nxt is not None
                                     and reads_as_text(nxt.text)))  # 民警来敲门!是为了……, opening the page
            and cell_width(text) <= HEADING_MAX and "。" not in text  # a finished sentence is text
            and not text.endswith(_OPENING)  # nor is a line cut after an opening bracket or quote
            and not (nxt is not None and nxt.row and _INTRODUCES(text))):  # nor one introducing a table
        after_head = prev is None or prev.kind in ("head", "sub")
        p.text = fix_spacing(raw, pauses=True)
        if LINK_ARROW.match(text) and prev is not None:
            # ▶理解与适用 inside a text: a heading the arrow marks as a section of the article
            # above (as ## does in Markdown), never a photo caption or another article's headline
            p.kind, p.text = "mdsub", LINK_ARROW.sub("", p.text)
        elif text.startswith("——"):
            p.kind = "sub"
        elif timed_line(text):
            p.kind, p.text = "byline", text
        elif (reporter_credit(raw) and (nxt is None or prev is None or prev.kind != "body")) or (
                after_head and (is_names(raw) or reporter_line(raw))):
            # a line of reporters' credits (本报记者 张三 通讯员 李四) is a byline above a text, under
            # a caption or another credit, or closing the page; never a headline
            p.kind, p.text = "byline", clean_byline(raw)
        else:
            p.kind = "head"
        return [p]
    inline = _INLINE_TAIL.match(text)
    if inline and is_name_list(inline.group(2)):
        p.text = inline.group(1)
        return [p, Paragraph(clean_byline(inline.group(2)), p.first, kind="tail")]
    return [p]
