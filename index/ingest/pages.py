"""Split one raw newspaper page into articles, and articles into sections.

In: the decoded text of a page file and its path relative to the ingested folder.
Out: :class:`~.documents.Article` objects in the order their bodies start.

Three passes, each reading layout cues only (no knowledge of particular papers):

1. lines → paragraphs: :func:`.clean.paragraphs` joins hard wraps.
2. paragraphs → kinds (:func:`classify`): headline-like short lines, subtitles,
   bylines, lead-ins (``本报讯（记者 …）``, ``新华社北京3月5日电``), tail credits, captions,
   column labels, body.
3. kinds → articles (:class:`_Assembler`): headlines printed before or after their
   bodies, stacked headlines, insets, captions and credits are resolved. A lead-in
   opens a news item, and the headline just above it is that item's title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Mapping
from dataclasses import dataclass, field, replace

from .clean import (
    CAPTION_MARK,
    affiliation,
    after_dateline,
    HAN,
    byline_text,
    HEADING_MAX,
    LINK_ARROW,
    Paragraph,
    cell_width,
    clean_byline,
    ends_with_credit,
    link_list,
    ends_sentence,
    fix_spacing,
    is_credit,
    is_name_list,
    is_names,
    is_staff_credit,
    is_tail,
    join_wrapped,
    lead_in,
    paragraphs,
    photo_note,
    reporter_credit,
)
from ..analysis.fold import fold, strip_ruby
from ..documents import Article, Section, article_id
from .dates import PRINTED_DATE, iso_date, printed_date
from .masthead import read_masthead, self_named
from .sources import canonical_source, credit_outlet, known_source, names_outlet
from .webpage import (LIST_ITEM, dated_line, is_chinese, is_menu, kind_of, menu_item, never_title, part_label,
                      published_date, staff_line, title_date, without_toolbar)

#: The longest fallback title (a clipped lead sentence).
TITLE_MAX = 30

_PROVIDED = re.compile(r"[（(][^（）()]{0,12}(?:提供|供图|摄)[）)]")
_INLINE_TAIL = re.compile(r"^(.*[。！？…”])\s*[（(]([^（）()]{1,40})[）)]$")
_INLINE_CREDIT = re.compile(r"^(.*[。！？…”])\s*((?:[" + HAN + r"]{1,4}\s*){1,4}摄)$")
_BULLET = re.compile(r"^[•▪◦]\s*")
_ARROW = re.compile(r"^[▲△▼▽◀◁◆]\s*")
_MARKDOWN = re.compile(r"^(#{1,6})\s*(.*)$")
_ANAPHORIC = re.compile(r"^(?:这|此|该|其|同时|因此|但|而|并|所以|此外|另外|对此)")
_INNER_PUNCT = re.compile(r"[，、；：,;:]")
#: A jump line: where an article goes on (``（下转第4版）``, ``转第4版``) or comes from
#: (``（上接第1版）``), alone or after the last sentence of a paragraph.
JUMP = re.compile(r"[（(]?\s*(下转|转|上接|接)\s*第?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[）)]?$")
_DAY = r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}"
#: An edition line a saved newspaper page prints by its article: ``第A07版：城事``,
#: ``《某某日报》(2025年2月14日) 05版``, ``7月28日 《人民法院报》第8版``.
_EDITION = re.compile(
    rf"(?P<day>{_DAY})?\s*(?:《(?P<outlet>[^《》\s]{{2,16}})》)?\s*(?:[（(]\s*(?P<dated>{_DAY})\s*[）)])?\s*"
    r"(?P<no>第)?\s*(?P<page>[A-Za-z]?[0-9]{1,3})\s*版(?:\s*[:：·]\s*(?P<section>[\u4e00-\u9fff·]{1,12}))?")
#: A line ending in a date and a clock time, as a web page prints it under its title
#: (``某某报 2018-06-13 08:27``, ``2019年04月02日17:43``): a dated byline, never a headline.
_TIMED = re.compile(rf"(?P<date>{PRINTED_DATE})\s*日?\s*[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?$")
#: A field of a judgment's or a public document's record, as a page prints it above the text:
#: ``审理法院:…``, ``案号:…``, ``裁判日期:…``, ``发文字号:…``, ``成文日期:…``.
_RECORD_FIELD = re.compile(r"^(?:审理法院|审判法院|裁判法院|受理法院|案号|案由|案件类型|文书类型|审理程序|审判程序|裁判日期|判决日期"
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
#: Words of a web page's toolbar: a dated toolbar line (``选择字号 … 更新时间：…``) is no byline.
_TOOLBAR = re.compile("字号|阅读|浏览|打印|收藏")


def _timed(line: str) -> re.Match[str] | None:
    """The date and time a short line ends in (:data:`_TIMED`), when it is no toolbar line."""
    line = line.strip()
    return _TIMED.search(line) if len(line) <= 60 and not _TOOLBAR.search(line) else None

#: A paper's imprint: ``国内统一刊号：CN52-0013``, ``邮发代号``, ``主管主办：…``.
_IMPRINT = re.compile(r"国内统一刊号|邮发代号|CN\s?[0-9]{2}-[0-9]{4}|^主管主办[:：]")


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


# ---------------------------------------------------------------- page lines


def edition_line(line: str) -> dict[str, Any] | None:
    """What an edition line says of its page (``page``, ``section``, ``source``,
    ``date`` when it prints a full one), or None when ``line`` is no edition line.
    One only a number and 版 (``05版``) must name the paper, a date or a 版面, or read ``第…版``."""
    m = _EDITION.fullmatch(line.strip())
    if m is None or not (m.group("no") or m.group("outlet") or m.group("day") or m.group("dated")
                         or m.group("section")):
        return None
    page = m.group("page")
    found: dict[str, Any] = {"page": int(page) if page.isdigit() else page.upper()}
    if m.group("section"):
        found["section"] = m.group("section")
    if m.group("outlet"):  # a name in 《》 printed with a page of it is the paper's
        found["source"] = canonical_source(m.group("outlet")) or None
    for day in (m.group("dated"), m.group("day")):
        try:
            found["date"] = iso_date(day)
            break
        except (TypeError, ValueError):
            pass
    return found


_YEAR = re.compile(r"[0-9]{4}")
#: The issue an e-paper shows: ``日期查询：2022年06月24日``.
_ISSUE = re.compile(r"^日期查询\s*[:：]\s*([0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$")


#: How many non-blank lines from the top may print the page's dated line.
HEAD_LINES = 15


def _nonblank(lines: list[str]) -> list[int]:
    """For each line, how many non-blank lines there are up to it."""
    out, n = [], 0
    for line in lines:
        n += bool(line.strip())
        out.append(n)
    return out


def _reads_as_text(line: str) -> bool:
    """A line of the text, below which no dated line is the page's: a sentence (not a
    headline that asks, nor a lone ``?``), or a long line holding one."""
    if len(line) < 8:
        return False
    if ends_sentence(line):
        return len(line) > 60 or line.rstrip("”’」』）)》】\"'")[-1:] not in "？！?!"
    return len(line) > 100 and "。" in line


def _issue_date(text: str) -> str | None:
    m = _ISSUE.match(text)
    if m is None:
        return None
    try:
        return printed_date(m.group(1))
    except ValueError:
        return None


def page_lines(text: str) -> tuple[str, dict[str, Any]]:
    """``(text without its edition and imprint lines, what they say of the page)``.

    A page saved from a paper's web edition prints the edition of each article beside
    its headline (:func:`edition_line`) and the paper's imprint (``国内统一刊号：…``,
    ``主管主办：…``) above it. Neither is a headline nor text: both are taken out, as
    mastheads are (a line that ends a sentence is kept). A dated byline among the first
    lines (``某某报 2018-06-13 08:27``) gives the page's date and stays, as a byline.
    Above the first sentence, a publication label (``上传时间：…``: :func:`.webpage.published_date`),
    an e-paper's ``日期查询：…`` or a short dated line (``2021-12-28张三``, ``标题 2025年05月08日``:
    :func:`.webpage.dated_line`, :func:`.webpage.title_date`) gives the date; the line stays as it is."""
    meta: dict[str, Any] = {}
    head = text[:1200].splitlines(keepends=True)
    head = head[:next((k for k, n in enumerate(_nonblank(head)) if n > HEAD_LINES), len(head))]
    labelled = None  # the date of a publication label above the text (发布时间：…, 上传时间：…)
    above = True  # no line of text (a sentence, a long line) yet
    for k, line in enumerate(head):
        stripped = line.strip()
        timed = _timed(stripped)
        if timed is None:
            above = above and not _reads_as_text(stripped)
            if not above or not _YEAR.search(stripped):
                continue
            folded = fold(strip_ruby(stripped)[0])
            labelled = labelled or published_date(folded) or _issue_date(folded)
            if not labelled and "date" not in meta:
                dated = dated_line(folded) or title_date(folded)  # 2021-12-28董建功, 2025-07-04, 标题 2025年05月08日
                if dated:
                    meta["date"] = dated  # the line is read as before
            continue
        # a dated byline under the title dates the page; it stays, a paragraph of its own
        try:
            meta.setdefault("date", printed_date(timed.group("date")))
        except ValueError:
            pass
        at = sum(map(len, head[:k]))
        text = f"{text[:at]}\n{line.rstrip()}\n\n{text[at + len(line):]}"
        break
    if labelled:
        meta["date"] = labelled
    if "版" not in text and "刊号" not in text and "主管主办" not in text and "邮发代号" not in text:
        return text, meta
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped and len(stripped) <= 160 and not ends_sentence(stripped):
            found = edition_line(stripped) if len(stripped) <= 40 else None
            if found is not None or _IMPRINT.search(stripped):
                for k, v in (found or {}).items():
                    meta.setdefault(k, v)
                continue
        kept.append(line)
    if len(kept) == len(lines):
        return text, meta
    return "".join(kept), meta


#: A cell of a table of labelled fields: ``索引号:000014349/2025-29439``, ``主题词:``.
_FIELD_CELL = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(.*)$")


def field_table(text: str) -> tuple[str, str | None]:
    """``(text without the table of labelled fields heading it, the title its 标题 cell gives)``.

    A government page of public information prints a table of fields above its text, a row a
    line and its cells set apart by bars (``| 索引号:… | |``, ``| 发文机关:… | 主题词: |``,
    ``| 标题:… | |``, ``| 发布日期:… |``): two rows or more among the first lines, every cell
    a field (a label and a colon) or empty. Such rows are the page's record, no text; its
    ``标题`` (``题目``) cell is the title, and a toolbar line above them (``字体大小:【大】…``)
    goes with them. The dates they give are read before (:func:`page_lines`). A table of other cells, or one under a line of text, is kept."""
    lines = text.splitlines(keepends=True)
    rows: list[int] = []
    seen = 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > HEAD_LINES or _reads_as_text(stripped):
            break
        cells = [c.strip() for c in re.split(r"[|｜]", stripped)]
        if "|" in stripped or "｜" in stripped:
            filled = [c for c in cells if c]
            if filled and all(_FIELD_CELL.match(c) for c in filled):
                rows.append(k)
                continue
        if rows:
            break
    if len(rows) < 2 or rows[-1] - rows[0] + 1 != len(rows) + sum(not lines[k].strip() for k in range(rows[0], rows[-1])):
        return text, None
    title = None
    for k in rows:
        for cell in re.split(r"[|｜]", lines[k]):
            m = _FIELD_CELL.match(cell.strip())
            if m and fold(m.group(1)) in ("标题", "题目") and m.group(2).strip():
                title = title or m.group(2).strip()
    tools = {k for k in range(rows[0]) if lines[k].strip() and kind_of(lines[k].strip()) == "tool"}  # 字体大小:【大】…
    return "".join(line for k, line in enumerate(lines) if k not in rows and k not in tools), title


# ---------------------------------------------------------------- pass 2: kinds


def _is_caption_sentence(p: Paragraph) -> bool:
    """A lone short statement with no inner punctuation, not leaning on the text before."""
    text = p.text
    return (
        8 <= len(text) <= 30
        and ends_sentence(text)
        and len(re.findall("[。！？]", text)) == 1
        and not _INNER_PUNCT.search(text)
        and not _ANAPHORIC.match(text)
    )


def classify(paras: list[Paragraph]) -> list[Paragraph]:
    """``paras`` with their kinds set (and inline credits split off). A short line that a
    web page prints as chrome (a toolbar, a footer, a breadcrumb: :func:`.webpage.kind_of`;
    above the text also a menu or a list item, ``- 最新文件``), an editors' line
    (``责任编辑：张三 美术编辑：李四``) and a page number alone at the top or foot of the
    page (``3``, ``- 3 -``, ``第3版``) are ``chrome``: no headline, no text."""
    out: list[Paragraph] = []
    links = paras[len(paras) - link_list([p.text for p in paras]):] if paras else []
    for i, p in enumerate(paras):
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        out.extend(_kinds(p, nxt, out[-1] if out else None))
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
            if web in ("tool", "footer", "editor") or (web == "nav" and (above or not is_menu(p.text))) or listed:
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


#: A part numbered after the first: ``二、…``, ``三、…``.
_LATER_PART = re.compile(r"^(?:[二三四五六七八九]|十[一二三四五六七八九]?)、")
#: A part numbered as the text's first (``一、…``, ``第一章 总则``): under unheaded text, its first part.
_NUMBERED_PART = re.compile(r"^(?:一、|第[一二三四五六七八九十]{1,3}[章节编部分]+\s*\S)")
#: A line that introduces what follows it (…应当同时符合下列条件：).
_INTRODUCES = re.compile(r"[:：]\s*$").search
_SECTION_NO = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
#: A portal's ``原标题：…`` line: the title the story was first printed under.
def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


#: A title's label printed before it (``标题：``, ``题目:``).
_TITLE_LABEL = re.compile(r"^(?:标题|题目|標題|題目)\s*[:：]\s*(?=\S)")
_ORIGINAL_TITLE = re.compile(r"^[(（]?\s*原标题\s*[:：]\s*(.+?)\s*[)）]?$")


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
            and nxt is not None and _reads_as_text(nxt.text) and not re.search(r"[。；;！？!?]", text):
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
            (prev is not None and prev.kind == "body") or (nxt is not None and _reads_as_text(nxt.text))):
        # 关键词:执行和解 恢复执行, 【关键词】… under an abstract or over the text: a paper's keywords,
        # a line of its text, never a headline (among a record's fields it is read as they are)
        p.kind = "body"
        return [p]
    if len(text) <= 80 and _RECORD_FIELD.match(fold(text)):
        p.kind = "body"  # 审理法院:…, 案号:…, 裁判日期:…: a field of the record a page prints, its text, never a headline
        return [p]
    if (
        (CAPTION_MARK.match(text) and re.search(r"\w", text))  # marks alone (◆ ◆) are an ornament
        or _INLINE_CREDIT.match(text)
        or (_PROVIDED.search(text) and len(text) <= 100)
        or (nxt is not None and is_credit(nxt.text) and ends_sentence(text))
        or _is_caption_sentence(p)
        or (len(text) <= 40 and photo_note(text))  # 图片来源：图虫, （资料图片）, 群众咨询.jpg
    ):
        p.kind = "caption"
        credit = _INLINE_CREDIT.match(text)
        if CAPTION_MARK.match(text) or credit or ends_with_credit(text) or photo_note(text):
            p.extra = "photo"  # marked as a photo's (▲…, …摄): it stands where the photo is
        if credit:
            p.text = f"{credit.group(1)} {clean_byline(credit.group(2))} 摄"
        p.text = _ARROW.sub("", p.text)
        return [p]
    if ((not ends_sentence(text) or (prev is None and _ELLIPSIS_HEADLINE.search(text) and nxt is not None
                                     and _reads_as_text(nxt.text)))  # 民警来敲门!是为了……, opening the page
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
        elif _timed(text):
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


# ---------------------------------------------------------------- pass 3: articles


def _bigrams(text: str) -> set[str]:
    chars = re.findall(f"[{HAN}0-9A-Za-z]", text)
    return {a + b for a, b in zip(chars, chars[1:])}


def similarity(headline: str, text: str) -> float:
    """Share of the headline's character pairs found in ``text``."""
    return _overlap(_bigrams(headline), _bigrams(text))


def _overlap(grams: set[str], other: set[str]) -> float:
    return len(grams & other) / len(grams) if grams else 0.0


#: How many headline-less articles after a stacked headline may be the one it
#: names: far more than a newspaper page holds, and it keeps a file of thousands
#: of pages linear.
NAMED_WITHIN = 32


@dataclass
class _Part:
    """A section being built: ``marked`` when its heading was Markdown."""

    heading: str | None = None
    paras: list[str] = field(default_factory=list)
    marked: bool = False
    start: int | None = None


@dataclass
class _Draft:
    title: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    parts: list[_Part] = field(default_factory=lambda: [_Part()])
    captions: list[str] = field(default_factory=list)
    start: int | None = None
    closed: bool = False
    photo: bool = False
    parent: "_Draft | None" = None
    first: int = 0  # the line of its first paragraph (headline or byline)
    column: str | None = None  # the column label (``## 平安聚焦``) it is printed under
    spot: "_Spot | None" = None  # where the page's text stood when it was opened
    brief: bool = False  # titled by the line right above its lead-in (本报讯…), as a brief is
    tooled: bool = False  # titled by a stacked line the site printed its toolbar after

    @property
    def has_body(self) -> bool:
        return self.start is not None

    def lead(self, limit: int = 400) -> str:
        return "\n".join(p for part in self.parts for p in part.paras)[:limit]

    def add(self, text: str, first: int) -> None:
        if text:
            part = self.parts[-1]
            part.paras.append(text)
            part.start = first if part.start is None else part.start
            self.start = first if self.start is None else self.start


@dataclass(frozen=True)
class _Spot:
    """A place in the text of a draft: after ``index`` paragraphs of its ``part``."""

    draft: "_Draft"
    part: _Part
    index: int


@dataclass
class _Pending:
    text: str
    first: int
    target: _Draft | None = None
    spot: _Spot | None = None  # where it was printed, for its text if no article takes it
    placed: bool = False


class _Assembler:
    """Walks classified paragraphs and groups them into draft articles."""

    def __init__(self, paras: list[Paragraph]) -> None:
        self.paras = [p for p in paras if (p.text or p.kind == "leadin") and p.kind != "chrome"]
        tail = [p for p in self.paras if p.kind not in ("caption", "credit")]
        self.after_page = bool(tail) and tail[-1].kind == "head"
        #: the page's last line when it is a sentence cut off (:func:`cut_sentence`), else None
        self.cut = next((p.text for p in self.paras if p.extra == "cut" and p.kind == "body"), None)
        self.drafts: list[_Draft] = []
        self.cur: _Draft | None = None
        self.pending: list[_Pending] = []
        self._untargeted: list[_Pending] = []  # stacked headlines waiting for the next titled article
        self._named: dict[int, _Pending] = {}  # id(draft) → the first stacked headline above it
        self.prev_kind = ""
        self.column: str | None = None  # the column label the page is under here
        self.notes: list[str] = []  # photo notes (（资料图片）) printed above the article they go with

    def _spot(self) -> _Spot | None:
        """Where the text stands now: the end of the current draft."""
        cur = self.cur
        return _Spot(cur, cur.parts[-1], len(cur.parts[-1].paras)) if cur is not None else None

    def _open(self, title: str | None = None, first: int = 0) -> _Draft:
        spot = self._spot()
        if self.cur is not None:
            self.cur.closed = True
        draft = _Draft(title=title, first=first, spot=spot, column=self.column)
        self.drafts.append(draft)
        draft.captions.extend(self.notes)
        self.notes = []
        self.cur = draft
        return draft

    def _next(self, i: int) -> Paragraph | None:
        for j in range(i + 1, len(self.paras)):
            p = self.paras[j]
            if not (p.kind == "mdsub" and self._is_label(p, j)):
                return p
        return None

    def _is_label(self, p: Paragraph, i: int) -> bool:
        nxt = self.paras[i + 1] if i + 1 < len(self.paras) else None
        return nxt is None or nxt.kind != "body"

    def run(self) -> list[_Draft]:
        for i, p in enumerate(self.paras):
            kind = p.kind
            if kind == "mdsub":
                kind = "label" if self._is_label(p, i) else "section"
            getattr(self, f"_{kind}")(p, i)
            if kind != "caption" or not photo_note(p.text):  # a photo's note (（图片来源于网络）) parts nothing
                self.prev_kind = kind
        if self.notes and self.drafts:
            self.drafts[-1].captions.extend(self.notes)
        self._settle_pending()
        for draft in list(self.drafts):
            self._lone_heading(draft)
        for draft in self.drafts:
            self._empty_last_heading(draft)
        self._keep_orphans()
        return [d for d in self.drafts if d.has_body]

    # -- headlines and headings

    def _head(self, p: Paragraph, i: int) -> None:
        nxt = self._next(i)
        nkind = nxt.kind if nxt else None
        cur = self.cur
        last = self.drafts[-1] if self.drafts else None
        if p.level == 1:
            self.column = None  # a headline marked # is under no column unless a label follows it
        if nkind in ("sub", "byline"):
            self._open_titled(p.text, p.first)
        elif nkind == "head":
            pending = _Pending(p.text, p.first, spot=self._spot())
            self.pending.append(pending)
            self._untargeted.append(pending)
        elif (
            self.after_page and nkind in ("leadin", None)
            and last is not None and last.title is None and last.has_body
        ):
            last.title, last.closed = p.text, True  # printed after its body
        elif nkind == "leadin":
            self._open_titled(p.text, p.first)  # a lead-in opens a news item: this is its headline
            self.cur.brief = True
        elif cur is None or cur.closed or not cur.has_body or self.prev_kind in ("caption", "credit"):
            self._open_titled(p.text, p.first)
        else:
            self._untargeted = []  # the lines stacked above a heading head no article below
            self._section(p, i, md=False)

    def _open_titled(self, title: str, first: int = 0) -> None:
        draft = self._open(title, first)
        for pending in self._untargeted:
            pending.target = draft
        if self._untargeted:
            self._named[id(draft)] = self._untargeted[0]
            self._untargeted = []

    def _section(self, p: Paragraph, i: int, md: bool = True) -> None:
        if self.cur is None or self.cur.closed:
            self._open_titled(p.text, p.first)
            return
        if self.cur.parent is not None:
            self.cur.closed = True
            self.cur = self.cur.parent
        self.cur.parts.append(_Part(p.text, [], md))

    def _label(self, p: Paragraph, i: int) -> None:
        """A column label (``## 平安聚焦``): the article whose headline is just above it
        and those after it, up to the next label or ``#`` headline, are in that column."""
        if self.cur is not None and self.cur.has_body:
            self.cur.closed = True
        elif self.cur is not None and not self.cur.closed:
            self.cur.column = p.text
        self.column = p.text

    def _sub(self, p: Paragraph, i: int) -> None:
        cur = self.cur
        if cur is not None and cur.title and not cur.has_body and cur.subtitle is None:
            cur.subtitle = p.text
        else:
            self._body(p, i)

    # -- credits

    def _byline(self, p: Paragraph, i: int) -> None:
        cur = self.cur
        if cur is not None and cur.has_body and i == len(self.paras) - 1:
            cur.bylines.append(p.text)  # a credit closing the page closes the text above it
            cur.closed = True
            return
        if cur is None or cur.closed or cur.has_body:
            cur = self._open(first=p.first)
        if p.text:
            cur.bylines.append(p.text)

    def _leadin(self, p: Paragraph, i: int) -> None:
        self._byline(Paragraph(p.extra or "", p.first), i)
        if p.text:
            self.cur.add(fix_spacing(p.text), p.first)

    def _tail(self, p: Paragraph, i: int) -> None:
        target = self.cur or (self.drafts[-1] if self.drafts else None)
        credited = "".join(target.bylines) if target is not None else ""
        if target is not None and p.text.split() and all(name in credited for name in p.text.split()):
            target.closed = True  # 作者:张三 closing a text its lead-in credited already
        elif target is not None:
            target.bylines.append(p.text)
            target.closed = True

    def _credit(self, p: Paragraph, i: int) -> None:
        cur = self.cur
        if cur is not None and cur.captions:
            cur.captions[-1] = f"{cur.captions[-1]} {p.text}"
        elif cur is not None:
            cur.captions.append(p.text)

    def _caption(self, p: Paragraph, i: int) -> None:
        cur = self.cur
        if (cur is None or cur.closed) and photo_note(p.text):
            self.notes.append(p.text)  # （资料图片） above a text: the photo of the article below
            return
        if cur is None or cur.closed or (cur.photo and cur.has_body):
            draft = self._open()
            draft.photo = True
            draft.add(p.text, p.first)
            return
        cur.captions.append(p.text)
        if self.after_page and p.extra != "photo":
            # a short statement standing alone between texts (8小时强制腾退一套法拍房。) ends the one
            # above when headlines follow their texts; a caption marked as a photo's (▲…, …摄)
            # stands where the photo is printed, and the text may go on under it
            cur.closed = True

    def _jump(self, p: Paragraph, i: int) -> None:
        """A jump line stays in its article: one to a later page ends its text here."""
        target = self.cur or (self.drafts[-1] if self.drafts else None)
        if target is None or (target.closed and p.extra in ("上接", "接")):
            target = self._open()
        target.add(p.text, p.first)
        if p.extra in ("下转", "转"):
            target.closed = True

    # -- body

    def _body(self, p: Paragraph, i: int) -> None:
        cur = self.cur
        if cur is None or cur.closed:
            cur = self._open()
        elif self.prev_kind in ("caption", "credit") and not self.after_page and cur.parent is None:
            pending = self._named.get(id(cur))
            if pending and similarity(pending.text, p.text) > max(0.3, similarity(pending.text, cur.lead())):
                parent = cur
                cur = self._open()
                cur.parent = parent
                parent.closed = False
        cur.add(p.text, p.first)

    @staticmethod
    def _empty_last_heading(draft: _Draft) -> None:
        """A plain heading that ends an article with no text under it (a closing note,
        ``（本文首发于…）``, a line left over once a page's foot is left out) is the
        last line of the text above it, not a section of nothing."""
        last = draft.parts[-1]
        if len(draft.parts) > 1 and last.heading is not None and not last.marked and not last.paras:
            draft.parts.pop()
            draft.parts[-1].paras.append(last.heading)

    def _lone_heading(self, draft: _Draft) -> None:
        """A single plain heading in an article is no section: a clause cut by a page
        break (it has a comma) is joined to the text after it, else it is the headline
        of an article of its own; but a heading numbered after the first (``二、…``) is
        a part of the text above it, whose first part is unheaded text, and so is one numbered
        as the first (``一、…``, ``第一章 总则``: the text above it is its opening), and one under the
        fields of a record alone (``审理法院:…`` ⏎ ``案号:…``: :data:`_RECORD_FIELD`). On a page
        cut off in its article (:func:`cut_sentence`), that article's one heading stays a heading."""
        plain = [k for k, part in enumerate(draft.parts) if part.heading is not None and not part.marked]
        if len(plain) != 1 or not draft.parts[plain[0]].paras:
            return
        if self.cut is not None and draft.parts[-1].paras and draft.parts[-1].paras[-1] == self.cut:
            return  # the text goes on past the page's end: one heading seen is not all it has
        k = plain[0]
        part = draft.parts[k]
        if _LATER_PART.match(part.heading) or _NUMBERED_PART.match(part.heading):
            return
        above = [t for p in draft.parts[:k] for t in p.paras]
        if above and all(_RECORD_FIELD.match(fold(t)) for t in above):
            return  # 审理法院:… ⏎ 案号:… over the heading: the record of the text it heads, no article of its own
        if "，" in part.heading:
            draft.parts.pop(k)
            draft.parts[k - 1].paras.extend([join_wrapped(part.heading, part.paras[0]), *part.paras[1:]])
            return
        moved, draft.parts = draft.parts[k:], draft.parts[:k]
        new = _Draft(title=part.heading, parts=[_Part(None, part.paras, start=part.start), *moved[1:]],
                     column=draft.column)
        new.start = part.start
        self.drafts.append(new)

    def _settle_pending(self) -> None:
        """Give each stacked headline to the headline-less article it names, else to the one below it.

        Candidates are the first :data:`NAMED_WITHIN` headline-less articles starting
        below the headline; among equally similar ones the earliest drafted wins.
        """
        candidates = sorted(
            ((d.start, k, d) for k, d in enumerate(self.drafts)
             if d.title is None and d.has_body and not d.photo and d.start is not None),
            key=lambda c: (c[0], c[1]),
        )
        starts = [c[0] for c in candidates]
        leads: dict[int, set[str]] = {}

        def grams(d: _Draft) -> set[str]:
            if id(d) not in leads:
                leads[id(d)] = _bigrams(d.lead())
            return leads[id(d)]

        stacked: dict[int, tuple[_Draft, list[str]]] = {}  # id(draft) → the lines stacked above its headline
        for pending in self.pending:
            headline = _bigrams(pending.text)
            first = bisect_right(starts, pending.first)
            near = candidates[first:first + NAMED_WITHIN]
            scored = [(_overlap(headline, grams(d)), -k, d, first + j) for j, (_, k, d) in enumerate(near)]
            best = max(scored, key=lambda s: (s[0], s[1]), default=None)
            own = _overlap(headline, grams(pending.target)) if pending.target else 0.0
            if best is not None and best[0] >= 0.3 and best[0] > own:
                best[2].title = pending.text
                del candidates[best[3]], starts[best[3]]  # titled now: no longer a candidate
                pending.placed = True
            elif pending.target is not None and pending.target.title:
                briefs = self._briefs_from(pending.target) if _BRIEFS_COLUMN.search(pending.text) else []
                tooled = without_toolbar(pending.text)
                if len(briefs) >= 2:  # 法院简讯 over briefs each titled above its lead-in: their column
                    for draft in briefs:
                        draft.column = draft.column or pending.text
                elif tooled != pending.text:
                    # 标题 [打印本页], 标题 分享到： 打印: the headline the site printed its toolbar after;
                    # the site's lines stacked with it and the headline printed again under it are no title
                    pending.target.title, pending.target.tooled = tooled, True
                else:
                    stacked.setdefault(id(pending.target), (pending.target, []))[1].append(pending.text)
                pending.placed = True
        for target, lines in stacked.values():
            if not target.tooled:  # the lines stacked above a headline, in the order printed
                target.title = _unrepeated(lines, target.title)

    def _briefs_from(self, first: _Draft) -> list[_Draft]:
        """The briefs printed one after another from ``first`` on: articles titled by the
        line right above their lead-in, none with a stacked headline of its own."""
        out: list[_Draft] = []
        for draft in self.drafts[self.drafts.index(first):]:
            if not draft.brief or not draft.has_body or (draft is not first and id(draft) in self._named):
                break
            out.append(draft)
        return out

    def _header_of_next(self, k: int) -> bool:
        """Whether draft ``k``, which has no text, is a page's header that prints the headline
        of the article right under it (APP下载 ⏎ 标题 ⏎ 2016-03-19 作者 ⏎ 某某学报 2016年3期 ⏎ 作者 ⏎
        标题 ⏎ 作者 ⏎ text): its lines, stacked into its title, hold that headline whole."""
        header = self.drafts[k].title
        nxt = self.drafts[k + 1] if k + 1 < len(self.drafts) else None
        if not header or nxt is None or not nxt.has_body or not nxt.title or len(nxt.title) < 6:
            return False
        return _squashed(nxt.title) in _squashed(header) and _squashed(nxt.title) != _squashed(header)

    def _keep_orphans(self) -> None:
        """Text read as headlines or credits that no article took stays text where it
        was printed: stacked headlines that head no article, and a headline or byline
        with no text under it before the next one (short lines such as a list of names).

        Each goes back, as paragraphs, into the draft that was open where it was
        printed, after the paragraphs that draft had then; above the first article,
        into the article that follows. A page with no text at all gives no article
        (and is reported so)."""
        orphans: list[tuple[int, int, _Spot | None, list[str], _Draft | None]] = []
        for k, pending in enumerate(self.pending):
            if not pending.placed:
                orphans.append((pending.first, k, pending.spot, [pending.text], None))
        bodied = [d for d in self.drafts if d.has_body]
        for k, draft in enumerate(self.drafts):
            texts = [t for t in (draft.title, draft.subtitle, *draft.bylines) if t]
            if not draft.has_body and texts and self._header_of_next(k):
                draft.title, draft.subtitle, draft.bylines = None, None, []
                continue  # the site's header over the headline printed again below: no text
            if not draft.has_body and texts:
                orphans.append((draft.first, len(self.pending) + k, draft.spot, texts, draft))
        if not orphans or not bodied:
            return
        after: dict[int, _Spot] = {}  # id(emptied draft) → where its text went
        puts: dict[int, tuple[_Part, list[tuple[int, int, list[str]]]]] = {}  # id(part) → (part, insertions)
        bodied.sort(key=lambda d: d.start)
        starts = [d.start for d in bodied]
        for seq, (first, _k, spot, texts, emptied) in enumerate(sorted(orphans, key=lambda o: (o[0], o[1]))):
            if spot is not None and id(spot.draft) in after:
                spot = after[id(spot.draft)]
            elif spot is None or not spot.draft.has_body:
                host = bodied[min(bisect_right(starts, first), len(bodied) - 1)]
                spot = _Spot(host, host.parts[0], 0)
            puts.setdefault(id(spot.part), (spot.part, []))[1].append((spot.index, seq, texts))
            spot.part.start = first if spot.part.start is None else min(spot.part.start, first)
            spot.draft.start = first if spot.draft.start is None else min(spot.draft.start, first)
            if emptied is not None:
                after[id(emptied)] = spot
                emptied.title, emptied.subtitle, emptied.bylines = None, None, []
                spot.draft.captions.extend(emptied.captions)
                emptied.captions = []
        for part, insertions in puts.values():
            insertions.sort(key=lambda x: (x[0], x[1]))
            paras: list[str] = []
            k = 0
            for index, _seq, texts in insertions:
                paras.extend(part.paras[k:index])
                k = max(k, index)
                paras.extend(texts)
            part.paras[:] = paras + part.paras[k:]  # in place: a part split off shares the list


# ---------------------------------------------------------------- articles


def _unrepeated(lines: list[str], headline: str) -> str:
    """The title the ``lines`` stacked over ``headline`` make with it, in the order printed, a
    headline printed twice once: a page's title line over the same headline, on one line or
    two (``某某法院 -标题`` ⏎ ``某某法院`` ⏎ ``-标题``), is no kicker of its own, nor are the site's
    lines between the first copy and the headline printed again (``标题`` ⏎ ``体育正文 87 0`` ⏎ ``标题``)."""
    own = _squashed(headline)
    for k, line in enumerate(lines):
        if _squashed(line) == own:
            lines = lines[:k]  # the headline's first copy, then the site's lines and the headline again
            break
        if _squashed(line) == _squashed("".join(lines[k + 1:])) + own:
            lines = lines[:k] + lines[k + 1:]  # 某某法院 -标题 over 某某法院 ⏎ -标题
            break
    if lines and _squashed("".join(lines)) == own:
        lines = []  # 某某法院 ⏎ -标题 over 某某法院 -标题
    return " ".join([*lines, headline])


def fallback_title(text: str, limit: int = TITLE_MAX) -> str:
    """A title for an article printed without one: its lead sentence, cut at a clause (a
    dateline opening the text, ``本网四川宜宾讯``, ``新华社北京3月5日电``, is passed over)."""
    text = CAPTION_MARK.sub("", text.strip()).strip()
    text = after_dateline(text)
    sentence = re.split(r"(?<=[。！？])|\n", text, maxsplit=1)[0].rstrip("。！？")
    if len(sentence) <= limit:
        return sentence
    head = sentence[:limit]
    cut = max(head.rfind(c) for c in "，、；：")
    if cut >= limit // 3:
        return head[:cut]
    return head[: limit - 1] + "…"


#: A date printed after a headline on its line, with its time and brackets.
_TITLE_DATE_TAIL = re.compile(rf"\s*[(（\[]?\s*{PRINTED_DATE}\s*日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*[)）\]]?$")


def _article(draft: _Draft, source: str, ordinal: int) -> Article:
    sections = tuple(
        Section(part.heading, "\n".join(part.paras))
        for part in draft.parts
        if part.heading is not None or part.paras
    )
    lead = draft.lead()
    # a label (编者按, 引言) or, on a Chinese page, a line of no Chinese is no title
    # (a headline stacked over its dated line, 某某 (新华社)| Updated: 2020-01-02, is a title still)
    title = draft.title if draft.title and not never_title(draft.title, is_chinese(lead), ("line", "meta")) else None
    if draft.title and title is None:  # no title, but text all the same: it opens the article's text
        if sections and sections[0].heading is None:
            sections = (Section(None, f"{draft.title}\n{sections[0].text}".strip()), *sections[1:])
        else:
            sections = (Section(None, draft.title), *sections)
    if title:
        title = without_toolbar(title)  # 标题 分享到： 打印 关闭: the site's toolbar is no part of it
        title = _BULLET.sub("", title) or title  # • 某某市物业管理条例, a headline printed as a list's item
        title = _TITLE_LABEL.sub("", title)  # 标题：… printed with its label: the title is what follows
    original = _ORIGINAL_TITLE.match(title or "")
    if original:
        title = original.group(1)  # 原标题：… taken for the headline: the title is what follows
    if title and title_date(fold(title)):
        # 标题 2024年01月13日, 标题 (2026-02-09): the date printed after the headline dates the page
        # (page_lines read it) and is no part of the title
        title = _TITLE_DATE_TAIL.sub("", title).strip() or title
    return Article(
        id=article_id(source, ordinal),
        file=source,
        date=_dateline_date(sections),
        title=title or fallback_title(lead),
        sections=sections,
        ordinal=ordinal,
        title_is_fallback=not title,
        subtitle=draft.subtitle,
        byline=byline_text(" ".join(draft.bylines)),
        captions=tuple(draft.captions),
        meta={"column": draft.column} if draft.column else {},
    )


# ---------------------------------------------------------------- a WeChat article as mirror sites print it
#
# Sites that mirror WeChat articles print the app's header over the headline (查看原文 ⏎ 其他)
# and the account line under it: the authors, the account and the day (桑林 容才杰 新则 2023-05-18;
# the day may stand on the next line, and the account's name may be printed again under it).
# The header is no title and no text, the line under it the title; the account line is the
# article's date and byline (every name before the account's), the account its source when it
# is an outlet or a court.

#: The header a mirror prints over a WeChat article, a line each.
MIRROR_HEADER = ("查看原文", "其他")
#: A WeChat account line: up to five names, then the day (and time) it was posted.
_MIRROR_ACCOUNT = re.compile(r"^(?:(?:原创|转载)\s+)?(?P<names>(?:(?!\d{4})[^\s，。；！？,;!?：:|｜]{1,20}\s+){0,4}(?!\d{4})[^\s，。；！？,;!?：:|｜]{1,20})"
                      r"(?:\s*(?P<date>\d{4}\s*(?:-\s*\d{1,2}\s*-\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)))?"
                      r"(?:\s+\d{1,2}:\d{2})?$")
_MIRROR_DAY = re.compile(r"^\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?$")
_MIRROR_COURT = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民法院|法院|中院|高院|法庭|人民检察院|检察院)$")


def _mirror_day(text: str) -> str | None:
    try:
        return iso_date(re.sub(r"\s+", "", text))
    except ValueError:
        return None


def mirror_header(text: str) -> tuple[str, dict[str, Any]]:
    """``(text without a WeChat mirror's header, headline and account line, what they say)``;
    ``(text, {})`` for a page that does not open with the header (:data:`MIRROR_HEADER`)."""
    lines = text.splitlines(keepends=True)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or tuple(lines[k].strip() for k in filled[:2]) != MIRROR_HEADER:
        return text, {}
    dropped = set(filled[:3])
    said: dict[str, Any] = {"title": lines[filled[2]].strip()}
    at = 3  # filled[2] is the headline; the account line is printed under it
    m = _MIRROR_ACCOUNT.match(lines[filled[at]].strip()) if at < len(filled) else None
    date = m and (_mirror_day(m.group("date")) if m.group("date") else None)
    if m and not date and at + 1 < len(filled) and _MIRROR_DAY.match(lines[filled[at + 1]].strip()):
        date = _mirror_day(lines[filled[at + 1]].strip().split()[0])  # 孙政 王夏 法务之家 ⏎ 2024-09-19
        if date:
            dropped.add(filled[at + 1])
    if m and date:
        dropped.add(filled[at])
        said["date"] = date
        names = m.group("names").split()
        account = names[-1]
        if len(names) >= 2:
            said["byline"] = " ".join(names[:-1])
        if known_source(account) or _MIRROR_COURT.match(account):
            said["source"] = canonical_source(account)
        after = max(dropped) + 1
        nxt = next((k for k in filled if k >= after), None)
        if nxt is not None and lines[nxt].strip() == account:
            dropped.add(nxt)  # the account's name printed again under its line
    return "".join(line for k, line in enumerate(lines) if k not in dropped), said


#: A day printed right after a news lead-in (``本网淮安讯:2008年2月27日,…``, ``本报讯（记者 张三）
#: 2024年3月5日，…``); not a period (``…日至…``).
_LEADIN_DAY = re.compile(r"^[^，,。；;！？:：\s（(]{0,16}[讯訊]\s*(?:[（(][^（）()]{0,30}[）)])?\s*[:：]?\s*"
                         r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!\s*(?:至|到|—|-|~|起))")


def _dateline_date(sections: tuple[Section, ...]) -> str | None:
    """The day a text's lead-in dates it with (``本网淮安讯:2008年2月27日,…``,
    ``本报讯（记者 张三）2024年3月5日，…``), or None. A day opening a text without a lead-in
    (``2019年12月28日，全国人大常委会…``) is that of the events told, as is a day further on in
    the sentence: neither dates it."""
    if not sections or sections[0].heading is not None:
        return None
    m = _LEADIN_DAY.match(sections[0].text)
    try:
        return printed_date(re.sub(r"\s+", "", m.group(1))) if m else None
    except ValueError:
        return None


def parse_page(text: str, source: str, meta: Mapping[str, Any] | None = None) -> list[Article]:
    """The articles of one page, in the order their bodies start on it.

    ``meta`` is what the page's container says of the whole page (``date``,
    ``source``, ``url`` …): each article takes ``date`` and ``source`` from it where
    it has none of its own, and the other keys as metadata. What the page prints of
    itself (:func:`.masthead.read_masthead`: mastheads, datelines, ``来源：`` lines)
    wins over ``meta``, and its lines are taken out of the text; a page that names
    no outlet otherwise may name itself (:func:`.masthead.self_named`). A labelled author
    on such a line among the first (``作者: 王某律师 时间: …``) is the first article's byline
    where it prints none of its own, as is the account line of a WeChat article a mirror
    prints (:func:`mirror_header`: its header is no text).
    A table of labelled fields heading the page (:func:`field_table`) is no text; the title
    its ``标题`` cell gives is the first article's."""
    if meta and isinstance(meta.get("source"), str):
        meta = {**meta, "source": canonical_source(meta["source"]) or None}
    text, mirrored = mirror_header(text)  # 查看原文 ⏎ 其他 ⏎ 标题 ⏎ 作者 公众号 2023-05-18: a WeChat mirror's
    text, printed = read_masthead(text)
    printed = {**{k: v for k, v in mirrored.items() if k not in ("byline", "title")}, **printed}
    byline = printed.pop("byline", None) or mirrored.get("byline")  # 作者: 王某律师 时间: …, among the first lines: the first article's
    text, edition = page_lines(text)
    text, labelled = field_table(text)  # | 索引号:… | ⏎ | 标题:… | ⏎ | 发布日期:… |: the page's record
    labelled = labelled or mirrored.get("title")
    if edition:
        printed = {**edition, **printed}
    if printed:
        meta = {**(meta or {}), **printed}
    if meta and isinstance(meta.get("source"), str) and not names_outlet(meta["source"]):
        meta = {**meta, "source": None}  # 来源：市法院 names no outlet
    if not (meta or {}).get("source"):
        named = self_named(text)
        if named:
            meta = {**(meta or {}), "source": named}
    paras = classify(paragraphs(closing_credit_lines(text)))
    drafts = _Assembler(paras).run()
    if not drafts and any(p.kind == "caption" for p in paras):
        # no body at all: the short sentences taken for captions are the page's text
        # (a brief of a title and one sentence), not captions of a photo
        for p in paras:
            if p.kind == "caption":
                p.kind = "body"
        drafts = _Assembler(paras).run()
    drafts.sort(key=lambda d: d.start if d.start is not None else 0)
    articles = [_article(d, source, k) for k, d in enumerate(drafts, 1)]
    if not articles:
        headline = _headline_article(paras, source)
        articles = [headline] if headline is not None else []
    if labelled and articles and articles[0].title != labelled:
        own = articles[0]
        sections = own.sections
        if not own.title_is_fallback:  # a headline of its own under the record: the text's first line
            sections = (Section(None, f"{own.title}\n{sections[0].text}" if sections and sections[0].heading is None
                                else own.title), *(sections[1:] if sections and sections[0].heading is None else sections))
        articles[0] = replace(own, title=labelled, title_is_fallback=False, sections=sections)
    if byline and articles and not articles[0].byline:
        articles[0] = replace(articles[0], byline=byline)
    return [_credited(with_page_meta(a, meta) if meta else a) for a in articles]


def _credited(article: Article) -> Article:
    """``article`` with the outlet its byline opens with as its source where the page names
    none (``法治日报全媒体记者 张三`` → 法治日报, ``河南日报客户端记者 李四`` → 河南日报); a byline
    that is only an outlet (``湖南日报·新湖南客户端``) is no byline."""
    outlet, names = credit_outlet(article.byline)
    if outlet is None or article.source:
        return article
    return replace(article, source=outlet, byline=article.byline if names else None)


#: The name of a column of briefs (法院简讯, 执行快讯, 基层动态, 要闻速览, 新闻集锦).
_BRIEFS_COLUMN = re.compile(r"(?:简讯|快讯|短讯|动态|速递|速览|短波|集锦|简报|一句话新闻)\s*$")

#: A line that only ends an article: （完）, 【完】, -完-.
_END_MARK = re.compile(r"[（(【\[〔<＜—-]?\s*完\s*[）)】\]〕>＞—-]?")


def _headline_article(paras: list[Paragraph], source: str) -> Article | None:
    """The article of a page whose whole text is one headline line, with at most its
    byline (``（记者 张三）``) and an end mark (``（完）``) under it: its title and byline,
    no body (a page of several headings and no text, an outline, gives none)."""
    lines = [p for p in paras if p.text.strip() and not _END_MARK.fullmatch(p.text.strip())]
    heads = [p for p in lines if p.kind == "head"]
    if len(heads) != 1 or heads[0].lines != 1 or heads[0] is not lines[0] \
            or any(p.kind != "tail" for p in lines[1:]):
        return None
    byline = " ".join(p.text.strip() for p in lines[1:]) or None
    return Article(id=article_id(source, 1), file=source, title=heads[0].text.strip(), sections=(), byline=byline)


def with_page_meta(article: Article, meta: Mapping[str, Any]) -> Article:
    """``article`` with the page's ``date`` and ``source`` where it has none, and the
    page's other metadata under keys it does not have."""
    rest = {k: v for k, v in meta.items() if k not in ("date", "source") and v not in (None, "")}
    return replace(article, date=article.date or meta.get("date") or None,
                   source=article.source or meta.get("source") or None,
                   meta={**rest, **article.meta})
