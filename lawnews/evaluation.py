"""``lawnews eval``: judged queries scored on an index, opened or built for the run.

The metrics, the judged-data readers and :func:`evaluate` are in
:mod:`lawnews.search.evaluation` (re-exported here); :func:`evaluate_files` adds
only the choice of index: the one at ``index_dir``, a temporary in-memory index of
the files under ``corpus``, or the default index.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from .api import NewsIndex, parse
from .config import bundled_corpus
from .search.evaluation import (
    UNMATCHED_PREFIX,
    EvalDataError,
    EvalQuery,
    EvalReport,
    EvalSet,
    QueryResult,
    UnmatchedJudgment,
    evaluate,
    format_report,
    load_eval_set,
    load_gold_queries,
    load_qrels,
    load_qrels_tsv,
    load_queries,
    load_stard,
    map_judgments,
    mrr_at,
    ndcg_at,
    recall_at,
)

__all__ = [
    "UNMATCHED_PREFIX", "EvalDataError", "EvalQuery", "EvalReport", "EvalSet", "QueryResult", "UnmatchedJudgment",
    "evaluate", "evaluate_files", "format_report", "load_eval_set", "load_gold_queries",
    "load_qrels", "load_qrels_tsv", "load_queries", "load_stard", "map_judgments",
    "mrr_at", "ndcg_at", "recall_at",
]


def evaluate_files(
    queries_path: "str | os.PathLike[str]",
    qrels_path: "str | os.PathLike[str]",
    *,
    index_dir: "str | os.PathLike[str] | None" = None,
    corpus: Iterable["str | os.PathLike[str]"] | None = None,
    k: int = 10,
    depth: int = 100,
) -> EvalReport:
    """Evaluate QUERIES against QRELS on an index: the one at ``index_dir``, a
    temporary in-memory index of the files under ``corpus``, or the default index.

    Gold judgments keyed by anchor are mapped onto ``corpus`` when given, else
    onto the bundled corpus.
    """
    corpus_paths = [Path(p) for p in corpus] if corpus is not None else None
    if corpus_paths is not None and index_dir is not None:
        raise ValueError("give index_dir= or corpus=, not both")
    if corpus_paths is not None:
        skipped: list[Any] = []
        articles = list(parse(corpus_paths, skipped=skipped))
        if not articles:
            raise EvalDataError("no article could be read from " + ", ".join(map(str, corpus_paths)))
        eset = load_eval_set(queries_path, qrels_path, articles=articles)
        notes = [f"corpus input skipped: {os.path.abspath(s.path)}: {s.reason}" for s in skipped] + list(eset.notes)
        ix = NewsIndex.in_memory()
        ix.add_articles(articles, tag=False)  # parse() already tagged them
    else:
        eset = load_eval_set(queries_path, qrels_path, [bundled_corpus()])
        notes = list(eset.notes)
        ix = NewsIndex.open(index_dir) if index_dir is not None else NewsIndex.default()
    with ix:
        # judgments name articles, so every copy of a reposted story is ranked on its own
        return evaluate(ix, eset.queries, eset.qrels, k, depth, unmatched=eset.unmatched, notes=notes,
                        search_options={"all_copies": True})
