#!/usr/bin/env python3
"""Relevance benchmark: lawnews against a plain BM25 baseline on STARD, plus the gold dev queries.

    .venv/bin/python bench/eval_stard.py                      # all 1,235 STARD train queries
    .venv/bin/python bench/eval_stard.py --limit-queries 300 --json bench/results/stard.json
    .venv/bin/python bench/eval_stard.py --write-bank search/data/questions.zip   # make questions

Stages (each timed):

1. load the STARD train queries and qrels (``../shared/eval/stard``);
2. build a lawnews index of ``../shared/corpora/statutes/national.jsonl.gz`` with
   sentence vectors (``vectors=True``: about 30 to 50 minutes of encoding on two
   cores the first time), or reuse the one cached in ``bench/cache/`` when neither
   the corpus nor the index code changed;
3. run the queries through lawnews (:func:`lawnews.search.evaluation.evaluate`) twice: by
   words only (``semantic=False``) and by words and vectors (``semantic=True``);
4. build (or load from the cache) a BM25 baseline (k1=1.2, b=0.75) over the same
   documents and the same jieba tokens: documents get the index-mode tokens of
   title + text (words and their sub-words, as lawnews indexes them), queries the
   query-mode tokens of :func:`lawnews.index.analysis.chinese.tokenize`; every query
   word is optional (OR), scores summed;
5. run the queries through the baseline, scored by the same code;
6. the question bank (:mod:`lawnews.search.questions`), cross-validated: the
   questions are split into ``--folds`` folds (``--seed``); for each fold, a bank of
   the other folds' questions and judgments, its weights chosen by an inner
   cross-validation over those questions only (nested, :mod:`stard_bank`), ranks
   the fold's questions through lawnews' own search, by words and by words and
   vectors. Every question is scored once, by a bank that never saw it or its
   judgments; the figures are given per fold and over all questions;
7. run the gold dev queries (``../shared/gold/queries-dev.json``) over the bundled
   ``corpus/`` with :func:`lawnews.evaluation.evaluate_files`.

The lawnews runs of stage 3 use no question bank (the shipped one holds
these very questions). It prints Recall@10, Recall@100, MRR@10 and nDCG@10 of the
runs and the ratio of lawnews with vectors and the bank to BM25. ``--write-bank
PATH`` instead writes the bank of every train question, its weights chosen by a
cross-validation over all of them (``make questions`` writes the shipped
``search/data/questions.zip`` so). Without ``../shared`` it says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import heapq
import json
import math
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
CACHE = ROOT / "bench" / "cache"
STATUTES = SHARED / "corpora" / "statutes" / "national.jsonl.gz"
STARD = SHARED / "eval" / "stard"
GOLD_DEV = SHARED / "gold" / "queries-dev.json"
CORPUS = ROOT / "corpus"

K, DEPTH = 10, 100
K1, B = 1.2, 0.75


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class Timer:
    """Collects ``(stage, seconds)`` and logs each stage as it ends."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []

    def stage(self, name: str) -> "_Stage":
        return _Stage(self, name)


class _Stage:
    def __init__(self, timer: Timer, name: str) -> None:
        self.timer, self.name = timer, name

    def __enter__(self) -> "_Stage":
        log(f"… {self.name}")
        self.t = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        took = time.perf_counter() - self.t
        self.timer.stages.append((self.name, took))
        log(f"  {self.name}: {took:.1f} s")


# -- cache keys ---------------------------------------------------------------

def _hash_tree(folder: Path, patterns: tuple[str, ...]) -> str:
    h = hashlib.sha1()
    for pattern in patterns:
        for f in sorted(folder.rglob(pattern)):
            if "__pycache__" not in f.parts:
                h.update(f.relative_to(folder).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _corpus_key(path: Path) -> str:
    """The corpus file by name and content (a fresh copy of ``../shared`` keeps the caches)."""
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return f"{path.name}:{h.hexdigest()[:16]}"


def index_stamp() -> dict[str, str]:
    """What the cached lawnews index depends on: the corpus file and the index layer's code and data."""
    import lawnews

    return {
        "corpus": _corpus_key(STATUTES),
        "lawnews": lawnews.__version__,
        "index_code": _hash_tree(ROOT / "index", ("*.py", "*.txt", "*.json", "*.tsv", "*.csv")),
    }


def baseline_stamp() -> str:
    from lawnews.index.analysis import chinese as analysis

    h = hashlib.sha1()
    h.update(_corpus_key(STATUTES).encode())
    h.update(analysis.dictionary_fingerprint().encode())
    h.update(Path(analysis.__file__).read_bytes())
    return h.hexdigest()[:16]


# -- the lawnews index ----------------------------------------------------------

def _sections(folder: Path) -> Iterator[tuple[int, str]]:
    """``(seq, vector text)`` of every live section of the index in ``folder``, read
    with Whoosh directly (an index of an older schema too)."""
    from whoosh import index as whoosh_index

    from lawnews.index.store import storage, vectors

    ix = whoosh_index.open_dir(str(folder), indexname=storage.INDEX_NAME, readonly=True)
    with ix.searcher() as searcher:
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            seqs = list(reader.column_reader("seq"))
            for d in reader.all_doc_ids():
                yield seqs[d], vectors.section_text(reader.stored_fields(d))


def seed_vectors(source: Path, target: Path) -> int:
    """Copy into the index at ``target`` the sentence vectors that the lawnews index at
    ``source`` (built with vectors, maybe by an older lawnews) holds for sections of
    the very same text, so that only the others are encoded. Returns how many it copied."""
    from lawnews.index.store import vectors

    old = vectors.VectorStore(source / vectors.FILE_NAME)
    by_text: dict[str, int] = {}
    for seq, text in _sections(source):
        by_text.setdefault(text, seq)
    pairs = [(seq, by_text[text]) for seq, text in _sections(target) if text in by_text]
    found, matrix = old.load(old_seq for _seq, old_seq in pairs)
    row = {s: i for i, s in enumerate(found)}
    return vectors.VectorStore(target / vectors.FILE_NAME).put(
        (seq, matrix[row[o]]) for seq, o in pairs if o in row)


def lawnews_index(rebuild: bool, given: Path | None = None, vectors_from: Path | None = None) -> tuple[Any, bool]:
    """The cached statute index (built when missing or stale), or ``given``; ``(NewsIndex, built_now)``.
    ``vectors_from``: an older index of the same corpus whose vectors a new build reuses."""
    import lawnews

    if given is not None:
        ix = lawnews.NewsIndex.open(given)
        if not ix.stats()["built_by"]["extra"].get("vectors"):
            raise SystemExit(f"{given} holds no sentence vectors; build it with vectors=True")
        return ix, False

    path = CACHE / "statutes-index"
    stamp_file = CACHE / "statutes-index.stamp.json"
    stamp = index_stamp()
    if not rebuild and path.exists() and stamp_file.exists():
        try:
            if json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
                ix = lawnews.NewsIndex.open(path)
                if ix.stats()["built_by"]["extra"].get("vectors"):
                    return ix, False
                ix.close()
        except (lawnews.LawNewsError, ValueError) as e:
            log(f"  cached index unusable ({e}); rebuilding")
    CACHE.mkdir(parents=True, exist_ok=True)
    stamp_file.unlink(missing_ok=True)
    if vectors_from is None:
        report = lawnews.build_index([STATUTES], path, rebuild=True, vectors=True)
    else:  # words first, then the vectors of the same sections copied, the others encoded
        from lawnews.index.analysis import encoder
        from lawnews.index.store import build, storage

        report = lawnews.build_index([STATUTES], path, rebuild=True)
        log(f"  {seed_vectors(vectors_from, path)} sentence vectors copied from {vectors_from}")
        whoosh, info = storage.open_index(path)
        try:
            storage.write_info(path, replace(info, extra={**info.extra, "vectors": encoder.MODEL}))
            log(f"  {build.encode_sections(whoosh)} sentence vectors encoded")
        finally:
            whoosh.close()
    if report.skipped:
        log(f"  {len(report.skipped)} inputs skipped, e.g. {report.skipped[0].to_dict()}")
    log(f"  indexed {report.articles} articles in {report.took_s:.0f} s")
    stamp_file.write_text(json.dumps(stamp), encoding="utf-8")
    return lawnews.NewsIndex.open(path), True


# -- the BM25 baseline -------------------------------------------------------------

def iter_statutes() -> Iterator[dict[str, Any]]:
    with gzip.open(STATUTES, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@dataclass(frozen=True)
class _Hit:
    article_id: str
    score: float


@dataclass(frozen=True)
class _Results:
    hits: tuple[_Hit, ...]
    total: int


class BM25:
    """Okapi BM25 over bags of words: postings hold ``(doc, tf-part)``, scores add ``idf * part``.

    Quacks like :class:`lawnews.NewsIndex` for :func:`lawnews.search.evaluation.evaluate`
    (``search`` and ``article``); filters are not supported (STARD has none).
    """

    def __init__(self, ids: list[str], postings: dict[str, tuple[list[int], list[int]]],
                 lengths: list[int], k1: float = K1, b: float = B) -> None:
        from lawnews.index.analysis.chinese import tokenize

        self._tokenize = tokenize
        self.ids = ids
        self._known = set(ids)
        n = len(ids)
        avgdl = sum(lengths) / n
        norm = [k1 * (1 - b + b * dl / avgdl) for dl in lengths]
        self._postings: dict[str, tuple[float, list[int], list[float]]] = {}
        for term, (docs, tfs) in postings.items():
            df = len(docs)
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            parts = [idf * tf * (k1 + 1) / (tf + norm[d]) for d, tf in zip(docs, tfs)]
            self._postings[term] = (idf, docs, parts)

    @classmethod
    def build(cls) -> "BM25":
        """Tokenize every statute article (cached in ``bench/cache/``) and build the postings."""
        from lawnews.index.analysis.chinese import tokenize

        cache = CACHE / f"bm25-{baseline_stamp()}.pickle"
        if cache.exists():
            with open(cache, "rb") as fh:
                ids, postings, lengths = pickle.load(fh)
            log(f"  baseline postings loaded from {cache.relative_to(ROOT)}")
            return cls(ids, postings, lengths)
        ids: list[str] = []
        lengths: list[int] = []
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for d, rec in enumerate(iter_statutes()):
            tokens = tokenize(f"{rec.get('title') or ''}\n{rec['text']}", subtokens=True)
            ids.append(str(rec["id"]))
            lengths.append(len(tokens))
            for term, tf in Counter(tokens).items():
                entry = postings.get(term)
                if entry is None:
                    entry = postings[term] = ([], [])
                entry[0].append(d)
                entry[1].append(tf)
            if d % 10000 == 9999:
                log(f"  tokenized {d + 1} articles")
        CACHE.mkdir(parents=True, exist_ok=True)
        for old in CACHE.glob("bm25-*.pickle"):
            old.unlink()
        tmp = cache.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump((ids, postings, lengths), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
        return cls(ids, postings, lengths)

    def search(self, query: str, *, limit: int = 10, offset: int = 0, **filters: Any) -> _Results:
        if any(filters.values()):
            raise NotImplementedError("the baseline has no facet filters")
        scores: dict[int, float] = {}
        get = scores.get
        for term in set(self._tokenize(query)):
            entry = self._postings.get(term)
            if entry is None:
                continue
            _idf, docs, parts = entry
            for d, p in zip(docs, parts):
                scores[d] = get(d, 0.0) + p
        best = heapq.nlargest(offset + limit, scores.items(), key=lambda kv: (kv[1], -kv[0]))[offset:]
        return _Results(tuple(_Hit(self.ids[d], s) for d, s in best), len(scores))

    def article(self, article_id: str) -> str:
        from lawnews import ArticleNotFoundError

        if article_id not in self._known:
            raise ArticleNotFoundError(article_id)
        return article_id


# -- output -------------------------------------------------------------------------

METRICS = (("Recall@10", "recall"), ("Recall@100", "recall_depth"), ("MRR@10", "mrr"), ("nDCG@10", "ndcg"))


def comparison_table(words: Any, ours: Any, base: Any) -> str:
    """lawnews by words only, lawnews by words and vectors, BM25, and the ratio of the last two."""
    lines = [f"{'':<12} {'words':>8} {'+vectors':>9} {'BM25':>8} {'ratio':>7}"]
    for label, attr in METRICS:
        w, a, b = getattr(words, attr), getattr(ours, attr), getattr(base, attr)
        ratio = f"{a / b:7.3f}" if a is not None and b else "      –"
        lines.append(f"{label:<12} {w:8.4f} {a:9.4f} {b:8.4f} {ratio}")
    return "\n".join(lines)


def bank_table(words: Any, ours: Any, base: Any, bank_words: Any, bank_vectors: Any) -> str:
    """The cross-validated bank beside the runs without it, and its ratio to BM25."""
    lines = [f"{'':<12} {'words':>8} {'+vectors':>9} {'BM25':>8} {'words+bank':>11} {'+vec+bank':>10} {'ratio':>7}"]
    for label, attr in METRICS:
        w, a, b = getattr(words, attr), getattr(ours, attr), getattr(base, attr)
        bw, bv = getattr(bank_words, attr), getattr(bank_vectors, attr)
        ratio = f"{bv / b:7.3f}" if bv is not None and b else "      –"
        lines.append(f"{label:<12} {w:8.4f} {a:9.4f} {b:8.4f} {bw:11.4f} {bv:10.4f} {ratio}")
    return "\n".join(lines)


def merged(reports: list[Any]) -> Any:
    """One report of the rows of several (each question in exactly one)."""
    from lawnews.search.evaluation import EvalReport

    first = reports[0]
    return EvalReport(first.k, first.depth, tuple(r for rep in reports for r in rep.rows),
                      took_s=sum(rep.took_s for rep in reports))


def subset_report(report: Any, qids: set[str]) -> Any:
    from lawnews.search.evaluation import EvalReport

    return EvalReport(report.k, report.depth, tuple(r for r in report.rows if r.id in qids))


def fitting_data(ix: Any, stard: Any, queries: list[Any], timer: Timer) -> tuple[Any, Any]:
    """The full bank of ``queries`` and what fitting knows of each (vectors, candidates)."""
    import stard_bank as SB

    with timer.stage(f"question vectors (encode or load): {len(queries)} questions"):
        vectors = SB.question_vectors([q.query for q in queries], CACHE)
    bank = SB.full_bank(queries, stard.qrels, vectors)
    judged = {d for q in queries for d, g in stard.qrels.get(q.id, {}).items() if g > 0}
    key = json.dumps([ix.stats()["built_by"], str(ix.path)], ensure_ascii=False, sort_keys=True, default=str)
    with timer.stage("candidates for fitting (read or load)"):
        cands = SB.cached_candidates(ix, key, [q.query for q in queries], judged, CACHE)
    by_id = {q.id: i for i, q in enumerate(queries)}
    data = SB.Questions({q.id: q.query for q in queries}, {q: vectors[i] for q, i in by_id.items()},
                        {q: cands[i] for q, i in by_id.items()}, stard.qrels)
    return bank, data


@dataclass
class FoldResult:
    """One outer fold: its questions, the weights its inner cross-validation chose, lawnews'
    figures with its bank, and what the fitting replica expected (also re-ranking only)."""

    number: int
    train: tuple[str, ...]
    test: tuple[str, ...]
    weights: dict[str, tuple[Any, float]]
    bank: str
    vectors: Any
    words: Any
    replica: dict[str, tuple[float, float]]
    restricted: dict[str, tuple[float, float]]


def cross_validate(ix: Any, stard: Any, queries: list[Any], args: Any, timer: Timer) -> list[FoldResult]:
    """Stage 6: each fold's questions ranked by lawnews with the bank of the other folds."""
    import stard_bank as SB
    from lawnews.evaluation import evaluate
    from lawnews.search import questions as Qs

    bank, data = fitting_data(ix, stard, queries, timer)
    qids = list(bank.ids)
    by_id = {q.id: q for q in queries}
    out = []
    for i, (train, test) in enumerate(Qs.folds(qids, [data.texts[q] for q in qids], k=args.folds, seed=args.seed), 1):
        with timer.stage(f"fold {i}: weights by a {args.folds - 1}-fold cross-validation of its {len(train)} training questions"):
            chosen = SB.choose_weights(bank, train, args.folds - 1, args.seed + i, data, args.recall_weight)
        fold_bank = bank.subset(train, weights={r: w for r, (w, _v) in chosen.items()}, name=f"{SB.NAME}-fold{i}")
        runs = {}
        for ranking, semantic in (("vectors", True), ("words", False)):
            with timer.stage(f"fold {i}: lawnews with its bank, by {ranking}: {len(test)} queries"):
                runs[ranking] = evaluate(ix, [by_id[q] for q in test], stard.qrels, K, DEPTH, check_ids=False,
                                         search_options={"semantic": semantic, "all_copies": True,
                                                         "question_bank": fold_bank})
        out.append(FoldResult(i, tuple(train), tuple(test), chosen, fold_bank.label, runs["vectors"], runs["words"],
                              {r: SB.expected(fold_bank, test, data, r) for r in Qs.RANKINGS},
                              {r: SB.expected(fold_bank, test, data, r, restrict=True) for r in Qs.RANKINGS}))
    return out


def report_cv(cv: list[FoldResult], words: Any, ours: Any, base: Any, args: Any) -> dict[str, Any]:
    """Print the cross-validated figures (per fold, then over all questions); return them for the JSON."""
    print()
    print(f"question bank, {args.folds}-fold cross-validation (seed {args.seed}); each fold's weights chosen by a "
          f"{args.folds - 1}-fold cross-validation of its training questions, maximising "
          f"{args.recall_weight:g} × R@100 + nDCG@10:")
    print(f"{'fold':<5} {'queries':>7}  {'R@100':>6} {'nDCG@10':>7} by words+vectors+bank  "
          f"{'R@100':>6} {'nDCG@10':>7} by words+bank  {'R@100':>6} {'nDCG@10':>7} BM25")
    folds = []
    for f in cv:
        b = subset_report(base, set(f.test))
        print(f"{f.number:<5} {len(f.test):>7}  {f.vectors.recall_depth:6.4f} {f.vectors.ndcg:7.4f} {'':<21}  "
              f"{f.words.recall_depth:6.4f} {f.words.ndcg:7.4f} {'':<13}  {b.recall_depth:6.4f} {b.ndcg:7.4f}")
        folds.append({"fold": f.number, "queries": len(f.test), "bank": f.bank,
                      "weights": {r: w.to_dict() for r, (w, _v) in f.weights.items()},
                      "inner_cv_value": {r: round(v, 4) for r, (_w, v) in f.weights.items()},
                      "lawnews_vectors_bank": f.vectors.to_dict()["means"],
                      "lawnews_words_bank": f.words.to_dict()["means"],
                      "baseline": b.to_dict()["means"],
                      "replica": {r: {"recall@100": round(x[0], 4), "ndcg@10": round(x[1], 4)} for r, x in f.replica.items()},
                      "restricted": {r: {"recall@100": round(x[0], 4), "ndcg@10": round(x[1], 4)}
                                     for r, x in f.restricted.items()}})
    vectors, words_bank = merged([f.vectors for f in cv]), merged([f.words for f in cv])
    print()
    print(f"over all {len(vectors.rows)} questions, each ranked by the bank of the other folds:")
    print(bank_table(words, ours, base, words_bank, vectors))
    from lawnews.search import syntax

    asked = {r.id for r in vectors.rows if syntax.is_question(r.query)}
    n = {f.number: len(asked & set(f.test)) for f in cv}
    print(f"{len(asked)} of them are questions to lawnews (the others hold quotes or brackets, which the bank leaves alone);"
          " over those:")
    for ranking, run in (("vectors", vectors), ("words", words_bank)):
        got = subset_report(run, asked)
        rep_r, rep_n, res_r, res_n = (sum(getattr(f, part)[ranking][i] * n[f.number] for f in cv) / len(asked)
                                      for part, i in (("replica", 0), ("replica", 1), ("restricted", 0), ("restricted", 1)))
        print(f"  by {ranking}+bank: lawnews R@100 {got.recall_depth:.4f}, nDCG@10 {got.ndcg:.4f}; the fitting replica "
              f"expected {rep_r:.4f}, {rep_n:.4f}; re-ranking only what the words match (no article added) would give "
              f"{res_r:.4f}, {res_n:.4f}")
    for f in cv:
        print(f"fold {f.number} weights: " + "; ".join(
            f"{r}: " + ", ".join(f"{k} {v:.3g}" for k, v in w.to_dict().items() if v) for r, (w, _v) in f.weights.items()))
    return {"folds": args.folds, "seed": args.seed, "recall_weight": args.recall_weight, "per_fold": folds,
            "lawnews_vectors_bank": summary(vectors), "lawnews_words_bank": summary(words_bank),
            "ratio": {label: (getattr(vectors, a) / getattr(base, a)) if getattr(base, a) else None
                      for label, a in METRICS},
            "rows": {"lawnews_vectors_bank": vectors.to_dict()["rows"]}}


def write_bank(ix: Any, stard: Any, queries: list[Any], args: Any, timer: Timer) -> int:
    """``--write-bank``: every question in the bank, weights by a cross-validation over all."""
    import stard_bank as SB

    bank, data = fitting_data(ix, stard, queries, timer)
    with timer.stage(f"weights by a {args.folds}-fold cross-validation of {len(bank)} questions"):
        chosen = SB.choose_weights(bank, list(bank.ids), args.folds, args.seed, data, args.recall_weight)
    final = bank.with_weights({r: w for r, (w, _v) in chosen.items()})
    final.save(args.write_bank)
    print(f"wrote {args.write_bank}: {final}")
    for r, (w, v) in chosen.items():
        print(f"  by {r}: " + ", ".join(f"{k} {x:.4g}" for k, x in w.to_dict().items())
              + f"  (cross-validated {args.recall_weight:g} × R@100 + nDCG@10 = {v:.4f})")
    return 0


def latency(ix: Any, queries: list[Any], n: int) -> dict[str, float]:
    """Median milliseconds of one search (ten hits, ranked by meaning and words) over the
    first ``n`` STARD questions, with the shipped question bank and without it."""
    import statistics

    from lawnews.search import syntax

    asked = [q.query for q in queries if syntax.is_question(q.query)][:n]
    runs = (("without_bank", False), ("with_bank", True))
    took: dict[str, list[float]] = {label: [] for label, _bank in runs}
    for _label, bank in runs:
        ix.search(asked[0], semantic=True, question_bank=bank)  # model, vectors and bank loaded
    for text in asked:  # in turns, so that a busy machine slows both alike
        for label, bank in runs:
            started = time.perf_counter()
            ix.search(text, semantic=True, question_bank=bank)
            took[label].append((time.perf_counter() - started) * 1000)
    out: dict[str, float] = {label: round(statistics.median(t), 1) for label, t in took.items()}
    out["questions"] = len(asked)
    return out


def summary(report: Any) -> dict[str, Any]:
    d = report.to_dict()
    return {key: d[key] for key in ("k", "depth", "queries", "answerable", "means", "no_answer", "notes", "took_s")} | {
        "errors": len(d["errors"]),
        "unmatched": d["unmatched"],
        "zero_hit_queries": sum(1 for r in report.rows if r.returned == 0),
    }


# -- main ---------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    import corpora

    corpora.own_statute_collection()  # indexing the statutes fills the benchmark's collection, not the user's
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit-queries", type=int, metavar="N", help="run only the first N STARD queries")
    ap.add_argument("--json", type=Path, metavar="PATH", help="write the figures (and per-query rows) here")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the cached statute index and baseline")
    ap.add_argument("--skip-stard", action="store_true", help="only the gold dev queries")
    ap.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds of the question bank (default 5)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the folds (default 0)")
    ap.add_argument("--index", type=Path, metavar="DIR",
                    help="a lawnews index of national.jsonl.gz with vectors to use instead of the cached one")
    ap.add_argument("--vectors-from", type=Path, metavar="DIR",
                    help="when the cached index must be built: copy the sentence vectors of sections of the same "
                         "text from the lawnews index in DIR (an older build of national.jsonl.gz with vectors)"
                         " instead of encoding them")
    ap.add_argument("--index-only", action="store_true", help="build (or check) the cached statute index, and stop")
    ap.add_argument("--recall-weight", type=float, default=None, metavar="W",
                    help="how much Recall@100 counts against nDCG@10 when the bank's weights are fitted"
                         " (default: stard_bank.RECALL_WEIGHT)")
    ap.add_argument("--latency", type=int, default=50, metavar="N",
                    help="time N questions with and without the shipped question bank (default 50; 0: no timing)")
    ap.add_argument("--skip-bank", action="store_true", help="no cross-validation of the question bank")
    ap.add_argument("--write-bank", type=Path, metavar="PATH",
                    help="write the bank of every train question (weights by cross-validation) to PATH, and stop")
    args = ap.parse_args(argv)
    if args.recall_weight is None:
        import stard_bank

        args.recall_weight = stard_bank.RECALL_WEIGHT

    needed = [STATUTES, STARD / "queries-train.jsonl", STARD / "qrels-train.tsv", GOLD_DEV]
    if not SHARED.is_dir() or not all(p.exists() for p in needed):
        missing = SHARED if not SHARED.is_dir() else next(p for p in needed if not p.exists())
        print(f"skipped: the shared evaluation data is absent ({missing} not found)")
        return 0

    from lawnews.evaluation import evaluate, evaluate_files, format_report, load_stard

    timer = Timer()
    out: dict[str, Any] = {"k": K, "depth": DEPTH}
    if args.rebuild:
        for old in CACHE.glob("bm25-*.pickle"):
            old.unlink()

    if not args.skip_stard:
        with timer.stage("load STARD"):
            stard = load_stard(STARD / "queries-train.jsonl", STARD / "qrels-train.tsv")
            queries = stard.queries[: args.limit_queries] if args.limit_queries else stard.queries
        with timer.stage("lawnews index (build or reuse)") as st:
            ix, built = lawnews_index(args.rebuild, args.index, args.vectors_from)
            st.name += " [built]" if built else " [reused]"
        if args.index_only:
            with ix:
                print(f"statute index: {ix.path} ({ix.stats()['articles']} articles)")
            return 0
        if args.write_bank:
            with ix:
                return write_bank(ix, stard, queries, args, timer)
        with ix:
            with timer.stage(f"lawnews, words only: {len(queries)} queries"):
                words = evaluate(ix, queries, stard.qrels, K, DEPTH, notes=stard.notes,
                                 search_options={"semantic": False, "all_copies": True, "question_bank": False})
            with timer.stage(f"lawnews, words and vectors: {len(queries)} queries"):
                ours = evaluate(ix, queries, stard.qrels, K, DEPTH, notes=stard.notes,
                                search_options={"semantic": True, "all_copies": True, "question_bank": False})
            cv = cross_validate(ix, stard, queries, args, timer) if not args.skip_bank else None
            if args.latency:
                with timer.stage(f"latency: {args.latency} questions with and without the shipped bank"):
                    took = latency(ix, queries, args.latency)
        with timer.stage("baseline index (tokenize or load)"):
            bm25 = BM25.build()
        with timer.stage(f"baseline: {len(queries)} queries"):
            base = evaluate(bm25, queries, stard.qrels, K, DEPTH, notes=stard.notes)

        print(f"STARD train: {len(queries)} queries ({len(ours.answerable)} with judgments), "
              f"{len(bm25.ids)} statute articles"
              + (f"  [--limit-queries {args.limit_queries}]" if args.limit_queries else ""))
        print(comparison_table(words, ours, base))
        zero = sum(1 for r in ours.rows if r.returned == 0)
        print(f"lawnews returned no hit for {zero} of {len(ours.rows)} queries; "
              f"{len(ours.errors)} queries raised an error")
        for note in ours.notes:
            print(f"note: {note}")
        out["stard"] = {"queries": len(queries), "limit_queries": args.limit_queries,
                        "lawnews": summary(ours), "lawnews_words": summary(words), "baseline": summary(base),
                        "ratio": {label: (getattr(ours, a) / getattr(base, a)) if getattr(base, a) else None
                                  for label, a in METRICS},
                        "rows": {"lawnews": ours.to_dict()["rows"], "baseline": base.to_dict()["rows"]}}
        if cv is not None:
            out["stard"]["question_bank"] = report_cv(cv, words, ours, base, args)
        if args.latency:
            print(f"median time of a search over {took['questions']} questions (words and vectors): "
                  f"{took['without_bank']:.1f} ms without the question bank, {took['with_bank']:.1f} ms with it")
            out["stard"]["latency_ms"] = took

    with timer.stage("gold dev over corpus/"):
        gold = evaluate_files(GOLD_DEV, GOLD_DEV, corpus=[CORPUS], k=K, depth=DEPTH)
    print()
    print(f"gold dev ({GOLD_DEV.name}) over {CORPUS.relative_to(ROOT)}/:")
    print(format_report(gold))
    out["gold_dev"] = gold.to_dict()

    print()
    print("timings:")
    for name, took in timer.stages:
        print(f"  {name:<40} {took:8.1f} s")
    out["timings_s"] = {name: round(took, 2) for name, took in timer.stages}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
