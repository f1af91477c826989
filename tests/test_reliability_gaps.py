"""Reliability gaps: files that stop giving articles, very large pages, and two
processes building the default index at once.

Each test states what the index must hold afterwards, not only that nothing raised.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import lawnews
from lawnews.index.ingest import jsonl, readers
from lawnews.index.store.locks import build_lock
from lawnews.index.ingest.pages import parse_page
from support import CORPUS, DATA

PAGE = CORPUS / "002_79b23406edc23697.txt"
SMALL = DATA / "articles.jsonl"


def ids_by_file(index_dir: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with lawnews.NewsIndex.open(index_dir) as ix:
        for article in ix.articles():
            out.setdefault(article.file, set()).add(article.id)
    return out


def record(id_: str, text: str = "交叉执行工作取得成效。") -> str:
    return json.dumps({"id": id_, "title": f"标题{id_}", "text": text}, ensure_ascii=False)


@pytest.fixture()
def indexed(tmp_path):
    """A folder of one page file and one JSONL file, indexed; returns (folder, index, ids by file)."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(PAGE, src / "page.txt")
    (src / "records.jsonl").write_text("\n".join(record(f"r{i}") for i in range(4)) + "\n", encoding="utf-8")
    ix = tmp_path / "ix"
    lawnews.build_index([src], ix)
    before = ids_by_file(ix)
    assert len(before["page.txt"]) >= 2 and before["records.jsonl"] == {"r0", "r1", "r2", "r3"}
    return src, ix, before


# ------------------------------------------------------- files that now give nothing

NO_ARTICLES = {
    "empty": (b"", "empty"),
    "blank": (b"\n \n\t\n", "empty"),
    "binary": (b"%PDF-1.7\n\x00\x01\x02", "binary: a PDF file"),
    "nul": (b"abc\x00def", "binary: contains NUL bytes"),
    "undecodable": (bytes(range(128, 256)) * 20, "undecodable"),
    "no text": ("# 标题一\n\n## 标题二\n".encode(), "no article text found"),
}


@pytest.mark.parametrize("content, reason", NO_ARTICLES.values(), ids=NO_ARTICLES.keys())
def test_a_page_file_that_now_gives_no_article_loses_its_old_articles(indexed, content, reason):
    src, ix, before = indexed
    (src / "page.txt").write_bytes(content)
    report = lawnews.build_index([src], ix)
    after = ids_by_file(ix)
    assert "page.txt" not in after
    assert after["records.jsonl"] == before["records.jsonl"]
    skip = next(s for s in report.skipped if s.path == str(src / "page.txt"))
    n = len(before["page.txt"])
    assert skip.reason.startswith(reason)
    assert skip.reason.endswith(f"; its {n} earlier articles were removed from the index")
    assert skip.removed == n and skip.to_dict()["removed"] == n
    with lawnews.NewsIndex.open(ix) as index:
        assert index.stats()["articles"] == len(after["records.jsonl"])


def test_a_page_file_never_indexed_that_gives_nothing_is_reported_as_before(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    report = lawnews.build_index([tmp_path / "empty.txt", SMALL], tmp_path / "ix")
    assert [(s.reason, s.removed) for s in report.skipped] == [("empty", 0)]
    report = lawnews.build_index([tmp_path / "empty.txt"], tmp_path / "ix")  # an update
    assert [(s.reason, s.removed) for s in report.skipped] == [("empty", 0)]
    assert report.skipped[0].to_dict() == {"path": str(tmp_path / "empty.txt"), "reason": "empty"}


BAD_JSONL = {
    "empty": ("", "empty"),
    "blank lines": ("\n\n  \n", "empty"),
    "all lines bad": ("{broken\n" + json.dumps({"id": "x"}) + "\n[1, 2]\n", "no valid record: 3 lines skipped"),
    "not utf-8": ("标题".encode("gbk").decode("latin-1"), "undecodable"),
}


@pytest.mark.parametrize("content, reason", BAD_JSONL.values(), ids=BAD_JSONL.keys())
def test_a_jsonl_file_that_now_gives_no_record_loses_its_old_articles(indexed, content, reason):
    src, ix, before = indexed
    (src / "records.jsonl").write_bytes(content.encode("latin-1") if reason == "undecodable" else content.encode())
    report = lawnews.build_index([src], ix)
    after = ids_by_file(ix)
    assert "records.jsonl" not in after
    assert after["page.txt"] == before["page.txt"]
    skip = next(s for s in report.skipped if s.path == str(src / "records.jsonl"))
    assert skip.reason.startswith(reason)
    assert skip.removed == 4 and skip.reason.endswith("; its 4 earlier articles were removed from the index")


def test_ids_gone_from_a_jsonl_file_are_gone_from_the_index(indexed):
    src, ix, before = indexed
    (src / "records.jsonl").write_text(record("r1") + "\n{broken\n" + record("r9") + "\n", encoding="utf-8")
    report = lawnews.build_index([src], ix)
    after = ids_by_file(ix)
    assert after["records.jsonl"] == {"r1", "r9"}
    assert after["page.txt"] == before["page.txt"]
    assert [s.path for s in report.skipped] == [f"{src / 'records.jsonl'}:2"]
    assert report.skipped[0].removed == 0


def test_the_index_command_says_how_many_old_articles_went(indexed):
    src, ix, before = indexed
    (src / "page.txt").write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "lawnews", "index", "-q", str(src), "--index-dir", str(ix)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    n = len(before["page.txt"])
    assert f"  {src / 'page.txt'}: empty; its {n} earlier articles were removed from the index" in proc.stdout
    assert "page.txt" not in ids_by_file(ix)


def test_a_corrupt_gzipped_jsonl_file_is_reported_not_fatal(tmp_path):
    data = gzip.compress("".join(record(f"g{i}") + "\n" for i in range(2000)).encode())
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(data[:40] + bytes(b ^ 0x55 for b in data[40:80]) + data[80:])
    report = lawnews.build_index([path, SMALL], tmp_path / "ix")
    skip = next(s for s in report.skipped if s.path == str(path))
    assert skip.reason.startswith("unreadable: Error -3 while decompressing data") and not skip.transient
    assert report.articles >= 20


# ------------------------------------------------------- files that cannot be read now


def test_a_page_file_that_cannot_be_read_now_keeps_its_old_articles(indexed, monkeypatch):
    src, ix, before = indexed
    page = src / "page.txt"
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == page:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    report = lawnews.build_index([src], ix, reread=True)  # unchanged, it would not be read at all
    assert ids_by_file(ix) == before
    skip = next(s for s in report.skipped if s.path == str(page))
    n = len(before["page.txt"])
    assert skip.reason == f"unreadable: Permission denied; its {n} earlier articles are kept"
    assert skip.transient and skip.kept == n and skip.removed == 0


def test_a_page_file_that_vanishes_mid_run_keeps_its_old_articles(indexed, monkeypatch):
    src, ix, before = indexed
    page = src / "page.txt"
    real = readers.read_page

    def vanish(path: Path, source: str, *args, **kw):
        if path == page:
            path.unlink()  # gone between listing the folder and reading the file
        return real(path, source, *args, **kw)

    monkeypatch.setitem(readers.READERS, "page", (readers.PAGE_SUFFIXES, vanish))
    report = lawnews.build_index([src], ix, reread=True)  # unchanged, it would not be read at all
    assert ids_by_file(ix) == before
    skip = next(s for s in report.skipped if s.path == str(page))
    assert skip.reason.startswith("unreadable: No such file or directory")
    assert skip.kept == len(before["page.txt"])


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_jsonl_file_whose_read_fails_midway_keeps_its_old_articles(indexed, monkeypatch, jobs):
    src, ix, before = indexed
    path = src / "records.jsonl"
    path.write_text("\n".join(record(f"r{i}", "新的正文。") for i in range(4)) + "\n", encoding="utf-8")
    real = jsonl.record_article

    def fail_at_line_3(obj, source, line):
        if line == 3:
            raise OSError(5, "Input/output error")
        return real(obj, source, line)

    monkeypatch.setattr(jsonl, "record_article", fail_at_line_3)
    report = lawnews.build_index([src], ix, jobs=jobs)
    after = ids_by_file(ix)
    assert after == before  # r0 and r1 replaced, r2 and r3 kept from before
    with lawnews.NewsIndex.open(ix) as index:
        assert index.article("r0").text == "新的正文。"
        assert index.article("r3").text == "交叉执行工作取得成效。"
    skip = next(s for s in report.skipped if s.path == str(path))
    assert skip.reason == "unreadable: [Errno 5] Input/output error; its 2 earlier articles are kept"
    assert skip.transient and skip.kept == 2


# ------------------------------------------------------- very large page files


def corpus_pages(size: int, *, shape: str = "pages") -> str:
    """About ``size`` bytes of the corpus pages, repeated: as printed (``pages``), or
    each page's text on one line with no blank line anywhere (``long lines``)."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if shape == "long lines":
        pages = ["".join(p.split()) + "\n" for p in pages]
    else:
        pages = [p.rstrip("\n") + "\n\n" for p in pages]
    one = "".join(pages)
    return one * -(-size // len(one.encode("utf-8")))


def tabular(rows: int) -> str:
    """An indented page, then rows that never end a sentence (a table)."""
    return "\u3000\u3000第一段正文。\n" * 3 + "".join(f"执行案件统计第{k}行数据合计\n" for k in range(rows))


def column(chars: int) -> str:
    """One paragraph hard-wrapped at 14 characters for ``chars`` characters."""
    text = ("法院执行工作取得新进展，" * (chars // 12 + 1))[:chars]
    return "".join(text[k:k + 14] + "\n" for k in range(0, len(text), 14))


def parse_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):  # the best of three: a pause of a busy machine is no growth
        started = time.process_time()
        articles = parse_page(text, "big.txt")
        best = min(best, time.process_time() - started)
    assert articles
    return best


@pytest.mark.parametrize("make, small", [
    (lambda n: corpus_pages(n), 250_000),
    (lambda n: corpus_pages(n, shape="long lines"), 250_000),
    (lambda n: tabular(n // 40), 100_000),
    (lambda n: column(n // 3), 100_000),
], ids=["pages", "long lines", "table", "one wrapped paragraph"])
def test_page_parsing_time_grows_linearly(make, small):
    """Four times the text takes about four times as long (sixteen would be quadratic)."""
    t1, t4 = parse_seconds(make(small)), parse_seconds(make(4 * small))
    assert t4 < 8 * max(t1, 0.02), (t1, t4)


def test_a_page_file_over_the_size_limit_is_skipped_with_its_reason(tmp_path, monkeypatch):
    page = tmp_path / "big.txt"
    page.write_text(corpus_pages(100_000), encoding="utf-8")
    ix = tmp_path / "ix"
    lawnews.build_index([page, SMALL], ix)
    before = ids_by_file(ix)
    # named relative to the folder holding both inputs
    big, small = (next(f for f in before if f.endswith(name)) for name in ("/big.txt", "/articles.jsonl"))
    monkeypatch.setenv("LAWNEWS_MAX_PAGE_MB", "0.05")
    assert lawnews.build_index([page], ix).unchanged == 1  # not read again: the limit is on reading
    assert ids_by_file(ix) == before
    report = lawnews.build_index([page], ix, reread=True)
    size = page.stat().st_size / 2**20
    assert [s.reason for s in report.skipped] == [
        f"file too large: {size:.1f} MB > 0.05 MB; a page file is read whole (set LAWNEWS_MAX_PAGE_MB"
        f" to raise the limit, or split the file); its {len(before[big])} earlier articles"
        " were removed from the index"]
    assert set(ids_by_file(ix)) == {small}
    proc = subprocess.run([sys.executable, "-m", "lawnews", "index", "-q", str(page), "--index-dir", str(ix)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"Error: nothing could be read: {page}: file too large: {size:.1f} MB > 0.05 MB;")
    monkeypatch.setenv("LAWNEWS_MAX_PAGE_MB", "0")  # no limit
    lawnews.build_index([page], ix)
    assert ids_by_file(ix) == before
    monkeypatch.setenv("LAWNEWS_MAX_PAGE_MB", "lots")
    with pytest.raises(lawnews.LawNewsError, match="LAWNEWS_MAX_PAGE_MB must be a number of MB"):
        lawnews.build_index([page], ix)


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["pages", "long lines"])
def test_a_50_mb_page_file_is_indexed(tmp_path, shape):
    page = tmp_path / "big.txt"
    page.write_text(corpus_pages(50 << 20, shape=shape), encoding="utf-8")
    started = time.perf_counter()
    report = lawnews.build_index([page], tmp_path / "ix")
    took = time.perf_counter() - started
    print(f"[50 MB page, {shape}] {report.articles} articles, {report.sections} sections in {took:.0f} s")
    assert report.skipped == [] and report.files == 1
    copies = page.stat().st_size // sum(p.stat().st_size for p in CORPUS.glob("*.txt"))
    assert report.articles >= copies
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.stats()["articles"] == report.articles
        assert ix.search("交叉执行", all_copies=True).total >= copies  # the copies are reposts of one another
    assert took < 900  # minutes at worst on a busy two-core machine; hours before parsing was linear


# ------------------------------------------------------- two first searches at once


def search_process(index_dir: Path, *args: str) -> subprocess.Popen:
    """A search on the per-user default index, which is ``index_dir`` (``…/lawnews/index``)."""
    env = {**os.environ, "XDG_DATA_HOME": str(index_dir.parent.parent)}
    return subprocess.Popen([sys.executable, "-m", "lawnews", "search", "交叉执行", "--json", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.mark.parametrize("n", [2, 3])
def test_first_searches_at_once_build_the_default_index_once_and_agree(tmp_path, corpus_index_dir, n):
    index_dir = tmp_path / "lawnews" / "index"
    index_dir.mkdir(parents=True)  # an empty folder, as a fresh data folder may hold
    procs = [search_process(index_dir) for _ in range(n)]
    builds = set()  # the staging folders seen while they run: one per build
    while any(p.poll() is None for p in procs):
        builds |= {p.name for p in index_dir.parent.glob(".index.building-*")}
        time.sleep(0.005)
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    hits = [[(h["article_id"], h["score"]) for h in json.loads(out)["hits"]] for out, _ in outs]
    assert hits[0] and all(h == hits[0] for h in hits)
    assert len(builds) == 1, builds  # the others waited for it and opened what it built
    with lawnews.NewsIndex.open(index_dir) as ix, lawnews.NewsIndex.open(corpus_index_dir) as single:
        assert ix.stats()["articles"] == single.stats()["articles"]
        assert ix.stats()["sections"] == single.stats()["sections"]
        assert {a.id for a in ix.articles()} == {a.id for a in single.articles()}
    assert [p.name for p in index_dir.parent.iterdir()] == ["index"]  # no staging leftovers
    # and the index is reused afterwards, not rebuilt
    built_at = json.loads((index_dir / "lawnews.json").read_text(encoding="utf-8"))["built_at"]
    out, err = search_process(index_dir).communicate(timeout=300)
    assert json.loads(out)["total"] == len(hits[0])
    assert json.loads((index_dir / "lawnews.json").read_text(encoding="utf-8"))["built_at"] == built_at


def test_a_first_search_killed_while_building_leaves_nothing_in_the_way(tmp_path):
    index_dir = tmp_path / "lawnews" / "index"
    proc = search_process(index_dir)
    deadline = time.monotonic() + 60
    while not list(index_dir.parent.glob(".index.building-*")) and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.kill()  # mid-build: its staging folder and lock file stay behind
    proc.wait()
    out, err = search_process(index_dir).communicate(timeout=300)
    assert json.loads(out)["total"] >= 1, err
    assert [p.name for p in index_dir.parent.iterdir()] == ["index"]


def test_the_build_lock_waits_then_says_who_holds_it(tmp_path):
    import threading

    index_dir = tmp_path / "ix"
    errors: list[BaseException] = []

    def other_builder() -> None:
        try:
            with build_lock(index_dir, timeout=0.3):
                pass
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            errors.append(e)

    with build_lock(index_dir):
        assert (tmp_path / ".ix.lock").exists()
        with build_lock(index_dir, timeout=0.3):  # the holder itself goes straight on
            pass
        started = time.monotonic()
        t = threading.Thread(target=other_builder)
        t.start()
        t.join()
        assert time.monotonic() - started >= 0.3
        assert len(errors) == 1 and isinstance(errors[0], lawnews.IndexLockedError)
        assert "another process has been building the index at" in str(errors[0])
    with build_lock(index_dir, timeout=0.3):  # free again
        pass
    assert list(tmp_path.iterdir()) == []


def test_the_library_update_also_drops_the_articles_of_a_file_that_gives_none(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"id": "a1", "title": "甲", "text": "甲的正文"}\n', encoding="utf-8")
    (src / "b.jsonl").write_text('{"id": "b1", "title": "乙", "text": "乙的正文"}\n', encoding="utf-8")
    lawnews.build_index([src], tmp_path / "ix", rebuild=True)
    (src / "b.jsonl").write_text("", encoding="utf-8")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        report = ix.add([src])
        assert [a.id for a in ix.articles()] == ["a1"]
        assert [s.removed for s in report.skipped] == [1]


def _rebuild(path):
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)


def test_two_rebuilds_of_one_index_at_once_both_finish_and_leave_it_whole(tmp_path, monkeypatch):
    import multiprocessing

    rename = os.replace

    def slow_rename(src, dst):  # widens the window between moving the old index away and the new in
        rename(src, dst)
        time.sleep(0.1)

    monkeypatch.setattr(os, "replace", slow_rename)
    path = tmp_path / "ix"
    ctx = multiprocessing.get_context("fork")
    for _round in range(3):
        procs = [ctx.Process(target=_rebuild, args=(path,)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        assert [p.exitcode for p in procs] == [0, 0]
        with lawnews.NewsIndex.open(path) as ix:
            assert ix.stats()["articles"] == 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix"]
