"""An index kept for months: a rebuild through a symlinked index folder, a rebuild
killed between moving the old index aside and the new one in, two builds at once,
a full disk, and what an update says it did. Pages are made up."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

PAGES = {
    "a.txt": ("荆州法院交叉执行化解积案\n\n本报讯 近日，荆州市中级人民法院通报全市法院开展交叉执行工作的情况，"
              "共选取长期未结的执行案件三百二十件，由异地法院交叉办理，执行到位金额达四亿六千万元。\n"),
    "b.txt": ("岳阳法院设立执行事务中心\n\n本报讯 岳阳市中级人民法院执行事务中心正式运行，"
              "当事人可以在中心一站式办理立案、查询、领款等执行事务，办理时间平均缩短一半。\n"),
    "c.txt": ("常德法院推进执转破\n\n本报讯 常德市中级人民法院推进执行案件移送破产审查工作，"
              "全年移送破产审查案件四十二件，清理僵尸企业二十余家，释放土地厂房等资源。\n"),
}


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, text in PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    return pages


def ids(index_dir) -> set[str]:
    with lawnews.NewsIndex.open(index_dir) as ix:
        return {a.id for a in ix.articles()}


def dead_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_a_rebuild_through_a_symlinked_index_folder_replaces_the_index_the_link_names(folder, tmp_path):
    real = tmp_path / "disk" / "ix"
    real.parent.mkdir()
    lawnews.build_index([folder], real)
    link = tmp_path / "ix"
    link.symlink_to(real, target_is_directory=True)
    (folder / "c.txt").unlink()
    lawnews.build_index([folder], link, rebuild=True)
    assert link.is_symlink() and os.path.realpath(link) == str(real)
    assert ids(real) == ids(link) == {"a#1", "b#1"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk", "ix", "pages"]
    assert [p.name for p in real.parent.iterdir()] == ["ix"]


def test_an_index_moved_aside_by_a_rebuild_killed_mid_swap_is_put_back(folder, tmp_path):
    path = tmp_path / "ix"
    lawnews.build_index([folder], path)
    pid = dead_pid()
    # the rebuild's two moves: the old index aside, then the new one in; killed in between
    path.rename(tmp_path / f".ix.old-{pid}-1")
    (tmp_path / f".ix.building-{pid}-2").mkdir()
    assert ids(path) == {"a#1", "b#1", "c#1"}  # a reader finds the last committed index
    (folder / "d.txt").write_text(PAGES["a.txt"].replace("荆州", "宜昌"), encoding="utf-8")
    report = lawnews.build_index(None, path)  # the nightly update, from the folders it recorded
    assert report.articles == 1 and report.unchanged == 3
    assert ids(path) == {"a#1", "b#1", "c#1", "d#1"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix", "pages"]


def no_room(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["add_document", "_flush_segment", "_commit_toc"])
def test_a_full_disk_while_an_update_writes_is_said_and_leaves_the_index_as_it_was(folder, tmp_path, monkeypatch,
                                                                                   step):
    from lawnews.index.store.segwriter import GroupingSegmentWriter

    path = tmp_path / "ix"
    lawnews.build_index([folder], path)
    before = sorted(p.name for p in path.iterdir())
    (folder / "a.txt").write_text(PAGES["a.txt"] + "又讯 荆州法院再次开展集中执行。\n", encoding="utf-8")
    (folder / "d.txt").write_text(PAGES["b.txt"].replace("岳阳", "益阳"), encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(GroupingSegmentWriter, step, no_room)  # adding, writing the segment, its table of contents
        with pytest.raises(lawnews.IndexWriteError, match="No space left on device") as caught:
            lawnews.build_index([folder], path)
    assert caught.value.path == str(path) and "keeps what it last committed" in str(caught.value)
    assert ids(path) == {"a#1", "b#1", "c#1"}
    # the segment half written and the writer's temporary files are gone, and its lock is free
    assert sorted(p.name for p in path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == before
    with lawnews.NewsIndex.open(path) as ix, ix.writer(timeout=0):
        pass
    report = lawnews.build_index([folder], path)  # room again: the next run finishes the job
    assert (report.files, report.unchanged) == (2, 2)
    assert ids(path) == {"a#1", "b#1", "c#1", "d#1"}
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.search("再次开展集中执行").total == 1


def test_the_command_line_says_a_full_disk_in_one_line(folder, tmp_path, monkeypatch):
    from lawnews.index.store.segwriter import GroupingSegmentWriter

    path = tmp_path / "ix"
    lawnews.build_index([folder], path)
    (folder / "d.txt").write_text(PAGES["b.txt"].replace("岳阳", "益阳"), encoding="utf-8")
    monkeypatch.setattr(GroupingSegmentWriter, "_flush_segment", no_room)
    result = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(path)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: could not write the index at {path}: No space left on device;")
    assert "Traceback" not in result.output


def test_an_index_on_a_disk_filled_by_something_else_is_still_searched(folder, tmp_path, monkeypatch):
    import sqlite3

    from lawnews.index.store import sidestore

    path = tmp_path / "ix"
    lawnews.build_index([folder], path)
    connect = sqlite3.connect

    class FullDisk:  # SQLite cannot make its shared-memory file: every WAL open fails
        def __init__(self, con):
            self._con = con

        def execute(self, sql, *args):
            if sql.startswith("PRAGMA journal_mode"):
                raise sqlite3.OperationalError("disk I/O error")
            return self._con.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._con, name)

    def full(database, *args, uri=False, **kwargs):
        con = connect(database, *args, uri=uri, **kwargs)
        return con if uri else FullDisk(con)

    monkeypatch.setattr(sidestore.sqlite3, "connect", full)
    monkeypatch.setattr(sidestore.shutil, "disk_usage", lambda folder: SimpleNamespace(total=1, used=1, free=0))
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.stats()["articles"] == 3
        assert [h.article_id for h in ix.search("交叉执行").hits] == ["a#1"]


HOLD = """
import sys, time
from lawnews.index.store.locks import build_lock
with build_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def held(folder, tmp_path):
    """An index whose build lock another process holds (a nightly build running)."""
    path = tmp_path / "ix"
    lawnews.build_index([folder], path)
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield path, proc
    proc.kill()
    proc.wait()


def test_a_second_build_says_which_process_builds_the_index_and_since_when(held, folder):
    path, proc = held
    (folder / "d.txt").write_text(PAGES["b.txt"].replace("岳阳", "益阳"), encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(path)])
    assert result.exit_code == 1
    assert time.monotonic() - started < 5  # said at once, not after a wait
    (line,) = result.output.splitlines()
    assert line.startswith(f"Error: another process is building the index at {path} (process {proc.pid}, `-c {path}`,"
                           f" since {time.strftime('%Y-%m-%d')} ")
    assert line.endswith("); run again once it has finished, or add --wait to wait for it")
    with pytest.raises(lawnews.IndexLockedError, match="pass wait=True to wait for it"):
        lawnews.build_index([folder], path, wait=False)
    assert ids(path) == {"a#1", "b#1", "c#1"}


def test_a_build_asked_to_wait_goes_on_once_the_other_has_finished_or_was_killed(held, folder):
    import threading

    path, proc = held
    (folder / "d.txt").write_text(PAGES["b.txt"].replace("岳阳", "益阳"), encoding="utf-8")
    done: list[object] = []
    waiting = threading.Thread(target=lambda: done.append(lawnews.build_index([folder], path, wait=True)))
    waiting.start()
    waiting.join(1.0)
    assert waiting.is_alive() and not done  # waiting for the other build
    proc.kill()  # a power cut for the other build: its lock ends with it
    waiting.join(60)
    assert done and ids(path) == {"a#1", "b#1", "c#1", "d#1"}
    lawnews.build_index([folder], path, wait=False)  # nothing is left that blocks


def test_an_update_says_which_files_were_new_changed_unchanged_and_gone(folder, tmp_path):
    path = tmp_path / "ix"
    assert lawnews.build_index([folder], path).to_dict()["updated"] == 0
    (folder / "a.txt").write_text(PAGES["a.txt"] + "又讯 荆州法院再次开展集中执行。\n", encoding="utf-8")
    (folder / "b.txt").rename(folder / "b2.txt")  # renamed: its articles go with the old name, come with the new
    (folder / "c.txt").write_bytes(PAGES["c.txt"].encode("gb18030"))  # saved again in another encoding
    (folder / "d.txt").write_text(PAGES["b.txt"].replace("岳阳", "益阳"), encoding="utf-8")
    report = lawnews.build_index([folder], path)
    account = report.to_dict()
    assert (account["files"], account["added"], account["updated"], account["unchanged"]) == (4, 2, 2, 0)
    assert account["gone"] == [{"file": "b.txt", "articles": 1}]
    assert ids(path) == {"a#1", "b2#1", "c#1", "d#1"}
    with lawnews.NewsIndex.open(path) as ix:
        assert ix.stats()["articles"] == 4
    (folder / "d.txt").write_text(PAGES["b.txt"].replace("岳阳", "衡阳"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:3] == [
        "1 file changed since indexed, its earlier articles replaced",
        "3 files unchanged since indexed, not read again (--reread reads them)"]


BUILDING = """
import sys, time
import lawnews
from lawnews.index.store.locks import build_lock
with build_lock(sys.argv[1]), lawnews.NewsIndex.open(sys.argv[1]) as ix, ix.writer():
    print("writing", flush=True)
    time.sleep(60)
"""


def test_a_script_adding_while_a_build_writes_is_told_which_build(folder, tmp_path):
    path = tmp_path / "ix"
    lawnews.build_index([folder], path)
    proc = subprocess.Popen([sys.executable, "-c", BUILDING, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
        with lawnews.NewsIndex.open(path) as ix:
            with pytest.raises(lawnews.IndexLockedError) as caught:
                ix.writer(timeout=0.2)
            assert ix.search("交叉执行").total == 1  # searching goes on meanwhile
    finally:
        proc.kill()
        proc.wait()
    assert str(caught.value).startswith(f"another process (process {proc.pid}, `-c {path}`, since ")
    assert str(caught.value).endswith(") is writing to this index; wait for it to finish and try again")
