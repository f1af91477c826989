#!/usr/bin/env python3
"""Whether a learned decision of an article's provinces and cities holds better than the ratio rule.

In:  ``eval/tag-pages.jsonl``, its ``dev`` records only (the ``test`` half is dropped
     before any text is read), and their texts ``eval/pages/tags/<id>.txt``
     (git-ignored; ``eval/README.md`` says how to fill them).
Out: a report (text, or JSON with ``--json FILE``) of province and city precision and
     recall on records no decision learned from, per split and pooled: the rules alone,
     the ratio rule with its ratio and floor tuned, and a logistic regression. Nothing is
     written into the package.

The rules (:mod:`lawnews.index.tagging.about`) score every place mention not in a list or
aside with its weight (title 3, heading 2, body 1) for its province and city; a place counts
when it scores at least ``max(1, RATIO × best)``, a city only inside a province that counts;
provinces and cities of courts that act always count. Each province and city the rules score
in an article, kept or not, is a candidate, labelled by whether the record annotates it (a
municipality is scored as a province only, as ``lawnews eval-tags`` does); those a court
that acts places are kept whatever the decision, and are not learned from. The decisions,
each replacing only the ratio rule (the courts that act still place their provinces and
cities, and a city still needs its province):

* ``rules``: the tags ``lawnews eval-tags`` scores;
* ``ratio``: ``max(floor, ratio × best)`` with ratio and floor chosen on the training records
  of the split (per facet; below);
* ``model``: a logistic regression per facet over what the tagger already knows of a
  candidate (:func:`features`: its score and its ratio to the best, its rank, whether the
  rule keeps it; its mentions that score, in lists and aside; a mention in the title, a
  heading, the first sentence or the first fifth of the text, the first one's position and
  the sentences they span; courts only referred to that place it; the other candidates; the
  article's length; county-level places named in it; whether the article's source names it;
  mentions with an institution after them; for a city its province's ratio, for a province
  its cities), kept at probability 0.5;
* ``model-t``: the same with its threshold chosen on the training records (out of fold,
  grouped inner folds);
* ``veto``: the rules, less the places they keep that the model gives a probability below a
  threshold chosen as for ``model-t`` (it only drops).

``--sweep`` adds, per split, the model's and the veto's figures at fixed thresholds (on the
scored records: what each setting would give, not a setting chosen in advance).

A setting is chosen inside the training records as the most precise one whose recall there
falls at most 0.005 below the rules', the bar a shipped decision has to meet on new records.

The splits, as ``scripts/train_mechanisms.py`` has them:

* ``cv``: k folds grouped by registered domain, so that no site is on both sides;
* ``--rules-at COMMIT``: the rules as they were at ``COMMIT`` (its tree taken from git into a
  temporary folder), trained on the dev records the file held when the place rules were last
  changed and scored on every dev record added since: rules measured on pages they were not
  written from, as a new round meets them.

The rules were written from all dev records, so ``cv`` flatters the rules alone; what it
measures fairly is the change a decision brings. Everything is deterministic (no shuffling;
solvers seeded). Needs scikit-learn (``pip install -e '.[dev]'``).

Run: ``python scripts/train_places.py [--folds 5] [--rules-at COMMIT ...] [--sweep] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_mechanisms import dev_records, grouped_folds, registered_domain, rules_at  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "eval" / "tag-pages.jsonl"
TEXTS = ROOT / "eval" / "pages" / "tags"
SEED = 0
FACETS = ("provinces", "cities")
VARIANTS = ("rules", "ratio", "model", "model-t", "veto")
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})
MUNICIPAL_NAMES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
#: The rule as shipped: a place counts at ``max(FLOOR, RATIO × best)``.
RATIO, FLOOR = 0.3, 1.0
RATIOS = tuple(r / 20 for r in range(2, 13))  # 0.10 … 0.60
FLOORS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0)
THRESHOLDS = tuple(t / 20 for t in range(1, 20))  # 0.05 … 0.95
SWEEP = (0.1, 0.2, 0.3, 0.4, 0.5)
#: How much recall a chosen setting may give up against the rules on the training records.
RECALL_SLACK = 0.005
#: Words after a place that make it an institution's (荆州市人民政府, 长沙公安).
INSTITUTIONS = ("人民法院", "法院", "中院", "高院", "人民检察院", "检察院", "公安", "人民政府", "政府", "司法局",
                "政法委", "市委", "县委", "区委", "省委", "两级", "中级", "高级")
FEATURES = ("score", "ratio", "log_score", "top", "log_rank", "rule_keeps", "chains", "listed", "aside",
            "title", "title_any", "heading", "first_sentence", "first_fifth", "first_pos", "spread",
            "referred_courts", "candidates", "length", "counties", "source", "institution", "parent_or_children")


def place_rule_paths() -> list[str]:
    """The files whose change changes which places the rules find and keep."""
    return [f"index/tagging/{name}" for name in (
        "about.py", "regions.py", "gazetteer.py", "courts.py", "directory.py", "tagger.py", "english.py", "scan.py",
        "textmap.py", "positions.py", "literals.py", "data/divisions.tsv", "data/courts.tsv", "data/words.tsv")]


# -- what the rules know ---------------------------------------------------------------


def extract(records: list[dict[str, Any]], texts: Path) -> list[dict[str, Any]]:
    """Per dev record whose article is found: its id, site, gold and rules' places (names),
    what places for sure (acting courts, metadata) and each candidate's score and features."""
    from lawnews.api import _tagger, parse
    from lawnews.index.tagging import about
    from lawnews.index.tagging.tagger import _Layout
    from lawnews.search.evaluation import map_judgments

    assert all(r.get("half") == "dev" for r in records)
    files = [texts / f"{r['id']}.txt" for r in records if (texts / f"{r['id']}.txt").is_file()]
    tagger = _tagger(None)
    gaz = tagger.gazetteer
    articles = {a.id: a for a in parse(sorted(files))}
    mapped, _ = map_judgments([(r["id"], {"file": f"{r['id']}.txt", "anchor": r.get("anchor"), "grade": 1})
                               for r in records], articles.values())
    where = {rid: aid for rid, aid, _ in mapped}
    out = []
    for r in records:
        if r["id"] not in where:
            continue
        art = articles[where[r["id"]]]
        layout = _Layout.of(art, tagger._simplify)
        known = tagger.meta_provinces(art)[0]
        a = tagger._analyse(layout.text, layout.weight, known)
        supreme = [c for c in a.courts if c.name == about.SUPREME and not getattr(c, "referred", False)]
        acting = [c for c in a.courts if c.name != about.SUPREME and not getattr(c, "referred", False)]
        if supreme and supreme[0].start < layout.title_end:
            acting = supreme[:1] + acting
        referred = [c for c in a.courts if getattr(c, "referred", False)]
        prov, city = about.region_scores(a.refs, acting, gaz, layout.weight)
        source = set()
        if art.source:
            named = tagger.tag_text(art.source).mentions
            source = {gaz.province_of_name(m.province).code for m in named if m.province} | \
                     {gaz.city_of_name(m.city).code for m in named if m.city and gaz.city_of_name(m.city)}
        feats = features(a.text, a.bounds, a.refs, acting, referred, prov, city, gaz, layout, source)

        def canonical(facet: str, value: str) -> str:
            return tagger.resolve(facet, value) or value

        out.append({
            "id": r["id"], "site": r["site"],
            "gold": {f: sorted({canonical(f, v) for v in r.get(f, [])}) for f in FACETS if f in r},
            "rules": {f: list(getattr(art.tags, f)) for f in FACETS},
            "known": sorted(known),
            "court": {"provinces": sorted({c.province for c in acting if c.province}),
                      "cities": sorted({c.city for c in acting if c.city})},
            "scores": {"provinces": prov, "cities": city},
            "names": {c: gaz.divisions[c].name for c in {*prov, *city, *known}},
            "features": feats,
        })
    return out


def features(text: str, bounds: list[int], refs: list[Any], acting: list[Any], referred: list[Any],
             prov: dict[str, float], city: dict[str, float], gaz: Any, layout: Any,
             source: set[str]) -> dict[str, dict[str, list[float]]]:
    """Facet → candidate code → its feature vector (:data:`FEATURES`)."""
    n = max(1, len(text))
    body_start = next((s for s, z in zip(layout.starts, layout.zones) if z == "body"), 0)
    first_end = bounds[bisect_right(bounds, body_start)] if bisect_right(bounds, body_start) < len(bounds) else n
    per: dict[str, dict[str, dict[str, Any]]] = {"provinces": {}, "cities": {}}

    def slot(facet: str, code: str) -> dict[str, Any]:
        return per[facet].setdefault(code, {"chains": 0, "listed": 0, "aside": 0, "title": 0, "title_any": 0,
                                            "heading": 0, "first_sentence": 0, "first_fifth": 0, "first_pos": 1.0,
                                            "units": set(), "referred": 0, "counties": 0, "institution": 0})

    for ref in refs:
        d = gaz.divisions[ref.code]
        c = gaz.city(ref.code)
        codes = [("provinces", ref.code[:2] + "0000")] + ([("cities", c.code)] if c is not None else [])
        scoring = not (ref.absorbed or ref.in_list or ref.aside)
        w = layout.weight(ref.start)
        for facet, code in codes:
            if code not in (prov if facet == "provinces" else city):
                continue
            p = slot(facet, code)
            p["listed"] += ref.in_list
            p["aside"] += ref.aside
            p["title_any"] = max(p["title_any"], float(w >= 3))
            if not scoring:
                continue
            p["chains"] += 1
            p["title"] = max(p["title"], float(w >= 3))
            p["heading"] = max(p["heading"], float(w == 2))
            p["first_sentence"] = max(p["first_sentence"], float(body_start <= ref.start < first_end))
            p["first_fifth"] = max(p["first_fifth"], float(ref.start < n / 5))
            p["first_pos"] = min(p["first_pos"], ref.start / n)
            p["units"].add(bisect_right(bounds, ref.start))
            p["counties"] += d.level == "county"
            p["institution"] += text.startswith(INSTITUTIONS, ref.end)
    for court in referred:
        for facet, code in (("provinces", court.province), ("cities", court.city)):
            if code and code in (prov if facet == "provinces" else city):
                slot(facet, code)["referred"] += 1
    out: dict[str, dict[str, list[float]]] = {"provinces": {}, "cities": {}}
    for facet, scores in (("provinces", prov), ("cities", city)):
        top = max(scores.values(), default=0.0)
        for code, s in scores.items():
            p = slot(facet, code)
            rank = sum(1 for v in scores.values() if v > s)
            if facet == "cities":
                other = prov.get(code[:2] + "0000", 0.0) / max(1e-9, max(prov.values(), default=0.0))
            else:
                other = math.log1p(sum(1 for c in city if c[:2] == code[:2]))
            out[facet][code] = [
                s, s / top if top else 0.0, math.log1p(s), float(s == top), math.log1p(rank),
                float(s >= max(FLOOR, RATIO * top)), math.log1p(p["chains"]), math.log1p(p["listed"]),
                math.log1p(p["aside"]), p["title"], p["title_any"], p["heading"], p["first_sentence"],
                p["first_fifth"], p["first_pos"], len(p["units"]) / max(1, len(bounds)), math.log1p(p["referred"]),
                math.log1p(len(scores)), math.log1p(n), math.log1p(p["counties"]), float(code in source),
                math.log1p(p["institution"]), other]
    return out


# -- deciding ---------------------------------------------------------------------------


def decide(item: dict[str, Any], keep: dict[str, set[str]]) -> dict[str, set[str]]:
    """The province and city names of an article whose ratio rule keeps ``keep`` (codes per
    facet): courts that act place theirs, a city needs its province and gives it, known
    provinces are the provinces (as :func:`lawnews.index.tagging.about.tags` has it);
    municipalities are left out of the cities, as they are scored."""
    provinces = set(keep["provinces"]) | set(item["court"]["provinces"])
    cities = {c for c in keep["cities"] if c[:2] + "0000" in provinces} | set(item["court"]["cities"])
    provinces |= {c[:2] + "0000" for c in cities}
    if item["known"]:
        provinces = set(item["known"])
        cities = {c for c in cities if c[:2] + "0000" in provinces}
    names = item["names"]
    return {"provinces": {names[c] for c in provinces},
            "cities": {names[c] for c in cities if c not in MUNICIPALITIES}}


def by_ratio(item: dict[str, Any], facet: str, ratio: float, floor: float) -> set[str]:
    scores = item["scores"][facet]
    top = max(scores.values(), default=0.0)
    return {c for c, s in scores.items() if s >= max(floor, ratio * top)}


def rows(items: list[dict[str, Any]], facet: str) -> tuple[list[list[float]], list[int], list[tuple[int, str]]]:
    """The training rows of a facet: every candidate no acting court places (a municipality
    is no city candidate), its label, and (item index, code)."""
    X, y, where = [], [], []
    for i, it in enumerate(items):
        if facet not in it["gold"]:
            continue
        for code, f in it["features"][facet].items():
            if code in it["court"][facet] or (facet == "cities" and code in MUNICIPALITIES):
                continue
            X.append(f)
            y.append(int(it["names"][code] in it["gold"][facet]))
            where.append((i, code))
    return X, y, where


def fit(items: list[dict[str, Any]], facet: str) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y, _ = rows(items, facet)
    if len(set(y)) < 2:
        return None
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, random_state=SEED, C=1.0))
    return model.fit(np.array(X), np.array(y))


def probabilities(model: Any, items: list[dict[str, Any]], facet: str) -> list[dict[str, float]]:
    """Per item: candidate code → the model's probability that the article is about it."""
    import numpy as np

    out: list[dict[str, float]] = [{} for _ in items]
    for i, it in enumerate(items):
        codes = list(it["features"][facet])
        if not codes:
            continue
        if model is None:
            out[i] = {c: float(c in by_ratio(it, facet, RATIO, FLOOR)) for c in codes}
            continue
        p = model.predict_proba(np.array([it["features"][facet][c] for c in codes]))[:, 1]
        out[i] = dict(zip(codes, map(float, p)))
    return out


def out_of_fold(items: list[dict[str, Any]], facet: str, k: int = 4) -> list[dict[str, float]]:
    probs: list[dict[str, float]] = [{} for _ in items]
    for a, b in grouped_folds(items, min(k, len({registered_domain(it["site"]) for it in items}))):
        got = probabilities(fit([items[i] for i in a], facet), [items[i] for i in b], facet)
        for i, p in zip(b, got):
            probs[i] = p
    return probs


def counts(items: list[dict[str, Any]], tagged: list[dict[str, set[str]]], facet: str) -> list[int]:
    tp = fp = fn = 0
    for it, got in zip(items, tagged):
        if facet not in it["gold"]:
            continue
        want, have = set(it["gold"][facet]), got[facet]
        if facet == "cities":  # a municipality is scored as a province only
            want, have = want - MUNICIPAL_NAMES, have - MUNICIPAL_NAMES
        tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
    return [tp, fp, fn]


def precision_recall(c: list[int]) -> tuple[float, float]:
    tp, fp, fn = c
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def choose(items: list[dict[str, Any]], facet: str, settings: list[Any],
           keep_of: Any, fixed: dict[str, list[set[str]]]) -> Any:
    """The setting whose decisions on ``items`` are the most precise with recall at most
    :data:`RECALL_SLACK` below the rules'; ties go to the first. ``keep_of(setting, i)``: the
    codes of ``facet`` item ``i`` keeps; ``fixed``: the other facet's codes per item."""
    def tagged(keeps: list[set[str]]) -> list[dict[str, set[str]]]:
        return [decide(it, {facet: keeps[i], **{f: fixed[f][i] for f in fixed}}) for i, it in enumerate(items)]

    rules = precision_recall(counts(items, tagged([by_ratio(it, facet, RATIO, FLOOR) for it in items]), facet))
    best, best_p = None, -1.0
    for s in settings:
        p, r = precision_recall(counts(items, tagged([keep_of(s, i) for i in range(len(items))]), facet))
        if r >= rules[1] - RECALL_SLACK and p > best_p + 1e-12:
            best, best_p = s, p
    return best


def run_split(train: list[dict[str, Any]], test: list[dict[str, Any]]) -> dict[str, Any]:
    """Each variant's places for the ``test`` items, every setting fitted on ``train`` only."""
    out: dict[str, Any] = {"rules": [{f: set(it["rules"][f]) for f in FACETS} for it in test]}
    chosen: dict[str, Any] = {}
    # the ratio rule tuned: provinces first (cities as the rules keep them), then cities
    grid = [(r, f) for r in RATIOS for f in FLOORS]
    rule_cities = [by_ratio(it, "cities", RATIO, FLOOR) for it in train]
    pr_ = choose(train, "provinces", grid, lambda s, i: by_ratio(train[i], "provinces", *s), {"cities": rule_cities})
    kept_p = [by_ratio(it, "provinces", *pr_) for it in train]
    ci_ = choose(train, "cities", grid, lambda s, i: by_ratio(train[i], "cities", *s), {"provinces": kept_p})
    chosen["ratio"] = {"provinces": pr_, "cities": ci_}
    out["ratio"] = [decide(it, {"provinces": by_ratio(it, "provinces", *pr_), "cities": by_ratio(it, "cities", *ci_)})
                    for it in test]
    models = {f: fit(train, f) for f in FACETS}
    probs = {f: probabilities(models[f], test, f) for f in FACETS}

    def kept(p: list[dict[str, float]], t: float) -> list[set[str]]:
        return [{c for c, q in d.items() if q >= t} for d in p]

    out["model"] = [decide(it, {f: kept(probs[f], 0.5)[i] for f in FACETS}) for i, it in enumerate(test)]
    oof = {f: out_of_fold(train, f) for f in FACETS}
    tp_ = choose(train, "provinces", list(THRESHOLDS), lambda t, i: kept(oof["provinces"][i:i + 1], t)[0],
                 {"cities": rule_cities})
    tp_ = 0.5 if tp_ is None else tp_
    kept_p = kept(oof["provinces"], tp_)
    tc_ = choose(train, "cities", list(THRESHOLDS), lambda t, i: kept(oof["cities"][i:i + 1], t)[0],
                 {"provinces": kept_p})
    tc_ = 0.5 if tc_ is None else tc_
    chosen["model-t"] = {"provinces": tp_, "cities": tc_}
    out["model-t"] = [decide(it, {"provinces": kept(probs["provinces"], tp_)[i], "cities": kept(probs["cities"], tc_)[i]})
                      for i, it in enumerate(test)]
    veto = {f: [by_ratio(it, f, RATIO, FLOOR) for it in train] for f in FACETS}
    vp_ = choose(train, "provinces", list(THRESHOLDS),
                 lambda t, i: {c for c in veto["provinces"][i] if oof["provinces"][i].get(c, 1.0) >= t},
                 {"cities": rule_cities})
    vp_ = 0.0 if vp_ is None else vp_
    kept_p = [{c for c in veto["provinces"][i] if oof["provinces"][i].get(c, 1.0) >= vp_} for i in range(len(train))]
    vc_ = choose(train, "cities", list(THRESHOLDS),
                 lambda t, i: {c for c in veto["cities"][i] if oof["cities"][i].get(c, 1.0) >= t},
                 {"provinces": kept_p})
    vc_ = 0.0 if vc_ is None else vc_
    chosen["veto"] = {"provinces": vp_, "cities": vc_}

    def vetoed(i: int, it: dict[str, Any], tp: float, tc: float) -> dict[str, set[str]]:
        return decide(it, {f: {c for c in by_ratio(it, f, RATIO, FLOOR) if probs[f][i].get(c, 1.0) >= t}
                           for f, t in (("provinces", tp), ("cities", tc))})

    out["veto"] = [vetoed(i, it, vp_, vc_) for i, it in enumerate(test)]
    out["sweep"] = {f"{kind} {t}": {f: counts(test, [vetoed(i, it, t, t) if kind == "veto" else
                                                      decide(it, {g: kept(probs[g], t)[i] for g in FACETS})
                                                      for i, it in enumerate(test)], f) for f in FACETS}
                    for kind in ("model", "veto") for t in SWEEP}
    out["chosen"] = chosen
    out["coefficients"] = {f: coefficients(models[f]) for f in FACETS}
    return out


def coefficients(model: Any) -> dict[str, float] | None:
    """The model's weights on the raw features (the scaling folded in), largest first."""
    if model is None:
        return None
    scaler, lr = model[0], model[-1]
    w = lr.coef_[0] / scaler.scale_
    return dict(sorted(zip(FEATURES, map(float, w)), key=lambda kv: -abs(kv[1])))


def evaluate(items: list[dict[str, Any]], splits: list[tuple[str, list[int], list[int]]]) -> dict[str, Any]:
    """Every variant's counts per split and pooled over the splits."""
    pooled = {v: {f: [0, 0, 0] for f in FACETS} for v in VARIANTS}
    result = []
    for name, a, b in splits:
        train, test = [items[i] for i in a], [items[i] for i in b]
        got = run_split(train, test)
        row = {v: {f: counts(test, got[v], f) for f in FACETS} for v in VARIANTS}
        for v in VARIANTS:
            for f in FACETS:
                pooled[v][f] = [x + y for x, y in zip(pooled[v][f], row[v][f])]
        result.append({"split": name, "train": len(train), "test": len(test), **row, "chosen": got["chosen"],
                       "coefficients": got["coefficients"], "sweep": got["sweep"]})
        print(f"  {name} ({len(train)} → {len(test)}): " + " | ".join(
            f"{v} " + " ".join(pr(row[v][f]) for f in FACETS) for v in VARIANTS) + f"  chosen {got['chosen']}",
            file=sys.stderr)
    return {"splits": result, "pooled": pooled}


def pr(c: list[int]) -> str:
    p, r = precision_recall(c)
    return f"{p:.3f}/{r:.3f}"


def report(name: str, result: dict[str, Any], sweep: bool = False) -> list[str]:
    lines = [f"== {name}", "P/R (tp fp fn)   " + "  ".join(f"{v + ' ' + f:<24}" for v in VARIANTS for f in FACETS)]
    for row in (*result["splits"], {"split": "pooled", **result["pooled"]}):
        cells = [f"{pr(row[v][f])} ({' '.join(map(str, row[v][f]))})" for v in VARIANTS for f in FACETS]
        lines.append(f"{row['split']:<16} " + "  ".join(f"{c:<24}" for c in cells))
    for row in result["splits"]:
        lines.append(f"  {row['split']}: chosen {row['chosen']}")
    if sweep:
        lines.append("at fixed thresholds, pooled (provinces, cities):")
        for key in result["splits"][0]["sweep"]:
            tot = {f: [sum(row["sweep"][key][f][k] for row in result["splits"]) for k in range(3)] for f in FACETS}
            lines.append(f"  {key:<10} " + "  ".join(f"{pr(tot[f])} ({' '.join(map(str, tot[f]))})" for f in FACETS))
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rules-at", action="append", default=[], metavar="COMMIT",
                    help="also score the rules of COMMIT on the dev records added after they were written")
    ap.add_argument("--only", choices=("history",), help=argparse.SUPPRESS)
    ap.add_argument("--seen", help=argparse.SUPPRESS)
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--sweep", action="store_true", help="also report the model and the veto at fixed thresholds")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    records = {r["id"]: r for r in dev_records(args.annotations.read_text(encoding="utf-8"))}
    if args.only == "history":  # run under the tree of another commit: the split is given
        import lawnews

        print(f"rules of {Path(lawnews.__file__).parent}", file=sys.stderr)
        items = extract(list(records.values()), args.texts)
        seen = set(Path(args.seen).read_text(encoding="utf-8").split())
        split = [("fresh", [i for i, it in enumerate(items) if it["id"] in seen],
                  [i for i, it in enumerate(items) if it["id"] not in seen])]
        json.dump(evaluate(items, split), sys.stdout, ensure_ascii=False)
        return
    results: dict[str, Any] = {}
    lines: list[str] = []
    items = extract(list(records.values()), args.texts)
    print(f"{len(items)} dev articles found ({len(records)} dev records)", file=sys.stderr)
    again = [decide(it, {f: by_ratio(it, f, RATIO, FLOOR) for f in FACETS}) for it in items]
    differ = sum(1 for it, got in zip(items, again) for f in FACETS
                 if got[f] != set(it["rules"][f]) - (MUNICIPAL_NAMES if f == "cities" else set()))
    print(f"the ratio rule re-derived differs from the tags on {differ} article facets", file=sys.stderr)
    results["cv"] = evaluate(items, [(f"fold {k + 1}", a, b) for k, (a, b) in enumerate(grouped_folds(items, args.folds))])
    lines += report(f"grouped {args.folds}-fold cross-validation (current rules)", results["cv"], args.sweep)
    for commit in args.rules_at:
        last, seen, results[f"rules at {commit}"] = rules_at(commit, __file__, args.annotations, args.texts,
                                                             place_rule_paths())
        lines += report(f"rules at {commit} (last changed {last[:7]}): trained on the {len(seen)} dev records "
                        f"then annotated, scored on those added since", results[f"rules at {commit}"], args.sweep)
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
