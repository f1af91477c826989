"""A quoted wording that is not the cited article's, for a code numbered once (``lawnews.index.store.statutes``).

A tiny collection written for the test: one 民法典 article, one 刑法 article, one article of the
劳动合同法 in its two versions and one article of a law held in two versions. The 民法典 has had
one numbering since it was enacted, the 刑法 since 1997 and the 劳动合同法 through its amendment, so
a writer's paraphrase after one of their articles is no sign of an older numbering; wording sharing
nothing with the article still is not resolved, and other laws keep the stricter reading. The tests share one collection, built once for the module (``collection``
in conftest).
"""

from __future__ import annotations

from support import resolution

MFD = "中华人民共和国民法典"
MSL = "中华人民共和国民事诉讼法"
XF = "中华人民共和国刑法"
LD = "中华人民共和国劳动合同法"
DEFENCE = ("为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的不法侵害，而采取的制止不法侵害的行为，"
           "对不法侵害人造成损害的，属于正当防卫，不负刑事责任。\n正当防卫明显超过必要限度造成重大损害的，应当负刑事责任，"
           "但是应当减轻或者免除处罚。")
SEVERANCE = ("有下列情形之一的，用人单位应当向劳动者支付经济补偿：\n（一）劳动者依照本法第三十八条规定解除劳动合同的；"
             "\n（二）用人单位依照本法第三十六条规定向劳动者提出解除劳动合同并与劳动者协商一致解除劳动合同的。")
WILL = ("遗嘱人可以撤回、变更自己所立的遗嘱。\n立遗嘱后，遗嘱人实施与遗嘱内容相反的民事法律行为的，"
        "视为对遗嘱相关内容的撤回。\n立有数份遗嘱，内容相抵触的，以最后的遗嘱为准。")
FINE = "对个人的罚款金额，为人民币十万元以下。对单位的罚款金额，为人民币五万元以上一百万元以下。"
STATUTES = [
    {"id": "C#第一千一百四十二条", "title": f"{MFD} 第一千一百四十二条", "text": WILL, "date": None, "law": MFD},
    {"id": "M1#第一百一十八条", "title": f"{MSL} 第一百一十八条", "text": FINE, "date": "2021-12-24", "law": MSL},
    {"id": "M2#第一百一十八条", "title": f"{MSL} 第一百一十八条", "text": FINE, "date": "2023-09-01", "law": MSL},
    {"id": "X#第二十条", "title": f"{XF} 第二十条", "text": DEFENCE, "date": None, "law": XF},
    {"id": "L1#第四十六条", "title": f"{LD} 第四十六条", "text": SEVERANCE, "date": "2007-06-29", "law": LD},
    {"id": "L2#第四十六条", "title": f"{LD} 第四十六条", "text": SEVERANCE, "date": "2012-12-28", "law": LD},
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


def test_a_paraphrase_after_an_article_of_the_criminal_code_still_resolves(collection):
    """The 刑法 has kept its numbering since 1997: the writer's summary after 第二十条 is no older text."""
    text = "《刑法》第二十条规定，面对正在进行的不法侵害，公民采取制止行为造成损害的，属于正当防卫，无需承担责任。"
    r = resolution(collection, text)
    assert (r.status, r.targets[0].id) == ("resolved", "X#第二十条")


def test_a_paraphrase_after_an_article_of_the_labour_contract_law_still_resolves(collection):
    text = "《劳动合同法》第四十六条规定，单位主动提出解约、双方谈妥的，员工可以拿到经济补偿。"
    r = resolution(collection, text)
    assert r.status == "resolved" and r.targets[0].id in {"L1#第四十六条", "L2#第四十六条"}


def test_wording_sharing_nothing_with_the_criminal_code_article_is_not_resolved(collection):
    text = "《刑法》第二十条规定：“本法所称国家工作人员，是指国家机关中从事公务的人员。”"
    r = resolution(collection, text)
    assert r.status == "unresolved" and "older numbering" in r.targets[0].reason
