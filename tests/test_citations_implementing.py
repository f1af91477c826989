"""Short names of the rules implementing a law (``lawnews.index.tagging.citations``):
《专利实施细则》, 《招投标实施条例》, a title with characters dropped (《勞動實施條例》).

Every sentence here is written for the test; each citation's span must be the text it
covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

from support import cited as cites


def test_a_short_name_of_an_implementing_regulation_is_the_one_title_it_abbreviates():
    text = "依照《招投标实施条例》第三十四条的规定,该投标无效。"
    assert cites(text) == [("《招投标实施条例》第三十四条", "中华人民共和国招标投标法实施条例", ["第三十四条"])]


def test_an_implementing_rule_title_with_characters_dropped_in_traditional_characters():
    text = "另據《勞動實施條例》第七條,用人單位應當支付二倍工資。"
    assert cites(text) == [("《勞動實施條例》第七條", "中华人民共和国劳动合同法实施条例", ["第七条"])]


def test_implementing_rules_of_details_and_measures_as_well():
    text = "《专利实施细则》第十条对此作了规定。"
    assert cites(text) == [("《专利实施细则》第十条", "中华人民共和国专利法实施细则", ["第十条"])]


def test_a_short_name_several_implementing_rules_fit_names_none_of_them():
    # 保护 is in the title of more than one implementing regulation: which one cannot be told
    text = "根据《保护实施条例》第三条,应当予以保护。"
    assert [law for _m, law, _a in cites(text)] == ["保护实施条例"]
