"""Articles → tagged, prepared articles (:class:`~.writer.PreparedArticle`), on several processes.

The costly part of indexing (tagging, segmenting every text field, cutting grams)
is independent per article. :func:`prepared` runs it on ``procs`` worker processes
and yields the results in input order, so the process holding the index writer
only adds ready documents to Whoosh. Articles go to the workers in windows of
:data:`WINDOW`; while the writer adds one window the workers prepare the next,
and no more than two windows are ever held in memory.

With ``procs=1`` everything runs in this process. Both give the same index
(``tests/test_pipeline.py``). :func:`auto_procs` picks a worker count for an input
size: small inputs are not worth starting processes for.
"""

from __future__ import annotations

import multiprocessing
import os
from itertools import islice
from typing import Any, Iterable, Iterator

from .documents import Article
from .tagging import Tagger
from .writer import PreparedArticle, prepare

#: Articles per window handed to the workers.
WINDOW = 2000

#: Inputs smaller than this (bytes) are prepared in this process.
PARALLEL_MIN_BYTES = 4 << 20

_tagger: Tagger | None = None


def auto_procs(input_bytes: int) -> int:
    """Worker processes worth using for ``input_bytes`` of input: 1 (none) or the CPU count."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if input_bytes < PARALLEL_MIN_BYTES or cpus < 2 else cpus


def _init(tagger: Tagger) -> None:
    global _tagger
    _tagger = tagger


def _work(articles: list[Article]) -> list[PreparedArticle]:
    assert _tagger is not None
    return [prepare(_tagger.tag_article(a)) for a in articles]


def prepared(articles: Iterable[Article], tagger: Tagger, procs: int = 1) -> Iterator[PreparedArticle]:
    """``prepare(tagger.tag_article(a))`` for each article, in order, on ``procs`` processes."""
    if procs <= 1:
        for a in articles:
            yield prepare(tagger.tag_article(a))
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    it = iter(articles)
    with ctx.Pool(procs, initializer=_init, initargs=(tagger,)) as pool:
        pending = _submit(pool, it, procs)
        while pending is not None:
            results = pending.get()
            pending = _submit(pool, it, procs)  # the workers start on the next window ...
            for chunk in results:  # ... while this one is written
                yield from chunk


def _submit(pool: Any, it: Iterator[Article], procs: int) -> Any:
    window = list(islice(it, WINDOW))
    if not window:
        return None
    size = -(-len(window) // (procs * 4))
    chunks = [window[i : i + size] for i in range(0, len(window), size)]
    return pool.map_async(_work, chunks)
