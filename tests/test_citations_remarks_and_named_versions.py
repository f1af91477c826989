"""A bare article the writer goes on to describe (第三十二条是…) has no wording of its own; an undated
article of a law whose latest version the text names by its year elsewhere is read in that version; a
short name a citation gives itself in brackets (第三十二条（下称第三十二条）) is no second mention.

The texts are made up; the second part uses a tiny collection built here holding a made-up law in two
versions whose 第二条 holds another provision in each."""

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
    (NEW, "第一条"): "为了规范示例企业的组织和行为，制定本法。",
    (NEW, "第二条"): "出资人滥用企业独立地位逃避债务，严重损害债权人利益的，应当对企业债务承担连带责任。",
}


@pytest.fixture()
def collection(tmp_path: Path) -> statutes.Collection:
    return versioned_collection(tmp_path / "statutes.sqlite", LAW, TEXTS)


def resolved(coll: statutes.Collection, text: str) -> list[statutes.Resolution]:
    return resolved_all(coll, text)


def test_a_bare_article_opening_a_line_with_shi_is_described_not_quoted():
    text = ("《企业破产法》第三十二条规定了个别清偿的撤销。\n"
            "第三十二条是管理人追回债务人财产的一项重要制度，对于提高清偿比例意义重大。\n"
            "第三十三条为逃避债务而隐匿、转移财产的，涉及债务人财产的行为无效。")
    _, described, heading = extract(text)
    assert (described.text, described.quote) == ("第三十二条", "")
    assert heading.quote.startswith("为逃避债务而隐匿")  # wording right against a heading is still its wording


def test_an_undated_article_takes_the_latest_version_the_text_names_by_year_elsewhere(collection):
    bare, named = resolved(collection, "新《示例企业法》第二条引发了广泛讨论。2025年《示例企业法》第二条正式施行。")
    assert (named.status, named.version) == ("resolved", NEW)
    assert (bare.status, bare.version, bare.targets[0].id) == ("resolved", NEW, f"{NEW}#第二条")
    assert "names" in bare.note
    # a text naming no version leaves the undated article unresolved
    (alone,) = resolved(collection, "新《示例企业法》第二条引发了广泛讨论。")
    assert alone.status == "unresolved" and alone.targets[0].reason.startswith(statutes.UNDATED_DIFFER)


def test_a_short_name_a_citation_gives_itself_in_brackets_is_no_second_mention():
    text = "立法者在企业破产法第三十二条（下称第三十二条）中规定了撤销权。适用第三十二条应当审查清偿时间。"
    found = extract(text)
    assert [c.text for c in found] == ["企业破产法第三十二条", "第三十二条"]
    assert found[1].start == text.rindex("第三十二条")
    # a bracket citing another article is still a citation
    other = extract("依照《刑法》第二十条（参见第二十一条）的规定。")
    assert [c.text for c in other] == ["《刑法》第二十条", "第二十一条"]
