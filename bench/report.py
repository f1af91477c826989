"""The results of a benchmark run as a plain-text table.

One column per corpus size, plus a growth column (largest statute size ÷ smallest)
when two statute sizes or more were run. Each measured figure takes two lines:
lawnews with its ratio to the baseline, then the baseline's own figure.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from corpora import STATUTE_SIZES

ENGINES = ("lawnews", "baseline")

#: (label, stage, key) of each per-size figure, in table order.
METRICS: tuple[tuple[str, str, str], ...] = (
    ("documents indexed", "build", "docs"),
    ("index wall s", "build", "build_s"),
    ("articles/s", "build", "docs_per_s"),
    ("text MB/s", "build", "mb_per_s"),
    ("index size MB", "build", "index_mb"),
    ("build peak RSS MB", "build", "peak_rss_mb"),
    ("open index s", "queries", "open_s"),
    ("query p50 ms", "queries", "p50_ms"),
    ("query p95 ms", "queries", "p95_ms"),
    ("search peak RSS MB", "queries", "peak_rss_mb"),
)

LABEL_W, ENGINE_W, CELL_W = 20, 9, 16


def num(x: float | None) -> str:
    if x is None:
        return "—"
    if isinstance(x, int):
        return f"{x:,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}"


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def with_ratio(ours: float | None, base: float | None) -> str:
    r = ratio(ours, base)
    return num(ours) if r is None else f"{num(ours)} ({r:.2f}×)"


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal columns (CJK characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def _value(size_result: dict[str, Any], stage: str, engine: str, key: str) -> float | None:
    return size_result.get(stage, {}).get(engine, {}).get(key)


def _growth_sizes(sizes: list[str]) -> tuple[str, str] | None:
    statute = [s for s in sizes if s in STATUTE_SIZES]
    return (statute[0], statute[-1]) if len(statute) >= 2 else None


def _row(label: str, engine: str, cells: list[str]) -> str:
    return f"{label:<{LABEL_W}}{engine:<{ENGINE_W}}" + "".join(f"{c:>{CELL_W}}" for c in cells)


def size_table(results: dict[str, Any]) -> str:
    sizes = list(results["sizes"])
    growth = _growth_sizes(sizes)
    header = sizes + ([f"{growth[0]}→{growth[1]}"] if growth else [])
    lines = [_row("", "", header)]

    def corpus_row(label: str, key: str) -> str:
        cells = [num(results["sizes"][s]["corpus"][key]) for s in sizes]
        if growth:
            a, b = (results["sizes"][s]["corpus"][key] for s in growth)
            cells.append(f"×{b / a:.1f}")
        return _row(label, "", cells)

    lines += [corpus_row("corpus records", "docs"), corpus_row("text MB", "text_mb")]
    for label, stage, key in METRICS:
        values = {e: [_value(results["sizes"][s], stage, e, key) for s in sizes] for e in ENGINES}
        ours = [with_ratio(o, b) for o, b in zip(values["lawnews"], values["baseline"])]
        base = [num(b) for b in values["baseline"]]
        if growth:
            i, j = sizes.index(growth[0]), sizes.index(growth[1])
            for engine, cells in (("lawnews", ours), ("baseline", base)):
                g = ratio(values[engine][j], values[engine][i])
                cells.append("—" if g is None else f"×{g:.1f}")
        lines += [_row(label, "lawnews", ours), _row("", "baseline", base)]
    return "\n".join(lines)


def startup_table(startup: dict[str, Any]) -> str:
    lines = [f"start-up: median of {startup['runs']} runs of the whole command, {startup['size']} index"]
    for label, key in (("search 交叉执行", "search"), ("search --json (-q)", "search_json"),
                       ("python -c 'import …'", "import")):
        ours, base = (startup[key][e]["median_s"] for e in ENGINES)
        lines.append(f"  {pad(label, 24)}lawnews {with_ratio(ours, base):>14} s   baseline {num(base):>6} s")
    return "\n".join(lines)


def render(results: dict[str, Any]) -> str:
    parts = [size_table(results)]
    if results.get("startup"):
        parts.append(startup_table(results["startup"]))
    if results.get("tagging"):
        t = results["tagging"]
        parts.append(f"tagging: {t['mb']:.2f} MB of the bundled pages' text in {t['median_s']:.2f} s"
                     f" (median of {t['runs']}): {t['mb_per_s']:.2f} MB/s")
    if results.get("long_line"):
        ln = results["long_line"]
        short, long = ln["sizes"]
        parts.append(f"tagging a page printed as one long line (made-up clauses parted by ，): {short:,} characters in"
                     f" {ln[str(short)]:.2f} s, {long:,} in {ln[str(long)]:.2f} s (median of {ln['runs']}); time per"
                     f" character ×{ln['growth']:.2f} for {long // short}× the length (1: in proportion to it)")
    if results.get("formats"):
        rows = ["reading each format into articles (no tagging, no writing), median of 3:"]
        for name, f in results["formats"].items():
            rows.append(f"  {pad(name, 18)}{f['files']:>3} files {f['file_mb']:6.2f} MB → {f['text_mb']:5.2f} MB of text"
                        f" in {f['median_s']:5.2f} s: {f['s_per_text_mb']:6.2f} s per MB of text")
        parts.append("\n".join(rows))
    if results.get("epaper_build"):
        b = results["epaper_build"]
        parts.append(f"e-paper build ({b['files']} CID editions of statute text, {b['text_mb']:.2f} MB of text, one"
                     f" process, CPU, median of 3): reading {b['read_s_per_mb']:.2f} s/MB, the rest of the build"
                     f" (tagging, citations, segmenting, writing) {b['rest_s_per_mb']:.2f} s/MB;"
                     f" reading is {b['read_share']:.0%} of the build")
    parts.append("(r×) = lawnews ÷ baseline. The baseline skips facet filters, facets and snippets,\n"
                 "and on the bundled pages indexes one document per page file (see bench/README.md).")
    return "\n\n".join(parts)
