"""``--remove-file`` given a folder says that it takes files and how to leave a folder out,
instead of saying the index holds no article from a "file" of that name; nothing is removed."""

from __future__ import annotations

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli


def test_a_folder_given_to_remove_file_is_named_as_a_folder(tmp_path, monkeypatch):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("甲县法院执行攻坚\n\n甲县人民法院近日开展执行攻坚行动。\n", encoding="utf-8")
    lawnews.build_index([news], tmp_path / "ix")
    monkeypatch.chdir(tmp_path)
    got = CliRunner().invoke(cli, ["index", "--remove-file", "news", "--index-dir", "ix"])
    assert got.exit_code == 1
    assert "news is a folder" in got.output and "--remove-file takes a file" in got.output
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.stats()["articles"] == 1
        try:
            ix.remove(file=str(news))
        except lawnews.ArticleNotFoundError as e:
            assert e.files == (str(news),) and "is a folder" in str(e)
        else:
            raise AssertionError("a folder is no file of the index")
