#!/usr/bin/env python3
"""Whether small learned models make the mechanism tags hold on news the rules were not written from.

In:  ``eval/tag-pages.jsonl``, its ``dev`` records only (the ``test`` half is dropped
     before any text is read), and their texts ``eval/pages/tags/<id>.txt``
     (git-ignored; ``eval/README.md`` says how to fill them).
Out: a report (text, or JSON with ``--json FILE``) of mechanism precision and recall,
     the rules alone against the rules with each model, on records no model learned
     from, per fold, pooled and per label. Nothing is written into the package.

The models, each fitted on the training records of a split only:

* ``decision``: a logistic regression that decides, for every label the taxonomy
  finds in an article, whether the article is about it, in place of the fixed
  threshold; its features are what the scorer computes (the label's score; its
  matches, in lists, naming a quantity, scoring; the scores of its matches one by
  one, how many reach the threshold alone, in a title or heading, descriptions,
  sentences, first position; the article's length and its other labels).
* ``text``: per label, a logistic regression over the article's character 2–3-grams
  (tf-idf); it adds a label to the rules' where its probability reaches a threshold
  chosen inside the training records (grouped inner folds: the smallest at which
  its additions are right 80% of the time; none if no threshold is).
* ``stacked``: ``decision`` with the ``text`` probability (out of fold in training) as
  two more features.
* ``forms``: character 3–6-grams of the training records' evidence sentences that
  no form of the label covers, found on two sites or more and in no training article
  without the label, added to the taxonomy as variants (``extends = "default"``).

The splits:

* ``cv``: k folds grouped by registered domain (the last two labels of the site, three
  under gov.cn, com.cn, org.cn, net.cn, edu.cn), so that no site is on both sides;
* ``eD``: training on every dev record but the newest round (ids ``eD…``), scoring it;
* ``--rules-at COMMIT``: the rules as they were at ``COMMIT`` (its tree taken from
  git into a temporary folder), trained on the dev records the file held when those
  rules were last changed and scored on every dev record added since: rules measured
  on pages they were not written from, as a new round meets them.

The rules were written from all dev records, so ``cv`` and ``eD`` flatter the rules
alone; what they measure fairly is the change a model brings. Everything is
deterministic (no shuffling; solvers seeded). Needs scikit-learn (``pip install -e
'.[dev]'``).

``--curve`` instead measures how the ``text`` model grows with its training records: in
each fold of ``cv``, it is fitted on the records of a quarter, half, three quarters and all
of the training sites (the same sites at each step), and at several probability
thresholds it reports what it adds to the rules' labels (right and wrong) and its own
precision and recall on the fold's records.

Run: ``python scripts/train_mechanisms.py [--folds 5] [--rules-at COMMIT ...] [--curve] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "eval" / "tag-pages.jsonl"
TEXTS = ROOT / "eval" / "pages" / "tags"
SEED = 0
_SECOND_LEVEL = ("gov.cn", "com.cn", "org.cn", "net.cn", "edu.cn")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
VARIANTS = ("rules", "decision", "text", "stacked", "forms")


def registered_domain(site: str) -> str:
    """``zjkzbfy.hebeicourt.gov.cn`` → ``hebeicourt.gov.cn``; ``www.chinacourt.org`` → ``chinacourt.org``."""
    labels = site.split(":")[0].lower().strip(".").split(".")
    n = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL else 2
    return ".".join(labels[-n:])


def dev_records(text: str) -> list[dict[str, Any]]:
    """The ``dev`` records of an annotation file's text (the others are dropped here,
    before any page text is read)."""
    out = []
    for line in text.splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get("half") == "dev":
                out.append(r)
    return out


def grouped_folds(items: list[dict[str, Any]], k: int) -> list[tuple[list[int], list[int]]]:
    """k (train, test) index lists; all items of one registered domain fall in one fold."""
    from sklearn.model_selection import GroupKFold

    groups = [registered_domain(it["site"]) for it in items]
    return [(list(a), list(b)) for a, b in GroupKFold(n_splits=k).split(items, groups=groups)]


# -- what the rules give -----------------------------------------------------------


def extract(records: list[dict[str, Any]], texts: Path, taxonomy: str | None = None) -> list[dict[str, Any]]:
    """Per dev record whose article is found: its id, site, gold and rules' labels, its
    analysed text, the mechanism matches and each candidate label's features."""
    from lawnews.api import _tagger, parse
    try:
        from lawnews.index.tagging.mechanism_scores import scores
    except ImportError:  # the rules of an older commit (--rules-at), scorer and taxonomy in one module
        from lawnews.index.tagging.mechanisms import scores  # type: ignore[attr-defined,no-redef]
    from lawnews.index.tagging.tagger import _Layout
    from lawnews.search.evaluation import map_judgments

    assert all(r.get("half") == "dev" for r in records)
    files = [texts / f"{r['id']}.txt" for r in records if (texts / f"{r['id']}.txt").is_file()]
    tagger = _tagger(taxonomy)
    articles = {a.id: a for a in parse(sorted(files), taxonomy=taxonomy)}
    mapped, _ = map_judgments([(r["id"], {"file": f"{r['id']}.txt", "anchor": r.get("anchor"), "grade": 1})
                               for r in records], articles.values())
    where = {rid: aid for rid, aid, _ in mapped}
    out = []
    for r in records:
        if r["id"] not in where:
            continue
        art = articles[where[r["id"]]]
        layout = _Layout.of(art, tagger._simplify)
        if hasattr(tagger, "meta_provinces"):
            context = [tagger.meta_provinces(art)[0]]
        else:  # the tagger of an older commit (--rules-at)
            meta = getattr(tagger, "_meta_provinces", None)
            context = [meta(art)] if meta else []
        a = tagger._analyse(layout.text, layout.weight, *context)
        total = scores(a.mechs, a.text, a.bounds, layout.weight, layout.in_body, tagger._cues)
        single = [scores([h], a.text, a.bounds, layout.weight, layout.in_body, tagger._cues).get(h.label, 0.0)
                  for h in a.mechs]
        out.append({"id": r["id"], "site": r["site"],
                    "gold": sorted({tagger.resolve("mechanisms", m) or m for m in r.get("mechanisms", [])}),
                    "rules": list(art.tags.mechanisms), "text": a.text,
                    "hits": [(h.label, h.start, h.end, h.in_list) for h in a.mechs],
                    "features": features(a.mechs, single, total, a.text, a.bounds, layout.weight)})
    return out


def features(hits: list[Any], single: list[float], total: dict[str, float], text: str, bounds: list[int],
             weight: Callable[[int], float]) -> dict[str, list[float]]:
    """Candidate label (one the taxonomy finds) → its feature vector."""
    from bisect import bisect_right

    per: dict[str, dict[str, Any]] = {}
    for h, s in zip(hits, single):
        p = per.setdefault(h.label, {"matches": 0, "listed": 0, "scoring": 0, "sum": 0.0, "max": 0.0, "alone": 0,
                                     "head": 0, "clause": 0, "units": set(), "first": 1.0})
        p["matches"] += 1
        p["listed"] += h.in_list
        p["clause"] += getattr(h, "clause", False)
        if s > 0:
            p["scoring"] += 1
            p["sum"] += s
            p["max"] = max(p["max"], s)
            p["alone"] += s >= 2
            p["head"] += weight(h.start) >= 2
            p["units"].add(bisect_right(bounds, h.start))
            p["first"] = min(p["first"], h.start / max(1, len(text)))
    others = sum(1 for v in total.values() if v >= 2)
    out = {}
    for label, p in per.items():
        sc = total.get(label, 0.0)
        out[label] = [sc, float(label in total), float(sc >= 2), *(math.log1p(p[k]) for k in (
            "matches", "listed", "scoring", "sum", "max", "alone", "head", "clause")),
            math.log1p(len(p["units"])), len(p["units"]) / max(1, len(bounds)), p["first"],
            math.log1p(len(text)), math.log1p(len(per)), float(others - (sc >= 2))]
    return out


# -- the models ---------------------------------------------------------------------


def _logistic(**kw: Any) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(max_iter=5000, random_state=SEED, **kw)


def fit_decision(train: list[dict[str, Any]], extra: Callable[[int, str], list[float]] | None = None) -> Any:
    import numpy as np

    X = [it["features"][lab] + (extra(i, lab) if extra else []) for i, it in enumerate(train) for lab in it["features"]]
    y = [int(lab in it["gold"]) for it in train for lab in it["features"]]
    return _logistic(C=1.0).fit(np.array(X), np.array(y))


def decide(model: Any, item: dict[str, Any], extra: Callable[[str], list[float]] | None = None) -> set[str]:
    import numpy as np

    labels = list(item["features"])
    if not labels:
        return set()
    p = model.predict_proba(np.array([item["features"][lab] + (extra(lab) if extra else []) for lab in labels]))[:, 1]
    return {lab for lab, q in zip(labels, p) if q >= 0.5}


def fit_text(train: list[dict[str, Any]], labels: Iterable[str]) -> tuple[Any, dict[str, Any]]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=2, sublinear_tf=True, max_features=50000)
    X = vec.fit_transform([it["text"] for it in train])
    models = {}
    for lab in labels:
        y = np.array([int(lab in it["gold"]) for it in train])
        if y.sum() >= 3:
            models[lab] = _logistic(C=10.0, class_weight="balanced").fit(X, y)
    return vec, models


def text_probs(model: tuple[Any, dict[str, Any]], items: list[dict[str, Any]]) -> dict[str, list[float]]:
    vec, models = model
    X = vec.transform([it["text"] for it in items])
    return {lab: list(m.predict_proba(X)[:, 1]) for lab, m in models.items()}


def out_of_fold_text(train: list[dict[str, Any]], labels: list[str], k: int = 4) -> dict[str, list[float]]:
    probs = {lab: [0.0] * len(train) for lab in labels}
    for a, b in grouped_folds(train, k):
        got = text_probs(fit_text([train[i] for i in a], labels), [train[i] for i in b])
        for lab, ps in got.items():
            for i, p in zip(b, ps):
                probs[lab][i] = p
    return probs


def text_threshold(train: list[dict[str, Any]], oof: dict[str, list[float]], precision: float = 0.8) -> float:
    """The smallest threshold at which the text model's additions to the rules are right
    ``precision`` of the time on the training records (out of fold); above 1 if none."""
    best = 1.01
    for step in range(19, 5, -1):  # 0.95 … 0.30
        t = step / 20
        good = bad = 0
        for i, it in enumerate(train):
            for lab, ps in oof.items():
                if ps[i] >= t and lab not in it["rules"]:
                    good += lab in it["gold"]
                    bad += lab not in it["gold"]
        if good + bad and good / (good + bad) >= precision:
            best = t
        elif good + bad >= 3:
            break
    return best


def mine_forms(train: list[dict[str, Any]], evidence: dict[str, dict[str, str]], simplify: Callable[[str], str],
               sites: int = 2, sizes: Iterable[int] = (3, 4, 5, 6), per_label: int = 8) -> dict[str, list[str]]:
    """Label → new forms: n-grams of its evidence sentences in training records that no
    match of the label covers, on ``sites`` sites or more, in no training article
    without the label (the longest first, none inside another)."""
    from lawnews.index.tagging.textmap import unit_bounds

    sizes = tuple(sizes)
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for it in train:
        text = it["text"]
        cover: dict[str, bytearray] = {}
        for label, s, e, _ in it["hits"]:
            cover.setdefault(label, bytearray(len(text) + 1))[s:e] = b"\x01" * (e - s)
        ends = unit_bounds(text)
        for label, words in evidence.get(it["id"], {}).items():
            if label not in it["gold"]:
                continue
            said = simplify("".join(str(words).split()))
            k = text.find(said)
            if k < 0:
                continue
            start = 0
            for end in ends:
                if start < k + len(said) and end > k:
                    for n in sizes:
                        for i in range(start, end - n + 1):
                            g = text[i:i + n]
                            if _HAN.fullmatch(g) and not (label in cover and any(cover[label][i:i + n])):
                                found[label][g].add(registered_domain(it["site"]))
                start = end
    out = {}
    for label, grams in found.items():
        kept: list[str] = []
        for g in sorted((g for g, s in grams.items() if len(s) >= sites), key=lambda g: (-len(grams[g]), -len(g), g)):
            if any(g in k or k in g for k in kept):
                continue
            if any(g in it["text"] and label not in it["gold"] for it in train):
                continue
            kept.append(g)
            if len(kept) >= per_label:
                break
        if kept:
            out[label] = kept
    return out


def taxonomy_with(forms: dict[str, list[str]], folder: Path) -> Path:
    path = folder / "mined.toml"
    lines = ['extends = "default"']
    for label, grams in forms.items():
        lines += ["", "[[mechanism]]", f"label = {json.dumps(label, ensure_ascii=False)}",
                  f"variants = [{', '.join(json.dumps(g, ensure_ascii=False) for g in grams)}]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- one split ------------------------------------------------------------------------


def run_split(train: list[dict[str, Any]], test: list[dict[str, Any]], records: dict[str, dict[str, Any]],
              texts: Path) -> dict[str, list[set[str]]]:
    """Each variant's labels for the ``test`` items, every model fitted on ``train`` only."""
    from lawnews.index.analysis.fold import simplifier

    labels = sorted({lab for it in train for lab in it["gold"]})
    out: dict[str, list[set[str]]] = {"rules": [set(it["rules"]) for it in test]}
    decision = fit_decision(train)
    out["decision"] = [decide(decision, it) for it in test]
    oof = out_of_fold_text(train, labels)
    t = text_threshold(train, oof)
    probs = text_probs(fit_text(train, labels), test)
    out["text"] = [set(it["rules"]) | {lab for lab, ps in probs.items() if ps[i] >= t} for i, it in enumerate(test)]

    def two(p: float, item_score: float) -> list[float]:
        return [p, p * float(item_score < 2)]

    stacked = fit_decision(train, lambda i, lab: two(oof.get(lab, [0.0] * len(train))[i],
                                                    train[i]["features"][lab][0]))
    out["stacked"] = [decide(stacked, it, lambda lab, i=i, it=it: two(probs.get(lab, [0.0] * len(test))[i],
                                                                      it["features"][lab][0]))
                      for i, it in enumerate(test)]
    forms = mine_forms(train, {rid: r.get("evidence") or {} for rid, r in records.items()}, simplifier())
    with tempfile.TemporaryDirectory() as tmp:
        again = {it["id"]: it for it in extract([records[it["id"]] for it in test], texts, str(taxonomy_with(forms, Path(tmp))))}
    out["forms"] = [set(again[it["id"]]["rules"]) if it["id"] in again else set(it["rules"]) for it in test]
    return out


def counts(test: list[dict[str, Any]], tagged: list[set[str]]) -> dict[str, Any]:
    tp = fp = fn = 0
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for it, got in zip(test, tagged):
        want = set(it["gold"])
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        for lab in want & got:
            per[lab][0] += 1
        for lab in got - want:
            per[lab][1] += 1
        for lab in want - got:
            per[lab][2] += 1
    return {"tp": tp, "fp": fp, "fn": fn, "labels": dict(per)}


def add(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    labels = {lab: [x + y for x, y in zip(a["labels"].get(lab, [0, 0, 0]), b["labels"].get(lab, [0, 0, 0]))]
              for lab in set(a["labels"]) | set(b["labels"])}
    return {"tp": a["tp"] + b["tp"], "fp": a["fp"] + b["fp"], "fn": a["fn"] + b["fn"], "labels": labels}


def pr(c: dict[str, Any]) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} ({tp}/{fp}/{fn})"


def evaluate(items: list[dict[str, Any]], splits: list[tuple[str, list[int], list[int]]],
             records: dict[str, dict[str, Any]], texts: Path) -> dict[str, Any]:
    """Every variant's counts per split and pooled over the splits."""
    empty = {"tp": 0, "fp": 0, "fn": 0, "labels": {}}
    pooled = {v: dict(empty) for v in VARIANTS}
    rows = []
    for name, a, b in splits:
        train, test = [items[i] for i in a], [items[i] for i in b]
        got = run_split(train, test, records, texts)
        row = {v: counts(test, got[v]) for v in VARIANTS}
        rows.append({"split": name, "train": len(train), "test": len(test), **row})
        pooled = {v: add(pooled[v], row[v]) for v in VARIANTS}
        print(f"  {name} ({len(train)} → {len(test)}): " + " | ".join(f"{v} {pr(row[v])}" for v in VARIANTS),
              file=sys.stderr)
    return {"splits": rows, "pooled": pooled}


def report(name: str, result: dict[str, Any]) -> list[str]:
    lines = [f"== {name}", f"{'split':<10} " + " ".join(f"{v:<30}" for v in VARIANTS)]
    for row in (*result["splits"], {"split": "pooled", **result["pooled"]}):
        lines.append(f"{row['split']:<10} " + " ".join(f"{pr(row[v]):<30}" for v in VARIANTS))
    pooled = result["pooled"]
    lines.append("per label, pooled (tp/fp/fn), where a model differs from the rules:")
    for lab in sorted(pooled["rules"]["labels"]):
        base = pooled["rules"]["labels"][lab]
        diff = [f"{v} {'/'.join(map(str, pooled[v]['labels'].get(lab, [0, 0, 0])))}" for v in VARIANTS[1:]
                if pooled[v]["labels"].get(lab, [0, 0, 0]) != base]
        if diff:
            lines.append(f"  {lab}: rules {'/'.join(map(str, base))}; " + "; ".join(diff))
    return lines


# -- how the text model grows with data ------------------------------------------------

CURVE_FRACTIONS = (0.25, 0.5, 0.75, 1.0)
CURVE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def curve(items: list[dict[str, Any]], folds: list[tuple[list[int], list[int]]]) -> dict[str, Any]:
    """Per fraction of the training sites: the mean training size and, per threshold, the
    text model's additions to the rules (right, wrong) and its own tp/fp/fn, pooled over
    the folds. A fold's sites are taken in a fixed order, so each step holds the last."""
    import random

    out: dict[str, Any] = {}
    for frac in CURVE_FRACTIONS:
        sizes, rows = [], {t: [0, 0, 0, 0, 0] for t in CURVE_THRESHOLDS}
        for a, b in folds:
            sites = sorted({registered_domain(items[i]["site"]) for i in a})
            random.Random(SEED).shuffle(sites)
            keep = set(sites[:max(1, int(len(sites) * frac))])
            train = [items[i] for i in a if registered_domain(items[i]["site"]) in keep]
            test = [items[i] for i in b]
            sizes.append(len(train))
            probs = text_probs(fit_text(train, sorted({lab for it in train for lab in it["gold"]})), test)
            for t, row in rows.items():
                for i, it in enumerate(test):
                    got, gold = {lab for lab, ps in probs.items() if ps[i] >= t}, set(it["gold"])
                    added = got - set(it["rules"])
                    row[0] += len(added & gold)
                    row[1] += len(added - gold)
                    row[2] += len(got & gold)
                    row[3] += len(got - gold)
                    row[4] += len(gold - got)
        out[str(frac)] = {"train": round(sum(sizes) / len(sizes)), "thresholds": {str(t): r for t, r in rows.items()}}
        print(f"  curve {frac}: done", file=sys.stderr)
    return out


def report_curve(result: dict[str, Any]) -> list[str]:
    lines = ["== the text model by training size (grouped folds; additions to the rules right/wrong; "
             "the model alone P / R)", f"{'sites':<6} {'train':>5}  " + "  ".join(f"p≥{t:<21}" for t in CURVE_THRESHOLDS)]
    for frac, row in result.items():
        cells = []
        for t in CURVE_THRESHOLDS:
            good, bad, tp, fp, fn = row["thresholds"][str(t)]
            cells.append(f"+{good}/-{bad} {tp / max(1, tp + fp):.2f}/{tp / max(1, tp + fn):.2f}".ljust(23))
        lines.append(f"{float(frac):<6.2f} {row['train']:>5}  " + "  ".join(cells))
    return lines


# -- the rules of another commit ------------------------------------------------------


def tree_at(commit: str, folder: Path) -> Path:
    """The package as it was at ``commit``, laid out to import (``lawnews``, with
    ``index``, ``search`` and ``corpus`` inside it)."""
    src = folder / "src"
    src.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "lawnews", "index", "search", "corpus"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(src, filter="data")
    pkg = folder / "pkg"
    pkg.mkdir()
    (src / "lawnews").rename(pkg / "lawnews")
    for sub in ("index", "search", "corpus"):
        (src / sub).rename(pkg / "lawnews" / sub)
    return pkg


#: The files whose change changes which mechanisms the rules find and keep.
MECHANISM_RULE_PATHS = ("index/tagging/data/taxonomy.toml", "index/tagging/mechanisms.py",
                        "index/tagging/mechanism_scores.py", "index/tagging/mention_places.py")


def seen_ids(commit: str, paths: Iterable[str] = MECHANISM_RULE_PATHS) -> tuple[str, set[str]]:
    """The last commit up to ``commit`` that changed the rules (the files ``paths``; by default
    the mechanism rules'), and the ids of the dev records the annotation file held then."""
    last = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%H", commit, "--", *paths],
                          check=True, capture_output=True, text=True).stdout.strip()
    old = subprocess.run(["git", "-C", str(ROOT), "show", f"{last}:eval/tag-pages.jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return last, {r["id"] for r in dev_records(old)}


def rules_at(commit: str, script: str, annotations: Path, texts: Path,
             paths: Iterable[str] = MECHANISM_RULE_PATHS) -> tuple[str, set[str], Any]:
    """``script --only history`` run under the package tree of ``commit``, given the dev records
    annotated when the rules (the files ``paths``) last changed up to it: that commit, those
    records' ids, and the figures the run prints (JSON)."""
    last, seen = seen_ids(commit, paths)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = tree_at(commit, Path(tmp))
        (Path(tmp) / "seen.txt").write_text("\n".join(sorted(seen)), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(pkg)}
        done = subprocess.run([sys.executable, script, "--only", "history", "--seen", str(Path(tmp) / "seen.txt"),
                               "--annotations", str(annotations), "--texts", str(texts)],
                              env=env, check=True, capture_output=True, text=True, cwd=tmp)
    return last, seen, json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rules-at", action="append", default=[], metavar="COMMIT",
                    help="also score the rules of COMMIT on the dev records added after they were written")
    ap.add_argument("--only", choices=("cv", "eD", "history"), help=argparse.SUPPRESS)
    ap.add_argument("--seen", help=argparse.SUPPRESS)
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--curve", action="store_true",
                    help="instead, how the text model's additions grow with its training records")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    records = {r["id"]: r for r in dev_records(args.annotations.read_text(encoding="utf-8"))}
    results: dict[str, Any] = {}
    lines: list[str] = []
    if args.only == "history":  # run under the tree of another commit: the split is given
        import lawnews

        print(f"rules of {Path(lawnews.__file__).parent}", file=sys.stderr)
        items = extract(list(records.values()), args.texts)
        seen = set(Path(args.seen).read_text(encoding="utf-8").split())
        split = [("fresh", [i for i, it in enumerate(items) if it["id"] in seen],
                  [i for i, it in enumerate(items) if it["id"] not in seen])]
        json.dump(evaluate(items, split, records, args.texts), sys.stdout, ensure_ascii=False)
        return
    items = extract(list(records.values()), args.texts)
    print(f"{len(items)} dev articles found ({len(records)} dev records)", file=sys.stderr)
    if args.curve:
        results["curve"] = curve(items, grouped_folds(items, args.folds))
        print("\n".join(report_curve(results["curve"])))
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    results["cv"] = evaluate(items, [(f"fold {k + 1}", a, b) for k, (a, b) in enumerate(grouped_folds(items, args.folds))],
                             records, args.texts)
    lines += report(f"grouped {args.folds}-fold cross-validation (current rules)", results["cv"])
    newest = [i for i, it in enumerate(items) if it["id"].startswith("eD")]
    results["eD"] = evaluate(items, [("eD", [i for i, it in enumerate(items) if not it["id"].startswith("eD")], newest)],
                             records, args.texts)
    lines += report("trained without eD…, scored on eD… (current rules)", results["eD"])
    for commit in args.rules_at:
        last, seen, results[f"rules at {commit}"] = rules_at(commit, __file__, args.annotations, args.texts)
        lines += report(f"rules at {commit} (last changed {last[:7]}): trained on the {len(seen)} dev records "
                        f"then annotated, scored on those added since", results[f"rules at {commit}"])
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
