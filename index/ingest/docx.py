"""Word files (``.docx``) → articles, by their paragraph styles.

In: a ``.docx`` file (a press release, or several articles in one file). Out:
:class:`~.inputs.Record` objects, one per article, numbered ``stem#1``, ``#2`` … in
the order of the file, or a :class:`~.inputs.Skip` saying why not.

The styles carry the structure, so no layout is guessed (but in a file that uses no
heading style and opens with a short line set bold or large, that line is the title and
later short bold lines are section headings): the highest heading level
used in the file (``Title``/``标题``, else ``Heading 1``/``标题 1``, …) opens an
article and is its title; lower headings (``Heading 2``, ``标题 3`` …) open its
sections; a ``Subtitle`` paragraph right after the title is its subtitle;
``Caption``/``题注`` paragraphs are its captions; a line of reporters' names opening
with their role (``本报记者 张三 通讯员 李四``) right under them is its byline, as is the
credit of a lead-in opening its text (``本报讯（记者 张三）…``: a bare ``本报讯`` is dropped,
a dateline kept, as on a newspaper page). A short line right above a paragraph opening
with a lead-in is the title of a brief of its own, as on a page of briefs; a heading
with nothing but such briefs under it (``法院简讯``) is their ``column`` (metadata).
A paragraph that prints only fields of the text above its text (``发布时间：… 来源：… 作者：…``, a
masthead: :func:`.masthead.field_line`, :func:`.masthead.masthead_line`) gives the article's date,
source and byline and is no text; under a short line typed as body text it makes that line the
title. A paper's name alone in the first paragraph (:func:`.masthead.name_on_top`) is the source
of the file's articles, no article of its own.
Body paragraphs are the sections' lines; a table becomes one line per row, its cells
joined with `` | `` (a merged cell counted once); a table of one column, a frame set around
the text, gives the paragraphs in it, read as the body's. Footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``)
are a last section of the article that cites them, one line each, footnotes first;
notes no paragraph cites go after the last article. Text is read as Word shows it: tracked insertions and content
controls in, tracked deletions out, moved text once where it was moved to. Text before the first heading is an article with a title taken from
its lead sentence. Headers and footers are not body text: a masthead printed in the
header (``人民法院报 2024年3月15日 星期五 第4版 执行``) gives the articles' ``date`` and
``source`` and the ``page`` and ``section`` of their metadata, else a full date printed
there (``2024年3月15日``) becomes their ``date``.

An old binary Word file (``.doc``) is skipped by :mod:`.readers`, saying to save it as .docx.
python-docx is imported only when a Word file is read.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..analysis.chars import normalize_chars
from ..documents import Article, Section, article_id
from .clean import clean_byline, ends_sentence, is_byline_line, lead_in, match_lead_in
from .dates import iso_date
from .inputs import Record, Skip, oversize
from .masthead import field_line, masthead_line, name_date_source, name_on_top
from .pages import TITLE_MAX, fallback_title, with_page_meta

_HEADING = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE = {"title", "标题"}
_SUBTITLE = {"subtitle", "副标题"}
_CAPTION = {"caption", "题注"}
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")


def read_docx(path: Path, source: str, max_mb: float = math.inf) -> Iterator[Any]:
    """The articles of one Word file as Records, or a Skip saying why not."""
    try:
        if (big := oversize(path, source, max_mb)) is not None:
            yield big
            return
        size = path.stat().st_size  # progress: the bytes read when each article is given
        articles = docx_articles(path, source)
    except ValueError as e:
        yield Skip(str(path), str(e), source)
        return
    except OSError as e:
        yield Skip.unreadable(path, e, source)
        return
    if not articles:
        yield Skip(str(path), "empty: the Word file has no text", source)
        return
    named = name_date_source(path.name)  # the date and outlet of its file name, where the file prints none
    articles = [with_page_meta(a, named) for a in articles] if named else articles
    for n, article in enumerate(articles, 1):
        yield Record(path, article, size * n // len(articles))


def _open(path: Path) -> Any:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    other = _other_package(path)
    if other:
        raise ValueError(other)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as e:
        head = path.read_bytes()[:4]
        if head == b"\xd0\xcf\x11\xe0":
            raise ValueError("not a .docx package: an encrypted or old-format Word file"
                             " (remove the password, or save it as .docx)") from None
        if not zipfile.is_zipfile(path):
            raise ValueError("not a Word file: a .docx is a ZIP package and this file is none"
                             " (open it in Word and save it as .docx)") from None
        raise ValueError(f"broken Word file: {e}") from None


#: What the main part of another Office package says it is.
_OTHER_OFFICE = {"xl/workbook.xml": "an Excel workbook (.xlsx)", "ppt/presentation.xml": "a PowerPoint file (.pptx)"}


def _other_package(path: Path) -> str | None:
    """Why a ZIP file named .docx is no Word file, when it is another package: an Excel or
    PowerPoint file, or an archive of other files (``照片/1.jpg``, ``说明.txt``); None when it
    holds a Word document (or is no readable ZIP: python-docx then says what is wrong)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = [i.filename for i in z.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if any(n.startswith("word/") for n in names):
        return None
    for part, kind in _OTHER_OFFICE.items():
        if part in names:
            return f"not a Word file: {kind} named .docx (save it under its own extension, or as .docx from Word)"
    if "[Content_Types].xml" in names:
        return None  # an Office package of another make: python-docx names what it holds
    shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    return (f"not a Word file: a ZIP archive of {len(names)} file{'s' if len(names) != 1 else ''}"
            f" ({shown}); unpack it and index what it holds")


def _level(style: str) -> int | None:
    """0 for a title style, 1–9 for a heading, None for any other paragraph."""
    low = style.strip().lower()
    if low in _TITLE:
        return 0
    m = _HEADING.match(low)
    return int(m.group(1)) if m else None


def _text(s: str) -> str:
    return normalize_chars(re.sub(r"\s+", " ", s)).strip()


def _xml_text(element: Any) -> str:
    """All the text under a WordprocessingML element as Word shows it: runs anywhere
    below it (also inside tracked insertions, content controls, hyperlinks and text
    boxes, which python-docx's ``.text`` leaves out), tabs and breaks as spaces, nested
    paragraphs apart; deleted text (``w:delText``) left out, and so is the copy of a
    text box Word writes for older readers (``mc:Fallback`` beside the ``mc:Choice``
    it shows), so that a text box is read once, and text a tracked move took away
    (``w:moveFrom``: Word shows it where it was moved to, ``w:moveTo``), so that moved
    text is read once, at its new place."""
    from docx.oxml.ns import qn

    t, tab, br, cr, p = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:p")
    parts: list[str] = []
    if next(element.iter(_FALLBACK, _MOVED_AWAY), None) is None:  # the usual case, read in one pass
        for el in element.iter(t, tab, br, cr, p):
            if el.tag == t:
                parts.append(el.text or "")
            elif el is not element:
                parts.append(" ")
        return "".join(parts)
    spaced = {tab, br, cr, p}

    def walk(el: Any) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str):  # a comment or processing instruction
                continue
            if tag == t:
                parts.append(child.text or "")
                continue
            if tag in (_FALLBACK, _MOVED_AWAY):
                continue
            if tag in spaced:
                parts.append(" ")
            walk(child)

    walk(element)
    return "".join(parts)


#: The alternative content Word writes beside a drawing for readers that lack it (a
#: text box again, as a VML shape): never read, as Word shows the ``mc:Choice``.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: Text a tracked move took from here (Word shows it at its ``w:moveTo``): never read.
_MOVED_AWAY = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}moveFrom"


def _row(row: Any) -> str:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue  # a merged cell is listed once per grid column it spans
        seen.add(id(cell._tc))
        cells.append(_text(_xml_text(cell._tc)))
    return " | ".join(cells)


def _items(document: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, also those inside content controls
    (``w:sdt``), tracked insertions and moves to their place (``w:ins``, ``w:moveTo``) and
    custom XML, which python-docx passes over; not those a tracked move took away
    (``w:moveFrom``). A table of one column (a frame or box set around text, as offices lay
    out a release in a table cell) gives the paragraphs and tables inside its cells, each
    read as the body's are, not rows."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    p, tbl = qn("w:p"), qn("w:tbl")
    wrappers = {qn("w:sdt"), qn("w:sdtContent"), qn("w:ins"), qn("w:moveTo"), qn("w:customXml")}
    parent = document._body

    tr, tc = qn("w:tr"), qn("w:tc")

    def walk(element: Any) -> Iterator[Any]:
        for child in element.iterchildren():
            if child.tag == p:
                yield Paragraph(child, parent)
            elif child.tag == tbl:
                rows = [row.findall(tc) for row in child.iterchildren(tr)]
                if rows and all(len(cells) == 1 for cells in rows):  # a frame around text: its paragraphs
                    for (cell,) in rows:
                        yield from walk(cell)
                else:
                    yield Table(child, parent)
            elif child.tag in wrappers:
                yield from walk(child)

    yield from walk(document.element.body)


def blocks(document: Any, with_notes: bool = False) -> list[tuple[str, int | None, Any]]:
    """The body in order: ``(kind, level, text)`` with kinds ``head`` (level 0–9),
    ``sub``, ``caption``, ``text`` and ``row`` (a table row); ``with_notes`` adds a
    ``("note", None, (kind, id))`` after the paragraph or table that refers to a
    footnote or endnote."""
    from docx.enum.style import WD_STYLE_TYPE

    # Style names looked up once: python-docx's paragraph.style searches the style
    # table again for every paragraph, which was most of the reading time.
    names = {st.style_id: st.name for st in document.styles if st.type == WD_STYLE_TYPE.PARAGRAPH}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    plain = default.name if default is not None else ""
    out: list[tuple[str, int | None, str]] = []
    for item in _items(document):
        if with_notes:
            refs = _note_refs(item._element)
            if refs:  # after the item's own text: the note follows what cites it
                out += _item_blocks(item, names, plain)
                out += [("note", None, ref) for ref in refs]
                continue
        out += _item_blocks(item, names, plain)
    return out


def _item_blocks(item: Any, names: dict[str, str], plain: str) -> list[tuple[str, int | None, Any]]:
    """The blocks of one paragraph or table of the body (see :func:`blocks`)."""
    from docx.table import Table

    out: list[tuple[str, int | None, Any]] = []
    if isinstance(item, Table):
        return [("row", None, line) for line in (_row(r) for r in item.rows) if line.strip(" |")]
    text = _text(_xml_text(item._p))
    if not text:
        return out
    style = names.get(item._p.style, plain) or ""
    level = _level(style)
    if level is not None:
        out.append(("head", level, text))
    elif style.strip().lower() in _SUBTITLE:
        out.append(("sub", None, text))
    elif style.strip().lower() in _CAPTION:
        out.append(("caption", None, text))
    else:
        out.append(("text", DISPLAYED if _displayed(item) else None, text))
    return out


#: The level of a ``text`` block set apart by its formatting alone (see :func:`_displayed`).
DISPLAYED = -1
#: The smallest font size (points) of a line set as a title by its size alone.
TITLE_PT = 15.0


def _displayed(paragraph: Any) -> bool:
    """Whether a plain paragraph is set apart as a title is, by direct formatting instead
    of a heading style: every run of text bold, or at least :data:`TITLE_PT` points (a
    title typed in the body font made large, as many office files set it)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    return all(r.bold for r in runs) or all(r.font.size is not None and r.font.size.pt >= TITLE_PT for r in runs)


def _date_line(text: str) -> str | None:
    """The date (ISO) of a line that is only a date, as a release prints it under its title
    (``（2024年3月20日）``, ``2024年3月20日 星期三``, ``二〇二四年三月二十日``); else None."""
    from ..analysis.fold import fold
    from .web_fields import dated_line

    bare = text.strip().strip("（）()〔〕【】[] ")
    if not bare or len(bare) > 30 or ends_sentence(bare):
        return None
    if re.fullmatch(r"[\d〇○零一二三四五六七八九十年月日号\-./\s]+", bare) or re.fullmatch(
            r".*[日号]\s*(?:星期|周)[一二三四五六日天]", bare):
        try:
            return iso_date(bare)
        except ValueError:  # a month alone (2024年3月), no date at all
            return dated_line(fold(bare))
    return None


_NOTE_KINDS = ("footnote", "endnote")
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


def notes(document: Any) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote (``word/footnotes.xml``,
    ``word/endnotes.xml``, which python-docx does not read), by ``(kind, id)``, in
    the order of the file: footnotes first; separators and empty notes left out."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    out: dict[tuple[str, str], str] = {}
    for kind, reltype in zip(_NOTE_KINDS, (RT.FOOTNOTES, RT.ENDNOTES)):
        try:
            part = document.part.part_related_by(reltype)
        except KeyError:
            continue  # the file has none
        try:
            root = part.element if hasattr(part, "element") else parse_xml(part.blob)
        except SyntaxError as e:  # lxml's XMLSyntaxError: not read, rather than lost unsaid
            raise ValueError(f"broken Word file: its {kind}s cannot be read ({e})") from None
        for note in root.iterchildren(qn(f"w:{kind}")):
            if note.get(qn("w:type")) in _NOT_NOTES:
                continue
            text = _text(" ".join(_xml_text(p) for p in note.iter(qn("w:p"))))
            if text:
                out[(kind, note.get(qn("w:id")) or "")] = text
    return out


def _note_refs(element: Any) -> list[tuple[str, str]]:
    """The ``(kind, id)`` of the footnotes and endnotes an element of the body refers to."""
    from docx.oxml.ns import qn

    tags = {qn(f"w:{kind}Reference"): kind for kind in _NOTE_KINDS}
    return [(tags[el.tag], el.get(qn("w:id")) or "") for el in element.iter(*tags)]


def header_meta(document: Any) -> dict[str, Any]:
    """What a section header prints of the page: a masthead (``人民法院报 2024年3月15日
    星期五 第4版 执行``) gives its date, source, page and section, as a PDF page's
    masthead does; else the first full date printed in a header is the date. Empty
    when no header prints a date."""
    dated: dict[str, Any] = {}
    for section in document.sections:
        for part in (section.header, section.first_page_header):
            if part.is_linked_to_previous:
                continue  # no header of its own
            for p in part.paragraphs:
                found = masthead_line(normalize_chars(p.text))
                if found and found.get("date") and (found.get("source") or found.get("page")):
                    return found
                m = _DATE.search(p.text)
                if m and not dated:
                    try:
                        dated = {"date": iso_date(m.group(0))}
                    except ValueError:
                        continue
    return dated


@dataclass
class _Draft:
    """An article being read: its title, subtitle, ``[heading, lines]`` parts, captions."""

    title: str | None
    subtitle: str | None = None
    byline: str | None = None
    parts: list[tuple[str | None, list[str]]] = field(default_factory=lambda: [(None, [])])
    captions: list[str] = field(default_factory=list)
    notes: set[tuple[str, str]] = field(default_factory=set)  # the footnotes and endnotes it cites
    column: str | None = None  # the heading of a page of briefs it is one of (法院简讯)
    date: str | None = None  # a date printed alone under its title
    printed: dict[str, Any] = field(default_factory=dict)  # what a field line under its title says (发布时间：…)

    @property
    def has_text(self) -> bool:
        return len(self.parts) > 1 or bool(self.parts[0][1])


def _brief_title(text: str, after: tuple[str, Any, str] | None) -> bool:
    """Whether a body paragraph is the title of a brief: a short line, no sentence, right
    above a paragraph opening with a lead-in (``本报讯 …``, ``本报讯（记者 张三）…``), as
    a page of briefs prints each item (a ``——`` subtitle line is none)."""
    return (after is not None and after[0] == "text" and match_lead_in(after[2]) is not None
            and len(text) <= TITLE_MAX and not ends_sentence(text) and match_lead_in(text) is None
            and not text.startswith(("—", "-", "□", "■")) and not is_byline_line(text))


def _heading_like(text: str) -> bool:
    """A line that can be a title or heading: short, no sentence, no lead-in or credit."""
    return (len(text) <= TITLE_MAX and not ends_sentence(text) and "。" not in text
            and match_lead_in(text) is None and not is_byline_line(text) and _date_line(text) is None)


def _typed_title(items: list[tuple[str, int | None, Any]]) -> bool:
    """Whether the first paragraph of a file is a title set by direct formatting."""
    first = next((b for b in items if b[0] != "note"), None)
    return first is not None and first[0] == "text" and first[1] == DISPLAYED and _heading_like(first[2])


def _printed_fields(text: str) -> dict[str, Any] | None:
    """What a paragraph that prints only fields of the text says of it: a masthead or dateline
    (``人民法院报 2024年3月15日 第4版``) or a line of labelled fields (``发布时间：2024-03-15 来源：…``,
    ``作者：张三``: :func:`.masthead.field_line`), as ``date``, ``source``, ``byline`` …; else None."""
    line = normalize_chars(text)
    return masthead_line(line) or field_line(line)


def _typed_head(draft: _Draft) -> str | None:
    """The one short unfinished line an untitled draft holds so far (a title typed as body
    text), else None."""
    if draft.title is None and len(draft.parts) == 1 and len(draft.parts[0][1]) == 1 \
            and _heading_like(draft.parts[0][1][0]):
        return draft.parts[0][1][0]
    return None


def _bare(draft: _Draft) -> bool:
    """A heading with nothing under it yet: no text, subtitle, byline, caption or note."""
    return (draft.title is not None and not draft.has_text and draft.subtitle is None and draft.byline is None
            and not draft.captions and not draft.notes)


def docx_articles(path: Path, source: str) -> list[Article]:
    """The articles of the Word file at ``path`` (named ``source``); ValueError if unreadable."""
    document = _open(path)
    found = notes(document)
    items = blocks(document, with_notes=bool(found))
    header = header_meta(document)
    date = header.get("date")
    top = min((lvl for kind, lvl, _ in items if kind == "head" and lvl is not None), default=None)
    # a file with no heading style whose first paragraph is a short line set bold or large
    # (an office's release): that line is the title, and later such lines its section headings
    typed = top is None and _typed_title(items)
    drafts: list[_Draft] = []
    cited: set[tuple[str, str]] = set()
    printed: dict[str, Any] = {}  # what the file prints of itself above its first article
    for at, (kind, level, text) in enumerate(items):
        if at == 0 and kind == "text" and (named := name_on_top(text, items[1][2] if len(items) > 1 else "")):
            printed.update(named)  # 人民法院报 alone above the headline: the file's outlet, no article
            continue
        if kind == "text" and (not drafts or not drafts[-1].has_text or _typed_head(drafts[-1])) \
                and (fields := _printed_fields(text)) is not None:
            if drafts and _typed_head(drafts[-1]):  # 标题 ⏎ 发布时间：… 来源：…: the line above is the title
                drafts[-1].title = drafts[-1].parts[0][1].pop()
            for k, v in fields.items():
                (drafts[-1].printed if drafts else printed).setdefault(k, v)
            continue
        if kind == "head" and level == top:
            drafts.append(_Draft(text))
            continue
        if kind == "text" and _brief_title(text, items[at + 1] if at + 1 < len(items) else None):
            column = drafts[-1].column if drafts else None
            if drafts and _bare(drafts[-1]):  # 法院简讯 over its briefs: their column, no article
                column = drafts.pop().title
            drafts.append(_Draft(text, column=column))
            continue
        if typed and kind == "text" and level == DISPLAYED and _heading_like(text):
            if not drafts:
                drafts.append(_Draft(text))
                continue
            if drafts[-1].has_text:
                drafts[-1].parts.append((text, []))
                continue
        if not drafts:
            drafts.append(_Draft(None))  # text before the first heading
        cur = drafts[-1]
        if kind == "note":
            if text in found and text not in cited:
                cited.add(text)
                cur.notes.add(text)
        elif kind == "head":
            cur.parts.append((text, []))
        elif kind == "sub" and cur.title is not None and cur.subtitle is None and not cur.has_text:
            cur.subtitle = text
        elif kind == "text" and cur.title is not None and cur.date is None and not cur.has_text and (
                (day := _date_line(text)) is not None):
            cur.date = day  # （2024年3月20日） under the title: the article's date, no text
        elif kind == "caption":
            cur.captions.append(text)
        elif kind == "text" and cur.title is not None and cur.byline is None and not cur.has_text and (
                is_byline_line(text.lstrip("□■ "))):
            cur.byline = clean_byline(text)
        elif kind == "text" and cur.title is not None and not cur.has_text and (lead := lead_in(text)) is not None:
            # 本报讯（记者 张三）… opening the text: the credit is the byline, a bare 本报讯 goes, as on a page
            if lead.credit and cur.byline is None:
                cur.byline = clean_byline(lead.credit)
            rest = " ".join(filter(None, (lead.dateline, lead.rest)))
            if rest:
                cur.parts[-1][1].append(rest)
        else:
            cur.parts[-1][1].append(text)
    if len(cited) < len(found):  # notes no paragraph cites: after the last article
        if not drafts:
            drafts.append(_Draft(None))
        drafts[-1].notes.update(found.keys() - cited)
    articles = []
    for d in drafts:
        if d.notes:  # after the body, footnotes then endnotes, in the order of the file
            d.parts.append((None, [text for key, text in found.items() if key in d.notes]))
        sections = tuple(Section(h, "\n".join(lines)) for h, lines in d.parts if h is not None or lines)
        n = len(articles) + 1
        articles.append(Article(
            id=article_id(source, n), file=source,
            title=d.title or fallback_title("\n".join(s.text for s in sections)),
            sections=sections or (Section(None, ""),), ordinal=n, title_is_fallback=d.title is None,
            subtitle=d.subtitle, byline=d.byline or d.printed.get("byline"), captions=tuple(d.captions),
            date=d.date or d.printed.get("date") or date, source=d.printed.get("source"),
            meta={**{k: v for k, v in d.printed.items() if k not in ("date", "source", "byline")},
                  **({"column": d.column} if d.column else {})},
        ))
    printed.pop("byline", None)
    page = {**header, **printed} if len(header) > 1 else printed
    return [with_page_meta(a, page) for a in articles] if page else articles
