"""The baseline engine: what a user would write with Whoosh and jieba's stock analyzer.

Schema ``id=ID(stored, unique)``, ``title`` and ``text`` = ``TEXT(stored,
analyzer=jieba.analyse.ChineseAnalyzer())``; one ``ix.writer()`` with default
settings, one ``add_document`` per record, one commit. A JSONL corpus gives one
document per record; a folder of pages gives one document per ``.txt`` file,
titled with the file name (the baseline does not split pages into articles).

Queries go through Whoosh's ``MultifieldParser`` over title and text (all terms
required, Whoosh's default), phrases as its parser handles them, BM25F scoring,
top 10 with each hit's stored id and title read; no facets, no snippets, and no
facet filters (the benchmark runs the words of a filtered query alone).

As a command, for the start-up timing::

    python bench/baseline.py search 交叉执行 --index-dir DIR [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

from corpora import iter_records, page_files

TOP = 10


def schema() -> Any:
    from jieba.analyse import ChineseAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    return Schema(id=ID(stored=True, unique=True),
                  title=TEXT(stored=True, analyzer=ChineseAnalyzer()),
                  text=TEXT(stored=True, analyzer=ChineseAnalyzer()))


def documents(kind: str, path: Path) -> Iterator[dict[str, str]]:
    """``{"id", "title", "text"}`` per JSONL record, or per page file of a folder."""
    if kind == "pages":
        for f in page_files(path):
            yield {"id": f.name, "title": f.name, "text": f.read_text(encoding="utf-8")}
    else:
        for obj in iter_records(path):
            yield {"id": obj["id"], "title": obj["title"], "text": obj["text"]}


def build(kind: str, path: Path, index_dir: Path) -> int:
    """Index the corpus into a new ``index_dir``; returns the number of documents."""
    from whoosh import index

    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    ix = index.create_in(str(index_dir), schema())
    n = 0
    writer = ix.writer()
    for doc in documents(kind, path):
        writer.add_document(**doc)
        n += 1
    writer.commit()
    ix.close()
    return n


class Searcher:
    """An open baseline index: ``search(text)`` → ``(total, [(id, title), …])``."""

    def __init__(self, index_dir: Path) -> None:
        from whoosh import index
        from whoosh.qparser import MultifieldParser

        self._ix = index.open_dir(str(index_dir))
        self._parser = MultifieldParser(["title", "text"], self._ix.schema)
        self._searcher = self._ix.searcher()  # BM25F, Whoosh's default

    def search(self, text: str, limit: int = TOP) -> tuple[int, list[tuple[str, str]]]:
        results = self._searcher.search(self._parser.parse(text), limit=limit)
        return len(results), [(hit["id"], hit["title"]) for hit in results]

    def close(self) -> None:
        self._searcher.close()
        self._ix.close()


def opener(index_dir: Path) -> Callable[[str], int]:
    """A search function for the benchmark: query text → number of matches."""
    searcher = Searcher(index_dir)
    return lambda text: searcher.search(text)[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Search a baseline index (for start-up timing).")
    ap.add_argument("command", choices=["search"])
    ap.add_argument("query")
    ap.add_argument("--index-dir", required=True, type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    searcher = Searcher(args.index_dir)
    total, hits = searcher.search(args.query)
    searcher.close()
    if args.json:
        print(json.dumps({"query": args.query, "total": total,
                          "hits": [{"id": i, "title": t} for i, t in hits]}, ensure_ascii=False, indent=2))
    else:
        for rank, (i, t) in enumerate(hits, 1):
            print(f"{rank:>2}. {t}  [{i}]")
        print(f"{total} matching documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
