"""An index kept inside the folder it indexes (news/ and news/index) is no input: its own
files and the working folder of its build are not listed as skipped, on a first build,
an update or NewsIndex.add. Pages are made up for the purpose."""

from __future__ import annotations

import lawnews

PAGE = "法院执行报道\n\n本报讯 某市中级人民法院开展执行攻坚，执行到位金额明显上升，群众满意。\n"


def _news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")  # an input of its own, skipped
    return folder


def test_the_index_inside_the_folder_it_reads_is_no_skipped_input(tmp_path):
    folder = _news(tmp_path)
    index_dir = folder / "index"
    first = lawnews.build_index([folder], index_dir)
    update = lawnews.build_index([folder], index_dir)
    dry = lawnews.build_index([folder], index_dir, dry_run=True)
    with lawnews.NewsIndex.open(index_dir) as ix:
        added = ix.add([folder])
    for report in (first, update, dry, added):
        assert [s.path for s in report.skipped] == [str(folder / "notes.csv")]
    assert (first.articles, update.unchanged) == (1, 1)
