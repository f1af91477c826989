"""``--json``, ``--jsonl`` and ``parse`` print UTF-8 whatever the locale's encoding: a
console or redirect in GBK (Chinese Windows) got GBK bytes, which JSON readers reject,
and a character GBK lacks was an encoding error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lawnews import NewsIndex

TEXT = "本院开展交叉执行工作，执结案件十件😀，执行到位金额一百万元。"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("utf8") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": "u1", "title": "交叉执行简讯", "text": TEXT}])
    return path


def _run(*args: str) -> bytes:
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "lawnews", *args], capture_output=True, env=env)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    return out.stdout


@pytest.mark.parametrize("args", [["search", "交叉执行", "--json"], ["show", "u1", "--json"],
                                  ["tag", "交叉执行😀"]])
def test_json_is_utf8_under_a_gbk_locale(index_dir, args):
    data = json.loads(_run(*args, *(["--index-dir", str(index_dir)] if args[0] != "tag" else [])).decode("utf-8"))
    assert "交叉执行" in json.dumps(data, ensure_ascii=False)


def test_json_lines_are_utf8_under_a_gbk_locale(index_dir):
    lines = _run("search", "交叉执行", "--jsonl", "--index-dir", str(index_dir)).decode("utf-8").splitlines()
    assert json.loads(lines[0])["title"] == "交叉执行简讯"
