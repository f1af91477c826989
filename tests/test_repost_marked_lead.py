"""Undated copies of one story are led by the one a reader takes for the original: not a
copy that says it is a repost (转载 in its file's name or its title, 转载自… in its text),
even one naming an outlet of record as its 来源; else the fuller copy. The same lead in
search, show, export and the web app. Pages are made up for the purpose."""

from __future__ import annotations

import io
import json

import pytest

import lawnews
from lawnews import NewsIndex
from lawnews.index.store import stories as S

TITLE = "郴州中院集中执行攻坚 兑现胜诉权益"
BODY = ("郴州市中级人民法院近日开展集中执行专项行动，组织全市两级法院执行干警二百余人，对涉民生案件开展集中执行，"
        "依法拘留拒不履行义务的被执行人五人，执行到位金额三千二百余万元。\n\n"
        "该院坚持善意文明执行理念，对暂时困难的企业采取活封活扣措施，帮助企业恢复生产经营，"
        "同时对拒不申报财产的被执行人依法予以罚款。\n\n"
        "郴州中院有关负责人表示，下一步将持续深化执行联动机制，切实解决执行难问题。")
LAST = "\n\n全市法院还将开展涉企案件专项清理，对长期未结的执行案件逐案会商，确保案款及时发放到当事人手中。"


def _index(tmp_path, pages: dict[str, str]):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    lawnews.build_index(folder, tmp_path / "ix")
    return tmp_path / "ix"


def _lead_everywhere(index) -> set[str]:
    """The lead's file as search, show, export and the web app give it."""
    with NewsIndex.open(index) as ix:
        results = ix.search("集中执行")
        assert results.total == 1 and results.hits[0].copies == 2
        hit = results.hits[0]
        leads = {hit.file}
        assert hit.story == hit.article_id
        for copy in ix.copies(hit.article_id):
            page = ix.show(copy.article_id)
            leads |= {c.file for c in page.copies if c.lead}
            assert page.story == hit.article_id
        out = io.StringIO()
        lawnews.export(ix, out)
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        leads |= {r["file"] for r in rows if r["story"] == r["id"]}
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(index, workers=1)) as c:
        got = c.get("/", params={"q": "集中执行", "format": "json"}).json()
        leads |= {h["file"] for h in got["hits"]}
    return leads


def test_an_original_leads_a_copy_named_as_a_repost_that_names_a_court_site(tmp_path):
    index = _index(tmp_path, {"郴州.txt": f"{TITLE}\n\n本报讯 {BODY}\n",
                              "郴州 转载.txt": f"{TITLE}\n\n来源：湖南法院网\n\n{BODY}\n"})
    assert _lead_everywhere(index) == {"郴州.txt"}


def test_a_copy_whose_title_or_text_says_it_is_a_repost_does_not_lead(tmp_path):
    index = _index(tmp_path, {"a.txt": f"【转载】{TITLE}\n\n{BODY}\n",
                              "b.txt": f"{TITLE}\n\n{BODY}\n\n（本文转载自郴州市中级人民法院微信公众号）\n",
                              "c.txt": f"{TITLE}\n\n{BODY}\n"})
    with NewsIndex.open(index) as ix:
        hit = ix.search("集中执行").hits[0]
        assert (hit.file, hit.copies) == ("c.txt", 3)


def test_the_fuller_of_two_unmarked_undated_copies_leads(tmp_path):
    index = _index(tmp_path, {"a.txt": f"{TITLE}\n\n{BODY}\n", "b.txt": f"{TITLE}\n\n{BODY}{LAST}\n"})
    assert _lead_everywhere(index) == {"b.txt"}


@pytest.mark.parametrize("name", ["郴州 转载", "郴州-转载", "转载 - 郴州", "【转载】郴州", "郴州（转载）", "郴州_转帖"])
def test_repost_marked_names(name):
    assert S.repost_marked(f"{name}#1")


@pytest.mark.parametrize("name", ["郴州", "关于转发最高法通知", "转载须知", "禁止转载的报道"])
def test_names_without_a_repost_mark(name):
    assert not S.repost_marked(f"{name}#1")


def test_a_dated_copy_still_leads_before_the_marks():
    assert S.lead_key("郴州 转载#1", "2024-01-01", None) < S.lead_key("郴州#1", "2024-02-01", None)
