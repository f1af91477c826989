"""Articles → tagged, prepared articles (:class:`~.writer.PreparedArticle`), on several processes.

The costly part of indexing (tagging, segmenting every text field, cutting grams)
is independent per article. :func:`prepared` runs it on ``procs`` worker processes
and yields the results in input order, so the process holding the index writer
only adds ready documents to Whoosh. Articles go to the workers in windows of
:data:`WINDOW`; while the writer adds one window the workers prepare the next,
and no more than two windows are ever held in memory.

A fresh build can go further (:func:`write_segments`): each worker writes whole
index segments, one per run of consecutive articles (:func:`segment_size`), and the
writer only adopts them in input order and stores their gram rows and story sketches
(the workers make those too). Documents keep
the numbers a one-process build gives them, so scores and their ties come out the
same; only the segment boundaries differ.

Indexing allocates millions of objects that live until their segment is written,
so the build and its workers run Python's garbage collector less often
(:func:`fewer_collections`).

With ``procs=1`` everything runs in this process. All give the same answers
(``tests/test_pipeline.py``). :func:`auto_procs` picks a worker count for an input
size: small inputs are not worth starting processes for.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from contextlib import contextmanager
from itertools import islice
from typing import Any, Iterable, Iterator

from ..documents import Article
from . import stories
from .segwriter import GroupingSegmentWriter
from ..tagging import Tagger
from .writer import IndexWriter, PreparedArticle, prepare

#: Articles per window handed to the workers.
WINDOW = 2000

#: Bounds of the articles per segment written by a worker (:func:`segment_size`):
#: enough segments to keep every worker busy, few enough to keep queries quick.
SEGMENT_ARTICLES = (1000, 12000)

#: Bytes of input per article assumed when sizing segments (statutes are about 700).
BYTES_PER_ARTICLE = 600

#: Inputs smaller than this (bytes) are prepared in this process.
PARALLEL_MIN_BYTES = 4 << 20

_tagger: Tagger | None = None


def auto_procs(input_bytes: int) -> int:
    """Worker processes worth using for ``input_bytes`` of input: 1 (none) or the CPU count."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if input_bytes < PARALLEL_MIN_BYTES or cpus < 2 else cpus


#: Allocations between two young-generation collections while indexing (Python's
#: default is 700): indexing allocates millions of objects that live until their
#: segment is written, and frequent collections would walk them again and again.
GC_YOUNG = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector at the indexing rhythm (:data:`GC_YOUNG`) inside the block."""
    old = _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _collect_less() -> tuple[int, ...]:
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG), *old[1:])
    return old


def _init(tagger: Tagger) -> None:
    global _tagger
    _tagger = tagger
    _collect_less()  # a worker only indexes
    # Ctrl-C reaches every process of the terminal's group: the build's own process
    # says it was interrupted and ends the pool; a worker would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(procs: int, tagger: Tagger) -> Any:
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    return ctx.Pool(procs, initializer=_init, initargs=(tagger,))


@contextmanager
def worker_pool(procs: int, tagger: Tagger) -> Iterator[Any]:
    """``procs`` worker processes for one build (None for ``procs=1``), shared by its
    reading (:func:`.readers.iter_inputs` with ``offload=pool.apply_async``: PDF files
    are read on them) and its preparing or segment writing (``pool`` of
    :func:`prepared` and :func:`write_segments`)."""
    if procs <= 1:
        yield None
        return
    with _pool(procs, tagger) as pool:
        yield pool


@contextmanager
def _own_pool(pool: Any, procs: int, tagger: Tagger) -> Iterator[Any]:
    """``pool``, or a pool of this call's own."""
    if pool is not None:
        yield pool
        return
    with _pool(procs, tagger) as own:
        yield own


def _work(articles: list[Article]) -> list[PreparedArticle]:
    assert _tagger is not None
    return [prepare(_tagger.tag_article(a)) for a in articles]


def prepared(articles: Iterable[Article], tagger: Tagger, procs: int = 1, pool: Any = None) -> Iterator[PreparedArticle]:
    """``prepare(tagger.tag_article(a))`` for each article, in order, on ``procs``
    processes (those of ``pool``, from :func:`worker_pool`, if given)."""
    if procs <= 1:
        for a in articles:
            yield prepare(tagger.tag_article(a))
        return
    it = iter(articles)
    with _own_pool(pool, procs, tagger) as pool:
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


def _write_segment(task: tuple[str, str, list[Article], int]) -> tuple[Any, list[tuple[int, str]], list[Any]]:
    """Tag, prepare and write ``articles`` as one new segment of the index in ``folder``;
    returns the segment, the gram rows (one per section document) and the articles'
    story sketches (:func:`.stories.sketches`)."""
    from whoosh.filedb.filestore import FileStorage

    folder, indexname, articles, seq = task
    assert _tagger is not None
    ix = FileStorage(folder).open_index(indexname)
    w = GroupingSegmentWriter(ix, _lk=False)
    rows: list[tuple[int, str]] = []
    tagged = []
    try:
        for a in articles:
            a = _tagger.tag_article(a)
            tagged.append(a)  # sketched with its courts (:func:`.stories.other_courts`)
            for fields, row in IndexWriter.documents(prepare(a)):
                fields["seq"] = seq
                rows.append((seq, row))
                w.add_document(**fields)
                seq += 1
        segment = w._finalize_segment()
    except BaseException:
        w._close_segment()
        raise
    # Not w.commit() or w._finish(): the table of contents is the writer's, and the
    # temporary folder is shared with the other workers until the writer's commit.
    return segment, rows, stories.sketches(tagged)


def segment_size(input_bytes: int, procs: int) -> int:
    """Articles per worker-written segment: about two segments per worker, within :data:`SEGMENT_ARTICLES`."""
    low, high = SEGMENT_ARTICLES
    return max(low, min(high, -(-input_bytes // BYTES_PER_ARTICLE) // (2 * procs)))


def write_segments(writer: IndexWriter, articles: Iterable[Article], tagger: Tagger, procs: int,
                   size: int = SEGMENT_ARTICLES[1], pool: Any = None) -> int:
    """Index ``articles`` into the (fresh) index of ``writer`` as segments of ``size``
    articles written by ``procs`` workers (those of ``pool``, from :func:`worker_pool`,
    if given); the writer adopts them at its commit. Returns the articles written."""
    ix = writer.index
    folder, indexname = ix.storage.folder, ix.indexname
    it = iter(articles)
    written = 0
    with _own_pool(pool, procs, tagger) as pool:
        pending = []
        while True:
            while len(pending) < procs + 1:  # the workers busy and one batch queued
                batch = list(islice(it, size))
                if not batch:
                    break
                docs = sum(max(1, len(a.sections)) for a in batch)
                writer.add_citations(batch)
                seq = writer.reserve_seqs(docs)
                task = (folder, indexname, batch, seq)
                pending.append((len(batch), docs, pool.apply_async(_write_segment, (task,))))
            if not pending:
                break
            n, docs, result = pending.pop(0)
            segment, rows, sketches = result.get()
            if len(rows) != docs:
                raise RuntimeError(f"a worker wrote {len(rows)} section documents where {docs} were expected")
            writer.add_sketches(sketches)
            writer.adopt_segment(segment, rows, n)
            written += n
    return written
