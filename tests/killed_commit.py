"""The scenarios every store that writes rows aside for a Whoosh commit must pass.

In:  a subclass naming its store (``store_file``, ``store_class``), the input an update reads
     (``source``), what a reader is told (``state``) before and after the update
     (``OLD_STATE``, ``NEW_STATE``), and a fixture ``index_dir`` whose index holds the old
     state while ``source`` already holds the new one.
Out: the tests, run for each subclass named ``Test…``: an update killed before or after the
     Whoosh commit, a commit that fails, a store that cannot be written and the next writer
     all leave the store and the index one state, and the next update finishes the work.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, ClassVar

import pytest

import lawnews
from support import killed_update


class KilledCommitCases:
    store_file: ClassVar[str]
    store_class: ClassVar[type]
    OLD_STATE: ClassVar[dict[str, Any]]
    NEW_STATE: ClassVar[dict[str, Any]]

    def source(self, index_dir: Path) -> Path:
        raise NotImplementedError

    def state(self, index_dir: Path) -> dict[str, Any]:
        raise NotImplementedError

    def update(self, index_dir: Path) -> None:
        lawnews.build_index([self.source(index_dir)], index_dir)

    def killed(self, index_dir: Path, when: str) -> None:
        killed_update(self.source(index_dir), index_dir, when)

    def set_aside(self, index_dir: Path) -> list[tuple[str, str]]:
        with sqlite3.connect(index_dir / self.store_file) as con:
            return con.execute("SELECT key, value FROM meta WHERE key = 'pending'").fetchall()

    def test_killed_before_the_whoosh_commit_the_old_state_is_read_and_the_next_run_finishes(self, index_dir):
        assert self.state(index_dir) == self.OLD_STATE
        self.killed(index_dir, "before")
        assert self.state(index_dir) == self.OLD_STATE  # nothing of the new rows beside the old texts
        self.update(index_dir)
        assert self.state(index_dir) == self.NEW_STATE
        assert self.set_aside(index_dir) == []

    def test_killed_after_the_whoosh_commit_the_new_state_is_read(self, index_dir):
        self.killed(index_dir, "after")
        assert self.set_aside(index_dir)  # the rows taken in by the first reader
        assert self.state(index_dir) == self.NEW_STATE
        assert self.set_aside(index_dir) == []
        self.update(index_dir)
        assert self.state(index_dir) == self.NEW_STATE

    def test_killed_after_the_whoosh_commit_a_store_that_cannot_be_written_is_read_as_taken_in(
            self, index_dir, monkeypatch):
        self.killed(index_dir, "after")

        def read_only(store, con, generation):
            raise sqlite3.OperationalError("attempt to write a readonly database")

        monkeypatch.setattr(self.store_class, "_take_in", read_only)
        assert self.state(index_dir) == self.NEW_STATE
        assert self.set_aside(index_dir)  # the file as it was

    def test_a_whoosh_commit_that_fails_throws_the_rows_set_aside_away(self, index_dir, monkeypatch):
        from lawnews.index.store import segwriter

        def full(writer, *args, **kwargs):
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patched:
            patched.setattr(segwriter.GroupingSegmentWriter, "commit", full)
            with pytest.raises(lawnews.LawNewsError):
                lawnews.build_index([self.source(index_dir)], index_dir)
        assert self.set_aside(index_dir) == []
        assert self.state(index_dir) == self.OLD_STATE

    def test_a_next_writer_throws_away_rows_a_killed_one_set_aside_for_a_commit_that_never_came(self, index_dir):
        self.killed(index_dir, "before")
        generation = json.loads(self.set_aside(index_dir)[0][1])[0]
        with lawnews.NewsIndex.open(index_dir) as ix:
            assert ix._ix.latest_generation() < generation
            with ix.writer():
                assert self.set_aside(index_dir) == []
        assert self.state(index_dir) == self.OLD_STATE
