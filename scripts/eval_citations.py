#!/usr/bin/env python3
"""Score statute-citation extraction and resolution on annotated real news pages.

In:  ``eval/citation-pages.jsonl`` (one page a line: id, url, site, found_with, anchor,
     date when the page prints it), ``eval/citations.jsonl`` (one citation as printed a
     line: page, start, end, text, targets ``[{"law", "article", "version"?}]``, in_collection;
     a version given for the whole record applies to targets without one) and the page texts ``eval/pages/citations/<id>.txt``: third-party
     text, git-ignored. To fill the folder again, run each page's ``found_with`` query
     over the stored web pages (``corpus`` pages) and save, unchanged and in UTF-8, the
     excerpt of the result whose ``url`` is the page's (its text holds the ``anchor``).
     Resolution uses the statute collection
     ``--collection FILE``, else ``LAWNEWS_STATUTES``, else one built once from
     ``../shared/corpora/statutes`` into ``.cache/eval/statutes.sqlite``.
Out: per half (pages split by site, a fixed hash: ``dev`` to tune on, ``test`` to report),
     precision and recall of

* extraction: a mention found matches an annotated one when their spans overlap and
  their targets (law and article, ranges and lists expanded) are the same set;
* resolution: each statute article resolved (its law, article and, where annotated,
  version) against the annotated targets of the mention it overlaps;

overall and per form (how the law is named: title, short, abbreviation, interpretation,
unbracketed, backref, continuation, unknown, other — a name known only from the page,
such as 《规定》 or a garbled title; and how the articles are: arabic, list, range,
subdivision), with every miss and every extra listed; with ``--reasons``, the annotated
in-collection targets left unresolved counted by why (:func:`reason_kind` of the resolver's
reason, or: not extracted, extracted with other targets, resolved to another version) and by law.
An address listed for more than one page is named in a warning on stderr (each copy is scored).

Run: ``python scripts/eval_citations.py [--split dev|test|all] [--pages cp334-cp373] [--json] [--no-misses]
[--reasons]`` (``--reasons`` scores the dev half unless ``--split`` says otherwise).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lawnews.search.evaluation import PrecisionRecall

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
SHARED = ROOT.parent / "shared" / "corpora" / "statutes"
CACHE = ROOT / ".cache" / "eval" / "statutes.sqlite"


def half(site: str) -> str:
    """The half a site's pages belong to: ``dev`` or ``test`` (a fixed hash of the site)."""
    return "dev" if int(hashlib.sha1(site.encode("utf-8")).hexdigest()[:8], 16) % 2 == 0 else "test"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def duplicate_urls(pages: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The addresses listed for more than one page, each with the ids of its pages in
    file order: every copy is scored as a page of its own, its records counted again."""
    ids: dict[str, list[str]] = {}
    for page in pages:
        ids.setdefault(page["url"], []).append(page["id"])
    return {url: listed for url, listed in ids.items() if len(listed) > 1}


def warn_duplicates(pages: list[dict[str, Any]], where: Path) -> None:
    """Say on stderr which addresses ``pages`` (read from ``where``) list more than once."""
    twice = duplicate_urls(pages)
    if twice:
        copies = sum(len(listed) - 1 for listed in twice.values())
        print(f"warning: {where}: {len(twice)} address{'es' if len(twice) > 1 else ''} listed more than once"
              f" ({copies} further cop{'ies' if copies > 1 else 'y'}, each scored as a page of its own): "
              + "; ".join(f"{url} ({', '.join(listed)})" for url, listed in twice.items()), file=sys.stderr)


def collection(path: Path | None) -> Any:
    """The statute collection to resolve against (built from ../shared when none is given)."""
    from lawnews.index.store.statutes import Collection

    if path is None and os.environ.get("LAWNEWS_STATUTES"):
        path = Path(os.environ["LAWNEWS_STATUTES"])
    if path is not None:
        found = Collection.at(path)
        if found is None:
            sys.exit(f"no statute collection at {path}")
        return found
    sources = sorted(SHARED.glob("*.jsonl.gz"))
    newest = max((p.stat().st_mtime for p in sources), default=0)
    if not CACHE.is_file() or CACHE.stat().st_mtime < newest:
        if not sources:
            sys.exit(f"no statute corpus in {SHARED}; give --collection FILE")
        build_collection(sources, CACHE)
    return Collection.at(CACHE)


def build_collection(sources: list[Path], target: Path) -> None:
    from lawnews.index.ingest.jsonl import record_article
    from lawnews.index.store.statutes import Collection

    print(f"building the statute collection {target} from {', '.join(p.name for p in sources)}", file=sys.stderr)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    with Collection(target).writer() as writer:
        for src in sources:
            with gzip.open(src, "rt", encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    writer.add(record_article(json.loads(line), src.name, n))


# -- forms ---------------------------------------------------------------------------------

_BACK = re.compile(r"^(?:该|本|同|此|上述|前述|其)(?:司法解释|法律|法|解释|规定|条例|办法|意见|决定|细则|规则|条)")


def forms(text: str) -> set[str]:
    """How a mention names its law (one form) and its articles (arabic, list, range,
    subdivision), read from the mention's text alone."""
    from lawnews.index.tagging.citations import extract

    out: set[str] = set()
    if text.startswith("第"):
        out.add("continuation")
    elif _BACK.match(text):
        out.add("backref")
    else:
        found = extract(text)
        out.add(found[0].form if found else "other")  # 《规定》, names the page defines, garbled titles
    articles = text[text.find("第"):] if "第" in text else ""
    if re.search(r"[0-9０-９]", articles):
        out.add("arabic")
    if re.search(r"条\s*(?:[、，,]|和|及|以及|与|或)\s*第|第[^条]*[、，,][^条]*条", articles):
        out.add("list")
    if re.search(r"(?:至|到|[—－~～-])", articles):
        out.add("range")
    if re.search(r"[款项]", articles):
        out.add("subdivision")
    return out


# -- why a target was left unresolved ------------------------------------------------------

#: The resolver's reasons (index/store/statutes/) by kind: the first pattern found names it.
REASON_KINDS: tuple[tuple[str, str], ...] = (
    (r"^no statute collection", "no collection"),
    (r"title is ambiguous", "ambiguous title"),
    (r"is not in the statute collection", "law not in the collection (as read)"),
    (r"only version of it is undated", "version named, collection undated"),
    (r"is undated and the latest year it prints.*renumbered", "undated, printed year before a renumbered law"),
    (r"is undated and the latest year it prints", "undated, printed year long before the law"),
    (r"before the only version", "dated before the law's only version"),
    (r"is dated on or before.*renumbered", "dated before a renumbered law"),
    (r"is dated on or before", "dated long before the law"),
    (r"holds another provision in each of its versions", "undated, quoted wording fits no version"),
    (r"is undated and .* holds another provision", "undated, versions differ at the article"),
    (r"wording the text quotes", "quoted wording is not the article's"),
    (r"has no 第\d+款", "款 the article lacks"),
    (r"has no 第\d+项", "项 the article lacks"),
    (r"ends at", "article beyond the law"),
    (r"has no 第", "no such article"),
    (r"cites an older numbering of this article", "the article shown older elsewhere in the text"),
    (r"cites an older numbering of", "the law shown older elsewhere in the text"),
    (r"imposes", "sanction the article lacks"),
)


def reason_kind(reason: str) -> str:
    """The kind of a resolver's reason for leaving a target unresolved (:data:`REASON_KINDS`)."""
    for pattern, kind in REASON_KINDS:
        if re.search(pattern, reason):
            return kind
    return "other: " + reason[:40] if reason else "no reason given"


# -- scoring --------------------------------------------------------------------------------

def _key(law: str | None) -> str:
    """Titles compare loosely (annotations write the intended title of a misquoted one)."""
    from lawnews.index.tagging.citations import loose_key

    return loose_key(law) if law else "?"


@dataclass
class Mention:
    page: str
    start: int
    end: int
    text: str
    targets: frozenset[tuple[str, str]]  # (law key, article)
    resolved: frozenset[tuple[str, str, str | None]] = frozenset()  # (law key, article, version)
    laws: tuple[str, ...] = ()
    why: str | None = None  # why (part of) it was not resolved
    reasons: tuple[tuple[tuple[str, str], str], ...] = ()  # ((law key, article), why it was not resolved)

    def overlaps(self, other: "Mention") -> bool:
        return self.page == other.page and self.start < other.end and other.start < self.end


def gold_mentions(records: list[dict[str, Any]]) -> list[Mention]:
    out = []
    for r in records:
        targets = frozenset((_key(t["law"]), t["article"]) for t in r["targets"])
        resolvable = frozenset((_key(t["law"]), t["article"], t.get("version", r.get("version")))
                               for t in r["targets"]) \
            if r.get("in_collection") else frozenset()
        out.append(Mention(r["page"], r["start"], r["end"], r["text"], targets, resolvable,
                           laws=tuple(t["law"] for t in r["targets"])))
    return out


def predicted_mentions(page: str, text: str, date: str | None, coll: Any) -> list[Mention]:
    from lawnews.index.tagging.citations import extract

    from lawnews.index.store.statutes import printed_year

    out = []
    cited = extract(text)
    year = printed_year(text, cited) if date is None else None
    resolutions = coll.resolve_all(cited, date, year) if coll is not None else [None] * len(cited)
    for c, r in zip(cited, resolutions):
        law = (r.law if r is not None and r.law else None) or c.law
        targets = frozenset((_key(law), a.article) for a in c.articles)
        resolved = frozenset((_key(r.law), t.article, r.version) for t in r.targets if t.id) if r is not None else frozenset()
        why = r.reason or "; ".join(t.reason for t in r.targets if t.reason) if r is not None else None
        reasons = tuple(((_key(law), t.article), t.reason or r.reason or "") for t in r.targets if not t.id) \
            if r is not None else ()
        out.append(Mention(page, c.start, c.end, c.text, targets, resolved, laws=(law or "?",), why=why or None,
                           reasons=reasons))
    return out


@dataclass
class Score(PrecisionRecall):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def to_dict(self) -> dict[str, Any]:
        return self.scores()


def score(gold: list[Mention], predicted: list[Mention], versioned: bool = True) -> dict[str, Any]:
    """Extraction and resolution scores, per form, with misses and extras."""
    extraction, resolution = Score(), Score()
    by_form: dict[str, Score] = {}
    misses: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    used: set[int] = set()
    matched_gold: dict[int, int] = {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used and p.overlaps(g) and p.targets == g.targets:
                used.add(pi)
                matched_gold[gi] = pi
                break
    for gi, g in enumerate(gold):
        hit = gi in matched_gold
        extraction.tp += hit
        extraction.fn += not hit
        for f in forms(g.text):
            s = by_form.setdefault(f, Score())
            s.tp += hit
            s.fn += not hit
        if not hit:
            near = [p for p in predicted if p.overlaps(g)]
            misses.append({"page": g.page, "text": g.text, "span": [g.start, g.end], "targets": sorted(g.targets),
                           "found": [{"text": p.text, "targets": sorted(p.targets)} for p in near]})
    for pi, p in enumerate(predicted):
        if pi in used:
            continue
        extraction.fp += 1
        for f in forms(p.text):
            by_form.setdefault(f, Score()).fp += 1
        if not any(p.overlaps(g) for g in gold):
            extras.append({"page": p.page, "text": p.text, "span": [p.start, p.end], "targets": sorted(p.targets)})
    # resolution: each article resolved, against the targets of the annotated mention it overlaps
    wrong: list[dict[str, Any]] = []
    unresolved: list[dict[str, Any]] = []
    for g in gold:
        want = {(law, art): ver for law, art, ver in g.resolved}
        got: dict[tuple[str, str], str | None] = {}
        for p in predicted:
            if p.overlaps(g):
                got.update({(law, art): ver for law, art, ver in p.resolved})
        for key, ver in got.items():
            ok = key in want and (want[key] is None or not versioned or want[key] == ver)
            resolution.tp += ok
            resolution.fp += not ok
            if not ok:
                wrong.append({"page": g.page, "text": g.text, "resolved": [*key, ver],
                              "expected": [[*k, v] for k, v in want.items()]})
        lost = [key for key in want if key not in got or not (want[key] is None or not versioned or want[key] == got[key])]
        resolution.fn += len(lost)
        if lost:
            near = [p for p in predicted if p.overlaps(g)]
            kinds = [_lost_kind(key, near, got) for key in lost]
            unresolved.append({"page": g.page, "text": g.text, "expected": [[*k, want[k]] for k in lost],
                               "resolved": [[*k, v] for k, v in got.items()],
                               "why": sorted({p.why for p in near if p.why}), "kinds": kinds})
    for p in predicted:
        if not any(p.overlaps(g) for g in gold):
            resolution.fp += len(p.resolved)
    return {"extraction": extraction.to_dict(), "resolution": resolution.to_dict(),
            "forms": {f: s.to_dict() for f, s in sorted(by_form.items())},
            "misses": misses, "extras": extras, "wrong_resolutions": wrong, "unresolved": unresolved}


def _lost_kind(key: tuple[str, str], near: list[Mention], got: dict[tuple[str, str], str | None]) -> str:
    """Why an annotated target ``key`` was not resolved right, from the mentions found over its record."""
    if not near:
        return "not extracted"
    if key in got:
        return "resolved to another version"
    reasons = [why for p in near for k, why in p.reasons if k == key]
    if reasons:
        return reason_kind(reasons[0])
    return "extracted with other targets"


def breakdown(unresolved: list[dict[str, Any]]) -> dict[str, Any]:
    """The unresolved annotated targets counted by kind (:func:`reason_kind`), and by kind and law."""
    kinds: dict[str, int] = {}
    laws: dict[str, dict[str, int]] = {}
    for u in unresolved:
        for (law, _article, _version), kind in zip(u["expected"], u["kinds"]):
            kinds[kind] = kinds.get(kind, 0) + 1
            per = laws.setdefault(kind, {})
            per[law] = per.get(law, 0) + 1
    order = sorted(kinds, key=lambda k: (-kinds[k], k))
    return {"kinds": {k: kinds[k] for k in order},
            "laws": {k: dict(sorted(laws[k].items(), key=lambda x: (-x[1], x[0]))) for k in order}}


def page_ids(spec: str) -> set[str]:
    """The page ids a ``--pages`` value names: ids and ranges, comma-separated
    (``cp334-cp373,cp012``)."""
    out: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        low, _, high = part.partition("-")
        if not high:
            out.add(low)
            continue
        m, n = re.fullmatch(r"([a-z]*)(\d+)", low), re.fullmatch(r"([a-z]*)(\d+)", high)
        if not m or not n or m.group(1) != n.group(1):
            raise SystemExit(f"--pages: {part!r} is no range of page ids such as cp334-cp373")
        width = len(m.group(2))
        out.update(f"{m.group(1)}{i:0{width}d}" for i in range(int(m.group(2)), int(n.group(2)) + 1))
    return out


def evaluate(eval_dir: Path = EVAL, coll: Any = None, split: str = "all",
             ids: set[str] | None = None) -> dict[str, Any]:
    """Scores per half (``dev``, ``test``) of the annotated pages in ``eval_dir``
    (only the pages ``ids`` names, when given)."""
    pages = read_jsonl(eval_dir / "citation-pages.jsonl")
    if ids is not None:
        pages = [p for p in pages if p["id"] in ids]
    records = read_jsonl(eval_dir / "citations.jsonl")
    texts_dir = eval_dir / "pages" / "citations"
    out: dict[str, Any] = {"missing_pages": []}
    for name in ("dev", "test") if split == "all" else (split,):
        chosen = [p for p in pages if half(p["site"]) == name]
        gold: list[Mention] = []
        predicted: list[Mention] = []
        for page in chosen:
            path = texts_dir / f"{page['id']}.txt"
            if not path.is_file():
                out["missing_pages"].append(page["id"])
                continue
            text = path.read_text(encoding="utf-8")
            own = [r for r in records if r["page"] == page["id"]]
            for r in own:
                if text[r["start"]:r["end"]] != r["text"]:
                    raise SystemExit(f"{r['id']}: text[{r['start']}:{r['end']}] is not {r['text']!r}")
            gold += gold_mentions(own)
            predicted += predicted_mentions(page["id"], text, page.get("date"), coll)
        missing = sum(1 for p in chosen if p["id"] in out["missing_pages"])
        out[name] = {"pages": len(chosen), "sites": len({p["site"] for p in chosen}), "missing": missing,
                     "citations": len(gold), **score(gold, predicted)}
    return out


def agreement(second: Path, eval_dir: Path = EVAL, split: str = "test",
              ids: "set[str] | None" = None) -> dict[str, Any]:
    """How far a second annotation of the pages of ``split`` (only those of ``ids`` when
    given; made apart, under the same conventions) agrees with ``citations.jsonl``: the
    first annotation scored as gold and the second as if it were found, as :func:`score`
    scores lawnews."""
    pages = {p["id"] for p in read_jsonl(eval_dir / "citation-pages.jsonl")
             if (split == "all" or half(p["site"]) == split) and (ids is None or p["id"] in ids)}
    first = [r for r in read_jsonl(eval_dir / "citations.jsonl") if r["page"] in pages]
    other = [r for r in read_jsonl(second) if r["page"] in pages]
    out = score(gold_mentions(first), gold_mentions(other))
    return {"pages": len(pages), "first": len(first), "second": len(other),
            "extraction": out["extraction"], "resolution": out["resolution"],
            "resolution_unversioned": score(gold_mentions(first), gold_mentions(other), versioned=False)["resolution"]}


def rates(s: dict[str, Any], spec: str = ".3f") -> str:
    """``P … R …`` of a score dict (:meth:`Score.to_dict`): ``n/a`` where nothing was scored."""
    return "  ".join(f"{name} {'n/a' if s[key] is None else format(s[key], spec)}"
                    for name, key in (("P", "precision"), ("R", "recall")))


def report(result: dict[str, Any], misses: bool = True, reasons: bool = False) -> str:
    lines = []
    if result["missing_pages"]:
        lines.append(f"missing page texts ({len(result['missing_pages'])}): {', '.join(result['missing_pages'])}"
                     " (scripts/eval_citations.py's docstring says how to fill eval/pages/citations/)")
    for name in ("dev", "test"):
        if name not in result:
            continue
        r = result[name]
        e, s = r["extraction"], r["resolution"]
        unread = r.get("missing", 0)
        lines.append(f"{name}: {r['pages']} pages from {r['sites']} sites"
                     + (f" ({unread} without their text, not scored)" if unread else "") + f", {r['citations']} citations")
        if not r["pages"] - unread:
            lines.append("  nothing scored: no page text of this half is there")
            continue
        lines.append(f"  extraction  {rates(e)}  (tp {e['tp']}, fp {e['fp']}, fn {e['fn']})")
        lines.append(f"  resolution  {rates(s)}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
        lines.append("  per form:   " + "; ".join(f"{f} {rates(v, '.2f')} (n {v['tp'] + v['fn']})"
                                             for f, v in r["forms"].items()))
        if reasons:
            b = breakdown(r["unresolved"])
            lines.append(f"  unresolved annotated targets by reason ({sum(b['kinds'].values())}):")
            for kind, n in b["kinds"].items():
                lines.append(f"    {n:4d}  {kind}: " + ", ".join(f"{law} {m}" for law, m in b["laws"][kind].items()))
        if misses:
            for m in r["misses"]:
                found = "; ".join(f"{f['text']} → {f['targets']}" for f in m["found"]) or "nothing"
                lines.append(f"  miss  {m['page']} {m['text']} → {m['targets']}   found: {found}")
            for x in r["extras"]:
                lines.append(f"  extra {x['page']} {x['text']} → {x['targets']}")
            for w in r["wrong_resolutions"]:
                lines.append(f"  wrong {w['page']} {w['text']}: resolved {w['resolved']}, annotated {w['expected']}")
            for u in r["unresolved"]:
                lines.append(f"  unresolved {u['page']} {u['text']}: annotated {u['expected']}, resolved {u['resolved']}"
                             + (f" ({'; '.join(u['why'])})" if u["why"] else ""))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), help="the half to score (all; dev with --reasons)")
    ap.add_argument("--collection", type=Path, help="statute collection (statutes.sqlite) to resolve against")
    ap.add_argument("--eval-dir", type=Path, default=EVAL)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--no-misses", action="store_true", help="leave out the list of misses and extras")
    ap.add_argument("--pages", help="score only these pages: ids and ranges, comma-separated (cp334-cp373)")
    ap.add_argument("--reasons", action="store_true",
                    help="count the annotated targets left unresolved by the resolver's reason and by law")
    ap.add_argument("--agreement", type=Path, metavar="FILE",
                    help="instead of scoring lawnews, score a second annotation FILE of the pages of --split "
                         "(test unless given; only those of --pages when given) against citations.jsonl")
    args = ap.parse_args()
    if args.agreement:
        got = agreement(args.agreement, args.eval_dir, args.split or "test",
                        page_ids(args.pages) if args.pages else None)
        if args.json:
            print(json.dumps(got, ensure_ascii=False, indent=2))
        else:
            e, r, u = got["extraction"], got["resolution"], got["resolution_unversioned"]
            print(f"{got['pages']} pages, {got['first']} records and {got['second']} in the second annotation\n"
                  f"  extraction  {rates(e)}  (tp {e['tp']}, fp {e['fp']}, fn {e['fn']})\n"
                  f"  resolution  {rates(r)}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']}); "
                  f"versions not compared {rates(u)}")
        return
    split = args.split or ("dev" if args.reasons else "all")
    ids = page_ids(args.pages) if args.pages else None
    listing = args.eval_dir / "citation-pages.jsonl"
    warn_duplicates([p for p in read_jsonl(listing) if (ids is None or p["id"] in ids)
                     and (split == "all" or half(p["site"]) == split)], listing)
    result = evaluate(args.eval_dir, collection(args.collection), split, ids)
    if args.reasons:
        for name in ("dev", "test"):
            if name in result:
                result[name]["reasons"] = breakdown(result[name]["unresolved"])
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json
          else report(result, not args.no_misses, args.reasons))


if __name__ == "__main__":
    main()
