"""With reposts folded into one hit per story, the section total describes the hits a
user pages through: the matching sections of the copy each story shows (as ``--group
section`` lists them), never those of copies the user cannot page to; with
``--all-copies`` every copy's. Library, CLI text and JSON, web JSON alike.
Texts are made up for the purpose."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.index.documents import Article, Section
from support import run_cli

PART_ONE = ("石门县人民法院近日集中清理涉民生执行积案，执行干警分成四组走访被执行人所在村组，"
            "逐户核实财产线索，对有履行能力却拒不履行的被执行人依法采取司法拘留措施，"
            "共执结案件八十六件，执行到位金额一千二百万元，兑现农民工工资二百余万元。")
PART_TWO = ("该院还与县公安局、自然资源局建立执行协作机制，每周会商一次查控结果，"
            "对转移财产逃避执行的线索及时移送侦查，并在乡镇设立执行联络点，方便群众反映情况，"
            "执行联络员由村干部兼任，全年共收集有效线索四十三条。")
OTHER_ONE = ("澧县人民法院开展夏季执行攻坚行动，执行局全体干警利用清晨和节假日蹲守被执行人，"
             "对名下有车辆的被执行人通过交警部门查扣车辆，行动期间执结案件五十四件，"
             "执行到位金额六百余万元，其中涉企业案件十九件。")
OTHER_TWO = ("该院同时推行执行案件繁简分流，简易案件由执行速裁团队办理，平均用时缩短至三十五天，"
             "疑难案件由院领导包案督办，每月通报执行进展，执行质效明显提升，群众满意度持续上升。")


def story(aid: str, one: str, two: str, title: str, date: str) -> Article:
    return Article(aid, aid + ".txt", title, (Section("集中执行", one), Section("协作机制", two)), date=date)


ARTICLES = [
    story("shimen", PART_ONE, PART_TWO, "石门法院集中清理执行积案", "2024-03-01"),
    story("shimen-repost", PART_ONE, PART_TWO.replace("四十三条", "四十余条"), "【转载】石门法院集中清理执行积案", "2024-03-03"),
    story("lixian", OTHER_ONE, OTHER_TWO, "澧县法院夏季执行攻坚", "2024-07-01"),
    story("lixian-repost", OTHER_ONE, OTHER_TWO, "转：澧县法院夏季执行攻坚", "2024-07-02"),
]


@pytest.mark.parametrize("columnar", [False, True], ids=["per-document", "columnar"])
def test_the_section_total_counts_the_sections_of_the_copies_shown(articles_index_dir, monkeypatch, columnar):
    from lawnews.search import searcher as searcher_module

    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        folded = ix.search("执行")
        assert folded.total == 2 and all(h.copies == 2 for h in folded.hits)  # two stories, each reposted
        assert folded.total_sections == sum(h.matched_sections for h in folded.hits) == 4
        assert folded.total_sections == ix.search("执行", group="section").total
        every = ix.search("执行", all_copies=True)
        assert every.total == 4 and every.total_sections == 8
        assert ix.search("执行", sort="date").total_sections == 4
        assert ix.search("执行", year="2024").total_sections == 4  # a selection: another path through the counting
        assert ix.search("执行 OR 线索").total_sections == 4


def test_cli_and_json_say_the_same(articles_index_dir):
    out = run_cli("search", "执行", "--index-dir", str(articles_index_dir)).output
    assert "2 stories (4 sections)" in out
    data = json.loads(run_cli("search", "执行", "--index-dir", str(articles_index_dir), "--json").output)
    assert (data["total"], data["total_sections"]) == (2, 4)
    out = run_cli("search", "执行", "--index-dir", str(articles_index_dir), "--all-copies").output
    assert "4 articles (8 sections)" in out


def test_web_json_says_the_same(articles_index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        data = client.get("/", params={"q": "执行", "format": "json"}).json()
        assert (data["total"], data["total_sections"]) == (2, 4)
