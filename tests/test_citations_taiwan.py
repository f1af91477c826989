"""The codes of Taiwan are not the mainland's laws of the same short names.

A page about a case before a court of Taiwan (臺灣臺北地方法院, a case number such as
108年度台上字第1234號, a year of the Republic after 1949) cites Taiwan's 民法 and 刑法, not the
mainland's: such citations are left out, as the codes of Taiwan named as such are. So is a code a
sentence gives to Taiwan by 其 after naming it. Every sentence here is made up for the test.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract

CIVIL_CODE = "中华人民共和国民法典"
CRIMINAL = "中华人民共和国刑法"


def test_the_codes_cited_on_a_page_about_a_court_of_taiwan_are_not_the_mainlands():
    text = "臺灣臺北地方法院審理認為，被告依民法第184條第1項規定應負賠償責任，並依刑法第339條論處。"
    assert extract(text) == ()


def test_a_case_number_or_a_year_of_the_republic_shows_the_page_is_about_taiwan():
    text = "民國110年，最高法院108年度台上字第1234號判決指出，依《民法》第184條及該法第185條，應連帶賠償。"
    assert extract(text) == ()
    assert extract("民国一百一十年，该案经二审改判，依刑法第三百三十九条论处。") == ()


def test_a_mainland_law_named_as_such_on_a_page_about_taiwan_is_still_cited():
    text = "臺灣高等法院判決後，有評論比較《中華人民共和國民法典》第1165條與民法典第1166條。"
    assert [(c.law, c.labels) for c in extract(text)] == [
        (CIVIL_CODE, ("第一千一百六十五条",)), (CIVIL_CODE, ("第一千一百六十六条",))]


def test_a_page_about_a_mainland_court_keeps_its_citations_though_it_names_a_court_of_taiwan():
    text = "台湾台北地方法院作出判决后，申请人向福州市中级人民法院申请认可，法院依照刑法第三百一十三条处理。"
    assert [(c.law, c.labels) for c in extract(text)] == [(CRIMINAL, ("第三百一十三条",))]


def test_a_year_of_the_republic_before_1949_or_a_mainland_case_number_is_no_sign_of_taiwan():
    text = "该房屋系民国三十六年所建，法院依照刑法第二百七十五条认定故意毁坏财物罪。"
    assert [(c.law, c.labels) for c in extract(text)] == [(CRIMINAL, ("第二百七十五条",))]
    text = "（2019年度）京民初字第12号判决书载明，被告依照刑法第三百一十三条应承担责任。"
    assert [(c.law, c.labels) for c in extract(text)] == [(CRIMINAL, ("第三百一十三条",))]


def test_a_code_the_sentence_gives_to_taiwan_by_its_is_taiwans():
    assert extract("我国台湾地区亦采用类似的规定，比如其《著作权法》第八十八条第三项规定了赔偿。") == ()
    found = extract("德国学者认为，其刑法第32条规定了正当防卫。")
    assert [(c.law, c.labels) for c in found] == [("德国刑法", ("第三十二条",))]
    # a country named in an earlier sentence gives the law after 其 nothing
    found = extract("美国学者的研究很多。我国立法则不同，其《著作权法》第十条列举了著作权的内容。")
    assert [(c.law, c.labels) for c in found] == [("中华人民共和国著作权法", ("第十条",))]
