"""An index in a folder this process cannot write to (a read-only mount, a folder of
another user) is searched as it is; a change to it is an IndexReadOnlyError saying so,
never SQLite's 'unable to open database file' or a PermissionError."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

import lawnews

ARTICLES = [
    {"id": "r1", "title": "长沙法院集中执行", "date": "2024-03-01", "text": "长沙市中级人民法院开展集中执行行动，执行到位一百万元。"},
    {"id": "r2", "title": "岳阳调解纠纷", "date": "2023-05-02", "text": "岳阳县人民法院诉前调解纠纷三十件，执行和解五件。"},
]


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` made read-only for this process while the block runs: by its permissions,
    or, for root (whom permissions let by), as an immutable folder; skipped where neither holds."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield
        finally:
            folder.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)],
                                                       capture_output=True).returncode != 0:
        pytest.skip("no way to make a folder read-only for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.fixture()
def index_dir(tmp_path: Path) -> Path:
    path = tmp_path / "index"
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    return path


def test_an_index_in_a_read_only_folder_is_searched_as_it_is(index_dir):
    with read_only(index_dir), lawnews.NewsIndex.open(index_dir) as ix:
        results = ix.search("执行")
        assert {h.article_id for h in results.hits} == {"r1", "r2"}
        assert ix.facets("调解")["total"] == 1
        assert ix.trends("执行", every="year").total == 2
        assert ix.show("r1").article.title == "长沙法院集中执行"
        assert ix.stats()["articles"] == 2
        assert [h.article_id for h in ix.similar("r1").hits] == ["r2"]


def test_a_change_to_an_index_in_a_read_only_folder_says_it_is_read_only(index_dir, tmp_path):
    (tmp_path / "more.jsonl").write_text('{"id": "r3", "title": "执行", "text": "执行工作"}\n', encoding="utf-8")
    with read_only(index_dir):
        with lawnews.NewsIndex.open(index_dir) as ix:
            for change in (lambda: ix.add_articles([{"id": "r3", "title": "执行", "text": "执行工作"}]),
                           lambda: ix.remove(article_id="r1"),
                           lambda: ix.remove_all(article_ids=["r1"]),
                           lambda: ix.add(tmp_path / "more.jsonl")):
                with pytest.raises(lawnews.IndexReadOnlyError, match=f"the index at {index_dir} is read-only"):
                    change()
            assert ix.search("执行").total == 2
        for rebuild in (False, True):
            with pytest.raises(lawnews.IndexReadOnlyError, match="read-only"):
                lawnews.build_index(tmp_path / "more.jsonl", index_dir, rebuild=rebuild)
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.add_articles([{"id": "r3", "title": "执行", "text": "执行工作"}]) == 1  # writable again
