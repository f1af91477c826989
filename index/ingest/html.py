"""HTML files (``.html .htm .shtml .xhtml``, and ``.mhtml``/``.mht`` archives) → one Article.

In: the bytes of a saved web page. Out: a :class:`~.inputs.Record` holding the
page's article (a list of them for a page printing several articles one after
another, each under its ``<h1>`` and dated line), or a :class:`~.inputs.Skip`
saying why there is none.

- Charset: a BOM, else the ``<meta charset>`` / ``http-equiv`` declaration, else
  UTF-8, else GB18030 (which reads GBK and GB2312 pages), else Big5 (a page read as
  GB18030 that reads with fewer uncommon characters as Big5). A page declaring GBK or
  GB2312 whose bytes are valid UTF-8 holding Chinese characters is read as UTF-8
  (saved again by an editor; a GBK page is almost never valid UTF-8).
- Shown text only: scripts, styles, ``<noscript>``, ``<template>`` and the fallback of
  frames and plug-ins are taken out of the page before anything is read from it.
- Main content: trafilatura (chosen by measurement, see ``scripts/real_pages.py``)
  as XML, so that headings (``<h2>``/``<h3>``, bold short paragraphs), paragraphs
  and image captions keep their kinds; where it finds no sentence (a list of
  links), or gives a short page whole as one block (headline and all),
  readability-lxml's choice when that holds more or as much; WeChat pages
  (``#js_content``) are read from their own container. The blocks then go through :mod:`.webpage`, which
  drops navigation, toolbars, 相关新闻/上一篇 lists and 责任编辑/copyright lines
  and reads the 发布时间/来源/作者 lines.
- Metadata, in order of trust: ``<meta>`` tags (``article:published_time``,
  ``PubDate``, ``publishdate``, ``og:…``; WeChat's ``ct``/``publish_time``), the
  page's printed 发布时间/来源 line, the URL path (``/2024/03/15/``,
  ``t20240315_``). The URL comes from ``<link rel=canonical>``, ``og:url``, a
  ``<!-- saved from url=(…)… -->`` comment or the archive's Content-Location, and
  is kept in ``meta["url"]``.

trafilatura, readability-lxml, htmldate and lxml are imported here only, when an HTML file is read.
"""

from __future__ import annotations

import email
import email.policy
import math
import re
from pathlib import Path
from typing import Any, Iterator

from ..analysis.chars import normalize_chars
from .dates import INSTANT, iso_date, timestamp_date
from .decoding import NUL_BYTES, binary_kind, uncommon, without_nul_padding, without_stray_nuls
from .inputs import Record, Skip, read_whole
from .masthead import name_date_source
from .pages import with_page_meta
from .web_fields import meta_of
from .web_lines import credits_of, kind_of
from .webpage import Block, read_blocks, split_articles, squash, web_article


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[-/_]?(\d{2})[-/_]?(\d{2})/|[/_]t?(20\d{2})(\d{2})(\d{2})_|/(20\d{2})-(\d{1,2})-(\d{1,2})/")
_DATE_META = ("article:published_time", "og:published_time", "og:release_date", "publishdate", "pubdate",
              "publish_date", "publishtime", "publish-date", "og:time", "datepublished", "date", "dc.date",
              "dc.date.issued", "firstpublishedtime", "apub:time", "weibo: article:create_at", "maketime")
_SOURCE_META = ("source", "contentsource", "article:source", "og:source", "mediaid")
_AUTHOR_META = ("author", "article:author", "og:author")
_TITLE_META = ("og:title", "articletitle", "twitter:title")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936"}
_BLOCK_TAGS = ("p", "div", "span", "td", "li", "font", "em", "h2", "h3", "h4", "h5", "h6", "section")


def decode_html(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of an HTML file's bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    m = _CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii").lower() if m else None
    if declared in _GB:
        declared = "gb18030"
        if not data.isascii():  # saved as UTF-8 under a GBK declaration: a GBK page is almost never valid UTF-8
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                if _HAN.search(text):
                    return text, "utf-8"
    for enc in [declared, "utf-8", "gb18030"]:
        if not enc:
            continue
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return _big5_instead(data, text) if enc == "gb18030" else (text, enc)
    return data.decode("gb18030", "replace"), "gb18030 (with errors)"


def _big5_instead(data: bytes, text: str) -> tuple[str, str]:
    """``(text, encoding)`` of a page read as GB18030 (declared so, or declaring nothing or
    UTF-8 wrongly), or of its Big5 reading (Taiwan's cp950, Hong Kong's HKSCS) when that
    holds fewer uncommon characters: a traditional-character page's bytes read as GB18030
    are a jumble of rare characters and kana."""
    odd = uncommon(text)
    if odd:
        for encoding in ("cp950", "big5hkscs"):
            try:
                other = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if uncommon(other) < odd:
                return other, encoding
    return text, "gb18030"


def _mhtml_html(data: bytes) -> tuple[bytes, str | None, str | None]:
    """The HTML part of an MHTML archive, its declared charset and its location."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    url = msg.get("Snapshot-Content-Location") or msg.get("Content-Location")
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True) or b""
            return body, part.get_content_charset(), url or part.get("Content-Location")
    raise ValueError("no HTML part in the MHTML archive")


def read_html(path: Path, source: str, max_mb: float = math.inf, mhtml: bool | None = None) -> Any:
    """One HTML or MHTML file → a Record with its article (a list of Records for a
    page of several articles), or a Skip saying why not. ``mhtml`` says whether the
    file is an MHTML archive; None: when its name ends in ``.mhtml`` or ``.mht``."""
    data = read_whole(path, source, max_mb)
    if isinstance(data, Skip):
        return data
    return html_records(data, path, source, mhtml)


def html_records(data: bytes, path: Path, source: str, mhtml: bool | None = None) -> Any:
    """What :func:`read_html` gives for the bytes ``data`` of the file ``path``, read already."""
    data = without_nul_padding(data)  # the NULs a crash left after the page: no part of it
    if not data.strip():
        return Skip(str(path), "empty", source)
    what = binary_kind(data)
    nuls = 0
    stray = without_stray_nuls(data) if what == NUL_BYTES else None
    if stray is not None:  # a few NULs inside the page (padded or damaged in one place): no text, dropped
        data, nuls = stray
    elif what:
        return Skip(str(path), f"binary: {what}", source)
    url = None
    if path.name.lower().endswith((".mhtml", ".mht")) if mhtml is None else mhtml:
        try:
            data, charset, url = _mhtml_html(data)
        except ValueError as e:
            return Skip(str(path), str(e), source)
        if charset and not _CHARSET.search(data[:8192]):
            data = f'<meta charset="{charset}">'.encode() + data
    text, _encoding = decode_html(data)
    try:
        articles = html_articles(text, source, url=url)
    except ValueError as e:
        return Skip(str(path), str(e), source)
    if not articles:
        return Skip(str(path), "no article text found in the HTML page (navigation or boilerplate only)", source)
    named = name_date_source(path.name)  # for an article whose page says neither
    if named:
        articles = [with_page_meta(a, named) for a in articles]
    records = [Record(path, a, nuls=nuls if n == 0 else 0) for n, a in enumerate(articles)]
    return records[0] if len(records) == 1 else records


def html_articles(text: str, source: str, *, url: str | None = None) -> list[Any]:
    """The articles of one decoded HTML page: one each where the page prints several
    one after another, each under its headline (``<h1>``) and dated line
    (``发布时间：…``), else the page's one article (:func:`html_article`), else none."""
    several = _several_articles(text, source, url)
    if several:
        return several
    article = html_article(text, source, url=url)
    return [article] if article is not None else []


def _several_articles(text: str, source: str, url: str | None) -> list[Any]:
    """The articles of a page of several ``<h1>`` headlines, each above its dated line
    and text (cut as pages saved as text are, :func:`.webpage.split_articles`); empty
    when the page holds fewer than two."""
    if len(re.findall(r"<h1[\s>]", text, re.I)) < 2:
        return []
    try:
        doc, shown = _page_doc(text)
    except ValueError:
        return []
    parts = split_articles(_readability_blocks(shown))
    if len(parts) < 2:
        return []
    url = _page_url(doc, _metas(doc), text, url)
    out: list[Any] = []
    for part in parts:
        article = web_article(read_blocks(part), source, {"url": url.strip()} if url else None, ordinal=len(out) + 1)
        if article is not None:
            out.append(article)
    return out if len(out) > 1 else []


#: Elements that print no text: scripts, styles, what shows only where scripts, frames or
#: plug-ins do not run (``<noscript>``, an ``<iframe>``'s or ``<object>``'s fallback), markup
#: kept for scripts to copy (``<template>``), drawing surfaces.
_NON_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "canvas")


def _page_doc(text: str) -> tuple[Any, str]:
    """``(doc, html)``: the page parsed, with no element that prints no text (:data:`_NON_TEXT`;
    the text after each stays), and that page as HTML again, for the extractors: no script,
    style, ``<noscript>`` or ``<template>`` gives a title, text or caption."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    text = _XML_DECLARATION.sub("", text, count=1)  # XHTML: lxml takes no declared encoding in a str
    try:
        doc = lxml_html.document_fromstring(text)
    except (ParserError, ValueError) as e:
        raise ValueError(f"not readable as HTML: {e}") from None
    hidden = list(doc.iter(*_NON_TEXT))
    if not hidden:
        return doc, text
    for el in hidden:
        el.drop_tree()
    return doc, lxml_html.tostring(doc, encoding="unicode")


def html_article(text: str, source: str, *, url: str | None = None):
    """The article of one decoded HTML page, or None when it has no article text."""
    page_text = text
    doc, shown = _page_doc(text)
    text = _XML_DECLARATION.sub("", text, count=1)  # scripts and all: WeChat's fields and a date are read in them
    metas = _metas(doc)
    url = _page_url(doc, metas, page_text, url)
    meta: dict[str, Any] = {}
    if url:
        meta["url"] = url.strip()
        ud = _url_date(url)
        if ud:
            meta["url_date"] = ud
    date = _meta_date(metas)
    wechat = doc.get_element_by_id("js_content", None)
    title = _title(doc, metas)
    if wechat is not None:
        date = date or _wechat_date(text)
        blocks = _element_blocks(wechat)
        nick = _script_var(text, "nickname") or _wechat_account(doc)
        if nick and not metas.get("source"):
            meta["source"] = nick
        title = _script_var(text, "msg_title") or title
    else:
        blocks = _trafilatura_blocks(shown, url)
        whole = _whole_page(blocks, title)
        if whole or _sentences(blocks) < 2:  # link lists or chrome only, or all in one: try readability's choice
            other = _readability_blocks(shown)
            if _sentences(other) > _sentences(blocks) or (
                    whole and len(other) > 1 and _sentences(other) >= _sentences(blocks)):
                blocks = other
    if date:
        meta["date"] = date
    for key in _SOURCE_META:
        if metas.get(key) and not re.fullmatch(r"[\d\s]*", metas[key]):
            meta.setdefault("source", metas[key])
            break
    for key in _AUTHOR_META:
        if metas.get(key):
            meta.setdefault("author", metas[key])
            break
    page = read_blocks(blocks, title=title)
    if not page.meta.get("date") or not page.meta.get("source"):
        for key, value in _printed_meta(doc).items():
            page.meta.setdefault(key, value)
    if not page.meta.get("editor"):  # a 责任编辑 line outside the main text
        for key, value in _printed_credits(doc).items():
            page.meta.setdefault(key, value)
    if not (meta.get("date") or page.meta.get("date") or meta.get("url_date")):
        found = _found_date(text)
        if found:
            meta["found_date"] = found
    return web_article(page, source, meta, headline=_shows_only_title(doc, page.title))


def _shows_only_title(doc: Any, title: str | None) -> bool:
    """Whether the visible text of the page's body is its headline ``title`` and
    nothing else (a page printing only its headline; an empty body is not one)."""
    body = doc.find("body")
    if not title or body is None:
        return False
    return squash("".join(body.itertext())) == squash(title)


def _found_date(text: str) -> str | None:
    """The publication date htmldate finds in scripts, attributes and text (the last resort)."""
    from htmldate import find_date

    try:
        found = find_date(text, original_date=True, extensive_search=True)
    except Exception:  # htmldate gives up on some malformed pages
        return None
    date = _date_in(found) if found else None
    return date if date and _holds_whole_date(text, date) else None


def _holds_whole_date(text: str, date: str) -> bool:
    """Whether the page holds ``date`` with its day (``2024-03-15``, ``2024/3/15``,
    ``2024年3月15日``, ``20240315``): htmldate makes a year and month alone (in a URL or
    a sentence), or a copyright year, into the first of the month or of January."""
    y, m, d = date.split("-")
    day = rf"{y}\s*[-年/.]\s*0?{int(m)}\s*[-月/.]\s*0?{int(d)}(?!\d)|(?<!\d){y}{m}{d}(?!\d)"
    return re.search(day, text) is not None


def _page_url(doc: Any, metas: dict[str, str], text: str, url: str | None) -> str | None:
    """The page's address: the one given, else its canonical link, its ``og:url``, or the
    address a browser noted when saving it (``saved from url=…``)."""
    if url:
        return url
    saved = _SAVED_FROM.search(text[:4000])
    return _first(doc.xpath('//link[@rel="canonical"]/@href')) or metas.get("og:url") or (
        saved.group(1) if saved else None)


def _first(items: list[Any]) -> str | None:
    return str(items[0]).strip() if items and str(items[0]).strip() else None


def _metas(doc: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = (m.get("content") or "").strip()
        if key and value:
            out.setdefault(key, value)
    return out


def _meta_date(metas: dict[str, str]) -> str | None:
    for key in _DATE_META:
        value = metas.get(key)
        if value:
            d = _date_in(value)
            if d:
                return d
    return None


def _date_in(text: str) -> str | None:
    if INSTANT.fullmatch(text):  # 2024-03-04T18:00:00Z: the day it falls on in China
        return iso_date(text)
    m = re.search(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})", text) or re.search(r"(\d{4})(\d{2})(\d{2})", text)
    if not m:
        return None
    try:
        return iso_date("-".join(m.groups()))
    except ValueError:
        return None


def _url_date(url: str) -> str | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = [g for g in m.groups() if g is not None][:3]
    try:
        return iso_date(f"{y}-{mo}-{d}")
    except ValueError:
        return None


def _title(doc: Any, metas: dict[str, str]) -> str | None:
    """The headline: an ``<h1>`` that the ``<title>`` or ``og:title`` names, else
    ``og:title``, else the longest part of ``<title>`` (cut at ``_ - |``) printed as a
    block of the page, else the page's only ``<h1>``, else the first part of ``<title>``."""
    page_title = re.sub(r"\s+", " ", doc.findtext(".//title") or "").strip()
    og = next((metas[k] for k in _TITLE_META if metas.get(k)), "")
    heads = [re.sub(r"\s+", " ", h.text_content()).strip() for h in doc.iter("h1", "h2")]
    for h in heads:
        if 4 <= len(h) <= 80 and kind_of(h) == "line" and (
                (page_title and squash(page_title).startswith(squash(h)))
                or (og and squash(h).startswith(squash(og)))):
            return normalize_chars(h)
    if og:
        return normalize_chars(og).strip()
    if not page_title:
        lone = [h for h in heads if 4 <= len(h) <= 80 and kind_of(h) == "line"]
        return normalize_chars(lone[0]) if lone else None
    cuts = [m.start() for m in re.finditer(r"\s*(?:[_|｜]|-{1,2}|\s-\s|\s)", page_title) if m.start() > 0]
    texts = {squash(t) for t in (el.text_content() for el in doc.iter(*_BLOCK_TAGS, "h1", "strong", "b"))
             if t and len(t) <= 120}
    for cut in sorted(cuts, reverse=True):
        if squash(page_title[:cut]) in texts:
            return normalize_chars(page_title[:cut]).strip()
    if squash(page_title) in texts:
        return normalize_chars(page_title)
    lone = [h for h in (re.sub(r"\s+", " ", h.text_content()).strip() for h in doc.iter("h1")) if h]
    if len(lone) == 1 and 4 <= len(lone[0]) <= 80 and kind_of(lone[0]) == "line":
        return normalize_chars(lone[0])
    return normalize_chars(re.split(r"\s*(?:[_|｜]| - | -- |--)\s*", page_title)[0]).strip()


def _script_var(text: str, name: str) -> str | None:
    m = re.search(rf"""var\s+{name}\s*=\s*(?:htmlDecode\()?\s*["']([^"']*)["']""", text)
    if not m or not m.group(1).strip():
        return None
    import html as _html

    return normalize_chars(_html.unescape(m.group(1))).strip()


def _wechat_account(doc: Any) -> str | None:
    """The account a WeChat article is published by as its page shows it (``#js_name``, or
    the nickname in its meta line), for a page saved without its scripts (by an extension
    such as SingleFile, or a reader's "save"), which hold no ``var nickname``."""
    shown = doc.get_element_by_id("js_name", None)
    if shown is None:
        found = doc.find_class("rich_media_meta_nickname")
        shown = found[0] if found else None
    name = " ".join(shown.text_content().split()) if shown is not None else ""
    return normalize_chars(name) if 0 < len(name) <= 40 else None


def _wechat_date(text: str) -> str | None:
    m = re.search(r"""\bct\s*=\s*["']?(\d{9,11})""", text)
    if m:
        return timestamp_date(int(m.group(1)))
    m = re.search(r"""publish_time\s*=\s*["']([^"']+)["']""", text)
    return _date_in(m.group(1)) if m else None


def _element_blocks(root: Any) -> list[Block]:
    """Blocks of a content element: each paragraph-level element's text."""
    blocks: list[Block] = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "section", "figcaption", "li"):
        if any(child.tag in ("p", "section", "h2", "h3", "li") for child in el.iterdescendants()):
            continue
        t = normalize_chars(re.sub(r"\s+", " ", el.text_content())).strip()
        if not t:
            continue
        strong = "".join(b.text_content() for b in el.iter("strong", "b")).strip()
        if el.tag in ("h1", "h2", "h3", "h4") or (strong == t and len(t) <= 20 and not t.endswith("。")):
            blocks.append(Block(t, "head"))
        elif el.tag == "figcaption":
            blocks.append(Block(t, "caption"))
        else:
            blocks += [Block(line) for line in _br_lines(el)]
    return blocks


def _br_lines(el: Any) -> list[str]:
    """The text of an HTML element, one line per stretch between ``<br>`` tags
    (whitespace runs as one space), so that paragraphs set apart by ``<br>`` alone
    stay apart."""
    parts = [""]

    def walk(e: Any) -> None:
        if e.tag == "br":
            parts.append("")
        elif isinstance(e.tag, str):  # not a comment
            parts[-1] += e.text or ""
            for child in e:
                walk(child)
                parts[-1] += child.tail or ""

    walk(el)
    lines = (normalize_chars(re.sub(r"\s+", " ", part)).strip() for part in parts)
    return [t for t in lines if t]


def _trafilatura_blocks(text: str, url: str | None) -> list[Block]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(text, url=url, output_format="xml", include_comments=False,
                              include_tables=True, include_images=True, include_formatting=True,
                              favor_precision=False, deduplicate=False)
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks: list[Block] = []
    for el in (main if main is not None else root).iter("p", "head", "graphic", "item", "quote", "row"):
        if el.tag == "graphic":
            cap = (el.get("title") or el.get("alt") or "").strip()
            if cap:
                blocks.append(Block(normalize_chars(cap), "caption"))
            continue
        if next(el.iterancestors("row"), None) is not None:
            continue  # read with its table row
        if el.tag == "row":  # a table row: one line, its cells joined as in Word files
            cells = (normalize_chars(re.sub(r"\s+", " ", "".join(c.itertext()))).strip() for c in el.iter("cell"))
            line = " | ".join(c for c in cells if c)
            if line:
                blocks.append(Block(line, "row"))
            continue
        if el.tag in ("quote",) and el.find("p") is not None:
            continue
        for t in _broken_lines(el):
            bold = "".join("".join(h.itertext()) for h in el.iter("hi")
                           if (h.get("rend") or "") in ("#b", "#strong")).strip()
            if el.tag == "head" or (bold == t and len(t) <= 20 and not t.endswith("。")):
                blocks.append(Block(t, "head"))
            else:
                blocks.append(Block(t))
    return blocks


def _broken_lines(el: Any) -> list[str]:
    """The text of a trafilatura element, one line per stretch between line breaks
    (``<lb/>``, a page's ``<br>``): paragraphs a page sets apart with ``<br>`` alone
    stay apart."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("")
        else:
            parts[-1] += "".join(child.itertext())
        parts[-1] += child.tail or ""
    lines = (normalize_chars(re.sub(r"\s+", " ", part)).strip() for part in parts)
    return [t for t in lines if t]


def _whole_page(blocks: list[Block], title: str | None) -> bool:
    """Whether trafilatura gave the page's whole text as one block, headline included:
    what it does with a main text shorter than 250 characters (a short news item)."""
    return len(blocks) == 1 and bool(title) and squash(title) in squash(blocks[0].text)


def _sentences(blocks: list[Block]) -> int:
    """How many sentence ends the plain blocks hold (a list of links holds none)."""
    return sum(len(re.findall(r"[。！？]", b.text)) for b in blocks if b.kind == "line" and kind_of(b.text) == "line")


def _readability_blocks(text: str) -> list[Block]:
    from lxml import html as lxml_html
    from readability import Document

    try:
        summary = Document(text).summary(html_partial=True)
    except Exception:  # readability raises its own errors on pages it cannot read
        return []
    root = lxml_html.fragment_fromstring(summary, create_parent="div")
    blocks = _element_blocks(root)
    if not blocks and root.find(".//br") is not None:  # text in a table cell, paragraphs set apart by <br>
        blocks = [Block(t) for t in _br_lines(root)]
    if not blocks:
        blocks = [Block(normalize_chars(t).strip()) for t in root.text_content().splitlines() if t.strip()]
    return blocks


def _printed_lines(doc: Any, shortest: int, longest: int) -> Iterator[str]:
    """The text of each block of the page's body (whitespace runs as one space), of
    ``shortest`` to ``longest`` characters, in page order."""
    body = doc.find("body")
    if body is None:
        return
    for el in body.iter(*_BLOCK_TAGS):
        t = normalize_chars(re.sub(r"[ \t\r\n\u00a0]+", " ", el.text_content())).strip()
        if shortest <= len(t) <= longest:
            yield t


def _printed_credits(doc: Any) -> dict[str, str]:
    """The editor (and other staff) the page's printed 责任编辑/编辑 line names, wherever it is."""
    for t in _printed_lines(doc, 4, 60):
        if "编" in t:
            found = credits_of(t)
            if found.get("editor"):
                return found
    return {}


def _printed_meta(doc: Any) -> dict[str, str]:
    """Date, source and author from the page's printed 发布时间/来源 line, wherever it is."""
    for t in _printed_lines(doc, 6, 160):
        if re.search(r"发布|来源|时间|日期", t) and kind_of(t) == "meta":
            found = meta_of(t)
            if found.get("date") or found.get("source"):
                return found
    return {}
