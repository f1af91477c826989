#!/usr/bin/env python3
"""Score the court tagging on real court-news pages: precision and recall of the courts named.

In:  ``eval/court-pages.jsonl`` (one annotated page a line: id, url, found_with — the
     query that found it in the stored web pages —, a verbatim anchor, the ``half``
     (dev/test) and the canonical names of the courts the text names) and the page
     texts in ``eval/pages/<id>.txt``. The texts are third-party and not committed
     (the folder is git-ignored): fill it again by running each ``found_with`` query
     over the stored pages and saving the page whose text holds the ``anchor``.
Out: per half, micro precision and recall of ``lawnews.tag(text).courts`` against the
     annotation, and each page's misses and extras.

Run: ``python scripts/eval_court_pages.py [--half dev|test|all]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    import lawnews

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("dev", "test", "all"), default="all")
    args = ap.parse_args()
    pages = [json.loads(line) for line in (ROOT / "eval" / "court-pages.jsonl").read_text(encoding="utf-8").splitlines()]
    for half in (("dev", "test") if args.half == "all" else (args.half,)):
        tp = fp = fn = 0
        for page in (p for p in pages if p["half"] == half):
            path = ROOT / "eval" / "pages" / f"{page['id']}.txt"
            if not path.exists():
                print(f"{page['id']}: missing {path} (see the docstring)")
                continue
            text = path.read_text(encoding="utf-8")
            if page["anchor"] not in text:
                print(f"{page['id']}: anchor not in the saved text")
                continue
            found = {m.value for m in lawnews.tag(text).courts}
            gold = set(page["courts"])
            tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
            if found != gold:
                print(f"{page['id']}: missed {sorted(gold - found)} extra {sorted(found - gold)}")
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{half}: courts P {p:.2f} R {r:.2f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
