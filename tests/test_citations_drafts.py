"""A law's draft is not the law (``lawnews.index.tagging.citations``, resolution in
``lawnews.index.store.statutes``): the articles of 《X（草案）》, X草案, 《X(修订草案)》, a title
line with (征求意见稿) under it, 草案第N条 are the draft's, named as the draft, and never linked
to the article of the law in force that has the same number; a plain mention of the law beside
a draft stays the law's.

Every sentence here is written for the test. A tiny collection written for the test holds
反家庭暴力法, 个人信息保护法 and 刑法 in one version each (``collection`` in conftest).
"""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging import Tagger
from support import cited as cites

FAMILY = "中华人民共和国反家庭暴力法"
PRIVACY = "中华人民共和国个人信息保护法"
CRIMINAL = "中华人民共和国刑法"
STATUTES = [
    {"id": "FV#第二十三条", "title": f"{FAMILY} 第二十三条", "date": "2015-12-27", "law": FAMILY,
     "text": "当事人因遭受家庭暴力或者面临家庭暴力的现实危险，向人民法院申请人身安全保护令的，人民法院应当受理。"},
    {"id": "FV#第二十四条", "title": f"{FAMILY} 第二十四条", "date": "2015-12-27", "law": FAMILY,
     "text": "申请人身安全保护令应当以书面方式提出。"},
    {"id": "PI#第二十九条", "title": f"{PRIVACY} 第二十九条", "date": "2021-08-20", "law": PRIVACY,
     "text": "处理敏感个人信息应当取得个人的单独同意。"},
    {"id": "PI#第三十条", "title": f"{PRIVACY} 第三十条", "date": "2021-08-20", "law": PRIVACY,
     "text": "个人信息处理者处理敏感个人信息的，应当向个人告知处理敏感个人信息的必要性。"},
    {"id": "CR#第十条", "title": f"{CRIMINAL} 第十条", "date": "1997-03-14", "law": CRIMINAL,
     "text": "凡在中华人民共和国领域外犯罪，依照本法应当负刑事责任的，虽然经过外国审判，仍然可以依照本法追究。"},
]


def tagged(text: str, date: str | None = "2022-01-01") -> Article:
    return Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date))


def resolutions(collection: statutes.Collection, text: str, date: str = "2022-01-01") -> list[statutes.Resolution]:
    return collection.resolve_all(list(tagged(text, date).citations), date)


def links(collection: statutes.Collection, text: str) -> list[tuple[str | None, list[str | None]]]:
    return [(r.law, [t.id for t in r.targets]) for r in resolutions(collection, text)]


# -- what the draft is called ---------------------------------------------------------------

def test_the_articles_of_a_bracketed_draft_are_the_drafts_named_with_the_laws_full_title():
    text = "《个人信息保护法（草案）》第二十九条规定了敏感信息的处理，其中第三十条另有规定。"
    assert cites(text) == [("《个人信息保护法（草案）》第二十九条", f"{PRIVACY}（草案）", ["第二十九条"]),
                           ("第三十条", f"{PRIVACY}（草案）", ["第三十条"])]


def test_the_reading_of_a_draft_is_named_with_its_note_in_full_width_brackets():
    assert cites("《个人信息保护法(草案二次审议稿)》第29条与初稿不同。") == [
        ("《个人信息保护法(草案二次审议稿)》第29条", f"{PRIVACY}（草案二次审议稿）", ["第二十九条"])]
    assert cites("《劳动合同法(送审稿)》第十条拟作修改。")[0][1] == "中华人民共和国劳动合同法（送审稿）"


def test_a_law_named_without_brackets_and_followed_by_draft_is_the_draft():
    text = "反家庭暴力法草案第二十三条规定，当事人可以申请保护令。"
    assert cites(text) == [("反家庭暴力法草案第二十三条", f"{FAMILY}（草案）", ["第二十三条"])]


def test_an_amendment_draft_of_the_criminal_code_is_not_the_code():
    text = "刑法修正案(十二)(草案)第十条拟增加一款。"
    assert cites(text) == [("刑法修正案(十二)(草案)第十条", f"{CRIMINAL}修正案（十二）（草案）", ["第十条"])]


def test_the_headings_printed_under_a_drafts_title_are_the_drafts():
    text = "反家庭暴力法草案\n第二十三条 当事人可以申请人身安全保护令。\n第二十四条 申请应当以书面方式提出。"
    assert [(law, labels) for _m, law, labels in cites(text)] == [
        (f"{FAMILY}（草案）", ["第二十三条"]), (f"{FAMILY}（草案）", ["第二十四条"])]


def test_a_title_line_with_the_note_of_the_copy_for_comment_under_it_is_a_draft():
    text = "青山市文明行为促进条例（草案）\n（征求意见稿）\n第一条 为了促进文明行为，制定本条例。\n第二条 本条例适用于本市。"
    assert [(law, labels) for _m, law, labels in cites(text)] == [
        ("青山市文明行为促进条例（草案）（征求意见稿）", ["第一条"]),
        ("青山市文明行为促进条例（草案）（征求意见稿）", ["第二条"])]


def test_a_bracketed_title_line_with_a_draft_note_on_the_line_under_it_is_the_draft():
    text = ("《中华人民共和国个人信息保护法》\n\n（修正草案·二审稿）\n\n第二十九条 处理敏感个人信息应当取得个人的单独同意。\n"
            "第三十条 处理敏感个人信息的，应当告知其必要性。")
    assert [(law, labels) for _m, law, labels in cites(text)] == [
        (f"{PRIVACY}（修正草案·二审稿）", ["第二十九条"]), (f"{PRIVACY}（修正草案·二审稿）", ["第三十条"])]


def test_a_draft_of_a_later_reading_or_with_two_notes_in_one_bracket_is_the_draft():
    assert cites("《个人信息保护法》(修正草案·三审稿)第二十九条有所调整。") == [
        ("《个人信息保护法》(修正草案·三审稿)第二十九条", f"{PRIVACY}（修正草案·三审稿）", ["第二十九条"])]
    assert cites("《个人信息保护法(草案修改二稿 征求意见稿)》第29条有所调整。")[0][1] == \
        f"{PRIVACY}（草案修改二稿）（征求意见稿）"


def test_the_articles_of_a_draft_of_a_later_reading_are_linked_to_nothing(collection):
    text = "《中华人民共和国个人信息保护法》\n（修正草案·二审稿）\n第二十九条 处理敏感个人信息应当取得个人的单独同意。"
    (r,) = resolutions(collection, text)
    assert [t.id for t in r.targets] == [None]
    assert r.reason == f"{PRIVACY}（修正草案·二审稿） is a draft, not the law in force"


def test_a_draft_the_text_names_in_brackets_keeps_that_name_under_its_title_line():
    text = ("《青山市文明行为促进条例(草案)》已经初审，现予公布。\n青山市文明行为促进条例(草案)\n(征求意见稿)\n"
            "第一条 为了促进文明行为，制定本条例。\n第二条 本条例适用于本市。")
    assert [(law, labels) for _m, law, labels in cites(text)] == [
        ("青山市文明行为促进条例（草案）", ["第一条"]), ("青山市文明行为促进条例（草案）", ["第二条"])]


def test_draft_before_article_numbers_is_the_last_draft_named():
    text = "《个人信息保护法(草案)》公布后，各方意见集中于敏感信息。草案第二十九条规定应当取得单独同意。"
    assert cites(text)[-1] == ("草案第二十九条", f"{PRIVACY}（草案）", ["第二十九条"])


def test_draft_before_article_numbers_with_no_draft_named_is_not_the_law_just_named():
    text = "《反家庭暴力法》施行前，立法机关多次审议。草案第二十三条规定，当事人可以申请保护令。"
    assert cites(text) == []


def test_a_name_the_text_gives_a_draft_holds_where_the_contents_use_it_before_the_definition():
    text = ("目录\n一、《征求意见稿》第6条的变化\n正文\n"
            "《关于适用〈公司法〉若干问题的解释(征求意见稿)》(以下简称《征求意见稿》)第6条规定了人格否认。")
    found = cites(text)
    assert found[0] == ("《征求意见稿》第6条", "关于适用《公司法》若干问题的解释（征求意见稿）", ["第六条"])


# -- no link, and the law in force beside it --------------------------------------------------

def test_no_article_of_a_draft_is_linked_to_the_law_in_force(collection):
    text = "《个人信息保护法（草案）》第二十九条规定了敏感信息。"
    (r,) = resolutions(collection, text)
    assert [t.id for t in r.targets] == [None]
    assert r.reason == f"{PRIVACY}（草案） is a draft, not the law in force"


def test_the_headings_under_a_drafts_title_are_linked_to_nothing(collection):
    text = "反家庭暴力法草案\n第二十三条 当事人可以申请人身安全保护令。\n第二十四条 申请应当以书面方式提出。"
    assert links(collection, text) == [(None, [None]), (None, [None])]
    assert links(collection, "刑法修正案草案第十条拟增加一款。") == [(None, [None])]


def test_the_law_in_force_named_beside_a_draft_is_still_linked(collection):
    text = "《个人信息保护法（草案）》第二十九条与《个人信息保护法》第三十条的表述不同。"
    assert links(collection, text) == [(None, [None]), (PRIVACY, ["PI#第三十条"])]


def test_the_statute_facets_count_the_draft_not_the_law():
    tags = tagged("反家庭暴力法草案\n第二十三条 当事人可以申请人身安全保护令。").tags
    assert tags.statutes == (f"{FAMILY}（草案）",)
    assert tags.cites == (f"{FAMILY}（草案） 第二十三条",)
