"""Input files → decoded page texts and JSONL records, with an account of skips.

:func:`iter_inputs` walks files and folders (recursively, in a stable order) and
yields, per input, either an :class:`Article`-producing input or a
:class:`~.inputs.Skip` saying why the input was not used. Nothing is dropped silently:
every file, and every bad JSONL line, ends as one or the other.

Page files (``.txt``, ``.md``) are decoded by content, not by name (:mod:`.decoding`:
UTF-8 with or without BOM, UTF-16, GB18030, Big5), and one that holds a web page
itself (HTML, MHTML) is read as that page (:mod:`.html`); one larger than the page size limit
(:func:`lawnews.config.max_page_mb`) is skipped unread. JSONL files
(``.jsonl``, ``.ndjson``, optionally ``.gz``) are read line by line by :mod:`.jsonl`, a bad
line a skip of its own. PDF e-paper pages
(``.pdf``, :mod:`.pdf`) and Word files (``.docx``, :mod:`.docx`) are read by their
own modules; an old ``.doc`` is skipped saying to save it as .docx (a Word file that
holds a web page, as Word's web pages and many sites' downloads do, is read as that page).
"""

from __future__ import annotations

import math
import os
import re
import stat
from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ...config import max_page_mb
from ...errors import ArgumentTypeError, InvalidArgumentError
from .decoding import blank, decode_repairing, document_kind, undecoded
from .found import no_article
from .web_lines import looks_like_webpage
from .webpage import web_articles
from .masthead import name_meta
from .page_header import mirror_header
from .clean import without_cut_notice
from .markup import strip_markdown, strip_markup
from .inputs import Check, Input, PageText, Paths, Record, Skip, Unchanged, empty_file, read_whole
from .jsonl import read_jsonl

PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Page files whose Markdown is markup (:func:`~.markup.strip_markdown`).
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

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
