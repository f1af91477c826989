"""Split one raw newspaper page into articles, and articles into sections.

In: the decoded text of a page file and its path relative to the ingested folder.
Out: :class:`~.documents.Article` objects in the order their bodies start (:func:`parse_page`).

What the page prints about itself is read off first: mastheads, datelines and
``来源：`` lines (:mod:`.masthead`); edition lines, a table of fields, a WeChat mirror's
header (:mod:`.page_header`). Then three passes, each reading layout cues only (no
knowledge of particular papers):

1. lines → paragraphs: :func:`.clean.paragraphs` joins hard wraps.
2. paragraphs → kinds (:func:`.kinds.classify`): headline-like short lines, subtitles,
   bylines, lead-ins (``本报讯（记者 …）``, ``新华社北京3月5日电``), tail credits, captions,
   column labels, body.
3. kinds → articles (:class:`.assembly.Assembler`): headlines printed before or after their
   bodies, stacked headlines, insets, captions and credits are resolved. A lead-in
   opens a news item, and the headline just above it is that item's title.

This module makes each draft an :class:`~.documents.Article`: its title cleaned (or its
lead sentence for one: :func:`fallback_title`), the day its lead-in prints, and the
page's metadata where the article has none (:func:`with_page_meta`); where the page names no
outlet, the one its dateline names (``湖北日报讯（…）``: :mod:`.datelines`).
"""

from __future__ import annotations

import re
from typing import Any, Mapping
from dataclasses import replace

from .clean import CAPTION_MARK, JUMP, Paragraph, after_dateline, byline_text, paragraphs
from ..analysis.fold import fold
from ..documents import Article, Section, article_id
from .assembly import Assembler, Draft
from .dates import PRINTED_DATE, printed_date
from .datelines import opening_outlet
from .kinds import classify, closing_credit_lines
from .masthead import read_masthead, self_named
from .page_header import field_table, mirror_header, page_lines
from .sources import canonical_source, credit_outlet, names_outlet
from .web_fields import title_date
from .web_lines import is_chinese, never_title
from .webpage import without_counter, without_toolbar

#: The longest fallback title (a clipped lead sentence).
TITLE_MAX = 30

_BULLET = re.compile(r"^[•▪◦]\s*")
#: A title's label printed before it (``标题：``, ``题目:``).
_TITLE_LABEL = re.compile(r"^(?:标题|题目|標題|題目)\s*[:：]\s*(?=\S)")
#: A portal's ``原标题：…`` line: the title the story was first printed under.
_ORIGINAL_TITLE = re.compile(r"^[(（]?\s*原标题\s*[:：]\s*(.+?)\s*[)）]?$")


def fallback_title(text: str, limit: int = TITLE_MAX) -> str:
    """A title for an article printed without one: its lead sentence, cut at a clause (a
    dateline opening the text, ``本网四川宜宾讯``, ``新华社北京3月5日电``, is passed over, as is a
    jump line, ``（上接第1版）``, on the line above it)."""
    text = CAPTION_MARK.sub("", text.strip()).strip()
    first, _, rest = text.partition("\n")
    if rest.strip() and JUMP.match(first.strip()):
        text = rest.strip()
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


def _article(draft: Draft, source: str, ordinal: int) -> Article:
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
        title = without_counter(without_toolbar(title))  # 标题 分享到： 打印 关闭, 标题 0: the site's toolbar, a count
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


#: 2024年3月5日，…``); not a period (``…日至…``).
_LEADIN_DAY = re.compile(r"^[^，,。；;！？:：\s（(【]{0,16}[讯訊]\s*(?:[（(【][^（）()【】]{0,30}[）)】])?\s*[:：]?\s*"
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


def parse_page(text: str, source: str, meta: Mapping[str, Any] | None = None, *,
               columns: bool | None = None) -> list[Article]:
    """The articles of one page, in the order their bodies start on it.

    ``meta`` is what the page's container says of the whole page (``date``,
    ``source``, ``url`` …): each article takes ``date`` and ``source`` from it where
    it has none of its own, and the other keys as metadata. What the page prints of
    itself (:func:`.masthead.read_masthead`: mastheads, datelines, ``来源：`` lines)
    wins over ``meta``, and its lines are taken out of the text; a page that names
    no outlet otherwise may name itself (:func:`.masthead.self_named`). A labelled author
    on such a line among the first (``作者: 王某律师 时间: …``) is the first article's byline
    where it prints none of its own, as is the account line of a WeChat article a mirror
    prints (:func:`.page_header.mirror_header`: its header is no text).
    A table of labelled fields heading the page (:func:`.page_header.field_table`) is no text; the title
    its ``标题`` cell gives is the first article's. ``columns`` says whether the page is printed
    in columns, as a newspaper's or a PDF's page is (None: told from its lines): only there
    is a short statement standing alone between texts a photo's caption (:func:`.kinds.classify`)."""
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
    paras = classify(paragraphs(closing_credit_lines(text)), columns=columns)
    drafts = Assembler(paras).run()
    if not drafts and any(p.kind == "caption" for p in paras):
        # no body at all: the short sentences taken for captions are the page's text
        # (a brief of a title and one sentence), not captions of a photo
        for p in paras:
            if p.kind == "caption":
                p.kind = "body"
        drafts = Assembler(paras).run()
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
    return [_credited(_datelined(with_page_meta(a, meta) if meta else a)) for a in articles]


def _datelined(article: Article) -> Article:
    """``article`` with the outlet of the dateline opening its text as its source where the page
    names none (``湖北日报讯（记者 张三）…`` → 湖北日报: :func:`.datelines.opening_outlet`)."""
    if article.source:
        return article
    outlet = opening_outlet(article.sections)
    return replace(article, source=outlet) if outlet else article


def _credited(article: Article) -> Article:
    """``article`` with the outlet its byline opens with as its source where the page names
    none (``法治日报全媒体记者 张三`` → 法治日报, ``河南日报客户端记者 李四`` → 河南日报); a byline
    that is only an outlet (``湖南日报·新湖南客户端``) is no byline."""
    outlet, names = credit_outlet(article.byline)
    if outlet is None or article.source:
        return article
    return replace(article, source=outlet, byline=article.byline if names else None)


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
