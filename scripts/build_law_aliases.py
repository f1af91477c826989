#!/usr/bin/env python3
"""Generate the derived rows of ``index/tagging/data/law_aliases.tsv``, the law-name table
of :mod:`lawnews.index.tagging.citations`.

In:  the table's hand-written rows (kinds ``abbreviation``, ``repealed`` and
     ``interpretation``: 民诉法, 执行异议复议规定 …, each with where it is used), kept as
     they are, and the law titles of the statute corpus (``law`` field of
     ``/work/shared/corpora/statutes/*.jsonl.gz`` unless ``--statutes`` says otherwise).
Out: the same file with its derived rows made again:

* ``title``: every judicial interpretation's full title (what its short names, such as
  执行异议规定, are matched against: :meth:`LawNames.abbreviation`);
* ``short``: a national law's title without 中华人民共和国 (民事诉讼法, 公司法, 民法典);
* ``derived``: a judicial interpretation named after its law (民事诉讼法司法解释,
  公司法解释（三） for 最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）); the
  interpretation titled ``关于适用《X》的解释`` is preferred to an older ``若干问题的解释``.

A hand-written alias is never derived again. Run: ``python scripts/build_law_aliases.py
[--statutes FILE…] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "index" / "tagging" / "data" / "law_aliases.tsv"
SHARED = Path("/work/shared/corpora/statutes")
DEFAULT_STATUTES = [SHARED / "national.jsonl.gz", SHARED / "local.jsonl.gz"]

PRC = "中华人民共和国"
HAND_KINDS = ("abbreviation", "repealed", "interpretation")
HEADER = """\
# lawnews law-name table: the names news gives statutes, each with the statute's full title
# alias: the name as printed (with or without 《》); law: the full title, as the statute corpus's `law` field
# writes it; kind: abbreviation, repealed (a law no longer in force), interpretation (a judicial
# interpretation's usual short name) are written by hand; title (a judicial interpretation's full title),
# short (the title without 中华人民共和国) and derived (an interpretation named after its law) are generated
# from the statute corpus's titles by scripts/build_law_aliases.py; used: where the name is used. An alias
# listed for two laws is ambiguous.
alias	law	kind	used
"""
_INTERPRETATION = re.compile(
    r"^最高人民法院关于适用《中华人民共和国(?P<law>[^》]+)》(?P<mid>若干问题的|的)(?:解释|规定)"
    r"(?P<n>（[一二三四五六七八九十]+）)?$")


#: An interpretation of a part of the civil code: 合同编通则司法解释, 婚姻家庭编解释（一）.
_CIVIL_CODE_PART = re.compile(
    r"^最高人民法院关于适用《中华人民共和国民法典》(?P<part>[^》]+?编(?:通则)?)(?:若干问题)?的解释"
    r"(?P<n>（[一二三四五六七八九十]+）)?$")


def law_titles(paths: list[Path]) -> list[str]:
    titles: dict[str, None] = {}
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                law = json.loads(line).get("law")
                if isinstance(law, str) and law:
                    titles.setdefault(law)
    return list(titles)


def hand_rows(path: Path) -> list[list[str]]:
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("alias\t"):
            continue
        cells = line.split("\t")
        if len(cells) == 4 and cells[2] in HAND_KINDS:
            rows.append(cells)
    return rows


def derived_rows(titles: list[str], taken: set[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    known = set(titles)
    for title in titles:  # every judicial interpretation, whose short names are matched against them
        if title.startswith(("最高人民法院", "最高人民检察院")):
            rows.append([title, title, "title", "news, judgments: the full title of a judicial interpretation"])
    for title in titles:
        if title.startswith(PRC) and len(title) > len(PRC) + 1:
            rows.append([title[len(PRC):], title, "short", "news, judgments: the title without 中华人民共和国"])
    by_name: dict[str, str] = {}
    for title in sorted(titles):
        m = _INTERPRETATION.match(title)
        if m is None:
            continue
        n = m.group("n") or ""
        preferred = f"最高人民法院关于适用《中华人民共和国{m.group('law')}》的解释{n}"
        if m.group("mid") != "的" and preferred in known:
            continue  # the older interpretation of the same law
        for law in (m.group("law"), PRC + m.group("law")):
            for word in ("解释", "司法解释"):
                by_name.setdefault(f"{law}{word}{n}", title)
    for title in sorted(titles):
        m = _CIVIL_CODE_PART.match(title)
        if m is None:
            continue
        part, n = m.group("part"), m.group("n") or ""
        for name in (part, "民法典" + part):
            for word in ("解释", "司法解释"):
                by_name.setdefault(f"{name}{word}{n}", title)
    rows += [[name, title, "derived", "news: the law's name (or its part) + (司法)解释, the interpretation of it"]
             for name, title in by_name.items()]
    out, seen = [], set(taken)
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--statutes", type=Path, nargs="+", default=DEFAULT_STATUTES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    hand = hand_rows(args.out)
    titles = law_titles(args.statutes)
    derived = derived_rows(titles, {r[0] for r in hand})
    body = "".join("\t".join(r) + "\n" for r in hand + sorted(derived, key=lambda r: (r[2], r[1], r[0])))
    args.out.write_text(HEADER + body, encoding="utf-8")
    missing = sorted({r[1] for r in hand if r[2] != "repealed"} - set(titles))
    print(f"wrote {args.out}: {len(hand)} hand-written and {len(derived)} derived names"
          + (f"; not in the statute corpus: {', '.join(missing)}" if missing else ""))


if __name__ == "__main__":
    main()
