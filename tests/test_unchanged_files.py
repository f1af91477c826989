"""An update does not read again the files unchanged since the index took their
articles (index/store/files.py): same size and modification time, same lawnews and
tagger, every article still in the index. Pages are made up for the purpose."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store import files as files_module

PAGE_A = ("荆州法院交叉执行化解积案\n\n本报讯 近日，荆州市中级人民法院通报全市法院开展交叉执行工作的情况，"
          "共选取长期未结的执行案件三百二十件，由异地法院交叉办理，执行到位金额达四亿六千万元。\n")
PAGE_B = ("岳阳法院设立执行事务中心\n\n本报讯 岳阳市中级人民法院执行事务中心正式运行，"
          "当事人可以在中心一站式办理立案、查询、领款等执行事务，办理时间平均缩短一半。\n")


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE_A, encoding="utf-8")
    (pages / "b.txt").write_text(PAGE_B, encoding="utf-8")
    return pages


def build(folder, index_dir, **kw) -> lawnews.IngestReport:
    return lawnews.build_index([folder], index_dir, **kw)


def contents(index_dir) -> dict[str, str]:
    with lawnews.NewsIndex.open(index_dir) as ix:
        return {h.article_id: h.title for h in ix.search("法院", limit=100).hits}


def test_an_update_reads_no_unchanged_file_and_keeps_its_articles(folder, tmp_path):
    first = build(folder, tmp_path / "ix")
    assert (first.files, first.unchanged) == (2, 0)
    before = contents(tmp_path / "ix")
    again = build(folder, tmp_path / "ix")
    assert (again.files, again.articles, again.sections, again.unchanged) == (0, 0, 0, 2)
    assert again.skipped == []
    assert contents(tmp_path / "ix") == before
    assert again.to_dict()["unchanged"] == 2


def test_a_changed_file_is_read_again_and_replaces_its_articles(folder, tmp_path):
    build(folder, tmp_path / "ix")
    (folder / "a.txt").write_text(PAGE_A.replace("荆州法院交叉执行化解积案", "荆州法院交叉执行再结硕果"), encoding="utf-8")
    report = build(folder, tmp_path / "ix")
    assert (report.files, report.unchanged) == (1, 1)
    titles = set(contents(tmp_path / "ix").values())
    assert "荆州法院交叉执行再结硕果" in titles and "荆州法院交叉执行化解积案" not in titles


def test_a_file_with_a_new_modification_time_is_read_again(folder, tmp_path):
    build(folder, tmp_path / "ix")
    st = (folder / "b.txt").stat()
    os.utime(folder / "b.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    report = build(folder, tmp_path / "ix")
    assert (report.files, report.unchanged) == (1, 1)


def test_reread_reads_every_file(folder, tmp_path):
    build(folder, tmp_path / "ix")
    report = build(folder, tmp_path / "ix", reread=True)
    assert (report.files, report.unchanged) == (2, 0)
    assert build(folder, tmp_path / "ix").unchanged == 2  # and records them again


@pytest.mark.parametrize("what", ["file", "article"])
def test_a_file_whose_articles_were_removed_is_read_again_once_named(folder, tmp_path, what):
    build(folder, tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert (ix.remove(file="a.txt") if what == "file" else ix.remove(article_id="a#1"))
    build(folder, tmp_path / "ix")
    assert "a#1" not in contents(tmp_path / "ix")  # kept out of the folder's updates
    report = lawnews.build_index([folder / "a.txt", folder], tmp_path / "ix")  # named: taken back
    assert (report.files, report.unchanged) == (1, 1)
    assert "a#1" in contents(tmp_path / "ix")


def test_another_lawnews_reads_every_file_again(folder, tmp_path, monkeypatch):
    build(folder, tmp_path / "ix")
    monkeypatch.setattr(files_module, "__version__", "99.0")
    assert build(folder, tmp_path / "ix").files == 2


def test_a_file_that_now_gives_nothing_loses_its_row_and_its_articles(folder, tmp_path):
    build(folder, tmp_path / "ix")
    (folder / "b.txt").write_text("", encoding="utf-8")
    report = build(folder, tmp_path / "ix")
    assert [s.path for s in report.skipped] == [str(folder / "b.txt")]
    assert "b#1" not in contents(tmp_path / "ix")
    (folder / "b.txt").write_text(PAGE_B, encoding="utf-8")
    assert build(folder, tmp_path / "ix").files == 1
    assert "b#1" in contents(tmp_path / "ix")


def test_an_update_that_fails_leaves_the_next_one_to_read_the_file(folder, tmp_path, monkeypatch):
    build(folder, tmp_path / "ix")
    (folder / "c.txt").write_text(PAGE_B.replace("岳阳", "常德"), encoding="utf-8")
    from lawnews.index.store import writer as writer_module

    def fail(self, article):
        raise OSError("disk full")
    monkeypatch.setattr(writer_module.IndexWriter, "_write", fail)  # each article an update writes
    with pytest.raises(OSError):
        build(folder, tmp_path / "ix")
    monkeypatch.undo()
    report = build(folder, tmp_path / "ix")
    assert (report.files, report.unchanged) == (1, 2)
    assert "c#1" in contents(tmp_path / "ix")


def test_an_unchanged_pdf_is_not_read_again(tmp_path, monkeypatch):
    epaper = pytest.importorskip("epaper")
    pytest.importorskip("reportlab")
    pages = tmp_path / "pdf"
    pages.mkdir()
    epaper.two_column_pdf(pages / "rmfyb_20240315_4.pdf")
    first = build(pages, tmp_path / "ix")
    assert first.files == 1 and first.articles >= 2
    from lawnews.index.ingest import pdf as pdf_module

    def never(*_a, **_k):
        raise AssertionError("an unchanged PDF was read again")
    monkeypatch.setattr(pdf_module, "read_pdf", never)
    again = build(pages, tmp_path / "ix")
    assert (again.files, again.unchanged, again.articles) == (0, 1, 0)


def test_statute_files_are_read_every_time(tmp_path, monkeypatch):
    """They also fill the statute collection, which may have changed or gone since."""
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    law = "中华人民共和国民事诉讼法"
    path = tmp_path / "statutes.jsonl"
    path.write_text(json.dumps({"id": "L1#第一条", "title": f"{law} 第一条", "text": "第一条条文。",
                                "date": "2021-12-24", "law": law}, ensure_ascii=False) + "\n", encoding="utf-8")
    build(path, tmp_path / "ix")
    assert build(path, tmp_path / "ix").files == 1



def test_an_unchanged_statute_file_read_again_is_not_said_to_have_changed(folder, tmp_path, monkeypatch):
    """The account says why a statute file is read again (every update reads it), not that it
    changed, beside a page that did change."""
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    law = "中华人民共和国民事诉讼法"
    (folder / "statutes.jsonl").write_text(json.dumps({"id": "L1#第一条", "title": f"{law} 第一条", "text": "第一条条文。",
                                                       "date": "2021-12-24", "law": law}, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    args = ["index", str(folder), "--index-dir", str(tmp_path / "ix"), "-q"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert " file changed since indexed" not in again.output, again.output
    assert "1 statute file read again, as every update reads them (they fill the statute collection)" in again.output
    assert "2 files unchanged since indexed" in again.output
    (folder / "a.txt").write_text(PAGE_A.replace("荆州法院交叉执行化解积案", "荆州法院交叉执行再结硕果"), encoding="utf-8")
    changed = CliRunner().invoke(cli, args).output
    assert "1 file changed since indexed, its earlier articles replaced" in changed, changed
    assert "1 statute file read again" in changed, changed

def test_the_command_line_says_which_files_were_not_read_again(folder, tmp_path):
    (folder / "README.md").write_text("说明", encoding="utf-8")
    runner = CliRunner()
    args = ["index", str(folder), "--index-dir", str(tmp_path / "ix"), "-q"]
    assert runner.invoke(cli, args).exit_code == 0
    again = runner.invoke(cli, args)
    assert again.exit_code == 0, again.output  # a skipped README is no failure when the rest is unchanged
    assert "2 files unchanged since indexed, not read again (--reread reads them)" in again.output
    reread = runner.invoke(cli, [*args, "--reread", "--json"])
    assert json.loads(reread.output)["unchanged"] == 0 and json.loads(reread.output)["files"] == 2
    said = runner.invoke(cli, [*args, "--reread"]).output  # read again, not said to have changed
    assert "2 files read again (--reread), their earlier articles replaced" in said and "changed" not in said


def test_a_dry_run_update_reads_only_the_files_the_update_would(folder, tmp_path):
    build(folder, tmp_path / "ix")
    (folder / "a.txt").write_text(PAGE_A.replace("荆州法院交叉执行化解积案", "荆州法院交叉执行再结硕果"), encoding="utf-8")
    before = sorted(p.name for p in (tmp_path / "ix").iterdir())
    dry = build(folder, tmp_path / "ix", dry_run=True)
    assert (dry.files, dry.articles, dry.unchanged) == (1, 1, 1)
    assert sorted(p.name for p in (tmp_path / "ix").iterdir()) == before
    assert "荆州法院交叉执行化解积案" in contents(tmp_path / "ix").values()  # nothing written
    assert (build(folder, tmp_path / "ix", dry_run=True, reread=True).files,
            build(folder, tmp_path / "ix", dry_run=True, rebuild=True).files) == (2, 2)
