"""The question bank on STARD: its questions' vectors, the fitting of its weights, and
cross-validation (used by ``bench/eval_stard.py``).

In: the STARD train questions and judgments, the statute index lawnews built
(with vectors). Out: the weights of :class:`lawnews.search.questions.Weights` fitted
on some questions, and a bank of those questions with them.

Fitting needs each question's words score and cosine for many articles and many
weight settings; lawnews' search gives only the top of one ranking. So every
question's *candidates* are read once from the index, the way the search computes
them (the question parsed as the search parses it, scored term at a time by BM25F, the
cosine of each section): the 1,500 best sections by words, by meaning, and by the
two fused as lawnews fuses them, and every article any STARD question is judged to;
each candidate also says whether the words match it. A setting of the weights then
ranks them with the parts the bank computes itself
(:meth:`QuestionBank.suggestions`, :meth:`QuestionBank.law_prior`); only the words'
matches and the articles the bank suggests may rank, as in the search. The
figures a benchmark reports come from lawnews' own search with the fitted bank;
this replica only chooses the weights.

Weights are chosen by coordinate ascent on mean Recall@100 + mean nDCG@10 over
questions scored by banks that do not hold them: a k-fold cross-validation over the
questions fitted on (inside each outer fold: nested). ``recall_weight`` (the
benchmark's ``--recall-weight``) can make recall count more; the shipped bank and the
reported figures use 1.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from lawnews.search import questions as Qs
from lawnews.search.questions import QuestionBank, Weights

#: Candidates per question from each of the three rankings.
POOL = 1500
#: The STARD train split's provenance, recorded in the bank.
SOURCE = ("STARD train split (github.com/oneal2000/STARD, EMNLP 2024 Findings), "
          "judgments re-mapped onto LawRefBook statute ids")
LICENCE = "MIT"
NAME = "stard-train"
DEPTH, K = 100, 10
#: How much Recall@100 counts against nDCG@10 in the fitting objective.
RECALL_WEIGHT = 1.0

#: Parts of the score, in the order of the feature columns and of :class:`Weights`.
PARTS = ("words", "meaning", "close", "near", "overlap", "laws", "prior")
#: Which parts each ranking fits; the others stay as :data:`START` has them (the
#: meaning of one, the words of the other at 1: rankings ignore scale).
FREE = {"vectors": ("words", "close", "near", "overlap", "laws", "prior"), "words": ("overlap", "laws", "prior")}
START = {"vectors": Weights(words=0.1, meaning=1.0, close=0.1, near=0.05, overlap=0.1, laws=0.05, prior=0.03),
         "words": Weights(words=1.0, overlap=0.3, laws=0.05, prior=0.05)}


def log(msg: str) -> None:
    import sys

    print(msg, file=sys.stderr, flush=True)


# -- the questions' vectors and the full bank ---------------------------------------

def question_vectors(texts: Sequence[str], cache: Path) -> np.ndarray:
    """m3e-small vectors of ``texts`` (float32, unit length), cached by model and texts."""
    from lawnews.index.analysis import encoder

    h = hashlib.sha1(json.dumps([encoder.MODEL, list(texts)], ensure_ascii=False).encode()).hexdigest()[:16]
    path = cache / f"stard-question-vectors-{h}.npy"
    if path.exists():
        return np.load(path)
    vectors = encoder.Encoder().encode(list(texts))
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("stard-question-vectors-*.npy"):
        old.unlink()
    np.save(path, vectors)
    return vectors


def full_bank(queries: Sequence[Any], qrels: Mapping[str, Mapping[str, int]], vectors: np.ndarray,
              weights: Mapping[str, Weights] = START) -> QuestionBank:
    """A bank of every judged question (``queries``: objects with ``id`` and ``query``)."""
    rows = [(i, q) for i, q in enumerate(queries) if any(g > 0 for g in qrels.get(q.id, {}).values())]
    return QuestionBank([q.id for _i, q in rows], [q.query for _i, q in rows],
                        [[d for d, g in qrels[q.id].items() if g > 0] for _i, q in rows],
                        vectors[[i for i, _q in rows]], dict(weights), name=NAME, source=SOURCE, licence=LICENCE)


# -- candidates ------------------------------------------------------------------------

@dataclass
class Candidates:
    """One question's candidate articles: id, words score over the best, cosine, and
    whether the words match it."""

    articles: list[str]
    words: np.ndarray
    cosine: np.ndarray
    matched: np.ndarray
    row: dict[str, int]


def read_candidates(ix: Any, texts: Sequence[str], judged: Iterable[str],
                    progress: Callable[[int], None] | None = None) -> list[Candidates]:
    """Each question's candidates in the statute index ``ix`` (a :class:`lawnews.NewsIndex`
    built with vectors), computed as :meth:`IndexSearcher.search` computes them for a
    question ranked by meaning (the searcher's internals: this is a benchmark)."""
    from lawnews.search import semantic, taat
    from lawnews.search.expansion import Expansion
    from lawnews.search.query import parse_query

    searcher = ix._searcher
    searcher._refresh()
    whoosh = searcher._current()
    articles, _ = searcher._doc_columns()
    vecs = semantic.vectors_for(ix._ix, whoosh)
    if vecs is None:
        raise SystemExit("the statute index has no vectors")
    doc_row = np.full(len(articles), -1, np.int64)
    doc_row[vecs.docnums] = np.arange(len(vecs.docnums))
    by_article: dict[str, list[int]] = {}
    for d in whoosh.reader().all_doc_ids():
        by_article.setdefault(articles[d], []).append(d)
    judged_docs = np.array(sorted({d for a in judged for d in by_article.get(a, ())}), np.int64)
    out = []
    for n, text in enumerate(texts):
        vocab = Expansion(searcher._vocab, True) if searcher._vocab is not None else None
        # lenient: a query with a syntax error is no question, and no bank ranks it
        q = searcher._exclude(parse_query(text, vocab, lenient=True, require_all=False))
        scores = taat.evaluate(whoosh, q) or {}
        cos_rows = vecs.cosines(text)
        words = np.zeros(len(articles))
        if scores:
            docs = np.fromiter(scores.keys(), np.int64, len(scores))
            words[docs] = np.fromiter(scores.values(), np.float64, len(scores))
            words /= words.max() or 1.0
        cosine = np.zeros(len(articles))
        has = doc_row >= 0
        cosine[has] = cos_rows[doc_row[has]]
        fused = semantic.WORDS * words + (1 - semantic.WORDS) * cosine
        pools = [np.argpartition(-x, POOL)[:POOL] for x in (words, cosine, fused)] + [judged_docs]
        pool = np.unique(np.concatenate(pools))
        best: dict[str, int] = {}  # an article's section of the best fused score stands for it
        for d in pool[np.argsort(-fused[pool], kind="stable")]:
            best.setdefault(articles[d], int(d))
        ids = list(best)
        docs = np.array([best[a] for a in ids], np.int64)
        out.append(Candidates(ids, words[docs].astype(np.float32), cosine[docs].astype(np.float32),
                              words[docs] > 0, {a: i for i, a in enumerate(ids)}))
        if progress is not None:
            progress(n + 1)
    return out


def cached_candidates(ix: Any, key: str, texts: Sequence[str], judged: Iterable[str], cache: Path) -> list[Candidates]:
    h = hashlib.sha1(json.dumps([key, POOL, list(texts), sorted(judged)], ensure_ascii=False).encode()).hexdigest()[:16]
    path = cache / f"stard-candidates-{h}.pickle"
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    every = max(1, len(texts) // 10)
    found = read_candidates(ix, texts, judged,
                            lambda n: log(f"  candidates of {n} questions") if n % every == 0 else None)
    for old in cache.glob("stard-candidates-*.pickle"):
        old.unlink()
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(found, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return found


# -- scoring a setting of the weights on the candidates ----------------------------------

@dataclass
class Scored:
    """One question's features under one bank: a row per candidate, a column per part,
    which rows may rank (``allowed``) and which are relevant."""

    features: np.ndarray
    allowed: np.ndarray
    words_only: np.ndarray
    relevant: np.ndarray
    n_relevant: int


def features(bank: QuestionBank, text: str, vector: np.ndarray | None, cand: Candidates,
             relevant: Iterable[str]) -> Scored:
    """The parts of each candidate's score that ``bank`` gives for this question."""
    n = len(cand.articles)
    f = np.zeros((n, len(PARTS)), np.float32)
    f[:, 0], f[:, 1] = cand.words, cand.cosine
    suggested = np.zeros(n, bool)
    by_article, by_law = bank.suggestions(text, vector)
    for a, parts in by_article.items():
        i = cand.row.get(bank.articles[a])
        if i is not None:
            f[i, 2:5] = parts
            suggested[i] = True
    prior: dict[str, float] = {}
    laws = [Qs.law_of(a) for a in cand.articles]
    f[:, 5] = [by_law.get(law, 0.0) for law in laws]
    f[:, 6] = [prior[law] if law in prior else prior.setdefault(law, bank.law_prior(law)) for law in laws]
    rel = set(relevant)
    return Scored(f, cand.matched | suggested, cand.matched.copy(),
                  np.array([a in rel for a in cand.articles]), len(rel))


def metrics(scored: Sequence[Scored], w: np.ndarray, restrict: bool = False) -> tuple[float, float]:
    """Mean Recall@100 and nDCG@10 of the rankings the weights ``w`` give (``restrict``:
    only what the words match may rank, the bank re-ranking it)."""
    discount = 1 / np.log2(np.arange(2, K + 2))
    recall = ndcg = 0.0
    for s in scored:
        score = s.features @ w
        score[~(s.words_only if restrict else s.allowed)] = -np.inf
        k = min(DEPTH, len(score))
        top = np.argpartition(-score, k - 1)[:k]
        top = top[np.argsort(-score[top], kind="stable")]
        top = top[np.isfinite(score[top])]
        hits = s.relevant[top]
        recall += hits.sum() / s.n_relevant
        ideal = discount[:min(K, s.n_relevant)].sum()
        ndcg += (hits[:K] * discount[:len(hits[:K])]).sum() / ideal
    return recall / len(scored), ndcg / len(scored)


def vector_of(weights: Weights) -> np.ndarray:
    d = weights.to_dict()
    return np.array([d[p] for p in PARTS], np.float64)


def fit(scored: Sequence[Scored], ranking: str, start: Weights | None = None,
        recall_weight: float = RECALL_WEIGHT) -> tuple[Weights, float]:
    """Weights for ``ranking`` maximising ``recall_weight`` × mean Recall@100 +
    mean nDCG@10 over ``scored`` (coordinate ascent, multiplicative steps shrinking
    from ×2 to ×1.1)."""
    w = vector_of(start or START[ranking])
    free = [PARTS.index(p) for p in FREE[ranking]]

    def value(v: np.ndarray) -> float:
        recall, ndcg = metrics(scored, v)
        return recall_weight * recall + ndcg

    best = value(w)
    for factor in (2.0, 1.4, 1.1):
        improved = True
        while improved:
            improved = False
            for i in free:
                for step in (factor, 1 / factor, 0.0):
                    v = w.copy()
                    v[i] = v[i] * step if w[i] else (0.05 if step else 0.0)
                    if step == 0.0 and not w[i]:
                        continue
                    got = value(v)
                    if got > best + 1e-6:
                        best, w, improved = got, v, True
    return Weights(**dict(zip(PARTS, map(float, w)))), best


# -- cross-validation --------------------------------------------------------------------

@dataclass
class Fold:
    train: tuple[str, ...]
    test: tuple[str, ...]


@dataclass
class Questions:
    """What fitting knows of each question: its text, vector, candidates and judgments."""

    texts: Mapping[str, str]
    vectors: Mapping[str, np.ndarray]
    candidates: Mapping[str, Candidates]
    qrels: Mapping[str, Mapping[str, int]]

    def scored(self, bank: QuestionBank, qid: str, by_meaning: bool) -> Scored:
        """``qid`` (a question ``bank`` must not hold) scored by ``bank``."""
        return features(bank, self.texts[qid], self.vectors[qid] if by_meaning else None, self.candidates[qid],
                        [d for d, g in self.qrels[qid].items() if g > 0])


def asked(data: Questions, qids: Iterable[str]) -> list[str]:
    """The questions among ``qids`` that a bank ranks: those lawnews reads as questions
    (a query with quotes or brackets is not one, :func:`lawnews.search.syntax.is_question`)."""
    from lawnews.search import syntax

    return [q for q in qids if syntax.is_question(data.texts[q])]


def cross_scored(bank: QuestionBank, qids: Sequence[str], k: int, seed: int, data: Questions,
                 by_meaning: bool) -> list[Scored]:
    """Every question of ``qids`` that a bank ranks, scored by the bank of the other
    folds of a ``k``-fold split of ``qids`` (``bank`` holds at least those questions)."""
    out = []
    for train, test in Qs.folds(list(qids), [data.texts[q] for q in qids], k=k, seed=seed):
        fold_bank = bank.subset(train)
        out += [data.scored(fold_bank, q, by_meaning) for q in asked(data, test)]
    return out


def choose_weights(bank: QuestionBank, qids: Sequence[str], k: int, seed: int,
                   data: Questions, recall_weight: float = RECALL_WEIGHT) -> dict[str, tuple[Weights, float]]:
    """Each ranking's weights chosen by a ``k``-fold cross-validation over ``qids`` only,
    with the value of the objective (:func:`fit`) they reached there."""
    return {ranking: fit(cross_scored(bank, qids, k, seed, data, ranking == "vectors"), ranking,
                         recall_weight=recall_weight)
            for ranking in Qs.RANKINGS}


def expected(bank: QuestionBank, qids: Sequence[str], data: Questions, ranking: str,
             restrict: bool = False) -> tuple[float, float]:
    """The replica's Recall@100 and nDCG@10 of ``bank`` on those of ``qids`` it ranks
    (:func:`asked`; questions it does not hold); ``restrict``: had the bank only
    re-ranked what the words match."""
    scored = [data.scored(bank, q, ranking == "vectors") for q in asked(data, qids)]
    return metrics(scored, vector_of(bank.weights[ranking]), restrict)
