"""The bytes of a page file → its text and encoding, told by content, not by name.

In: a file's bytes. Out: ``(text, encoding)`` (:func:`decode`; :func:`decode_counting` also
counts the bad bytes it replaced), or ValueError saying why they are no text
(``binary: a PNG image``, ``undecodable: …``). NUL bytes that end a text (as a crash
cut its writing off) are no text and no reason to refuse it (:func:`without_nul_padding`);
nor are a few NUL bytes inside a text (a page padded or damaged in one place), which are dropped
and counted (:func:`without_stray_nuls`, :func:`decode_repairing`): a file is refused for its NULs
only when they are many and scattered, or the rest reads as no text.

UTF-8 with or without BOM, UTF-16 with BOM (or without, told by the byte order that reads as common text),
then GB18030 (which covers GBK and GB2312), line by line when a file mixes the two; a
stray bad byte in UTF-8 text costs one character (U+FFFD); traditional-character text
saved in Big5 is read as such. Also what a file that should hold text holds instead
(:func:`binary_kind`) or a file named as a document of another kind (:func:`document_kind`:
a web page or RTF named ``.doc`` or ``.pdf``), whether a text shows nothing (:func:`blank`)
and how many of its characters are uncommon (:func:`uncommon`), for other readers of bytes
(:mod:`.html`, :mod:`.readers`, :mod:`.pdf`); and, for a name or a word of the command line whose
bytes the system could not decode (:func:`undecoded`), those bytes shown as ``\\xNN`` and as GBK
reads them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from itertools import islice

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx?)",
    b"\xd0\xcf\x11\xe0": "an MS Office file",
    b"\x1f\x8b": "gzip data (name it .jsonl.gz)",
    b"\x7fELF": "an executable",
}


def undecoded(word: str | os.PathLike[str]) -> tuple[str, str | None] | None:
    """For a name, a path or a word of the command line whose bytes the system could not decode
    as UTF-8 (Python keeps them in ``word`` as surrogate escapes: a file unpacked from a ZIP
    archive made on a Chinese Windows, a GBK terminal on a UTF-8 system): ``(shown, as_gbk)``,
    ``word`` with those bytes as ``\\xNN`` (printable and storable) and what they read as in GBK
    (GB18030; None when they are no GBK either). None for a word that is UTF-8."""
    text = os.fspath(word)
    try:
        text.encode("utf-8")
        return None
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(text)
    try:
        as_gbk: str | None = raw.decode("gb18030")
    except UnicodeDecodeError:
        as_gbk = None
    return raw.decode("utf-8", "backslashreplace"), as_gbk


def blank(text: str) -> bool:
    """Whether ``text`` shows nothing: only spaces and invisible characters (zero-width
    spaces, direction marks, byte order marks, control characters)."""
    return all(c.isspace() or unicodedata.category(c) in ("Cf", "Cc") for c in text)


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a page file's bytes; ValueError saying why if it is not text
    (see :func:`decode_counting`, which also says how many bytes were bad)."""
    text, encoding, _bad = decode_counting(data)
    return text, encoding


#: A line that is not valid UTF-8 is still read as UTF-8 (its bad bytes replaced) when
#: at least this many of its non-ASCII bytes are good UTF-8 for each bad one (four
#: characters): a stray byte, or a character cut off, costs that character alone. In a
#: line of GBK or Big5 bytes good UTF-8 is chance (at most 7 per bad byte, in short
#: lines, over 18,000 GB18030 lines of news) and it is decoded as before.
UTF8_GOOD_PER_BAD = 12
#: A line with no more bad bytes than this, which GB18030 cannot read either (or reads
#: as no text), is read as UTF-8 with them replaced (a stray byte in a short line).
UTF8_FEW_BAD = 2


def decode_counting(data: bytes) -> tuple[str, str, int]:
    """``(text, encoding, bad)`` of a page file's bytes; ValueError saying why if it is not text
    (:func:`decode_repairing`, without the count of NUL bytes dropped)."""
    text, encoding, bad, _nuls = decode_repairing(data)
    return text, encoding, bad


def decode_repairing(data: bytes) -> tuple[str, str, int, int]:
    """``(text, encoding, bad, nuls)`` of a page file's bytes; ValueError saying why if it is not text.

    A few NUL bytes inside a text are dropped, ``nuls`` counting them (:func:`without_stray_nuls`;
    those that only end it are dropped uncounted, :func:`without_nul_padding`). UTF-8 text with a few bad bytes (a stray byte, a last character cut off) is read
    all the same: each run of bad bytes becomes U+FFFD (the replacement character, so
    that the text shows where it was damaged), and ``bad`` counts the bytes replaced
    (0 for clean text). Whether a line is damaged UTF-8 or another encoding is decided
    line by line (:data:`UTF8_GOOD_PER_BAD`, :data:`UTF8_FEW_BAD`)."""
    if not data.strip():
        return "", "empty", 0, 0
    what = binary_kind(data)
    if what == NUL_BYTES:  # UTF-16 saved without a BOM holds NULs too
        text = _bomless_utf16(data)
        if text is not None:
            return (*text, 0, 0)
        unpadded = without_nul_padding(data)
        if unpadded is not data:
            if not unpadded.strip():
                raise ValueError(f"binary: {_NULS_ONLY}")
            return decode_repairing(unpadded)
        stray = _stray_nuls(data)
        if stray is not None:
            _rest, nuls, read = stray
            return (*read, nuls)  # the rest as read when it was judged text, not read again
    if what:
        raise ValueError(f"binary: {what}")
    bom = data.startswith(b"\xef\xbb\xbf")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16", 0, 0
    body = data[3:] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", 0, 0
    except UnicodeDecodeError:
        pass
    # Not UTF-8 as a whole: decode line by line, so that a file pasted together
    # from UTF-8 and GBK pieces still reads right, and a stray byte costs one character.
    lines: list[str] = []
    legacy: list[str] = []
    used: set[str] = set()
    bad_total = 0
    raws = body.split(b"\n")
    for n, raw in enumerate(raws, 1):
        try:
            lines.append(raw.decode("utf-8"))
            if not raw.isascii():
                used.add("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        mended, bad, cut = mend_utf8(raw, last=n == len(raws))
        if mostly_utf8(raw, bad) or cut:
            lines.append(mended)
            used.add("utf-8")
            bad_total += bad
            continue
        try:
            line = raw.decode("gb18030")
        except UnicodeDecodeError:
            line = None
        if bad <= UTF8_FEW_BAD and (line is None or not _plausible(line)):
            lines.append(mended)
            used.add("utf-8")
            bad_total += bad
            continue
        if line is None:
            return (*_big5(data, f"undecodable: line {n} is neither UTF-8, GB18030 nor Big5"), 0, 0)
        lines.append(line)
        legacy.append(line)
        used.add("gb18030")
    if not _plausible("".join(legacy)):
        return (*_big5(data, "undecodable: bytes decode as GB18030 but do not read as text, nor as Big5"), 0, 0)
    if used == {"gb18030"}:
        encoding = "gb18030"
    elif "gb18030" in used:
        encoding = "mixed utf-8/gb18030"
    else:
        encoding = "utf-8-sig" if bom else "utf-8"
    return "\n".join(lines), encoding, bad_total, 0


_MEND_MAX = 64  # runs of bad bytes looked at in one line before it counts as not UTF-8


def mend_utf8(raw: bytes, last: bool) -> tuple[str, int, bool]:
    """``(text, bad, cut)``: the line ``raw`` read as UTF-8, each run of bad bytes as
    U+FFFD; ``bad`` counts those bytes (a large number once :data:`_MEND_MAX` runs are
    met); ``cut`` says the only damage is a character cut off at the end of the file."""
    parts: list[str] = []
    bad = runs = pos = 0
    cut = False
    while True:
        try:
            parts.append(raw[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            if e.start or not runs:  # (a bad byte right after bad bytes: the same run, one U+FFFD)
                parts.append(raw[pos:pos + e.start].decode("utf-8"))
                parts.append("\ufffd")
                runs += 1
            bad += e.end - e.start
            cut = runs == 1 and last and pos + e.end == len(raw) and e.reason == "unexpected end of data"
            pos += e.end
            if runs > _MEND_MAX:
                return "", len(raw), False
    return "".join(parts), bad, cut


def mostly_utf8(raw: bytes, bad: int) -> bool:
    """Whether a line with ``bad`` bytes that are no UTF-8 is UTF-8 all the same: at
    least :data:`UTF8_GOOD_PER_BAD` of its other non-ASCII bytes for each bad one."""
    return sum(b >= 0x80 for b in raw) - bad >= UTF8_GOOD_PER_BAD * bad


def _big5(data: bytes, why: str) -> tuple[str, str]:
    """``(text, encoding)`` of traditional-character text saved in Big5 (Taiwan's cp950,
    or Hong Kong's HKSCS), which is neither UTF-8 nor GB18030 text; else ValueError(``why``)."""
    for encoding in ("cp950", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding
    raise ValueError(why)


def binary_kind(data: bytes) -> str | None:
    """What a file that should hold text holds instead (``"a PNG image"``, ``"contains
    NUL bytes"`` …), from its first bytes; None when it may be text (UTF-16 with a BOM
    included)."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data:
        return NUL_BYTES
    return None


NUL_BYTES = "contains NUL bytes"
_NULS_ONLY = "only NUL bytes (as a write a crash cut off, or an unfinished download, leaves): no text"


def without_nul_padding(data: bytes) -> bytes:
    """``data`` without the NUL bytes that end it, when they are its only ones: a text a crash
    cut off while it was written, or a download preallocated and never finished, is followed
    by NULs, which are no text (a file of NULs alone gives ``b""``); else ``data`` itself."""
    if not data.endswith(b"\x00") or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data
    unpadded = data.rstrip(b"\x00")
    return data if b"\x00" in unpadded else unpadded


#: NUL bytes inside a file are stray (a page padded or damaged in one place, dropped as no
#: text) when they are at most this share of its bytes, or, beside at least
#: :data:`STRAY_NUL_TEXT` other bytes, lie in at most :data:`STRAY_NUL_RUNS` runs (a block
#: zeroed, however long); binary data holds NULs everywhere, and a few bytes beside a NUL
#: (``abc\\0def``) are no evidence of text.
STRAY_NUL_SHARE = 0.02
STRAY_NUL_RUNS = 4
STRAY_NUL_TEXT = 256
_NUL_RUN = re.compile(rb"\x00+")


def without_stray_nuls(data: bytes) -> tuple[bytes, int] | None:
    """``(rest, nuls)``: ``data`` without the NUL bytes inside it and how many there were, when
    they are stray in a text (:data:`STRAY_NUL_SHARE`, :data:`STRAY_NUL_RUNS`) and the rest reads
    as common text (:func:`decode_counting` takes it, and :func:`_plausible`); None for no NUL,
    for data whose NULs are many and scattered (binary data), for NULs lying one by one on one
    side of the byte pairs (UTF-16 text, saved without its BOM, that is no whole text), and for
    a rest that is no text. NULs that only end the data are no concern here
    (:func:`without_nul_padding`)."""
    stray = _stray_nuls(data)
    return None if stray is None else stray[:2]


def _stray_nuls(data: bytes) -> tuple[bytes, int, tuple[str, str, int]] | None:
    """:func:`without_stray_nuls`, with the rest as :func:`decode_counting` read it to judge it text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    body = data.rstrip(b"\x00")  # the padding after the text goes with it
    nuls = body.count(0)
    if not nuls:
        return None
    few = nuls <= STRAY_NUL_SHARE * len(body)
    if not few and len(body) - nuls < STRAY_NUL_TEXT:
        return None
    starts = [m.start() for m in islice(_NUL_RUN.finditer(body), None if few else STRAY_NUL_RUNS + 1)]
    if not few and len(starts) > STRAY_NUL_RUNS:
        return None
    if len(starts) >= 3 and nuls == len(starts) and len({s % 2 for s in starts}) == 1:
        return None  # one NUL at a time, every one even or every one odd: UTF-16's high bytes
    rest = body.replace(b"\x00", b"")
    try:
        read = decode_counting(rest)
    except ValueError:
        return None
    if blank(read[0]) or not _plausible(read[0]):
        return None
    return rest, nuls, read


#: The start of a web page, once a BOM and white space are left out.
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|meta|body|title)\b", re.IGNORECASE)


#: A header line of a web page archive (MHTML), among the mail headers opening it.
_MIME = re.compile(rb"(?im)^(?:mime-version\s*:|content-type\s*:\s*multipart/related)")


def document_kind(head: bytes) -> str | None:
    """What the first bytes of a file named as a document of another kind (a Word file, a
    PDF) show it holds instead, when it holds text: ``html`` (a web page), ``mhtml`` (a web
    page archive: mail headers, ``MIME-Version:`` or ``Content-Type: multipart/related``
    among them, as Word and browsers save one), ``rtf``; None for anything else."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if re.match(rb"[A-Za-z-]+\s*:", head) and _MIME.search(head):  # mail headers, then the parts
        return "mhtml"
    if _HTML_START.match(head) or (head.startswith(b"<?xml") and _HTML_START.search(head)):
        return "html"
    return None


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of UTF-16 text saved without a BOM, else None: it decodes, in
    one byte order, to common text (:func:`_plausible`), which the other order, UTF-8 with
    a NUL in it and binary data never give. The byte order where the NULs lie more (the
    high bytes of ASCII characters and line ends: odd bytes, little-endian) is tried first;
    a text of Chinese nearly all (a few U+xx00 characters, 开 and 一 among them, put NULs on
    the other side too) is told by its characters alone."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding in ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\0" not in text and _plausible(text):
            return text, encoding
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ValueError(f"undecodable: invalid {encoding} at byte {e.start}") from None


_COMMON = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\s\x20-\x7e\u2014\u2018-\u201d\u2026"
                     r"\u00b7\u2460-\u24ff\u25a0-\u25ff\u2190-\u21ff]")


def _plausible(text: str) -> bool:
    """True when nearly all characters are common Han, ASCII or CJK punctuation."""
    sample = text[:20000]
    return uncommon(sample) <= 0.03 * len(sample)


def uncommon(text: str) -> int:
    """How many characters of ``text`` are none of common Han, ASCII or CJK punctuation:
    few in text read in its own encoding, many (kana, symbols) in Big5 read as GB18030."""
    return len(text) - len(_COMMON.findall(text))
