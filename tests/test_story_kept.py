"""A record's ``story`` (what ``lawnews export`` writes, or a user's own grouping) is kept
by indexing: records naming one story are copies of one story in the index, even where
their texts alone would not be linked, its lead chosen as for any story (the earliest
dated). So export → index → export gives the same articles, ids, stories and tags.
Texts are made up for the purpose.
"""

from __future__ import annotations

import json

from lawnews import NewsIndex
from support import run_cli, write_jsonl
from test_reposts import OTHER, STORY

#: A rewrite of STORY in other words: the same event, no repost by its text.
REWRITE = ("荆州中院日前举行发布会，介绍两级法院交叉办理执行积案的成效。据介绍，三百余件久拖未结的案件"
           "交由异地法院承办后，已有大批案件执结，到位款项四亿余元。对于在多家法院均有未结案件的被执行人，"
           "法院统一纳入交叉办理名单，并由上级法院督办，按月通报。")

ZHUZHOU = ("株洲市中级人民法院组织全市法院对终结本次执行程序案件开展集中清理，逐案核查被执行人财产状况，"
           "对发现可供执行财产的案件及时恢复执行，共恢复执行二百一十件，执行到位金额八千余万元。"
           "清理中，法院还对终本案件的程序规范进行了评查。")
ZHUZHOU_AGAIN = ("在终本案件“回头看”活动里，株洲两级法院把每一件终本案件重新过筛，查询银行、不动产、车辆信息，"
                 "找到财产线索的立即恢复执行。截至五月，恢复执行的案件超过两百件，到位款项八千万元以上。")


def _records() -> list[dict]:
    return [
        {"id": "s1", "title": "荆州法院交叉执行化解积案", "text": STORY, "date": "2024-03-05", "story": "s1"},
        {"id": "s2", "title": "荆州两级法院交叉执行见成效", "text": REWRITE, "date": "2024-03-07", "story": "s1"},
        {"id": "s3", "title": "【转载】荆州法院交叉执行", "text": "分享到：微信 微博\n" + STORY, "date": "2024-03-06"},
        {"id": "o1", "title": "岳阳法院交叉执行", "text": OTHER, "date": "2023-06-01"},
        # a story whose lead the records do not hold (an export of a search): its copies stay one story
        {"id": "r2", "title": "株洲法院终本清理", "text": ZHUZHOU, "date": "2024-05-02", "story": "gone#1"},
        {"id": "r3", "title": "株洲法院终本案件回头看", "text": ZHUZHOU_AGAIN, "date": "2024-05-01", "story": "gone#1"},
    ]


def _stories(index_dir) -> dict[str, str]:
    out = run_cli("export", "--index-dir", str(index_dir)).output
    return {r["id"]: r["story"] for r in map(json.loads, out.splitlines())}


def test_a_named_story_is_kept(tmp_path):
    path = write_jsonl(tmp_path / "mine.jsonl", _records())
    run_cli("index", str(path), "--index-dir", str(tmp_path / "ix"), "--rebuild", "-q")
    stories = _stories(tmp_path / "ix")
    assert stories == {"s1": "s1", "s2": "s1", "s3": "s1", "o1": "o1", "r2": "r3", "r3": "r3"}
    with NewsIndex.open(tmp_path / "ix") as ix:
        assert (ix.search("交叉执行").total, ix.search("交叉执行", all_copies=True).total) == (2, 4)
        assert [c.article_id for c in ix.copies("s2")] == ["s1", "s3", "s2"]


def test_the_library_keeps_it_too():
    with NewsIndex.in_memory() as ix:
        ix.add_articles(_records())
        assert {c.article_id for c in ix.copies("s1")} == {"s1", "s2", "s3"}


def test_export_index_export_round_trips(tmp_path):
    first = tmp_path / "first"
    run_cli("index", str(write_jsonl(tmp_path / "mine.jsonl", _records())), "--index-dir", str(first), "-q")
    one = tmp_path / "one.jsonl"
    run_cli("export", "-o", str(one), "--index-dir", str(first))
    run_cli("index", str(one), "--index-dir", str(tmp_path / "again"), "--rebuild", "-q")
    two = run_cli("export", "--index-dir", str(tmp_path / "again")).output
    assert one.read_text(encoding="utf-8") == two
    # an export of a search: the stories of the rows, the lead of each among them
    part = tmp_path / "part.jsonl"
    run_cli("export", "交叉执行", "--from", "2024-03-06", "-o", str(part), "--index-dir", str(first))
    rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["story"] for r in rows} == {"s2": "s1", "s3": "s1"}
    run_cli("index", str(part), "--index-dir", str(tmp_path / "part"), "--rebuild", "-q")
    assert _stories(tmp_path / "part") == {"s2": "s3", "s3": "s3"}
