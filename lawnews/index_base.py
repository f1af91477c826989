"""What every layer of the index object holds, and the turns its threads take.

In: nothing of its own: :class:`~lawnews.news_index.NewsIndex` (``__init__``) sets the
attributes :class:`IndexBase` names (the Whoosh index, its folder and build record, the
tagger, the lock) and gives the searcher its layers read through.
Out: :class:`IndexBase`, the base of the index object's layers (:mod:`.statute_filters`,
:mod:`.index_writing`, :mod:`.news_index`), and :func:`_in_turn`, which makes a method hold
the index's lock while it runs.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar, cast

from .index.store.storage import IndexInfo
from .index.tagging import Tagger

if TYPE_CHECKING:
    from .search.searcher import IndexSearcher

_Method = TypeVar("_Method", bound=Callable[..., Any])


def _in_turn(method: _Method) -> _Method:
    """``method`` of :class:`NewsIndex` run while holding the index's lock: threads sharing
    one open index take turns, so that none reads from the searcher another closes when it
    moves to a newer state of the index (a commit, a rebuild) or when the index is closed."""

    @functools.wraps(method)
    def in_turn(self: "IndexBase", *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(_Method, in_turn)  # the same signature (functools.wraps)


class IndexBase:
    """The attributes of an open index that every layer of :class:`~lawnews.news_index.NewsIndex`
    reads; ``NewsIndex.__init__`` sets them."""

    path: Path | None
    _ix: Any
    _info: IndexInfo | None
    _tagger: Tagger
    _lock: threading.RLock

    if TYPE_CHECKING:
        @property
        def _searcher(self) -> IndexSearcher:
            """The searcher of the index now at :attr:`path` (``NewsIndex._searcher``)."""
