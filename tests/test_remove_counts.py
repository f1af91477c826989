"""Removing an article by id and its file in one go, or one file by two of its names,
counts each article and section once: the account adds up to what left the index."""

from __future__ import annotations

import json

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

RECORDS = [{"id": "r1", "title": "丙县法院执行攻坚", "text": "丙县人民法院近日开展执行攻坚行动，执结案件二十余件。"},
           {"id": "r2", "title": "丁县法院执行攻坚", "text": "丁县人民法院近日开展执行攻坚行动，执结案件四十余件。"}]


def _index(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    (src / "r.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    (src / "a.txt").write_text("甲县法院执行攻坚\n\n甲县人民法院近日开展执行攻坚行动。\n", encoding="utf-8")
    lawnews.build_index([src], tmp_path / "ix")
    return src, tmp_path / "ix"


def _removed(got) -> tuple[int, int]:
    data = json.loads(got.stdout)
    return (sum(sum(v.values()) for v in data["removed_articles"].values()),
            sum(sum(v.values()) for v in data["removed_sections"].values()))


def test_an_id_and_its_file_removed_together_count_once(tmp_path):
    src, index = _index(tmp_path)
    got = CliRunner().invoke(cli, ["index", "--remove-id", "r1", "--remove-file", "r.jsonl", "--index-dir", str(index),
                                   "--json"])
    assert got.exit_code == 0, got.output
    assert _removed(got) == (2, 2)
    with lawnews.NewsIndex.open(index) as ix:
        assert ix.stats()["articles"] == 1


def test_a_file_named_twice_counts_once(tmp_path, monkeypatch):
    src, index = _index(tmp_path)
    monkeypatch.chdir(tmp_path)
    got = CliRunner().invoke(cli, ["index", "--remove-file", "r.jsonl", "--remove-file", "news/r.jsonl",
                                   "--index-dir", str(index), "--json"])
    assert got.exit_code == 0, got.output
    assert _removed(got) == (2, 2)
    got = CliRunner().invoke(cli, ["index", "--remove-file", "a.txt", "--remove-file", "news/a.txt",
                                   "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    assert [line for line in got.stdout.splitlines() if line.startswith("removed")] == ["removed 1 article (1 section) of a.txt"]
