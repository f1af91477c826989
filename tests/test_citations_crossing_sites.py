"""Statute citations in forms that pages of many sites print (``lawnews.index.tagging.citations``,
``lawnews.index.store.statutes``): an interpretation named after its law's full bracketed title, a
bare article in a text naming one law only in passing, the wording of a rule citing a law by name
(no law of the headings after it), a name defined by a quoted name alone in brackets, the articles
a new law recast another's into; each with a look-alike that must not be linked.

Every sentence here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.store import statutes
from support import cited as cites
from support import resolution, statute_collection

CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"
PROCEDURE_INTERPRETATION = "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"
LABOUR_CONTRACT = "中华人民共和国劳动合同法"
CIVIL_CODE = "中华人民共和国民法典"


@pytest.fixture()
def procedure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> statutes.Collection:
    return statute_collection(tmp_path, monkeypatch, [
        {"id": "L#第二百四十七条", "title": f"{CIVIL_PROCEDURE} 第二百四十七条", "law": CIVIL_PROCEDURE,
         "text": "人民法院对申请执行的仲裁裁决应当审查。", "date": "2023-09-01"},
        {"id": "I#第二百四十七条", "title": f"{PROCEDURE_INTERPRETATION} 第二百四十七条",
         "law": PROCEDURE_INTERPRETATION, "text": "当事人就已经提起诉讼的事项再次起诉的，构成重复起诉。",
         "date": "2022-04-01"}])


def test_an_interpretation_named_after_its_laws_full_title_resolves_to_the_interpretation(procedure):
    text = "依据《中华人民共和国民事诉讼法》司法解释第二百四十七条，后诉不予受理。"
    r = resolution(procedure, text, "2023-12-01")
    assert (r.law, r.targets[0].id) == (PROCEDURE_INTERPRETATION, "I#第二百四十七条")


def test_the_full_title_itself_still_resolves_to_the_law(procedure):
    text = "依据《中华人民共和国民事诉讼法》第二百四十七条，法院审查了裁决。"
    r = resolution(procedure, text, "2023-12-01")
    assert (r.law, r.targets[0].id) == (CIVIL_PROCEDURE, "L#第二百四十七条")


LABOUR_FACTS = "结合《劳动合同法》中的规定，用人单位应当在用工之日起一个月内与劳动者订立书面劳动合同。\n\n"


def test_a_bare_article_in_a_text_naming_one_law_in_passing_is_that_laws():
    text = (LABOUR_FACTS + "实践中对双倍工资的截止时间有不同看法。\n\n"
            "从第八十二条的文字表述来看，双倍工资的支付期间为自用工之日起超过一个月不满一年。")
    assert cites(text) == [("第八十二条", LABOUR_CONTRACT, ["第八十二条"])]


def test_a_bare_article_in_a_text_naming_two_laws_is_no_ones():
    text = ("结合《劳动合同法》和《劳动法》的规定，用人单位应当订立书面劳动合同。\n\n"
            "从第八十二条的文字表述来看，双倍工资的支付期间不满一年。")
    assert cites(text) == []


def test_shuffled_fragments_and_renumberings_take_no_law_from_the_one_law_named():
    fragments = LABOUR_FACTS + "  可以并处罚款 27第八十二条\n\n  第七十六条 第一百三十三条\n\n  非法使用、第九条,电信\n"
    assert cites(fragments) == []
    renumbered = ("依照《中华人民共和国海洋环境保护法》的规定处罚。\n"
                  "第三十四条改为第三十三条，修改为：审批部门收取费用的，由其上级机关责令退还。")
    assert cites(renumbered) == []


def test_headings_after_a_rules_wording_citing_a_law_by_name_are_not_that_laws():
    # the text of an interpretation whose title is cut off: its wording cites 民法典 articles by name
    text = ("民法典第一千零四十二条、第一千零七十九条规定的\n“与他人同居”的情形，是指有配偶者与婚外异性"
            "持续、稳定地共同居住。\n第\n3条\n当事人提起诉讼仅请求解除同居关系的，人民法院不予受理。")
    assert cites(text) == [("民法典第一千零四十二条、第一千零七十九条", CIVIL_CODE, ["第一千零四十二条", "第一千零七十九条"])]


def test_headings_after_a_law_quoted_under_its_citation_are_that_laws():
    text = "《民法典》第一千零四十二条规定：\n禁止重婚。\n第一千零四十三条 家庭应当树立优良家风，弘扬家庭美德。"
    assert cites(text) == [("《民法典》第一千零四十二条", CIVIL_CODE, ["第一千零四十二条"]),
                           ("第一千零四十三条", CIVIL_CODE, ["第一千零四十三条"])]


def test_a_law_s_own_articles_in_its_wording_still_lend_it_to_the_next_heading():
    text = ("《劳动合同法》第四十六条 有下列情形之一的，用人单位应当向劳动者支付经济补偿：（一）劳动者依照"
            "本法第三十八条规定解除劳动合同的；\n第四十七条 经济补偿按劳动者在本单位工作的年限支付。")
    assert [c[2] for c in cites(text)] == [["第四十六条"], ["第三十八条"], ["第四十七条"]]
    assert {c[1] for c in cites(text)} == {LABOUR_CONTRACT}


SUMMIT = "关于办理环境污染刑事案件有关问题座谈会纪要"


def test_a_quoted_name_alone_in_brackets_after_a_title_is_that_title():
    text = (f"五部门联合印发《{SUMMIT}》（“《纪要》”），统一了法律适用。\n\n"
            "对此，《纪要》第一条对单位犯罪的认定作出了明确。")
    assert cites(text) == [("《纪要》第一条", SUMMIT, ["第一条"])]


def test_a_quoted_name_in_brackets_after_no_law_defines_nothing():
    text = "《人民法院报》（“法院报”）刊文指出，审判应当公开。\n\n法院报第三条版面刊登了案例。"
    assert cites(text) == []


def test_the_articles_a_law_recast_another_laws_article_into_are_its_own():
    text = ("《民法典》对《合同法》第52条第3项的规定，继受改造为3个规范：1. 第146条，关于通谋虚伪行为；"
            "2. 第153条，关于违反强制性规定；3. 第154条，关于恶意串通。")
    assert cites(text) == [("《合同法》第52条第3项", "中华人民共和国合同法", ["第五十二条"]),
                           ("第146条", CIVIL_CODE, ["第一百四十六条"]),
                           ("第153条", CIVIL_CODE, ["第一百五十三条"]),
                           ("第154条", CIVIL_CODE, ["第一百五十四条"])]


def test_without_a_recasting_verb_the_next_article_stays_the_cited_laws():
    text = "《民法典》对《合同法》第52条的规定作了说明，第53条规定了免责条款无效。"
    assert cites(text) == [("《合同法》第52条", "中华人民共和国合同法", ["第五十二条"]),
                           ("第53条", "中华人民共和国合同法", ["第五十三条"])]
