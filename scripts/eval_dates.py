"""Publication dates and sources read from real pages, scored against hand annotations.

In: ``eval/date-pages.jsonl`` (one record per annotated article: ``id``, ``half``, ``date``
(``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or null), ``source`` (the outlet as printed, or null),
their verbatim evidence and a note; ``eval/README.md`` gives the conventions), the anchors of
``eval/tag-pages.jsonl`` and the page texts in ``eval/pages/tags/<id>.txt`` (git-ignored; the
README says how to fetch them again). Each page is parsed as ``lawnews parse`` parses it and
the record's article is the one whose body holds its anchor.

Out: per half, precision and recall of the date (exact: a day where the page prints a day,
a month where it prints only a month) and of the source (as printed, whitespace
removed, or the same value of the source facet), and the records read otherwise (``--no-misses`` leaves them out).

Usage: python scripts/eval_dates.py [--half dev|test] [--no-misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"


def _strip(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _same_source(annotated: str | None, read: str | None) -> bool:
    """Whether lawnews read the annotated outlet: the same text, whitespace removed, or the
    same value of the source facet (``最高法`` and ``最高人民法院``, traditional and simplified)."""
    from lawnews.index.ingest.sources import canonical_source
    from lawnews.index.store.source_names import source_facet

    if not annotated or not read:
        return False
    if _strip(annotated) == _strip(read):
        return True
    return source_facet(canonical_source(annotated)) == source_facet(canonical_source(read))


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Score:
    def __init__(self) -> None:
        self.right = self.wrong = self.missed = 0

    def add(self, want: str | None, got: str | None, same: bool) -> str | None:
        """Count one record; the kind of error, or None."""
        if got is None and want is None:
            return None
        if got is None:
            self.missed += 1
            return "missed"
        if same:
            self.right += 1
            return None
        self.wrong += 1
        return "wrong" if want is not None else "extra"


def main(argv: list[str] | None = None) -> int:
    from lawnews import parse
    from lawnews.search.evaluation import map_judgments

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("dev", "test"), help="one half only (default: each)")
    ap.add_argument("--annotations", type=Path, default=EVAL / "date-pages.jsonl")
    ap.add_argument("--texts", type=Path, default=EVAL / "pages" / "tags")
    ap.add_argument("--no-misses", action="store_true", help="figures only")
    args = ap.parse_args(argv)

    anchors = {r["id"]: r["anchor"] for r in _load(EVAL / "tag-pages.jsonl")}
    records = [r for r in _load(args.annotations) if args.half in (None, r["half"])]
    present = [r for r in records if (args.texts / f"{r['id']}.txt").is_file()]
    if len(present) < len(records):
        print(f"{len(records) - len(present)} records have no text in {args.texts} (eval/README.md says how to fetch them)",
              file=sys.stderr)
    articles = list(parse(sorted({args.texts / f"{r['id']}.txt" for r in present})))
    mapped, unmatched = map_judgments(
        [(r["id"], {"file": f"{r['id']}.txt", "anchor": anchors[r["id"]], "grade": 1}) for r in present], articles)
    by_id = {a.id: a for a in articles}
    where = {rid: aid for rid, aid, _ in mapped}
    for u in unmatched:
        print(f"unscored {u.query_id}: {u.reason}", file=sys.stderr)

    for half in ("dev", "test"):
        chosen = [r for r in present if r["half"] == half and r["id"] in where]
        if not chosen:
            continue
        dates, sources, lines = Score(), Score(), []
        wanted_dates = wanted_sources = 0
        for r in chosen:
            a = by_id[where[r["id"]]]
            got_date = a.date or None
            wanted_dates += r["date"] is not None
            wanted_sources += r["source"] is not None
            kind = dates.add(r["date"], got_date, got_date == r["date"])
            if kind:
                lines.append(f"  date   {kind:6} {r['id']}: annotated {r['date']} ({r.get('date_evidence')}), read {got_date}")
            kind = sources.add(r["source"], a.source or None, _same_source(r["source"], a.source))
            if kind:
                lines.append(f"  source {kind:6} {r['id']}: annotated {r['source']} ({r.get('source_evidence')}),"
                             f" read {a.source}")
        print(f"{half}: {len(chosen)} articles, {wanted_dates} with a date printed, {wanted_sources} with a source")
        for name, s, wanted in (("date", dates, wanted_dates), ("source", sources, wanted_sources)):
            p = s.right / (s.right + s.wrong) if s.right + s.wrong else 1.0
            r_ = s.right / wanted if wanted else 1.0
            print(f"  {name:7} P {p:.3f}  R {r_:.3f}  (right {s.right}, wrong {s.wrong}, missed {s.missed})")
        if not args.no_misses:
            print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
