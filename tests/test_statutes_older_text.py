"""Resolution of articles on pages printing another text of a law than the collection holds
(``lawnews.index.store.statutes``): a bare article after a citation whose wording is an older
text's, and a version the text names that is newer than every version held.

A tiny collection written for the test: one version of 反不正当竞争法 (2019) whose 第九条 and
第二十四条 hold other provisions than the 1993 text's, and the 2012 text of 治安管理处罚法. The
tests share one collection, built once for the module (``collection`` in conftest).
"""

from __future__ import annotations

from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract
from support import resolution

AUC = "中华人民共和国反不正当竞争法"
PSA = "中华人民共和国治安管理处罚法"
SECRET = "经营者不得实施下列侵犯商业秘密的行为：以盗窃、贿赂、欺诈、胁迫、电子侵入或者其他不正当手段获取权利人的商业秘密。"
NETWORK = "经营者违反本法第十二条规定妨碍、破坏其他经营者合法提供的网络产品或者服务正常运行的，由监督检查部门责令停止违法行为。"
CONFUSION = "经营者不得实施下列混淆行为，引人误认为是他人商品或者与他人存在特定联系：擅自使用与他人有一定影响的商品名称。"
STATUTES = [
    {"id": "A#第六条", "title": f"{AUC} 第六条", "text": CONFUSION, "date": "2019-04-23", "law": AUC},
    {"id": "A#第九条", "title": f"{AUC} 第九条", "text": SECRET, "date": "2019-04-23", "law": AUC},
    {"id": "A#第二十四条", "title": f"{AUC} 第二十四条", "text": NETWORK, "date": "2019-04-23", "law": AUC},
    {"id": "P#第九十七条", "title": f"{PSA} 第九十七条", "text": "公安机关应当向被处罚人宣告治安管理处罚决定书，并当场交付被处罚人。",
     "date": "2012-10-26", "law": PSA},
]
OLD_NINE = "《反不正当竞争法》第九条规定，经营者不得利用广告或者其他方法，对商品的质量、制作成分、性能、用途、产地等作引人误解的虚假宣传。"


def resolved(collection: statutes.Collection, text: str, date: str | None) -> list[tuple[str, str | None]]:
    cited = extract(text)
    return [(c.text, r.targets[0].id) for c, r in zip(cited, collection.resolve_all(cited, date))]


def test_a_bare_article_after_a_citation_printing_an_older_wording_is_not_resolved(collection):
    text = OLD_NINE + "\n\n对违反该规定的，根据第二十四条进行处罚，可以处以一万元以上二十万元以下的罚款。"
    assert resolved(collection, text, "2022-06-26") == [("《反不正当竞争法》第九条", None), ("第二十四条", None)]


def test_a_bare_article_after_a_citation_of_the_current_wording_is_resolved(collection):
    text = ("《反不正当竞争法》第九条规定，经营者不得实施下列侵犯商业秘密的行为。\n\n"
            "对违反该规定的，根据第二十四条进行处罚。")
    assert resolved(collection, text, "2022-06-26") == [("《反不正当竞争法》第九条", "A#第九条"),
                                                      ("第二十四条", "A#第二十四条")]


def test_an_article_cited_before_the_older_wording_keeps_its_link(collection):
    text = "本案适用《反不正当竞争法》第六条的规定。\n\n另外，" + OLD_NINE
    assert resolved(collection, text, "2022-06-26") == [("《反不正当竞争法》第六条", "A#第六条"),
                                                      ("《反不正当竞争法》第九条", None)]


def test_a_version_the_text_names_years_after_every_version_held_is_not_resolved(collection):
    r = resolution(collection, "依据2025年修订的《治安管理处罚法》第九十七条，公安机关应当当场交付决定书。", "2025-08-01")
    assert r.status == "unresolved" and "later than every version" in (r.reason or "")


def test_a_version_named_a_year_after_the_latest_held_is_that_version(collection):
    # 2013年的《治安管理处罚法》: the law in force in 2013, the 2012 text
    r = resolution(collection, "依据2013年《治安管理处罚法》第九十七条，公安机关应当当场交付决定书。", "2014-08-01")
    assert (r.status, r.version) == ("resolved", "2012-10-26")
