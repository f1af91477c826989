"""An update of a folder removes the articles of the files gone from it since the
index took them (index/store/build.py ``gone_files``), and says so; files given one
by one, and files outside the folders read, are left alone. Pages are made up."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

PAGES = {
    "a.txt": ("荆州法院交叉执行化解积案\n\n本报讯 近日，荆州市中级人民法院通报全市法院开展交叉执行工作的情况，"
              "共选取长期未结的执行案件三百二十件，由异地法院交叉办理，执行到位金额达四亿六千万元。\n"),
    "b.txt": ("岳阳法院设立执行事务中心\n\n本报讯 岳阳市中级人民法院执行事务中心正式运行，"
              "当事人可以在中心一站式办理立案、查询、领款等执行事务，办理时间平均缩短一半。\n"),
    "sub/c.txt": ("常德法院推进执转破\n\n本报讯 常德市中级人民法院推进执行案件移送破产审查工作，"
                  "全年移送破产审查案件四十二件，清理僵尸企业二十余家，释放土地厂房等资源。\n"),
}


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    for name, text in PAGES.items():
        (pages / name).parent.mkdir(parents=True, exist_ok=True)
        (pages / name).write_text(text, encoding="utf-8")
    return pages


def files_in(index_dir) -> dict[str, int]:
    """Articles per file, as search results name the files."""
    with lawnews.NewsIndex.open(index_dir) as ix:
        out: dict[str, int] = {}
        for hit in ix.search("法院", limit=100).hits:
            out[hit.file] = out.get(hit.file, 0) + 1
        return out


def test_an_update_of_a_folder_removes_the_articles_of_a_file_gone_from_it(folder, tmp_path):
    lawnews.build_index([folder], tmp_path / "ix")
    assert set(files_in(tmp_path / "ix")) == {"a.txt", "b.txt", "sub/c.txt"}
    (folder / "b.txt").unlink()
    (folder / "sub" / "c.txt").unlink()
    report = lawnews.build_index([folder], tmp_path / "ix")
    assert report.gone == {"b.txt": 1, "sub/c.txt": 1}
    assert report.to_dict()["gone"] == [{"file": "b.txt", "articles": 1}, {"file": "sub/c.txt", "articles": 1}]
    assert files_in(tmp_path / "ix") == {"a.txt": 1}
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("执行事务中心").total == 0
        assert ix.facets("").get("mechanism", {}).get("执转破", 0) == 0
    again = lawnews.build_index([folder], tmp_path / "ix")
    assert again.gone == {}


def test_a_file_moved_to_another_folder_keeps_its_articles_under_its_new_name(folder, tmp_path):
    lawnews.build_index([folder], tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        before = {h.title for h in ix.search("法院", limit=100).hits}
    (folder / "moved").mkdir()
    shutil.move(str(folder / "a.txt"), str(folder / "moved" / "a.txt"))
    report = lawnews.build_index([folder], tmp_path / "ix")
    assert report.gone == {"a.txt": 1}
    assert report.skipped == []  # no clash with the ids of the file's old name
    assert files_in(tmp_path / "ix") == {"moved/a.txt": 1, "b.txt": 1, "sub/c.txt": 1}
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert {h.title for h in ix.search("法院", limit=100).hits} == before


def test_files_given_one_by_one_and_other_folders_are_left_alone(folder, tmp_path):
    lawnews.build_index([folder], tmp_path / "ix")
    (folder / "b.txt").unlink()
    (folder / "sub" / "c.txt").unlink()
    by_file = lawnews.build_index([folder / "a.txt"], tmp_path / "ix")
    assert by_file.gone == {}
    in_sub = lawnews.build_index([folder / "sub"], tmp_path / "ix")  # b.txt is not under sub/
    assert in_sub.gone == {"sub/c.txt": 1}
    assert files_in(tmp_path / "ix") == {"a.txt": 1, "b.txt": 1}


def test_a_dry_run_says_which_files_are_gone_and_removes_nothing(folder, tmp_path):
    lawnews.build_index([folder], tmp_path / "ix")
    (folder / "b.txt").unlink()
    report = lawnews.build_index([folder], tmp_path / "ix", dry_run=True)
    assert report.gone == {"b.txt": 1}
    assert files_in(tmp_path / "ix") == {"a.txt": 1, "b.txt": 1, "sub/c.txt": 1}


def test_the_command_line_lists_the_files_gone(folder, tmp_path):
    runner = CliRunner()
    ix = str(tmp_path / "ix")
    assert runner.invoke(cli, ["index", str(folder), "--index-dir", ix, "-q"]).exit_code == 0
    for name in PAGES:
        (folder / name).unlink()
    result = runner.invoke(cli, ["index", str(folder), "--index-dir", ix, "-q"])
    assert result.exit_code == 0, result.output  # nothing to read is no failure when files went
    assert "removed the articles of 3 files gone from the folders read:" in result.output
    assert "  sub/c.txt: 1 article" in result.output
    result = runner.invoke(cli, ["index", str(folder), "--index-dir", ix, "-q", "--json"])
    assert json.loads(result.output)["gone"] == []


def test_an_update_without_paths_reads_again_the_folders_the_index_was_built_from(folder, tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(folder, ix)
    (folder / "b.txt").unlink()
    (folder / "d.txt").write_text("石门法院开展集中执行\n\n本报讯 石门县人民法院开展集中执行行动，"
                                  "出动干警六十人次，执结案件四十件，执行到位金额八百万元。\n", encoding="utf-8")
    report = lawnews.build_index(index_dir=ix)  # no paths: the folder it was built from, not the bundled pages
    assert (report.articles, report.unchanged, report.gone) == (1, 2, {"b.txt": 1})
    with lawnews.NewsIndex.open(ix) as nix:
        assert sorted(a.file for a in nix.articles()) == ["a.txt", "d.txt", "sub/c.txt"]
    result = CliRunner().invoke(cli, ["index", "--index-dir", str(ix)])
    assert result.exit_code == 0 and "unchanged" in result.output


def test_an_index_of_ones_own_files_that_records_none_asks_for_them(folder, tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(folder, ix)
    meta = ix / "lawnews.json"
    info = json.loads(meta.read_text(encoding="utf-8"))
    del info["extra"]["inputs"]  # an index built before inputs were recorded
    meta.write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(lawnews.LawNewsError, match="name the files or folders"):
        lawnews.build_index(index_dir=ix)
    with lawnews.NewsIndex.open(ix) as nix:
        assert nix.stats()["articles"] == 3  # nothing of the bundled pages was added


def test_a_news_folder_moved_away_keeps_its_files_names_and_is_not_indexed_twice(folder, tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(folder, ix)
    moved = tmp_path / "archive" / "pages"
    moved.parent.mkdir()
    shutil.move(str(folder), str(moved))
    report = lawnews.build_index([moved], ix)
    assert (report.articles, report.unchanged) == (0, 3)  # the same files, under the same names
    assert files_in(ix) == {"a.txt": 1, "b.txt": 1, "sub/c.txt": 1}
    (moved / "b.txt").unlink()
    again = lawnews.build_index(index_dir=ix)  # updates from the moved folder, the old one is forgotten
    assert (again.gone, again.skipped) == ({"b.txt": 1}, [])
    assert files_in(ix) == {"a.txt": 1, "sub/c.txt": 1}


def test_a_moved_folder_added_from_the_library_keeps_its_files_names(folder, tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(folder, ix)
    moved = tmp_path / "elsewhere"
    shutil.move(str(folder), str(moved))
    with lawnews.NewsIndex.open(ix) as nix:
        nix.add(moved)
    assert files_in(ix) == {"a.txt": 1, "b.txt": 1, "sub/c.txt": 1}


def test_an_update_from_a_folder_moved_away_says_to_name_it_at_its_new_place(folder, tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(folder, ix)
    shutil.move(str(folder), str(tmp_path / "moved"))
    result = CliRunner().invoke(cli, ["index", "--index-dir", str(ix)])
    assert result.exit_code == 1
    assert "name them at their new place" in result.output and str(folder) in result.output
    with lawnews.NewsIndex.open(ix) as nix:
        assert nix.stats()["articles"] == 3  # nothing removed
