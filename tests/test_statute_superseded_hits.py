"""A search of a statute index (a question, or words) whose hits include an article of a
version the statute collection holds a later version of says so on the hit."""

from __future__ import annotations

import json

import lawnews
from support import run_cli, statute_collection

LAW = "中华人民共和国测试法"
RECORDS = [
    {"id": "T2020#第一条", "text": "申请执行人可以向人民法院申请强制执行。", "date": "2020-01-01"},
    {"id": "T2020#第二条", "text": "执行费用由被执行人负担。", "date": "2020-01-01"},
    {"id": "T2023#第一条", "text": "为了规范测试活动，制定本法。", "date": "2023-06-01"},
    {"id": "T2023#第二条", "text": "执行费用由被执行人负担。", "date": "2023-06-01"},
]


def _statute_index(tmp_path, monkeypatch):
    """The statute index of :data:`RECORDS`, its collection the one resolution uses."""
    statute_collection(tmp_path, monkeypatch, [{**r, "title": f"{LAW} {r['id'].split('#')[1]}", "law": LAW}
                                               for r in RECORDS])
    return tmp_path / "statute-index"


def test_a_hit_of_a_superseded_version_says_so(tmp_path, monkeypatch):
    index = _statute_index(tmp_path, monkeypatch)
    with lawnews.NewsIndex.open(index) as ix:
        found = ix.search("强制执行")
        notes = {h.article_id: h.version_note for h in ix.search("执行费用").hits}
    (hit,) = found.hits
    assert hit.article_id == "T2020#第一条"
    assert hit.version_note == (f"superseded: {LAW} has a later version in the statute collection (2023-06-01);"
                                " 第一条 of the latest reads otherwise")
    assert notes["T2023#第二条"] is None
    assert notes["T2020#第二条"].endswith("the latest holds the same text under this number")
    out = run_cli("search", "强制执行", "--index-dir", str(index)).output
    assert "superseded: 中华人民共和国测试法 has a later version" in out
    data = json.loads(run_cli("search", "强制执行", "--index-dir", str(index), "--json").output)
    assert data["hits"][0]["version_note"].startswith("superseded:")


def test_show_of_a_statute_article_of_a_superseded_version_says_so(tmp_path, monkeypatch):
    index = _statute_index(tmp_path, monkeypatch)
    out = run_cli("show", "T2020#第一条", "--index-dir", str(index)).output
    assert "superseded: 中华人民共和国测试法 has a later version in the statute collection (2023-06-01)" in out
    assert "superseded" not in run_cli("show", "T2023#第一条", "--index-dir", str(index)).output
    data = json.loads(run_cli("show", "T2020#第一条", "--index-dir", str(index), "--json").output)
    assert data["version_note"].startswith("superseded:")


def test_a_page_of_hits_reads_the_collection_once_for_its_notes(tmp_path, monkeypatch):
    """Every hit's note comes from one read of the collection, not a read (and a check of
    the collection's state) per hit: the notes are the same as one by one."""
    index = _statute_index(tmp_path, monkeypatch)
    with lawnews.NewsIndex.open(index) as ix:
        ix.search("执行")  # the collection opened once, as a long-running process holds it
        reads = _counted_reads(monkeypatch)
        found = ix.search("执行")
    assert len(found.hits) == 3
    assert len(reads) <= 2  # the state check and the page's records; before, two per hit
    one_by_one = {h.article_id: lawnews.statutes.superseded(h.article_id) for h in found.hits}
    assert {h.article_id: h.version_note for h in found.hits} == one_by_one
    assert one_by_one["T2020#第一条"] is not None and one_by_one["T2023#第二条"] is None


def test_the_collection_reads_many_records_at_once_as_one_by_one(tmp_path, monkeypatch):
    from lawnews.index.store import statutes as store

    _statute_index(tmp_path, monkeypatch)
    collection = store.Collection.current()
    ids = [r["id"] for r in RECORDS] + ["T2020#第九条", "新闻#1"] + [f"X#{i}" for i in range(1200)]
    found = collection.articles(ids)
    assert set(found) == {r["id"] for r in RECORDS}
    assert all(found[sid] == collection.article(sid) for sid in found)
    assert collection.articles([]) == {}


def test_the_collection_opens_no_connection_for_no_ids(tmp_path, monkeypatch):
    from lawnews.index.store import statutes as store

    _statute_index(tmp_path, monkeypatch)
    collection = store.Collection.current()
    reads = _counted_reads(monkeypatch)
    assert collection.articles([]) == {} and collection.articles(iter(())) == {}
    assert reads == []
    assert collection.articles([RECORDS[0]["id"]])
    assert reads == [1]


def _counted_reads(monkeypatch) -> list[int]:
    """A list that grows by one each time the statute collection opens its file to read."""
    from lawnews.index.store import statutes as store

    reads: list[int] = []
    real_reading = store.Collection._reading

    def counted(self):
        reads.append(1)
        return real_reading(self)

    monkeypatch.setattr(store.Collection, "_reading", counted)
    return reads
