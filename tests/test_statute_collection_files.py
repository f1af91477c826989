"""The statute collection follows the statute files it was filled from: a file indexed
again that gives no statute record any more, and a file deleted from a folder indexed
again (an update or a rebuild), or removed from its index (``--remove-file``), take their records
out, as a record removed by id (``--remove-id``) leaves; a record two files give stays
while either gives it, each file's text kept (the records a file gives with another text said
once, counted), and the news index resolves against what is left."""

from __future__ import annotations

import lawnews
from lawnews.index.store import statutes as store
from support import run_cli, write_jsonl

NEWS = {"id": "a", "title": "执行报道", "text": "法院依据《中华人民共和国民事诉讼法》第二条审理。", "date": "2024-06-01"}
CIVIL = "中华人民共和国民事诉讼法"


def _records(texts: list[str], law: str = CIVIL, prefix: str = "L0") -> list[dict]:
    return [{"id": f"{prefix}#第{'一二三'[n]}条", "title": f"{law} 第{'一二三'[n]}条", "text": text, "law": law,
             "date": "2020-01-01"} for n, text in enumerate(texts)]


def _news_index(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    index = tmp_path / "news-ix"
    lawnews.build_index([write_jsonl(tmp_path / "news.jsonl", [NEWS])], index)
    return index


def _shown(news_index) -> str:
    return run_cli("show", "a", "--index-dir", str(news_index)).output


def _resolved_again_without_the_law(news_index) -> None:
    """The news index updated resolves its citation again against the changed collection:
    the law it cites is no longer held, and the stored resolution says so."""
    import json

    lawnews.build_index(None, news_index)
    recorded = json.loads((news_index / "lawnews.json").read_text(encoding="utf-8"))["extra"]["statutes"]
    assert recorded["fingerprint"] == store.Collection.current().fingerprint
    with lawnews.NewsIndex.open(news_index) as ix:
        (cited,) = ix.citations("a")
    assert cited.status == "unresolved" and f"{CIVIL} is not in the statute collection" in cited.reason


def test_a_statute_file_indexed_again_giving_no_statute_record_takes_its_records_out(tmp_path, monkeypatch):
    news_index = _news_index(tmp_path, monkeypatch)
    folder = tmp_path / "laws"
    folder.mkdir()
    civil = write_jsonl(folder / "civil.jsonl", _records(["诉一。", "诉二。"]))
    write_jsonl(folder / "other.jsonl", _records(["甲一。"], law="中华人民共和国甲法", prefix="J0"))
    lawnews.build_index([folder], tmp_path / "statute-ix")
    assert "[L0#第二条] 诉二。" in _shown(news_index)
    # every line now a news story: the file gives articles, none of them a statute record
    write_jsonl(civil, [{"id": "n1", "title": "新闻", "text": "某法院审结一起案件。", "date": "2024-01-02"}])
    lawnews.build_index(None, tmp_path / "statute-ix")
    collection = store.Collection.current()
    assert collection.count() == 1 and collection.article("L0#第二条") is None
    shown = _shown(news_index)
    assert "诉二。" not in shown and f"{CIVIL} is not in the statute collection" in shown, shown
    _resolved_again_without_the_law(news_index)
    # given back, then emptied: no article at all
    write_jsonl(civil, _records(["诉一。", "诉二。"]))
    lawnews.build_index(None, tmp_path / "statute-ix")
    assert store.Collection.current().count() == 3
    civil.write_text("", encoding="utf-8")
    lawnews.build_index([civil], tmp_path / "statute-ix")
    collection = store.Collection.current()
    assert collection.count() == 1 and collection.article("J0#第一条") is not None
    assert f"{CIVIL} is not in the statute collection" in _shown(news_index)


def test_a_rebuild_after_a_statute_file_was_deleted_takes_its_records_out(tmp_path, monkeypatch):
    news_index = _news_index(tmp_path, monkeypatch)
    folder = tmp_path / "laws"
    (folder / "sub").mkdir(parents=True)
    write_jsonl(folder / "sub" / "civil.jsonl", _records(["诉一。", "诉二。"]))
    write_jsonl(folder / "other.jsonl", _records(["甲一。"], law="中华人民共和国甲法", prefix="J0"))
    elsewhere = write_jsonl(tmp_path / "elsewhere.jsonl", _records(["乙一。"], law="中华人民共和国乙法", prefix="Y0"))
    run_cli("index", str(folder), "--index-dir", str(tmp_path / "statute-ix"))
    lawnews.build_index([elsewhere], tmp_path / "elsewhere-ix")
    assert "[L0#第二条] 诉二。" in _shown(news_index)
    (folder / "sub" / "civil.jsonl").unlink()
    run_cli("index", str(folder), "--index-dir", str(tmp_path / "statute-ix"), "--rebuild")
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.article("L0#第二条") is None
    assert collection.article("J0#第一条") is not None and collection.article("Y0#第一条") is not None
    shown = _shown(news_index)
    assert "诉二。" not in shown and f"{CIVIL} is not in the statute collection" in shown, shown
    _resolved_again_without_the_law(news_index)


def _two_files(tmp_path, monkeypatch, second_text: str = "诉二。"):
    news_index = _news_index(tmp_path, monkeypatch)
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = write_jsonl(tmp_path / "one" / "laws.jsonl", _records(["诉一。", "诉二。"]))
    two = write_jsonl(tmp_path / "two" / "laws.jsonl", _records(["诉一。", second_text]))
    first = lawnews.build_index([tmp_path / "one"], tmp_path / "one-ix")
    second = lawnews.build_index([tmp_path / "two"], tmp_path / "two-ix")
    return news_index, one, two, first, second


def test_a_record_two_files_give_stays_until_neither_gives_it(tmp_path, monkeypatch):
    for gone_first in ("one", "two"):
        base = tmp_path / gone_first
        base.mkdir()
        news_index, one, two, _first, second = _two_files(base, monkeypatch)
        assert not second.warnings  # the same record given twice: nothing to say
        files = {"one": one, "two": two}
        kept = "two" if gone_first == "one" else "one"
        files[gone_first].unlink()
        lawnews.build_index(None, base / f"{gone_first}-ix")
        collection = store.Collection.current()
        assert collection.count() == 2 and collection.text("L0#第二条") == "诉二。", gone_first
        assert "[L0#第二条] 诉二。" in _shown(news_index)
        files[kept].unlink()
        lawnews.build_index(None, base / f"{kept}-ix")
        assert store.Collection.current().count() == 0
        assert f"{CIVIL} is not in the statute collection" in _shown(news_index)
        _resolved_again_without_the_law(news_index)


def test_a_record_another_file_gives_with_another_text_replaces_it_only_once_the_first_no_longer_gives_it(
        tmp_path, monkeypatch):
    news_index, one, two, _first, second = _two_files(tmp_path, monkeypatch, second_text="诉二改。")
    said = [w for w in second.warnings if "L0#第二条" in w.reason]
    assert len(said) == 1 and said[0].path == str(two), second.warnings
    assert str(one) in said[0].reason and "another text" in said[0].reason
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.text("L0#第二条") == "诉二。"
    before = collection.fingerprint
    lawnews.build_index(None, tmp_path / "two-ix")  # read again: the same, said again, nothing changed
    assert store.Collection.current().fingerprint == before
    one.write_text("", encoding="utf-8")  # the first file gives it no more: the second file's text
    lawnews.build_index(None, tmp_path / "one-ix")
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.text("L0#第二条") == "诉二改。"
    assert "[L0#第二条] 诉二改。" in _shown(news_index)
    two.unlink()
    lawnews.build_index(None, tmp_path / "two-ix")
    assert store.Collection.current().count() == 0
    _resolved_again_without_the_law(news_index)



def test_a_record_two_files_of_one_folder_give_is_the_first_read_until_it_is_gone(tmp_path, monkeypatch):
    """Read together, the second file's lines are duplicates the reading skips: the
    collection holds the first file's text, and the second's once the first is gone."""
    news_index = _news_index(tmp_path, monkeypatch)
    folder = tmp_path / "laws"
    folder.mkdir()
    first = write_jsonl(folder / "a.jsonl", _records(["诉一。", "诉二。"]))
    write_jsonl(folder / "b.jsonl", _records(["诉一。", "诉二改。"]))
    report = lawnews.build_index([folder], tmp_path / "statute-ix")
    assert any("duplicate id 'L0#第二条'" in line for s in report.skipped for line in s.lines), report.skipped
    assert store.Collection.current().text("L0#第二条") == "诉二。"
    first.unlink()
    lawnews.build_index(None, tmp_path / "statute-ix")
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.text("L0#第二条") == "诉二改。"
    assert "[L0#第二条] 诉二改。" in _shown(news_index)


def test_a_statute_file_an_os_error_cut_short_keeps_the_records_it_did_not_give_again(tmp_path):
    from lawnews.index.documents import Article, Section
    from lawnews.index.ingest.readers import Skip

    def article(record):
        return Article(id=record["id"], file="laws.jsonl", title=record["title"],
                       sections=(Section(None, record["text"]),), date=record["date"], meta={"law": record["law"]})

    records = _records(["诉一。", "诉二。", "诉三。"])
    collection = store.Collection(tmp_path / "statutes.sqlite")
    with collection.writer() as writer:
        for record in records:
            writer.add(article(record))
    with collection.writer() as writer:  # read again, stopped after its first line
        writer.add(article(records[0]))
        writer.skipped([Skip(str(tmp_path / "laws.jsonl"), "unreadable: Input/output error", "laws.jsonl",
                             transient=True)])
    assert collection.count() == 3
    with collection.writer() as writer:  # read to its end: what it no longer gives goes
        writer.add(article(records[0]))
    assert collection.count() == 1 and collection.article("L0#第三条") is None


def test_a_statute_file_removed_from_its_index_takes_its_records_out(tmp_path, monkeypatch):
    news_index = _news_index(tmp_path, monkeypatch)
    civil = write_jsonl(tmp_path / "civil.jsonl", _records(["诉一。", "诉二。"]))
    other = write_jsonl(tmp_path / "other.jsonl", _records(["甲一。"], law="中华人民共和国甲法", prefix="J0"))
    lawnews.build_index([civil, other], tmp_path / "statute-ix")
    assert "[L0#第二条] 诉二。" in _shown(news_index)
    run_cli("index", "--remove-file", str(civil), "--index-dir", str(tmp_path / "statute-ix"))
    collection = store.Collection.current()
    assert collection.count() == 1 and collection.article("L0#第二条") is None
    assert collection.article("J0#第一条") is not None
    shown = _shown(news_index)
    assert "诉二。" not in shown and f"{CIVIL} is not in the statute collection" in shown, shown
    _resolved_again_without_the_law(news_index)


def test_a_statute_file_removed_gives_way_to_the_text_another_file_gives(tmp_path, monkeypatch):
    news_index, one, _two, _first, _second = _two_files(tmp_path, monkeypatch, second_text="诉二改。")
    assert "[L0#第二条] 诉二。" in _shown(news_index)
    with lawnews.NewsIndex.open(tmp_path / "one-ix") as ix:
        ix.remove(file=str(one))
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.text("L0#第二条") == "诉二改。"
    assert "[L0#第二条] 诉二改。" in _shown(news_index)


def test_records_a_file_gives_with_another_text_are_said_once_with_their_count(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    write_jsonl(tmp_path / "one" / "laws.jsonl", _records(["诉一。", "诉二。", "诉三。"]))
    two = write_jsonl(tmp_path / "two" / "laws.jsonl", _records(["诉一改。", "诉二改。", "诉三改。"]))
    lawnews.build_index([tmp_path / "one"], tmp_path / "one-ix")
    second = lawnews.build_index([tmp_path / "two"], tmp_path / "two-ix")
    said = [w for w in second.warnings if "another text" in w.reason]
    assert len(said) == 1 and said[0].path == str(two), second.warnings
    assert said[0].reason.startswith("3 statute records (L0#第一条, L0#第二条, L0#第三条)"), said[0].reason
    assert str(tmp_path / "one" / "laws.jsonl") in said[0].reason


def test_a_statute_record_removed_by_id_leaves_the_collection_and_comes_back_with_its_file(tmp_path, monkeypatch):
    news_index = _news_index(tmp_path, monkeypatch)
    civil = write_jsonl(tmp_path / "civil.jsonl", _records(["诉一。", "诉二。", "诉三。"]))
    lawnews.build_index([civil], tmp_path / "statute-ix")
    run_cli("index", "--remove-id", "L0#第二条", "--index-dir", str(tmp_path / "statute-ix"))
    collection = store.Collection.current()
    assert collection.count() == 2 and collection.article("L0#第二条") is None
    assert collection.article("L0#第一条") is not None and collection.article("L0#第三条") is not None
    assert "诉二。" not in _shown(news_index)
    lawnews.build_index(None, tmp_path / "statute-ix")  # an update keeps it out, of the collection too
    assert store.Collection.current().article("L0#第二条") is None
    lawnews.build_index([civil], tmp_path / "statute-ix")  # the file named again gives it back
    assert store.Collection.current().text("L0#第二条") == "诉二。"
    assert "[L0#第二条] 诉二。" in _shown(news_index)
