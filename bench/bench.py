#!/usr/bin/env python3
"""Performance benchmark: lawnews against a plain Whoosh + jieba baseline, by corpus size.

    .venv/bin/python bench/bench.py                          # all sizes: 30–60 min on 2 cores
    .venv/bin/python bench/bench.py --sizes bundled,10k      # a few minutes

In: the bundled pages (``corpus/``) and the statute corpus of ``../shared``
(first 10k, 50k or all 147k articles, written once to ``bench/cache/perf/``), the
fixed query list of :mod:`queries` (its questions read from ``../shared``).
Per size and per engine (:mod:`engines`; the baseline is :mod:`baseline`), each in
a fresh process (:mod:`measure`): one index build (wall time, articles/s, MB/s of
title + text, size on disk, peak RSS), then the query list (p50/p95 latency after a
warm-up pass). Then the start-up time of a whole ``search`` command on the smallest
index, and of importing each engine; the tagging throughput, and the time of tagging a page printed
as one long line at two lengths; and what reading each
input format costs per MB of text (:mod:`formats`).

Out: progress on stderr; the table (:mod:`report`) on stdout; every figure, with the
per-query timings and match counts, in ``bench/results/<timestamp>.json``.
Without ``../shared`` it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import corpora
import formats
import measure
import report
from engines import ENGINES
from queries import all_queries

RESULTS = corpora.BENCH / "results"
INDEXES = corpora.CACHE / "index"
STARTUP_QUERY = "交叉执行"

#: Rough minutes per size (both builds and both query runs) on a 2-core machine, measured:
#: lawnews indexes about 170 statute articles/s there, the baseline about 600/s.
ESTIMATE_MIN = {"bundled": 0.5, "10k": 1.7, "50k": 7, "all": 22}
STARTUP_MIN = 0.7

_t0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[{time.perf_counter() - _t0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(corpora.SIZES),
                    help=f"comma-separated sizes among {','.join(corpora.SIZES)} (default: all)")
    ap.add_argument("--reps", type=int, default=5, help="timed repetitions of the query list (default 5)")
    ap.add_argument("--startup-runs", type=int, default=7, help="runs of each start-up command (default 7)")
    ap.add_argument("--reuse", action="store_true",
                    help="reuse the indexes in bench/cache/perf/index instead of rebuilding (no build figures)")
    ap.add_argument("--out", type=Path, help="JSON file to write (default bench/results/<timestamp>.json)")
    # `make bench ARGS="--sizes 10k"` may hand all options over as one word: split them.
    args = ap.parse_args([a for arg in argv for a in shlex.split(arg)])
    wanted = {s.strip() for s in args.sizes.split(",") if s.strip()}
    unknown = sorted(wanted - set(corpora.SIZES))
    if unknown or not wanted:
        ap.error(f"unknown size(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(corpora.SIZES)}")
    args.sizes = [s for s in corpora.SIZES if s in wanted]  # smallest first
    return args


def index_dir(engine: str, size: str) -> Path:
    return INDEXES / f"{engine}-{size}"


def with_rates(build: dict[str, Any], corpus: corpora.Corpus) -> dict[str, Any]:
    return {**build, "docs_per_s": build["docs"] / build["build_s"], "mb_per_s": corpus.text_mb / build["build_s"]}


def run_size(size: str, reps: int, reuse: bool) -> dict[str, Any]:
    """Build (unless reusing) and query one corpus size with both engines."""
    log(f"{size}: preparing the corpus")
    corpus = corpora.corpus(size)
    log(f"{size}: {corpus.docs:,} records, {corpus.text_mb:.1f} MB of text")
    out: dict[str, Any] = {"corpus": corpus.to_dict(), "build": {}, "queries": {}}
    for engine in ENGINES:
        target = index_dir(engine, size)
        if reuse and target.is_dir():
            log(f"{size}: {engine}: reusing {target}")
        else:
            log(f"{size}: {engine}: building the index")
            out["build"][engine] = with_rates(measure.build_in_child(engine, size, target), corpus)
            log(f"{size}: {engine}: built in {out['build'][engine]['build_s']:.1f} s")
        log(f"{size}: {engine}: running the queries ({reps} timed passes after one warm-up)")
        out["queries"][engine] = measure.queries_in_child(engine, size, target, reps)
        log(f"{size}: {engine}: query p50 {out['queries'][engine]['p50_ms']:.1f} ms")
    return out


def run_startup(size: str, runs: int) -> dict[str, Any]:
    """Wall time of whole commands: search (text and JSON output), and the bare import."""
    log(f"start-up: {runs} runs of each command on the {size} indexes")
    out: dict[str, Any] = {"size": size, "runs": runs, "search": {}, "search_json": {}, "import": {}}
    for name, engine in ENGINES.items():
        target = index_dir(name, size)
        out["search"][name] = measure.time_command(engine.search_command(target, STARTUP_QUERY, False), runs)
        out["search_json"][name] = measure.time_command(engine.search_command(target, STARTUP_QUERY, True), runs)
        out["import"][name] = measure.time_command(engine.import_command(), runs)
    return out


def run_tagging(runs: int = 3, target_mb: float = 1.0) -> dict[str, Any]:
    """Tagging throughput: the bundled pages' text repeated to about 1 MB, tagged whole."""
    from lawnews.index.tagging import Tagger

    pages = "\n\n".join(p.read_text(encoding="utf-8") for p in corpora.page_files())
    text = pages * max(1, round(target_mb * 1e6 / len(pages.encode("utf-8"))))
    mb = len(text.encode("utf-8")) / 1e6
    tagger = Tagger.default()
    tagger.tag_text(pages)  # warm-up: automata and tables built
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        tagger.tag_text(text)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    log(f"tagging: {mb:.2f} MB in {median:.2f} s (median of {runs})")
    return {"mb": round(mb, 3), "runs": runs, "median_s": median, "mb_per_s": mb / median}


#: Made-up clauses that give a page printed as one long line every kind of match: mechanisms with
#: their context and cue words, a tally, courts named after a zone and a railway, statute citations
#: that point back to the laws the line names at its start.
LONG_LINE_LAWS = "依照《中华人民共和国民法典》第一条和《中华人民共和国刑法》第二条，"
LONG_LINE_CLAUSES = ("青溪县人民法院执行局依法查封被执行人房产一套，", "根据《中华人民共和国民事诉讼法》第二百四十二条的规定，",
                     "执行法官联合公安机关开展集中清查行动，", "对拒不履行判决的失信被执行人予以司法拘留十五日，",
                     "江州市中级人民法院组织交叉执行，", "申请执行人王某某领取执行款三万元，")
LONG_LINE_OTHERS = ("其第三条规定的情形与第四条不同，", "长沙市高新区人民法院与长沙铁路运输法院协同执行，")


def run_long_line(runs: int = 3, sizes: tuple[int, int] = (16_000, 128_000)) -> dict[str, Any]:
    """Tagging a page printed as one long line (clauses parted by ， only, :data:`LONG_LINE_CLAUSES`),
    cut at two lengths; the time per character of the longer against the shorter is about 1 when
    tagging takes time in proportion to the length, 8 when it grows with its square."""
    from lawnews.index.tagging import Tagger

    unit = "".join(LONG_LINE_CLAUSES) * 4 + "".join(LONG_LINE_OTHERS)
    flat = LONG_LINE_LAWS + unit * (sizes[1] // len(unit) + 1)
    tagger = Tagger.default()
    tagger.tag_text(flat[:1000])  # warm-up
    out: dict[str, Any] = {"runs": runs}
    for size in sizes:
        text = flat[:size - 1] + "。"
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            tagger.tag_text(text)
            times.append(time.perf_counter() - started)
        out[str(size)] = statistics.median(times)
    short, long = (out[str(n)] / n for n in sizes)
    out["sizes"] = list(sizes)
    out["growth"] = long / short
    log(f"one long line: {sizes[0]:,} chars in {out[str(sizes[0])]:.2f} s, {sizes[1]:,} in {out[str(sizes[1])]:.2f} s"
        f" (time per char ×{out['growth']:.2f})")
    return out


def metadata(args: argparse.Namespace) -> dict[str, Any]:
    import lawnews

    return {"started": datetime.now().isoformat(timespec="seconds"), "lawnews": lawnews.__version__,
            "python": platform.python_version(), "machine": platform.platform(),
            "cpus": os.cpu_count(), "reps": args.reps, "sizes": args.sizes}


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    corpora.own_statute_collection()  # the statute builds fill the benchmark's collection, not the user's
    if not corpora.shared_available():
        print(f"bench: skipped: the statute corpus and STARD questions are read from {corpora.SHARED},"
              " which is absent", file=sys.stderr)
        return 0
    estimate = sum(ESTIMATE_MIN[s] for s in args.sizes) + STARTUP_MIN
    log(f"sizes {', '.join(args.sizes)}: expect about {estimate:.0f} min on a 2-core machine")
    results: dict[str, Any] = {"meta": metadata(args),
                               "queries": [q.to_dict() for q in all_queries(measure.STARD_QUERIES)],
                               "sizes": {}}
    for size in args.sizes:
        results["sizes"][size] = run_size(size, args.reps, args.reuse)
    results["startup"] = run_startup(args.sizes[0], args.startup_runs)
    results["tagging"] = run_tagging()
    results["long_line"] = run_long_line()
    results["formats"] = formats.run_formats(log=log)
    results["epaper_build"] = formats.run_epaper_build(log=log)
    results["meta"]["took_s"] = time.perf_counter() - _t0
    out = args.out or RESULTS / f"{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(report.render(results))
    log(f"done in {results['meta']['took_s'] / 60:.1f} min; results in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
