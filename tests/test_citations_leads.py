"""What leads to the wording a page prints after an article it cites, and short names of
laws that pages print (``lawnews.index.tagging.citations``): a heading followed by a space and
明确规定， before the wording, and 道路交通法 with 安全 left out of the title.

Every sentence here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract
from support import cited as cites
from support import resolution, statute_collection

PROCEDURE = "中华人民共和国刑事诉讼法"
BAIL = "人民法院、人民检察院和公安机关对有下列情形之一的犯罪嫌疑人、被告人，可以取保候审"
WITNESS = "证人因履行作证义务而支出的交通、住宿、就餐等费用，应当给予补助。证人作证的补助列入司法机关业务经费。"


def test_a_space_then_mingque_guiding_leads_to_the_wording_after_it():
    text = f"刑事诉讼法中取保候审的规定\n\n第六十五条 明确规定，{BAIL}：（一）可能判处管制的。"
    (c,) = extract(text)
    assert c.articles[0].article == "第六十五条"
    assert c.quote and c.quote.startswith("人民法院人民检察院")


def test_a_space_then_a_remark_is_still_no_wording():
    # 明确了… is the writer's remark on the article, not its wording
    (c,) = extract("《刑事诉讼法》第六十五条 明确了取保候审的条件，实践中争议不大。")
    assert not c.quote


@pytest.fixture()
def procedure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> statutes.Collection:
    return statute_collection(tmp_path, monkeypatch, [
        {"id": "P#第六十五条", "title": f"{PROCEDURE} 第六十五条", "text": WITNESS, "date": "2018-10-26",
         "law": PROCEDURE},
        {"id": "P#第六十七条", "title": f"{PROCEDURE} 第六十七条", "text": BAIL + "：（一）可能判处管制、拘役的。",
         "date": "2018-10-26", "law": PROCEDURE}])


def test_an_older_heading_whose_wording_after_mingque_guiding_is_another_articles_is_not_linked(procedure):
    # the 2012 第六十五条 (取保候审) printed on a 2025 page: the 2018 第六十五条 is another provision
    text = f"《刑事诉讼法》第六十五条 明确规定，{BAIL}。"
    r = resolution(procedure, text, "2025-07-17")
    assert r.status == "unresolved" and r.targets[0].id is None


def test_a_heading_whose_wording_after_mingque_guiding_is_its_own_is_linked(procedure):
    text = f"《刑事诉讼法》第六十七条 明确规定，{BAIL}。"
    r = resolution(procedure, text, "2025-07-17")
    assert (r.status, r.targets[0].id) == ("resolved", "P#第六十七条")


def test_daolu_jiaotong_fa_names_the_road_traffic_safety_law():
    text = "道路交通法第七十六条详解：机动车之间发生交通事故的，由有过错的一方承担赔偿责任。"
    assert cites(text) == [("道路交通法第七十六条", "中华人民共和国道路交通安全法", ["第七十六条"])]
