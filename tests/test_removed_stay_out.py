"""A file or an article removed from an index (``lawnews index --remove-file/--remove-id``,
``NewsIndex.remove``) stays out of it while its file is still there: an update of the folder
that holds it, an update without paths (of the files given by name too) and a rebuild leave it out and
say so; naming the
file again (``lawnews index FILE``) takes it back. Pages are made up for the purpose."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

PAGE = "{place}法院开展集中执行\n\n本报讯 {place}人民法院近日开展集中执行行动，执结案件三十余件，执行到位金额二百余万元。\n"
RECORDS = [{"id": "r1", "title": "丙县法院执行攻坚", "text": "丙县人民法院近日开展执行攻坚行动，执结案件二十余件。"},
           {"id": "r2", "title": "丁县法院执行攻坚", "text": "丁县人民法院近日开展执行攻坚行动，执结案件四十余件。"}]


def _folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(PAGE.format(place="甲县"), encoding="utf-8")
    (news / "b.txt").write_text(PAGE.format(place="乙县"), encoding="utf-8")
    (news / "r.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return news


def _indexed(tmp_path: Path) -> tuple[Path, Path]:
    """The made-up folder and an index built from it."""
    news = _folder(tmp_path)
    index = tmp_path / "ix"
    lawnews.build_index([news], index)
    return news, index


def _ids(index: Path) -> set[str]:
    with lawnews.NewsIndex.open(index) as ix:
        return {h.article_id for h in ix.search("执行", limit=50).hits}


def test_a_file_removed_from_a_folder_read_stays_out_of_its_updates(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(file="a.txt")
    for paths in ([news], None):
        report = lawnews.build_index(paths, index)
        assert "a#1" not in _ids(index)
        assert report.kept_out == ["a.txt"] and report.to_dict()["kept_out"] == {"files": ["a.txt"], "articles": []}
    dry = lawnews.build_index([news], index, dry_run=True)
    assert (dry.files, dry.articles, dry.kept_out) == (0, 0, ["a.txt"])
    lawnews.build_index([news], index, rebuild=True)
    assert _ids(index) == {"b#1", "r1", "r2"}


def test_an_article_removed_by_id_stays_out_and_its_file_is_not_read_again_after(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(article_id="r2")
    first = lawnews.build_index([news], index)
    assert _ids(index) == {"a#1", "b#1", "r1"} and first.kept_out_articles == ["r2"]
    again = lawnews.build_index([news], index)
    assert (again.files, again.unchanged) == (0, 3)


def test_naming_a_removed_file_takes_it_back(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove_all(files=[str(news / "a.txt"), "r.jsonl"])
    assert _ids(index) == {"b#1"}
    report = lawnews.build_index([news / "a.txt"], index)
    assert report.articles == 1 and report.kept_out == []
    assert lawnews.build_index([news], index).kept_out == ["r.jsonl"]
    with lawnews.NewsIndex.open(index) as ix:
        ix.add(news / "r.jsonl")
    assert lawnews.build_index([news], index).kept_out == []
    assert _ids(index) == {"a#1", "b#1", "r1", "r2"}


def test_a_removed_file_deleted_since_is_forgotten(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(file="a.txt")
    (news / "a.txt").unlink()
    assert lawnews.build_index([news], index).kept_out == []
    (news / "a.txt").write_text(PAGE.format(place="戊县"), encoding="utf-8")  # a new file of that name
    lawnews.build_index([news], index)
    assert "a#1" in _ids(index)


def test_the_command_line_says_what_it_keeps_out_and_how_to_take_it_back(tmp_path, monkeypatch):
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    got = runner.invoke(cli, ["index", "news", "--index-dir", "ix", "-q"])
    assert got.exit_code == 0, got.output
    got = runner.invoke(cli, ["index", "--remove-file", "news/b.txt", "--index-dir", "ix"])
    assert got.exit_code == 0, got.output
    assert "kept out of later updates" in got.output and "lawnews index news/b.txt" in got.output
    got = runner.invoke(cli, ["index", "news", "--index-dir", "ix", "-q"])
    assert got.exit_code == 0, got.output
    assert "1 file kept out, removed from the index: b.txt" in got.output
    assert "b#1" not in _ids(tmp_path / "ix")
    got = runner.invoke(cli, ["index", "news/b.txt", "--index-dir", "ix", "-q"])
    assert got.exit_code == 0, got.output
    assert "b#1" in _ids(tmp_path / "ix")


def test_a_file_removed_stays_out_when_its_folder_moves(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(file="a.txt")
    moved = news.rename(tmp_path / "moved")
    assert lawnews.build_index([moved], index).kept_out == ["a.txt"]
    assert "a#1" not in _ids(index)


def test_a_rebuild_from_a_wider_folder_keeps_the_removed_file_out(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(file="a.txt")
    report = lawnews.build_index([tmp_path / "news"], index, rebuild=True)
    assert report.kept_out == ["a.txt"]
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text(PAGE.format(place="己县"), encoding="utf-8")
    report = lawnews.build_index([news, other], index, rebuild=True)  # named from tmp_path now
    assert report.kept_out == ["news/a.txt"] and _ids(index) == {"news/b#1", "other/c#1", "r1", "r2"}


def test_stats_say_what_is_kept_out(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.stats()["kept_out"] == {"files": [], "articles": {}}
        ix.remove(file="a.txt")
        ix.remove(article_id="r2")
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.stats()["kept_out"] == {"files": ["a.txt"], "articles": {"r2": "r.jsonl"}}
    shown = CliRunner().invoke(cli, ["stats", "--index-dir", str(index)])
    assert shown.exit_code == 0, shown.output
    line = next(x for x in shown.output.splitlines() if x.startswith("kept out"))
    assert "1 file: a.txt" in line and "1 article: r2" in line
    lawnews.build_index([news / "a.txt"], index)  # named again: taken back
    shown = CliRunner().invoke(cli, ["stats", "--index-dir", str(index)])
    line = next(x for x in shown.output.splitlines() if x.startswith("kept out"))
    assert "a.txt" not in line and "r2" in line


def test_an_article_removed_from_a_file_given_by_name_stays_out_of_an_update_without_paths(tmp_path):
    news = _folder(tmp_path)
    index = tmp_path / "ix"
    lawnews.build_index([news / "r.jsonl", news / "a.txt"], index)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(article_id="r2")
    update = lawnews.build_index(None, index)  # reads again the files it was given: not naming them anew
    assert _ids(index) == {"a#1", "r1"} and update.kept_out_articles == ["r2"]
    lawnews.build_index([news / "r.jsonl"], index)  # named again: taken back
    assert _ids(index) == {"a#1", "r1", "r2"}


def test_naming_again_the_file_of_an_article_an_update_kept_out_takes_the_article_back(tmp_path):
    news, index = _indexed(tmp_path)
    with lawnews.NewsIndex.open(index) as ix:
        ix.remove(article_id="r2")
    assert lawnews.build_index([news], index).kept_out_articles == ["r2"]  # the file noted without r2
    named = lawnews.build_index([news / "r.jsonl"], index)  # unchanged, but read again for r2
    assert named.articles == 2 and named.kept_out_articles == []
    assert _ids(index) == {"a#1", "b#1", "r1", "r2"}
