"""A PDF page's glyphs → its text in reading order.

In: a :class:`.pdf_glyphs.PageGlyphs` (one page's glyphs and drawn shapes). Out: a
:class:`PdfPage`: the page text the page splitter reads (masthead line first, then the
body's headlines and paragraphs on lines of their own between blank lines), the body
alone, and what the masthead says reliably; :class:`PdfError` for a page whose fonts map
most glyphs to no character.

Glyphs drawn twice at (nearly) the same place — bold faked by overprinting — are kept
once (dedupe and lines are made in array passes, not glyph by glyph in Python). Text
turned a quarter or half turn (a page set sideways or upside down, a turned box) is read
as the page turned back shows it; slanted or mirrored text is not read. Characters form
text lines (same size and baseline, cut at wide gaps such as column gutters); characters
set one under another (a vertical headline or label) form a vertical line, read top
down, in the column it stands in or beside. Rules across the page part it into slabs read
top down, each with its own column grid; in a slab, lines are assigned to columns found
from the gaps that no body line crosses. A line across several columns (a headline over
them) cuts the page into horizontal bands; inside a band the text under such a headline
is read first, column by column, then the other blocks column by column, left to right,
each top to bottom. Headlines are lines set clearly larger than the body; paragraphs
start at an indent, after a short line or a vertical gap, or where the font size changes
(captions, credits and jump lines are set smaller). A paragraph cut by a column break is
joined again (not to a line on the row of its last line: the two ends of a page's footer
are no column break). The output has the layout :mod:`.pages` reads.

The masthead (the strip above the first rule across the top of the page, or without a
rule the top lines down to the one printing ``第4版``, or the first line when its pieces
read together as a masthead or dateline: paper name, date, page, section) is the first
line of :attr:`PdfPage.text` in printed order; ``meta["page"]`` is its 版次 number. It is
not parsed as a headline: one the page splitter would not read as a masthead (a page
number printed bare, ``04 综合 2024年3月15日``) gives ``meta`` what it says
(:func:`.masthead.masthead_fields`) and stays out of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .clean import ends_sentence, join_wrapped
from .masthead import masthead_fields, masthead_line
from .pdf_glyphs import OVERPRINT, RULE_WIDE, Glyphs, PageGlyphs

#: A line at least this many times the body size is a headline.
HEADLINE = 1.3
#: Masthead rule: a horizontal line at least RULE_WIDE of the page wide, in this top share of it.
_MAST_ZONE = 0.3
#: A rule at least this share of the page wide parts stories set on different column grids.
_SLAB_WIDE = 0.75

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


#: How far text may be turned on a page that is read (counterclockwise, degrees).
_TURNS = (0, 90, 180, 270)


def read_page(page: PageGlyphs, number: int = 1) -> PdfPage:
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


def _turned(page: PageGlyphs, turn: int) -> PageGlyphs:
    """The glyphs of ``page`` turned ``turn`` degrees, and its shapes, as the page shows
    them turned back by as much (so that those glyphs stand upright): a page as wide as
    it is high when ``turn`` is a quarter turn."""
    g = page.glyphs.take(page.glyphs.turn == turn)
    w, h = page.width, page.height
    if turn == 0:
        return PageGlyphs(w, h, g, page.shapes, page.whole)
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
    glyphs = Glyphs(g.text, g.code, x0, x1, bottom - size, bottom, size, np.zeros(len(g), dtype=np.int16),
                     g.unmapped)
    return PageGlyphs(w, h, glyphs, shapes, page.whole)


def _read_upright(page: PageGlyphs, number: int) -> PdfPage:
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
    glyphs = Glyphs.of(chars)
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


def _each_text(glyphs: Glyphs, *tests: Any) -> tuple[np.ndarray, ...]:
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


def _rules(page: PageGlyphs, wide: float) -> list[float]:
    """The tops of the horizontal rules at least ``wide`` of the page wide, top down."""
    return sorted(top for x0, top, x1, bottom in page.shapes if x1 - x0 >= wide * page.width and bottom - top < 3)


def _masthead_rule(page: PageGlyphs) -> float | None:
    """The top of the first wide horizontal rule in the top part of the page, if any."""
    tops = [top for top in _rules(page, RULE_WIDE) if top < _MAST_ZONE * page.height]
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


def _segments(glyphs: Glyphs) -> list[_Seg]:
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


def _runs(g: Glyphs, run: np.ndarray, space: np.ndarray, ends_latin: np.ndarray,
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
