"""What reading each input format costs: seconds per MB of the text it gives.

In: the bundled pages (``corpus/``), written again as the other formats hold news:
each page as a web page (an HTML article page with navigation and a footer around
its paragraphs), as a Word file (a paragraph per paragraph) and, with reportlab,
their articles set as an 8-page broadsheet e-paper edition (``tests/epaper.py``
``broadsheet_pdf``: five columns, 7,000-9,000 characters a page, headlines in
several sizes, masthead, bylines, photo captions, rules between stories, bold
faked by overprinting), once in reportlab's STSong-Light, which the PDF does not
embed (PDFium measures the glyphs of the system font standing in for it), and
once in a CJK TrueType font embedded as real e-papers embed theirs, when this
machine has one that reportlab can embed (``LAWNEWS_BENCH_CJK_TTF``, else the
first ``.ttf``/``.ttc`` of ``fc-list :lang=zh``; Noto CJK is CFF, which reportlab
cannot embed; ``fonts-wqy-zenhei`` is TrueType; no font is ever downloaded here),
as reportlab embeds it (fonts of 256 glyphs each, so that a line of Chinese text
is many text objects) and, with fpdf2, as one CID font (Type0, Identity-H: a text
object a line, as e-paper systems write their pages);
and the e-paper fixture of the tests (a small two-column page of 1.3 KB of text,
whose fixed costs per page weigh more) as an 8-page edition. Out: per format, the
files' MB, the text MB they give, and the median time of reading them into
untagged articles (``iter_inputs``: decoding, extraction, page splitting), as s
per MB of text, beside which a build's whole cost per MB (tagging, segmenting,
writing) can be read; also the median CPU time, which other processes on the
machine disturb less than the wall time.

Run alone: ``.venv/bin/python bench/formats.py [RUNS]`` (it is also part of ``make bench``).
"""

from __future__ import annotations

import html
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import corpora

TESTS = corpora.BENCH.parent / "tests"


def _paragraphs(page: Path) -> list[str]:
    return [p.strip() for p in page.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _html_pages(folder: Path, copies: int) -> list[Path]:
    out = []
    for k in range(copies):
        for page in corpora.page_files():
            paras = _paragraphs(page)
            body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
            doc = (f"<html><head><meta charset='utf-8'><title>{html.escape(paras[0][:40])}_法院网</title>"
                   f"<meta name='publishdate' content='2024-03-15'></head><body>"
                   f"<div class='nav'>首页 | 新闻中心 | 法院动态</div><h1>{html.escape(paras[0][:40])}</h1>"
                   f"<div class='info'>发布时间：2024-03-15 来源：人民法院报</div>"
                   f"<div class='content'>{body}</div>"
                   f"<div class='footer'>上一篇：无 下一篇：无 版权所有</div></body></html>")
            path = folder / f"{k}-{page.stem}.html"
            path.write_text(doc, encoding="utf-8")
            out.append(path)
    return out


def _docx_files(folder: Path, copies: int) -> list[Path]:
    import docx

    out = []
    for k in range(copies):
        for page in corpora.page_files():
            d = docx.Document()
            paras = _paragraphs(page)
            d.add_heading(paras[0][:40], level=1)
            for p in paras[1:]:
                d.add_paragraph(p)
            path = folder / f"{k}-{page.stem}.docx"
            d.save(str(path))
            out.append(path)
    return out


def _epaper():
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    import epaper  # the tests' e-paper builders (reportlab)

    return epaper


def _broadsheet_files(folder: Path, pages: int, font: Path | None = None) -> list[Path]:
    epaper = _epaper()
    stories = epaper.corpus_stories(corpora.BUNDLED)
    return [epaper.broadsheet_pdf(folder / "edition.pdf", stories, pages=pages, font_file=font)]


def _embedded_files(folder: Path, pages: int) -> list[Path]:
    font = _epaper().cjk_truetype()
    if font is None:
        raise LookupError("no CJK TrueType font that reportlab can embed on this machine (fc-list :lang=zh;"
                          " Noto CJK is CFF; fonts-wqy-zenhei would do, or LAWNEWS_BENCH_CJK_TTF=FILE)")
    return _broadsheet_files(folder, pages, font)


def _cid_files(folder: Path, pages: int) -> list[Path]:
    font = _epaper().cjk_truetype()
    if font is None:
        raise LookupError("no CJK TrueType font on this machine (fc-list :lang=zh; fonts-wqy-zenhei would do,"
                          " or LAWNEWS_BENCH_CJK_TTF=FILE)")
    epaper = _epaper()
    return [epaper.broadsheet_pdf(folder / "edition.pdf", epaper.corpus_stories(corpora.BUNDLED), pages=pages,
                                  font_file=font, cid=True)]


def _fixture_files(folder: Path, pages: int) -> list[Path]:
    return [_epaper().two_column_pdf(folder / "edition.pdf", copies=pages)]


def _page_files(folder: Path, copies: int) -> list[Path]:
    out = []
    for k in range(copies):
        for page in corpora.page_files():
            path = folder / f"{k}-{page.name}"
            path.write_bytes(page.read_bytes())
            out.append(path)
    return out


FORMATS: dict[str, tuple[Callable[[Path, int], list[Path]], int]] = {
    "page (.txt)": (_page_files, 4),
    "web page (.html)": (_html_pages, 4),
    "Word (.docx)": (_docx_files, 4),
    "e-paper (.pdf)": (_broadsheet_files, 8),
    "e-paper, font embedded": (_embedded_files, 8),
    "e-paper, CID font": (_cid_files, 8),
    "e-paper test fixture": (_fixture_files, 8),
}


def _read(files: list[Path]) -> tuple[float, int, float]:
    """Seconds to read ``files`` into untagged articles, the UTF-8 bytes of text they
    give, and the CPU seconds it took."""
    from lawnews.index.ingest.readers import PageText, Record, iter_inputs
    from lawnews.index.ingest.pages import parse_page

    cpu = time.process_time()
    started = time.perf_counter()
    chars = 0
    for inp in iter_inputs(files):
        if isinstance(inp, PageText):
            articles = parse_page(inp.text, inp.source, inp.meta)
        elif isinstance(inp, Record):
            articles = [inp.article]
        else:
            continue
        chars += sum(len(a.title.encode("utf-8")) + len(a.text.encode("utf-8")) for a in articles)
    return time.perf_counter() - started, chars, time.process_time() - cpu


def run_formats(runs: int = 3, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Per format: file MB, text MB and the median reading time (see the module docstring)."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, (make, n)) in enumerate(FORMATS.items()):
            folder = Path(tmp) / f"{k}-{name.split()[0].strip(',')}"
            folder.mkdir()
            try:
                files = make(folder, n)
            except (ImportError, LookupError) as e:  # fpdf2 or a font missing
                log(f"formats: {name} skipped: {e}")
                continue
            _read(files)  # warm-up: imports and tables
            times, cpus, chars = [], [], 0
            for _ in range(runs):
                took, chars, cpu = _read(files)
                times.append(took)
                cpus.append(cpu)
            file_mb = sum(f.stat().st_size for f in files) / 1e6
            text_mb = chars / 1e6
            median, cpu = statistics.median(times), statistics.median(cpus)
            out[name] = {"files": len(files), "file_mb": file_mb, "text_mb": text_mb,
                         "median_s": median, "s_per_text_mb": median / max(text_mb, 1e-9),
                         "median_cpu_s": cpu, "cpu_s_per_text_mb": cpu / max(text_mb, 1e-9)}
            log(f"formats: {name}: {text_mb:.2f} MB of text in {median:.2f} s (CPU {cpu:.2f} s)")
    return out


#: Stories of the e-paper build (:func:`run_epaper_build`), statute articles a story, stories an edition.
BUILD_STORIES, STORY_ARTICLES, EDITION_STORIES = 600, 5, 60


def _statute_stories(n: int) -> list[Any]:
    """``n`` stories, each of :data:`STORY_ARTICLES` consecutive articles of the 10k
    statute subset as its paragraphs (distinct texts, so that no story is taken for
    a repost of another), with a headline from the first one's title and a byline."""
    epaper = _epaper()
    names = "张明 李华 王芳 刘洋 陈静 杨帆 赵磊 黄敏".split()
    records = corpora.iter_records(corpora.corpus("10k").path)
    out = []
    while len(out) < n:
        group = [r for _, r in zip(range(STORY_ARTICLES), records)]
        if not group:
            break
        k = len(out)
        out.append(epaper.Story(f"{group[0]['title'][:18]}（{k + 1}）", None,
                                f"本报记者 {names[k % 8]} 通讯员 {names[(k + 3) % 8]}",
                                ((None, tuple(r["text"].replace("\n", "") for r in group)),)))
    return out


def run_epaper_build(runs: int = 3, log: Callable[[str], None] = print) -> dict[str, Any]:
    """What share of a build reading e-paper PDFs takes.

    In: :data:`BUILD_STORIES` stories of statute text (:func:`_statute_stories`) set
    as CID-font editions (``e-paper, CID font``) of :data:`EDITION_STORIES` stories
    on 8 pages. Out: the text MB; the median CPU time of reading the editions into
    articles (as :func:`run_formats` reads) and of a whole build of them
    (``build_index``, fresh, in this one process: reading, page splitting, tagging,
    citations, segmenting, writing); per MB of text, reading and the rest of the
    build, and reading's share. Empty when fpdf2, a font or the statutes are missing."""
    from lawnews.index.store.build import build_index

    if not corpora.shared_available():
        log("formats: e-paper build skipped: ../shared (the statute corpus) is absent")
        return {}
    corpora.own_statute_collection()  # citations resolve against the benchmark's collection, not the user's
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        epaper = _epaper()
        font = epaper.cjk_truetype()
        if font is None:
            log("formats: e-paper build skipped: no CJK TrueType font on this machine")
            return {}
        stories = _statute_stories(BUILD_STORIES)
        try:
            files = [epaper.broadsheet_pdf(folder / f"edition-{k:03d}.pdf", stories[k:k + EDITION_STORIES],
                                           pages=8, font_file=font, cid=True)
                     for k in range(0, len(stories), EDITION_STORIES)]
        except ImportError as e:  # fpdf2
            log(f"formats: e-paper build skipped: {e}")
            return {}
        _read(files[:1])  # warm-up
        reads, builds, chars = [], [], 0
        for k in range(runs):
            _took, chars, cpu = _read(files)
            reads.append(cpu)
            started = time.process_time()
            build_index(files, folder / f"index-{k}", rebuild=True, procs=1)
            builds.append(time.process_time() - started)
        mb = chars / 1e6
        read, build = statistics.median(reads), statistics.median(builds)
        out = {"files": len(files), "file_mb": sum(f.stat().st_size for f in files) / 1e6, "text_mb": mb,
               "read_cpu_s": read, "build_cpu_s": build, "read_s_per_mb": read / mb,
               "rest_s_per_mb": (build - read) / mb, "read_share": read / build}
    log(f"formats: e-paper build: {mb:.2f} MB of text, build CPU {build:.2f} s, of which reading {read:.2f} s")
    return out


if __name__ == "__main__":
    got = run_formats(int(sys.argv[1]) if len(sys.argv) > 1 else 3, log=lambda line: print(line, file=sys.stderr))
    page = got.get("page (.txt)", {}).get("cpu_s_per_text_mb")
    for name, f in got.items():
        ratio = f" ({f['cpu_s_per_text_mb'] / page:5.1f}× page)" if page else ""
        print(f"{name:22s} {f['text_mb']:5.2f} MB of text: {f['s_per_text_mb']:6.2f} s/MB,"
              f" CPU {f['cpu_s_per_text_mb']:6.2f} s/MB{ratio}")
    b = run_epaper_build(log=lambda line: print(line, file=sys.stderr))
    if b:
        print(f"e-paper build ({b['files']} CID editions, {b['text_mb']:.2f} MB of text, one process): "
              f"reading {b['read_s_per_mb']:.2f} s/MB, the rest of the build {b['rest_s_per_mb']:.2f} s/MB "
              f"(reading {b['read_share']:.0%} of the build's CPU)")
