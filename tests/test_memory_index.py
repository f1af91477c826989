"""In-memory indexes: two of them, in one process or in two, never share a temporary folder."""

from __future__ import annotations

from lawnews.index.store.storage import create_in_memory


def test_two_in_memory_writers_use_their_own_temporary_folders():
    a, b = create_in_memory(), create_in_memory()
    wa, wb = a.writer(), b.writer()
    try:
        ta, tb = wa.temp_storage(), wb.temp_storage()
        assert ta.folder != tb.folder
        wb.commit()  # the second writer's commit removes its own folder only
        wa.add_document(doc_id="x#1", article_id="x#1")
        wa.commit()
    finally:
        for w in (wa, wb):
            if not w.is_closed:
                w.cancel()
    assert a.doc_count() == 1


def test_an_in_memory_index_leaves_no_temporary_folder_behind(tmp_path, monkeypatch):
    import gc
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ix = create_in_memory()
    for n in range(3):
        with ix.writer() as w:
            w.add_document(doc_id=f"x#{n}", article_id=f"x#{n}")
    assert ix.doc_count() == 3
    del ix, w
    gc.collect()
    assert list(tmp_path.iterdir()) == []
