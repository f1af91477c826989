"""The articles citing a statute article are looked up by an index of the resolved
targets (law, article label, version), kept in step with the citations as they are
written, resolved again or removed; a store written before that index gets it filled
when first opened, with the same answers."""

from __future__ import annotations

import json
import sqlite3

from lawnews.index.store.statutes import citations as citation_store
from lawnews.index.store.statutes import CitationStore, Resolution, Target
from lawnews.index.documents import Article, Section
from lawnews.index.tagging.citations import extract

LAW = "中华人民共和国测试法"
OTHER = "中华人民共和国另一法"
CITED = json.dumps(extract("依照《中华人民共和国民事诉讼法》第二百三十七条的规定")[0].to_dict(), ensure_ascii=False)

#: article id, its resolutions: (law, version, ((label, resolved?), …))
RESOLVED = {
    "a": [(LAW, None, (("第一条", True),))],
    "b": [(LAW, None, (("第十条", True), ("第一条", False)))],  # 第一条 not found in the collection
    "c": [(LAW, "2021-01-01", (("第一条", True),))],
    "d": [(OTHER, None, (("第一条", True),)), (LAW, None, (("第一条", True), ("第二条", True)))],
    "e": [(None, None, (("第一条", False),))],
}


def resolution(law, version, targets):
    return Resolution(law, version, tuple(Target(label, f"{law}#{label}" if ok else None) for label, ok in targets))


def old_store(path):
    """A citation store as written before the targets index: its two tables only."""
    con = sqlite3.connect(path)
    con.executescript("""
    CREATE TABLE citations (article_id TEXT NOT NULL, n INTEGER NOT NULL, date TEXT, year INTEGER,
                            citation TEXT NOT NULL, resolution TEXT NOT NULL, PRIMARY KEY (article_id, n)) WITHOUT ROWID;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """)
    con.executemany("INSERT INTO citations VALUES (?, ?, NULL, NULL, ?, ?)", [
        (a, n, CITED, json.dumps(resolution(*r).to_dict(), ensure_ascii=False))
        for a, rs in RESOLVED.items() for n, r in enumerate(rs)])
    con.commit()
    con.close()


EXPECTED = [
    ((LAW, "第一条", None), {"a", "d"}),
    ((LAW, "第十条", None), {"b"}),
    ((LAW, "第一条", "2021-01-01"), {"c"}),
    ((LAW, "第二条", None), {"d"}),
    ((OTHER, "第一条", None), {"d"}),
    ((OTHER, "第十条", None), set()),
    ((LAW, "第三条", None), set()),
]


def test_a_store_written_before_the_index_is_filled_when_opened_with_the_same_answers(tmp_path):
    path = tmp_path / "citations.sqlite"
    old_store(path)
    store = CitationStore(path)
    for args, ids in EXPECTED:
        assert store.citing(*args) == ids, args
    with sqlite3.connect(path) as con:
        plan = con.execute("EXPLAIN QUERY PLAN SELECT DISTINCT article_id FROM targets"
                           " WHERE law = ? AND label = ? AND version = ?", (LAW, "第一条", "")).fetchall()
        assert con.execute("SELECT count(*) FROM targets").fetchone()[0] == 6
    assert "SEARCH targets USING PRIMARY KEY" in plan[0][-1]
    assert CitationStore(path).citing(LAW, "第一条", None) == {"a", "d"}  # opened again: not filled twice


def test_the_index_follows_the_citations_written_resolved_again_and_removed(tmp_path, monkeypatch):
    answers = {"x": [resolution(LAW, None, (("第一条", True),))]}
    monkeypatch.setattr(citation_store, "resolve_all", lambda collection, cited, date, year=None: answers[current[0]])
    store = CitationStore(tmp_path / "citations.sqlite")
    article = Article("x", "x.txt", "标题", (Section(None, "依照《中华人民共和国测试法》第一条的规定。"),))
    cited = (extract("依照《中华人民共和国民事诉讼法》第二百三十七条的规定")[0],)
    current = ["x"]
    batch = store.batch(fresh=True)
    batch.add(Article(**{**article.__dict__, "citations": cited}))
    batch.commit()
    assert store.citing(LAW, "第一条", None) == {"x"}
    answers["x"] = [resolution(LAW, None, (("第二条", True),))]  # the article rewritten
    batch = store.batch(fresh=False)
    batch.add(Article(**{**article.__dict__, "citations": cited}))
    batch.commit()
    assert store.citing(LAW, "第一条", None) == set() and store.citing(LAW, "第二条", None) == {"x"}
    answers["x"] = [resolution(LAW, "2021-01-01", (("第二条", True),))]  # a newer collection
    monkeypatch.setattr(citation_store, "resolve_all", lambda collection, cited, date, year=None: answers["x"])
    store.resolve_again(None)
    assert store.citing(LAW, "第二条", None) == set() and store.citing(LAW, "第二条", "2021-01-01") == {"x"}
    store.resolve_again(None, live=set())  # the article gone from the index
    assert store.citing(LAW, "第二条", "2021-01-01") == set()


def test_a_store_held_in_memory_looks_up_the_same_way(monkeypatch):
    monkeypatch.setattr(citation_store, "resolve_all",
                        lambda collection, cited, date, year=None: [resolution(LAW, None, (("第一条", True),))])
    store = CitationStore(None)
    batch = store.batch(fresh=True)
    batch.add(Article("m", "m.txt", "标题", (Section(None, "文字"),),
                      citations=(extract("依照《中华人民共和国民事诉讼法》第二百三十七条的规定")[0],)))
    batch.commit()
    assert store.citing(LAW, "第一条", None) == {"m"}
