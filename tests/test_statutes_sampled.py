"""Resolution of undated citations whose 款 fits one version of the law only
(``lawnews.index.store.statutes``).

A tiny collection written for the test: two versions of 公司法 whose 第二十条 hold different
provisions, the older one in three paragraphs, the newer one in two. The tests share one
collection, built once for the module (``collection`` in conftest).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.store import statutes
from support import resolution, statute_collection

COMPANY = "中华人民共和国公司法"
OLD, NEW = "2018-10-26", "2023-12-29"
ABUSE = ("公司股东应当遵守法律、行政法规和公司章程，依法行使股东权利。\n"
         "公司股东滥用股东权利给公司或者其他股东造成损失的，应当依法承担赔偿责任。\n"
         "公司股东滥用公司法人独立地位和股东有限责任，逃避债务，严重损害公司债权人利益的，应当对公司债务承担连带责任。")
DUTY = ("公司从事经营活动，应当充分考虑公司职工、消费者等利益相关者的利益以及生态环境保护等社会公共利益，承担社会责任。\n"
        "国家鼓励公司参与社会公益活动，公布社会责任报告。")
STATUTES = [
    {"id": "C1#第二十条", "title": f"{COMPANY} 第二十条", "text": ABUSE, "date": OLD, "law": COMPANY},
    {"id": "C2#第二十条", "title": f"{COMPANY} 第二十条", "text": DUTY, "date": NEW, "law": COMPANY},
]



def test_an_undated_paragraph_only_an_older_versions_article_has_picks_that_version(collection):
    text = "《公司法》第20条第3款所规定的公司人格否认制度,适用于所有的公司。"
    r = resolution(collection, text, None)
    assert (r.status, r.version, r.targets[0].id) == ("resolved", OLD, "C1#第二十条")


def test_an_undated_paragraph_every_version_has_leaves_the_article_unresolved(collection):
    # 第2款: both versions' articles have it, and they differ: which one is cited cannot be told
    r = resolution(collection, "《公司法》第20条第2款对此作了规定。", None)
    assert r.status == "unresolved"


def test_a_dated_page_citing_a_paragraph_its_version_lacks_is_not_moved_to_another_version(collection):
    r = resolution(collection, "《公司法》第20条第3款所规定的公司人格否认制度,适用于所有的公司。", "2024-08-01")
    assert r.status == "unresolved" and r.targets[0].id is None


REFUSAL = "最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释"
REFUSAL_1 = ("被执行人、协助执行义务人、担保人等负有执行义务的人对人民法院的判决、裁定有能力执行而拒不执行，"
             "情节严重的，应当依照刑法第三百一十三条的规定，以拒不执行判决、裁定罪处罚。")


@pytest.fixture()
def one_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> statutes.Collection:
    return statute_collection(tmp_path, monkeypatch, [
        {"id": "J1#第一条", "title": f"{REFUSAL} 第一条", "text": REFUSAL_1, "date": "2020-12-29", "law": REFUSAL}])


def test_an_older_text_quoting_the_wording_of_the_only_versions_article_resolves_to_it(one_version):
    # the 2015 text, before the only version held: its quoted wording shows the article kept its number
    text = f"2015年《{REFUSAL}》第一条规定：“{REFUSAL_1[:40]}”"
    r = resolution(one_version, text, None)
    assert (r.status, r.version, r.targets[0].id) == ("resolved", "2020-12-29", "J1#第一条")


def test_an_older_text_quoting_other_wording_stays_unresolved(one_version):
    text = f"2015年《{REFUSAL}》第一条规定：“人民法院应当在立案后三日内通知被执行人，并告知其权利义务。”"
    assert resolution(one_version, text, None).status == "unresolved"
