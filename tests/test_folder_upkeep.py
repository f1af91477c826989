"""A folder of one's own news kept up to date for a month: what an update says it did
equals what the index then holds, whatever happened to the files (copied, linked, made
unreadable, replaced). Pages and records are made up."""

from __future__ import annotations

import json
import os

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

TEXT = ("{place}法院推进执行工作\n\n本报讯 近日，{place}市中级人民法院通报全市法院执行工作情况，全年执结案件{n}件，"
        "执行到位金额同比增长三成。据介绍，该院成立专门工作小组，逐案梳理问题清单，明确责任人和完成时限，"
        "并与公安、检察等部门完善信息共享机制，推动形成工作合力，切实维护当事人合法权益。\n")
RECORDS = [{"id": "r1", "title": "益阳法院推行诉源治理", "date": "2024-01-02",
            "text": "益阳市中级人民法院推行诉源治理，全年诉前调解纠纷两千件，调解成功率过半。"},
           {"id": "r2", "title": "衡阳法院开展司法救助", "date": "2024-02-03",
            "text": "衡阳市中级人民法院开展司法救助工作，为困难当事人发放救助金一百万元。"}]


def page(place: str, n: int = 100) -> str:
    return TEXT.format(place=place, n=n)


def news_folder(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "荆州.txt").write_text(page("荆州"), encoding="utf-8")
    (folder / "sub" / "岳阳 报道.txt").write_text(page("岳阳"), encoding="utf-8")
    (folder / "export.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                                         encoding="utf-8")
    return folder


def held(index_dir) -> dict[str, str]:
    """Each article id the index holds, with its file."""
    with lawnews.NewsIndex.open(index_dir) as ix:
        return {a.id: a.file for a in ix.articles()}


def test_a_jsonl_export_copied_under_another_name_is_skipped_at_its_own_path(tmp_path, monkeypatch):
    folder = news_folder(tmp_path)
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    (folder / "sub" / "export 副本.jsonl").write_bytes((folder / "export.jsonl").read_bytes())
    report = lawnews.build_index(folder, index_dir)
    clashes = [s for s in report.skipped if "id clash" in s.reason]
    assert [s.path for s in clashes] == [str(folder / "sub" / "export 副本.jsonl")] * 2
    assert report.files == 0 and held(index_dir)["r1"] == "export.jsonl"
    monkeypatch.chdir(tmp_path)  # the command line names it relative to the current folder
    result = CliRunner().invoke(cli, ["index", "news", "--index-dir", "ix"])
    assert result.exit_code == 0, result.output
    assert "  news/sub/export 副本.jsonl: id clash: article r1 is already the id" in result.output


def test_a_copy_added_from_the_library_is_skipped_at_its_own_path(tmp_path):
    folder = news_folder(tmp_path)
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add(folder)
        copy = folder / "sub" / "again.jsonl"
        copy.write_bytes((folder / "export.jsonl").read_bytes())
        report = ix.add(copy)
    assert {s.path for s in report.skipped} == {str(copy)}


def test_a_symlink_whose_file_was_deleted_takes_its_articles_out(tmp_path):
    folder = news_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "常德.txt").write_text(page("常德"), encoding="utf-8")
    (folder / "常德.txt").symlink_to(elsewhere / "常德.txt")
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    assert "常德#1" in held(index_dir)
    (elsewhere / "常德.txt").unlink()  # the link is left dangling
    report = lawnews.build_index(folder, index_dir)
    assert report.gone == {"常德.txt": 1}
    assert "常德#1" not in held(index_dir)
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.stats()["articles"] == 4 and ix.search("常德").total == 0


def test_the_files_of_a_folder_that_cannot_be_read_now_keep_their_articles(tmp_path, monkeypatch):
    folder = news_folder(tmp_path)
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    shut = str(folder / "sub")
    real_stat, real_lstat, real_scandir = os.stat, os.lstat, os.scandir

    def refused(real):
        def call(path=".", *args, **kwargs):
            named = os.fspath(path) if isinstance(path, (str, os.PathLike)) else ""  # not a descriptor
            if named.startswith(shut + os.sep) or (real is real_scandir and named == shut):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path, *args, **kwargs)
        return call

    # what a folder made unreadable (chmod 000) looks like to a user who is not root
    monkeypatch.setattr(os, "stat", refused(real_stat))
    monkeypatch.setattr(os, "lstat", refused(real_lstat))
    monkeypatch.setattr(os, "scandir", refused(real_scandir))
    report = lawnews.build_index(folder, index_dir)
    monkeypatch.undo()
    assert report.gone == {}
    assert held(index_dir)["sub/岳阳 报道#1"] == "sub/岳阳 报道.txt"


def test_a_dry_run_says_what_the_update_then_does(tmp_path):
    folder = news_folder(tmp_path)
    (folder / "常德.txt").write_text(page("常德"), encoding="utf-8")
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    (folder / "荆州.txt").write_text("", encoding="utf-8")  # made empty
    (folder / "常德.txt").write_text(page("常德", 250), encoding="utf-8")  # edited in place
    (folder / "sub" / "岳阳 报道.txt").rename(folder / "岳阳 报道.txt")  # moved up
    (folder / "export (1).jsonl").write_bytes((folder / "export.jsonl").read_bytes())  # copied
    (folder / "郴州.txt").write_text(page("郴州"), encoding="utf-8")  # new
    dry = lawnews.build_index(folder, index_dir, dry_run=True).to_dict()
    real = lawnews.build_index(folder, index_dir).to_dict()
    for account in (dry, real):
        account.pop("took_s"), account.pop("dry_run", None)
    for skip in dry["skipped"]:
        skip["reason"] = skip["reason"].replace("would be removed from the index", "was removed from the index")
    assert dry == real
    assert (real["files"], real["added"], real["updated"]) == (3, 2, 1)
    assert {(s["path"], s.get("removed")) for s in real["skipped"]} == {(str(folder / "荆州.txt"), 1),
                                                                         (str(folder / "export (1).jsonl"), None)}
    assert len(held(index_dir)) == 5  # 常德, 郴州, 岳阳 报道 (moved), r1, r2


def test_a_dry_run_on_the_command_line_names_the_files_changed(tmp_path):
    folder = news_folder(tmp_path)
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    (folder / "荆州.txt").write_text(page("荆州", 250), encoding="utf-8")
    (folder / "郴州.txt").write_text(page("郴州"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(index_dir), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == ("1 file changed since indexed, its earlier articles would be replaced;"
                                             " 1 file new to the index")


def test_an_update_that_reads_new_files_alone_says_they_are_new(tmp_path):
    folder = news_folder(tmp_path)
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    (folder / "郴州.txt").write_text(page("郴州"), encoding="utf-8")
    (folder / "sub" / "岳阳 报道.txt").unlink()
    result = CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:4] == [
        "1 file new to the index",
        "2 files unchanged since indexed, not read again (--reread reads them)",
        "removed the articles of 1 file gone from the folders read:"]


def test_a_file_written_again_with_its_size_and_time_kept_is_read_again(tmp_path):
    folder = news_folder(tmp_path)
    index_dir = tmp_path / "ix"
    lawnews.build_index(folder, index_dir)
    path = folder / "荆州.txt"
    before = path.stat()
    path.write_text(page("荆门"), encoding="utf-8")  # other articles, as many bytes
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # its time kept, as cp -p or an archive keeps it
    assert path.stat().st_size == before.st_size
    report = lawnews.build_index(folder, index_dir)
    assert (report.updated, report.unchanged) == (1, 2)
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.article("荆州#1").title == "荆门法院推进执行工作"
    assert lawnews.build_index(folder, index_dir).unchanged == 3  # then unchanged again
