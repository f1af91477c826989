"""A first report names its article as every hit does, ``article_id`` (with ``id``, as
before), so that ``jq '.rows[].article_id'`` and ``jq '.hits[].article_id'`` read alike;
``lawnews first --json`` prints it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from lawnews import Article, NewsIndex, Section
from lawnews.cli import cli


def _article(aid: str, date: str, place: str) -> Article:
    return Article(id=aid, file=f"{aid}.txt", title=f"{place}法院执行简讯", date=date,
                   sections=(Section(None, f"{place}法院开展交叉执行工作，执结案件十件。"),))


def test_first_json_rows_name_the_article_as_hits_do(tmp_path):
    path = tmp_path / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([_article("f1", "2023-05-01", "湖南省长沙市"), _article("f2", "2024-02-01", "湖北省武汉市")])
        rows = ix.first("交叉执行", by="province").to_dict()["rows"]
        hits = ix.search("交叉执行", limit=10).to_dict()["hits"]
    assert {r["article_id"] for r in rows} == {h["article_id"] for h in hits} == {"f1", "f2"}
    assert all(r["article_id"] == r["id"] for r in rows)
    out = CliRunner().invoke(cli, ["first", "交叉执行", "--json", "--index-dir", str(path)])
    assert out.exit_code == 0, out.output
    assert [r["article_id"] for r in json.loads(out.output)["rows"]] == ["f1", "f2"]
