"""An update killed around its Whoosh commit: the story store (reposts of one story) and the
Whoosh index stay one state. An article's new signature and links are written aside before
the Whoosh commit and taken in after it; what a killed process left aside is taken in (the
commit went through) or thrown away (it did not) by the next reader or writer, so that
stories are grouped by the texts the index holds, and the next ``lawnews index`` finishes
the update. The stories are made up for these tests.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import lawnews
from killed_commit import KilledCommitCases
from lawnews.index.store import stories as story_store
from support import write_jsonl

STORY = ("青石县人民法院近日开展冬季集中执行行动，干警分成六个小组，凌晨五点出发，前往被执行人住所地和经营场所，"
         "共查找被执行人二十三名，拘留四人，罚款两人，现场执结案件十一件，执行到位金额三百六十万元，"
         "有效维护了胜诉当事人的合法权益，群众纷纷点赞。该院表示将持续保持高压态势，让失信被执行人无处遁形。")
OTHER = ("白河市中级人民法院召开新闻发布会，通报过去一年审理涉农民工工资案件情况，全年共受理此类案件一百零七件，"
         "审结九十八件，为四百余名农民工追回工资八百万元，并发布五起典型案例，涉及建筑工地、餐饮企业和物流公司，"
         "提醒用工单位依法按时足额支付劳动报酬，农民工遇到欠薪可拨打热线寻求帮助。")
LEAD = {"id": "s1", "title": "青石法院冬季集中执行", "date": "2024-01-05", "source": "人民法院报", "text": STORY}
LATER = {"id": "s2", "title": "白河中院通报欠薪案件", "date": "2024-01-09", "source": "某某网", "text": OTHER}
REPOST = {**LATER, "title": "转载：青石法院冬季集中执行", "text": "转自人民法院报。" + STORY}


@pytest.fixture()
def index_dir(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    write_jsonl(news / "a.jsonl", [LEAD])
    write_jsonl(news / "b.jsonl", [LATER])
    lawnews.build_index([news], tmp_path / "ix")
    write_jsonl(news / "b.jsonl", [REPOST])  # the file changed: the update writes s2 as a repost of s1
    return tmp_path / "ix"


class TestStoryStore(KilledCommitCases):
    store_file = "stories.sqlite"
    store_class = story_store.StoryStore
    OLD_STATE = {"s2 title": LATER["title"], "story of s1": [("s1", 1)]}
    NEW_STATE = {"s2 title": REPOST["title"], "story of s1": [("s1", 2)]}

    def source(self, index_dir: Path) -> Path:
        return index_dir.parent / "news"

    def state(self, index_dir: Path) -> dict[str, object]:
        """What a reader is told of s2 and of the story of s1."""
        with lawnews.NewsIndex.open(index_dir) as ix:
            hits = ix.search("集中执行").hits
            return {"s2 title": ix.article("s2").title, "story of s1": [(h.article_id, h.copies) for h in hits]}


def test_a_store_of_no_index_writes_its_rows_at_once(tmp_path):
    from lawnews.index.documents import Article, Section

    store = story_store.StoryStore(tmp_path / "stories.sqlite")
    batch = store.batch(fresh=True)
    for record in (LEAD, REPOST):
        batch.add(Article(record["id"], "x.txt", record["title"], (Section(None, record["text"]),),
                          date=record["date"], source=record["source"]))
    batch.commit()
    assert store.count() == 2 and store.load({"s1", "s2"})[0] == [("s1", "s2")]
    with sqlite3.connect(tmp_path / "stories.sqlite") as con:
        assert con.execute("SELECT count(*) FROM pending_articles").fetchone() == (0,)
