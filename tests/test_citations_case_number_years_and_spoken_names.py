"""Two readings of version 34: a court case number an undated text prints ((2023)沪02民终123号)
dates the text like a printed year does, so an article of a law renumbered between its versions is
not left unresolved as possibly older than every version when the text shows a recent case; and a
bare article in the same sentence as a name the text defined without brackets (以下简称“两高解释”,
then 两高解释虽对…细化(如第三条…)) is that name's law, not the one the paragraph named before.

The texts are made up; the resolution tests use a tiny collection built here (tests/support.py)
holding a made-up law in two versions whose articles were renumbered between them."""

from __future__ import annotations

from pathlib import Path

from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract

from support import resolved_all, versioned_collection

LAW = "中华人民共和国示例程序法"
OLD, NEW = "2021-12-24", "2023-09-01"
TEXTS = {
    (OLD, "第五条"): "当事人对自己提出的主张，有责任提供证据。",
    (NEW, "第五条"): "当事人对自己提出的主张，有责任提供证据。",
    (OLD, "第六条"): "人民法院审理案件，应当以事实为根据，以法律为准绳。",
    (NEW, "第六条"): "申请执行的期间为二年。",
    (OLD, "第七条"): "强制迁出房屋，由院长签发公告。",
    (NEW, "第七条"): "被查封的财产，执行员可以指定被执行人负责保管。",
}


def test_a_case_number_dates_an_undated_text(tmp_path: Path):
    coll = versioned_collection(tmp_path / "s.sqlite", LAW, TEXTS)
    text = ("【相关法条】《中华人民共和国示例程序法》第五条。\n【案件索引】一审：（2020）沪0101民初123号；"
            "再审：（2023）沪02民再10号。\n2020年7月，原告提起诉讼。")
    assert statutes.printed_year(text, extract(text)) == 2023
    [r] = resolved_all(coll, text)
    assert [(t.article, r.version) for t in r.targets if t.id] == [("第五条", NEW)]


def test_a_case_number_of_an_older_year_leaves_the_text_older():
    text = "依照《中华人民共和国示例程序法》第五条，见（2015）京01民终5号判决。"
    assert statutes.printed_year(text, extract(text)) == 2015


def test_a_number_in_brackets_that_is_no_case_number_dates_nothing():
    text = "《中华人民共和国示例程序法》第五条(2020)规定了举证责任，详见附件(2023)。"
    assert statutes.printed_year(text, extract(text)) is None


def test_a_bare_article_after_a_defined_name_without_brackets_is_that_names():
    text = ("本文结合《刑法》《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》"
            "(以下简称“两高解释”)等规定展开分析。\n拒执罪作为《刑法》第三百一十三条规定的罪名，程序问题长期被忽视。"
            "两高解释虽对实体要件作出细化(如第三条列举十类情形)，但对程序缺乏指引。")
    cited = extract(text)
    assert [c.law for c in cited if c.text.endswith("第三百一十三条")] == ["中华人民共和国刑法"]
    assert [c.law for c in cited if c.text == "第三条"] == [
        "最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释"]


def test_a_law_named_after_the_defined_name_keeps_its_articles():
    text = ("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》(以下简称“借贷规定”)。"
            "借贷规定出台后，法院依照《民法典》判决，并适用第六百八十条。")
    cited = extract(text)
    assert [c.law for c in cited if c.text == "第六百八十条"] == ["中华人民共和国民法典"]


def test_a_defined_name_in_an_earlier_sentence_does_not_reach_a_bare_article():
    text = ("《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》(以下简称“两高解释”)。"
            "两高解释作出了细化。拒执罪规定在《刑法》之中，其第三百一十三条规定了刑罚。")
    cited = extract(text)
    assert [c.law for c in cited if c.text.endswith("第三百一十三条")] == ["中华人民共和国刑法"]


SUBJECT = "最高人民法院关于审理示例物业区分纠纷案件适用法律若干问题的解释"


def _laws(path: Path, titles: list[str]) -> statutes.Collection:
    from lawnews.index.documents import Article, Section

    coll = statutes.Collection(path)
    with coll.writer() as w:
        for n, title in enumerate(titles):
            w.add(Article(f"{n}#第一条", "s.jsonl", f"{title} 第一条", (Section(None, "示例条文。"),),
                          date="2020-12-29", meta={"law": title}))
    return coll


def test_an_interpretation_named_by_its_subject_is_the_one_whose_title_holds_it(tmp_path: Path):
    coll = _laws(tmp_path / "s.sqlite", [SUBJECT, "最高人民法院关于审理示例合同纠纷案件适用法律问题的解释"])
    [r] = resolved_all(coll, "《关于示例物业区分司法解释》第一条规定了业主的范围。")
    assert [(r.law, t.article) for t in r.targets if t.id] == [(SUBJECT, "第一条")]


def test_a_subject_several_interpretations_hold_names_none_of_them(tmp_path: Path):
    coll = _laws(tmp_path / "s.sqlite", ["最高人民法院关于审理示例合同纠纷案件适用法律问题的解释",
                                         "最高人民法院关于审理示例合同纠纷案件适用法律问题的解释（一）"])
    [r] = resolved_all(coll, "《示例合同司法解释》第一条规定了合同的效力。")
    assert not [t for t in r.targets if t.id]


def test_a_full_title_the_collection_lacks_is_no_subject(tmp_path: Path):
    coll = _laws(tmp_path / "s.sqlite", ["最高人民法院关于审理示例争议案件适用法律若干问题的解释（四）"])
    [r] = resolved_all(coll, "《最高人民法院关于审理示例争议案件适用法律若干问题的解释》第一条规定了受理范围。")
    assert not [t for t in r.targets if t.id]


def test_this_rule_joined_to_an_article_of_a_named_rule_is_another_rule():
    text = ("第三条 承办人认为被执行人具有《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条及本规定第二条"
            "所列行为之一的，应当将其纳入名单。")
    cited = extract(text)
    assert [c.text for c in cited if c.law == "最高人民法院关于公布失信被执行人名单信息的若干规定"] == [
        "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"]
