"""The files an index took its articles from: ``files.sqlite`` beside the index.

In: after a build commits, for each file whose articles it wrote, the name results
give it (``source``), its size and modification time (ns) as they were just before
it was read, how many index documents (sections) its articles gave, and the
reading context (:func:`context`: the lawnews version, the
code that reads files, the tagger). Out: whether a file is unchanged since
(:meth:`FileStore.unchanged`), so that an update need not read it again
(:func:`.build.build_index`). A row is only a hint: a file counts as unchanged only
while the index still holds all its articles, so rows of files (or articles)
removed since never hide a file, and a build that did not finish writes none.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ...version import __version__
from .sidestore import SideStore, side_store

FILE_NAME = "files.sqlite"


class FileStore(SideStore):
    """``files.sqlite``: one row per file (``source``) the index's articles came from."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS files (source TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                                      context TEXT NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID;
    """

    def rows(self) -> dict[str, tuple[int, int, str, int]]:
        """``source → (size, mtime_ns, context, documents)`` of every file recorded."""
        with self._reading() as con:
            return {row[0]: tuple(row[1:])
                    for row in con.execute("SELECT source, size, mtime_ns, context, documents FROM files")}

    def record(self, files: Iterable[tuple[str, int, int, int]], context: str) -> None:
        """Record ``(source, size, mtime_ns, documents)`` of files whose articles were just written."""
        rows = [(source, size, mtime, context, n) for source, size, mtime, n in files]
        if rows:
            with self._writing() as con:
                con.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows)

    def forget(self, sources: Iterable[str]) -> None:
        """Drop the rows of ``sources`` (files read again without success, or removed)."""
        rows = [(s,) for s in sources]
        if rows:
            with self._writing() as con:
                con.executemany("DELETE FROM files WHERE source = ?", rows)


def file_store(ix: Any) -> FileStore:
    """The file store of index ``ix`` (in memory for an index in memory)."""
    return side_store(ix, FILE_NAME, FileStore)


def stat_of(path: Path) -> tuple[int, int] | None:
    """``(size, mtime_ns)`` of ``path``, None when it cannot be asked."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


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
