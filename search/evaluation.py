"""Relevance evaluation: judged queries → nDCG, MRR and recall of a lawnews index.

A run takes *queries* (id, query string, optional facet filters) and *qrels*
(for each query id, the graded relevant article ids), searches each query with
:meth:`NewsIndex.search` (the filters passed as facet keyword arguments), and
scores the ranking with the standard measures:

* ``nDCG@k``: gain = grade (2 or 1), discount ``log2(rank + 1)``, normalised by
  the ideal ranking of the judged grades;
* ``MRR@k``: ``1 / rank`` of the first relevant article in the top ``k``, else 0;
* ``Recall@k``: relevant articles in the top ``k`` / all relevant articles.

Relevant means grade > 0. A query with no relevant article (a *no-answer* query)
has no defined score: it is left out of the means and counted on its own line,
where a perfect system returns nothing for it.

File formats read here:

* QUERIES: a JSON list or JSONL of ``{"id", "query", "filters"?}`` objects
  (``filters`` maps a facet to a value or a list, e.g. ``{"province": "湖南省"}``);
* QRELS: TSV lines ``qid<TAB>doc_id<TAB>grade`` (TREC ``qid 0 doc_id grade`` also
  accepted), or a gold JSON list whose records carry ``judgments``; a judgment
  names its article by ``id``, or by ``file``, ``ordinal`` and a verbatim
  ``anchor`` that is looked up, whitespace ignored, in the bodies of the parsed
  articles of that file (see :func:`map_judgments`). A judgment whose anchor
  identifies no article, or several, is reported as unmatched and kept as a
  relevant id that no search can return, so it lowers recall instead of vanishing.

The metrics, the readers of judged data and :func:`evaluate` live here, over any
index with ``search`` and ``article`` (:class:`Searchable`, which
:class:`lawnews.NewsIndex` is); :func:`lawnews.evaluation.evaluate_files` opens or
builds the index for the ``lawnews eval`` command.

    >>> from lawnews.evaluation import evaluate_files
    >>> report = evaluate_files("gold/queries-dev.json", "gold/queries-dev.json",
    ...                         corpus=["corpus"])             # doctest: +SKIP
    >>> print(format_report(report))                          # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Protocol, Sequence

from ..errors import ArticleNotFoundError, LawNewsError

#: query id → {article id → grade}
Qrels = Mapping[str, Mapping[str, int]]

UNMATCHED_PREFIX = "unmatched:"


class EvalDataError(LawNewsError):
    "A queries or qrels file cannot be read (missing, malformed, inconsistent)."


# -- metrics ----------------------------------------------------------------

class PrecisionRecall:
    """Precision, recall and F1 of a class's ``tp``, ``fp`` and ``fn`` counts (a mixin
    for the dataclasses that count them); an empty denominator scores 1, but where
    nothing was counted at all (no annotation, nothing found: not :attr:`scored`) the
    scores are not given: ``None`` in :meth:`scores`, ``n/a`` in :meth:`shown`."""

    tp: int
    fp: int
    fn: int

    @property
    def scored(self) -> bool:
        """Whether anything was counted (an annotation, or something found)."""
        return bool(self.tp or self.fp or self.fn)

    def shown(self, spec: str = ".3f") -> tuple[str, str, str]:
        """Precision, recall and F1 as text in ``spec`` (``n/a`` when not :attr:`scored`)."""
        if not self.scored:
            return ("n/a",) * 3
        return format(self.precision, spec), format(self.recall, spec), format(self.f1, spec)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, Any]:
        """Counts and rounded scores, for JSON (the scores ``None`` when not :attr:`scored`)."""
        if not self.scored:
            return {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None, "f1": None}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


class Searchable(Protocol):
    """What :func:`evaluate` asks of an index (:class:`lawnews.NewsIndex` is one)."""

    def search(self, query: str, **options: Any) -> Any: ...

    def article(self, article_id: str) -> Any: ...


def _relevant(judgments: Mapping[str, int]) -> dict[str, int]:
    return {d: g for d, g in judgments.items() if g > 0}


def _top(ranked_ids: Iterable[str], k: int) -> list[str]:
    """The first ``k`` distinct ids of a ranking (a repeated id counts once)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    out: list[str] = []
    seen: set[str] = set()
    for d in ranked_ids:
        if d not in seen:
            seen.add(d)
            out.append(d)
            if len(out) == k:
                break
    return out


def _require_relevant(judgments: Mapping[str, int]) -> dict[str, int]:
    rel = _relevant(judgments)
    if not rel:
        raise ValueError("no relevant document (grade > 0) is judged: the measure is undefined for this query")
    return rel


def ndcg_at(ranked_ids: Sequence[str], judgments: Mapping[str, int], k: int) -> float:
    """nDCG@k with gain = grade and discount log2(rank + 1); ideal from ``judgments``.

    ValueError when no judged document has grade > 0 (the measure is undefined).
    """
    rel = _require_relevant(judgments)
    dcg = sum(rel.get(d, 0) / math.log2(i + 2) for i, d in enumerate(_top(ranked_ids, k)))
    ideal = sorted(rel.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg


def mrr_at(ranked_ids: Sequence[str], judgments: Mapping[str, int], k: int) -> float:
    """Reciprocal rank of the first relevant document within the top ``k`` (0 if none)."""
    rel = _require_relevant(judgments)
    for i, d in enumerate(_top(ranked_ids, k), 1):
        if d in rel:
            return 1.0 / i
    return 0.0


def recall_at(ranked_ids: Sequence[str], judgments: Mapping[str, int], k: int) -> float:
    """Relevant documents in the top ``k`` / all relevant documents (grade > 0)."""
    rel = _require_relevant(judgments)
    return sum(1 for d in _top(ranked_ids, k) if d in rel) / len(rel)


# -- loaded data --------------------------------------------------------------

@dataclass(frozen=True)
class EvalQuery:
    """One query to run: ``filters`` are passed to ``NewsIndex.search`` as keyword arguments."""

    id: str
    query: str
    filters: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "query": self.query, "filters": dict(self.filters)}


@dataclass(frozen=True)
class UnmatchedJudgment:
    """A judgment whose article could not be identified in the parsed corpus.

    It stays in the qrels under ``placeholder``, an id no search returns.
    """

    query_id: str
    file: str
    ordinal: int | None
    anchor: str
    grade: int
    reason: str
    placeholder: str

    def to_dict(self) -> dict[str, Any]:
        return {"query_id": self.query_id, "file": self.file, "ordinal": self.ordinal,
                "anchor": self.anchor, "grade": self.grade, "reason": self.reason,
                "placeholder": self.placeholder}


@dataclass(frozen=True)
class EvalSet:
    """Queries with their judgments, ready for :func:`evaluate`."""

    queries: tuple[EvalQuery, ...]
    qrels: dict[str, dict[str, int]]
    unmatched: tuple[UnmatchedJudgment, ...] = ()
    notes: tuple[str, ...] = ()


# -- loaders ----------------------------------------------------------------

def read_text(path: "str | os.PathLike[str]", what: str) -> str:
    """The text of an evaluation file (queries, qrels, annotations: ``what`` names it in
    errors), read as UTF-8 with a byte order mark at its start (Windows editors) left
    out; EvalDataError saying why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise EvalDataError(f"no {what} file at {path}") from None
    except OSError as e:
        raise EvalDataError(f"cannot read {what} file {path}: {e}") from None
    except UnicodeDecodeError as e:
        raise EvalDataError(f"cannot read {what} file {path}: not UTF-8 (byte {e.start})") from None


def _json_records(path: "str | os.PathLike[str]", what: str) -> list[tuple[str, Any]]:
    """``(where, object)`` for each record of a JSON list or a JSONL file."""
    text = read_text(path, what)
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise EvalDataError(f"{path}: bad JSON: {e.msg} (line {e.lineno}, column {e.colno})") from None
        return [(f"{path}: record {i}", obj) for i, obj in enumerate(data, 1)]
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((f"{path}:{n}", json.loads(line)))
        except json.JSONDecodeError as e:
            raise EvalDataError(f"{path}:{n}: bad JSON line: {e.msg} (column {e.colno})") from None
    return out


def _query_record(where: str, obj: Any) -> EvalQuery:
    if not isinstance(obj, dict):
        raise EvalDataError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    qid = obj.get("id", obj.get("_id"))
    text = obj.get("query", obj.get("text"))
    if isinstance(qid, int) and not isinstance(qid, bool):
        qid = str(qid)
    if not isinstance(qid, str) or not qid.strip():
        raise EvalDataError(f"{where}: a query needs a string 'id'")
    if not isinstance(text, str):
        raise EvalDataError(f"{where}: query {qid!r} needs a string 'query'")
    filters = obj.get("filters") or {}
    if not isinstance(filters, dict) or not all(
        isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        for v in filters.values()
    ):
        raise EvalDataError(f"{where}: 'filters' of query {qid!r} must map facet names to a value or a list of values")
    return EvalQuery(qid, text, filters)


def load_queries(path: "str | os.PathLike[str]") -> tuple[EvalQuery, ...]:
    """The queries of a JSON list or JSONL file of ``{"id", "query", "filters"?}``;
    EvalDataError when it holds none (an empty file, ``[]``, blank lines): a run over no
    query would score nothing."""
    queries = [_query_record(where, obj) for where, obj in _json_records(path, "queries")]
    if not queries:
        raise EvalDataError(f"{path}: the queries file has no queries; write one JSON object a line"
                            ' ({"id": "q1", "query": "交叉执行"}) or a JSON list of them')
    seen: set[str] = set()
    for q in queries:
        if q.id in seen:
            raise EvalDataError(f"{path}: query id {q.id!r} occurs twice")
        seen.add(q.id)
    return tuple(queries)


def _grade(value: Any, where: str) -> int:
    if isinstance(value, bool):
        raise EvalDataError(f"{where}: grade must be a number, not {value!r}")
    try:
        g = float(value)
    except (TypeError, ValueError):
        raise EvalDataError(f"{where}: grade must be a number, not {value!r}") from None
    if not g.is_integer():
        raise EvalDataError(f"{where}: grade must be a whole number, not {value!r}")
    return int(g)


def _add(qrels: dict[str, dict[str, int]], qid: str, doc: str, grade: int) -> None:
    judged = qrels.setdefault(qid, {})
    judged[doc] = max(grade, judged.get(doc, grade))


def load_qrels_tsv(path: "str | os.PathLike[str]") -> dict[str, dict[str, int]]:
    """``qid<TAB>doc_id<TAB>grade`` lines (or TREC ``qid 0 doc_id grade``); a header line is skipped."""
    qrels: dict[str, dict[str, int]] = {}
    for n, line in enumerate(read_text(path, "qrels").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t") if "\t" in line else line.split()
        cols = [c.strip() for c in cols]
        if len(cols) == 4:
            cols = [cols[0], cols[2], cols[3]]
        where = f"{path}:{n}"
        if len(cols) != 3:
            raise EvalDataError(f"{where}: expected 'qid<TAB>doc_id<TAB>grade', got {len(cols)} columns")
        if n == 1 and not _is_number(cols[2]) and _is_header(cols):
            continue  # a header such as "qid  doc_id  grade"
        _add(qrels, cols[0], cols[1], _grade(cols[2], where))
    return qrels


_HEADER_WORDS = {"qid", "query_id", "query-id", "queryid", "query", "topic", "id",
                 "grade", "rel", "relevance", "label", "score", "judgment", "judgement"}


def _is_header(cols: list[str]) -> bool:
    """Whether a first qrels line names its columns (``qid doc_id grade``) rather than
    judging a document: its first or last column is such a name."""
    return cols[0].lower() in _HEADER_WORDS or cols[-1].lower() in _HEADER_WORDS


def _is_number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def _strip(text: str) -> str:
    return "".join(text.split())


def map_judgments(
    judgments: Iterable[tuple[str, Mapping[str, Any]]],
    articles: Iterable[Any],
) -> tuple[list[tuple[str, str, int]], list[UnmatchedJudgment]]:
    """Article ids of ``(query_id, judgment)`` pairs keyed by file and anchor.

    A judgment's article is the parsed article of its ``file`` (matched by the
    path the parser gives or by its base name) whose body text, whitespace
    removed, contains the anchor, whitespace removed. It must be exactly one
    article; otherwise the judgment is returned as unmatched, with the reason.
    Returns ``([(query_id, article_id, grade)], [UnmatchedJudgment])``.
    """
    by_file: dict[str, list[tuple[str, str]]] = {}
    for a in articles:
        body = (a.id, _strip(a.text))
        by_file.setdefault(a.file, []).append(body)
        base = a.file.rsplit("/", 1)[-1]
        if base != a.file:
            by_file.setdefault(base, []).append(body)
    mapped: list[tuple[str, str, int]] = []
    unmatched: list[UnmatchedJudgment] = []
    for qid, j in judgments:
        file = str(j.get("file") or "")
        anchor = str(j.get("anchor") or "")
        ordinal = j.get("ordinal")
        grade = _grade(j.get("grade"), f"judgment of {qid} ({file}#{ordinal})")
        needle = _strip(anchor)
        candidates = by_file.get(file) or by_file.get(file.rsplit("/", 1)[-1]) or []
        hits = sorted({aid for aid, body in candidates if needle and needle in body})
        if len(hits) == 1:
            mapped.append((qid, hits[0], grade))
            continue
        if not needle:
            reason = "the judgment has no anchor"
        elif not candidates:
            reason = f"no parsed article comes from file {file!r}"
        elif not hits:
            reason = f"the anchor occurs in the body of none of the {len(candidates)} articles parsed from {file}"
        else:
            reason = f"the anchor occurs in {len(hits)} articles: {', '.join(hits)}"
        unmatched.append(UnmatchedJudgment(qid, file, ordinal, anchor, grade, reason,
                                           f"{UNMATCHED_PREFIX}{file}#{ordinal}"))
    return mapped, unmatched


def _gold_records(path: "str | os.PathLike[str]") -> list[tuple[str, Any]]:
    records = _json_records(path, "qrels")
    for where, obj in records:
        if not isinstance(obj, dict) or not isinstance(obj.get("judgments"), list):
            raise EvalDataError(f"{where}: a gold record needs a 'judgments' list")
    return records


def _qrels_from_gold(
    path: "str | os.PathLike[str]",
    corpus_paths: Iterable["str | os.PathLike[str]"] | None,
    articles: Sequence[Any] | None = None,
) -> tuple[dict[str, dict[str, int]], tuple[UnmatchedJudgment, ...], tuple[str, ...]]:
    qrels: dict[str, dict[str, int]] = {}
    by_anchor: list[tuple[str, Mapping[str, Any]]] = []
    for where, obj in _gold_records(path):
        qid = str(obj.get("id", ""))
        if not qid:
            raise EvalDataError(f"{where}: a gold record needs an 'id'")
        qrels.setdefault(qid, {})
        for j in obj["judgments"]:
            if not isinstance(j, dict):
                raise EvalDataError(f"{where}: each judgment must be a JSON object")
            doc = j.get("article_id", j.get("doc_id"))
            if isinstance(doc, str) and doc:
                _add(qrels, qid, doc, _grade(j.get("grade"), f"{where}: judgment {doc}"))
            elif j.get("file") and j.get("anchor") is not None:
                by_anchor.append((qid, j))
            else:
                raise EvalDataError(f"{where}: a judgment needs 'article_id', or 'file' and 'anchor'")
    notes: list[str] = []
    unmatched: list[UnmatchedJudgment] = []
    if by_anchor:
        if articles is None:
            if corpus_paths is None:
                raise EvalDataError(f"{path}: judgments keyed by file and anchor need the corpus to parse")
            from ..index.store.build import IngestReport, iter_articles  # only to map judgments

            report = IngestReport()
            articles = list(iter_articles(list(corpus_paths), report=report, tag=False))
            notes += [f"corpus input skipped: {os.path.abspath(s.path)}: {s.reason}" for s in report.skipped]
        mapped, unmatched = map_judgments(by_anchor, articles)
        for qid, doc, grade in mapped:
            _add(qrels, qid, doc, grade)
        for u in unmatched:
            _add(qrels, u.query_id, u.placeholder, u.grade)
    return qrels, tuple(unmatched), tuple(notes)


def load_qrels(
    path: "str | os.PathLike[str]",
    corpus_paths: Iterable["str | os.PathLike[str]"] | None = None,
) -> tuple[dict[str, dict[str, int]], tuple[UnmatchedJudgment, ...]]:
    """Qrels from a TSV file or a gold JSON file, and the judgments that could not be mapped.

    Gold judgments keyed by file and anchor are mapped onto the articles parsed
    from ``corpus_paths`` (see :func:`map_judgments`).
    """
    if _looks_like_json(path):
        qrels, unmatched, _notes = _qrels_from_gold(path, corpus_paths)
        return qrels, unmatched
    return load_qrels_tsv(path), ()


def _looks_like_json(path: "str | os.PathLike[str]") -> bool:
    head = read_text(path, "qrels").lstrip()[:1]
    return head in ("[", "{")


def load_gold_queries(
    path: "str | os.PathLike[str]",
    corpus_paths: Iterable["str | os.PathLike[str]"],
) -> EvalSet:
    """The queries and judgments of a gold file (``queries-dev.json``) mapped onto parsed articles."""
    queries = load_queries(path)
    qrels, unmatched, notes = _qrels_from_gold(path, corpus_paths)
    return EvalSet(queries, qrels, unmatched, notes)


def load_stard(queries_path: "str | os.PathLike[str]", qrels_path: "str | os.PathLike[str]") -> EvalSet:
    """STARD: ``queries-*.jsonl`` (``{"id", "query"}``) and ``qrels-*.tsv``."""
    return load_eval_set(queries_path, qrels_path)


def load_eval_set(
    queries_path: "str | os.PathLike[str]",
    qrels_path: "str | os.PathLike[str]",
    corpus_paths: Iterable["str | os.PathLike[str]"] | None = None,
    *,
    articles: Sequence[Any] | None = None,
) -> EvalSet:
    """Queries from QUERIES and judgments from QRELS (TSV or gold JSON), checked against each other.

    ``articles`` (already parsed) or ``corpus_paths`` serve to map gold judgments
    keyed by anchor. Judgments of query ids absent from QUERIES are noted.
    """
    queries = load_queries(queries_path)
    notes: list[str] = []
    unmatched: tuple[UnmatchedJudgment, ...] = ()
    if _looks_like_json(qrels_path):
        qrels, unmatched, gold_notes = _qrels_from_gold(qrels_path, corpus_paths, articles)
        notes += gold_notes
    else:
        qrels = load_qrels_tsv(qrels_path)
    ids = {q.id for q in queries}
    stray = sorted(set(qrels) - ids)
    if stray:
        notes.append(f"{len(stray)} judged query ids are not among the queries and are ignored: "
                     + ", ".join(stray[:5]) + (" …" if len(stray) > 5 else ""))
    return EvalSet(queries, {q: dict(qrels[q]) for q in qrels if q in ids}, unmatched, tuple(notes))


# -- the run ------------------------------------------------------------------

@dataclass(frozen=True)
class QueryResult:
    """The scores of one query; the scores are None for a no-answer query."""

    id: str
    query: str
    filters: Mapping[str, Any]
    relevant: int
    ndcg: float | None
    mrr: float | None
    recall: float | None
    recall_depth: float | None
    missed: tuple[tuple[str, int], ...]
    top: tuple[str, ...]
    returned: int
    total: int
    error: str | None = None

    @property
    def no_answer(self) -> bool:
        return self.relevant == 0

    def to_dict(self, k: int = 10, depth: int = 100) -> dict[str, Any]:
        return {
            "id": self.id,
            "query": self.query,
            "filters": dict(self.filters),
            "relevant": self.relevant,
            f"ndcg@{k}": _round(self.ndcg),
            f"mrr@{k}": _round(self.mrr),
            f"recall@{k}": _round(self.recall),
            f"recall@{depth}": _round(self.recall_depth),
            f"missed@{k}": [{"id": d, "grade": g} for d, g in self.missed],
            f"top@{k}": list(self.top),
            "returned": self.returned,
            "total": self.total,
            "error": self.error,
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class EvalReport:
    """Per-query scores and their means over the queries that have a relevant article."""

    k: int
    depth: int
    rows: tuple[QueryResult, ...]
    unmatched: tuple[UnmatchedJudgment, ...] = ()
    notes: tuple[str, ...] = ()
    took_s: float = 0.0

    @property
    def answerable(self) -> tuple[QueryResult, ...]:
        return tuple(r for r in self.rows if not r.no_answer)

    @property
    def no_answer(self) -> tuple[QueryResult, ...]:
        return tuple(r for r in self.rows if r.no_answer)

    @property
    def errors(self) -> tuple[QueryResult, ...]:
        return tuple(r for r in self.rows if r.error)

    def _mean_of(self, attr: str) -> float | None:
        return _mean([getattr(r, attr) for r in self.answerable])

    @property
    def ndcg(self) -> float | None:
        return self._mean_of("ndcg")

    @property
    def mrr(self) -> float | None:
        return self._mean_of("mrr")

    @property
    def recall(self) -> float | None:
        return self._mean_of("recall")

    @property
    def recall_depth(self) -> float | None:
        return self._mean_of("recall_depth")

    def means(self) -> dict[str, float | None]:
        return {
            f"ndcg@{self.k}": self.ndcg,
            f"mrr@{self.k}": self.mrr,
            f"recall@{self.k}": self.recall,
            f"recall@{self.depth}": self.recall_depth,
        }

    def to_dict(self) -> dict[str, Any]:
        no_answer = self.no_answer
        return {
            "k": self.k,
            "depth": self.depth,
            "queries": len(self.rows),
            "answerable": len(self.answerable),
            "means": {name: _round(v) for name, v in self.means().items()},
            "no_answer": {
                "queries": len(no_answer),
                "returned_nothing": sum(1 for r in no_answer if r.returned == 0),
                "returned_hits": {r.id: r.returned for r in no_answer if r.returned},
            },
            "errors": {r.id: r.error for r in self.errors},
            "unmatched": [u.to_dict() for u in self.unmatched],
            "notes": list(self.notes),
            "took_s": round(self.took_s, 3),
            "rows": [r.to_dict(self.k, self.depth) for r in self.rows],
        }


def evaluate(
    index: Searchable,
    queries: Iterable[EvalQuery],
    qrels: Qrels,
    k: int = 10,
    depth: int = 100,
    *,
    unmatched: Iterable[UnmatchedJudgment] = (),
    notes: Iterable[str] = (),
    check_ids: bool = True,
    search_options: Mapping[str, Any] | None = None,
) -> EvalReport:
    """Run every query on ``index`` (top ``depth`` hits, its filters applied) and score it.

    ``search_options`` are further keyword arguments of ``index.search`` (for
    example ``{"lenient": True}``); by default queries run as the CLI runs them.
    A query the library refuses (a syntax error, an unknown facet value) scores
    as an empty ranking and carries its error message. With ``check_ids``,
    judged article ids that are not in the index are noted in the report.
    """
    if k < 1 or depth < 1:
        raise ValueError("k and depth must be >= 1")
    depth = max(depth, k)
    options = dict(search_options or {})
    started = time.perf_counter()
    rows: list[QueryResult] = []
    for q in queries:
        judged = dict(qrels.get(q.id, {}))
        rel = _relevant(judged)
        error = None
        try:
            results = index.search(q.query, limit=depth, **options, **dict(q.filters))
            ranked = [h.article_id for h in results.hits]
            total = results.total
        except LawNewsError as e:
            ranked, total, error = [], 0, str(e)
        top = _top(ranked, k) if ranked else []
        if rel:
            scores = (ndcg_at(ranked, rel, k), mrr_at(ranked, rel, k),
                      recall_at(ranked, rel, k), recall_at(ranked, rel, depth))
            found = set(top)
            missed = tuple(sorted(((d, g) for d, g in rel.items() if d not in found),
                                  key=lambda dg: (-dg[1], dg[0])))
        else:
            scores, missed = (None, None, None, None), ()
        rows.append(QueryResult(q.id, q.query, dict(q.filters), len(rel), *scores,
                                missed=missed, top=tuple(top), returned=len(ranked),
                                total=total, error=error))
    notes = list(notes)
    if check_ids:
        notes += _absent_ids(index, qrels, {r.id for r in rows})
    return EvalReport(k, depth, tuple(rows), tuple(unmatched), tuple(notes),
                      time.perf_counter() - started)


def _absent_ids(index: Searchable, qrels: Qrels, qids: set[str]) -> list[str]:
    wanted = sorted({d for q in qids for d, g in qrels.get(q, {}).items()
                     if g > 0 and not d.startswith(UNMATCHED_PREFIX)})
    absent = []
    for d in wanted:
        try:
            index.article(d)
        except ArticleNotFoundError:
            absent.append(d)
    if not absent:
        return []
    return [f"{len(absent)} of {len(wanted)} relevant article ids are not in the index "
            f"(they can never be retrieved): " + ", ".join(absent[:5]) + (" …" if len(absent) > 5 else "")]


# -- text report ------------------------------------------------------------------

def _fmt(x: float | None) -> str:
    return "    –" if x is None else f"{x:5.3f}"


def format_report(report: EvalReport, *, per_query: bool = True) -> str:
    """A text table: one line per query with the relevant articles it missed, then the means."""
    k, depth = report.k, report.depth
    head = f"{'query':<12} {'nDCG@' + str(k):>8} {'MRR@' + str(k):>7} {'R@' + str(k):>6} {'R@' + str(depth):>6} {'hits':>5}  text"
    lines = [head] if per_query else []
    if per_query:
        for r in report.rows:
            flt = " ".join(f"[{n}={v if isinstance(v, str) else ','.join(v)}]" for n, v in r.filters.items())
            text = r.query + (f" {flt}" if flt else "")
            lines.append(f"{r.id:<12} {_fmt(r.ndcg):>8} {_fmt(r.mrr):>7} {_fmt(r.recall):>6} "
                         f"{_fmt(r.recall_depth):>6} {r.returned:>5}  {text}")
            if r.error:
                lines.append(f"{'':<12} error: {r.error}")
            if r.missed:
                missed = ", ".join(f"{d} ({g})" for d, g in r.missed)
                lines.append(f"{'':<12} missed@{k}: {missed}")
            if r.no_answer and r.returned:
                lines.append(f"{'':<12} no answer expected; top: {', '.join(r.top[:3])}")
        lines.append("")
    answerable = report.answerable
    label = f"mean of {len(answerable)}"
    lines.append(f"{label:<12} {_fmt(report.ndcg):>8} {_fmt(report.mrr):>7} {_fmt(report.recall):>6} "
                 f"{_fmt(report.recall_depth):>6}")
    no_answer = report.no_answer
    if no_answer:
        empty = [r.id for r in no_answer if r.returned == 0]
        wrong = [f"{r.id} ({r.returned} hits)" for r in no_answer if r.returned]
        line = f"no-answer: {len(no_answer)} queries, {len(empty)} returned nothing (as they should)"
        if wrong:
            line += "; returned hits: " + ", ".join(wrong)
        lines.append(line)
    if report.errors:
        lines.append(f"errors: {len(report.errors)} queries failed and scored as empty rankings")
    if report.unmatched:
        lines.append(f"unmatched judgments: {len(report.unmatched)} (counted as relevant, never retrievable)")
        lines += [f"  {u.query_id} {u.file}#{u.ordinal} «{u.anchor}»: {u.reason}" for u in report.unmatched]
    lines += [f"note: {n}" for n in report.notes]
    lines.append(f"{len(report.rows)} queries in {report.took_s:.2f} s")
    return "\n".join(lines)
