"""``lawnews cited-by`` takes the facet filters of ``search`` but ``--cites`` (``--province 湖南``,
``--year 2024`` …), as ``NewsIndex.cited_by`` and the web's ``/cited-by`` take them, and its
count line names them.

A statute collection and news articles written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国刑法"
STATUTES = [{"id": "X1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"}]
NEWS = [
    {"id": "hn", "title": "长沙拒执案宣判", "date": "2024-03-10",
     "text": "湖南省长沙市中级人民法院依照刑法第313条判处被告人有期徒刑一年。"},
    {"id": "hb", "title": "武汉拒执案宣判", "date": "2024-04-10",
     "text": "湖北省武汉市中级人民法院依照刑法第313条判处被告人有期徒刑十个月。"},
    {"id": "hn23", "title": "长沙拒执案二审", "date": "2023-05-10",
     "text": "湖南省长沙市中级人民法院依照刑法第313条维持原判。"},
]


@pytest.fixture()
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    built = news_with_statutes(tmp_path, STATUTES, NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    return built


@pytest.mark.parametrize("args, expected, named", [
    (("--province", "湖南"), {"hn", "hn23"}, "where province is 湖南省"),
    (("--province", "湖南", "--year", "2024"), {"hn"}, "where province is 湖南省 and year is 2024"),
    (("--court", "武汉中院"), {"hb"}, "where court is 武汉市中级人民法院"),
])
def test_cited_by_narrows_by_the_filters_as_the_library_does(index_dir, args, expected, named):
    out = run_cli("cited-by", "刑法313", *args, "--index-dir", str(index_dir), "--json")
    data = json.loads(out.output)
    assert {h["article_id"] for h in data["hits"]} == expected and data["total"] == len(expected)
    keywords = {k.lstrip("-").replace("-", "_"): v for k, v in zip(args[::2], args[1::2])}
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.cited_by("刑法313", **keywords).total == len(expected)
    text = run_cli("cited-by", "刑法313", *args, "--index-dir", str(index_dir)).output
    assert text.rstrip().splitlines()[-1].endswith(f"citing 中华人民共和国刑法 第三百一十三条 {named}")


def test_a_filter_value_the_index_lacks_is_the_searchs_error(index_dir):
    out = run_cli("cited-by", "刑法313", "--province", "火星", "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 1 and "unknown province '火星'" in out.output


def test_cited_by_takes_no_cites_option(index_dir):
    out = run_cli("cited-by", "刑法313", "--cites", "刑法", "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 2
