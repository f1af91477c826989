"""Two readings of what a text says of a version: the headings in the columns of a table whose
header row names one law in a version per column (《X》(2021修订) | 《X》(2023修订) |) are each of their
column's version; an article the text says a revision added (X新增第十九条) is linked only where the
collection holds a version that added it.

The texts are made up; the resolution tests use a tiny collection built here holding a made-up law
in two versions (第二条 another provision in each, 第三条 the same) and another in one version."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract

LAW = "中华人民共和国示例企业法"
ONE = "中华人民共和国示例秩序法"
OLD, NEW = "2016-05-01", "2024-07-01"
TEXTS = {
    (LAW, OLD, "第一条"): "为了规范示例企业的组织和行为，制定本法。",
    (LAW, OLD, "第二条"): "示例企业的负责人不得利用其关联关系损害企业利益；给企业造成损失的，应当承担赔偿责任。",
    (LAW, OLD, "第三条"): "示例企业应当依法纳税，接受监督。",
    (LAW, NEW, "第一条"): "为了规范示例企业的组织和行为，制定本法。",
    (LAW, NEW, "第二条"): "出资人滥用企业独立地位逃避债务，严重损害债权人利益的，应当对企业债务承担连带责任。",
    (LAW, NEW, "第三条"): "示例企业应当依法纳税，接受监督。",
    (ONE, "2012-10-26", "第十九条"): "违反示例秩序，情节特别轻微的，减轻处罚或者不予处罚。",
}

TABLE = ("《公司法》(2018修正) | 《公司法》(2023修订) |\n"
         "第二十条 公司股东应当遵守法律、行政法规和公司章程。 | 第二十条 公司从事经营活动，应当承担社会责任。 |\n"
         "第二十一条 公司的控股股东不得利用关联关系损害公司利益。 | 第二十二条 公司的控股股东不得利用关联关系损害公司利益。 |")


@pytest.fixture()
def collection(tmp_path: Path) -> statutes.Collection:
    coll = statutes.Collection(tmp_path / "statutes.sqlite")
    with coll.writer() as w:
        for (law, version, label), text in TEXTS.items():
            w.add(Article(f"{law[-5:]}{version}#{label}", "s.jsonl", f"{law} {label}", (Section(None, text),),
                          date=version, meta={"law": law}))
    return coll


def resolved(coll: statutes.Collection, text: str) -> list[statutes.Resolution]:
    cited = extract(text)
    return coll.resolve_all(cited, None, statutes.printed_year(text, cited))


def test_the_headings_of_a_version_column_are_of_that_columns_version():
    cited = extract(TABLE)
    assert [(c.text, c.as_of) for c in cited] == [
        ("第二十条", "2018-12-31"), ("第二十条", "2023-12-31"),
        ("第二十一条", "2018-12-31"), ("第二十二条", "2023-12-31")]


def test_a_table_without_a_version_per_column_leaves_its_rows_alone():
    text = "《公司法》 | 说明 |\n第二十条 公司股东应当遵守法律。 | 股东的义务 |"
    assert [(c.text, c.as_of) for c in extract(text)] == [("第二十条", None)]
    # a row below a line without |: the table has ended, its columns no longer hold
    ended = TABLE.split("\n")[0] + "\n以下为对照说明。\n第二十条 公司股东应当遵守法律。 | 第二十条 公司从事经营活动。 |"
    assert {c.as_of for c in extract(ended)} == {"2023-12-31"}


def test_the_older_column_resolves_to_the_older_version_where_the_wording_cannot_tell(collection):
    text = ("《示例企业法》(2016年) | 《示例企业法》(2024年) |\n"
            "第一条 为了规范示例企业的组织和行为，制定本法。 | 第一条 为了规范示例企业的组织和行为，制定本法。 |")
    old, new = resolved(collection, text)
    assert (old.status, old.version) == ("resolved", OLD)
    assert (new.status, new.version) == ("resolved", NEW)


def test_an_article_a_revision_added_to_a_law_held_in_one_version_is_not_linked(collection):
    (added,) = resolved(collection, "新修订的示例秩序法明起施行。《示例秩序法》新增第十九条正当防卫条款，被打还手不再一律认定为互殴。")
    assert added.status == "unresolved"
    assert "新增" in added.targets[0].reason
    (plain,) = resolved(collection, "《示例秩序法》第十九条规定，情节特别轻微的，不予处罚。")
    assert plain.status == "resolved"


def test_an_added_article_is_linked_to_the_version_that_added_it_but_not_to_one_that_kept_it(collection):
    text = "2025年3月，《示例企业法》新增第二条，出资人滥用企业独立地位逃避债务的，应当承担连带责任。"
    (added,) = resolved(collection, text)
    assert (added.status, added.version) == ("resolved", NEW)
    (kept,) = resolved(collection, "2025年3月，《示例企业法》新增第三条，示例企业应当依法纳税。")
    assert kept.status == "unresolved" and "新增" in kept.targets[0].reason
