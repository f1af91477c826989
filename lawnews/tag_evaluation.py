"""``lawnews eval-tags``: the tagger's facets scored against hand annotations.

In:  an annotation file and the texts it describes.

* A JSON array in the form of the bundled gold (``../shared/gold/articles.json``):
  each record names its page ``file``; texts are looked up in ``texts`` (default:
  the bundled corpus).
* JSON Lines, one record per page (``eval/tag-pages.jsonl``): each record's
  ``id`` names its text ``<texts>/<id>.txt`` (default ``texts``: ``pages/tags``
  beside the annotation file); ``half`` (``dev``/``test``) splits the set.

Every record carries a verbatim ``anchor`` from the body of the article it
annotates and the expected ``provinces``, ``cities``, ``courts`` and
``mechanisms`` (canonical full names, as the facets show them; a facet a record
leaves out is not scored for it, so a set may annotate courts only). Each text is
parsed exactly as ``lawnews index`` would parse it, the article whose body holds
the anchor is found (:func:`lawnews.search.evaluation.map_judgments`), and its
tags are compared with the record. An annotated name is compared in the form
a filter resolves it to (黑龙江省鸡西市中级人民法院 → 鸡西市中级人民法院, a renamed
court → its successor); the four municipalities, which the facet tree also puts at
the city level, are scored as provinces only.

Out: :class:`TagReport`: micro precision and recall per facet, and each record's
misses (annotated, not tagged) and extras (tagged, not annotated); records whose
text is absent or whose anchor matches no single article are listed apart, never
scored as misses.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import _tagger, parse
from .config import bundled_corpus
from .search.evaluation import EvalDataError, PrecisionRecall, map_judgments, read_text

FACETS = ("provinces", "cities", "courts", "mechanisms")
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
HALVES = ("dev", "test")


@dataclass(frozen=True)
class FacetScore(PrecisionRecall):
    """Micro counts of one facet over the scored records."""

    facet: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"facet": self.facet, **self.scores()}


@dataclass(frozen=True)
class RecordResult:
    """One annotated article: what the tagger missed and added, per facet."""

    id: str
    half: str | None
    article: str
    misses: Mapping[str, tuple[str, ...]]
    extras: Mapping[str, tuple[str, ...]]

    @property
    def exact(self) -> bool:
        return not any(self.misses.values()) and not any(self.extras.values())

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "half": self.half, "article": self.article,
                "misses": {f: list(v) for f, v in self.misses.items() if v},
                "extras": {f: list(v) for f, v in self.extras.items() if v}}


@dataclass(frozen=True)
class TagReport:
    """Scores per facet over the records of ``half`` (all records when None)."""

    annotations: str
    half: str | None
    scores: tuple[FacetScore, ...]
    records: tuple[RecordResult, ...]
    unscored: tuple[tuple[str, str], ...] = field(default=())  # (record id, reason)

    def score(self, facet: str) -> FacetScore:
        return next(s for s in self.scores if s.facet == facet)

    def to_dict(self) -> dict[str, Any]:
        return {"annotations": self.annotations, "half": self.half, "scored": len(self.records),
                "facets": [s.to_dict() for s in self.scores],
                "records": [r.to_dict() for r in self.records if not r.exact],
                "unscored": [{"id": i, "reason": why} for i, why in self.unscored]}


def evaluate_tags(annotations: "str | os.PathLike[str]", *, texts: "str | os.PathLike[str] | None" = None,
                  half: str | None = None, taxonomy: "str | os.PathLike[str] | None" = None) -> TagReport:
    """Score the tags of the annotated articles; see the module docstring for the inputs."""
    if half is not None and half not in HALVES:
        raise EvalDataError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    path = Path(annotations)
    records, default_texts = _load(path)
    folder = Path(texts) if texts is not None else default_texts
    if not folder.is_dir():
        raise EvalDataError(f"no folder of texts at {folder} (give --texts DIR; eval/README.md says how to fill it)")
    if not records:
        raise EvalDataError(f"{path}: the annotations file has no annotated article")
    chosen = [r for r in records if half is None or r.get("half") == half]
    if not chosen:
        raise EvalDataError(f"{path}: no annotated article of half {half!r}")
    unscored: list[tuple[str, str]] = []
    files: dict[str, Path] = {}
    for r in chosen:
        name = r["_file"]
        if (folder / name).is_file():
            files[name] = folder / name
        else:
            unscored.append((r["_id"], f"no text {folder / name}"))
    articles = {a.id: a for a in parse(sorted(set(files.values())), taxonomy=taxonomy)} if files else {}
    judgments = [(r["_id"], {"file": r["_file"], "anchor": r.get("anchor"), "grade": 1})
                 for r in chosen if r["_file"] in files]
    mapped, unmatched = map_judgments(judgments, articles.values())
    unscored += [(u.query_id, u.reason) for u in unmatched]
    where = {rid: aid for rid, aid, _ in mapped}
    tagger = _tagger(taxonomy)

    def canonical(facet: str, value: str) -> str:
        # the annotation may write any form of a name (黑龙江省鸡西市中级人民法院, a former court's
        # name): compare the facet value it resolves to, as a filter would
        return tagger.resolve(facet, value) or value

    counts = {f: [0, 0, 0] for f in FACETS}
    results: list[RecordResult] = []
    for r in chosen:
        aid = where.get(r["_id"])
        if aid is None:
            continue
        tags = articles[aid].tags
        misses: dict[str, tuple[str, ...]] = {}
        extras: dict[str, tuple[str, ...]] = {}
        for f in FACETS:
            if f not in r:  # a facet the record does not annotate is not scored
                misses[f] = extras[f] = ()
                continue
            want, got = {canonical(f, v) for v in r[f]}, set(getattr(tags, f))
            if f == "cities":  # a municipality is its own city in the facet tree: scored as a province only
                want, got = want - MUNICIPALITIES, got - MUNICIPALITIES
            counts[f][0] += len(want & got)
            counts[f][1] += len(got - want)
            counts[f][2] += len(want - got)
            misses[f], extras[f] = tuple(sorted(want - got)), tuple(sorted(got - want))
        results.append(RecordResult(r["_id"], r.get("half"), aid, misses, extras))
    scores = tuple(FacetScore(f, *counts[f]) for f in FACETS)
    return TagReport(str(path), half, scores, tuple(results), tuple(unscored))


def _load(path: Path) -> tuple[list[dict[str, Any]], Path]:
    """Records with ``_id`` and ``_file`` added, and the default folder of their texts."""
    raw = read_text(path, "annotations")
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(raw)
        except json.JSONDecodeError as e:
            raise EvalDataError(f"{path}: not valid JSON: {e}") from None
        out = []
        for i, r in enumerate(_records(records, path)):
            if not r.get("file"):
                raise EvalDataError(f"{path}: record {i + 1} names no file")
            out.append({**r, "_id": f"{r['file']}#{r.get('ordinal', i + 1)}", "_file": str(r["file"])})
        return out, bundled_corpus()
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalDataError(f"{path}, line {n}: not valid JSON: {e}") from None
        (r,) = _records([r], path)
        if not r.get("id"):
            raise EvalDataError(f"{path}, line {n}: the record has no id")
        out.append({**r, "_id": str(r["id"]), "_file": f"{r['id']}.txt"})
    return out, path.parent / "pages" / "tags"


def _records(records: Any, path: Path) -> Iterable[dict[str, Any]]:
    if not isinstance(records, list):
        raise EvalDataError(f"{path}: expected a list of records")
    for i, r in enumerate(records):
        if not isinstance(r, dict):
            raise EvalDataError(f"{path}: record {i + 1} is not an object")
        for f in FACETS:
            if f in r and not (isinstance(r[f], list) and all(isinstance(v, str) for v in r[f])):
                raise EvalDataError(f"{path}: record {i + 1}: {f} must be a list of names")
        yield r


def format_report(report: TagReport, *, misses: bool = True) -> str:
    """The text table of ``lawnews eval-tags``."""
    head = f"{report.annotations}" + (f" ({report.half} half)" if report.half else "")
    lines = [head, f"{len(report.records)} articles scored, {len(report.unscored)} not scored", "",
             f"{'facet':<11} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for s in report.scores:
        p, r, f1 = s.shown()
        lines.append(f"{s.facet:<11} {p:>6} {r:>6} {f1:>6} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if misses:
        wrong = [r for r in report.records if not r.exact]
        if wrong:
            lines += ["", "misses (annotated, not tagged) and extras (tagged, not annotated):"]
        for r in wrong:
            lines.append(f"  {r.id} ({r.article})")
            for f in FACETS:
                if r.misses[f]:
                    lines.append(f"    {f} missed: {'、'.join(r.misses[f])}")
                if r.extras[f]:
                    lines.append(f"    {f} extra:  {'、'.join(r.extras[f])}")
    if report.unscored:
        lines += ["", "not scored:"] + [f"  {i}: {why}" for i, why in report.unscored]
    return "\n".join(lines)
