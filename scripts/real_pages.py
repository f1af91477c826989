"""Real web pages: fill ``eval/pages/`` and measure how HTML and saved-text pages are read.

``eval/real-pages.jsonl`` annotates each page (committed): ``id``, ``url``, ``site``,
``split`` (``dev``/``test``, by site), ``kind`` (``html``, or ``text`` for a page
stored as text), ``found_with`` (``{"repo", "path", "commit"}`` for a file of a
public repository, or ``{"corpus": "pages", "query"}`` for a page of the stored web
pages), ``title`` (the expected title; ``null`` when the saved text prints none), ``anchor``
(10–20 characters the body starts with, verbatim), ``date`` (when the page prints
one, ISO) and ``source`` (when the page prints one: the outlet as printed after
来源 or in the masthead).

The page texts are third-party material and stay out of the repository:
``eval/pages/`` is git-ignored and filled again by

    python scripts/real_pages.py fill [--mirror /work/.mirror]

which copies each repository file with ``git show COMMIT:PATH`` from a local clone
of its repository (``<mirror>/<owner>+<name>/repo``, or any clone given as
``--clone owner/name=PATH``). Pages of the ``pages`` corpus are saved by hand from
the search tool's answer to ``found_with.query`` into ``eval/pages/<id>.txt``; a
record ``tx_<tag id>`` is a page of ``eval/tag-pages.jsonl`` and is copied from
``eval/pages/tags/<tag id>.txt`` (eval/README.md says how that folder is filled).

    python scripts/real_pages.py measure [--split test] [--kind text] [--extractor NAME …]

reads every page present and prints, per extractor, how many titles are right
(exact, spaces ignored, of the pages that print one), how many bodies start with the anchor (within their first
200 characters: a body may open with a lead such as 原标题), how many dates and
sources are right, how many bodies leak boilerplate (:data:`LEAKS`: 上一篇, 相关新闻, 责任编辑 …),
and the sites with a wrong title or start. ``ours`` is lawnews' own reader (:mod:`lawnews.index.ingest.html`
and :mod:`~lawnews.index.ingest.webpage`); ``trafilatura``, ``readability``,
``justext``, ``gne`` and ``goose3`` are the bare libraries (when installed), given
the same decoded HTML.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "eval" / "real-pages.jsonl"
PAGES = ROOT / "eval" / "pages"


def load() -> list[dict]:
    return [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def page_path(rec: dict) -> Path:
    return PAGES / f"{rec['id']}.{'txt' if rec['kind'] == 'text' else 'html'}"


def fill(mirror: Path, clones: dict[str, Path]) -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    missing = 0
    for rec in load():
        out = page_path(rec)
        if out.exists():
            continue
        src = rec["found_with"]
        tag_text = PAGES / "tags" / f"{rec['id'][3:]}.txt"
        if rec["id"].startswith("tx_") and tag_text.exists():
            out.write_bytes(tag_text.read_bytes())
            continue
        if "repo" not in src:
            print(f"{rec['id']}: save the search tool's answer to {src.get('query')!r} (corpus pages) as {out}")
            missing += 1
            continue
        clone = clones.get(src["repo"]) or mirror / src["repo"].replace("/", "+") / "repo"
        got = subprocess.run(["git", "--git-dir" if (clone / "HEAD").exists() else "-C", str(clone), "show",
                              f"{src['commit']}:{src['path']}"], capture_output=True)
        if got.returncode:
            print(f"{rec['id']}: {src['repo']} {src['path']}: {got.stderr.decode(errors='replace').strip()}")
            missing += 1
            continue
        out.write_bytes(got.stdout)
    print(f"{len(load()) - missing} pages in {PAGES}, {missing} missing")


# ---------------------------------------------------------------- extractors


def _ours(path: Path, rec: dict) -> tuple[str, str, str | None, str | None]:
    from lawnews.index.ingest.html import read_html
    from lawnews.index.ingest.pages import parse_page
    from lawnews.index.ingest.readers import PageText, read_page

    got = read_page(path, path.name) if rec["kind"] == "text" else read_html(path, path.name)
    if isinstance(got, list):  # several web articles in one file: the first is the page's own
        got = got[0]
    if isinstance(got, PageText):  # a text that does not look like a web page: read as any page
        articles = parse_page(got.text, got.source, got.meta)
        a = articles[0] if articles else None
    else:
        a = getattr(got, "article", None)
    if a is None:
        return "", "", None, None
    return a.title, a.text, a.date, a.source


def _decoded(path: Path) -> str:
    from lawnews.index.ingest.html import decode_html

    return decode_html(path.read_bytes())[0]


def _trafilatura(path: Path, rec: dict) -> tuple[str, str, str | None]:
    import trafilatura

    html = _decoded(path)
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return "", "", None
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    return doc.get("title") or "", doc.get("text") or "", (doc.get("date") or None)


def _readability(path: Path, rec: dict) -> tuple[str, str, str | None]:
    from lxml import html as lh
    from readability import Document

    d = Document(_decoded(path))
    body = lh.fromstring(d.summary()).text_content() if d.summary() else ""
    return d.short_title() or "", body, None


def _justext(path: Path, rec: dict) -> tuple[str, str, str | None]:
    import justext

    paras = justext.justext(_decoded(path), justext.get_stoplist("English"), stopwords_low=0, stopwords_high=0,
                            length_low=10, length_high=40)
    return "", "\n".join(p.text for p in paras if not p.is_boilerplate), None


def _gne(path: Path, rec: dict) -> tuple[str, str, str | None]:
    from gne import GeneralNewsExtractor

    r = GeneralNewsExtractor().extract(_decoded(path))
    return r.get("title") or "", r.get("content") or "", (r.get("publish_time") or None)


def _goose(path: Path, rec: dict) -> tuple[str, str, str | None]:
    from goose3 import Goose
    from goose3.text import StopWordsChinese

    with Goose({"stopwords_class": StopWordsChinese, "enable_image_fetching": False}) as g:
        a = g.extract(raw_html=_decoded(path))
    return a.title or "", a.cleaned_text or "", (str(a.publish_date) if a.publish_date else None)


EXTRACTORS = {"ours": _ours, "trafilatura": _trafilatura, "readability": _readability, "justext": _justext,
              "gne": _gne, "goose3": _goose}


def _squash(text: str) -> str:
    from lawnews.index.analysis.chars import normalize_chars

    return re.sub(r"\s+", "", normalize_chars(text or ""))


def _date(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", str(text))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def _same_source(got: str | None, printed: str) -> bool:
    """Whether a source read is the outlet the page prints (as printed, or its canonical name)."""
    from lawnews.index.analysis.fold import fold
    from lawnews.index.ingest.sources import canonical_source

    if not got:
        return False
    return fold(_squash(got)) in {fold(_squash(printed)), fold(_squash(canonical_source(printed) or printed))}


#: Boilerplate that is never article text: a body holding one of these leaks.
LEAKS = ("上一篇", "下一篇", "相关新闻", "相关阅读", "相关推荐", "推荐阅读", "热门推荐", "责任编辑", "版权所有", "Copyright",
         "ICP备", "打开APP", "查看更多图片", "打印本页", "关闭窗口", "扫一扫", "分享到", "已输入0字", "返回顶部")


def measure(split: str | None, names: list[str], verbose: bool, kind: str | None = None) -> dict:
    recs = [r for r in load() if (split is None or r["split"] == split) and (kind is None or r["kind"] == kind)
            and page_path(r).exists()]
    report: dict = {}
    for name in names:
        # pages, title, start, dated, date, titled, with source, source
        per_site: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0])
        leaks = 0
        for rec in recs:
            if rec["kind"] == "text" and name != "ours":
                continue
            try:
                title, body, date, *rest = EXTRACTORS[name](page_path(rec), rec)
            except Exception as e:  # a library failing on a page counts as a miss
                title, body, date, rest = "", "", None, []
                if verbose:
                    print(f"  {name} {rec['id']}: {type(e).__name__}: {e}", file=sys.stderr)
            leaked = [w for w in LEAKS if w in body]
            leaks += bool(leaked)
            if verbose and leaked:
                print(f"  {name} {rec['id']}: boilerplate {leaked}", file=sys.stderr)
            row = per_site[rec["site"]]
            row[0] += 1
            titled = rec["title"] is not None
            ok_title = titled and _squash(title) == _squash(rec["title"])
            ok_start = _squash(rec["anchor"]) in _squash(body)[:200]
            row[1] += ok_title
            row[5] += titled
            row[2] += ok_start
            if rec.get("source"):
                row[6] += 1
                ok_source = _same_source(rest[0] if rest else None, rec["source"])
                row[7] += ok_source
                if verbose and not ok_source:
                    print(f"  {name} {rec['id']}: source {(rest[0] if rest else None)!r}", file=sys.stderr)
            if rec.get("date"):
                row[3] += 1
                row[4] += _date(date) == rec["date"]
            if verbose and rec.get("date") and _date(date) != rec["date"]:
                print(f"  {name} {rec['id']}: date {date!r}", file=sys.stderr)
            if verbose and not ((ok_title or not titled) and ok_start):
                print(f"  {name} {rec['id']}: title {'ok' if ok_title else repr(title[:30])}"
                      f" start {'ok' if ok_start else repr(_squash(body)[:30])}", file=sys.stderr)
        tot = [sum(r[i] for r in per_site.values()) for i in range(8)]
        report[name] = {"pages": tot[0], "sites": len(per_site), "titled": tot[5], "title": tot[1],
                        "start": tot[2], "dated": tot[3], "date": tot[4], "with_source": tot[6],
                        "source": tot[7], "leaking": leaks,
                        "failed_sites": sorted(s for s, r in per_site.items() if r[1] < r[5] or r[2] < r[0])}
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fill")
    f.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    f.add_argument("--clone", action="append", default=[], help="owner/name=PATH of a local clone")
    m = sub.add_parser("measure")
    m.add_argument("--split", choices=("dev", "test"))
    m.add_argument("--kind", choices=("html", "text"))
    m.add_argument("--extractor", action="append", choices=sorted(EXTRACTORS))
    m.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.cmd == "fill":
        fill(args.mirror, {k: Path(v) for k, v in (c.split("=", 1) for c in args.clone)})
    else:
        print(json.dumps(measure(args.split, args.extractor or ["ours"], args.verbose, args.kind), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
