"""The files an index took its articles from: ``files.sqlite`` beside the index.

In: after a build commits, for each file whose articles it wrote, the name results
give it (``source``), its size and modification time (ns) as they were just before
it was read, how many index documents (sections) its articles gave, and the
reading context (:func:`context`: the lawnews version, the
code that reads files, the tagger), and what its reading left out or warned about
(:meth:`FileStore.settle`: the records of a JSONL file skipped, the pages of a PDF that gave
no text, a headline-only page). Out: whether a file is unchanged since, so that an
update need not read it again (:func:`.build.build_index`), and those notes, which the
update's account lists for it as a fresh build's would (:meth:`FileStore.notes`); and, from an
index's reader, the names it gives its files in subfolders that a name typed without its folder
stands for (:func:`in_subfolders`). Beside each row, the
time its file's inode last changed (``ctime``, table ``changed``): a file written again and given back
its size and modification time (copied over with ``cp -p``, unpacked from an archive, ``touch -r``)
has a new one, so it is read again; a row recorded without it (an index of an older lawnews) is
judged by size and modification time alone. A row is only a hint: a file counts as unchanged only
while the index still holds all its articles, so rows of files (or articles)
removed since never hide a file, and a build that did not finish writes none.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Tuple

from ...version import __version__
from .sidestore import SideStore, side_store

FILE_NAME = "files.sqlite"


class FileStore(SideStore):
    """``files.sqlite``: one row per file (``source``) the index's articles came from."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS files (source TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                                      context TEXT NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS notes (source TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
                                      suffix TEXT NOT NULL, reason TEXT NOT NULL, named INTEGER NOT NULL,
                                      PRIMARY KEY (source, seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS changed (source TEXT PRIMARY KEY, ctime_ns INTEGER NOT NULL) WITHOUT ROWID;
    """

    #: The kinds of a note: an input skipped, or indexed with a warning.
    KINDS = ("skipped", "warning")

    def rows(self) -> dict[str, tuple[int, int, str, int]]:
        """``source → (size, mtime_ns, context, documents)`` of every file recorded."""
        with self._reading() as con:
            return {row[0]: tuple(row[1:])
                    for row in con.execute("SELECT source, size, mtime_ns, context, documents FROM files")}

    def changed(self) -> dict[str, int]:
        """``source → ctime_ns`` of the files recorded with it."""
        with self._reading() as con:
            return dict(con.execute("SELECT source, ctime_ns FROM changed"))

    def settle(self, forget: Iterable[str] = (), files: Iterable[tuple[str, int, int, int, int]] = (),
               context: str = "", notes: "Mapping[str, Iterable[Note]] | None" = None) -> None:
        """Keep what an index's commit did, in one transaction (a kill leaves all of it or
        none): drop the rows and notes of ``forget`` (files read again without success, or
        removed), record ``(source, size, mtime_ns, ctime_ns, documents)`` of ``files`` whose
        articles were just written, read with ``context``, and for each file of ``notes`` what its
        reading skipped or warned about, replacing what was noted of it before (nothing: an
        empty list)."""
        gone = [(s,) for s in forget]
        listed = list(files)
        rows = [(source, size, mtime, context, n) for source, size, mtime, _ctime, n in listed]
        noted = dict(notes or {})
        if not (gone or rows or noted):
            return
        with self._writing() as con:
            con.executemany("DELETE FROM files WHERE source = ?", gone)
            con.executemany("DELETE FROM changed WHERE source = ?", gone)
            con.executemany("DELETE FROM notes WHERE source = ?", gone + [(s,) for s in noted])
            con.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows)
            con.executemany("INSERT OR REPLACE INTO changed VALUES (?, ?)",
                            [(source, ctime) for source, _size, _mtime, ctime, _n in listed])
            con.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?)",
                            [(source, seq, *note) for source, items in noted.items()
                             for seq, note in enumerate(items)])

    def notes(self) -> dict[str, list[Note]]:
        """``source → [(kind, suffix, reason, named), …]`` in reading order (:data:`Note`)."""
        out: dict[str, list[Note]] = {}
        with self._reading() as con:
            for source, kind, suffix, reason, named in con.execute(
                    "SELECT source, kind, suffix, reason, named FROM notes ORDER BY source, seq"):
                out.setdefault(source, []).append((kind, suffix, reason, bool(named)))
        return out


#: What a file's reading left out or warned about: ``(kind, suffix, reason, named)``; the
#: input is the file's path followed by ``suffix`` (``:2`` a JSONL line, ``:page 3`` a PDF
#: page, ``""`` the file), ``kind`` one of :attr:`FileStore.KINDS`, ``named`` whether the
#: skip names the file as the index does (its ``source``).
Note = Tuple[str, str, str, bool]


def file_store(ix: Any) -> FileStore:
    """The file store of index ``ix`` (in memory for an index in memory)."""
    return side_store(ix, FILE_NAME, FileStore)


def stat_of(path: Path) -> tuple[int, int, int] | None:
    """``(size, mtime_ns, ctime_ns)`` of ``path``, None when it cannot be asked."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def context(tagger_fingerprint: str) -> str:
    """What a file's articles depend on besides its bytes: the lawnews version, the
    code and data that read and segment files (:func:`_code_digest`), and the tagger."""
    return f"{__version__}:{_code_digest()}:{tagger_fingerprint}"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A hash of ``documents.py`` and the ingest and analysis packages (code and data), once per process."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    files = [package / "documents.py", *(p for part in ("ingest", "analysis") for p in (package / part).rglob("*"))]
    for path in sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def in_subfolders(reader: Any, name: str) -> list[str]:
    """The names the index read by ``reader`` gives its files (field ``file``) that lie in a subfolder
    of the indexed folder and whose path ends with ``name`` (``sub/a.txt`` and ``sub/deep/a.txt``
    for ``a.txt``; a ``\\`` written between folders read as ``/``), in order."""
    tail = "/" + name.replace("\\", "/").strip("/")
    return [t for t in (t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon("file"))
            if t.endswith(tail)]
