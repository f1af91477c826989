"""A research office's own folder of news, indexed with lawnews: what its files,
updates and searches show. Every text here is made up for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from lawnews.index.ingest.readers import discover, file_name

from support import CORPUS, run_cli

PAGE = ("湖南法院推进执行攻坚\n\n"
        "本报讯（记者 张三）3月14日，某某县人民法院召开执行工作会议，部署今年重点任务。"
        "会议指出，去年全院执结案件三千件，执行到位金额八亿元。\n")


def test_files_whose_only_common_folder_is_the_filesystem_root_keep_their_absolute_names(tmp_path):
    mine = tmp_path / "办公室" / "攻坚.txt"
    mine.parent.mkdir()
    mine.write_text(PAGE, encoding="utf-8")
    bundled = sorted(CORPUS.glob("*.txt"))[0]  # another top-level folder than tmp_path's: they share only /
    assert Path(mine.resolve().parts[0]) == Path(bundled.resolve().parts[0])
    names = {source for item in discover([mine, bundled]) if isinstance(item, tuple) for _, source in [item]}
    assert names == {mine.resolve().as_posix(), bundled.resolve().as_posix()}
    assert file_name(mine, "/") == mine.resolve().as_posix()
    out = run_cli("parse", str(mine), str(bundled), "--jsonl").stdout
    files = {json.loads(line)["file"] for line in out.splitlines()}
    assert files == {mine.resolve().as_posix(), bundled.resolve().as_posix()}
    ix = tmp_path / "ix"
    lawnews.build_index([mine, bundled], ix)
    hits = [json.loads(line) for line in run_cli("search", "执行工作会议", "--index-dir", str(ix), "--jsonl").stdout.splitlines()]
    assert (mine.resolve().as_posix(), mine.resolve().with_suffix("").as_posix() + "#1") in {
        (h["file"], h["article_id"]) for h in hits}
    assert all(h["file"].startswith("/") for h in hits)


def _court_index(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "石门.txt").write_text("石门法院集中执行\n\n本报讯 石门县人民法院开展集中执行行动，执结案件一百件。\n", encoding="utf-8")
    (pages / "芙蓉.txt").write_text("芙蓉法院发放案款\n\n本报讯 长沙市芙蓉区人民法院发放执行案款五百万元。\n", encoding="utf-8")
    ix = tmp_path / "ix"
    lawnews.build_index(pages, ix)
    return ix


def test_an_unknown_court_is_answered_with_the_courts_spelt_most_like_it(tmp_path):
    ix = _court_index(tmp_path)
    with lawnews.NewsIndex.open(ix) as index:
        # a typo of a short form (湘潭中院) names the directory's court, though no article has it
        with pytest.raises(lawnews.UnknownFacetError) as e:
            index.search("执行", court="湘谭中院")
        message = str(e.value)
        assert "湘潭市中级人民法院" in message and "in no article of this index" in message
        assert "石门县人民法院" not in message
        # a typo of a court the index holds names that court first
        with pytest.raises(lawnews.UnknownFacetError) as e:
            index.search("执行", court="芙容区法院")
        assert str(e.value).startswith("unknown court '芙容区法院'; court values in this index spelt like it: 长沙市芙蓉区人民法院")
    out = run_cli("search", "执行", "--court", "武陵去法院", "--index-dir", str(ix), ok=False)
    assert out.exit_code == 1
    assert out.output.split(": ", 2)[2].startswith("常德市武陵区人民法院, 张家界市武陵源区人民法院")
