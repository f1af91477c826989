"""Opening an index that another process is building for the first time says so, instead of
saying there is no index and advising to build one; a lock file a killed builder left
behind holds no lock and changes nothing."""

from __future__ import annotations

import json
import sys

import pytest

import lawnews
from lawnews.errors import IndexNotFoundError
from lawnews.index.store.locks import build_lock, building, lock_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="build locks need flock")


def test_an_index_being_built_is_said_to_be_coming(tmp_path):
    where = tmp_path / "idx"
    with build_lock(where):
        assert building(where) is not None
        with pytest.raises(IndexNotFoundError, match=r"is being built by process \d+") as caught:
            lawnews.NewsIndex.open(where)
    assert "build one with" not in str(caught.value)
    assert building(where) is None


def test_a_stale_lock_file_is_no_build(tmp_path):
    where = tmp_path / "idx"
    lock_file(where).write_text(json.dumps({"pid": 999999, "since": "2026-01-01 00:00:00"}), encoding="utf-8")
    assert building(where) is None
    with pytest.raises(IndexNotFoundError, match="build one with"):
        lawnews.NewsIndex.open(where)
