"""The codes of Taiwan are not the mainland's laws of the same short names.

A page about a case before a court of Taiwan (臺灣臺北地方法院, a case number such as
108年度台上字第1234號, a year of the Republic after 1949) cites Taiwan's 民法 and 刑法, not the
mainland's: such citations are kept, named as Taiwan's codes are (``民法（台湾地区）``: the short
title in simplified characters and （台湾地区）), as are the codes a text names after 台湾地区
(台湾地区“民法”) or gives to Taiwan by 其 after naming it. Every sentence here is made up for the test.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract

CIVIL_CODE = "中华人民共和国民法典"
CRIMINAL = "中华人民共和国刑法"
TAIWAN_CIVIL = "民法（台湾地区）"
TAIWAN_CRIMINAL = "刑法（台湾地区）"


def cited(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(c.text, c.law, c.labels) for c in extract(text)]


def test_the_codes_cited_on_a_page_about_a_court_of_taiwan_are_kept_as_taiwans():
    text = "臺灣臺北地方法院審理認為，被告依民法第184條第1項規定應負賠償責任，並依刑法第339條論處。"
    assert cited(text) == [("民法第184條第1項", TAIWAN_CIVIL, ("第一百八十四条",)),
                           ("刑法第339條", TAIWAN_CRIMINAL, ("第三百三十九条",))]


def test_a_case_number_or_a_year_of_the_republic_shows_the_page_is_about_taiwan():
    text = "民國110年，最高法院108年度台上字第1234號判決指出，依《民法》第184條及該法第185條，應連帶賠償。"
    assert cited(text) == [("《民法》第184條", TAIWAN_CIVIL, ("第一百八十四条",)),
                           ("該法第185條", TAIWAN_CIVIL, ("第一百八十五条",))]
    assert cited("民国一百一十年，该案经二审改判，依刑法第三百三十九条论处。") == [
        ("刑法第三百三十九条", TAIWAN_CRIMINAL, ("第三百三十九条",))]


def test_a_code_of_taiwan_is_named_by_its_short_title_in_simplified_characters():
    text = "臺灣高等法院判決指出，依《勞動基準法》第24條，雇主應加給工資；又依勞動基準法第32條不得延長工時。"
    assert [(c.written, c.law) for c in extract(text)] == [("《劳动基准法》", "劳动基准法（台湾地区）"),
                                                        ("劳动基准法", "劳动基准法（台湾地区）")]
    assert [c.law for c in extract("臺灣高等法院認為，中華民國刑法第339條之詐欺罪成立。")] == [TAIWAN_CRIMINAL]


def test_a_mainland_law_named_as_such_on_a_page_about_taiwan_is_still_cited():
    text = "臺灣高等法院判決後，有評論比較《中華人民共和國民法典》第1165條與民法典第1166條。"
    assert [(c.law, c.labels) for c in extract(text)] == [
        (CIVIL_CODE, ("第一千一百六十五条",)), (CIVIL_CODE, ("第一千一百六十六条",))]


def test_another_countrys_code_on_a_page_about_taiwan_is_that_countrys():
    text = "臺灣高等法院認為，參照《德國刑法典》第32條，被告依刑法第23條不罰。"
    assert [c.law for c in extract(text)] == ["德国刑法典", TAIWAN_CRIMINAL]


def test_a_page_about_a_mainland_court_keeps_its_citations_though_it_names_a_court_of_taiwan():
    text = "台湾台北地方法院作出判决后，申请人向福州市中级人民法院申请认可，法院依照刑法第三百一十三条处理。"
    assert [(c.law, c.labels) for c in extract(text)] == [(CRIMINAL, ("第三百一十三条",))]


def test_a_year_of_the_republic_before_1949_or_a_mainland_case_number_is_no_sign_of_taiwan():
    text = "该房屋系民国三十六年所建，法院依照刑法第二百七十五条认定故意毁坏财物罪。"
    assert [(c.law, c.labels) for c in extract(text)] == [(CRIMINAL, ("第二百七十五条",))]
    text = "（2019年度）京民初字第12号判决书载明，被告依照刑法第三百一十三条应承担责任。"
    assert [(c.law, c.labels) for c in extract(text)] == [(CRIMINAL, ("第三百一十三条",))]


def test_a_code_named_after_taiwan_is_taiwans_in_or_out_of_quotation_marks():
    assert cited("学者指出，台湾地区“民法”第1052条列举了离婚事由。") == [
        ("“民法”第1052条", TAIWAN_CIVIL, ("第一千零五十二条",))]
    assert [c.law for c in extract("台湾地区民法第1052条与民法典第一千零七十九条不同。")] == [TAIWAN_CIVIL, CIVIL_CODE]
    assert [c.law for c in extract("台湾地区劳动基准法第24条规定了加班费。")] == ["劳动基准法（台湾地区）"]
    # the same words on a mainland page name no law (民法 is no name of a mainland law)
    assert extract("学者指出，民法第1052条列举了离婚事由。") == ()


def test_a_code_the_sentence_gives_to_taiwan_by_its_is_taiwans():
    assert cited("我国台湾地区亦采用类似的规定，比如其《著作权法》第八十八条第三项规定了赔偿。") == [
        ("《著作权法》第八十八条第三项", "著作权法（台湾地区）", ("第八十八条",))]
    found = extract("德国学者认为，其刑法第32条规定了正当防卫。")
    assert [(c.law, c.labels) for c in found] == [("德国刑法", ("第三十二条",))]
    # a country named in an earlier sentence gives the law after 其 nothing
    found = extract("美国学者的研究很多。我国立法则不同，其《著作权法》第十条列举了著作权的内容。")
    assert [(c.law, c.labels) for c in found] == [("中华人民共和国著作权法", ("第十条",))]


def test_the_codes_of_hong_kong_and_macau_are_still_left_out():
    assert extract("香港地区《公司条例》第12条与我国公司法不同。") == ()
