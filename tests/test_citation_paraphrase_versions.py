"""The version of an undated citation read from what the text says the article says.

A tiny collection built here holds a made-up law in two versions whose articles 第二条 and
第三条 hold other provisions in each; the texts are made up too."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract
from support import resolved_all, versioned_collection

LAW = "中华人民共和国示例企业法"
OLD, NEW = "2016-05-01", "2024-07-01"
TEXTS = {
    (OLD, "第一条"): "为了规范示例企业的组织和行为，制定本法。",
    (OLD, "第二条"): "示例企业的负责人不得利用其关联关系损害企业利益；给企业造成损失的，应当承担赔偿责任。",
    (OLD, "第三条"): "示例企业应当每年向登记机关报送年度报告。",
    (NEW, "第一条"): "为了规范示例企业的组织和行为，制定本法。",
    (NEW, "第二条"): "出资人滥用企业独立地位逃避债务，严重损害债权人利益的，应当对企业债务承担连带责任。",
    (NEW, "第三条"): "示例企业设立分支机构，应当向分支机构所在地的登记机关申请登记。",
}


@pytest.fixture()
def collection(tmp_path: Path) -> statutes.Collection:
    return versioned_collection(tmp_path / "statutes.sqlite", LAW, TEXTS)


def resolved(coll: statutes.Collection, text: str) -> list[statutes.Resolution]:
    return resolved_all(coll, text)


def test_a_paraphrase_after_gui_ding_saying_what_one_versions_article_says_picks_that_version(collection):
    (r,) = resolved(collection, "《示例企业法》第二条规定，出资人滥用企业独立地位逃避债务的，要对企业债务负连带责任。")
    assert (r.status, r.version, r.targets[0].id) == ("resolved", NEW, f"{NEW}#第二条")
    assert "says what the text says" in r.note


def test_the_words_after_a_citation_without_gui_ding_pick_the_version_whose_article_says_them(collection):
    (r,) = resolved(collection, "依照《示例企业法》第二条，负责人不得利用其关联关系损害企业利益，应当承担赔偿责任。")
    assert (r.status, r.version, r.targets[0].id) == ("resolved", OLD, f"{OLD}#第二条")
    (m,) = resolved(collection, "《示例企业法》第三条明确，示例企业每年向登记机关报送年度报告。")
    assert (m.status, m.version) == ("resolved", OLD)


def test_words_matching_both_versions_alike_or_neither_leave_the_version_untold(collection):
    # the law's common phrases (示例企业, 登记机关, 应当) are in both versions' 第三条
    (both,) = resolved(collection, "依照《示例企业法》第三条，示例企业应当向登记机关申请。")
    assert both.status == "unresolved" and both.targets[0].reason.startswith(statutes.UNDATED_DIFFER)
    # what another article says (第一条's purpose) is no version's 第三条
    (other,) = resolved(collection, "《示例企业法》第三条规定，为了规范示例企业的组织和行为。")
    assert other.status == "unresolved"
    (remark,) = resolved(collection, "依照《示例企业法》第二条，判决被告赔偿原告损失。")
    assert remark.status == "unresolved" and remark.targets[0].reason.startswith(statutes.UNDATED_DIFFER)


def test_a_quotation_of_one_version_is_still_read_as_before(collection):
    (r,) = resolved(collection, "《示例企业法》第三条规定：“示例企业应当每年向登记机关报送年度报告。”")
    assert (r.status, r.version) == ("resolved", OLD)


def test_the_gloss_is_what_the_text_says_of_the_one_article_cited_up_to_the_next_citation():
    (c,) = extract("依照《示例企业法》第二条，负责人不得利用其关联关系损害企业利益。")
    assert c.gloss == "负责人不得利用其关联关系损害企业利益"
    a, b = extract("当事人援引《示例企业法》第二条(关联交易损害责任)、第三条(年度报告)主张权利。")
    assert a.gloss == "关联交易损害责任" and b.gloss.startswith("年度报告")
    (quoted,) = extract("《示例企业法》第二条规定：“负责人不得利用其关联关系损害企业利益。”")
    assert quoted.gloss == "" and quoted.quote  # a quotation is read as one, not as a gloss
    (named,) = extract("《示例企业法》第二条(2016年修正)负责人不得挪用资金")
    assert named.gloss == "负责人不得挪用资金"  # a version in brackets says nothing of the provision
    assert extract("依照《示例企业法》第二条、第三条处理。")[0].gloss == ""  # two articles


def test_a_question_mark_a_page_garbled_before_pinyin_ends_no_quoted_wording():
    (c,) = extract("《示例企业法》第二条规定，出资人滥用企业独立地位逃避债务，严重?fù)p害债权人利益的，承担连带责任。")
    assert c.quote.startswith("出资人滥用企业独立地位")
    (asked,) = extract("《示例企业法》第二条规定的连带责任是什么？")
    assert asked.quote == "" and asked.gloss == ""


def test_a_quotation_later_in_the_paragraph_picks_the_version_whose_article_it_quotes(collection):
    text = ("法院依照《示例企业法》第二条作出判决。该条规定：“示例企业的负责人不得利用其关联关系损害企业利益”。"
            "\n另一段：“出资人滥用企业独立地位逃避债务”。")
    (r,) = resolved(collection, text)
    assert (r.status, r.version, r.targets[0].id) == ("resolved", OLD, f"{OLD}#第二条")
    # the quotation of the next paragraph is not read for it; nor one after another citation
    (alone,) = resolved(collection, "法院依照《示例企业法》第二条作出判决。\n“示例企业的负责人不得利用其关联关系损害企业利益”。")
    assert alone.status == "unresolved"
    first = resolved(collection, "依照《示例企业法》第二条作出判决，并依照第一条。"
                                 "第一条规定：“示例企业的负责人不得利用其关联关系损害企业利益”。")[0]
    assert first.status == "unresolved"


def test_a_quotation_later_in_the_paragraph_that_no_version_says_alone_tells_nothing(collection):
    (r,) = resolved(collection, "法院依照《示例企业法》第二条作出判决。判决书写道：“被告应当赔偿原告损失人民币五万元整”。")
    assert r.status == "unresolved" and r.targets[0].reason.startswith(statutes.UNDATED_DIFFER)
    c = extract("法院依照《示例企业法》第二条作出判决。判决书写道：“被告应当赔偿原告损失人民币五万元整”。")[0]
    assert c.gloss.split("|") == ["作出判决", "被告应当赔偿原告损失人民币五万元整"]


def test_an_undated_article_takes_the_version_the_text_names_for_its_law_elsewhere(collection):
    named, bare, same = resolved(collection, "2016年《示例企业法》第一条明确了立法目的。依照《示例企业法》第二条判决被告赔偿。"
                                             "另见《示例企业法》第一条。")
    assert (named.version, named.targets[0].id) == (OLD, f"{OLD}#第一条")
    assert (bare.status, bare.version, bare.targets[0].id) == ("resolved", OLD, f"{OLD}#第二条")
    assert "names" in bare.note
    assert (same.version, same.targets[0].id) == (OLD, f"{OLD}#第一条")  # not the latest, for want of a date


def test_a_text_naming_two_versions_of_the_law_or_dated_names_none_for_its_other_articles(collection):
    *_, bare = resolved(collection, "2016年《示例企业法》第一条与2024年《示例企业法》第一条相同。依照《示例企业法》第二条判决。")
    assert bare.status == "unresolved" and bare.targets[0].reason.startswith(statutes.UNDATED_DIFFER)
    cited = extract("2016年《示例企业法》第一条明确了立法目的。依照《示例企业法》第二条判决被告赔偿。")
    dated = collection.resolve_all(cited, "2025-01-01", None)[1]
    assert (dated.version, dated.targets[0].id) == (NEW, f"{NEW}#第二条")  # the page's date decides
    # a 款 the named version's article lacks is not given to it
    *_, paragraph = resolved(collection, "2016年《示例企业法》第一条明确了立法目的。依照《示例企业法》第三条第二款判决。")
    assert paragraph.status == "unresolved"
