"""``export`` with a date range or a year writes each copy by its own date: a later repost in
the range of a story first printed before it is exported, naming that story, though the
search of the range does not count the story (its date is its earliest copy's), as
``search --all-copies`` lists it. Without dates the rows counted by story give the total.

The stories are written for this test; the repost is the lead's text on another site."""

from __future__ import annotations

import io
import json

import lawnews

TEXT = ("青石县人民法院开展冬季集中执行行动，干警们凌晨出发，走村入户查找被执行人，"
        "当天拘留拒不履行的被执行人三名，执结拖欠农民工工资案件十二件，发放执行款四十余万元。"
        "该院负责人表示，将继续加大执行力度，让胜诉当事人的权益及时兑现。")
ARTICLES = [
    {"id": "lead", "title": "青石法院冬季集中执行", "text": TEXT, "date": "2020-12-20", "source": "法治日报"},
    {"id": "copy", "title": "青石法院冬季集中执行", "text": TEXT, "date": "2021-01-05", "source": "人民法院报"},
    {"id": "other", "title": "红河镇法庭调解纠纷", "date": "2021-03-02", "source": "人民法院报",
     "text": "红河镇人民法庭深入田间调解邻里土地纠纷，双方当场达成协议并履行完毕，案件执行完毕。"},
]


def _rows(ix, **kw):
    out = io.StringIO()
    lawnews.export(ix, out, **kw)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_dated_export_holds_a_later_repost_of_a_story_the_search_dates_before_the_range():
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles(ARTICLES)
        assert ix.search("", start="2021").total == 1
        listed = {h.article_id for h in ix.search("", start="2021", all_copies=True, limit=10).hits}
        for kw in ({"start": "2021"}, {"year": "2021"}):
            rows = _rows(ix, **kw)
            assert {r["id"] for r in rows} == listed == {"copy", "other"}
            assert {r["id"]: r["story"] for r in rows} == {"copy": "lead", "other": "other"}
        rows = _rows(ix, query="执行")
        assert len({r["story"] for r in rows}) == ix.search("执行").total == 2
