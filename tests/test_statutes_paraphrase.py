"""A quoted wording that is not the cited article's, for a code numbered once (``lawnews.index.store.statutes``).

A tiny collection written for the test: one 民法典 article and one article of a law held in two
versions. The 民法典 has had one numbering since it was enacted, so a writer's paraphrase in
quotation marks after 《民法典》第N条 is no sign of an older numbering; wording sharing nothing with
the article still is not resolved, and other laws keep the stricter reading. The tests share one collection, built once for the module (``collection``
in conftest).
"""

from __future__ import annotations

from support import resolution

MFD = "中华人民共和国民法典"
MSL = "中华人民共和国民事诉讼法"
WILL = ("遗嘱人可以撤回、变更自己所立的遗嘱。\n立遗嘱后，遗嘱人实施与遗嘱内容相反的民事法律行为的，"
        "视为对遗嘱相关内容的撤回。\n立有数份遗嘱，内容相抵触的，以最后的遗嘱为准。")
FINE = "对个人的罚款金额，为人民币十万元以下。对单位的罚款金额，为人民币五万元以上一百万元以下。"
STATUTES = [
    {"id": "C#第一千一百四十二条", "title": f"{MFD} 第一千一百四十二条", "text": WILL, "date": None, "law": MFD},
    {"id": "M1#第一百一十八条", "title": f"{MSL} 第一百一十八条", "text": FINE, "date": "2021-12-24", "law": MSL},
    {"id": "M2#第一百一十八条", "title": f"{MSL} 第一百一十八条", "text": FINE, "date": "2023-09-01", "law": MSL},
]



def test_a_paraphrase_quoted_after_a_civil_code_article_still_resolves(collection):
    text = "法院依据《民法典》第1142条“以最后一份有效遗嘱为准”的规定，认定后立的自书遗嘱有效。"
    r = resolution(collection, text)
    assert (r.status, r.targets[0].id) == ("resolved", "C#第一千一百四十二条")


def test_wording_sharing_nothing_with_the_civil_code_article_is_not_resolved(collection):
    text = "《民法典》第1142条规定：“当事人提起诉讼仅请求解除同居关系的，人民法院不予受理。”"
    r = resolution(collection, text)
    assert r.status == "unresolved" and "older numbering" in r.targets[0].reason


def test_a_paraphrase_after_an_article_of_another_law_is_still_read_as_an_older_numbering(collection):
    text = "《民事诉讼法》第一百一十八条规定“拘传、罚款、拘留必须经院长批准”，法院据此作出决定。"
    r = resolution(collection, text)
    assert r.status == "unresolved"
