"""The statute collection's life as a user meets it: a file that is no collection (damaged,
cut short, another file) is an error naming it, and a collection whose filling was cut
short says so where a law is missing, instead of saying the law is not in it."""

from __future__ import annotations


import sqlite3

import pytest

import lawnews
from lawnews.index.store import statutes as store
from support import run_cli, write_jsonl

NEWS = {"id": "a", "title": "执行报道", "text": "法院依据《中华人民共和国民事诉讼法》第二条审理。", "date": "2024-06-01"}


def _statutes(laws: dict[str, list[str]]) -> list[dict]:
    return [{"id": f"L{i}#第{'一二三'[n]}条", "title": f"{law} 第{'一二三'[n]}条", "text": text, "law": law,
             "date": "2020-01-01"} for i, (law, texts) in enumerate(laws.items()) for n, text in enumerate(texts)]


@pytest.fixture()
def news_index(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    index = tmp_path / "ix"
    lawnews.build_index([write_jsonl(tmp_path / "news.jsonl", [NEWS])], index)
    return index


@pytest.mark.parametrize("content", [b"not a database at all\n", b"SQLite format 3\x00" + b"\x01" * 3000],
                         ids=["another file", "cut short"])
def test_a_damaged_statute_collection_is_an_error_naming_it(tmp_path, news_index, content):
    (tmp_path / "statutes.sqlite").write_bytes(content)
    for args in (["show", "a"], ["cited-by", "民事诉讼法第二百五十二条"]):
        out = run_cli(*args, "--index-dir", str(news_index), ok=False)
        assert out.exit_code == 1, out.output
        assert out.output.startswith("Error: the statute collection") and str(tmp_path / "statutes.sqlite") in out.output
        assert "index the statute records again" in out.output and "Traceback" not in out.output
    with pytest.raises(lawnews.LawNewsError, match="cannot be read"):
        store.Collection.current().count()


class Stop(Exception):
    pass


def test_a_collection_whose_filling_was_cut_short_says_so_where_a_law_is_missing(tmp_path, news_index, monkeypatch):
    monkeypatch.setattr(store.filling, "CHUNK", 2)  # (where the writer reads it)
    records = _statutes({"中华人民共和国甲法": ["甲一。", "甲二。"], "中华人民共和国民事诉讼法": ["测一。", "测二。"]})
    collection = store.Collection(tmp_path / "statutes.sqlite")
    with pytest.raises(Stop):
        with collection.writer() as writer:
            for n, record in enumerate(records):
                if n == 2:
                    raise Stop  # the run stops after the first law's articles were written
                writer.add(_article(record))
    cut = store.Collection.current()
    assert cut.unfinished and cut.count() == 2
    before = cut.fingerprint
    shown = run_cli("show", "a", "--index-dir", str(news_index)).output
    assert "中华人民共和国民事诉讼法 is not in the statute collection; the statute collection was left unfinished" in shown
    said = run_cli("cited-by", "民诉法第二条", "--index-dir", str(news_index)).output
    assert "left unfinished" in said
    # indexed again in full: complete, and the citation resolved
    lawnews.build_index([write_jsonl(tmp_path / "statutes.jsonl", records)], tmp_path / "statute-ix")
    whole = store.Collection.current()
    assert not whole.unfinished and whole.fingerprint != before
    shown = run_cli("show", "a", "--index-dir", str(news_index)).output
    assert "[L1#第二条] 测二。" in shown and "unfinished" not in shown


def _article(record):
    from lawnews.index.documents import Article, Section

    return Article(id=record["id"], file="statutes.jsonl", title=record["title"], sections=(Section(None, record["text"]),),
                   date=record["date"], meta={"law": record["law"]})


def test_the_current_collection_is_read_once_while_its_file_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    records = _statutes({"中华人民共和国甲法": ["甲一。", "甲二。"]})
    with store.Collection(tmp_path / "statutes.sqlite").writer() as writer:
        writer.add(_article(records[0]))
    first = store.Collection.current()
    assert first.law("甲法") == "中华人民共和国甲法"
    assert store.Collection.current() is first  # what it read (titles, labels) serves the next call
    with store.Collection(tmp_path / "statutes.sqlite").writer() as writer:
        writer.add(_article({**records[1], "law": "中华人民共和国乙法"}))
    again = store.Collection.current()
    assert again is not first and again.law("乙法") == "中华人民共和国乙法"
    (tmp_path / "statutes.sqlite").unlink()
    for wal in tmp_path.glob("statutes.sqlite-*"):
        wal.unlink()
    assert store.Collection.current() is None


def test_a_collection_moved_away_is_looked_for_where_the_setting_says_and_named(tmp_path, news_index, monkeypatch):
    records = _statutes({"中华人民共和国民事诉讼法": ["诉一。", "诉二。"]})
    lawnews.build_index([write_jsonl(tmp_path / "statutes.jsonl", records)], tmp_path / "statute-ix")
    assert "诉二。" in run_cli("show", "a", "--index-dir", str(news_index)).output
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (tmp_path / "statutes.sqlite").rename(moved / "statutes.sqlite")
    for wal in tmp_path.glob("statutes.sqlite-*"):
        wal.unlink()
    shown = run_cli("show", "a", "--index-dir", str(news_index)).output
    assert f"no statute collection at {str(tmp_path / 'statutes.sqlite')!r} ($LAWNEWS_STATUTES)" in shown
    assert "point $LAWNEWS_STATUTES at the collection if it was moved" in shown
    said = run_cli("cited-by", "民诉法第二条", "--index-dir", str(news_index)).output
    assert str(tmp_path / "statutes.sqlite") in said
    monkeypatch.setenv("LAWNEWS_STATUTES", str(moved / "statutes.sqlite"))
    assert "诉二。" in run_cli("show", "a", "--index-dir", str(news_index)).output


def test_a_statute_file_indexed_again_without_a_record_takes_it_out_of_the_collection(tmp_path, news_index):
    records = _statutes({"中华人民共和国民事诉讼法": ["诉一。", "诉二。", "诉三。"]})
    source = write_jsonl(tmp_path / "statutes.jsonl", records)
    lawnews.build_index([source], tmp_path / "statute-ix")
    assert "[L0#第二条] 诉二。" in run_cli("show", "a", "--index-dir", str(news_index)).output
    write_jsonl(source, [records[0], {**records[2], "text": "诉三改。"}])  # 第二条 dropped, 第三条 changed
    lawnews.build_index([source], tmp_path / "statute-ix")
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.text("L0#第三条") == "诉三改。"
    assert collection.article("L0#第二条") is None
    shown = run_cli("show", "a", "--index-dir", str(news_index)).output
    assert "诉二。" not in shown and "has no 第二条" in shown, shown
    # another file's records are left as they are
    other = write_jsonl(tmp_path / "other.jsonl", [{**r, "id": "J" + r["id"]} for r in _statutes({"中华人民共和国甲法": ["甲一。"]})])
    lawnews.build_index([other], tmp_path / "other-ix")
    assert store.Collection.current().count() == 3
    lawnews.build_index([source], tmp_path / "statute-ix", rebuild=True)
    assert store.Collection.current().article("JL0#第一条") is not None



def test_statute_files_of_the_same_name_in_two_indexes_both_stay_in_the_collection(tmp_path, news_index):
    """Each index names its files from its own folder: a file named alike in another index's
    folder is another file, and indexing it takes nothing out of the collection."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    civil = write_jsonl(tmp_path / "one" / "laws.jsonl", _statutes({"中华人民共和国民事诉讼法": ["诉一。", "诉二。"]}))
    other = write_jsonl(tmp_path / "two" / "laws.jsonl",
                        [{**r, "id": "J" + r["id"]} for r in _statutes({"中华人民共和国甲法": ["甲一。"]})])
    lawnews.build_index([civil], tmp_path / "one-ix")
    lawnews.build_index([other], tmp_path / "two-ix")
    collection = store.Collection.current()
    assert collection.count() == 3 and collection.article("L0#第二条") is not None
    assert "[L0#第二条] 诉二。" in run_cli("show", "a", "--index-dir", str(news_index)).output
    lawnews.build_index([other], tmp_path / "two-ix")  # read again: still only its own records
    assert store.Collection.current().count() == 3


def test_a_statute_file_gone_from_a_folder_takes_its_records_out_of_the_collection(tmp_path, news_index):
    """An update that removes the articles of a statute file gone from its folder removes
    its records from the collection too, and the news index resolves against what is left."""
    folder = tmp_path / "laws"
    folder.mkdir()
    write_jsonl(folder / "civil.jsonl", _statutes({"中华人民共和国民事诉讼法": ["诉一。", "诉二。"]}))
    write_jsonl(folder / "other.jsonl", [{**r, "id": "J" + r["id"]} for r in _statutes({"中华人民共和国甲法": ["甲一。"]})])
    lawnews.build_index([folder], tmp_path / "statute-ix")
    assert "[L0#第二条] 诉二。" in run_cli("show", "a", "--index-dir", str(news_index)).output
    (folder / "civil.jsonl").unlink()
    lawnews.build_index(None, tmp_path / "statute-ix")
    collection = store.Collection.current()
    assert collection.count() == 1 and collection.article("L0#第二条") is None
    shown = run_cli("show", "a", "--index-dir", str(news_index)).output
    assert "诉二。" not in shown and "中华人民共和国民事诉讼法 is not in the statute collection" in shown, shown
    (folder / "other.jsonl").unlink()  # the last statute file of the folder gone too
    lawnews.build_index(None, tmp_path / "statute-ix")
    assert store.Collection.current().count() == 0

def _filled(path, laws):
    records = _statutes(laws)
    with store.Collection(path).writer() as writer:
        for record in records:
            writer.add(_article(record))
    return records


def _age(path, seconds):
    """Set the modification time of the collection file and its WAL ``seconds`` back."""
    import os
    import time

    for p in path.parent.glob(path.name + "*"):
        when = time.time() - seconds
        os.utime(p, (when, when))


def test_a_collection_settled_on_disk_is_handed_out_without_opening_it(tmp_path, monkeypatch):
    from lawnews.index.store.sidestore import SideStore

    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    _filled(path, {"中华人民共和国甲法": ["甲一。"]})
    _age(path, 60)
    first = store.Collection.current()
    opened = []
    real = SideStore._connect
    monkeypatch.setattr(SideStore, "_connect", lambda self: opened.append(1) or real(self))
    assert store.Collection.current() is first
    assert opened == [], "a file unchanged for a minute was opened to check it"


def test_a_recent_collection_changed_without_its_stamp_showing_is_read_again(tmp_path, monkeypatch):
    """A file system whose clock is coarse can leave identity, size and time as they were
    after a write; the content is looked at while the last change is that recent."""
    import time

    from lawnews.index.store.statutes import collection as held

    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    _filled(path, {"中华人民共和国甲法": ["甲一。"]})
    stamp = (1, 4096, time.time_ns(), None, None, None)  # as a coarse clock shows both states
    monkeypatch.setattr(held, "_stamp", lambda _path: stamp)
    first = store.Collection.current()
    assert first.law("乙法") is None and store.Collection.current() is first
    _filled(path, {"中华人民共和国乙法": ["乙一。"]})
    again = store.Collection.current()
    assert again is not first and again.law("乙法") == "中华人民共和国乙法"


def test_a_settled_collection_replaced_by_another_file_of_the_same_size_and_time_is_read_again(
        tmp_path, monkeypatch):
    import os
    import shutil

    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    _filled(path, {"中华人民共和国甲法": ["甲一。"]})
    other = tmp_path / "other" / "statutes.sqlite"
    other.parent.mkdir()
    _filled(other, {"中华人民共和国乙法": ["乙一。"]})
    for p in (path, other):
        con = sqlite3.connect(p)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        for extra in p.parent.glob(p.name + "-*"):
            extra.unlink()
    assert path.stat().st_size == other.stat().st_size
    _age(path, 60)
    st = path.stat()
    os.utime(other, ns=(st.st_mtime_ns, st.st_mtime_ns))
    first = store.Collection.current()
    assert first.law("甲法") == "中华人民共和国甲法"
    assert store.Collection.current() is first
    shutil.copy2(other, tmp_path / "incoming")
    os.replace(tmp_path / "incoming", path)
    again = store.Collection.current()
    assert again is not first and again.law("乙法") == "中华人民共和国乙法"
