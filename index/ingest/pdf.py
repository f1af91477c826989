"""PDF e-paper pages → page text in reading order → articles.

In: a ``.pdf`` file (an e-paper edition: one newspaper page per PDF page, or
several). Out: per PDF page a :class:`PdfPage` (the page text the page splitter
reads, and what the masthead says reliably), and from :func:`read_pdf` the
articles of all pages as :class:`~.readers.Record` objects numbered
``stem#1``, ``#2`` … across the pages in order, or a :class:`~.readers.Skip` saying
why not (scanned, encrypted, broken, too large, no article text; a page without a
text layer in a PDF that has text elsewhere is a Skip of ``file:page N``).

Characters are read with their positions (pdfplumber). Glyphs drawn twice at (nearly)
the same place — bold faked by overprinting — are kept once. Characters form text
lines (same size and baseline, cut at wide gaps such as column gutters). Rules across
the page part it into slabs read top down, each with its own column grid; in a slab,
lines are assigned to columns found from the gaps that no body line crosses. A line across
several columns (a headline over them) cuts the page into horizontal bands; inside a
band the text under such a headline is read first, column by column, then the other
blocks column by column, left to right, each top to bottom. Headlines are lines set
clearly larger than the body; paragraphs start at an indent, after a short line or a
vertical gap, or where the font size changes (captions, credits and jump lines are
set smaller). A paragraph cut by a column break is joined again. The output has the
layout :mod:`.pages` reads: headlines and paragraphs on lines of their own between
blank lines.

The masthead (the strip above the first rule across the top of the page, or without a
rule the top lines down to the one printing ``第4版``: paper name, date, page, section)
is the first line of :attr:`PdfPage.text` in printed order;
``meta["page"]`` is its 版次 number. It is not parsed as a headline.

pdfplumber is imported only when a PDF is read.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator

from ..documents import article_id
from .clean import ends_sentence, join_wrapped
from .pages import parse_page

PDF_SUFFIXES = (".pdf",)

#: Glyphs of one text closer than this (points) are one glyph printed twice.
OVERPRINT = 1.5
#: A line at least this many times the body size is a headline.
HEADLINE = 1.3
#: Masthead rule: a horizontal line at least this share of the page wide, in its top part.
_RULE_WIDE, _MAST_ZONE = 0.6, 0.3
#: A rule at least this share of the page wide parts stories set on different column grids.
_SLAB_WIDE = 0.75

SCANNED_PAGE = "no text layer; OCR is not supported"
#: pdfminer's name for a glyph its font maps to no character.
_UNMAPPED = re.compile(r"^\(cid:\d+\)$")

_PAGE_NO = re.compile(r"第\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*版")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


@dataclass
class _Seg:
    """A run of characters on one baseline: part of a text line inside one column."""

    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    text: str
    cols: tuple[int, ...] = ()

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True)
class PdfPage:
    """One PDF page read: ``text`` (masthead line first, then the body) as the page
    splitter reads it, ``body`` the same without the masthead, and ``meta``."""

    number: int
    text: str
    body: str
    masthead: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class PdfError(ValueError):
    """A PDF that cannot be read as text: the message says why."""


# ---------------------------------------------------------------- reading


def read_pdf(path: Path, source: str, max_mb: float = math.inf) -> Iterator[Any]:
    """The articles of one PDF as Records (ids numbered across its pages), or a Skip."""
    from .readers import Record, Skip, oversize

    try:
        big = oversize(path, source, max_mb)
        size = path.stat().st_size  # progress: the bytes read when each article is given
    except OSError as e:
        yield Skip.unreadable(path, e, source)
        return
    if big is not None:
        yield big
        return
    try:
        pages = pdf_pages(path)
    except PdfError as e:
        yield Skip(str(path), str(e), source)
        return
    except OSError as e:
        yield Skip.unreadable(path, e, source)
        return
    articles = []
    for page in pages:
        if not page.text.strip():
            yield Skip(f"{path}:page {page.number}", f"page {page.number}: {SCANNED_PAGE}")
            continue
        articles += parse_page(page.text, source, page.meta)  # the masthead is read as metadata
    if not articles:
        yield Skip(str(path), "no article text found", source)
        return
    for n, article in enumerate(articles, 1):
        yield Record(path, replace(article, id=article_id(source, n), ordinal=n), size * n // len(articles))


def pdf_pages(path: Path) -> list[PdfPage]:
    """Every page of the PDF at ``path`` read as text; PdfError saying why not."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(path) as pdf:
            pages = [read_page(page, k) for k, page in enumerate(pdf.pages, 1)]
    except PdfError:
        raise
    except OSError:
        raise
    except (PdfminerException, PDFSyntaxError, PDFPasswordIncorrect) as e:
        cause = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower() or "encrypt" in str(cause).lower():
            raise PdfError("encrypted PDF: it needs a password; save an unprotected copy") from None
        raise PdfError(_broken(cause)) from None
    except Exception as e:  # pdfminer reads untrusted bytes and may fail in many ways: one file, one skip
        raise PdfError(_broken(e)) from None
    if not pages:
        raise PdfError("broken PDF: it has no page")
    if not any(p.text.strip() for p in pages):
        raise PdfError(f"scanned PDF: {SCANNED_PAGE}")
    return pages


def _broken(e: BaseException) -> str:
    said = str(e)
    said = said if len(said) <= 100 else said[:99] + "…"
    return f"broken PDF: {type(e).__name__}: {said}".rstrip(": ")


def read_page(page: Any, number: int = 1) -> PdfPage:
    """One pdfplumber page → :class:`PdfPage`."""
    chars = dedupe([c for c in page.chars if c.get("upright", True)])
    unmapped = sum(1 for c in chars if _UNMAPPED.match(c["text"]))
    if unmapped and unmapped * 2 >= sum(1 for c in chars if not c["text"].isspace()):
        raise PdfError(f"unreadable text layer: on page {number} the fonts map {unmapped} of {len(chars)} glyphs"
                       " to no character; OCR is not supported")
    segs = _segments([c for c in chars if not _UNMAPPED.match(c["text"])] if unmapped else chars)
    if not segs:
        return PdfPage(number, "", "")
    rule = _masthead_rule(page)
    if rule is not None and not _masthead_like([s for s in segs if s.bottom <= rule]):
        rule = None  # a rule under a story, not under the masthead
    if rule is None:
        rule = _masthead_row(segs, page.height)
    mast = [s for s in segs if rule is not None and s.bottom <= rule]
    rest = [s for s in segs if not (rule is not None and s.bottom <= rule)]
    masthead = " ".join(s.text for s in sorted(mast, key=lambda s: (round(s.top), s.x0))) or None
    cuts = [top for top in _rules(page, _SLAB_WIDE) if rule is None or top > rule + 1]
    slabs: list[list[_Seg]] = [[] for _ in range(len(cuts) + 1)]
    for s in rest:
        slabs[bisect_right(cuts, s.top)].append(s)
    body = "\n\n".join(p for slab in slabs for p in _paragraphs(_reading_order(slab)))
    meta: dict[str, Any] = {}
    m = _PAGE_NO.search(masthead or "")
    if m:
        meta["page"] = _number(m.group(1))
    text = f"{masthead}\n\n{body}" if masthead else body
    return PdfPage(number, text, body, masthead, meta)


def dedupe(chars: list[dict[str, Any]], tolerance: float = OVERPRINT) -> list[dict[str, Any]]:
    """``chars`` without the glyphs printed again: the same text and size within
    ``tolerance`` points of one kept already (the first drawn is kept), in linear
    time. (pdfplumber's ``dedupe_chars`` does the same but restores the order with
    ``list.index``, which is quadratic: seconds on a full newspaper page.)"""
    kept: dict[tuple[str, float, int, int], list[tuple[float, float]]] = {}
    out: list[dict[str, Any]] = []
    for c in chars:
        key, x, y = (c["text"], round(c["size"], 1)), c["x0"], c["top"]
        gx, gy = int(x // tolerance), int(y // tolerance)
        if any(abs(x - kx) <= tolerance and abs(y - ky) <= tolerance
               for dx in (-1, 0, 1) for dy in (-1, 0, 1)
               for kx, ky in kept.get((*key, gx + dx, gy + dy), ())):
            continue
        kept.setdefault((*key, gx, gy), []).append((x, y))
        out.append(c)
    return out


def _number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        s = "一" + s
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN[tens] * 10 + (_CN[ones] if ones else 0)
    return _CN[s]


def _rules(page: Any, wide: float) -> list[float]:
    """The tops of the horizontal rules at least ``wide`` of the page wide, top down."""
    return sorted(ln["top"] for ln in page.lines + page.rects
                  if ln["x1"] - ln["x0"] >= wide * page.width and ln["bottom"] - ln["top"] < 3)


def _masthead_rule(page: Any) -> float | None:
    """The top of the first wide horizontal rule in the top part of the page, if any."""
    tops = [top for top in _rules(page, _RULE_WIDE) if top < _MAST_ZONE * page.height]
    return tops[0] if tops else None


def _masthead_like(segs: list[_Seg]) -> bool:
    """A few short lines (name, date, page, section), no running text."""
    rows = {round(s.top) for s in segs}
    return len(rows) <= 6 and all(len(s.text) <= 40 for s in segs)


def _masthead_row(segs: list[_Seg], height: float) -> float | None:
    """Without a rule: the bottom of the top line that prints ``第X版``, if it is in
    the top part of the page and no body-size line of text stands above it."""
    body = body_size(segs)
    for s in sorted(segs, key=lambda s: s.top):
        if s.top > _MAST_ZONE * height:
            return None
        if _PAGE_NO.search(s.text):
            return max(o.bottom for o in segs if o.top <= s.bottom)
        if abs(s.size - body) < 0.15 * body and len(s.text) > 25:
            return None  # body text first: no masthead
    return None


# ---------------------------------------------------------------- lines


def _segments(chars: list[dict[str, Any]]) -> list[_Seg]:
    """Characters → runs on one baseline, cut at gaps wider than a character."""
    rows: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        row = rows[-1] if rows else None
        if row and abs(row[0]["bottom"] - c["bottom"]) <= 0.3 * min(row[0]["size"], c["size"]):
            row.append(c)
        else:
            rows.append([c])
    segs: list[_Seg] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        run: list[dict[str, Any]] = []
        for c in row:
            if run and (c["x0"] - run[-1]["x1"] > 1.2 * max(c["size"], run[-1]["size"])
                        or abs(c["size"] - run[-1]["size"]) > 0.15 * c["size"] and not c["text"].isspace()):
                segs.append(_seg(run))
                run = []
            run.append(c)
        if run:
            segs.append(_seg(run))
    return [s for s in segs if s.text]


def _seg(run: list[dict[str, Any]]) -> _Seg:
    """A run of characters as text: a space where the PDF prints one, where Latin
    letters or digits stand apart, or at a gap of more than half a character; none
    for the spacing of justified Chinese lines."""
    parts: list[str] = []
    prev = None
    blank = False
    for c in run:
        if c["text"].isspace():
            blank = prev is not None
            continue
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            latin = prev["text"][-1:].isascii() and prev["text"][-1:].isalnum() or c["text"][:1].isascii()
            if blank or gap > 0.6 * c["size"] or (latin and gap > 0.2 * c["size"]):
                parts.append(" ")
        parts.append(c["text"])
        prev, blank = c, False
    ink = [c for c in run if not c["text"].isspace()] or run
    size = Counter(round(c["size"], 1) for c in ink).most_common(1)[0][0]
    return _Seg(min(c["x0"] for c in ink), max(c["x1"] for c in ink), min(c["top"] for c in ink),
                max(c["bottom"] for c in ink), size, "".join(parts))


# ---------------------------------------------------------------- columns and order


def _columns(segs: list[_Seg], body: float) -> list[tuple[float, float]]:
    """Column intervals: the x ranges between gaps that no body line crosses."""
    lines = [s for s in segs if abs(s.size - body) < 0.15 * body]
    if not lines:
        return [(min(s.x0 for s in segs), max(s.x1 for s in segs))]
    left, right = min(s.x0 for s in lines), max(s.x1 for s in lines)
    narrow = [s for s in lines if s.width <= 0.6 * (right - left)] or lines
    spans = sorted((s.x0, s.x1) for s in narrow)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1] + 0.5 * body:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _assign(seg: _Seg, cols: list[tuple[float, float]], body: float) -> tuple[int, ...]:
    """The columns ``seg`` lies in: those it overlaps by a quarter of the narrower of
    the two; a headline (centred over several columns) any it reaches into."""
    least = 2.0 if seg.size >= HEADLINE * body else None
    over = [k for k, (a, b) in enumerate(cols)
            if min(seg.x1, b) - max(seg.x0, a) > (least or 0.25 * min(seg.width, b - a))]
    if over:
        return tuple(over)
    centre = (seg.x0 + seg.x1) / 2
    return (min(range(len(cols)), key=lambda k: abs(centre - (cols[k][0] + cols[k][1]) / 2)),)


def body_size(segs: list[_Seg]) -> float:
    """The most common font size, weighted by characters."""
    sizes: Counter[float] = Counter()
    for s in segs:
        sizes[s.size] += len(s.text)
    return sizes.most_common(1)[0][0]


def _reading_order(segs: list[_Seg]) -> list[tuple[str, list[_Seg], tuple[float, float] | None]]:
    """Segments grouped into blocks in reading order: ``(kind, lines, column)`` with
    kinds ``head`` (a headline) and ``text``; ``column`` is the block's x range."""
    if not segs:
        return []
    body = body_size(segs)
    cols = _columns(segs, body)
    for s in segs:
        s.cols = _assign(s, cols, body)
    segs.sort(key=lambda s: (s.top, s.x0))
    out: list[tuple[str, list[_Seg], tuple[float, float] | None]] = []
    band: list[_Seg] = []
    spanning: list[_Seg] = []  # the lines across columns that opened this band
    for s in segs:
        if len(s.cols) > 1:
            if band:
                out += _band(band, cols, spanning, body)
                band, spanning = [], []
            if spanning and not _same_block(spanning[-1], s, body):
                out += _band([], cols, spanning, body)
                spanning = []
            spanning.append(s)
        else:
            band.append(s)
    out += _band(band, cols, spanning, body)
    return out


def _same_block(a: _Seg, b: _Seg, body: float) -> bool:
    return abs(a.size - b.size) < 0.15 * b.size and b.top - a.bottom < 0.8 * b.size


def _band(band: list[_Seg], cols: list[tuple[float, float]], spanning: list[_Seg], body: float):
    """One band: the lines across columns that open it, then its column blocks."""
    out: list[tuple[str, list[_Seg], tuple[float, float] | None]] = []
    if spanning:
        kind = "head" if spanning[0].size >= HEADLINE * body else "text"
        span = (min(s.x0 for s in spanning), max(s.x1 for s in spanning))
        out.append((kind, spanning, span))
    covered = {k for s in spanning for k in s.cols}
    blocks: list[list[tuple[str, list[_Seg], tuple[float, float]]]] = []
    for k, col in enumerate(cols):
        lines = [s for s in band if s.cols[0] == k]
        blocks.append(_column_blocks(lines, col, body))
    lead: list[tuple[str, list[_Seg], tuple[float, float]]] = []
    if spanning and out[0][0] == "head":
        for k, col_blocks in enumerate(blocks):
            if k in covered and col_blocks and col_blocks[0][0] == "text":
                lead.append(col_blocks.pop(0))
    out += lead
    for col_blocks in blocks:
        out += col_blocks
    return out


def _column_blocks(lines: list[_Seg], col: tuple[float, float], body: float):
    """The lines of one column in a band, cut into headline and text blocks."""
    blocks: list[tuple[str, list[_Seg], tuple[float, float]]] = []
    if lines:  # the column's edges: where its unindented lines start, where its text lines end
        text = [s for s in lines if s.size < HEADLINE * body] or lines
        col = (min(col[0], *(s.x0 for s in lines)), max(col[1], *(s.x1 for s in text)))
    for s in sorted(lines, key=lambda s: s.top):
        kind = "head" if s.size >= HEADLINE * body else "text"
        if blocks and blocks[-1][0] == kind and (kind == "text" or _same_block(blocks[-1][1][-1], s, body)):
            blocks[-1][1].append(s)
        else:
            blocks.append((kind, [s], col))
    return blocks


# ---------------------------------------------------------------- paragraphs


@dataclass
class _Para:
    """A paragraph being read: ``starts`` when it visibly opens one (an indent, or
    it follows another in its block), ``full`` when its last line reaches the
    column's right edge (so it may go on in the next block)."""

    text: str
    size: float
    starts: bool
    full: bool = True


def _paragraphs(blocks) -> list[str]:
    """Blocks → paragraph strings: a headline block is one line per size, a text
    block is cut into paragraphs; a paragraph cut by a column break is joined."""
    out: list[str] = []
    last: _Para | None = None  # the last paragraph, while it may go on in the next block
    for kind, lines, col in blocks:
        if kind == "head":
            out += _headlines(lines)
            last = None
            continue
        paras = _split(lines, col)
        first = paras[0] if paras else None
        if last is not None and first is not None and not first.starts and abs(first.size - last.size) < 0.1 * last.size:
            out[-1] = join_wrapped(out[-1], first.text)
            paras = paras[1:]
        out += [p.text for p in paras]
        if paras:
            last = paras[-1] if paras[-1].full and not ends_sentence(paras[-1].text) else None
    return out


def _headlines(lines: list[_Seg]) -> list[str]:
    out: list[str] = []
    prev: _Seg | None = None
    for s in lines:
        if prev is not None and abs(prev.size - s.size) < 0.1 * s.size:
            out[-1] = join_wrapped(out[-1], s.text)
        else:
            out.append(s.text)
        prev = s
    return out


def _split(lines: list[_Seg], col: tuple[float, float]) -> list[_Para]:
    """The paragraphs of one text block: a new one at an indent, a change of size,
    after a short line or across a vertical gap."""
    left, right = col[0], max(col[1], *(s.x1 for s in lines))
    paras: list[_Para] = []
    prev: _Seg | None = None
    for s in lines:
        indent = s.x0 - left >= 1.2 * s.size
        if (
            prev is None
            or indent
            or abs(prev.size - s.size) > 0.1 * s.size
            or right - prev.x1 > 1.5 * prev.size
            or s.top - prev.bottom > 0.9 * s.size
        ):
            paras.append(_Para(s.text, s.size, indent or prev is not None))
        else:
            paras[-1].text = join_wrapped(paras[-1].text, s.text)
        paras[-1].full = right - s.x1 <= 1.5 * s.size
        prev = s
    return paras
