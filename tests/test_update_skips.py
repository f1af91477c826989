"""An update that does not read a file again (unchanged since the index took its
articles) still lists what that file's reading left out or warned about: the records of a
JSONL file skipped, a headline-only page, bad bytes, a province that names none. The
account of an update equals that of a fresh build over the same files. Inputs are made up
for the purpose."""

from __future__ import annotations

import json

import pytest

import lawnews

RECORDS = [
    {"id": "u1", "title": "交叉执行见成效", "text": "某市中级人民法院组织交叉执行，执行到位金额明显上升。"},
    {"id": "u2", "title": "缺少正文的记录"},
    [1, 2],
    {"id": "u3", "title": "执行工作推进会", "text": "法院召开执行工作推进会。", "province": "火星省"},
]


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "recs.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                                       encoding="utf-8")
    (folder / "headline.txt").write_text("只有标题的一页\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes("执行报道\n\n法院执行工作取得新进展，群众".encode() + b"\xff" + "满意。\n".encode())
    return folder


def _account(report):
    return ([s.to_dict() for s in report.skipped], [w.to_dict() for w in report.warnings])


def test_an_update_lists_the_skips_and_warnings_of_unchanged_files_as_a_fresh_build(tmp_path):
    folder = _folder(tmp_path)
    fresh = lawnews.build_index([folder], tmp_path / "ix")
    skipped, warnings = _account(fresh)
    assert len(skipped) == 2 and len(warnings) == 3  # two records left out; headline, bad byte, province
    update = lawnews.build_index([folder], tmp_path / "ix")
    assert update.unchanged == 3 and update.files == 0
    assert _account(update) == (skipped, warnings)
    dry = lawnews.build_index([folder], tmp_path / "ix", dry_run=True)
    assert _account(dry) == (skipped, warnings)


def test_a_file_read_again_replaces_the_skips_it_had(tmp_path):
    folder = _folder(tmp_path)
    lawnews.build_index([folder], tmp_path / "ix")
    (folder / "recs.jsonl").write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    update = lawnews.build_index([folder], tmp_path / "ix")
    assert update.files == 1
    assert [s.path for s in update.skipped] == []
    assert sorted(w.reason.split(":")[0] for w in update.warnings) == ["1 bad byte (not UTF-8) read as \ufffd (U+FFFD)",
                                                                      "headline only, no body text"]
    again = lawnews.build_index([folder], tmp_path / "ix")
    assert _account(again) == _account(update)


def test_a_moved_folder_names_the_skips_of_its_unchanged_files_where_they_are_now(tmp_path):
    folder = _folder(tmp_path)
    lawnews.build_index([folder], tmp_path / "ix")
    moved = folder.rename(tmp_path / "moved")
    update = lawnews.build_index([moved], tmp_path / "ix")
    assert all(s.path.startswith(str(moved)) for s in update.skipped + update.warnings)


def test_an_update_lists_the_pages_of_an_unchanged_pdf_that_gave_no_text(tmp_path):
    pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    import epaper

    folder = tmp_path / "pdf"
    folder.mkdir()
    epaper.multipage_pdf(folder / "paper.pdf", scanned_between=True)
    fresh = lawnews.build_index([folder], tmp_path / "ix")
    assert [s.path for s in fresh.skipped] == [f"{folder / 'paper.pdf'}:page 2"]
    update = lawnews.build_index([folder], tmp_path / "ix")
    assert update.unchanged == 1
    assert _account(update) == _account(fresh)


#: An update of the index at argv[3] from the folder at argv[2] that dies (os._exit: no clean-up)
#: when the argv[1]-th COMMIT is about to run on files.sqlite: after its Whoosh commit, at a step
#: of keeping the file record (which files were read, what their reading skipped or warned about).
_KILLED_AT_FILE_COMMIT = """
import os, sys
from lawnews.index.store import files
import lawnews
connect = files.FileStore._connect
seen = []
def traced(self):
    con = connect(self)
    def trace(statement):
        if statement.strip().upper().startswith("COMMIT"):
            seen.append(statement)
            if len(seen) == int(sys.argv[1]):
                os._exit(9)
    con.set_trace_callback(trace)
    return con
files.FileStore._connect = traced
lawnews.build_index([sys.argv[2]], sys.argv[3])
"""


@pytest.mark.parametrize("at", [1, 2, 3])
def test_an_update_killed_while_it_keeps_the_file_record_leaves_it_in_step_with_the_index(tmp_path, at):
    import subprocess
    import sys

    folder = _folder(tmp_path)
    lawnews.build_index([folder], tmp_path / "ix")
    (folder / "recs.jsonl").write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n" +
                                       json.dumps(RECORDS[3], ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "headline.txt").write_text("只有标题的一页\n\n如今它有了正文：法院执行工作取得新进展。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _KILLED_AT_FILE_COMMIT, str(at), str(folder), str(tmp_path / "ix")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 9), done.stderr
    update = lawnews.build_index([folder], tmp_path / "ix")
    fresh = lawnews.build_index([folder], tmp_path / "fresh")
    assert _account(update) == _account(fresh)  # no skip of the records gone, no headline-only warning
    assert [s.path for s in update.skipped] == []
