"""Index directories: self-description, compatibility checks, atomic rebuilds."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.index.store import storage

from support import DATA


def test_index_records_what_built_it(data_index_dir):
    meta = json.loads((data_index_dir / storage.META_FILE).read_text(encoding="utf-8"))
    assert meta["schema_version"] == storage.SCHEMA_VERSION
    assert meta["lawnews_version"] == lawnews.__version__
    assert meta["segmenter"] == "rjieba" and len(meta["dictionary"]) == 16
    assert meta["articles"] == 20 and meta["sections"] == 21
    assert meta["tagger"]


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(lawnews.IndexNotFoundError, match="lawnews index"):
        lawnews.NewsIndex.open(tmp_path / "nothing")


@pytest.mark.parametrize("field, value", [("schema_version", 0), ("dictionary", "0000000000000000")])
def test_incompatible_index_is_refused_with_a_rebuild_hint(tmp_path, field, value):
    path = tmp_path / "ix"
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
    meta_path = path / storage.META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta[field] = value
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(lawnews.IndexVersionError, match="--rebuild"):
        lawnews.NewsIndex.open(path)
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.stats()["articles"] == 20


def test_failed_rebuild_leaves_the_old_index_whole(tmp_path, monkeypatch):
    path = tmp_path / "ix"
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
    from lawnews.index.store import writer

    def boom(self, article):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer.IndexWriter, "_write", boom)  # each article a build writes
    with pytest.raises(RuntimeError):
        lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
    monkeypatch.undo()
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.stats()["articles"] == 20
    assert [p.name for p in tmp_path.iterdir()] == ["ix"]  # no staging directory left behind


def test_update_replaces_a_files_articles(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text('{"id":"a","title":"甲","text":"交叉执行"}\n{"id":"b","title":"乙","text":"终本案件"}\n', encoding="utf-8")
    path = tmp_path / "ix"
    lawnews.build_index([src], path)
    lawnews.build_index([src], path)  # idempotent
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.stats()["articles"] == 2
    src.write_text('{"id":"a","title":"甲","text":"诉源治理"}\n', encoding="utf-8")
    lawnews.build_index([src], path)
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.stats()["articles"] == 1
        assert ix.search("诉源治理").total == 1
        assert ix.search("终本案件").total == 0


def _from_another_version(path):
    """Make the index at ``path`` look built by an older lawnews whose schema names a
    class this version lacks: reading its TOC would fail."""
    meta = path / storage.META_FILE
    info = json.loads(meta.read_text(encoding="utf-8"))
    info["schema_version"] -= 1
    meta.write_text(json.dumps(info), encoding="utf-8")
    for toc in path.glob("_*.toc"):
        toc.write_bytes(b"\x80\x04\x95\x00cnot_a_module\nMissing\n.")


def test_an_index_of_another_version_is_refused_before_its_schema_is_read(tmp_path):
    lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", rebuild=True)
    _from_another_version(tmp_path / "ix")
    assert storage.exists(tmp_path / "ix")
    with pytest.raises(lawnews.IndexVersionError, match="--rebuild"):
        lawnews.NewsIndex.open(tmp_path / "ix")


def test_a_default_index_of_another_version_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with lawnews.NewsIndex.default() as ix:
        n = ix.stats()["articles"]
    _from_another_version(tmp_path / "lawnews" / "index")
    with lawnews.NewsIndex.default() as ix:
        assert ix.search("交叉执行").total > 0
        assert ix.stats()["articles"] == n


def test_a_cache_file_is_replaced_whole_or_not_at_all(tmp_path):
    from lawnews.config import replacing

    target = tmp_path / "cache" / "file.bin"
    with replacing(target) as tmp:
        tmp.write_bytes(b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("interrupted")
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.bin"]
