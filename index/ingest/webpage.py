"""Web pages, line by line: the article told from the page's boilerplate and metadata.

In: the blocks of one web page in reading order, either the lines of a page saved
as text (:func:`page_blocks`) or the blocks an HTML page gives (:mod:`.html`), each a
:class:`Block` (``line``, or ``head``/``caption`` where the markup says so).
Out: one :class:`~..documents.Article` (:func:`web_article`), or None when the page
holds no article text; for a page saved as text, which may hold several web articles
one after another, one Article each (:func:`web_articles`, cut by :func:`split_articles`).

Each line is told by :func:`.web_lines.kind_of` (navigation, metadata, toolbars, the footer,
WeChat's account line, buttons and prompts); the date, source, author and staff that
metadata lines print (:mod:`.web_fields`) go to the article and its ``meta`` (``editor``,
staff credits). The title is the first line that is none of these; body lines follow. A
credit line ``□ 本报记者 张三 □ 本报通讯员 李四 近日，…`` gives the byline and the rest of the
line stays body text, and so does a lead-in opening the text, as on newspaper pages
(``本报讯（记者 张三）…``; a bare ``本报讯`` or ``本网讯`` is dropped); a numbered heading glued to
its paragraph (``一、坚持… 近日…``) is split. Short unfinished lines inside the body are section headings, as on newspaper pages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..analysis.chars import normalize_chars
from ..analysis.fold import fold
from ..documents import Article, Section, article_id
from .clean import (HEADING_MAX, affiliation, is_names, after_dateline, byline_text, cell_width, clean_byline, ends_sentence,
                    lead_in, link_list, photo_note, reporter_credit, table_rows)
from .datelines import opening_outlet
from .dates import printed_date
from .page_header import edition_line
from .sources import canonical_source, credit_outlet, names_outlet, person_or_phone
from .web_fields import AUTHOR_FIELD, DATE, PUBLISHED_WORDS, TITLE_DATE, dated_line, meta_of, split_credit, wechat_line
from .web_lines import (BREADCRUMB, FIELD_LABEL, FOOTER_LINE, LOCATION_LINE, NAV_SEP, counter_line, is_chinese, kind_of,
                        line_credits, never_title)


#: What a site prints after a title: a comment count, a download label.
_TITLE_JUNK = re.compile(r"\s*(?:No Comments?|\d+\s*Comments?|(?:Word|PDF|DOC)?文档下载推荐\.\w{2,4}|文档下载推荐"
                         r"|\.(?:docx?|pdf|pptx?|xlsx?))$", re.I)
_NUMBERED = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，。；：！？\s]{2,20})[\s\u3000]+(\S.*)$")
_CAPTION = re.compile(r"^(?:[（(]?(?:图为|图[:：]|图\s*[①-⑳0-9])|[▲△]|（?图片来源)|(?:摄|供图)[）)]?$")

@dataclass(frozen=True)
class Block:
    """One block of a web page: ``kind`` is ``line`` (to be recognised), ``head``
    (a heading the markup marks), ``caption`` (an image's caption) or ``row`` (a
    table row, its cells joined by `` | ``: text)."""

    text: str
    kind: str = "line"


@dataclass
class WebPage:
    """What one web page says: its article and the metadata its lines print."""

    title: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    parts: list[tuple[str | None, list[str]]] = field(default_factory=lambda: [(None, [])])
    captions: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # boilerplate lines, for the account

    @property
    def has_body(self) -> bool:
        return any(paras for _, paras in self.parts)


#: A question mark opening a title: a character the save could not encode (``?2021年…``).
_LOST_MARK = re.compile(r"^[?？]+(?=[\u3400-\u9fff0-9“《【])")


#: A Markdown heading line (``# 标题``, ``## 一、…``): its level's marks and its text.
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)(?:\s+#+)?$")


def page_blocks(text: str) -> list[Block]:
    """The lines of a page saved as text, as blocks. A Markdown heading (a web page
    clipped as Markdown) is read without its ``#`` marks: ``# 标题`` is a line like the
    title of a page saved as text, ``## 小标题`` and lower a heading."""
    blocks: list[Block] = []
    for ln in normalize_chars(text).splitlines():
        ln = ln.strip()
        md = _MD_HEADING.match(ln)
        if md:
            blocks.append(Block(md.group(2), "line" if len(md.group(1)) == 1 else "head"))
        elif ln:
            blocks.append(Block(ln))
    return blocks


def _is_heading(text: str) -> bool:
    return (not ends_sentence(text) and cell_width(text) <= HEADING_MAX / 2 and not re.search(r"[，,；]", text)
            and not re.search(r"[：:]\s*\S", text))  # 开庭时间：… is a line of text


def read_blocks(blocks: Iterable[Block], *, title: str | None = None) -> WebPage:
    """The article of a web page from its blocks in reading order.

    ``title``: the title the markup gives (``<h1>``, ``og:title`` …); the first
    line equal to it is taken as the title line, and lines before it are chrome."""
    page = WebPage(title=None)
    blocks = [b for b in blocks if b.text.strip()]
    chinese = is_chinese(" ".join(b.text for b in blocks[:20]))
    headline: Block | None = None  # the title line found above the dated line
    if title:
        norm = squash(title)
        for i, b in enumerate(blocks):
            if squash(b.text) == norm:
                # what comes before the title is chrome, unless no text follows the
                # title: then the text the extractor put first is the article's
                before = [x for x in blocks[:i] if _reads_as_text(x)]
                if any(_reads_as_text(x) for x in blocks[i + 1:]):
                    before = []
                page.dropped.extend(x.text for x in blocks[:i] if x not in before)
                blocks = before + blocks[i + 1:]
                break
        page.title = title.strip()
    else:
        at = _title_line(blocks, chinese=chinese)
        if at is not None:
            top = _stacked_above(blocks, at)
            headline = blocks[at] if top == at else Block(" ".join(_LOST_MARK.sub("", b.text.strip())
                                                                    for b in blocks[top:at + 1]))
            blocks = [*blocks[:top], headline, *blocks[at + 1:]]
            at = top
            crumb = max((k for k in range(at) if _crumb(blocks[k].text) and kind_of(blocks[k].text) == "nav"), default=-1)
            # the lines above the headline that are no chrome, and the site's date above its breadcrumb
            gone = [k for k in range(at) if kind_of(blocks[k].text) == "line" or k < crumb and kind_of(blocks[k].text) == "meta"]
            page.dropped.extend(blocks[k].text for k in gone)
            blocks = [x for k, x in enumerate(blocks[:at]) if k not in gone] + blocks[at:]
    footer = False
    links = _related_links(blocks)
    rows = _text_table_rows(blocks)
    for k, b in enumerate(blocks):
        text = b.text.strip()
        if footer or k in links:
            page.dropped.append(text)
            continue
        if b is headline:
            page.title = _trimmed_title(text, page.meta)
            continue
        if not page.has_body and counter_line(text):
            page.dropped.append(text)  # 12 ⏎ above the text: a view or comment count
            continue
        edition = edition_line(text) if page.has_body and len(text) <= 40 and "版" in text else None
        if edition is not None and edition.get("source"):
            # 《某某日报》(2024年03月25日 10版) under the text: the paper it was printed in, a field the site names
            # no outlet in (来源: sp20241115) left aside; the site's own date, if it prints one, wins
            if not names_outlet(page.meta.get("source") or ""):
                page.meta["source"] = edition["source"]
            for key, value in edition.items():
                page.meta.setdefault(key, value)
            page.dropped.append(text)
            continue
        kind = kind_of(text)
        if kind == "tool" and page.title is not None and not page.has_body and "date" not in page.meta:
            date = dated_line(fold(text))  # a date alone under the title (2021-06-02, 2024年5月6日 星期一)
            if date:
                page.meta["date"] = date
        if k in rows and (kind in ("nav", "tool") and page.has_body or kind == "line" and (
                page.has_body or page.title is not None)):
            page.parts[-1][1].append(rows[k])  # a row of a table in the text, not a menu nor a heading
            continue
        if b.kind == "row" and (kind in ("line", "head") or kind == "nav" and _table_row(text, page)):
            page.parts[-1][1].append(text)  # a table row is text, never a title or heading
            continue
        if b.kind not in ("line", "row") and kind == "line":
            kind = b.kind
        if kind == "meta" and page.has_body and not PUBLISHED_WORDS.search(text):
            kind = b.kind  # 开庭时间：… in the text is text
        if kind == "footer" and not page.has_body and FOOTER_LINE.search(text):
            kind = "nav"  # a site header line (主办单位 …) above the article
        if kind in ("nav", "tool"):
            page.dropped.append(text)
        elif kind == "meta":
            for key, value in meta_of(text).items():
                page.meta.setdefault(key, value)
        elif kind in ("editor", "staff"):
            for key, value in line_credits(text, kind).items():
                page.meta.setdefault(key, value)
        elif kind == "footer":
            if page.has_body:
                footer = True
            page.dropped.append(text)
        elif kind == "caption":
            page.captions.append(text)
        elif not page.has_body and len(text) <= 40 and photo_note(text):
            page.captions.append(text)  # 图片来源：图虫, （资料图片） above the text: a photo's, no title
        elif not page.has_body and (credit := affiliation(text)) is not None:
            page.bylines.append(credit)  # 王某 作者单位：某某县人民法院 above the text: no title
        elif not page.has_body and reporter_credit(text):
            page.bylines.append(clean_byline(text))  # 本报记者 张三 通讯员 李四 above the text: no title
        elif page.title is not None and not page.has_body and not page.bylines and _authors(text):
            page.bylines.append(clean_byline(text))  # 刘某某 林 某 under the headline, above the text: its authors
        elif page.title is None and not page.has_body and len(text) <= 80 and not ends_sentence(text):
            if never_title(text, chinese):
                page.dropped.append(text)  # a menu item or a label above the text (- 最新文件, 编者按)
            else:
                page.title = _trimmed_title(text, page.meta)
        elif not page.has_body and page.subtitle is None and text.startswith("——") and not page.bylines:
            page.subtitle = text
        elif page.title is not None and squash(text) == squash(page.title) and _header_only(page):
            # the title printed again above the text; lines read between its two copies (a
            # journal's issue, 关键词, the authors and their school) were the site's header
            page.dropped.extend(line for _, paras in page.parts for line in paras)
            page.dropped.append(text)
            page.parts = [(None, [])]
        elif kind == "head":
            page.parts.append((text, []))
        else:
            _body_line(page, text, blocks[k + 1:k + 2])
    return page


def _header_only(page: WebPage) -> bool:
    """Whether all the text read so far is short lines, no sentence among them, under no
    heading: a site's header printed between a headline and its copy, not the article's text."""
    return all(head is None and all(len(line) <= 40 and not ends_sentence(line) for line in paras)
               for head, paras in page.parts)


def _related_links(blocks: list[Block]) -> set[int]:
    """The blocks that are a list of links to other stories under the text, its 相关新闻
    heading left out by the extractor or the save (:func:`.clean.link_list`), by index;
    chrome after them (a copyright line) is left aside."""
    lines = [k for k, b in enumerate(blocks) if b.kind in ("line", "head") and kind_of(b.text) == "line"]
    n = link_list([blocks[k].text for k in lines])
    return set(lines[len(lines) - n:]) if n else set()


def _rule_row(text: str) -> bool:
    """A Markdown table's rule under its header (``| --- | :---: |``)."""
    return "|" in text and re.fullmatch(r"[\s|:\-－—]+", text) is not None


def _text_table_rows(blocks: list[Block]) -> dict[int, str]:
    """The lines of a text (not a markup table) that are rows of a table, by index, each
    as its cells joined with `` | ``: cells set apart by ``|``, as in a row next to it (a
    Markdown table's rule between them left aside), two cells a row enough
    (:func:`.clean.table_rows` with ``pairs``). A menu is one line, or lines of other
    cell counts."""
    return table_rows(["" if _rule_row(b.text) else b.text.replace("\t", " ")  # cells set apart by bars alone
                       if b.kind == "line" and re.search(r"[|｜]", b.text)
                       else "-" for b in blocks], pairs=True)


def _table_row(text: str, page: WebPage) -> bool:
    """Whether a table row that reads like a menu (three or more short cells joined by
    `` | ``: ``某甲县人民法院 | 45件 | 1200万元``) is a row of the article's table: it
    comes under the headline or the text, and is no breadcrumb (``首页 > 新闻``) or
    ``当前位置：`` line."""
    folded = fold(text)
    return (page.title is not None or page.has_body) and not (
        LOCATION_LINE.match(folded) or BREADCRUMB.match(folded))


#: A toolbar's button as sites print it after a title: ``分享到：``, ``打印``, ``【关闭】``, ``字号：大 中 小``.
_TOOL_BUTTON = (r"(?:分享(?:到|至|给)\s*[:：]?|打印本页|关闭窗口|收藏本页|加入收藏|字号\s*[:：]?(?:\s*[大中小](?=\s|[】\]]|$))*"
                r"|打印|关闭|收藏|纠错|推荐)")
_TITLE_TOOLBAR = re.compile(rf"(?:(?:^|\s+|(?=[【\[]))[【\[]?\s*{_TOOL_BUTTON}\s*[】\]]?)+\s*$")
#: A button no title ends with, alone after it: ``分享到：``, ``打印本页``, ``【打印】``.
_PLAIN_BUTTON = re.compile(r"分享(?:到|至|给)|打印本页|关闭窗口|收藏本页|字号|[【\[]")


def without_toolbar(title: str) -> str:
    """``title`` without the toolbar a site prints after it on its line (``…执行难 分享到： 打印 关闭``,
    ``…执行难【打印】【关闭】``, ``… [打印本页]``): two buttons or more, or one no title ends with
    (``分享到：``, ``打印本页``, a bracketed one); a headline ending in a word such as 关闭
    (``违规企业被责令关闭``) keeps it."""
    m = _TITLE_TOOLBAR.search(title)
    if m is None or m.start() < 4:
        return title
    tail = m.group()
    if len(re.findall(_TOOL_BUTTON, tail)) < 2 and not _PLAIN_BUTTON.search(tail):
        return title
    return title[:m.start()].rstrip()


#: A counter a site prints after a title, on its line: a view count, a comment count, a list
#: number (``… 0``, ``… 620``), digits alone after a space; a year (``… 2023``) is the title's.
_TITLE_COUNTER = re.compile(r"(?<=[\u3400-\u9fff”」』）》！？0-9])\s+(?!(?:19|20)\d\d$)[0-9]{1,7}$")


def without_counter(title: str) -> str:
    """``title`` without a counter printed after it on its line (``某某法院开展集中执行 0``,
    ``… 2021-07-30 620``: digits alone after a space, after a Chinese headline or its date); a
    title ending in a year (``年终盘点 2023``), in digits glued to its words (``第3期``) or in
    English words (``Top 10``) keeps them."""
    m = _TITLE_COUNTER.search(title)
    return title[:m.start()] if m and re.search(r"[\u3400-\u9fff]", title[:m.start()]) else title


def _trimmed_title(text: str, meta: dict[str, Any]) -> str:
    """A title line without what sites print after the title: a comment count or a
    download label (dropped) and a date (kept as the page's date when it has none); and
    without a ``?`` before it, a character the save could not encode, nor a list item's
    mark (``• 标题``: the page printed its title as an item of a list)."""
    title = without_counter(_LOST_MARK.sub("", _TITLE_JUNK.sub("", without_toolbar(_MD_ITEM.sub("", text.strip())))))
    m = TITLE_DATE.search(title)
    if m and m.start() > 0:
        try:
            date = printed_date(m.group(1))
        except ValueError:
            return without_counter(title.strip()) or text
        meta.setdefault("date", date)
        title = title[:m.start()]
    return without_counter(title.strip()) or text


def _reads_as_text(block: Block) -> bool:
    return (block.kind == "line" and len(block.text) > 40 and bool(re.search("[。！？]", block.text))
            and kind_of(block.text) == "line")


def _title_line(blocks: list[Block], within: int = 20, *, chinese: bool = True) -> int | None:
    """Where the title is when a page names none: the headline-like line just above
    the first dated or credited metadata line (a ``——`` subtitle may lie between), the
    first under the page's breadcrumb when there is one there (a date printed above the
    breadcrumb, under the site's name, is the site's); on a page not ``chinese`` a headline
    without a Chinese character is one."""
    kinds = [kind_of(b.text) for b in blocks[:within]]
    crumb = max((k for k, kind in enumerate(kinds) if kind == "nav" and _crumb(blocks[k].text)), default=-1)
    dated = [k for k, kind in enumerate(kinds)
             if kind == "meta" and (DATE.search(blocks[k].text) or AUTHOR_FIELD.search(blocks[k].text))]
    if any(k > crumb for k in dated):
        dated = [k for k in dated if k > crumb]  # a date above the breadcrumb is the site header's (today's)
    named = _crumb_named(blocks, crumb, dated[0] if dated else None)
    if named is not None:
        return named  # 首页 > 法律知识 > 标题 ⏎ 标题: the breadcrumb names the headline
    for k in dated[:1]:
            for j in range(k - 1, -1, -1):
                text = blocks[j].text.strip()
                if kinds[j] != "line" or text.startswith("——") or never_title(text, chinese):
                    continue
                if _FIELD_ITEM.match(text):
                    return None  # a list of fields (• 成文日期：…) above the date, not a title
                return j if len(text) <= 80 and (not ends_sentence(text) or _ASKS.search(text)) else None
            return None
    return None


_FIELD_ITEM = re.compile(r"^[•·▪◦\-]\s*[^:：\s]{1,10}\s*[:：]")


#: Where a breadcrumb's crumbs part: ``>``, ``->>``, ``»``, ``›``, ``→``.
_CRUMB_SEP = re.compile(r"\s*(?:-?>>|[>＞»›→])\s*")


def _crumb_named(blocks: list[Block], crumb: int, dated: int | None) -> int | None:
    """The line under the breadcrumb at ``crumb`` (and above the ``dated`` line) that its last
    crumb names (``首页 > 法律知识 > 被执行人申请变更执行法院怎么办`` ⏎ that headline): the
    headline, alone, whatever lines stand between it and the dated line; None when there is none."""
    if crumb < 0 or dated is None:
        return None
    crumbs = _CRUMB_SEP.split(fold(blocks[crumb].text.strip()))
    last = squash(crumbs[-1]) if len(crumbs) >= 3 else ""
    if len(last) < 6:
        return None
    return next((j for j in range(crumb + 1, dated) if squash(fold(blocks[j].text)) == last), None)


def _crumb(text: str) -> bool:
    """A breadcrumb or a ``当前位置：`` line (not a menu)."""
    t = fold(text.strip())
    return bool(LOCATION_LINE.match(t) or BREADCRUMB.match(t))


def _stacked_above(blocks: list[Block], at: int) -> int:
    """Where a headline found at ``at`` begins: the line above it when the page prints its
    headline on two lines right under the breadcrumb (``首页 > 新闻`` ⏎ 引题 or 主题 ⏎ 主题 ⏎ the
    dated line; they make the title in the order printed, as on a page file), else ``at``.
    A line of under eight characters there is a column's name, not a headline's."""
    if at < 2 or not _crumb(blocks[at - 2].text) or kind_of(blocks[at - 2].text) != "nav":
        return at
    above, headline = blocks[at - 1].text.strip(), blocks[at].text.strip()
    if (kind_of(above) != "line" or never_title(above) or ends_sentence(above) or not 8 <= len(above) <= 40
            or len(above) + len(headline) > 60 or FIELD_LABEL.match(above) or squash(above) == squash(headline)
            or re.search(rf"{NAV_SEP}|[|｜]", above) or _SHORT_WORDS.fullmatch(above)):
        return at  # a column's name (法治聚焦), a crumb's rest (> 司法调研 > 法官论坛), a menu's words
    return at - 1


#: Three short words or more set apart by spaces: a menu's items (新闻动态 行业动态 常见问题).
_SHORT_WORDS = re.compile(r"\S{1,4}(?:\s+\S{1,4}){2,}")
_ASKS = re.compile(r"[？！?!][”’」』）)》〉】\"']*$")  # a headline may ask or exclaim


#: A list item's mark and the space after it (``- ``, ``* ``, ``+ ``, ``• ``).
_MD_ITEM = re.compile(r"^[-*+•▪◦]\s+(?=\S)")


def _body_line(page: WebPage, text: str, after: list[Block]) -> None:
    byline, text = split_credit(text)
    if byline:
        page.bylines.append(byline)
    lead = lead_in(text) if not page.has_body else None
    if lead is not None and lead.credit:
        # 本报讯（记者 张三 李四）… opening the text: its credit is the byline, as on a newspaper page
        page.bylines.append(clean_byline(lead.credit))
        text = f"{lead.dateline} {lead.rest}" if lead.dateline and lead.rest else lead.dateline or lead.rest
    elif lead is not None and not lead.dateline:
        text = lead.rest.strip()  # a bare 本报讯 or 本网讯 opening the text is dropped, as on a newspaper page
    if not text:
        return
    glued = _NUMBERED.match(text)
    if glued and not ends_sentence(glued.group(1)):
        page.parts.append((glued.group(1), [glued.group(2)]))
        return
    if _CAPTION.search(text) and len(text) <= 80:
        page.captions.append(text)
        return
    numbered = bool(re.match(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", text))
    item = _MD_ITEM.match(text)
    if item:  # a list item (- 查控财产) is text, never a heading; its mark is no text
        text = text[item.end():]
    elif (page.has_body or numbered) and _is_heading(text) and after and kind_of(after[0].text) == "line":
        page.parts.append((text, []))
        return
    page.parts[-1][1].append(text)


def _authors(text: str) -> bool:
    """A line of authors' names alone (``刘某某 林 某``, ``祁某 楼某某 管某某``, ``某某法院 刘某``,
    ``王某某,李某``): names (:func:`.clean.is_names`), half of them or more a common surname's,
    none a photo's credit."""
    text = re.sub(r"\s*[,，、]\s*", " ", text)
    if not is_names(text) or re.search(r"摄|记者|記者", text):
        return False
    names = clean_byline(text).split()
    return 2 * sum(person_or_phone(n) and not re.search(r"\d", n) for n in names) >= len(names)


def squash(text: str) -> str:
    """``text`` with its characters normalised (:func:`normalize_chars`) and no white
    space: the form in which a title and the lines of a page are compared."""
    return re.sub(r"\s+", "", normalize_chars(text))


def _lead_title(text: str) -> str:
    """The title of an article printed without one: the opening of its first line, a dateline
    opening it passed over (``本报银川3月24日电 “…`` → ``“…``; the text keeps it)."""
    return after_dateline(text.split("\n", 1)[0])[:30]


def web_article(page: WebPage, source: str, meta: Mapping[str, Any] | None = None, *,
                ordinal: int = 1, headline: bool = False) -> Article | None:
    """The article of ``page`` as the index stores it (None without body text), the
    ``ordinal``-th of its file. With ``headline``, a page with a title and no body
    text gives its headline alone (an article with no sections).

    ``meta`` is what the container says (``<meta>`` tags, the URL): its ``date`` and
    ``source`` win over the page's printed lines, which win over a date in the URL
    (``url_date``), which wins over a date found elsewhere in the page (``found_date``).
    A source that names no outlet (``来源：市法院``, :func:`.sources.names_outlet`) is not kept; where
    the page names none, the outlet of a dateline opening the text is the source (``湖北日报讯（…）…``:
    :func:`.datelines.opening_outlet`), else the one a byline opens with."""
    if not page.has_body and not (headline and (page.title or "").strip()):
        return None
    meta = dict(meta or {})
    printed = page.meta
    date = meta.pop("date", None) or printed.get("date") or meta.pop("url_date", None) or meta.pop("found_date", None)
    meta.pop("url_date", None)
    meta.pop("found_date", None)
    outlet = meta.pop("source", None) or printed.get("source")
    author = meta.pop("author", None) or printed.get("author")
    bylines = list(page.bylines) or ([author] if author else [])
    byline = byline_text(" ".join(bylines))
    extra = {k: v for k, v in {**printed, **meta}.items()
             if k not in ("date", "source", "author") and v not in (None, "")}
    sections = tuple(Section(h, "\n".join(p)) for h, p in page.parts if h is not None or p)
    title = (page.title or "").strip()
    return Article(
        id=article_id(source, ordinal),
        file=source,
        title=normalize_chars(title) or _lead_title(sections[0].text),
        sections=sections,
        ordinal=ordinal,
        title_is_fallback=not title,
        subtitle=normalize_chars(page.subtitle) if page.subtitle else None,
        byline=byline,
        captions=tuple(page.captions),
        date=date or None,
        source=(canonical_source(outlet) if outlet and names_outlet(outlet)
                else opening_outlet(sections) or credit_outlet(byline)[0]),
        meta=extra,
    )


# ---------------------------------------------------------------- several articles in one file


def web_articles(text: str, source: str) -> list[Article]:
    """The articles of a page saved as text that holds one web article or several one
    after another (:func:`split_articles`), numbered in file order."""
    out: list[Article] = []
    for blocks in split_articles(page_blocks(text)):
        article = web_article(read_blocks(blocks), source, ordinal=len(out) + 1)
        if article is not None:
            out.append(article)
    return out


def split_articles(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of saved web articles cut where each begins.

    An article begins, once the one before it has text, at a breadcrumb
    (``当前位置：…``, ``首页 > …``) or at the title above a dated line that a page
    prints under its title (``发布时间：…``, ``来源：… 2024-03-15``, a WeChat account
    line), together with the navigation, toolbar and footer lines just above: the
    previous article's footer (``上一篇``, ``相关新闻`` and its list) stays with it,
    where it is dropped as chrome. A title is a short line that ends no sentence
    (or asks or exclaims), at most a toolbar or a ``——`` subtitle above the dated line;
    text is a line ending a sentence or longer than a headline."""
    kinds = [kind_of(b.text) for b in blocks]
    starts = [0]
    texts: list[int] = []  # the lines of text so far
    for i, b in enumerate(blocks):
        kind = kinds[i]
        t = b.text.strip()
        if kind == "line" and (ends_sentence(t) or len(t) > 80):
            texts.append(i)  # (a title that asks is counted, and passed over below)
            continue
        at = None
        if kind == "nav" and (LOCATION_LINE.match(t) or BREADCRUMB.match(t)):
            at = i
        elif kind == "meta" and _dated_head(t):
            at = _title_above(blocks, kinds, i, starts[-1])
        if at is None:
            continue
        k = bisect_left(texts, at)
        if k == 0 or texts[k - 1] < starts[-1]:
            continue  # the current article has no text above: this is its own head
        while at - 1 > texts[k - 1] and kinds[at - 1] in ("nav", "tool", "footer"):
            at -= 1
        starts.append(at)
    return [blocks[a:b] for a, b in zip(starts, [*starts[1:], len(blocks)])]


def _dated_head(text: str) -> bool:
    """A dated line as pages print it under their title (not a date in the text)."""
    text = fold(text)
    if wechat_line(text) is not None:
        return True
    if not PUBLISHED_WORDS.search(text) and dated_line(text):
        return False  # a date and time alone, or by a name, under a title: no article starts there
    return bool(DATE.search(text)) and bool(PUBLISHED_WORDS.search(text) or re.search(r"\d{1,2}:\d{2}", text))


def _title_above(blocks: list[Block], kinds: list[str], i: int, start: int) -> int | None:
    """The title line just above the dated line ``i`` (not above line ``start``)."""
    for j in range(i - 1, max(start - 1, i - 4), -1):
        t = blocks[j].text.strip()
        if kinds[j] == "tool" or t.startswith("——"):
            continue
        if kinds[j] == "line" and len(t) <= 80 and (not ends_sentence(t) or _ASKS.search(t)):
            return j
        return None
    return None
