"""PDF e-paper pages → page text in reading order → articles.

In: a ``.pdf`` file (an e-paper edition: one newspaper page per PDF page, or
several). Out: per PDF page a :class:`PdfPage` (the page text the page splitter
reads, and what the masthead says reliably), and from :func:`read_pdf` the
articles of all pages as :class:`~.readers.Record` objects numbered
``stem#1``, ``#2`` … across the pages in order, or a :class:`~.readers.Skip` saying
why not (scanned, encrypted, broken, too large, no article text; a page without a
text layer in a PDF that has text elsewhere is a Skip of ``file:page N``).

Characters are read with their positions by PDFium (pypdfium2: each glyph's box from
its font's ascent, descent and advance, its size as set, whether its font maps it to a
character; the rules and boxes the page draws, inside forms too): in C, several times
cheaper than pdfminer's interpreter in Python. PDFium keeps no glyph of a text object
that draws only a space (the space is put back) and may lose text it cannot measure
(a font the PDF does not embed and no system font stands in for): a page of which it
lost text is read again by pdfminer (pdfplumber). Glyphs drawn twice at (nearly)
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

pypdfium2 (and pdfplumber) are imported only when a PDF is read.
"""

from __future__ import annotations

import ctypes
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
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    data = path.read_bytes()  # OSError: the caller's to report
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if e.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise PdfError("encrypted PDF: it needs a password; save an unprotected copy") from None
        raise PdfError(_broken(e)) from None
    try:
        loaded = []
        for k in range(len(doc)):
            page = doc[k]
            try:
                loaded.append(_load_page(page))
            finally:
                page.close()
        if not all(page.whole for page in loaded):
            loaded = _read_again(data, loaded)
        pages = [read_page(page, k) for k, page in enumerate(loaded, 1)]
    except PdfError:
        raise
    except Exception as e:  # PDFium reads untrusted bytes and may fail in many ways: one file, one skip
        raise PdfError(_broken(e)) from None
    finally:
        doc.close()
    if not pages:
        raise PdfError("broken PDF: it has no page")
    if not any(p.text.strip() for p in pages):
        raise PdfError(f"scanned PDF: {SCANNED_PAGE}")
    return pages


def _broken(e: BaseException) -> str:
    said = str(e)
    said = said if len(said) <= 100 else said[:99] + "…"
    return f"broken PDF: {type(e).__name__}: {said}".rstrip(": ")


def _read_again(data: bytes, loaded: list[_Page]) -> list[_Page]:
    """``loaded`` with each page PDFium did not read whole read again by pdfminer
    (pdfplumber), which measures no glyph: several times slower, nothing left out.
    A page pdfminer cannot read stays as PDFium read it."""
    import io

    import pdfplumber

    out = list(loaded)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for k, page in enumerate(loaded):
                if not page.whole and k < len(pdf.pages):
                    out[k] = _plumbed(pdf.pages[k])
    except Exception:  # pdfminer reads untrusted bytes and may fail in many ways: PDFium's reading stands
        return out
    return out


#: pdfminer's name for a glyph its font maps to no character.
_CID = re.compile(r"^\(cid:\d+\)$")


def _plumbed(page: Any) -> _Page:
    """One pdfplumber page → :class:`_Page`."""
    chars = []
    for c in page.chars:
        glyph = {k: c[k] for k in ("text", "x0", "x1", "top", "bottom", "size")}
        glyph["upright"] = c.get("upright", True)
        if _CID.match(c["text"]):
            glyph["unmapped"] = True
        chars.append(glyph)
    shapes = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in page.lines + page.rects]
    return _Page(page.width, page.height, chars, shapes)


@dataclass
class _Page:
    """What the layout reading needs of one PDF page: its size, its glyphs
    (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``, ``upright`` and, for a
    glyph the font maps to no character, ``unmapped``; in points from the top left
    corner, in drawing order) and the boxes ``(x0, top, x1, bottom)`` of its drawn
    lines and shapes (each piece of a path on its own); ``whole`` False when some
    text of the page may be missing from ``chars``."""

    width: float
    height: float
    chars: list[dict[str, Any]]
    shapes: list[tuple[float, float, float, float]]
    whole: bool = True


def _load_page(page: Any) -> _Page:
    """One pypdfium2 page → :class:`_Page`: the glyphs of its text page (PDFium's
    own spaces and line ends left out, but for the spaces the PDF draws alone) and
    the pieces of its paths that are wide; ``whole`` False when PDFium kept no glyph
    of a text object that draws some (see :func:`_account`)."""
    left, bottom, right, top = page.get_mediabox()
    width = right - left
    textpage = page.get_textpage()
    try:
        chars, made_up, owners = _glyphs(textpage.raw, left, top)
    finally:
        textpage.close()
    shapes, owned, orphans = _objects(page.raw, left, top, _RULE_WIDE * width, owners)
    chars, whole = _account(chars, made_up, owned, orphans)
    return _Page(width, top - bottom, chars, shapes, whole)


#: Characters PDFium may add to a text page (word and line breaks) that the PDF does not draw.
_MADE_UP = frozenset(map(ord, " \r\n"))


def _glyphs(textpage: Any, left: float, top: float
            ) -> tuple[list[dict[str, Any]], list[tuple[int, float, float]], set[int]]:
    """The glyphs of a PDFium text page: a box from the font's descent and the
    advance, as high as the size as set (the font size scaled by the text matrix; a
    box as pdfminer draws it, to which the layout's measures of gaps are made); where
    PDFium put spaces of its own: ``(glyphs before it, x, y)`` in page points from the
    top left; and the addresses of the text objects the glyphs belong to."""
    import pypdfium2.raw as c

    box, m = c.FS_RECTF(), c.FS_MATRIX()
    unicode, made_up, unmapped, loose = c.FPDFText_GetUnicode, c.FPDFText_IsGenerated, \
        c.FPDFText_HasUnicodeMapError, c.FPDFText_GetLooseCharBox
    matrix, font_size, owner = c.FPDFText_GetMatrix, c.FPDFText_GetFontSize, _address_of_owner()
    out = []
    spaces: list[tuple[int, float, float]] = []
    owners: set[int] = set()
    last, size, upright = None, 0.0, True
    for i in range(c.FPDFText_CountChars(textpage)):
        u = unicode(textpage, i)
        if u in _MADE_UP and made_up(textpage, i):
            if u == 32 and out:
                loose(textpage, i, box)
                spaces.append((len(out), box.left - left, top - box.top))
            continue
        obj = owner(textpage, i)
        if obj != last:  # the size and the matrix are those of the text object
            owners.add(obj)
            matrix(textpage, i, m)
            size = font_size(textpage, i) * math.hypot(m.c, m.d)
            upright = m.a * m.d > 0 and m.b * m.c <= 0
            last = obj
        loose(textpage, i, box)
        glyph = {"text": chr(u) if 0 < u < 0x110000 else "", "x0": box.left - left, "x1": box.right - left,
                 "top": top - box.bottom - size, "bottom": top - box.bottom, "size": size, "upright": upright}
        if unmapped(textpage, i):
            glyph["unmapped"] = True
        out.append(glyph)
    return out, spaces, owners


def _address_of_owner() -> Any:
    """``FPDFText_GetTextObject`` giving the text object's address (an int)."""
    import pypdfium2.raw as c

    global _owner_address
    if _owner_address is None:
        proto = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
        _owner_address = proto(ctypes.cast(c.FPDFText_GetTextObject, ctypes.c_void_p).value)
    return _owner_address


_owner_address: Any = None


#: A box ``(x0, top, x1, bottom)`` in points from the top left corner of the page.
Box = tuple[float, float, float, float]


def _objects(page: Any, left: float, top: float, wide: float, owners: set[int]
             ) -> tuple[list[Box], list[Box], list[tuple[Box, bool]]]:
    """The boxes of the pieces (subpaths) of the page's paths at least ``wide``
    points wide, inside forms too; and when some of its text objects have no glyph on
    the text page (``owners``: the addresses of those that have), the boxes of
    those that have and of those that have none, each with whether its font is
    embedded."""
    import pypdfium2.raw as c

    shapes: list[Box] = []
    texts: list[tuple[Any, tuple[float, ...]]] = []
    m = c.FS_MATRIX()
    lo_x, lo_y, hi_x, hi_y = (ctypes.c_float() for _ in range(4))
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    text, path, form = c.FPDF_PAGEOBJ_TEXT, c.FPDF_PAGEOBJ_PATH, c.FPDF_PAGEOBJ_FORM

    def bounds(obj: Any, outer: tuple[float, ...]) -> Box:
        c.FPDFPageObj_GetBounds(obj, lo_x, lo_y, hi_x, hi_y)  # in the space of the form it is in
        if outer is identity:
            return lo_x.value - left, top - hi_y.value, hi_x.value - left, top - lo_y.value
        corners = [_apply(outer, x, y) for x in (lo_x.value, hi_x.value) for y in (lo_y.value, hi_y.value)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return min(xs) - left, top - max(ys), max(xs) - left, top - min(ys)

    def walk(count: int, get: Any, outer: tuple[float, ...], depth: int) -> None:
        for k in range(count):
            obj = get(k)
            kind = c.FPDFPageObj_GetType(obj)
            if kind == text:
                texts.append((obj, outer))
            elif kind == path:
                box = bounds(obj, outer)
                if box[2] - box[0] >= wide and c.FPDFPageObj_GetMatrix(obj, m):
                    shapes.extend(_pieces(obj, _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer), left, top))
            elif kind == form and depth < 8 and c.FPDFPageObj_GetMatrix(obj, m):
                walk(c.FPDFFormObj_CountObjects(obj), lambda j, obj=obj: c.FPDFFormObj_GetObject(obj, j),
                     _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer), depth + 1)

    walk(c.FPDFPage_CountObjects(page), lambda j: c.FPDFPage_GetObject(page, j), identity, 0)
    address = ctypes.c_void_p
    lone = [(obj, outer) for obj, outer in texts if ctypes.cast(obj, address).value not in owners]
    if not lone:
        return shapes, [], []
    lone_at = {ctypes.cast(obj, address).value for obj, _ in lone}
    owned = [bounds(obj, outer) for obj, outer in texts if ctypes.cast(obj, address).value not in lone_at]
    orphans = [(bounds(obj, outer), bool(c.FPDFFont_GetIsEmbedded(c.FPDFTextObj_GetFont(obj)))) for obj, outer in lone]
    return shapes, owned, orphans


#: How near (points) a space PDFium puts must be to a text object without glyphs
#: for it to stand for that object (a space drawn alone), and how thin that object is.
_NEAR = 0.5


def _account(chars: list[dict[str, Any]], made_up: list[tuple[int, float, float]], owned: list[Box],
             orphans: list[tuple[Box, bool]]) -> tuple[list[dict[str, Any]], bool]:
    """Account for the text objects of which PDFium kept no glyph: ``chars`` with a
    space where such an object drew only a space, and whether nothing else was lost.

    An object drawn again over one with glyphs (overprinted bold: PDFium keeps the
    first) loses nothing. A thin one where PDFium put a space of its own, in a gap
    narrower than 0.6 of a character, drew a space (PDFium keeps no glyph of a text
    object that only draws a space): the space stands there, on the line of the glyph
    before it; PDFium's other spaces (at wide gaps, between letter-spaced characters)
    are left out. A thin one elsewhere in an embedded font draws nothing visible. Any
    other was lost: PDFium skips a text object whose glyphs it cannot measure (a font
    the PDF does not embed and that no system font stands in for), and drops a line
    it takes for a copy of another when it cannot tell their places apart."""
    cells: dict[tuple[int, int], list[Box]] = {}
    for box in owned:
        cells.setdefault((int(box[0] // OVERPRINT), int(box[1] // OVERPRINT)), []).append(box)
    spaces: dict[int, float] = {}  # glyphs before each space drawn alone: its x
    whole = True
    for box, embedded in orphans:
        x0, top, x1, bottom = box
        if _overprint(box, cells):
            continue
        if x1 - x0 > _NEAR:
            whole = False
            continue
        near = [(before, x) for before, x, y in made_up
                if x0 - _NEAR <= x <= x1 + _NEAR and top - _NEAR <= y <= bottom + _NEAR]
        if near:
            before, x = near[0]
            prev = chars[before - 1]
            gap = chars[before]["x0"] - prev["x1"] if before < len(chars) else 0.0
            if gap < 0.6 * prev["size"]:
                spaces[before] = x
            else:
                whole = False  # a glyph lost in a gap PDFium filled with a space
        elif not embedded:
            whole = False
    if not spaces:
        return chars, whole
    out: list[dict[str, Any]] = []
    start = 0
    for before in sorted(spaces):
        out += chars[start:before]
        start = before
        prev = chars[before - 1]
        out.append({"text": " ", "x0": spaces[before], "x1": spaces[before], "top": prev["top"],
                    "bottom": prev["bottom"], "size": prev["size"], "upright": prev["upright"]})
    return out + chars[start:], whole


def _overprint(box: Box, cells: dict[tuple[int, int], list[Box]]) -> bool:
    """Whether a box with glyphs lies within :data:`OVERPRINT` of ``box`` on every side."""
    gx, gy = int(box[0] // OVERPRINT), int(box[1] // OVERPRINT)
    return any(all(abs(a - b) <= OVERPRINT for a, b in zip(box, other))
               for dx in (-1, 0, 1) for dy in (-1, 0, 1) for other in cells.get((gx + dx, gy + dy), ()))


def _pieces(path: Any, matrix: tuple[float, ...], left: float, top: float) -> list[tuple[float, float, float, float]]:
    """The boxes of the subpaths of one path object, in page points from the top left."""
    import pypdfium2.raw as c

    x, y = ctypes.c_float(), ctypes.c_float()
    boxes: list[tuple[float, float, float, float]] = []
    points: list[tuple[float, float]] = []
    for k in range(c.FPDFPath_CountSegments(path)):
        seg = c.FPDFPath_GetPathSegment(path, k)
        if c.FPDFPathSegment_GetType(seg) == c.FPDF_SEGMENT_MOVETO and points:
            boxes.append(_box(points, left, top))
            points = []
        c.FPDFPathSegment_GetPoint(seg, x, y)
        points.append(_apply(matrix, x.value, y.value))
    if points:
        boxes.append(_box(points, left, top))
    return boxes


def _box(points: list[tuple[float, float]], left: float, top: float) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs) - left, top - max(ys), max(xs) - left, top - min(ys)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix that applies ``inner`` then ``outer`` (PDF's ``a b c d e f``)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def read_page(page: _Page, number: int = 1) -> PdfPage:
    """One page's glyphs and shapes → :class:`PdfPage`."""
    chars = dedupe([c for c in page.chars if c["upright"]])
    unmapped = sum(1 for c in chars if c.get("unmapped"))
    if unmapped and unmapped * 2 >= sum(1 for c in chars if not c["text"].isspace()):
        raise PdfError(f"unreadable text layer: on page {number} the fonts map {unmapped} of {len(chars)} glyphs"
                       " to no character; OCR is not supported")
    segs = _segments([c for c in chars if c["text"] and not c.get("unmapped")])
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
    time: each kept glyph is filed by its text and size, then by the grid cell of
    ``tolerance`` points it is in, and a glyph is compared with those of its cell and
    the eight around it. (PDFium leaves out a text object drawn again at the same
    place itself, but not a glyph drawn again alone or a little further off.)"""
    kept: dict[tuple[str, float], dict[int, list[tuple[float, float]]]] = {}
    out: list[dict[str, Any]] = []
    for c in chars:
        x, y = c["x0"], c["top"]
        cell = int(x // tolerance) * _GRID + int(y // tolerance)
        cells = kept.get((c["text"], round(c["size"], 1)))
        if cells is None:
            kept[c["text"], round(c["size"], 1)] = {cell: [(x, y)]}
        elif _printed(cells, cell, x, y, tolerance):
            continue
        else:
            cells.setdefault(cell, []).append((x, y))
        out.append(c)
    return out


#: Grid cells per column in :func:`dedupe`'s cell numbers (far more than a page's height has).
_GRID = 1 << 24
_AROUND = tuple(dx * _GRID + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _printed(cells: dict[int, list[tuple[float, float]]], cell: int, x: float, y: float, tolerance: float) -> bool:
    """Whether a glyph kept in ``cell`` or around it is within ``tolerance`` of ``(x, y)``."""
    for d in _AROUND:
        for kx, ky in cells.get(cell + d, ()):
            if abs(x - kx) <= tolerance and abs(y - ky) <= tolerance:
                return True
    return False


def _number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        s = "一" + s
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN[tens] * 10 + (_CN[ones] if ones else 0)
    return _CN[s]


def _rules(page: _Page, wide: float) -> list[float]:
    """The tops of the horizontal rules at least ``wide`` of the page wide, top down."""
    return sorted(top for x0, top, x1, bottom in page.shapes if x1 - x0 >= wide * page.width and bottom - top < 3)


def _masthead_rule(page: _Page) -> float | None:
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
    row: list[dict[str, Any]] | None = None
    row_bottom = row_size = 0.0
    for c in sorted(chars, key=_baseline_order):
        bottom, size = c["bottom"], c["size"]
        if row is not None and abs(row_bottom - bottom) <= 0.3 * min(row_size, size):
            row.append(c)
        else:
            row = [c]
            rows.append(row)
            row_bottom, row_size = bottom, size
    segs: list[_Seg] = []
    for row in rows:
        row.sort(key=_left)
        run: list[dict[str, Any]] = []
        prev: dict[str, Any] | None = None
        for c in row:
            if prev is not None and (c["x0"] - prev["x1"] > 1.2 * max(c["size"], prev["size"])
                                     or abs(c["size"] - prev["size"]) > 0.15 * c["size"] and not c["text"].isspace()):
                seg = _seg(run)
                if seg is not None:
                    segs.append(seg)
                run = []
            run.append(c)
            prev = c
        seg = _seg(run) if run else None
        if seg is not None:
            segs.append(seg)
    return segs


def _baseline_order(c: dict[str, Any]) -> tuple[float, float]:
    return round(c["bottom"], 1), c["x0"]


def _left(c: dict[str, Any]) -> float:
    return c["x0"]


def _seg(run: list[dict[str, Any]]) -> _Seg | None:
    """A run of characters as text: a space where the PDF prints one, where Latin
    letters or digits stand apart, or at a gap of more than half a character; none
    for the spacing of justified Chinese lines. None for a run of spaces only. Its
    size is the most common among its characters (the first of those most common)."""
    parts: list[str] = []
    sizes: dict[float, int] = {}
    prev: dict[str, Any] | None = None
    blank = False
    x0 = x1 = top = bottom = 0.0
    for c in run:
        text = c["text"]
        if text.isspace():
            blank = prev is not None
            continue
        size = c["size"]
        if prev is None:
            x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
        else:
            gap = c["x0"] - prev["x1"]
            last = prev["text"][-1:]
            latin = last.isascii() and last.isalnum() or text[:1].isascii()
            if blank or gap > 0.6 * size or (latin and gap > 0.2 * size):
                parts.append(" ")
            x0, x1 = min(x0, c["x0"]), max(x1, c["x1"])
            top, bottom = min(top, c["top"]), max(bottom, c["bottom"])
        parts.append(text)
        key = round(size, 1)
        sizes[key] = sizes.get(key, 0) + 1
        prev, blank = c, False
    if prev is None or not "".join(parts):
        return None
    return _Seg(x0, x1, top, bottom, max(sizes, key=sizes.__getitem__), "".join(parts))


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
