"""The two engines the benchmark compares, behind one interface.

An :class:`Engine` knows how to build an index of a :class:`~corpora.Corpus`
(returning how many documents it made), how to open one for searching (returning
a function ``Query → number of matches``) and which command searches it from a
shell (for the start-up timing). :mod:`measure` times both engines with the same code.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import baseline
from corpora import Corpus
from queries import Query

BENCH = Path(__file__).resolve().parent
LIMIT = 10


@dataclass(frozen=True)
class Engine:
    name: str
    modules: tuple[str, ...]  # imported before any timing starts
    build: Callable[[Corpus, Path], int]
    open: Callable[[Path], Callable[[Query], int]]
    search_command: Callable[[Path, str, bool], list[str]]  # (index, query, as_json)

    def import_command(self) -> list[str]:
        return [sys.executable, "-c", f"import {', '.join(self.modules)}"]


def _lawnews_build(corpus: Corpus, index_dir: Path) -> int:
    import lawnews

    return lawnews.build_index([corpus.path], index_dir, rebuild=True).articles


def _lawnews_open(index_dir: Path) -> Callable[[Query], int]:
    import lawnews

    ix = lawnews.NewsIndex.open(index_dir, long_running=True)  # one process, many queries
    return lambda q: ix.search(q.text, limit=LIMIT, **q.filters).total


def _lawnews_command(index_dir: Path, query: str, as_json: bool) -> list[str]:
    cmd = [str(Path(sys.executable).parent / "lawnews"), "search", query, "--index-dir", str(index_dir)]
    return cmd + ["-q", "--json"] if as_json else cmd


def _baseline_open(index_dir: Path) -> Callable[[Query], int]:
    search = baseline.opener(index_dir)
    return lambda q: search(q.text)  # facet filters are not applied: see queries.py


def _baseline_command(index_dir: Path, query: str, as_json: bool) -> list[str]:
    cmd = [sys.executable, str(BENCH / "baseline.py"), "search", query, "--index-dir", str(index_dir)]
    return cmd + ["--json"] if as_json else cmd


LAWNEWS = Engine("lawnews", ("lawnews",), _lawnews_build, _lawnews_open, _lawnews_command)
BASELINE = Engine("baseline", ("whoosh.index", "whoosh.qparser", "jieba.analyse"),
                  lambda c, d: baseline.build(c.kind, c.path, d), _baseline_open, _baseline_command)
ENGINES: dict[str, Engine] = {e.name: e for e in (LAWNEWS, BASELINE)}
