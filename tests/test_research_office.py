"""A research office's own folder of news, indexed with lawnews: what its files,
updates and searches show. Every text here is made up for the test."""

from __future__ import annotations

import json
from pathlib import Path

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
