"""Classified paragraphs → draft articles: the third pass of reading a page (:mod:`.pages`).

In: the paragraphs of one page with their kinds (:func:`.kinds.classify`). Out: the
page's :class:`Draft` articles that have text (:meth:`Assembler.run`): each its title,
subtitle, bylines, captions and column, and its text in parts under their headings.

Headlines printed before or after their bodies, stacked headlines (given to the
headline-less article they name: :func:`similarity`), insets, captions and credits are
resolved. A lead-in opens a news item, and the headline just above it is that item's
title. Text read as headlines or credits that no article took stays text where it was
printed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .clean import HAN, JUMP, Paragraph, fix_spacing, join_wrapped, photo_note
from ..analysis.fold import fold
from .kinds import RECORD_FIELD
from .webpage import without_toolbar

#: A part numbered after the first: ``二、…``, ``三、…``.
_LATER_PART = re.compile(r"^(?:[二三四五六七八九]|十[一二三四五六七八九]?)、")
#: A part numbered as the text's first (``一、…``, ``第一章 总则``): under unheaded text, its first part.
_NUMBERED_PART = re.compile(r"^(?:一、|第[一二三四五六七八九十]{1,3}[章节编部分]+\s*\S)")
#: The name of a column of briefs (法院简讯, 执行快讯, 基层动态, 要闻速览, 新闻集锦).
_BRIEFS_COLUMN = re.compile(r"(?:简讯|快讯|短讯|动态|速递|速览|短波|集锦|简报|一句话新闻)\s*$")


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


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
class Draft:
    title: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    parts: list[_Part] = field(default_factory=lambda: [_Part()])
    captions: list[str] = field(default_factory=list)
    start: int | None = None
    closed: bool = False
    photo: bool = False
    parent: "Draft | None" = None
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

    draft: "Draft"
    part: _Part
    index: int


@dataclass
class _Pending:
    text: str
    first: int
    target: Draft | None = None
    spot: _Spot | None = None  # where it was printed, for its text if no article takes it
    placed: bool = False


class Assembler:
    """Walks classified paragraphs and groups them into draft articles."""

    def __init__(self, paras: list[Paragraph]) -> None:
        self.paras = [p for p in paras if (p.text or p.kind == "leadin") and p.kind != "chrome"]
        tail = [p for p in self.paras if p.kind not in ("caption", "credit")]
        self.after_page = bool(tail) and tail[-1].kind == "head"
        #: the page's last line when it is a sentence cut off (:func:`.kinds.cut_sentence`), else None
        self.cut = next((p.text for p in self.paras if p.extra == "cut" and p.kind == "body"), None)
        self.drafts: list[Draft] = []
        self.cur: Draft | None = None
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

    def _open(self, title: str | None = None, first: int = 0) -> Draft:
        spot = self._spot()
        if self.cur is not None:
            self.cur.closed = True
        draft = Draft(title=title, first=first, spot=spot, column=self.column)
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

    def run(self) -> list[Draft]:
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
    def _empty_last_heading(draft: Draft) -> None:
        """A plain heading that ends an article with no text under it (a closing note,
        ``（本文首发于…）``, a line left over once a page's foot is left out) is the
        last line of the text above it, not a section of nothing."""
        last = draft.parts[-1]
        if len(draft.parts) > 1 and last.heading is not None and not last.marked and not last.paras:
            draft.parts.pop()
            draft.parts[-1].paras.append(last.heading)

    def _lone_heading(self, draft: Draft) -> None:
        """A single plain heading in an article is no section: a clause cut by a page
        break (it has a comma) is joined to the text after it, else it is the headline
        of an article of its own; but a heading numbered after the first (``二、…``) is
        a part of the text above it, whose first part is unheaded text, and so is one numbered
        as the first (``一、…``, ``第一章 总则``: the text above it is its opening), one under the
        fields of a record alone (``审理法院:…`` ⏎ ``案号:…``: :data:`.kinds.RECORD_FIELD`), and one under
        a jump line alone (``（上接第1版）``: the text goes on from another page). On a page
        cut off in its article (:func:`.kinds.cut_sentence`), that article's one heading stays a heading."""
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
        if above and all(RECORD_FIELD.match(fold(t)) for t in above):
            return  # 审理法院:… ⏎ 案号:… over the heading: the record of the text it heads, no article of its own
        if above and all(JUMP.match(t.strip()) for t in above):
            return  # （上接第1版） ⏎ （三）…: the text goes on from another page, and the heading is one of its parts
        if "，" in part.heading:
            draft.parts.pop(k)
            draft.parts[k - 1].paras.extend([join_wrapped(part.heading, part.paras[0]), *part.paras[1:]])
            return
        moved, draft.parts = draft.parts[k:], draft.parts[:k]
        new = Draft(title=part.heading, parts=[_Part(None, part.paras, start=part.start), *moved[1:]],
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

        def grams(d: Draft) -> set[str]:
            if id(d) not in leads:
                leads[id(d)] = _bigrams(d.lead())
            return leads[id(d)]

        stacked: dict[int, tuple[Draft, list[str]]] = {}  # id(draft) → the lines stacked above its headline
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

    def _briefs_from(self, first: Draft) -> list[Draft]:
        """The briefs printed one after another from ``first`` on: articles titled by the
        line right above their lead-in, none with a stacked headline of its own."""
        out: list[Draft] = []
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
        orphans: list[tuple[int, int, _Spot | None, list[str], Draft | None]] = []
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


def _unrepeated(lines: list[str], headline: str) -> str:
    """The title the ``lines`` stacked over ``headline`` make with it, in the order printed, a
    headline printed twice once: a page's title line over the same headline, on one line or
    two (``某某法院 -标题`` ⏎ ``某某法院`` ⏎ ``-标题``), is no kicker of its own, nor are the site's
    lines between the first copy and the headline printed again (``标题`` ⏎ ``体育正文 87 0`` ⏎ ``标题``);
    a headline printed three times over (the last two copies read as one line) is one title."""
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
    unit, whole = (_squashed(lines[0]) if lines else ""), _squashed("".join([*lines, headline]))
    if unit and whole == unit * (len(whole) // len(unit)):
        return lines[0]  # 标题 ⏎ 标题 ⏎ 标题: the headline printed over and over is one title
    return " ".join([*lines, headline])
