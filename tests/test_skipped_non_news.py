"""A file that is no news (a table of room bookings, a duty roster saved as .txt) is
skipped saying what it holds instead of article text, and a skipped file is named the
same way on a first build and on the updates that read it again."""

from __future__ import annotations

import pytest

import lawnews

from .support import run_cli

BOOKINGS = ("会议室 | 日期 | 时间 | 预订人\n---|---|---|---\n第一会议室 | 3月1日 | 09:00 | 张三\n"
            "第二会议室 | 3月2日 | 14:00 | 李四\n第一会议室 | 3月3日 | 10:00 | 王五\n")
TABBED = "会议室\t日期\t预订人\n第一会议室\t3月1日\t张三\n第二会议室\t3月2日\t李四\n"
ROSTER = "值班安排\n周一 张三\n周二 李四\n周三 王五\n周四 赵六\n"
NEWS = ("青山法院执行简讯\n\n本报讯 近日，青山市人民法院集中清理执行积案，"
        "执结案件一百二十件，执行到位金额三千万元。该院表示，将继续加大执行力度。\n")


def _reasons(report):
    return {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}


def test_a_table_or_a_list_is_skipped_saying_what_it_holds(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bookings.txt").write_text(BOOKINGS, encoding="utf-8")
    (src / "roster.txt").write_text(ROSTER, encoding="utf-8")
    (src / "news.txt").write_text(NEWS, encoding="utf-8")
    report = lawnews.build_index([src], tmp_path / "ix")
    reasons = _reasons(report)
    assert reasons["bookings.txt"] == "no article text found: a table of 4 lines"
    assert reasons["roster.txt"] == "no article text found: a list of 5 lines"
    assert "news.txt" not in reasons and report.articles == 1


def test_the_reason_says_a_table_of_tab_separated_cells():
    from lawnews.index.ingest.found import no_article

    assert no_article(TABBED) == "no article text found: a table of 3 lines"
    assert no_article("# 标题一\n\n## 标题二\n") == "no article text found"
    assert no_article("首页 新闻 关于我们", "in the saved web page") == "no article text found in the saved web page"


def test_skipped_files_are_named_alike_on_a_first_build_and_on_updates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bookings.txt").write_text(BOOKINGS, encoding="utf-8")
    (tmp_path / "in" / "news.txt").write_text(NEWS, encoding="utf-8")
    first = lawnews.build_index(["in"], "ix")
    again = lawnews.build_index(None, "ix")
    assert [s.path for s in first.skipped] == [s.path for s in again.skipped] == [str(tmp_path / "in" / "bookings.txt")]

    printed = []
    for args in (["index", "in", "--index-dir", "ix2"], ["index", "--index-dir", "ix2"],
                 ["index", "--index-dir", "ix2", "--reread"]):
        out = run_cli(*args).output
        printed.append([line.strip() for line in out.splitlines() if "bookings" in line])
    assert printed[0] == printed[1] == printed[2] == ["in/bookings.txt: no article text found: a table of 4 lines"]


def test_a_file_outside_the_current_folder_is_printed_by_its_absolute_path(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bookings.txt").write_text(BOOKINGS, encoding="utf-8")
    (tmp_path / "in" / "news.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    for args in (["index", "../in", "--index-dir", "ix"], ["index", "--index-dir", "ix"]):
        assert f"  {tmp_path / 'in' / 'bookings.txt'}: no article text found" in run_cli(*args).output
