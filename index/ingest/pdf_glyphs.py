"""A PDF page's glyphs and drawn shapes, as PDFium (or pdfminer) gives them.

In: a pypdfium2 page (or, for a page PDFium did not read whole, a pdfplumber page).
Out: a :class:`PageGlyphs`: the page's size, its glyphs as columns of numbers
(:class:`Glyphs`: text, box, size, turn, whether the font maps it) and the boxes of
its wide drawn lines and shapes, for :mod:`.pdf_layout` to read.

Characters are read with their positions by PDFium (pypdfium2: each glyph's box from
its font's ascent, descent and advance, its size as set, whether its font maps it to a
character; the rules and boxes the page draws, inside forms too): in C, several times
cheaper than pdfminer's interpreter in Python. The glyphs are kept as arrays (numpy).
PDFium gives character boxes one at a time: the three calls each glyph needs are made in
one C loop (``_glyphbox.c``, compiled at install where a C compiler is found) or,
without it, one by one through ctypes, several times more slowly.
PDFium keeps no glyph of a text object that draws only a space (the space is put back)
and may lose text it cannot measure (a font the PDF does not embed and no system font
stands in for): a page of which it lost text is read again by pdfminer (pdfplumber,
:func:`read_again`).

pypdfium2 and pdfplumber are imported only when a PDF is read.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np

#: Glyphs of one text closer than this (points) are one glyph printed twice.
OVERPRINT = 1.5
#: Drawn lines and shapes at least this share of the page wide are kept: the narrowest rule the layout reads.
RULE_WIDE = 0.6

def read_again(data: bytes, loaded: list[PageGlyphs]) -> list[PageGlyphs]:
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


def _plumbed(page: Any) -> PageGlyphs:
    """One pdfplumber page → :class:`PageGlyphs`."""
    chars = [{**{k: c[k] for k in ("text", "x0", "x1", "top", "bottom", "size")},
              "turn": _turn(*c["matrix"][:4]) if c.get("matrix") else 0 if c.get("upright", True) else -1,
              "unmapped": bool(_CID.match(c["text"]))} for c in page.chars]
    shapes = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in page.lines + page.rects]
    return PageGlyphs(page.width, page.height, Glyphs.of(chars), shapes)


@dataclass
class Glyphs:
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

    def take(self, which: np.ndarray) -> Glyphs:
        """The glyphs ``which`` selects (a mask, or indexes in the order wanted)."""
        which = np.flatnonzero(which) if which.dtype == bool else which
        return Glyphs(self.text[which], self.code[which], self.x0[which], self.x1[which],
                       self.top[which], self.bottom[which], self.size[which], self.turn[which],
                       self.unmapped[which])

    @classmethod
    def of(cls, chars: list[dict[str, Any]]) -> Glyphs:
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
class PageGlyphs:
    """What the layout reading needs of one PDF page: its size, its glyphs
    (:class:`Glyphs`) and the boxes ``(x0, top, x1, bottom)`` of its drawn lines
    and shapes (each piece of a path on its own); ``whole`` False when some text of
    the page may be missing from ``glyphs``."""

    width: float
    height: float
    glyphs: Glyphs
    shapes: list[tuple[float, float, float, float]]
    whole: bool = True


def load_page(page: Any) -> PageGlyphs:
    """One pypdfium2 page → :class:`PageGlyphs`: the glyphs of its text page (PDFium's
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
    shapes, owned, orphans = _objects(page.raw, left, top, RULE_WIDE * width, glyphs, owner)
    glyphs, whole = _account(glyphs, made_up, owned, orphans)
    return PageGlyphs(width, top - bottom, glyphs, shapes, whole)


#: Characters PDFium may add to a text page (word and line breaks) that the PDF does not draw.
_MADE_UP = (ord(" "), ord("\r"), ord("\n"))


def _glyphs(textpage: Any, left: float, top: float) -> tuple[Glyphs, list[tuple[int, float, float]], np.ndarray]:
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
    glyphs = Glyphs([text[i] for i in at] if made_up else text, code[real], box[:, 0] - left, box[:, 2] - left,
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


def _objects(page: Any, left: float, top: float, wide: float, glyphs: Glyphs, owner: np.ndarray
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


def _account(glyphs: Glyphs, made_up: list[tuple[int, float, float]], owned: np.ndarray,
             orphans: list[tuple[Box, bool]]) -> tuple[Glyphs, bool]:
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
    return Glyphs(text, np.insert(glyphs.code, at, ord(" ")), np.insert(glyphs.x0, at, xs),
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
