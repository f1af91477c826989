"""``eval`` names a corpus input it skipped as ``lawnews index`` names a skipped input: the
library's notes give its absolute path, the printed report its path relative to the current
folder when it lies under it. The notes gave it as typed with ``--corpus`` (``news/README.md``)
and absolute with ``--index-dir`` (the bundled corpus's README printed from the checkout)."""

from __future__ import annotations

import shutil
from pathlib import Path

import lawnews
from lawnews.config import bundled_corpus
from lawnews.evaluation import evaluate_files
from support import run_cli

EVAL = Path(__file__).resolve().parent / "data" / "eval"


def _news(tmp_path: Path) -> Path:
    """A folder of judged articles and a README, which indexing skips."""
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(EVAL / "articles.jsonl", news / "articles.jsonl")
    (news / "README.md").write_text("# 说明\n\n本文件夹收录测试用的新闻。\n", encoding="utf-8")
    return news


def test_a_corpus_input_skipped_is_noted_by_its_absolute_path(tmp_path, monkeypatch):
    news = _news(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = evaluate_files(EVAL / "gold.json", EVAL / "gold.json", corpus=["news"])
    assert f"corpus input skipped: {news / 'README.md'}: documentation file, not a page" in report.notes


def test_printed_it_is_named_relative_to_the_current_folder(tmp_path, monkeypatch):
    _news(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = run_cli("eval", str(EVAL / "gold.json"), str(EVAL / "gold.json"), "--corpus", "news").stdout
    assert "note: corpus input skipped: news/README.md: documentation file, not a page" in out.splitlines()


def test_with_an_index_the_bundled_corpus_read_for_its_judgments_is_named_alike(tmp_path, monkeypatch):
    index = tmp_path / "ix"
    lawnews.build_index([bundled_corpus()], index)
    gold = tmp_path / "gold.json"
    gold.write_text('[{"id": "g1", "query": "交叉执行", "judgments": [{"file": "002_79b23406edc23697.txt",'
                    ' "ordinal": 1, "anchor": "交叉执行", "grade": 2}]}]', encoding="utf-8")
    readme = bundled_corpus() / "README.md"
    report = evaluate_files(gold, gold, index_dir=index)
    assert f"corpus input skipped: {readme}: documentation file, not a page" in report.notes
    monkeypatch.chdir(bundled_corpus().parent)
    out = run_cli("eval", str(gold), str(gold), "--index-dir", str(index)).stdout
    assert "note: corpus input skipped: corpus/README.md: documentation file, not a page" in out.splitlines()
