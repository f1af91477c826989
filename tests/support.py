"""Paths and helpers shared by the tests (importable because pytest puts tests/ on sys.path)."""

import re
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"

HAN = re.compile(r"[\u4e00-\u9fff]")


@contextmanager
def memory_index(articles: Iterable[Any]) -> Iterator[Any]:
    """An index in memory holding ``articles`` (records or Article objects), closed after."""
    from lawnews.api import NewsIndex

    index = NewsIndex.in_memory()
    try:
        index.add_articles(articles)
        yield index
    finally:
        index.close()


def han(text: str | None) -> Counter:
    """The Han characters of ``text``, counted."""
    return Counter(HAN.findall(text or ""))


def kept_han(articles: Iterable[Any]) -> Counter:
    """The Han characters the articles hold where a reader sees them: a printed title
    (not a lead sentence standing in for one), subtitle, byline, headings, text, captions.
    Compared with the input's, it shows text lost or doubled."""
    out = Counter()
    for a in articles:
        out += han(None if a.title_is_fallback else a.title) + han(a.subtitle) + han(a.byline) + han(a.text)
        for section in a.sections:
            out += han(section.heading)
        for caption in a.captions:
            out += han(caption)
    return out


def dump(ix: Any, *, blocks: bool = True) -> dict[str, Any]:
    """Everything a reader can see: postings with weights and values (and, with
    ``blocks``, their blocks' length bounds: one segment only), lengths, stored
    fields, columns."""
    with ix.reader() as r:
        postings = {key: _all(r.postings(*key), blocks) for key in r.all_terms()}
        fields = [n for n in r.schema.names() if r.schema[n].scorable]
        return {
            "postings": postings,
            "lengths": {f: [r.doc_field_length(d, f, 0) or 0 for d in r.all_doc_ids()] for f in fields},
            "totals": {f: r.field_length(f) for f in fields},
            "stored": [r.stored_fields(d) for d in r.all_doc_ids()],
            "seq": list(r.column_reader("seq")),
            "article_id": list(r.column_reader("article_id")),
            "doc_count": r.doc_count(),
        }


def _all(m: Any, blocks: bool) -> list[tuple[Any, ...]]:
    """Each posting, with the length statistics of its block (BM25 block bounds)."""
    out = []
    while m.is_active():
        if blocks:
            out.append((m.id(), m.weight(), m.value(), m.block_min_length(), m.block_max_length(),
                        m.block_max_weight()))
        else:
            out.append((m.id(), m.weight(), m.value()))
        m.next()
    return out


def cited(text: str) -> list[tuple[str, str | None, list[str]]]:
    """``(mention, law, article labels)`` of each statute citation of ``text``, each
    citation's span checked to be the text it covers."""
    from lawnews.index.tagging.citations import extract

    out = []
    for c in extract(text):
        assert text[c.start:c.end] == c.text, c
        out.append((c.text, c.law, list(c.labels)))
    return out


def run_cli(*args: str, ok: bool = True) -> Any:
    """``lawnews ARGS…`` through click's test runner; with ``ok``, its exit status must be 0
    (and an exception propagates instead of becoming the result's)."""
    from click.testing import CliRunner

    from lawnews.cli import cli

    result = CliRunner().invoke(cli, list(args), catch_exceptions=not ok)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """``records`` written to ``path`` as JSONL (UTF-8, Chinese as it is); the path."""
    import json

    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def news_index(folder: Path, records: list[dict[str, Any]]) -> Path:
    """The folder of a news index of ``records`` (JSONL records written to
    ``folder/news.jsonl``) built into ``folder/index``."""
    import lawnews

    lawnews.build_index(write_jsonl(folder / "news.jsonl", records), folder / "index")
    return folder / "index"


def statute_collection(tmp_path: Path, monkeypatch: Any, records: list[dict[str, Any]]) -> Any:
    """A statute collection of ``records`` (statute JSONL records), built as ``lawnews
    index`` builds one into ``tmp_path`` and made the one resolution uses."""
    import lawnews
    from lawnews.index.store import statutes

    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    lawnews.build_index(write_jsonl(tmp_path / "statutes.jsonl", records), tmp_path / "statute-index")
    found = statutes.Collection.at(path)
    assert found is not None
    return found


def versioned_collection(path: Path, law: str, texts: dict[tuple[str, str], str]) -> Any:
    """A statute collection at ``path`` holding ``law``'s articles in each version:
    ``texts`` maps (version date, article label) to the article's text."""
    from lawnews.index.documents import Article, Section
    from lawnews.index.store import statutes

    coll = statutes.Collection(path)
    with coll.writer() as w:
        for (version, label), text in texts.items():
            w.add(Article(f"{version}#{label}", "s.jsonl", f"{law} {label}", (Section(None, text),),
                          date=version, meta={"law": law}))
    return coll


def resolved_all(coll: Any, text: str) -> list[Any]:
    """How ``coll`` resolves every citation of the undated ``text`` (by the year it prints)."""
    from lawnews.index.store import statutes
    from lawnews.index.tagging.citations import extract

    cited = extract(text)
    return coll.resolve_all(cited, None, statutes.printed_year(text, cited))


def resolution(collection: Any, text: str, date: str | None = None) -> Any:
    """How ``collection`` resolves the one citation of ``text``, in an article dated
    ``date`` (undated: by the year the text prints, as indexing does)."""
    from lawnews.index.documents import Article, Section
    from lawnews.index.store import statutes
    from lawnews.index.tagging import Tagger

    (cit,) = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date)).citations
    return collection.resolve(cit, date, statutes.printed_year(text) if not date else None)


def news_with_statutes(tmp: Path, statute_records: list[dict[str, Any]], news_records: list[dict[str, Any]]) -> Path:
    """The folder of a news index of ``news_records`` (JSONL records) built into
    ``tmp/news``, its citations resolved against a statute collection of
    ``statute_records`` built into ``tmp/statutes.sqlite`` (``LAWNEWS_STATUTES`` is set
    while building only: a test using the index sets it to that file)."""
    import lawnews

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_STATUTES", str(tmp / "statutes.sqlite"))
        lawnews.build_index(write_jsonl(tmp / "statutes.jsonl", statute_records), tmp / "statute-index")
        lawnews.build_index(write_jsonl(tmp / "news.jsonl", news_records), tmp / "news")
    return tmp / "news"


#: A made-up news text under the headline of a saved page (tests of saved pages).
SAVED_BODY = ("近日，青石县人民法院组织干警开展集中执行行动，共执结案件十二件，执行到位金额八十余万元。\n"
              "行动中，执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n")


def saved_page(tmp_path: Path, text: str) -> tuple[Any, bool]:
    """The first article lawnews reads from ``text`` saved as ``page.txt``, and whether
    it was read as a web page (else as a paper's page)."""
    from lawnews.index.ingest.pages import parse_page
    from lawnews.index.ingest.readers import PageText, Record, read_page

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    got = read_page(path, path.name)
    if isinstance(got, list):
        got = got[0]
    if isinstance(got, PageText):
        return parse_page(got.text, got.source, got.meta)[0], False
    assert isinstance(got, Record), got
    return got.article, True


def saved_web_page(tmp_path: Path, text: str) -> Any:
    """The article of ``text`` saved as ``page.txt``, which must read as one web page."""
    from lawnews.index.ingest.readers import Record, read_page

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    got = read_page(path, path.name)
    assert isinstance(got, Record), got
    return got.article


def needs_mypy() -> None:
    """Skip a test that runs the type checker where mypy is not installed, saying how to
    install it; fail instead under CI, whose dev dependencies install it."""
    import importlib.util
    import os

    import pytest

    if importlib.util.find_spec("mypy") is None:
        if os.environ.get("CI"):
            pytest.fail("mypy is missing: the dev dependencies install it")
        pytest.skip("mypy is not installed: pip install -e '.[dev]' installs it")


#: A process that updates an index from one input and dies (os._exit: no clean-up runs) at
#: the Whoosh commit, before it (``before``) or right after it (``after``).
_KILLED_UPDATE = """
import os, sys
from lawnews.index.store import segwriter
import lawnews
commit = segwriter.GroupingSegmentWriter.commit
def killed(self, *args, **kwargs):
    if sys.argv[1] == "after":
        commit(self, *args, **kwargs)
    os._exit(9)
segwriter.GroupingSegmentWriter.commit = killed
lawnews.build_index([sys.argv[2]], sys.argv[3])
"""


def killed_update(source: Path, index_dir: Path, when: str) -> None:
    """Update ``index_dir`` from ``source`` in a process killed at its Whoosh commit (``when``:
    ``before`` or ``after`` it)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _KILLED_UPDATE, when, str(source), str(index_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr


def sectioned_article(aid: str, title: str, sections: list[tuple[str | None, str]], date: str | None,
                      source: str) -> Any:
    """An article of the file ``<aid>.txt`` with ``sections`` as ``(heading, text)`` pairs."""
    from lawnews.index.documents import Article, Section

    return Article(aid, aid + ".txt", title, tuple(Section(h, t) for h, t in sections), date=date, source=source)
