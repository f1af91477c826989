#!/usr/bin/env python3
"""Check date, source and simplified-query search on the real pages of ``masthead-pages.jsonl``.

In:  ``eval/masthead-pages.jsonl`` (one annotation per page: url, the query that found
     it, a verbatim anchor, the date and source it prints, a simplified query that
     must find it, optionally the printed text a query must highlight) and the page
     texts in ``eval/pages/<id>.txt`` (git-ignored: third-party text is not committed;
     fill it again as eval/README.md says). Pages whose text is absent are skipped.
Out: per split (dev, test), how many pages get the printed date and source and are
     found (anchor by exact phrase in simplified form, query, highlight); each miss named.

Run: ``.venv/bin/python eval/check_masthead_pages.py``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import lawnews
from lawnews.index.analysis.fold import fold, strip_ruby
from lawnews.index.ingest.pages import parse_page

HERE = Path(__file__).resolve().parent


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "masthead-pages.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ix = lawnews.NewsIndex.in_memory()
    texts = {}
    for row in rows:
        path = HERE / "pages" / f"{row['id']}.txt"
        if path.exists():
            texts[row["id"]] = path.read_text(encoding="utf-8")
            ix.add_articles(parse_page(texts[row["id"]], f"{row['id']}.txt"))
    score: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        if row["id"] not in texts:
            print(f"{row['id']}: skipped, eval/pages/{row['id']}.txt is absent")
            continue
        arts = parse_page(texts[row["id"]], f"{row['id']}.txt")
        got = {"date": {a.date for a in arts}, "source": {a.source for a in arts}}
        checks = {
            "date": got["date"] == {row["date"]},
            "source": got["source"] == {row["source"]},
        }
        anchor = fold(strip_ruby(row["anchor"])[0])
        checks["anchor"] = any(h.article_id.startswith(row["id"] + "#") for h in ix.search(f'"{anchor}"').hits)
        hits = [h for h in ix.search(row["query"], limit=20).hits if h.article_id.startswith(row["id"] + "#")]
        checks["query"] = bool(hits)
        if row.get("highlight"):
            hq = [h for h in ix.search(row.get("highlight_query", row["query"]), limit=20).hits
                  if h.article_id.startswith(row["id"] + "#")]
            checks["highlight"] = any(row["highlight"] in h.snippet[s:e] for h in hq for s, e in h.highlights)
        for k, ok in checks.items():
            score[row["split"]][k][0] += ok
            score[row["split"]][k][1] += 1
            if not ok:
                print(f"{row['split']} {row['id']}: {k} missed (expected {row.get(k, '')!r}, got {got.get(k, '-')})")
    for split in ("dev", "test"):
        print(split, "  ".join(f"{k} {a}/{b}" for k, (a, b) in score[split].items()))


if __name__ == "__main__":
    main()
