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
cheaper than pdfminer's interpreter in Python. The glyphs are kept as arrays (numpy),
and dedupe and lines are made in array passes, not glyph by glyph in Python. PDFium
gives character boxes one at a time: the three calls each glyph needs are made in
one C loop (``_glyphbox.c``, compiled at install where a C compiler is found) or,
without it, one by one through ctypes, several times more slowly.
PDFium keeps no glyph of a text object
that draws only a space (the space is put back) and may lose text it cannot measure
(a font the PDF does not embed and no system font stands in for): a page of which it
lost text is read again by pdfminer (pdfplumber). Glyphs drawn twice at (nearly)
the same place — bold faked by overprinting — are kept once. Text turned a quarter or half
turn (a page set sideways or upside down, a turned box) is read as the page turned back
shows it; slanted or mirrored text is not read. Characters form text
lines (same size and baseline, cut at wide gaps such as column gutters); characters set one
under another (a vertical headline or label) form a vertical line, read top down, in the
column it stands in or beside. Rules across
the page part it into slabs read top down, each with its own column grid; in a slab,
lines are assigned to columns found from the gaps that no body line crosses. A line across
several columns (a headline over them) cuts the page into horizontal bands; inside a
band the text under such a headline is read first, column by column, then the other
blocks column by column, left to right, each top to bottom. Headlines are lines set
clearly larger than the body; paragraphs start at an indent, after a short line or a
vertical gap, or where the font size changes (captions, credits and jump lines are
set smaller). A paragraph cut by a column break is joined again (not to a line on
the row of its last line: the two ends of a page's footer are no column break). The output has the
layout :mod:`.pages` reads: headlines and paragraphs on lines of their own between
blank lines.

The masthead (the strip above the first rule across the top of the page, or without a
rule the top lines down to the one printing ``第4版``, or the first line when its pieces
read together as a masthead or dateline: paper name, date, page, section) is the first
line of :attr:`PdfPage.text` in printed order; ``meta["page"]`` is its 版次 number. It is
not parsed as a headline: one the page splitter would not read as a masthead (a page
number printed bare, ``04 综合 2024年3月15日``) gives ``meta`` what it says
(:func:`.masthead.masthead_fields`) and stays out of the text.

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
from itertools import repeat
from typing import Any, Iterator

import numpy as np

from ..documents import article_id
from .clean import ends_sentence, join_wrapped
from .masthead import masthead_fields, masthead_line
from .pages import parse_page

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
    vertical: bool = False  # characters set one under another, read top down (:func:`_stacks`)

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
    from .masthead import name_meta

    named = name_meta(path.name)  # what the file name says, where the page prints nothing of it
    articles = []
    for page in pages:
        if not page.text.strip():
            yield Skip(f"{path}:page {page.number}", SCANNED_PAGE)  # the path names the page
            continue
        meta = {**named, **{k: v for k, v in page.meta.items() if v not in (None, "")}}
        articles += parse_page(page.text, source, meta, columns=True)  # the masthead is read as metadata
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
        raise PdfError(_unloaded(data, e)) from None
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


#: What a file that is no PDF holds instead, by :func:`.decoding.document_kind`.
_INSTEAD = {"html": "a web page (HTML): a page saved under a .pdf name, or a download that failed",
            "mhtml": "a web page archive (MHTML): name it .mht to read it", "rtf": "an RTF document"}


def _unloaded(data: bytes, e: BaseException) -> str:
    """Why PDFium could not open ``data``: no PDF at all (no ``%PDF`` header in its first
    KB: what it holds instead), a PDF cut off before its end (no ``%%EOF`` marker near its
    end: a copy or download not finished), else PDFium's error."""
    from .decoding import binary_kind, document_kind

    if b"%PDF" not in data[:1024]:
        what = _INSTEAD.get(document_kind(data[:2048]) or "") or binary_kind(data[:2048])
        return f"not a PDF: it holds {what}" if what else "not a PDF: it has no PDF header (%PDF)"
    if b"%%EOF" not in data[-2048:]:
        return "broken PDF: it is cut off before its end (an unfinished copy or download?): get the whole file again"
    return _broken(e)


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
    chars = [{**{k: c[k] for k in ("text", "x0", "x1", "top", "bottom", "size")},
              "turn": _turn(*c["matrix"][:4]) if c.get("matrix") else 0 if c.get("upright", True) else -1,
              "unmapped": bool(_CID.match(c["text"]))} for c in page.chars]
    shapes = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in page.lines + page.rects]
    return _Page(page.width, page.height, _Glyphs.of(chars), shapes)


@dataclass
class _Glyphs:
    """Glyphs in drawing order, as columns: ``text`` (a string each: one character
    as PDFium reads it, or none), ``code`` (a number for each different text: its
    code point when it is one character), ``x0``, ``x1``, ``top``, ``bottom``,
    ``size`` (floats, in points from the top left corner of the page), ``turn`` (how
    far its text is turned, counterclockwise: 0 upright, 90, 180 or 270 degrees; -1
    slanted or mirrored; the box of a turned glyph is its box on the page, as high as
    it is printed there, that of an upright one as high as its size) and ``unmapped`` (a
    glyph its font maps to no character); numpy arrays but ``text``."""

    text: Any  # strings: a list given, kept as an array of objects (cheap to take from)
    code: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    turn: np.ndarray
    unmapped: np.ndarray

    def __post_init__(self) -> None:
        if not isinstance(self.text, np.ndarray):
            text = np.empty(len(self.text), dtype=object)
            text[:] = self.text
            self.text = text

    def __len__(self) -> int:
        return len(self.text)

    @property
    def upright(self) -> np.ndarray:
        """Which glyphs are upright (not turned)."""
        return self.turn == 0

    def take(self, which: np.ndarray) -> _Glyphs:
        """The glyphs ``which`` selects (a mask, or indexes in the order wanted)."""
        which = np.flatnonzero(which) if which.dtype == bool else which
        return _Glyphs(self.text[which], self.code[which], self.x0[which], self.x1[which],
                       self.top[which], self.bottom[which], self.size[which], self.turn[which],
                       self.unmapped[which])

    @classmethod
    def of(cls, chars: list[dict[str, Any]]) -> _Glyphs:
        """Glyphs given as dicts of those keys (``turn`` 0 and ``unmapped`` False when
        left out, or ``turn`` -1 for one given as not ``upright``; ``x1`` and ``bottom``
        as ``x0`` and ``top``)."""
        text = [c["text"] for c in chars]

        def floats(key: str, default: str) -> np.ndarray:
            return np.array([c.get(key, c[default]) for c in chars], dtype=float).reshape(len(chars))

        return cls(text, _codes(text), floats("x0", "x0"), floats("x1", "x0"), floats("top", "top"),
                   floats("bottom", "top"), floats("size", "size"),
                   np.array([c.get("turn", 0 if c.get("upright", True) else -1) for c in chars],
                            dtype=np.int16).reshape(len(chars)),
                   np.array([c.get("unmapped", False) for c in chars], dtype=bool).reshape(len(chars)))


def _codes(text: list[str]) -> np.ndarray:
    """A number for each text: its code point when every text is one character
    (as PDFium's are), else one number per different text; 0 for none."""
    if "" in text:
        text = ["\0" if not t else t for t in text]
    joined = "".join(text)
    if len(joined) == len(text):
        return np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    numbers: dict[str, int] = {"\0": 0}
    return np.array([numbers.setdefault(t, len(numbers)) for t in text], dtype=np.int64).reshape(len(text))


@dataclass
class _Page:
    """What the layout reading needs of one PDF page: its size, its glyphs
    (:class:`_Glyphs`) and the boxes ``(x0, top, x1, bottom)`` of its drawn lines
    and shapes (each piece of a path on its own); ``whole`` False when some text of
    the page may be missing from ``glyphs``."""

    width: float
    height: float
    glyphs: _Glyphs
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
        glyphs, made_up, owner = _glyphs(textpage.raw, left, top)
    finally:
        textpage.close()
    shapes, owned, orphans = _objects(page.raw, left, top, _RULE_WIDE * width, glyphs, owner)
    glyphs, whole = _account(glyphs, made_up, owned, orphans)
    return _Page(width, top - bottom, glyphs, shapes, whole)


#: Characters PDFium may add to a text page (word and line breaks) that the PDF does not draw.
_MADE_UP = (ord(" "), ord("\r"), ord("\n"))


def _glyphs(textpage: Any, left: float, top: float) -> tuple[_Glyphs, list[tuple[int, float, float]], np.ndarray]:
    """The glyphs of a PDFium text page: a box from the font's descent and the
    advance, as high as the size as set (the font size scaled by the text matrix; a
    box as pdfminer draws it, to which the layout's measures of gaps are made); where
    PDFium put spaces of its own: ``(glyphs before it, x, y)`` in page points from the
    top left; and the address of the text object each glyph belongs to.

    The characters come in one call; each glyph then costs three calls into PDFium
    (its box, its text object, whether its font maps it), made in the C loop of
    ``_glyphbox`` where it is built, else through bare pointers, and its size and
    matrix are asked once per text object."""
    import pypdfium2.raw as c

    n = c.FPDFText_CountChars(textpage)
    f = _fast()
    page = ctypes.cast(textpage, ctypes.c_void_p).value
    text = _text_of(textpage, n)
    if text is None:  # characters PDFium gives apart (outside UTF-16): one call each
        text = [chr(u) if 0 < u < 0x110000 else "" for u in map(f.unicode, repeat(page, n), range(n))]
    code = _codes(text)
    candidates = np.flatnonzero(np.isin(code, _MADE_UP)).tolist()
    made_up = [i for i in candidates if f.generated(page, i)]
    real = np.delete(np.arange(n), made_up) if made_up else np.arange(n)
    at = real.tolist()
    m = len(at)
    boxes = np.zeros((m, 4), dtype=np.float32)  # FS_RECTF: left, top, right, bottom
    if _GLYPHBOX is not None:  # the loop in C
        owner, unmapped, where = np.empty(m, dtype=np.uint64), np.empty(m, dtype=np.uint8), real.astype(np.int64)
        _GLYPHBOX.read_glyphs(page, f.loose_at, f.owner_at, f.unmapped_at, where.ctypes.data, m,
                              boxes.ctypes.data, owner.ctypes.data, unmapped.ctypes.data)
        unmapped = unmapped.view(bool)
    else:
        list(map(f.loose, repeat(page, m), at, range(boxes.ctypes.data, boxes.ctypes.data + 16 * m, 16)))
        owner = np.fromiter(map(f.owner, repeat(page, m), at), dtype=np.uint64, count=m)
        unmapped = np.fromiter(map(f.unmapped, repeat(page, m), at), dtype=bool, count=m)
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if m else np.zeros(0, dtype=np.int64)
    first = real[starts].tolist()  # the size and the matrix are those of the text object: asked once for each
    matrices = np.zeros((len(first), 6), dtype=np.float32)  # a b c d e f
    list(map(f.matrix, repeat(page, len(first)), first,
             range(matrices.ctypes.data, matrices.ctypes.data + 24 * len(first), 24)))
    a, b, c_, d = matrices[:, :4].astype(float).T
    sizes = np.fromiter(map(f.font_size, repeat(page, len(first)), first), dtype=float, count=len(first))
    runs = np.diff(np.r_[starts, m])
    size = np.repeat(sizes * np.array([math.hypot(x, y) for x, y in zip(c_.tolist(), d.tolist())]), runs)
    turn = np.repeat(_turns(a, b, c_, d), runs)
    box = boxes.astype(float)
    below = top - box[:, 3]
    high = np.where(turn == 0, below - size, top - box[:, 1])  # a turned glyph: its box as printed
    glyphs = _Glyphs([text[i] for i in at] if made_up else text, code[real], box[:, 0] - left, box[:, 2] - left,
                     high, below, size, turn, unmapped)
    spaces = []
    rect = c.FS_RECTF()
    for i in made_up:
        if text[i] == " ":
            before = int(np.searchsorted(real, i))
            if before:
                c.FPDFText_GetLooseCharBox(textpage, i, rect)
                spaces.append((before, rect.left - left, top - rect.top))
    return glyphs, spaces, owner


def _turns(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
    """How far text set with the matrices ``a b c d`` (one each) is turned, counterclockwise:
    0 (upright, slanted italics too), 90 (read upwards), 180 (upside down), 270 (read
    downwards), or -1 (mirrored, or turned between those)."""
    out = np.full(len(a), -1, dtype=np.int16)
    level = np.abs(a) >= np.abs(b)  # its lines run across the page, else up or down it
    out[level & (a > 0) & (d > 0) & (b * c <= 0)] = 0
    out[level & (a < 0) & (d < 0) & (b * c <= 0)] = 180
    out[~level & (b > 0) & (c < 0) & (a * d <= 0)] = 90
    out[~level & (b < 0) & (c > 0) & (a * d <= 0)] = 270
    return out


def _turn(a: float, b: float, c: float, d: float) -> int:
    """:func:`_turns` of one matrix."""
    return int(_turns(*(np.array([v], dtype=float) for v in (a, b, c, d)))[0])


def _text_of(textpage: Any, n: int) -> list[str] | None:
    """The ``n`` characters of a text page, one string each ("" for none), read in
    one call; None when they do not come one UTF-16 unit or pair each."""
    import pypdfium2.raw as c

    if n <= 0:
        return []
    buffer = ctypes.create_string_buffer(2 * (n + 1))
    got = c.FPDFText_GetText(textpage, 0, n, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    try:
        text = buffer.raw[:2 * max(got - 1, 0)].decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    if len(text) != n:
        return None
    return ["" if ch == "\0" else ch for ch in text] if "\0" in text else list(text)


class _Fast:
    """PDFium's functions called with bare addresses (ints), which ctypes passes
    faster than typed pointers: the text page's per-character ones, and those
    that walk a page's objects."""

    def __init__(self) -> None:
        import pypdfium2.raw as c

        def bare(function: Any, result: Any, *args: Any) -> Any:
            return ctypes.CFUNCTYPE(result, *args)(ctypes.cast(function, ctypes.c_void_p).value)

        p, i, u = ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t
        self.unicode = bare(c.FPDFText_GetUnicode, ctypes.c_uint, p, i)
        self.generated = bare(c.FPDFText_IsGenerated, i, p, i)
        self.loose = bare(c.FPDFText_GetLooseCharBox, i, p, i, u)
        address = lambda function: ctypes.cast(function, ctypes.c_void_p).value  # noqa: E731
        self.loose_at = address(c.FPDFText_GetLooseCharBox)
        self.owner_at = address(c.FPDFText_GetTextObject)
        self.unmapped_at = address(c.FPDFText_HasUnicodeMapError)
        self.owner = bare(c.FPDFText_GetTextObject, u, p, i)
        self.unmapped = bare(c.FPDFText_HasUnicodeMapError, i, p, i)
        self.matrix = bare(c.FPDFText_GetMatrix, i, p, i, u)
        self.font_size = bare(c.FPDFText_GetFontSize, ctypes.c_double, p, i)
        self.object = bare(c.FPDFPage_GetObject, u, p, i)
        self.form_object = bare(c.FPDFFormObj_GetObject, u, p, ctypes.c_ulong)
        self.kind = bare(c.FPDFPageObj_GetType, i, u)
        self.bounds = bare(c.FPDFPageObj_GetBounds, i, u, u, u, u, u)


_FAST: _Fast | None = None

try:  # the per-glyph calls of :func:`_glyphs` in one C loop (``_glyphbox.c``), where it was built
    from . import _glyphbox as _GLYPHBOX
except ImportError:  # built without a C compiler: the same calls one by one through ctypes
    _GLYPHBOX = None


def _fast() -> _Fast:
    global _FAST
    if _FAST is None:
        _FAST = _Fast()
    return _FAST


#: A box ``(x0, top, x1, bottom)`` in points from the top left corner of the page.
Box = tuple[float, float, float, float]


def _objects(page: Any, left: float, top: float, wide: float, glyphs: _Glyphs, owner: np.ndarray
             ) -> tuple[list[Box], np.ndarray, list[tuple[Box, bool]]]:
    """The boxes of the pieces (subpaths) of the page's paths at least ``wide``
    points wide, inside forms too; and when some of its text objects have no glyph on
    the text page (``owner``: the address of each glyph's), the boxes of those that
    have none, each with whether its font is embedded, and (an array, a box a row)
    of those that have, as far as they may lie over one that has none: those with a
    glyph within two of the page's largest sizes of it."""
    import pypdfium2.raw as c

    shapes: list[Box] = []
    texts: list[tuple[np.ndarray, tuple[float, ...]]] = []  # the addresses of text objects, by form
    m = c.FS_MATRIX()
    lo_x, lo_y, hi_x, hi_y = (ctypes.c_float() for _ in range(4))
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    text, path, form = c.FPDF_PAGEOBJ_TEXT, c.FPDF_PAGEOBJ_PATH, c.FPDF_PAGEOBJ_FORM

    f = _fast()
    at = [ctypes.addressof(v) for v in (lo_x, lo_y, hi_x, hi_y)]

    def bounds(obj: Any, outer: tuple[float, ...]) -> Box:
        """The box of an object (its address, or a handle), in the space of the form it is in."""
        if isinstance(obj, int):
            f.bounds(obj, *at)
        else:
            c.FPDFPageObj_GetBounds(obj, lo_x, lo_y, hi_x, hi_y)
        if outer is identity:
            return lo_x.value - left, top - hi_y.value, hi_x.value - left, top - lo_y.value
        corners = [_apply(outer, x, y) for x in (lo_x.value, hi_x.value) for y in (lo_y.value, hi_y.value)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return min(xs) - left, top - max(ys), max(xs) - left, top - min(ys)

    handle = c.FPDF_PAGEOBJECT

    have = np.unique(owner)
    owners = set(have.tolist())

    def walk(objects: list[int], outer: tuple[float, ...], depth: int) -> None:
        """Files the text objects among ``objects`` (addresses: ints, cheap to pass),
        reads the paths, enters forms; asks the kind only of those that own no glyph."""
        kinds = np.full(len(objects), text, dtype=np.int64)
        other = [k for k, address in enumerate(objects) if address not in owners]
        kinds[other] = np.fromiter(map(f.kind, [objects[k] for k in other]), dtype=np.int64, count=len(other))
        texts.append((np.array(objects, dtype=np.uint64)[kinds == text], outer))
        for k in np.flatnonzero((kinds == path) | (kinds == form)).tolist():
            obj = ctypes.cast(objects[k], handle)
            if kinds[k] == path:
                box = bounds(obj, outer)
                if box[2] - box[0] >= wide and c.FPDFPageObj_GetMatrix(obj, m):
                    shapes.extend(_pieces(obj, _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer), left, top))
            elif depth < 8 and c.FPDFPageObj_GetMatrix(obj, m):
                count = c.FPDFFormObj_CountObjects(obj)
                walk(list(map(f.form_object, repeat(objects[k], count), range(count))),
                     _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer), depth + 1)

    count = c.FPDFPage_CountObjects(page)
    walk(list(map(f.object, repeat(ctypes.cast(page, ctypes.c_void_p).value, count), range(count))), identity, 0)
    if all(np.isin(addresses, have).all() for addresses, _ in texts):
        return shapes, np.zeros((0, 4)), []
    orphans = []
    for addresses, outer in texts:
        for address in addresses[~np.isin(addresses, have)].tolist():
            obj = ctypes.cast(address, handle)
            orphans.append((bounds(obj, outer), bool(c.FPDFFont_GetIsEmbedded(c.FPDFTextObj_GetFont(obj)))))
    reach = OVERPRINT + 2 * float(glyphs.size.max(initial=0.0))
    near = np.zeros(len(owner), dtype=bool)
    for (x0, y0, x1, y1), _ in orphans:
        near |= (glyphs.x1 >= x0 - reach) & (glyphs.x0 <= x1 + reach) & (glyphs.bottom >= y0 - reach) \
            & (glyphs.top <= y1 + reach)
    near_owners = np.unique(owner[near])
    owned = []
    for addresses, outer in texts:
        addresses = addresses[np.isin(addresses, near_owners)].tolist()
        if outer is identity:  # left, bottom, right, top of each object, in one pass
            raw = np.zeros((len(addresses), 4), dtype=np.float32)
            base = raw.ctypes.data
            list(map(f.bounds, addresses, *(range(base + 4 * k, base + 16 * len(addresses) + 4 * k, 16)
                                            for k in range(4))))
            x0, y0, x1, y1 = raw.astype(float).T
            owned.append(np.column_stack((x0 - left, top - y1, x1 - left, top - y0)))
        else:
            owned.append(np.array([bounds(a, outer) for a in addresses], dtype=float).reshape(-1, 4))
    return shapes, np.vstack(owned), orphans


#: How near (points) a space PDFium puts must be to a text object without glyphs
#: for it to stand for that object (a space drawn alone), and how thin that object is.
_NEAR = 0.5


def _account(glyphs: _Glyphs, made_up: list[tuple[int, float, float]], owned: np.ndarray,
             orphans: list[tuple[Box, bool]]) -> tuple[_Glyphs, bool]:
    """Account for the text objects of which PDFium kept no glyph: ``glyphs`` with a
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
    owned = owned[np.argsort(owned[:, 0], kind="stable")]
    lefts = owned[:, 0]
    spaces: dict[int, float] = {}  # glyphs before each space drawn alone: its x
    whole = True
    n = len(glyphs)
    for box, embedded in orphans:
        x0, top, x1, bottom = box
        reach = owned[np.searchsorted(lefts, x0 - OVERPRINT):np.searchsorted(lefts, x0 + OVERPRINT, "right")]
        if (np.abs(reach - box) <= OVERPRINT).all(axis=1).any():  # a box with glyphs within reach on every side
            continue
        if x1 - x0 > _NEAR:
            whole = False
            continue
        near = [(before, x) for before, x, y in made_up
                if x0 - _NEAR <= x <= x1 + _NEAR and top - _NEAR <= y <= bottom + _NEAR]
        if near:
            before, x = near[0]
            gap = float(glyphs.x0[before] - glyphs.x1[before - 1]) if before < n else 0.0
            if gap < 0.6 * glyphs.size[before - 1]:
                spaces[before] = x
            else:
                whole = False  # a glyph lost in a gap PDFium filled with a space
        elif not embedded:
            whole = False
    if not spaces:
        return glyphs, whole
    at = sorted(spaces)
    prev = np.array(at) - 1
    xs = np.array([spaces[b] for b in at], dtype=float)
    text = list(glyphs.text)
    for k, before in enumerate(at):
        text.insert(before + k, " ")
    return _Glyphs(text, np.insert(glyphs.code, at, ord(" ")), np.insert(glyphs.x0, at, xs),
                   np.insert(glyphs.x1, at, xs), np.insert(glyphs.top, at, glyphs.top[prev]),
                   np.insert(glyphs.bottom, at, glyphs.bottom[prev]), np.insert(glyphs.size, at, glyphs.size[prev]),
                   np.insert(glyphs.turn, at, glyphs.turn[prev]), np.insert(glyphs.unmapped, at, False)), whole


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


#: How far text may be turned on a page that is read (counterclockwise, degrees).
_TURNS = (0, 90, 180, 270)


def read_page(page: _Page, number: int = 1) -> PdfPage:
    """One page's glyphs and shapes → :class:`PdfPage`. Text turned a quarter or half
    turn (set to read upwards, downwards or upside down: a rotated box, or a whole page
    set turned) is read as the page turned that way shows it: the page's text is that
    of the way most of its text reads, the text turned other ways follows its body."""
    turn = page.glyphs.turn
    if not turn.any():  # every glyph upright, as on most pages
        return _read_upright(page, number)
    ways = [t for t in _TURNS if (turn == t).any()]
    read = [_read_upright(_turned(page, t), number) for t in ways]
    most = max(range(len(ways)), key=lambda k: (int((turn == ways[k]).sum()), -k))
    main, others = read[most], [r.text for k, r in enumerate(read) if k != most and r.text]
    if not others:
        return main
    body = "\n\n".join([main.body, *others]) if main.body else "\n\n".join(others)
    text = f"{main.masthead}\n\n{body}" if main.masthead else body
    return PdfPage(number, text, body, main.masthead, main.meta)


def _turned(page: _Page, turn: int) -> _Page:
    """The glyphs of ``page`` turned ``turn`` degrees, and its shapes, as the page shows
    them turned back by as much (so that those glyphs stand upright): a page as wide as
    it is high when ``turn`` is a quarter turn."""
    g = page.glyphs.take(page.glyphs.turn == turn)
    w, h = page.width, page.height
    if turn == 0:
        return _Page(w, h, g, page.shapes, page.whole)
    if turn == 90:  # read upwards: the page's bottom edge turned to its left
        x0, x1, bottom, size = h - g.bottom, h - g.top, g.x1, g.size
        shapes = [(h - b, x0_, h - t, x1_) for x0_, t, x1_, b in page.shapes]
        w, h = h, w
    elif turn == 270:  # read downwards: the page's top edge turned to its left
        x0, x1, bottom, size = g.top, g.bottom, w - g.x0, g.size
        shapes = [(t, w - x1_, b, w - x0_) for x0_, t, x1_, b in page.shapes]
        w, h = h, w
    else:  # upside down
        x0, x1, bottom, size = w - g.x1, w - g.x0, h - g.top, g.size
        shapes = [(w - x1_, h - b, w - x0_, h - t) for x0_, t, x1_, b in page.shapes]
    glyphs = _Glyphs(g.text, g.code, x0, x1, bottom - size, bottom, size, np.zeros(len(g), dtype=np.int16),
                     g.unmapped)
    return _Page(w, h, glyphs, shapes, page.whole)


def _read_upright(page: _Page, number: int) -> PdfPage:
    """:func:`read_page` of the upright glyphs of ``page``."""
    glyphs = page.glyphs.take(page.glyphs.upright)
    glyphs = glyphs.take(_kept(glyphs.code, glyphs.x0, glyphs.top, glyphs.size))
    unmapped = int(glyphs.unmapped.sum())
    if unmapped and unmapped * 2 >= len(glyphs) - int(_each_text(glyphs, str.isspace)[0].sum()):
        raise PdfError(f"unreadable text layer: on page {number} the fonts map {unmapped} of {len(glyphs)} glyphs"
                       " to no character; OCR is not supported")
    segs = _stacks(_segments(glyphs.take((glyphs.code != 0) & ~glyphs.unmapped)))
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
    if masthead and masthead_line(masthead) is None:
        # a masthead the page splitter would not know (a page number printed bare: 04 综合 2024年3月15日):
        # what it says is the page's metadata, and it stays out of the text, so that it is no headline
        fields = masthead_fields(masthead)
        if fields:
            meta.update(fields)
            text = body
    return PdfPage(number, text, body, masthead, meta)


def dedupe(chars: list[dict[str, Any]], tolerance: float = OVERPRINT) -> list[dict[str, Any]]:
    """``chars`` (dicts with ``text``, ``x0``, ``top`` and ``size``) without the
    glyphs printed again (see :func:`_kept`)."""
    glyphs = _Glyphs.of(chars)
    return [chars[i] for i in np.flatnonzero(_kept(glyphs.code, glyphs.x0, glyphs.top, glyphs.size, tolerance))]


def _kept(code: np.ndarray, x: np.ndarray, y: np.ndarray, size: np.ndarray,
          tolerance: float = OVERPRINT) -> np.ndarray:
    """Which glyphs (given by columns, in drawing order) are not printed again: a
    glyph is dropped when one kept before it has the same text and size (to 0.1
    point) within ``tolerance`` points across and down. (PDFium leaves out a text
    object drawn again at the same place itself, but not a glyph drawn again alone
    or a little further off.)

    In a few array passes: each glyph's grid cell of ``tolerance`` points, filed by
    text and size, is looked up with the eight around it; only the glyphs with
    another in reach, few on any page, are then compared one by one with the
    glyphs kept before them."""
    n = len(code)
    keep = np.ones(n, dtype=bool)
    if n < 2:
        return keep
    sizes, size_at = np.unique(size, return_inverse=True)
    _, size_id = np.unique(np.array([round(v, 1) for v in sizes.tolist()])[size_at], return_inverse=True)
    _, kind = np.unique(code * (len(sizes) + 1) + size_id, return_inverse=True)  # text and size
    with np.errstate(all="ignore"):
        cx, cy = np.floor_divide(x, tolerance), np.floor_divide(y, tolerance)
    if not (np.isfinite(cx).all() and np.isfinite(cy).all()) or max(np.ptp(cx), np.ptp(cy)) > 1e7:
        return _kept_one_by_one(code, x, y, size, tolerance)
    cx = (cx - cx.min() + 1).astype(np.int64)
    cy = (cy - cy.min() + 1).astype(np.int64)
    high = int(cy.max()) + 2
    cell = (kind.astype(np.int64) * (int(cx.max()) + 2) + cx) * high + cy
    order = np.argsort(cell, kind="stable")
    filed = cell[order]
    twin = filed[1:] == filed[:-1]
    near = np.r_[twin, False] | np.r_[False, twin]  # another glyph in its own cell
    for d in _around(high):  # or in a cell around it
        if d:
            lo = np.minimum(np.searchsorted(filed, filed + d, "left"), n - 1)
            near |= filed[lo] == filed + d
    candidates = np.flatnonzero(near)
    if not len(candidates):
        return keep
    reach = [(np.searchsorted(filed, filed[candidates] + d, "left"),
              np.searchsorted(filed, filed[candidates] + d, "right")) for d in _around(high)]
    for c in np.argsort(order[candidates], kind="stable").tolist():  # in drawing order
        i = int(order[candidates[c]])
        xi, yi = x[i], y[i]
        if any(j < i and keep[j] and abs(x[j] - xi) <= tolerance and abs(y[j] - yi) <= tolerance
               for lo, hi in reach for j in order[lo[c]:hi[c]].tolist()):
            keep[i] = False
    return keep


def _around(high: int) -> list[int]:
    return [dx * high + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def _kept_one_by_one(code: np.ndarray, x: np.ndarray, y: np.ndarray, size: np.ndarray,
                     tolerance: float) -> np.ndarray:
    """:func:`_kept` glyph by glyph, for coordinates too far apart for its grid."""
    keep = np.ones(len(code), dtype=bool)
    filed: dict[tuple[int, float], list[tuple[float, float]]] = {}
    for i, (k, xi, yi, s) in enumerate(zip(code.tolist(), x.tolist(), y.tolist(), size.tolist())):
        kept = filed.setdefault((k, round(s, 1)), [])
        if any(abs(xi - kx) <= tolerance and abs(yi - ky) <= tolerance for kx, ky in kept):
            keep[i] = False
        else:
            kept.append((xi, yi))
    return keep


def _each_text(glyphs: _Glyphs, *tests: Any) -> tuple[np.ndarray, ...]:
    """Each of ``tests`` (predicates of strings) of each glyph's text, asked once per
    different text: an array of booleans for each test."""
    if not len(glyphs):
        return tuple(np.zeros(0, dtype=bool) for _ in tests)
    _, first, inverse = np.unique(glyphs.code, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    texts = [glyphs.text[i] for i in first.tolist()]
    return tuple(np.array([test(t) for t in texts], dtype=bool)[inverse] for test in tests)


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
    """Without a rule: the bottom of the top line that prints ``第X版``, if it is in the top
    part of the page and no body-size line of text stands above it, or of the page's first
    line when its pieces across the page read together as a masthead or dateline
    (``人民法院报`` at one end, ``2024年3月15日 星期五`` at the other)."""
    body = body_size(segs)
    head = sorted((s for s in segs if s.top <= _MAST_ZONE * height), key=lambda s: s.top)
    if head:
        first = sorted((o for o in head if abs(o.top - head[0].top) < 0.5 * head[0].size), key=lambda o: o.x0)
        if masthead_line(" ".join(o.text for o in first)):
            return max(o.bottom for o in first)
    for s in head:
        if _PAGE_NO.search(s.text):
            return max(o.bottom for o in segs if o.top <= s.bottom)
        if abs(s.size - body) < 0.15 * body and len(s.text) > 25:
            return None  # body text first: no masthead
    return None


# ---------------------------------------------------------------- lines


def _segments(glyphs: _Glyphs) -> list[_Seg]:
    """Glyphs → runs on one baseline, cut at gaps wider than a character, in array
    passes: the glyphs in order of baseline (to 0.1 point) and left edge; a row
    goes on while a glyph's bottom is within 0.3 of the smaller size of the row's
    first glyph's; a row, in order of left edge, is cut where the gap to the glyph
    before is over 1.2 of the larger size, or the size changes by over 15% (at a
    glyph not a space, from the last glyph before it that is none); each run becomes a
    :class:`_Seg` (see :func:`_runs`)."""
    n = len(glyphs)
    if not n:
        return []
    bottoms, at = np.unique(glyphs.bottom, return_inverse=True)
    order = np.lexsort((glyphs.x0, np.array([round(v, 1) for v in bottoms.tolist()])[at.reshape(-1)]))
    bottom, size = glyphs.bottom[order], glyphs.size[order]
    # a glyph with the bottom and size of the one before it goes where that one went
    starts, row_bottom, row_size = [], 0.0, 0.0
    moves = np.flatnonzero(np.r_[True, (bottom[1:] != bottom[:-1]) | (size[1:] != size[:-1])]).tolist()
    for k, b, s in zip(moves, bottom[moves].tolist(), size[moves].tolist()):
        if not starts or abs(row_bottom - b) > 0.3 * min(row_size, s):
            starts.append(k)
            row_bottom, row_size = b, s
    row = np.zeros(n, dtype=np.int64)
    row[starts] = 1
    row = np.cumsum(row)
    order = order[np.lexsort((glyphs.x0[order], row))]  # rows stay in order: only glyphs move within them
    g = glyphs.take(order)
    space, ends_latin, starts_ascii = _each_text(g, str.isspace, _ends_latin, _starts_ascii)
    wider = np.maximum(g.size[1:], g.size[:-1])
    # the size a glyph is compared with: the last glyph before it that is no space (a
    # large character, then the full-width spaces indenting a line of text, then its text)
    ink = np.maximum.accumulate(np.where(space, -1, np.arange(n)))[:-1]
    before = np.where(ink >= 0, g.size[np.maximum(ink, 0)], g.size[:-1])
    cut = (row[1:] != row[:-1]) | (g.x0[1:] - g.x1[:-1] > 1.2 * wider) \
        | ((np.abs(g.size[1:] - before) > 0.15 * g.size[1:]) & ~space[1:])
    return _runs(g, np.cumsum(np.r_[True, cut]), space, ends_latin, starts_ascii)


def _runs(g: _Glyphs, run: np.ndarray, space: np.ndarray, ends_latin: np.ndarray,
          starts_ascii: np.ndarray) -> list[_Seg]:
    """Each run (glyphs numbered ``run``, in order) as text: a space where the PDF
    prints one, where Latin letters or digits stand apart, or at a gap of more than
    half a character; none for the spacing of justified Chinese lines. None for a
    run of spaces only. Its size is the most common among its characters (the
    first of those most common, to 0.1 point), its box that of its characters."""
    ink = np.flatnonzero(~space)
    if not len(ink):
        return []
    run = run[ink]
    first = np.r_[True, run[1:] != run[:-1]]
    gap = g.x0[ink[1:]] - g.x1[ink[:-1]]
    size = g.size[ink]
    latin = ends_latin[ink[:-1]] | starts_ascii[ink[1:]]
    spaced = np.r_[False, ~first[1:] & ((ink[1:] - ink[:-1] > 1) | (gap > 0.6 * size[1:])
                                        | (latin & (gap > 0.2 * size[1:])))]
    text = g.text
    pieces = [" " + text[i] if s else text[i] for i, s in zip(ink.tolist(), spaced.tolist())]
    starts = np.flatnonzero(first)
    x0 = np.minimum.reduceat(g.x0[ink], starts).tolist()
    x1 = np.maximum.reduceat(g.x1[ink], starts).tolist()
    top = np.minimum.reduceat(g.top[ink], starts).tolist()
    bottom = np.maximum.reduceat(g.bottom[ink], starts).tolist()
    sizes, at = np.unique(size, return_inverse=True)
    rounded = np.array([round(v, 1) for v in sizes.tolist()])[at.reshape(-1)]
    low, high = np.minimum.reduceat(rounded, starts), np.maximum.reduceat(rounded, starts)
    common = low.tolist()
    ends = np.r_[starts[1:], len(ink)].tolist()
    for k in np.flatnonzero(low != high).tolist():  # sizes that differ a little: the most common
        counts: dict[float, int] = {}
        for v in rounded[starts[k]:ends[k]].tolist():
            counts[v] = counts.get(v, 0) + 1
        common[k] = max(counts, key=counts.__getitem__)
    return [_Seg(x0[k], x1[k], top[k], bottom[k], common[k], "".join(pieces[a:b]))
            for k, (a, b) in enumerate(zip(starts.tolist(), ends))]


def _ends_latin(text: str) -> bool:
    last = text[-1:]
    return last.isascii() and last.isalnum()


def _starts_ascii(text: str) -> bool:
    return text[:1].isascii()


#: A character vertical lines are set in: Han, or CJK punctuation and full-width forms.
_VERTICAL_CHAR = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]").fullmatch


def _stacks(segs: list[_Seg]) -> list[_Seg]:
    """``segs`` with each vertical line made one segment, read top down: three or more
    runs of one Han character (or CJK mark) each, of one size, set one under another at
    the same left edge, less than a third of a character apart (closer than lines of text
    are set, so that a table's column of one-character cells stays as it is), as a
    vertical headline or column label is printed."""
    singles = [s for s in segs if len(s.text) == 1 and _VERTICAL_CHAR(s.text)]
    if len(singles) < 3:
        return segs
    singles.sort(key=lambda s: s.top)
    stacks: list[list[_Seg]] = []
    for s in singles:
        for stack in reversed(stacks):
            last = stack[-1]
            if abs(last.x0 - s.x0) <= 0.3 * s.size and abs(last.size - s.size) < 0.1 * s.size \
                    and -0.1 * s.size <= s.top - last.bottom <= 0.3 * s.size:
                stack.append(s)
                break
        else:
            stacks.append([s])
    lines = [stack for stack in stacks if len(stack) >= 3]
    if not lines:
        return segs
    stacked = {id(s) for stack in lines for s in stack}
    return [s for s in segs if id(s) not in stacked] + [
        _Seg(min(s.x0 for s in stack), max(s.x1 for s in stack), stack[0].top, stack[-1].bottom, stack[0].size,
             "".join(s.text for s in stack), vertical=True) for stack in lines]


# ---------------------------------------------------------------- columns and order


def _columns(segs: list[_Seg], body: float) -> list[tuple[float, float]]:
    """Column intervals: the x ranges between gaps that no body line crosses (a vertical
    line makes no column)."""
    lines = [s for s in segs if abs(s.size - body) < 0.15 * body and not s.vertical]
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


def _assign_all(segs: list[_Seg], cols: list[tuple[float, float]], body: float) -> list[tuple[int, ...]]:
    """The columns each of ``segs`` lies in: those it overlaps by a quarter of the
    narrower of the two; a headline (centred over several columns) any it reaches
    into; else the column whose centre is nearest. In array passes (segments by columns)."""
    if len(cols) == 1:
        return [(0,)] * len(segs)
    x0 = np.array([s.x0 for s in segs])
    x1 = np.array([s.x1 for s in segs])
    size = np.array([s.size for s in segs])
    a, b = np.array(cols, dtype=float).T
    overlap = np.minimum(x1[:, None], b[None, :]) - np.maximum(x0[:, None], a[None, :])
    least = np.where((size >= HEADLINE * body)[:, None], 2.0,
                     0.25 * np.minimum((x1 - x0)[:, None], (b - a)[None, :]))
    over = overlap > least
    centre = (x0 + x1) / 2
    nearest = np.argmin(np.abs(centre[:, None] - ((a + b) / 2)[None, :]), axis=1).tolist()
    out = []
    for k, row in enumerate(over.tolist()):
        hits = tuple(j for j, hit in enumerate(row) if hit)
        out.append(hits or (nearest[k],))
    return out


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
    for s, k in zip(segs, _assign_all(segs, cols, body)):
        s.cols = k
    segs.sort(key=lambda s: (s.top, s.x0))
    out: list[tuple[str, list[_Seg], tuple[float, float] | None]] = []
    band: list[_Seg] = []
    spanning: list[_Seg] = []  # the lines across columns that opened this band
    for s in segs:
        if s.vertical:  # a vertical line belongs to the column it stands in or beside
            s.cols = s.cols[:1]
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
    flat = [s for s in lines if not s.vertical] or lines  # a vertical line beside the text sets no edge
    if flat:  # the column's edges: where its unindented lines start, where its text lines end
        text = [s for s in flat if s.size < HEADLINE * body] or flat
        col = (min(col[0], *(s.x0 for s in flat)), max(col[1], *(s.x1 for s in text)))
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
    column's right edge (so it may go on in the next block); ``top`` and ``end`` are
    the tops of its first and of its last line."""

    text: str
    size: float
    starts: bool
    full: bool = True
    top: float = 0.0
    end: float = 0.0


def _paragraphs(blocks) -> list[str]:
    """Blocks → paragraph strings: a headline block is one line per size, a text
    block is cut into paragraphs; a paragraph cut by a column break is joined (not one
    whose next block starts on the row of its last line: two items printed side by
    side, such as the two ends of a page's footer, are no column break)."""
    out: list[str] = []
    last: _Para | None = None  # the last paragraph, while it may go on in the next block
    for kind, lines, col in blocks:
        if kind == "head":
            out += _headlines(lines)
            last = None
            continue
        paras = _split(lines, col)
        first = paras[0] if paras else None
        if last is not None and first is not None and not first.starts and abs(first.size - last.size) < 0.1 * last.size \
                and abs(first.top - last.end) >= 0.5 * last.size:
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


def _inside_brackets(text: str) -> bool:
    """Whether ``text`` ends inside a bracket it opened (``本报讯（记者``): a line
    broken there, however short, goes on in the next."""
    tail = text[-40:]
    return tail.rfind("（") > tail.rfind("）") or tail.rfind("(") > tail.rfind(")")


def _split(lines: list[_Seg], col: tuple[float, float]) -> list[_Para]:
    """The paragraphs of one text block: a new one at an indent, a change of size,
    after a short line (unless it ends inside an open bracket) or across a vertical gap;
    a vertical line is a paragraph of its own and sets no edge."""
    left, right = col[0], max([col[1]] + [s.x1 for s in lines if not s.vertical])
    paras: list[_Para] = []
    prev: _Seg | None = None
    for s in lines:
        indent = s.x0 - left >= 1.2 * s.size
        if (
            prev is None
            or s.vertical or prev.vertical
            or indent
            or abs(prev.size - s.size) > 0.1 * s.size
            or (right - prev.x1 > 1.5 * prev.size and not _inside_brackets(paras[-1].text))
            or s.top - prev.bottom > 0.9 * s.size
        ):
            paras.append(_Para(s.text, s.size, indent or prev is not None, top=s.top))
        else:
            paras[-1].text = join_wrapped(paras[-1].text, s.text)
        paras[-1].full = right - s.x1 <= 1.5 * s.size
        paras[-1].end = s.top
        prev = s
    return paras
