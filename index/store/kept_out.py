"""What an index keeps out of its updates: the files and articles removed from it while
their files are still there, which a reading of their folder would otherwise bring back.

In: the record an index keeps of them (``extra["kept_out"]`` of ``lawnews.json``: each file
removed by the name results give it, each article removed by id with its file's name), the
files and articles a removal takes out, the paths a build or an update is given and the
folder the index names its files from (``root``). Out: :class:`KeptOut`: the record with the
removed added (:meth:`KeptOut.removing`), those of a file named again taken back
(:meth:`KeptOut.naming`: ``lawnews index FILE`` gives the file and its articles back, the file read
again), those
of files gone from disk dropped (:meth:`KeptOut.present`), the record named from another
folder (:meth:`KeptOut.rebased`), and what a reading leaves out: files by name
(:attr:`KeptOut.files`), articles by id (:meth:`KeptOut.article`). Files are kept by name, as
the index names them, so that a folder moved with the index's files keeps them out too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

KEY = "kept_out"

Root = "str | os.PathLike[str] | None"


def path_of(name: str, root: Root) -> str:
    """The path of the file an index naming its files from ``root`` names ``name``."""
    return os.path.join(root, name) if root is not None and not os.path.isabs(name) else name


@dataclass(frozen=True)
class KeptOut:
    """Files (by name) and articles (id → its file's name, "" for an article no file gave)
    an index keeps out; ``taken_back``, the files :meth:`naming` took back whose articles were
    kept out (not recorded): a build reads them again, unchanged as they may be."""

    files: frozenset[str] = frozenset()
    articles: Mapping[str, str] = field(default_factory=dict)
    taken_back: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def of(cls, extra: Mapping[str, Any] | None) -> "KeptOut":
        """The record of an index's ``extra`` (none kept out when it has none)."""
        got = (extra or {}).get(KEY) or {}
        return cls(frozenset(str(p) for p in got.get("files") or ()),
                   {str(k): str(v) for k, v in (got.get("articles") or {}).items()})

    def to_extra(self) -> dict[str, Any] | None:
        """What ``extra["kept_out"]`` holds of it (None: nothing kept out)."""
        if not self:
            return None
        return {"files": sorted(self.files), "articles": dict(sorted(self.articles.items()))}

    def __bool__(self) -> bool:
        return bool(self.files or self.articles)

    def removing(self, files: Iterable[str] = (), articles: Mapping[str, str] | None = None) -> "KeptOut":
        """With the files named ``files`` and the ``articles`` (id → its file's name) kept out too."""
        return KeptOut(self.files | frozenset(files), {**self.articles, **(articles or {})})

    def naming(self, paths: Iterable[str | os.PathLike[str]], root: Root) -> "KeptOut":
        """Without the files ``paths`` name one by one (not a folder holding them), nor the
        articles of those files: naming a file to index takes it back (a file with articles
        taken back among :attr:`taken_back`, to be read again)."""
        from ..ingest.readers import file_name  # (a search that reads the record need not load the readers)

        named = {file_name(p, root) for p in paths if not os.path.isdir(p)}
        if not named:
            return self
        return KeptOut(self.files - named, {i: f for i, f in self.articles.items() if f not in named},
                       self.taken_back | {f for f in self.articles.values() if f in named})

    def present(self, root: Root) -> "KeptOut":
        """Without the files no longer there (and the articles of such files)."""
        return KeptOut(frozenset(f for f in self.files if os.path.lexists(path_of(f, root))),
                       {i: f for i, f in self.articles.items() if not f or os.path.lexists(path_of(f, root))})

    def rebased(self, old: Root, new: Root) -> "KeptOut":
        """The record of an index that named its files from ``old`` and names them from ``new``
        now (a rebuild from other folders); as it is when ``old`` is gone (a folder moved keeps
        its files' names) or the same."""
        if old is None or new is None or os.path.realpath(old) == os.path.realpath(new) or not os.path.isdir(old):
            return self
        from ..ingest.readers import file_name

        def again(name: str) -> str:
            return file_name(path_of(name, old), new) if name else name
        return KeptOut(frozenset(again(f) for f in self.files), {i: again(f) for i, f in self.articles.items()})

    def article(self, article_id: str) -> bool:
        """Whether the article ``article_id`` is kept out."""
        return article_id in self.articles
