"""Edges of the statute collection and of the statute look-ups built on it
(``lawnews.index.store.statutes``, ``lawnews.statutes``): an undated version beside dated
ones, versions sharing no article, a version named without a collection, a batch with
nothing to write, what ``lawnews stats`` says of an unfinished collection, and the
look-ups that answer nothing without a collection.

A collection of made-up laws, written for the test with the collection's writer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews import statutes as looked_up
from lawnews.errors import UnknownFacetError
from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract
from lawnews.search.results import SearchResults

LAW = "中华人民共和国测试法"
MIXED = "中华人民共和国混合法"
MOVED = "中华人民共和国挪移法"


def _record(sid: str, law: str, label: str, text: str, date: str | None) -> Article:
    return Article(sid, "statutes.jsonl", f"{law} {label}", (Section(None, text),), date=date, meta={"law": law})


RECORDS = [
    _record("T1#第一条", LAW, "第一条", "为了规范测试活动，制定本法。", "2010-01-01"),
    _record("T1#第二条", LAW, "第二条", "测试机构应当依法登记。", "2010-01-01"),
    _record("T2#第一条", LAW, "第一条", "为了规范测试活动，制定本法。", "2020-01-01"),
    # 混合法: an undated version beside a dated one
    _record("M0#第一条", MIXED, "第一条", "混合的旧文本。", None),
    _record("M1#第一条", MIXED, "第一条", "混合的新文本。", "2015-06-01"),
    # 挪移法: two versions that share no article label
    _record("N1#第一条", MOVED, "第一条", "挪移法的第一条。", "2001-01-01"),
    _record("N2#第二条", MOVED, "第二条", "挪移法的第二条。", "2011-01-01"),
]


@pytest.fixture()
def collection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> statutes.Collection:
    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    with statutes.Collection(path).writer() as writer:
        for record in RECORDS:
            assert writer.add(record)
    found = statutes.Collection.current()
    assert found is not None
    return found


@pytest.fixture()
def no_collection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "none.sqlite"))


def test_a_date_before_every_dated_version_gets_the_undated_one_and_says_so(collection):
    assert collection.versions(MIXED) == ["", "2015-06-01"]
    assert collection.version_for(MIXED, "2012-03-01") == (
        "", "the collection's undated version (no dated version is on or before the article's date)", None)
    assert collection.version_for(MIXED, "2016-03-01") == ("2015-06-01", None, None)


def test_versions_sharing_no_article_are_no_renumbering(collection):
    assert not collection.renumbered(MOVED)
    assert collection.version_for(MOVED, "1999-05-01") == (
        "2001-01-01", f"no version of {MOVED} in the statute collection is dated on or before 1999-05-01"
        f"{statutes.DATED_BY}: the earliest version (2001-01-01) stands for the older text", None)


def test_an_article_one_version_lacks_holds_no_one_provision_across_them(collection):
    assert collection.same_provision(LAW, "第一条", ["2010-01-01", "2020-01-01"])
    assert not collection.same_provision(LAW, "第二条", ["2010-01-01", "2020-01-01"])


def test_a_version_named_without_a_collection_says_to_index_one():
    with pytest.raises(UnknownFacetError, match="no statute collection holds the versions of 测试法") as e:
        statutes.version_named(None, "测试法", "2021-12-31")
    assert "leave the year 2021 out" in str(e.value)


def test_a_batch_with_nothing_to_write_into_a_store_records_no_collection(tmp_path, no_collection):
    store = statutes.CitationStore(tmp_path / "citations.sqlite")
    store.batch(fresh=False).commit()
    assert store.resolved_with() is None and store.count() == 0
    store.batch(fresh=True).commit()
    assert store.resolved_with() == ""


def test_stats_says_an_unfinished_collection_is_unfinished(tmp_path, monkeypatch):
    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    writer = statutes.Collection(path).writer()
    writer.add(RECORDS[0])
    writer.flush()  # written, never closed: the filling did not finish
    assert looked_up.collection_state(None, 0) is None
    state = looked_up.collection_state(None, 3)
    assert state == {"citations": 3, "current": str(path), "articles": 1, "unfinished": True}
    assert looked_up.describe_collection(state) == (
        f"3 citations; 1 statute article in {path} ({statutes.UNFINISHED})")


@pytest.mark.parametrize("citations, articles, same, said", [
    (1, 1, True, "1 citation; 1 statute article in {path}, which resolved it"),
    (2, 5, True, "2 citations; 5 statute articles in {path}, which resolved them"),
    (1, 5, False, "1 citation; 5 statute articles in {path}; it was resolved against old.sqlite as it was when the"
                  " index was built, not this one: show and cited-by resolve it again as they print it, and"
                  " indexing into this index resolves it again"),
])
def test_stats_counts_one_citation_and_one_statute_article_in_the_singular(citations, articles, same, said):
    state = {"citations": citations, "current": "/x/statutes.sqlite", "articles": articles,
             "resolved_with": {"collection": "old.sqlite"}, "same": same}
    assert looked_up.describe_collection(state) == said.format(path="/x/statutes.sqlite")


def test_the_look_ups_answer_nothing_without_a_collection(no_collection):
    results = SearchResults("测试", 0, ())
    assert looked_up.with_version_notes(results) is results
    assert looked_up.record_reference("T1#第一条") is None
    assert looked_up.citing_version(None, looked_up.StatuteRef(LAW, "第一条")) == set()


def test_a_record_of_the_collection_is_referred_to_by_its_law_and_article(collection):
    assert looked_up.record_reference("T2#第一条") == f"{LAW} 第一条"  # one provision in every version
    assert looked_up.record_reference("M1#第一条") == f"{MIXED} 第一条"
    assert looked_up.record_reference("no-such-id") is None


def test_a_version_basis_needs_dates_it_can_read(collection):
    assert looked_up.date_basis(collection, LAW, "2020-01-01", "2020-13-45") is None
    said = looked_up.date_basis(collection, LAW, "2020-01-01", "2020-03-01")
    assert said is not None and "60 days before the article" in said and "2010-01-01 version" in said


def test_a_pinned_reference_is_not_cited_by_a_citation_of_another_version(collection):
    (cited,) = extract("依照《中华人民共和国测试法》第一条的规定")
    view = looked_up.CitationView(cited.text, 0, cited.start, cited.end, cited.written, LAW, cited.form,
                                  "resolved", "2010-01-01", (looked_up.CitedArticle("第一条", "T1#第一条", "x"),))
    pinned = looked_up.StatuteRef(LAW, "第一条", "T2#第一条", version="2020-01-01", pinned=True)
    assert not looked_up.cites_ref(view, pinned)
    assert looked_up.cites_ref(view, looked_up.StatuteRef(LAW, "第一条"))
    assert looked_up.cites_ref(view, looked_up.StatuteRef(LAW, "第一条", "T1#第一条", version="2010-01-01",
                                                          pinned=True))
