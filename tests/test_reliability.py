"""Faults injected for real: killed indexing runs, two writers, reads during commits.

Each test checks that no document was lost: counts and ids before and after are
what the inputs warrant.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import lawnews
from support import DATA

SMALL = DATA / "articles.jsonl"


def big_jsonl(path: Path, n: int) -> Path:
    """``n`` synthetic articles built from the test articles' sentences."""
    base = [json.loads(line) for line in SMALL.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = base[i % len(base)], base[(i * 7 + 3) % len(base)]
            text = f"{a['text']}\n第{i}号报道。{b['text']}"
            fh.write(json.dumps({"id": f"big{i}", "title": f"{a['title']} {i}", "text": text,
                                 "date": a["date"]}, ensure_ascii=False) + "\n")
    return path


def index_process(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lawnews", "index", "-q", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def live_ids(path: Path) -> set[str]:
    with lawnews.NewsIndex.open(path) as ix:
        return {a.id for a in ix.articles()}


SMALL_IDS = {json.loads(line)["id"] for line in SMALL.read_text(encoding="utf-8").splitlines()}


@pytest.mark.slow
@pytest.mark.parametrize("rebuild", [True, False], ids=["rebuild", "update"])
def test_killed_indexing_leaves_the_last_committed_index_whole(tmp_path, rebuild):
    ix = tmp_path / "ix"
    lawnews.build_index([SMALL], ix, rebuild=True)
    big = big_jsonl(tmp_path / "big.jsonl", 3000)
    mode = ["--rebuild"] if rebuild else []
    expected = {f"big{i}" for i in range(3000)} | (set() if rebuild else SMALL_IDS)
    for delay in (0.5, 1.5, 3.0, 5.0):
        proc = index_process([str(big), "--index-dir", str(ix), *mode])
        time.sleep(delay)
        if proc.poll() is not None:
            break  # it finished before the kill: nothing to test at this point
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # the index is readable and holds exactly what was last committed: the old
        # articles, or all the new ones when the kill came after the one commit
        ids = live_ids(ix)
        assert ids in (SMALL_IDS, expected), f"killed after {delay}s: {len(ids)} articles"
        if ids == expected:
            break  # committed before the kill: later kill points test nothing more
        with lawnews.NewsIndex.open(ix) as index:
            assert index.search("交叉执行").total == 2
    # the next run recovers (stale lock and leftovers cleared) and finishes
    proc = index_process([str(big), "--index-dir", str(ix), *mode, "--json"])
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert live_ids(ix) == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_second_writer_waits_then_fails_clearly(tmp_path):
    path = tmp_path / "ix"
    lawnews.build_index([SMALL], path)
    with lawnews.NewsIndex.open(path) as first, lawnews.NewsIndex.open(path) as second:
        with first.writer():
            started = time.perf_counter()
            with pytest.raises(lawnews.IndexLockedError, match="another process is writing"):
                second.writer(timeout=0.5)
            assert time.perf_counter() - started >= 0.4
        with second.writer() as w:  # the lock is free again once the first commits
            w.delete_article("t01")
    assert live_ids(path) == SMALL_IDS - {"t01"}


def test_a_second_writer_process_gets_one_line_and_exit_1(tmp_path):
    path = tmp_path / "ix"
    lawnews.build_index([SMALL], path)
    with lawnews.NewsIndex.open(path) as ix, ix.writer():
        proc = subprocess.run([sys.executable, "-m", "lawnews", "index", str(SMALL), "--index-dir", str(path)],
                              capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "Error: another process is writing to this index; wait for it to finish and try again"]
    assert live_ids(path) == SMALL_IDS


def test_readers_keep_answering_while_a_writer_commits(tmp_path):
    path = tmp_path / "ix"
    lawnews.build_index([SMALL], path)
    big = big_jsonl(tmp_path / "big.jsonl", 400)
    lines = big.read_text(encoding="utf-8").splitlines()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for start in range(0, len(lines), 100):
                chunk = tmp_path / f"chunk{start}.jsonl"
                chunk.write_text("\n".join(lines[start:start + 100]) + "\n", encoding="utf-8")
                with lawnews.NewsIndex.open(path) as ix:
                    ix.add([chunk])
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    writer = threading.Thread(target=write)
    writer.start()
    seen = []
    with lawnews.NewsIndex.open(path) as reader:
        while writer.is_alive():
            # every copy counted: the synthetic articles repost one another, and a new
            # copy can merge stories, so only the number of articles must grow
            res = reader.search("交叉执行", limit=5, all_copies=True)
            seen.append(res.total)
            assert res.total >= 2 and all(h.title for h in res.hits)
    writer.join()
    assert not errors
    assert seen == sorted(seen)  # totals only grow: never a half-written state
    assert live_ids(path) == SMALL_IDS | {f"big{i}" for i in range(400)}


def test_stale_build_leftovers_are_cleared(tmp_path):
    path = tmp_path / "ix"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = tmp_path / f".ix.building-{pid}-123"
    stale.mkdir()
    (stale / "junk").write_text("x")
    lawnews.build_index([SMALL], path, rebuild=True)
    assert not stale.exists()
    assert live_ids(path) == SMALL_IDS
