"""``profile`` of stories none of which is dated: the text says so, and how many, instead of a
``per year`` heading with no period under it; ``--json`` keeps its shape. Texts are made up
for the purpose."""

from __future__ import annotations

import json

from support import run_cli

ARTICLES = [
    {"id": "u1", "title": "长沙中院集中执行", "text": "湖南省长沙市中级人民法院开展集中执行行动，执结一批案件。"},
    {"id": "u2", "title": "岳阳中院集中执行", "text": "湖南省岳阳市中级人民法院开展集中执行行动，兑现胜诉权益。"},
    {"id": "d1", "title": "武汉中院集中执行", "text": "湖北省武汉市中级人民法院开展集中执行行动，执结一批案件。",
     "date": "2023-06-01"},
]


def test_a_profile_of_undated_stories_says_none_is_dated(articles_index_dir):
    out = run_cli("profile", "province:湖南", "--index-dir", str(articles_index_dir)).output
    lines = out.splitlines()
    assert "none of its 2 stories is dated" in lines
    assert not any(line.startswith("per ") for line in lines)
    assert not any(line.strip().startswith("undated") and line.strip().split()[-1] == "2" for line in lines)
    assert "reported with" in lines
    one = run_cli("profile", "court:长沙中院", "--index-dir", str(articles_index_dir)).output.splitlines()
    assert "its one story is undated" in one and not any(line.startswith("per ") for line in one)


def test_the_json_keeps_its_shape(articles_index_dir):
    undated = json.loads(run_cli("profile", "province:湖南", "--json", "--index-dir", str(articles_index_dir)).output)
    dated = json.loads(run_cli("profile", "province:湖北", "--json", "--index-dir", str(articles_index_dir)).output)
    assert undated.keys() == dated.keys() and undated["trend"].keys() == dated["trend"].keys()
    assert (undated["total"], undated["trend"]["undated"], undated["trend"]["periods"]) == (2, 2, [])


def test_a_profile_with_dated_stories_has_its_periods_as_before(articles_index_dir):
    lines = run_cli("profile", "province:湖北", "--index-dir", str(articles_index_dir)).output.splitlines()
    assert "per month" in lines and any(line.strip().startswith("2023-06") for line in lines)
