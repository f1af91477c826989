"""A law's name that ends in another name of the table (``lawnews.index.tagging.citations``):
printed right after the words that open a law's name, with no boundary between them, it is the
longer law (one the table lacks), never the shorter one it ends in; the longer names the table
holds are still read whole.

Every sentence here is written for the test.
"""

from __future__ import annotations

from support import cited as cites


def test_a_longer_name_the_table_lacks_is_not_the_short_law_it_ends_in():
    found = cites("依據環境教育法第23條規定，處以罰鍰。")
    assert [(m, law) for m, law, _a in found] == [("環境教育法第23條", "环境教育法")]
    assert cites("有学者认为行政刑法第十条应当删去。")[0][1] == "行政刑法"


def test_the_longer_names_the_table_holds_are_still_read_whole():
    assert cites("依照义务教育法第十四条处理。") == [
        ("义务教育法第十四条", "中华人民共和国义务教育法", ["第十四条"])]
    assert cites("依照劳动合同法第十条处理。") == [
        ("劳动合同法第十条", "中华人民共和国劳动合同法", ["第十条"])]


def test_words_before_a_law_that_open_no_name_of_it_leave_it_the_law():
    text = "依照教育法第十条处理，我国刑法第二十条和中国刑法第二十一条也有规定。"
    assert [law for _m, law, _a in cites(text)] == [
        "中华人民共和国教育法", "中华人民共和国刑法", "中华人民共和国刑法"]
