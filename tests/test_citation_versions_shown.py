"""What ``show`` says of a citation no version of the law settles: no version is
claimed for it, and the reason is given once.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from support import news_with_statutes

LAW = "中华人民共和国仲裁法"
OLD, NEW = "2018-01-01", "2023-01-01"
STATUTES = [
    {"id": "T1#第一条", "title": f"{LAW} 第一条", "text": "旧法第一条：本法的目的。", "date": OLD, "law": LAW},
    {"id": "T1#第三条", "title": f"{LAW} 第三条", "text": "第三条：两版相同的规定。", "date": OLD, "law": LAW},
    {"id": "T2#第一条", "title": f"{LAW} 第一条", "text": "新法第一条：另一项规定。", "date": NEW, "law": LAW},
    {"id": "T2#第三条", "title": f"{LAW} 第三条", "text": "第三条：两版相同的规定。", "date": NEW, "law": LAW},
]
NEWS = [
    {"id": "u1", "title": "无日期的普法文章", "text": "根据《中华人民共和国仲裁法》第一条，当事人可以约定仲裁。"},
    {"id": "u2", "title": "无日期的普法文章二", "text": "根据《中华人民共和国仲裁法》第三条，仲裁应当公平。"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("versions-shown"), STATUTES, NEWS)


def _show(index_dir: Path, article_id: str, *args: str):
    return CliRunner().invoke(cli, ["show", article_id, "--index-dir", str(index_dir), *args],
                              env={"LAWNEWS_STATUTES": str(index_dir.parent / "statutes.sqlite")})


def test_an_undated_citation_no_version_settles_claims_no_version(index_dir):
    out = _show(index_dir, "u1")
    assert out.exit_code == 0, out.output
    block = out.output.split("statutes cited", 1)[1]
    assert "cannot be told" in block
    assert "version)" not in block and "the latest version" not in block
    cited = json.loads(_show(index_dir, "u1", "--json").output)["citations"]
    assert cited[0]["status"] == "unresolved" and cited[0]["version"] is None and "note" not in cited[0]


def test_an_undated_citation_of_an_article_every_version_holds_alike_keeps_its_version(index_dir):
    out = _show(index_dir, "u2")
    assert out.exit_code == 0, out.output
    assert f"{NEW} version" in out.output and "第三条：两版相同的规定。" in out.output
