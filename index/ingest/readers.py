"""Input files → decoded page texts and JSONL records, with an account of skips.

:func:`iter_inputs` walks files and folders (recursively, in a stable order) and
yields, per input, either an :class:`Article`-producing :class:`Input` or a
:class:`Skip` saying why the input was not used. Nothing is dropped silently:
every file, and every bad JSONL line, ends as one or the other.

Page files (``.txt``, ``.md``) are decoded by content, not by name (:mod:`.decoding`:
UTF-8 with or without BOM, UTF-16, GB18030, Big5), and one that holds a web page
itself (HTML, MHTML) is read as that page (:mod:`.html`); one larger than the page size limit
(:func:`lawnews.config.max_page_mb`) is skipped unread. JSONL
files (``.jsonl``, ``.ndjson``, optionally ``.gz``; UTF-8, or UTF-16 with its BOM or without)
hold one article per line
in the schema ``{"id", "title", "text", …}``; ``text`` may hold ``## `` headings,
and the fields an export adds (``captions``, ``file``, ``ordinal``, …) are read back.
Their title and text get the same character normalisation as pages (full-width
letters and digits narrowed, Chinese punctuation kept), and a title, subtitle or byline is
one line (each run of whitespace one space, as in a web page's title); a ``date`` in any form
:mod:`.dates` reads (``2024年5月3日``, ``2024.5.3`` …) becomes ``YYYY-MM-DD``, and a
line whose date is not a full date is skipped, saying why. PDF e-paper pages
(``.pdf``, :mod:`.pdf`) and Word files (``.docx``, :mod:`.docx`) are read by their
own modules; an old ``.doc`` is skipped saying to save it as .docx (a Word file that
holds a web page, as Word's web pages and many sites' downloads do, is read as that page).
"""

from __future__ import annotations

import gzip
import io
import json
import math
import os
import re
import stat
import zlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Union

from ...config import MAX_PAGE_MB_ENV, max_page_mb
from ...errors import ArgumentTypeError, InvalidArgumentError
from ..analysis.chars import normalize_chars
from .dates import iso_date, number_date
from .decoding import blank, decode_repairing, document_kind, mend_utf8, mostly_utf8, undecoded
from .found import no_article
from .web_lines import looks_like_webpage
from .webpage import web_articles
from .masthead import name_meta
from .page_header import mirror_header
from .clean import without_cut_notice
from .markup import strip_markdown, strip_markup
from .sources import canonical_source
from ..documents import Article, Section

PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Page files whose Markdown is markup (:func:`~.markup.strip_markdown`).
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

@dataclass(frozen=True)
class Skip:
    """An input (a file, or ``file:line`` of a JSONL file) that was not indexed, and why.

    A skip of a whole file that was found also names it as the index does
    (``source``, the ``file`` of its articles). ``transient`` marks an OS error
    (permission denied, a file gone mid-run): trying again may work, so an update
    keeps the file's earlier articles (``kept`` says how many). Any other reason
    means the file now gives no article, and an update removes its earlier
    articles (``removed``). A path the ``reason`` names (the file found first under
    another name, the first line of a duplicate id, a symlink's target) is absolute,
    however the inputs were given, so that a reason stored and shown again on a later
    update names the same file from any folder.
    """

    path: str
    reason: str
    source: str | None = None
    transient: bool = False
    removed: int = 0
    kept: int = 0
    #: Why each line was skipped, for a JSONL file skipped whole because no line gave a record.
    lines: tuple[str, ...] = ()

    @classmethod
    def unreadable(cls, path: str | os.PathLike[str], error: OSError, source: str | None = None) -> "Skip":
        """An input the operating system would not let us read now (a transient skip)."""
        return cls(str(path), f"unreadable: {error.strerror or error}", source, transient=True)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "reason": self.reason}
        if self.removed:
            out["removed"] = self.removed
        if self.kept:
            out["kept"] = self.kept
        if self.lines:
            out["lines"] = list(self.lines)
        return out


@dataclass(frozen=True)
class PageText:
    """A decoded page (a page file, or the text a PDF, Word or web page gives):
    ``source`` names the file as the index does. ``meta`` holds what the container
    says of the whole page (``date``, ``source``, ``url``, ``page``, ``section`` …);
    its articles take it where their own text says nothing else
    (:func:`.pages.parse_page`)."""

    path: Path
    source: str
    text: str
    encoding: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    bad_bytes: int = 0  # bytes not valid UTF-8 in otherwise UTF-8 text, each run read as U+FFFD
    nuls: int = 0  # NUL bytes inside the text (a page padded or damaged in one place), dropped


@dataclass(frozen=True)
class Record:
    """One valid JSONL line, already turned into an Article."""

    path: Path
    article: Article
    offset: int = 0  # bytes of the file (compressed, for .gz) read so far
    line: int = 0  # the line of the file it was read from
    bad_bytes: int = 0  # bytes of the line not valid UTF-8, each run read as U+FFFD
    halves: int = 0  # lone surrogates its JSON escapes gave (half a character: \ud83d alone), each read as U+FFFD
    nuls: int = 0  # NUL bytes inside the line, or the web page, it was read from (no text), dropped


@dataclass(frozen=True)
class Unchanged:
    """A file not read again: unchanged since the index took its articles
    (:func:`iter_inputs` with ``unchanged``)."""

    path: Path
    source: str


Input = Union[PageText, Record, Skip, Unchanged]

#: ``unchanged(path, source)``: whether a file need not be read again (see :func:`iter_inputs`).
Check = Callable[[Path, str], bool]

#: One path, or an iterable of paths.
Paths = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


def as_paths(paths: Any) -> list[str | os.PathLike[str]]:
    """``paths`` as a list: one path (``str`` or ``os.PathLike``) or an iterable of them.

    Anything else (a number, ``None``, bytes) raises ArgumentTypeError: a ``str``
    is never taken for a sequence of one-letter paths. An empty path (``""``, which
    the file system reads as the current folder) raises InvalidArgumentError.
    """
    if not _is_path(paths) and (isinstance(paths, (bytes, bytearray)) or not isinstance(paths, Iterable)):
        raise ArgumentTypeError(f"paths must be a path (str or os.PathLike) or an iterable of them,"
                                f" not {type(paths).__name__}", argument="paths")
    out = [paths] if _is_path(paths) else list(paths)
    for p in out:
        if not _is_path(p):
            raise ArgumentTypeError(f"each path must be a str or os.PathLike, not {type(p).__name__} ({p!r})",
                                    argument="paths")
        if not os.fspath(p).strip():  # '' would be read as '.': every file of the current folder
            raise InvalidArgumentError(f"a path is empty ({os.fspath(p)!r}): name a file or folder,"
                                       " '.' for the current folder", argument="paths")
    return out


def _is_path(p: Any) -> bool:
    if isinstance(p, str):
        return True
    if isinstance(p, os.PathLike):
        return isinstance(os.fspath(p), str)
    return False


def discover(paths: Paths, *, root: str | os.PathLike[str] | None = None) -> Iterator[tuple[Path, str] | Skip]:
    """Yield ``(file, source)`` for every file under ``paths``, or a Skip saying why
    an entry is not read.

    ``source`` names the file in ids and results: its path relative to ``root``
    (default: :func:`common_root` of ``paths``), with ``/`` separators, or its
    absolute path when it lies outside ``root``. It does not depend on how the file
    was named: ``root`` and the folders given are resolved, so a relative or
    absolute path, or the parent folder, name a file alike.

    Folders are walked in name order. Skipped, each with its reason: hidden entries
    (names starting with ``.``; a file or folder given by name is read), the folder of
    pictures, styles and scripts a browser saves beside a web page (``新闻_files`` beside
    ``新闻.html``: :func:`saved_page_of`; read when given by name), a file or folder
    whose name is no UTF-8 (:func:`name_not_utf8`, named by :func:`shown_path`), broken
    symlinks, devices, pipes and sockets, entries that cannot be read (an OS error,
    ``transient``), a symlinked folder that leads back into a folder being walked
    or to one read already, a symlinked file inside the folder given (read under its
    own name), and a file reached a second time under another name (under the same name,
    a file given twice or given and in a folder given, it is read once and no skip).
    Other symlinked folders are followed.
    """
    items = as_paths(paths)
    base = Path(os.path.realpath(root)) if root is not None else common_root(items)
    seen: dict[tuple[int, int], str] = {}  # (device, inode) of each file yielded: its absolute path
    followed: dict[Path, str] = {}  # resolved targets of the symlinked folders followed: their absolute paths
    for p in items:
        path = Path(p)
        if (why := name_not_utf8(str(path)) or name_not_utf8(os.path.abspath(path))) is not None:
            yield Skip(shown_path(path), why)
            continue
        try:
            st = os.stat(path)
        except FileNotFoundError:
            yield Skip(str(path), _gone(path, "no such file or folder"))
            continue
        except OSError as e:
            yield Skip.unreadable(path, e)
            continue
        if stat.S_ISDIR(st.st_mode):
            top = Path(os.path.realpath(path))
            yield from _walk(path, top, base, top, [top], followed, seen)
        elif stat.S_ISREG(st.st_mode):
            named = Path(os.path.realpath(os.path.dirname(os.path.abspath(path)))) / path.name
            yield from _once(path, _source(named, base), st, seen)
        else:
            yield Skip(str(path), _SPECIAL)


_SPECIAL = "not a regular file (a device, pipe or socket)"
_HIDDEN = "hidden: the name starts with '.' (give it by name to read it)"
_OWNER_FILE = ("an Office lock file ('~$' name: Word or WPS keeps it beside a document open for editing;"
               " the document itself is read)")


_RESOURCES = ("the files a browser saved beside the web page {page} (its pictures, styles, scripts and frames;"
              " give the folder by name to read it): the page itself is read")

#: How browsers name the folder of a page saved whole ("Webpage, Complete"): ``页面_files`` (Chrome,
#: Edge, Firefox) or ``页面.files`` (Internet Explorer), beside ``页面.html`` or ``页面.htm``.
_RESOURCE_FOLDER = re.compile(r"(?P<stem>.+)[_.]files", re.IGNORECASE)
_SAVED_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def saved_page_of(name: str, names: dict[str, str]) -> str | None:
    """The name of the web page whose resources a folder named ``name`` holds, when the
    folder beside it holds that page (``names``: its entries' names, by their lower-cased
    forms): ``新闻_files`` beside ``新闻.html``; else None."""
    m = _RESOURCE_FOLDER.fullmatch(name)
    if m is None:
        return None
    stem = m.group("stem").lower()
    return next((names[stem + suffix] for suffix in _SAVED_PAGE_SUFFIXES if stem + suffix in names), None)


def name_not_utf8(name: str) -> str | None:
    """Why a file or folder named ``name`` (a name or a path) is not read: its name's bytes
    are no UTF-8 (the operating system's undecodable bytes in it), as the files of a ZIP
    archive made on a Chinese Windows are named once unpacked (GBK); None for a UTF-8 name.
    Such a name can name no article, nor be printed or stored: the file is to be renamed."""
    bad = undecoded(name)
    if bad is None:
        return None
    as_gbk = f" (as GBK it reads {bad[1]})" if bad[1] is not None else ""
    return (f"the name is not UTF-8{as_gbk}: rename it to UTF-8, e.g. with"
            " `convmv -f gbk -t utf-8 -r --notest FOLDER`, or unpack a ZIP archive with `unzip -O gbk`")


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as it can be printed and stored: its bytes that are no UTF-8 as ``\\xNN``."""
    bad = undecoded(path)
    return os.fspath(path) if bad is None else bad[0]


def common_root(paths: Iterable[str | os.PathLike[str]]) -> Path | None:
    """The deepest folder holding every input of ``paths``, resolved: a folder given
    counts as itself, a file as the folder it is in. None when no input exists."""
    bases = []
    for p in paths:
        try:
            is_dir = stat.S_ISDIR(os.stat(p).st_mode)
        except OSError:
            continue
        bases.append(os.path.realpath(p if is_dir else os.path.dirname(os.path.abspath(p))))
    try:
        return Path(os.path.commonpath(bases)) if bases else None
    except ValueError:  # paths on different drives
        return None


def naming_root(recorded: str | os.PathLike[str] | None, paths: Iterable[str | os.PathLike[str]]) -> Path | None:
    """The folder an index names its files relative to: the one it ``recorded``, or,
    for a new index or one whose folder exists no more (moved or renamed), the
    :func:`common_root` of the ``paths`` it is given now. Every file named relative
    to a folder that is gone is gone too, so a moved folder keeps its files' names
    (and its articles are not indexed a second time)."""
    if recorded and os.path.isdir(recorded):
        return Path(recorded)
    return common_root(paths) or (Path(recorded) if recorded else None)


def file_name(path: str | os.PathLike[str], root: str | os.PathLike[str] | None) -> str:
    """The name :func:`discover` gives the file at ``path`` (relative to the current
    folder or absolute) when files are named relative to ``root``: what results show
    and what removing a file takes. The file need not exist any more."""
    p = Path(path)
    if p.name in ("", ".."):  # `.`, `..`: the folder itself
        named = Path(os.path.realpath(p))
    else:
        named = Path(os.path.realpath(os.path.dirname(os.path.abspath(p)))) / p.name
    return _source(named, Path(os.path.realpath(root)) if root else None)


def _source(path: Path, base: Path | None) -> str:
    """The name of the resolved ``path`` relative to ``base`` ("" for ``base`` itself),
    or its absolute name outside it. A ``base`` that is the filesystem's root (inputs in
    folders sharing nothing else: ``/tmp/a.txt`` and ``/srv/b.txt``) names every file by
    its absolute path, so that no name reads as relative to the current folder."""
    if base is not None and base.parent != base:
        try:
            rel = path.relative_to(base).as_posix()
        except ValueError:
            pass
        else:
            return "" if rel == "." else rel
    return path.as_posix()


def _gone(path: Path | str, otherwise: str) -> str:
    try:
        return f"broken symlink to {os.readlink(path)}"
    except OSError:
        return otherwise


def _walk(folder: Path, named: Path, base: Path | None, top: Path, stack: list[Path],
          followed: dict[Path, str], seen: dict[tuple[int, int], str]) -> Iterator[tuple[Path, str] | Skip]:
    """The files under ``folder``: ``named`` under the resolved ``top`` folder given
    (symlinked folders on the way kept as named), ``stack[-1]`` once resolved."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Skip(str(folder), f"unreadable folder: {e.strerror or e}", transient=True)
        return
    names = {entry.name.lower(): entry.name for entry in entries}
    for entry in entries:
        path = Path(entry.path)
        source = _source(named / entry.name, base)
        if entry.name.startswith("."):
            yield Skip(entry.path, _HIDDEN)
            continue
        if entry.name.startswith("~$"):
            yield Skip(entry.path, _OWNER_FILE)
            continue
        if (why := name_not_utf8(entry.name)) is not None:
            yield Skip(shown_path(entry.path), why)
            continue
        try:
            link = entry.is_symlink()
            st = entry.stat()
        except FileNotFoundError:
            yield Skip(entry.path, _gone(path, "vanished while the folder was read"))
            continue
        except OSError as e:
            yield Skip.unreadable(entry.path, e)
            continue
        if stat.S_ISDIR(st.st_mode):
            if (page := saved_page_of(entry.name, names)) is not None:
                yield Skip(entry.path, _RESOURCES.format(page=page))
                continue
            real = Path(os.path.realpath(path)) if link else stack[-1] / entry.name
            if link:
                if any(open_.is_relative_to(real) for open_ in stack):
                    yield Skip(entry.path, f"symlink cycle: it leads back to {real}, which is being read")
                    continue
                if real.is_relative_to(top):
                    yield Skip(entry.path, f"symlink to {real}, a folder inside {top} read under its own name")
                    continue
                if real in followed:
                    yield Skip(entry.path, f"symlink to a folder read already as {followed[real]}")
                    continue
                followed[real] = os.path.abspath(path)
            stack.append(real)
            yield from _walk(path, named / entry.name, base, top, stack, followed, seen)
            stack.pop()
        elif stat.S_ISREG(st.st_mode):
            if link:
                real = Path(os.path.realpath(path))
                if real.is_relative_to(top) and not any(part.startswith(".") for part in real.relative_to(top).parts):
                    yield Skip(entry.path, f"symlink to {real}, a file inside {top} read under its own name")
                    continue
            yield from _once(path, source, st, seen)
        else:
            yield Skip(entry.path, _SPECIAL)


def _once(path: Path, source: str, st: os.stat_result, seen: dict[tuple[int, int], str]
          ) -> Iterator[tuple[Path, str] | Skip]:
    """``(path, source)`` unless this file was found already: under another name, a skip
    naming the path it was found at first, absolute, as a skip's reason names every path;
    under the same name (given twice, or given and in a folder given), nothing, as it is
    read, once."""
    if st.st_ino:  # 0 where the file system has no inode numbers
        first = seen.get((st.st_dev, st.st_ino))
        if first == os.path.abspath(path):
            return
        if first is not None:
            yield Skip(str(path), f"the same file as {first}, read once")
            return
        seen[(st.st_dev, st.st_ino)] = os.path.abspath(path)
    yield path, source


#: A reader of one kind of file: ``(path, source, max_mb)`` → the file's inputs
#: (a :class:`PageText`, :class:`Record` objects, or a :class:`Skip` saying why not).
Reader = Callable[[Path, str, float], "Iterator[Input] | Input"]


def _kind(name: str) -> str | None:
    low = name.lower()
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    for kind, (suffixes, _reader) in READERS.items():
        if low.endswith(suffixes):
            return kind
    return None


#: ``offload(function, args)``: runs ``function(*args)`` elsewhere (a worker process)
#: and returns a handle whose ``get()`` gives its result, like ``Pool.apply_async``.
Offload = Callable[[Callable[..., Any], tuple[Any, ...]], Any]

#: File kinds worth reading on worker processes (:func:`iter_inputs` with ``offload``):
#: reading them costs far more per byte than the rest of a build.
OFFLOADED = ("pdf",)


def iter_inputs(paths: Paths, *, max_page: float | None = None,
                root: str | os.PathLike[str] | None = None,
                offload: Offload | None = None, ahead: int = 8,
                unchanged: Check | None = None, leave_out: Check | None = None) -> Iterator[Input]:
    """Every input under ``paths``: decoded pages, JSONL records, and skips.

    Page files larger than ``max_page`` MB (default: :func:`lawnews.config.max_page_mb`)
    are skipped. Files are named relative to ``root`` (see :func:`discover`). Two
    files whose articles would get the same ids (``a.txt`` and ``a.md`` both give
    ``a#1`` …) are told apart by the build (``store.build.iter_articles``), once it
    knows which of them give articles.

    With ``offload``, files of the kinds in :data:`OFFLOADED` are read by it
    (:func:`read_file` on a worker process), up to ``ahead`` of them at a time ahead
    of the file whose inputs are being given; the inputs come in the same order, and
    are the same, as without.

    ``unchanged(path, source)`` is asked of each file about to be read (not of those
    skipped); a file it says is unchanged is not read: an :class:`Unchanged` stands
    for its inputs. ``leave_out(path, source)`` is asked of each file found (not of those
    skipped) before that: a file it says is left out gives nothing.
    """
    limit = max_page_mb() if max_page is None else max_page
    seen_ids: dict[str, str] = {}
    plan = _plan(paths, root)
    if leave_out is not None:
        plan = (step for step in plan if step[0] == "skip" or not leave_out(step[1], step[2]))
    if unchanged is not None:
        plan = (("unchanged", step[1], step[2]) if step[0] != "skip" and unchanged(step[1], step[2]) else step
                for step in plan)
    if offload is None:
        for step in plan:
            yield from _run(step, limit, seen_ids)
        return
    queue: deque[Any] = deque()
    away = 0  # files read elsewhere in the queue
    for step in plan:
        if step[0] in OFFLOADED:
            step = ("away", offload(read_file, (*step, limit)))
            away += 1
        queue.append(step)
        while queue and (away >= ahead or len(queue) > 4 * ahead or queue[0][0] != "away"):
            head = queue.popleft()
            away -= head[0] == "away"
            yield from _run(head, limit, seen_ids)
    while queue:
        yield from _run(queue.popleft(), limit, seen_ids)


def _plan(paths: Paths, root: str | os.PathLike[str] | None) -> Iterator[tuple[Any, ...]]:
    """What to do with each file found, in order: ``("skip", Skip)``, ``("jsonl",
    path, source)`` or ``(kind, path, source)`` for a file of a kind in :data:`READERS`."""
    for item in discover(paths, root=root):
        if isinstance(item, Skip):
            yield "skip", item
            continue
        path, source = item
        kind = _kind(path.name)
        if path.name.upper().startswith("README"):
            yield "skip", Skip(str(path), "documentation file, not a page")
        elif kind is None:
            why = UNREAD.get(path.suffix.lower())
            yield "skip", Skip(str(path), f"unsupported file type {path.suffix or '(no extension)'!r}"
                               + (f": {why}" if why else ""))
        else:
            yield kind, path, source


#: Files of kinds lawnews does not read that hold pages it reads, by suffix: what to do with
#: them, said after a skip's ``unsupported file type`` reason.
UNREAD = {
    ".eml": "an e-mail message; save the page it carries as .html or .mht (or its text as .txt)",
    ".msg": "an Outlook message; save the page it carries as .html or .mht (or its text as .txt)",
    ".webarchive": "a Safari web archive; save the page as .html or .mhtml",
    **dict.fromkeys((".zip", ".rar", ".7z", ".tar", ".tgz", ".gz"),
                    "an archive; unpack it and index the folder it unpacks to"),
    **dict.fromkeys((".crdownload", ".part", ".partial", ".download"),
                    "a download not finished (the browser's file while it downloads); index the file once it is"),
}


def _run(step: tuple[Any, ...], limit: float, seen_ids: dict[str, str]) -> Iterator[Input]:
    """The inputs of one step of :func:`_plan` (a handle's result for one read elsewhere)."""
    what = step[0]
    if what == "skip":
        yield step[1]
    elif what == "unchanged":
        yield Unchanged(step[1], step[2])
    elif what == "away":
        yield from step[1].get()
    elif what == "jsonl":
        yield from read_jsonl(step[1], step[2], seen_ids)
    else:
        got = READERS[what][1](step[1], step[2], limit)
        if isinstance(got, (PageText, Record, Skip)):
            yield got
        else:
            yield from got


def read_file(kind: str, path: Path, source: str, max_mb: float) -> list[Input]:
    """Every input one file of ``kind`` (a key of :data:`READERS`) gives, as a list
    (what a worker process sends back)."""
    got = READERS[kind][1](path, source, max_mb)
    return [got] if isinstance(got, (PageText, Record, Skip)) else list(got)


def oversize(path: Path, source: str, max_mb: float) -> Skip | None:
    """A Skip for a file larger than ``max_mb`` MB, which is then not read (a page,
    web page, PDF or Word file is read whole), else None. ``OSError`` from the size
    look-up is the caller's to report."""
    size = path.stat().st_size
    if size <= max_mb * 2**20:
        return None
    return Skip(str(path), f"file too large: {_over(size / 2**20, max_mb)} MB > {max_mb:g} MB; a page file is read"
                f" whole (set {MAX_PAGE_MB_ENV} to raise the limit, or split the file)", source)


def _over(mb: float, limit: float) -> str:
    """``mb`` with one decimal, or as many more as show it over ``limit`` (0.02, not 0.0, over 0.01)."""
    for digits in range(1, 10):
        text = f"{mb:.{digits}f}"
        if float(text) > limit:
            return text
    return f"{mb:g}"


def read_whole(path: Path, source: str, max_mb: float) -> bytes | Skip:
    """The bytes of a file read whole, or a Skip: larger than ``max_mb`` MB (not read),
    or unreadable now (a transient skip: the file's earlier articles are kept)."""
    try:
        if (big := oversize(path, source, max_mb)) is not None:
            return big
        return path.read_bytes()
    except OSError as e:
        return Skip.unreadable(path, e, source)


def read_page(path: Path, source: str, max_mb: float = math.inf) -> PageText | Record | list[Record] | Skip:
    """Decode one page file, or say why it cannot be used (one larger than ``max_mb`` MB is not read).
    A web page saved as text gives its article as a Record, a list of them when the
    file holds several web articles one after another; a file that holds the web page
    itself (HTML or an MHTML archive, as a save under a ``.txt`` name gives) is read as
    that page (:mod:`.html`): its scripts, styles and markup are no text."""
    data = read_whole(path, source, max_mb)
    if isinstance(data, Skip):
        return data
    kind = document_kind(data[:2048])
    if kind in ("html", "mhtml"):  # a web page saved under a page file's name: read as the page it is
        from .html import html_records

        return html_records(data, path, source, mhtml=kind == "mhtml")
    try:
        text, encoding, bad, nuls = decode_repairing(data)
    except ValueError as e:
        return Skip(str(path), str(e), source)
    text = web_text = without_cut_notice(strip_markup(text))  # <p style="…"> left in by the save; 因篇幅问题不能全部显示…
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    if markdown:
        text = strip_markdown(web_text)  # **本报讯**, [link](url), ![image](src), bullets
    if blank(text):
        return Skip(str(path), "empty", source)
    # web pages saved as text: an article each, their chrome dropped; a WeChat mirror's page
    # (查看原文 ⏎ 其他 ⏎ 标题 ⏎ 作者 公众号 日期) is read as a page file, whose header reader knows it
    if looks_like_webpage(text) and not mirror_header(text)[1]:
        if markdown:  # a list item (- 查控财产) stays one, never a heading
            web_text = strip_markdown(web_text, bullets=True)
        records = [Record(path, article, bad_bytes=bad if n == 0 else 0, nuls=nuls if n == 0 else 0)
                   for n, article in enumerate(web_articles(web_text, source))]
        if not records:
            return Skip(str(path), no_article(web_text, "in the saved web page"), source)
        return records[0] if len(records) == 1 else records
    return PageText(path, source, text, encoding, name_meta(path.name), bad, nuls)


def empty_file(path: Path, source: str) -> Skip | None:
    """A Skip for a file of 0 bytes (or one the OS will not let us look at), else None."""
    try:
        if path.stat().st_size == 0:
            return Skip(str(path), "empty", source)
    except OSError as e:
        return Skip.unreadable(path, e, source)
    return None


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


def _read_pdf(path: Path, source: str, max_mb: float = math.inf) -> "Iterator[Input] | Skip":
    from .pdf import read_pdf  # pypdfium2 is loaded only when a PDF is read

    return empty_file(path, source) or read_pdf(path, source, max_mb)


def _read_docx(path: Path, source: str, max_mb: float = math.inf) -> "Iterator[Input] | Skip":
    """A ``.docx`` (:mod:`.docx`), or what :func:`_not_word` makes of one that holds a web page or RTF."""
    other = _not_word(path, source, max_mb)
    if other is not None:
        return other
    from .docx import read_docx  # python-docx is loaded only when a Word file is read

    return empty_file(path, source) or read_docx(path, source, max_mb)


def _read_doc(path: Path, source: str, max_mb: float = math.inf) -> "Iterator[Input] | Skip":
    """A ``.doc`` (or WPS Writer ``.wps``) that is really a .docx (a ZIP package) is read as
    one, one that holds a web page or RTF as :func:`_not_word` says; an old binary one is
    skipped saying to save it as .docx."""
    try:
        with open(path, "rb") as fh:
            zipped = fh.read(4) == b"PK\x03\x04"
    except OSError as e:
        return Skip.unreadable(path, e, source)
    if zipped:
        return _read_docx(path, source, max_mb)
    other = _not_word(path, source, max_mb)
    if other is not None:
        return other
    if path.suffix.lower() == ".wps":
        return Skip(str(path), "WPS Writer format .wps: save it as .docx", source)
    return Skip(str(path), "old Word format .doc: save it as .docx", source)


def _not_word(path: Path, source: str, max_mb: float) -> "Record | list[Record] | Skip | None":
    """What a file named as a Word file (``.docx``, ``.doc``, ``.wps``) gives when it holds a
    web page instead (HTML, or an MHTML archive: what Word saves as a web page and what many
    sites give as ``.doc``): that page's articles; or RTF: a Skip saying so. None for
    anything else (and for a file that cannot be read: its reader says why)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return None
    kind = document_kind(head)
    if kind in ("html", "mhtml"):
        from .html import read_html

        return empty_file(path, source) or read_html(path, source, max_mb, mhtml=kind == "mhtml")
    if kind == "rtf":
        return Skip(str(path), f"an RTF file named {path.suffix}: save it as .docx", source)
    return None


HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".mhtml", ".mht")


def _read_page(path: Path, source: str, max_mb: float = math.inf) -> "PageText | Record | list[Record] | Skip":
    """A page file (:func:`read_page`, looked up when called, so that it can be replaced)."""
    return read_page(path, source, max_mb=max_mb)


def _read_html(path: Path, source: str, max_mb: float = math.inf) -> "Record | list[Record] | Skip":
    """An HTML page (:mod:`.html`, imported only when one is read)."""
    from .html import read_html

    return read_html(path, source, max_mb)


#: File kinds read as pages or documents: kind → (name endings, reader). A new
#: format adds its module to this package and one entry here.
READERS: dict[str, tuple[tuple[str, ...], Reader]] = {
    "page": (PAGE_SUFFIXES, _read_page),
    "html": (HTML_SUFFIXES, _read_html),
    "pdf": ((".pdf",), _read_pdf),
    "docx": ((".docx",), _read_docx),
    "doc": ((".doc", ".wps"), _read_doc),
}
