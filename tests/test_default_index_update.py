"""The default index, updated from the bundled corpus (``lawnews index`` without paths), is
still the index of the bundled corpus: the next command uses it as it is instead of building
it again, so an article removed from it (``--remove-file``) stays removed."""

from __future__ import annotations

import lawnews
from lawnews.building import ensure_default_index

FILE = "002_79b23406edc23697.txt"


def _files(path) -> set[str]:
    with lawnews.NewsIndex.open(path) as ix:
        return {a.file for a in ix.articles()}


def test_an_update_of_the_default_index_is_not_rebuilt_behind_the_user(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("LAWNEWS_INDEX_DIR", raising=False)
    path = ensure_default_index()
    with lawnews.NewsIndex.open(path) as ix:
        ix.remove(file=FILE)
    report = lawnews.build_index(None, path)
    assert report.kept_out == [FILE]
    built = (path / "lawnews.json").stat().st_mtime_ns
    assert ensure_default_index() == path
    assert (path / "lawnews.json").stat().st_mtime_ns == built  # used as it is, not built again
    assert FILE not in _files(path) and _files(path)
