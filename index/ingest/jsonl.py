"""JSONL files → their articles, line by line, each bad line a Skip naming ``file:line``.

In: a ``.jsonl`` or ``.ndjson`` file (optionally ``.gz``; UTF-8, or UTF-16 with its BOM or
without), one article a line in the schema ``{"id", "title", "text", …}``. Out: a
:class:`~.inputs.Record` per valid line, a :class:`~.inputs.Skip` per bad one (or one Skip
of the whole file when no line gives a record). ``text`` may hold ``## `` headings (the
article's sections), and the fields an export adds (``captions``, ``file``, ``ordinal``,
…) are read back. Title and text get the same character normalisation as pages (full-width
letters and digits narrowed, Chinese punctuation kept); a title, subtitle or byline is one
line (each run of whitespace one space, as in a web page's title); a ``date`` in any form
:mod:`.dates` reads (``2024年5月3日``, ``2024.5.3``, a Unix timestamp) becomes ``YYYY-MM-DD``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import zlib
from pathlib import Path
from typing import Any, Iterator

from ..analysis.chars import normalize_chars
from ..documents import Article, Section
from .dates import iso_date, number_date
from .decoding import mend_utf8, mostly_utf8
from .inputs import Record, Skip
from .sources import canonical_source

def read_jsonl(path: Path, source: str, seen_ids: dict[str, str]) -> Iterator[Record | Skip]:
    """The records of one JSONL file (UTF-8, or UTF-16 with its BOM or without); each bad line
    is a Skip naming ``file:line``.

    A file that gives no record at all (empty, or every line bad) is one Skip of the
    whole file, whose ``lines`` say why each line was skipped: the bad lines before
    the first record are held back until it comes, so that a file is never counted
    both whole and line by line.
    """
    records = 0
    held: list[Skip] = []  # the bad lines before the first record
    absolute = os.path.abspath(path)  # where a duplicate id's reason says the id was first, as a reason names a path

    def bad_line(skip: Skip) -> Iterator[Skip]:
        if records:
            yield skip
        else:
            held.append(skip)

    try:
        with open(path, "rb") as raw:
            # a .jsonl.gz that holds no gzip data (a browser unpacked the download and kept its
            # name) is read as the JSONL it holds
            gzipped = path.name.lower().endswith(".gz") and raw.peek(2)[:2] == b"\x1f\x8b"
            stream = gzip.GzipFile(fileobj=raw) if gzipped else raw
            utf16 = _utf16_of(stream.peek(2)[:2])
            if utf16:  # UTF-16, as Windows tools save text, with its BOM or without
                stream = _utf16_lines(stream, utf16)
            for n, line, bad in _text_lines(stream):
                if isinstance(line, UnicodeDecodeError):
                    if not records and not held:  # from the first line on: another encoding
                        yield Skip(str(path), f"undecodable: JSONL must be UTF-8 (line {n}: invalid byte"
                                              f" at column {line.start + 1})", source)
                        return
                    yield from bad_line(Skip(f"{path}:{n}", f"line {n}: not UTF-8 (invalid byte at column"
                                                            f" {line.start + 1}); JSONL must be UTF-8"))
                    continue
                if not line.strip().strip("\x00"):  # blank, or the NULs a crash left after the last record
                    continue
                nuls = line.count("\x00")
                if nuls:  # a NUL is no text, in a JSON string or out of one: dropped, and said
                    line = line.replace("\x00", "")
                where = f"{path}:{n}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    yield from bad_line(Skip(where, f"bad JSON line {n}: {e.msg} (column {e.colno})"))
                    continue
                halves = 0
                if _SURROGATE_ESCAPE.search(line):  # an escape of half a character (\ud83d alone) is no character
                    obj, halves = without_halves(obj)
                try:
                    article = record_article(obj, source, n)
                except ValueError as e:
                    yield from bad_line(Skip(where, f"line {n}: {e}"))
                    continue
                first = seen_ids.get(article.id)
                if first is not None:
                    yield from bad_line(Skip(where, f"line {n}: duplicate id {article.id!r} (first at {first})"))
                    continue
                seen_ids[article.id] = f"{absolute}:{n}"
                if not records:
                    yield from held
                    held.clear()
                records += 1
                yield Record(path, article, raw.tell(), n, bad, halves, nuls)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        read = f"; the {records} record{'s' if records > 1 else ''} before it read" if records else ""
        yield Skip(str(path), f"unreadable: {e or 'truncated'}{read}", source, lines=_reasons(held))
        return
    except OSError as e:
        yield Skip(str(path), f"unreadable: {e}", source, transient=True, lines=_reasons(held))
        return
    if records == 0:
        bad = len(held)
        yield Skip(str(path), f"no valid record: {bad} line{'s' if bad > 1 else ''} skipped" if bad else "empty",
                   source, lines=_reasons(held))


_HALF = re.compile("[\ud800-\udfff]")
#: A JSON escape of a surrogate, half a character (``\ud83d``): alone it gives no character.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def without_halves(value: Any) -> tuple[Any, int]:
    """``value`` (a JSON value) with each lone surrogate in its strings (and keys) read as
    U+FFFD, and how many there were. JSON escapes half a character as ``\\ud83d`` where a
    tool cut a text by UTF-16 units (as JavaScript counts), through an emoji; such a half
    can be neither printed nor stored as UTF-8."""
    if isinstance(value, str):
        return _HALF.subn("\ufffd", value)
    if isinstance(value, list):
        pairs = [without_halves(v) for v in value]
        return [v for v, _n in pairs], sum(n for _v, n in pairs)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        total = 0
        for key, v in value.items():
            key, n = without_halves(key)
            out[key], m = without_halves(v)
            total += n + m
        return out, total
    return value, 0


def _reasons(skips: list[Skip]) -> tuple[str, ...]:
    return tuple(s.reason for s in skips)


_EOL = re.compile(r"\r\n?|\n")


def _utf16_of(head: bytes) -> str | None:
    """The UTF-16 codec of a JSONL file opening with ``head``, its first two bytes, or None
    when it is no UTF-16: a BOM (``utf-16``, as Notepad's "Unicode" and PowerShell's ``>``
    save text), or else a NUL beside an ASCII character, the first of a JSON line (``{``, a
    space, a line end), which UTF-8 JSON never holds (``utf-16-le`` ``{\\0``, ``utf-16-be``
    ``\\0{``: a file saved without its BOM)."""
    if head in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if len(head) == 2 and head.count(0) == 1 and 0 < max(head) < 0x80:
        return "utf-16-le" if head[1] == 0 else "utf-16-be"
    return None


def _utf16_lines(stream: Any, encoding: str = "utf-16") -> Iterator[bytes]:
    """The lines of a UTF-16 byte stream in ``encoding`` (:func:`_utf16_of`), as UTF-8 bytes;
    a unit that is no character (a lone surrogate) is read as U+FFFD."""
    for line in io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=""):
        yield line.encode("utf-8")


def _text_lines(stream: Any) -> Iterator[tuple[int, "str | UnicodeDecodeError", int]]:
    """``(line number, text, bad bytes)`` of each line of a UTF-8 byte stream (a BOM at
    its start left out; lines end at LF, CRLF or CR). A line of UTF-8 with a few bad
    bytes (:data:`.decoding.UTF8_GOOD_PER_BAD`) is read with each run of them as U+FFFD, ``bad``
    counting them; a line that is not UTF-8 gives its decoding error, so that one bad
    line costs that line alone."""
    n = 0
    for number, data in enumerate(stream):
        if number == 0 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        bad = 0
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            mended, bad, _cut = mend_utf8(data.rstrip(b"\r\n"), last=False)
            if not mostly_utf8(data, bad):
                n += 1
                yield n, e, 0
                continue
            text = mended
        body = text.rstrip("\r\n")
        for part in (_EOL.split(body) if "\r" in body else (body,)):
            n += 1
            counted = bad if "\ufffd" in part else 0  # the bad bytes go with the first line showing them
            bad -= counted
            yield n, part, counted


_HEADING = re.compile(r"^\s*#{2,6}\s+(.+?)\s*#*\s*$")
_SPACES = re.compile(r"\s+")


def _one_line(value: str) -> str:
    """A field printed on one line (a title, subtitle or byline) as a web page's is read:
    characters normalised, each run of whitespace (the line breaks a scraper left) one space."""
    return normalize_chars(_SPACES.sub(" ", value)).strip()


_KNOWN = ("id", "title", "text", "date", "source")
#: Fields an export writes besides those (:mod:`lawnews.exporters`): read back as the
#: article's own; the tags an export writes are found again by the tagger.
_EXPORTED = ("subtitle", "byline", "captions", "file", "ordinal", "title_is_fallback")
_DERIVED = ("provinces", "cities", "courts", "mechanisms", "counties", "court_levels", "statutes", "cites", "citations")


def json_kind(value: Any) -> str:
    """What a decoded JSON value is, in JSON's words (``an array``, ``null``), for messages
    that name what a line or field holds instead of what it should."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def record_article(obj: Any, source: str, line: int) -> Article:
    """An Article from one JSONL object; ValueError naming the problem if it is not valid."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object ({{\"id\": …, \"title\": …, \"text\": …}}), got {json_kind(obj)}")
    for key in ("id", "title", "text"):
        if key not in obj or obj[key] is None:
            raise ValueError(f"missing required field {key!r}{_other_names(obj)}")
    text = obj["text"]
    if isinstance(text, list) and text and all(isinstance(p, str) for p in text):
        obj = {**obj, "text": "\n\n".join(text)}  # a list of paragraphs, as some exports give the text
    elif isinstance(text, list):
        raise ValueError("field 'text' must be a string or a list of strings (paragraphs), not a list"
                         + (" holding " + next(json_kind(p) for p in text if not isinstance(p, str))
                            if text else " holding nothing"))
    if isinstance(obj["id"], int) and not isinstance(obj["id"], bool):
        obj = {**obj, "id": str(obj["id"])}
    for key in ("id", "title", "text"):
        if not isinstance(obj[key], str):
            raise ValueError(f"field {key!r} must be a string, not {json_kind(obj[key])}")
    date_value = obj.get("date")
    if isinstance(date_value, float) and date_value.is_integer():
        date_value = int(date_value)  # 20240503.0, 1714700000000.0: a spreadsheet's number
    elif isinstance(date_value, str) and re.fullmatch(r"\s*(?:\d{10}|\d{13})\s*", date_value):
        date_value = int(date_value)  # a Unix timestamp written as a string
    if isinstance(date_value, (int, float)) and not isinstance(date_value, bool):
        obj = {**obj, "date": number_date(date_value)}  # 20240503, or a Unix timestamp (1714700000.25)
    for key in ("date", "source", "subtitle", "byline", "file"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"field {key!r} must be a string, not {json_kind(obj[key])}")
    for key in ("id", "title"):  # a blank text under a title is a headline printed alone, as a page file may be
        if not obj[key].strip():
            raise ValueError(f"field {key!r} is empty")
    # spaces around an id are no part of it: the id shown and typed (lawnews show a1) is without them
    obj = {**obj, "id": obj["id"].strip()}
    captions = obj.get("captions") or []
    if not isinstance(captions, list) or not all(isinstance(c, str) for c in captions):
        raise ValueError("field 'captions' must be a list of strings")
    ordinal = line if obj.get("ordinal") is None else obj["ordinal"]
    if not isinstance(ordinal, int) or isinstance(ordinal, bool) or ordinal < 1:
        raise ValueError(f"field 'ordinal' must be a positive whole number, not {ordinal!r}")
    fallback = obj.get("title_is_fallback") or False
    if not isinstance(fallback, bool):
        raise ValueError(f"field 'title_is_fallback' must be true or false, not {fallback!r}")
    meta = {k: v for k, v in obj.items() if k not in _KNOWN + _EXPORTED + _DERIVED and v is not None}
    date = iso_date(obj["date"]) if obj.get("date") and obj["date"].strip() else None
    return Article(
        id=obj["id"],
        file=obj.get("file") or source,
        title=_one_line(obj["title"]),
        sections=text_sections(normalize_chars(obj["text"])) if obj["text"].strip() else (),
        ordinal=ordinal,
        title_is_fallback=fallback,
        subtitle=(_one_line(obj["subtitle"]) or None) if obj.get("subtitle") else None,
        byline=(_one_line(obj["byline"]) or None) if obj.get("byline") else None,
        captions=tuple(c for c in (normalize_chars(c).strip() for c in captions) if c),
        date=date,
        source=(canonical_source(obj["source"]) or None) if isinstance(obj.get("source"), str) else obj.get("source") or None,
        meta=meta,
    )


def _other_names(obj: dict[str, Any]) -> str:
    """What to do when a record lacks a required field but holds fields lawnews does not
    read (an export of another tool: ``headline``, ``content``): those names and the ones
    to give them; nothing when it holds none."""
    other = [k for k in obj if k not in _KNOWN + _EXPORTED + _DERIVED + ("province",)]
    if not other:
        return ""
    return (f"; the record has fields {', '.join(other[:8])}{' …' if len(other) > 8 else ''}:"
            " lawnews reads id, title, text (and date, source), so rename those fields")


def text_sections(text: str) -> tuple[Section, ...]:
    """Split a record's text at ``## `` heading lines into sections."""
    sections: list[Section] = []
    heading: str | None = None
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        m = _HEADING.match(line)
        if m:
            if lines or heading is not None:
                sections.append(Section(heading, "\n".join(lines).strip()))
            heading, lines = m.group(1), []
        elif line.strip():
            lines.append(line.strip())
    if lines or heading is not None or not sections:
        sections.append(Section(heading, "\n".join(lines).strip()))
    return tuple(sections)
