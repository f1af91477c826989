"""Where things are by default: the index directory and the bundled corpus.

The default index lives in ``$LAWNEWS_INDEX_DIR`` when set, else in the per-user
data directory (``$XDG_DATA_HOME/lawnews/index``, ``~/.local/share/lawnews/index``).
The bundled corpus is the ``corpus/`` folder beside the package source.
"""

from __future__ import annotations

import os
from pathlib import Path

INDEX_DIR_ENV = "LAWNEWS_INDEX_DIR"


def default_index_dir() -> Path:
    """The index used when none is named."""
    env = os.environ.get(INDEX_DIR_ENV)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "lawnews" / "index"


def bundled_corpus() -> Path:
    """The ``corpus/`` folder shipped with the source checkout."""
    return Path(__file__).resolve().parent.parent / "corpus"
