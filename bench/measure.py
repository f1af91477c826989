"""Measurements, each in a fresh child process, with the same code for both engines.

The parent calls :func:`build_in_child` and :func:`queries_in_child`; each starts
``python bench/measure.py build|queries ENGINE SIZE INDEX_DIR``, whose last stdout
line is one JSON object:

* ``build``: ``{"build_s", "docs", "index_mb", "peak_rss_mb"}`` — wall time of the
  engine's build call (imports done before the clock starts, lazy dictionary
  loads included), documents made, bytes on disk, and the child's own peak RSS;
* ``queries``: ``{"open_s", "p50_ms", "p95_ms", "per_query": […], "peak_rss_mb"}`` —
  every query of :func:`queries.all_queries` run once to warm up, then ``reps``
  times more (all queries per repetition), each call timed on its own; p50/p95
  over all timed calls.

:func:`time_command` times a whole shell command (start-up) from the parent.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import corpora
from engines import ENGINES, Engine
from queries import all_queries

STARD_QUERIES = corpora.SHARED / "eval" / "stard" / "queries-train.jsonl"
CHILD_TIMEOUT_S = 2 * 3600  # a hung child fails the run instead of stalling it


# -- helpers ----------------------------------------------------------------
def peak_rss_mb() -> float:
    """This process's peak resident set size plus, for each worker process it ran
    (lawnews indexing on several processes), the largest worker's peak: an upper
    bound of what the build held at once (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own + _workers * children


_workers = 0  # worker processes the measured build ran (set by measure_build)


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def percentiles(samples: list[float]) -> tuple[float, float]:
    """``(p50, p95)`` of the samples (linear interpolation)."""
    cuts = statistics.quantiles(samples, n=20, method="inclusive")
    return statistics.median(samples), cuts[18]


def prepare(engine: Engine) -> None:
    """Import the engine's modules so that no timing includes them; quiet jieba's log."""
    for name in engine.modules:
        importlib.import_module(name)
    logging.getLogger("jieba").setLevel(logging.WARNING)


# -- what the child measures ------------------------------------------------
def measure_build(engine: Engine, size: str, index_dir: Path) -> dict[str, Any]:
    global _workers
    corpus = corpora.corpus(size)
    prepare(engine)
    if engine.name == "lawnews":
        from lawnews.index.store.build import text_size
        from lawnews.index.store.pipeline import auto_procs

        workers = auto_procs(text_size([corpus.path]))
        _workers = workers if workers > 1 else 0
    started = time.perf_counter()
    docs = engine.build(corpus, index_dir)
    took = time.perf_counter() - started
    return {"build_s": took, "docs": docs, "index_mb": dir_mb(index_dir), "peak_rss_mb": peak_rss_mb()}


def measure_queries(engine: Engine, index_dir: Path, reps: int) -> dict[str, Any]:
    queries = all_queries(STARD_QUERIES)
    prepare(engine)
    started = time.perf_counter()
    search = engine.open(index_dir)
    open_s = time.perf_counter() - started
    matches = [search(q) for q in queries]  # warm-up pass
    times: list[list[float]] = [[] for _ in queries]
    for _ in range(reps):
        for i, q in enumerate(queries):
            t = time.perf_counter()
            search(q)
            times[i].append((time.perf_counter() - t) * 1000)
    p50, p95 = percentiles([t for per in times for t in per])
    return {
        "open_s": open_s, "p50_ms": p50, "p95_ms": p95, "reps": reps, "peak_rss_mb": peak_rss_mb(),
        "per_query": [{**q.to_dict(), "matches": m, "median_ms": statistics.median(ts)}
                      for q, m, ts in zip(queries, matches, times)],
    }


# -- the parent's side --------------------------------------------------------
def _child(*args: str) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args],
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise RuntimeError(f"measure.py {' '.join(args)} failed with exit code {proc.returncode}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build_in_child(engine: str, size: str, index_dir: Path) -> dict[str, Any]:
    return _child("build", engine, size, str(index_dir))


def queries_in_child(engine: str, size: str, index_dir: Path, reps: int) -> dict[str, Any]:
    return _child("queries", engine, size, str(index_dir), "--reps", str(reps))


def time_command(cmd: list[str], runs: int) -> dict[str, Any]:
    """Median and min wall time of ``cmd`` over ``runs`` runs, after one untimed run."""
    subprocess.run(cmd, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return {"cmd": cmd, "median_s": statistics.median(times), "min_s": min(times), "runs": runs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="One measurement, printed as a JSON line (run by bench.py).")
    ap.add_argument("what", choices=["build", "queries"])
    ap.add_argument("engine", choices=sorted(ENGINES))
    ap.add_argument("size", choices=corpora.SIZES)
    ap.add_argument("index_dir", type=Path)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args(argv)
    engine = ENGINES[args.engine]
    if args.what == "build":
        result = measure_build(engine, args.size, args.index_dir)
    else:
        result = measure_queries(engine, args.index_dir, args.reps)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
