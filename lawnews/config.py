"""Where things are by default: the index directory, the bundled corpus, limits.

The index used when none is named is ``$LAWNEWS_INDEX_DIR`` when set (an index
that must exist, like one named with ``--index-dir``), else the per-user default
index (``$XDG_DATA_HOME/lawnews/index``, ``~/.local/share/lawnews/index``), which
alone is built from the bundled corpus on first use.
The bundled corpus is the ``corpus/`` folder beside the package source, and what
can be made again is cached in ``$XDG_CACHE_HOME/lawnews`` (``~/.cache/lawnews``),
each file written whole or not at all (:func:`replacing`).

A page file (``.txt``, ``.md``) is read, decoded and split into articles whole,
which takes about 10 times its size in memory (and indexing it about 25 times),
so page files larger than ``$LAWNEWS_MAX_PAGE_MB`` (default :data:`MAX_PAGE_MB`;
``0``: no limit) are skipped with that reason. Below it, a page costs what the
same text costs as JSONL: a 50 MB page indexes in one to four minutes on two
cores. JSONL files are read line by line and have no limit.
"""

from __future__ import annotations

import math
import os
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator

from .errors import LawNewsError

INDEX_DIR_ENV = "LAWNEWS_INDEX_DIR"
MAX_PAGE_MB_ENV = "LAWNEWS_MAX_PAGE_MB"
STATUTES_ENV = "LAWNEWS_STATUTES"

#: The largest page file read by default, in MB.
MAX_PAGE_MB = 100.0


def default_index_dir() -> Path:
    """The index used when none is named: ``$LAWNEWS_INDEX_DIR``, else :func:`user_index_dir`."""
    return env_index_dir() or user_index_dir()


def env_index_dir() -> Path | None:
    """The index ``$LAWNEWS_INDEX_DIR`` names, if it is set."""
    env = os.environ.get(INDEX_DIR_ENV, "").strip()
    return Path(env).expanduser() if env else None


def user_index_dir() -> Path:
    """The per-user default index, built from the bundled corpus on first use."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "lawnews" / "index"


def statutes_path() -> Path:
    """The statute collection citations are resolved against (docs/statutes.md):
    ``$LAWNEWS_STATUTES``, else the per-user ``$XDG_DATA_HOME/lawnews/statutes.sqlite``
    (``~/.local/share/lawnews/statutes.sqlite``), which indexing statute records fills.
    A ``$LAWNEWS_STATUTES`` naming a folder, or a file in a folder that does not exist,
    is an error naming the path (citations would stay unresolved without a word)."""
    env = os.environ.get(STATUTES_ENV, "").strip()
    if env:
        path = Path(env).expanduser()
        if path.is_dir():
            raise LawNewsError(f"{STATUTES_ENV} names the folder {str(path)!r}: name the statute collection"
                               f" file in it (e.g. {str(path / 'statutes.sqlite')!r})")
        if not path.parent.is_dir():
            raise LawNewsError(f"{STATUTES_ENV} names {str(path)!r}, in a folder that does not exist"
                               f" ({str(path.parent)!r}): correct the setting, or create the folder and"
                               " index statute records to fill it")
        return path
    return user_index_dir().parent / "statutes.sqlite"


def cache_dir() -> Path:
    """Where lawnews keeps what it can make again (the segmenter's dictionary
    snapshot, the parsed division table, models): ``$XDG_CACHE_HOME/lawnews``, else
    ``~/.cache/lawnews``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lawnews"


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A fresh temporary file beside ``path`` to write: it replaces ``path`` when the
    block ends without an error, and is removed in any case (a reader never sees a
    half-written file)."""
    import tempfile  # only when writing

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(tmp)


def bundled_corpus() -> Path:
    """The bundled corpus: ``lawnews/corpus`` in an installed wheel, else the
    ``corpus/`` folder of the source checkout (an editable install)."""
    here = Path(__file__).resolve().parent
    installed = here / "corpus"
    return installed if installed.is_dir() else here.parent / "corpus"


def max_page_mb() -> float:
    """The largest page file read, in MB (``$LAWNEWS_MAX_PAGE_MB``, else
    :data:`MAX_PAGE_MB`); ``math.inf`` for no limit."""
    env = os.environ.get(MAX_PAGE_MB_ENV, "").strip()
    if not env:
        return MAX_PAGE_MB
    try:
        value = float(env)
    except ValueError:
        value = math.nan
    if not value >= 0:
        raise LawNewsError(f"{MAX_PAGE_MB_ENV} must be a number of MB (0 for no limit), not {env!r}")
    return value or math.inf
