"""Two courts' releases written from one template are two stories: links between
near-duplicate texts whose courts that act share none are not made, in a fresh build,
a build by worker processes and an update; a copy of one story still joins it."""

from __future__ import annotations

import json
import sqlite3

import pytest

import lawnews
from lawnews.index.store import stories as S

TEMPLATE = ("为切实兑现胜诉当事人合法权益，{c}近日组织开展冬季集中执行专项行动。行动中，{c}执行干警分成多个小组，"
            "对辖区内拒不履行生效法律文书确定义务的被执行人进行集中查找和传唤，依法采取拘留、罚款等强制措施，"
            "共执结案件三十余件，执行到位金额一百余万元。{c}有关负责人表示，下一步将持续加大执行力度，"
            "综合运用网络查控、失信惩戒、限制高消费等措施，坚决打赢执行攻坚战，让人民群众切实感受到公平正义。")
NAV = "首页 > 法院动态 > 正文\n分享到：微信 微博\n"


def record(aid: str, court: str, *, prefix: str = "", date: str = "2024-01-02") -> dict:
    return {"id": aid, "title": "冬季集中执行行动", "text": prefix + TEMPLATE.format(c=court), "date": date}


def write(folder, records) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "a.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                    encoding="utf-8")


def stories(ix_dir) -> dict[str, str]:
    with lawnews.NewsIndex.open(ix_dir) as ix:
        return {h.article_id: h.story for h in ix.search("集中执行", all_copies=True, limit=50).hits}


def test_the_template_alone_is_alike_enough_to_be_a_copy():
    # what the rule is for: by their texts alone the two releases are one story
    from lawnews.index.documents import Article, Section

    a, b = (S.sketch(Article(i, "a.jsonl", "t", (Section(None, TEMPLATE.format(c=c)),)))
            for i, c in (("a", "石门县人民法院"), ("b", "临澧县人民法院")))
    assert S.is_copy(a.sig, a.size, b.sig, b.size)


@pytest.mark.parametrize("jobs", [1, 2])
def test_two_courts_releases_from_one_template_are_two_stories(tmp_path, jobs):
    write(tmp_path / "news", [record("shimen", "石门县人民法院"), record("linli", "临澧县人民法院", date="2024-01-03"),
                              record("repost", "石门县人民法院", prefix=NAV, date="2024-01-04")])
    lawnews.build_index(tmp_path / "news", index_dir=tmp_path / "ix", jobs=jobs)
    got = stories(tmp_path / "ix")
    assert got["shimen"] == "shimen" and got["linli"] == "linli"
    assert got["repost"] == "shimen"  # a copy of one court's release still joins it
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("集中执行").total == 2


def test_an_update_does_not_join_another_court_s_release(tmp_path):
    write(tmp_path / "news", [record("shimen", "石门县人民法院")])
    lawnews.build_index(tmp_path / "news", index_dir=tmp_path / "ix")
    write(tmp_path / "more", [record("linli", "临澧县人民法院", date="2024-01-03"),
                              record("repost", "石门县人民法院", prefix=NAV, date="2024-01-04")])
    lawnews.build_index(tmp_path / "more", index_dir=tmp_path / "ix")
    got = stories(tmp_path / "ix")
    assert got["linli"] == "linli" and got["repost"] == "shimen"


def test_a_store_of_an_older_lawnews_without_courts_still_links_copies(tmp_path):
    write(tmp_path / "news", [record("shimen", "石门县人民法院")])
    lawnews.build_index(tmp_path / "news", index_dir=tmp_path / "ix")
    with sqlite3.connect(tmp_path / "ix" / S.FILE_NAME) as con:  # as a file written before courts were kept
        con.execute("DROP TABLE courts")
    write(tmp_path / "more", [record("repost", "石门县人民法院", prefix=NAV, date="2024-01-04")])
    lawnews.build_index(tmp_path / "more", index_dir=tmp_path / "ix")
    assert stories(tmp_path / "ix")["repost"] == "shimen"


@pytest.mark.parametrize("a, b, apart", [
    (("石门县人民法院",), ("临澧县人民法院",), True),
    (("石门县人民法院", "常德市中级人民法院"), ("临澧县人民法院", "常德市中级人民法院"), False),
    ((), ("临澧县人民法院",), False),  # a copy whose court is not read is no other court's
])
def test_other_courts(a, b, apart):
    assert S.other_courts(a, b) is apart
