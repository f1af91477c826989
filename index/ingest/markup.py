"""Saved page texts → the same texts without the HTML markup a save left in them.

In: the decoded text of a page saved as text. Out: the text with HTML tags
(``<p style="…">``, ``</span>``, ``<br />``, comments) taken out of its lines, an
attribute list cut off at the start of the file (``nload="this.remove…" />``: the
save began inside a tag) taken out, and lines that held nothing but markup dropped;
a line closed by ``</p>`` (or another block's end, ``<br>``) is followed by a blank
line, so that it stays a paragraph of its own.
Angle brackets that are no markup stay: ``<中华人民共和国婚姻法>`` (book-title marks
typed as ``<>``), ``< 点此加入 >``, ``>>>>``. A text without markup is returned as it is,
after one regular-expression scan.

:func:`strip_markdown` does the same for a Markdown page (``.md``): emphasis marks,
links (their text kept), images, quote marks, list bullets, rules and code fences
out; the ``#`` heading marks stay for the page parser, which reads them.
"""

from __future__ import annotations

import re

#: A tag: ``<`` and an ASCII tag name (or ``/`` and one), its attributes, ``>``; or a comment.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>\n]*?)?\s*/?>|<!--.*?-->")
_ATTR = r"""[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"\n]*"|'[^'\n]*')"""
#: The tail of a tag whose start was not saved: attributes, then ``>`` or ``/>``.
_CUT_TAG = re.compile(rf"^\s*(?:{_ATTR}\s*)+/?>")
#: Whether a text may hold markup at all.
_ANY = re.compile(r"</?[A-Za-z]|<!--|=\s*[\"'][^\n]*[\"']\s*/?>")


def strip_markup(text: str) -> str:
    """``text`` without HTML tags and a cut-off tag at its start; a line that held
    nothing but markup is dropped, other lines keep their place."""
    if not _ANY.search(text):
        return text
    out: list[str] = []
    for k, line in enumerate(text.split("\n")):
        kept = _TAG.sub("", line)
        if k == 0 or not out or not "".join(out).strip():  # the file's first line of text
            kept = _CUT_TAG.sub("", kept)
        if kept.strip() or not line.strip():
            block = bool(kept.strip()) and _BLOCK_END.search(line) is not None
            if block and out and out[-1].strip():
                out.append("")  # a paragraph of its own (…</p>): no wrap joins it to the line before
            out.append(kept.rstrip() if kept != line else line)
            if block:
                out.append("")  # nor the next line to it
    return "\n".join(out)


#: A tag that ends a paragraph, at the end of a line.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|div|li|td|tr|center)\s*>\s*$|<br\s*/?>\s*$", re.I)


_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![*A-Za-z0-9])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*A-Za-z0-9])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
#: Line starts that are markup: quote marks, list bullets (``- ``, ``* ``, ``+ ``).
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")
#: Lines that are markup alone: rules (``---``, ``***``), code fences, table rules.
_MD_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|```.*|~~~.*|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?)\s*$")


def strip_markdown(text: str, *, bullets: bool = False) -> str:
    """A Markdown page's text without its inline markup and markup-only lines: link
    text kept, images, emphasis marks, quote marks, bullets, rules and fences out
    (a line left empty stays, as a paragraph break; a list item is a paragraph of its
    own); ``#`` headings as they are. With ``bullets`` a list item keeps its ``- ``
    (``* ``, ``+ ``), for a reader that tells list items from headings."""
    out: list[str] = []
    for line in text.split("\n"):
        if _MD_RULE.match(line):
            out.append("")
            continue
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_QUOTE.sub("", line)
        line, item = (line, _MD_BULLET.match(line) is not None) if bullets else _MD_BULLET.subn("", line)
        line = _MD_STRONG.sub(r"\2", line)
        line = _MD_EM.sub(r"\1", line)
        out.append(_MD_CODE.sub(r"\1", line))
        if item:
            out.append("")  # no wrap joins the next item to it
    return "\n".join(out)
