"""``trends --csv`` and ``first --csv`` on stdout are UTF-8 whatever the console's
encoding, without a byte order mark unless ``--bom`` asks for one (docs/trends.md):
under a GBK console or redirect (Chinese Windows, ``PYTHONIOENCODING=gbk``) they were
written in GBK, and ``--bom`` failed with an encoding error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lawnews import NewsIndex


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("csvutf8") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": "c1", "title": "湖南法院诉源治理", "date": "2024-03-05",
                          "text": "湖南省长沙市中级人民法院推进诉源治理，诉前调解纠纷一百件。"}])
    return path


def _csv(index_dir, *args: str) -> bytes:
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "lawnews", *args, "--index-dir", str(index_dir)],
                         capture_output=True, env=env)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    return out.stdout


@pytest.mark.parametrize("command", [["trends", "诉源治理", "--by", "province", "--csv"],
                                     ["first", "诉源治理", "--csv"]])
def test_csv_on_stdout_is_utf8_without_bom_under_a_gbk_console(index_dir, command):
    data = _csv(index_dir, *command)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert "湖南省" in data.decode("utf-8")


@pytest.mark.parametrize("command", [["trends", "诉源治理", "--by", "province", "--csv"],
                                     ["first", "诉源治理", "--csv"]])
def test_csv_on_stdout_with_bom_is_utf8_with_its_bom_under_a_gbk_console(index_dir, command):
    data = _csv(index_dir, *command, "--bom")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "湖南省" in data[3:].decode("utf-8")
