"""The corpora the benchmark indexes: the bundled pages and statute subsets by size.

``bundled`` is the folder of news pages shipped in ``corpus/``. ``10k``, ``50k``
and ``all`` are the first 10,000, 50,000 and all 147,288 articles of the statute
corpus, national then local (``../shared/corpora/statutes``), each written once
as one JSONL file under ``bench/cache/perf/`` (lines copied verbatim) and reused
on later runs. Both engines read the same files.

Each :class:`Corpus` also carries the amount of text it holds, so that indexing
speed can be given in MB/s: the UTF-8 bytes of title + text of every record (for
the pages, the whole text of every page file).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SHARED = ROOT.parent / "shared"
CACHE = BENCH / "cache" / "perf"
BUNDLED = ROOT / "corpus"
STATUTE_FILES = (SHARED / "corpora" / "statutes" / "national.jsonl.gz",
                 SHARED / "corpora" / "statutes" / "local.jsonl.gz")

#: The statute collection the benchmark's builds fill (indexing statute records fills
#: the one ``LAWNEWS_STATUTES`` names): its own, never the user's.
STATUTES = BENCH / "cache" / "statutes.sqlite"


def own_statute_collection(create: bool = True) -> None:
    """Point ``LAWNEWS_STATUTES`` at :data:`STATUTES` unless it is set already, its folder
    made (``create``) so that the setting names a place a collection can be."""
    if "LAWNEWS_STATUTES" not in os.environ:
        if create:
            STATUTES.parent.mkdir(parents=True, exist_ok=True)
        os.environ["LAWNEWS_STATUTES"] = str(STATUTES)


#: Size name → number of statute articles (None: all of them).
STATUTE_SIZES: dict[str, int | None] = {"10k": 10_000, "50k": 50_000, "all": None}
SIZES: tuple[str, ...] = ("bundled", *STATUTE_SIZES)


@dataclass(frozen=True)
class Corpus:
    """One input of the benchmark: a page folder (``kind="pages"``) or a JSONL file."""

    name: str
    kind: str
    path: Path
    docs: int  # page files or JSONL records
    text_bytes: int

    @property
    def text_mb(self) -> float:
        return self.text_bytes / 1e6

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "path": str(self.path),
                "docs": self.docs, "text_mb": round(self.text_mb, 3)}


def page_files(folder: Path = BUNDLED) -> list[Path]:
    """The page files of a folder, as the baseline indexes them (README excluded)."""
    return sorted(p for p in folder.glob("*.txt") if not p.name.upper().startswith("README"))


def iter_records(path: Path) -> Iterator[dict]:
    """The JSON objects of a JSONL file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def bundled() -> Corpus:
    files = page_files()
    size = sum(len(p.read_text(encoding="utf-8").encode("utf-8")) for p in files)
    return Corpus("bundled", "pages", BUNDLED, len(files), size)


def _statute_lines() -> Iterator[str]:
    for path in STATUTE_FILES:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            yield from (line for line in fh if line.strip())


def _write_subset(path: Path, limit: int | None) -> None:
    """Write the first ``limit`` statute lines to ``path`` (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for n, line in enumerate(_statute_lines()):
            if limit is not None and n >= limit:
                break
            out.write(line if line.endswith("\n") else line + "\n")
    os.replace(tmp, path)


def _measure_jsonl(path: Path) -> tuple[int, int]:
    """``(records, UTF-8 bytes of title + text)``, remembered next to the file."""
    stamp = path.with_suffix(".size.json")
    mtime = path.stat().st_mtime_ns
    if stamp.exists():
        data = json.loads(stamp.read_text())
        if data.get("mtime_ns") == mtime:
            return data["docs"], data["text_bytes"]
    docs = text = 0
    for obj in iter_records(path):
        docs += 1
        text += len((obj["title"] + obj["text"]).encode("utf-8"))
    stamp.write_text(json.dumps({"mtime_ns": mtime, "docs": docs, "text_bytes": text}))
    return docs, text


def statutes(size: str) -> Corpus:
    """The statute subset ``size`` (``10k``, ``50k`` or ``all``), written on first use."""
    path = CACHE / f"statutes-{size}.jsonl"
    if not path.exists():
        _write_subset(path, STATUTE_SIZES[size])
    docs, text = _measure_jsonl(path)
    return Corpus(size, "jsonl", path, docs, text)


def corpus(size: str) -> Corpus:
    return bundled() if size == "bundled" else statutes(size)


def shared_available() -> bool:
    return all(p.is_file() for p in STATUTE_FILES)
