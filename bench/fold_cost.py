#!/usr/bin/env python3
"""What character folding and masthead reading cost at index time.

    .venv/bin/python bench/fold_cost.py [--repeat 20] [--statutes 10000]

In: the bundled pages (``corpus/``) repeated ``--repeat`` times, and the first
``--statutes`` records of ``../shared/corpora/statutes/national.jsonl.gz``.
Out: for each, the seconds (best of three) of (1) segmenting every text into its
index terms (``tokenize(text, subtokens=True)``, the indexing hot path) and of
(2) a whole index build (in a temporary folder), each with folding on and with folding switched
off (``fold.for_words`` made the identity); and for the pages, (3) ``parse_page``
with and without the masthead reader. Figures go to stdout.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import tempfile
import time
from pathlib import Path

import lawnews
from lawnews.index.analysis import chinese, fold
from lawnews.index.ingest import pages
from lawnews.index.ingest.jsonl import record_article

ROOT = Path(__file__).resolve().parents[1]
STATUTES = ROOT.parent / "shared" / "corpora" / "statutes" / "national.jsonl.gz"


def best(fn, n: int = 3) -> float:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return min(out)


class NoFold:
    def __enter__(self):
        self.real = fold.for_words
        fold.for_words = lambda text: (text, None)  # type: ignore[assignment]
        chinese._index_terms.clear()

    def __exit__(self, *exc):
        fold.for_words = self.real  # type: ignore[assignment]
        chinese._index_terms.clear()


def texts_of(articles):
    return [t for a in articles for t in (a.title, *(s.text for s in a.sections))]


def measure(name: str, articles, repeat_build: int = 1) -> None:
    texts = texts_of(articles)
    chars = sum(map(len, texts))
    run = lambda: [chinese.tokenize(t, subtokens=True) for t in texts]  # noqa: E731
    run()  # warm the segmenter and caches
    on = best(run)
    with NoFold():
        run()
        off = best(run)
    print(f"{name}: {len(texts)} texts, {chars / 1e6:.2f} M chars; tokenize: fold {on:.3f} s,"
          f" no fold {off:.3f} s ({(on / off - 1) * 100:+.1f} %)")

    def build():
        with tempfile.TemporaryDirectory() as tmp:
            ix = lawnews.NewsIndex.create(Path(tmp) / "ix")
            ix.add_articles(articles)
            ix.close()

    on = best(build, 2)
    with NoFold():
        off = best(build, 2)
    print(f"{name}: build of {len(articles)} articles: fold {on:.2f} s ({len(articles) / on:.0f}/s),"
          f" no fold {off:.2f} s ({len(articles) / off:.0f}/s) ({(on / off - 1) * 100:+.1f} %)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--statutes", type=int, default=10_000)
    args = ap.parse_args()
    raw = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    parse = lambda: [pages.parse_page(t, f"{k}_{n}") for k in range(args.repeat) for n, t in raw]  # noqa: E731
    with_mh = best(parse)
    real = pages.read_masthead, pages.self_named
    pages.read_masthead, pages.self_named = (lambda t: (t, {})), (lambda t: None)
    try:
        without = best(parse)
    finally:
        pages.read_masthead, pages.self_named = real
    print(f"pages x{args.repeat}: parse_page with masthead reading {with_mh:.3f} s, without {without:.3f} s"
          f" ({(with_mh / without - 1) * 100:+.1f} %)")
    articles = [a for k in range(args.repeat) for n, t in raw for a in pages.parse_page(t, f"{k}_{n}")]
    measure(f"pages x{args.repeat}", articles)
    if STATUTES.exists():
        with gzip.open(STATUTES, "rt", encoding="utf-8") as f:
            records = [record_article(json.loads(line), "national.jsonl", i)
                       for i, line in enumerate(itertools.islice(f, args.statutes), 1)]
        measure(f"statutes {len(records)}", records)
    else:
        print(f"{STATUTES} absent: statutes skipped")


if __name__ == "__main__":
    main()
