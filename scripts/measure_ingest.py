"""Cost of reading PDF e-paper pages and Word files: seconds per MB, per page and per
10,000 characters, and where the time goes (cProfile, top functions).

Usage: python scripts/measure_ingest.py [--pages 20] [--profile] [FILE.pdf|FILE.docx …]

Without files it writes test-like fixtures (tests/epaper.py; needs reportlab and
python-docx) into a temporary folder: a PDF of ``--pages`` two-column pages and a
Word file of as many articles. Given files (e.g. real e-papers kept in the
git-ignored eval/pages/), it measures those.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from lawnews.index.ingest.readers import Record, Skip, iter_inputs  # noqa: E402


def _fixtures(folder: Path, pages: int) -> list[Path]:
    import docx
    from reportlab.pdfgen import canvas  # noqa: F401  (fail early without reportlab)

    import epaper

    many = epaper.two_column_pdf(folder / f"edition-{pages}p.pdf", copies=pages)
    d = docx.Document()
    for k in range(pages):
        for title, blocks in epaper.ARTICLES:
            d.add_heading(f"{title}（{k + 1}）", level=1)
            for kind, text in blocks:
                if kind == "h":
                    d.add_heading(text, level=2)
                else:
                    d.add_paragraph(text)
    word = folder / f"releases-{pages}.docx"
    d.save(str(word))
    return [many, word]


def measure(path: Path, profile: bool) -> None:
    size = path.stat().st_size
    prof = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if prof:
        prof.enable()
    inputs = list(iter_inputs([path]))
    if prof:
        prof.disable()
    took = time.perf_counter() - start
    articles = [i.article for i in inputs if isinstance(i, Record)]
    skips = [i for i in inputs if isinstance(i, Skip)]
    chars = sum(len(a.title) + sum(len(s.text) for s in a.sections) for a in articles)
    pages = max((a.meta.get("page", 0) for a in articles), default=0)
    print(f"{path.name}: {size / 2**20:.3f} MB, {len(articles)} articles, {chars} characters,"
          f" {took:.2f} s = {took / (size / 2**20):.1f} s/MB, {took / max(chars, 1) * 1e4:.3f} s per 10k characters"
          + (f", skipped: {skips[0].reason}" if skips else "") + (f" (last page {pages})" if pages else ""))
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(18)
        print(out.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or _fixtures(Path(tmp), args.pages)
        for f in files:
            measure(f, args.profile)


if __name__ == "__main__":
    main()
