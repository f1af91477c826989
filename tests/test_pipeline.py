"""Preparing articles in worker processes, or segmenting ahead of Whoosh, changes nothing in the index."""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

from support import CORPUS, DATA, dump

import lawnews
from lawnews.index.store import pipeline, storage
from lawnews.index.store.segwriter import GroupingSegmentWriter
from lawnews.index.tagging import Tagger
from lawnews.index.store.writer import IndexWriter, PreparedArticle, section_docs

INPUTS = [CORPUS, DATA / "articles.jsonl"]


def phrase_hits(path: Path, phrases: list[str]) -> dict[str, list[str]]:
    with lawnews.NewsIndex.open(path) as ix:
        return {p: [(h.article_id, h.section_no) for h in ix.search(f'"{p}"', group="section", limit=1000).hits]
                for p in phrases}


def test_workers_build_the_same_index_as_one_process(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = lawnews.build_index(INPUTS, one, rebuild=True, jobs=1)
    r2 = lawnews.build_index(INPUTS, two, rebuild=True, jobs=2)
    assert r1.to_dict() | {"index_dir": None, "took_s": 0} == r2.to_dict() | {"index_dir": None, "took_s": 0}
    a, b = dump(storage.open_index(one)[0]), dump(storage.open_index(two)[0])
    assert a["doc_count"] == r1.sections > 50
    assert a == b
    phrases = ["交叉执行", "执行到位", "法", "35.5万件", "院执"]
    assert phrase_hits(one, phrases) == phrase_hits(two, phrases)


def test_prepared_documents_index_exactly_like_plain_text():
    tagger = Tagger.default()
    articles = [tagger.tag_article(a) for a in lawnews.parse(INPUTS)]
    prepared_ix = storage.create_in_memory()
    with IndexWriter(prepared_ix, fresh=True) as w:
        for a in articles:
            w.add(a)
    plain_ix = storage.create_in_memory()
    w = GroupingSegmentWriter(plain_ix)
    for seq, doc in enumerate((d for a in articles for d in section_docs(a)), 1):
        w.add_document(seq=seq, **doc)  # plain str: the analyzer segments it
    w.commit()
    a, b = dump(prepared_ix), dump(plain_ix)
    assert len(a["postings"]) > 1000
    assert a == b


def _prepare_recording_pid(article):
    prepared = pipeline_prepare(article)
    return PreparedArticle(replace(prepared.article, meta={"pid": os.getpid()}), prepared.docs)


pipeline_prepare = pipeline.prepare


def test_two_procs_prepare_in_worker_processes_and_keep_the_order(monkeypatch):
    monkeypatch.setattr(pipeline, "prepare", _prepare_recording_pid)
    monkeypatch.setattr(pipeline, "WINDOW", 7)  # several windows
    articles = list(lawnews.parse(INPUTS))
    out = list(pipeline.prepared(iter(articles), Tagger.default(), procs=2))
    assert [p.article.id for p in out] == [a.id for a in articles]
    pids = {p.article.meta["pid"] for p in out}
    assert os.getpid() not in pids and len(pids) >= 1
    serial = list(pipeline.prepared(iter(articles), Tagger.default(), procs=1))
    assert {p.article.meta["pid"] for p in serial} == {os.getpid()}
    assert [p.docs for p in out] == [p.docs for p in serial]


def test_small_inputs_are_prepared_in_process():
    assert pipeline.auto_procs(1000) == 1


def test_segments_keep_each_worker_busy_within_bounds():
    low, high = pipeline.SEGMENT_ARTICLES
    assert pipeline.segment_size(6_000_000, 2) == 2500  # 10,000 statutes: four segments
    assert pipeline.segment_size(100_000, 2) == low
    assert pipeline.segment_size(10**9, 2) == high


def test_segments_written_by_workers_answer_like_one_segment(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(pipeline, "SEGMENT_ARTICLES", (7, 7))  # several segments per worker
    one, many = tmp_path / "one", tmp_path / "many"
    lawnews.build_index(INPUTS, one, rebuild=True, jobs=1)
    report = lawnews.build_index(INPUTS, many, rebuild=True, jobs=2)
    ix_many = storage.open_index(many)[0]
    with ix_many.reader() as r:
        assert len(r.leaf_readers()) == -(-report.articles // 7) > 3
    a, b = dump(storage.open_index(one)[0], blocks=False), dump(ix_many, blocks=False)
    assert a == b  # same documents, numbered alike, same postings and stored fields
    queries = ["交叉执行", "执行 OR 破产", "法院如何解决执行难？", '"执行到位"', "湖南 执行", "院执"]
    with lawnews.NewsIndex.open(one) as x, lawnews.NewsIndex.open(many) as y:
        for q in queries:
            rx, ry = x.search(q, limit=50), y.search(q, limit=50)
            assert [(h.article_id, round(h.score, 9)) for h in rx.hits] == \
                   [(h.article_id, round(h.score, 9)) for h in ry.hits], q
            assert (rx.total, rx.facets) == (ry.total, ry.facets), q
        assert x.stats()["articles"] == y.stats()["articles"]


def test_compressed_inputs_are_sized_by_their_text(tmp_path: Path):
    """Segments are sized by text, not by the bytes on disk: a .jsonl.gz counts as
    the JSONL it holds (it used to count compressed, giving four times the segments)."""
    import gzip

    from lawnews.index.store.build import input_size, text_size

    plain = (DATA / "articles.jsonl").read_bytes() * 50
    (tmp_path / "a.jsonl").write_bytes(plain)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(plain))
    assert text_size([tmp_path / "b.jsonl.gz"]) == text_size([tmp_path / "a.jsonl"]) == len(plain)
    assert input_size([tmp_path / "b.jsonl.gz"]) < len(plain) / 3  # on disk
    (tmp_path / "c.gz").write_bytes(b"not gzip at all, and long enough")
    assert text_size([tmp_path / "c.gz"]) >= (tmp_path / "c.gz").stat().st_size


def test_a_build_collects_garbage_at_the_indexing_rhythm_and_restores_the_callers(tmp_path: Path, monkeypatch):
    import gc

    seen: list[tuple[int, ...]] = []
    write = IndexWriter._write  # each article a build writes

    def watching(self, article):
        seen.append(gc.get_threshold())
        return write(self, article)

    monkeypatch.setattr(IndexWriter, "_write", watching)
    before = gc.get_threshold()
    gc.set_threshold(500, *before[1:])
    try:
        lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", rebuild=True, jobs=1)
        assert seen and all(t[0] == pipeline.GC_YOUNG for t in seen)
        assert gc.get_threshold()[0] == 500
        try:
            with pipeline.fewer_collections():
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            pass
        assert gc.get_threshold()[0] == 500
    finally:
        gc.set_threshold(*before)


def test_ctrl_c_leaves_the_workers_quiet_for_the_build_to_end():
    """Ctrl-C reaches every process of the terminal's group: the workers ignore it and
    leave it to the process that started them (which says the build was interrupted, in
    one line, and ends them), instead of each printing a traceback of its own."""
    with pipeline.worker_pool(2, Tagger.default()) as pool:
        handlers = set(pool.map(_sigint_handler, range(8), chunksize=1))
    assert handlers == {"SIG_IGN"}


def _sigint_handler(_: int) -> str:
    handler = signal.getsignal(signal.SIGINT)
    return handler.name if isinstance(handler, signal.Handlers) else repr(handler)
