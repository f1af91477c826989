"""Article numbers joined by a hyphen (``lawnews.index.tagging.citations.numbers``): ``第66-1條``,
as Taiwan numbers an article added after 第六十六条, is that one article (第六十六条之一) and is
resolved as 第六十六条之一 is; ``第3-5条``, as mainland news writes a range, stays the range; a
range longer than the longest read (``第3-500条``) is read as no article, and its citation stays
unresolved saying why. Made-up sentences, simplified and traditional; a tiny collection of
made-up article texts under the 刑法's title."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import citations
from lawnews.index.tagging.citations import LONGEST_RANGE, extract, parse_articles, parse_reference
from lawnews.index.tagging.tagger import listed_articles

CRIMINAL = "中华人民共和国刑法"
STATUTES = [{"id": f"C#{label}", "title": f"{CRIMINAL} {label}", "law": CRIMINAL,
             "text": f"测试用的条文{label}，违反规定的，处三年以下有期徒刑。"}
            for label in ("第三条", "第四条", "第五条", "第六十六条", "第六十六条之一", "第六十七条")]


@pytest.mark.parametrize("run, labels", [
    ("第66-1条", ["第六十六条之一"]),
    ("第66-1條", ["第六十六条之一"]),
    ("第66－1条", ["第六十六条之一"]),
    ("第14-1、15条", ["第十四条之一", "第十五条"]),
    ("第14-1、15條", ["第十四条之一", "第十五条"]),
    ("第247条、第247-1条", ["第二百四十七条", "第二百四十七条之一"]),
    ("第3-5条", ["第三条", "第四条", "第五条"]),
    ("第3—5条", ["第三条", "第四条", "第五条"]),
    ("第十至十二条", ["第十条", "第十一条", "第十二条"]),
    ("第10至8条", ["第十条", "第八条"]),  # 至 opens a range, never an added article
    ("第3-500条", ["第三条至第五百条"]),
    ("第3条至第500条", ["第三条至第五百条"]),
    ("第3-103条", [f"第{citations.cn_label(n)}条" for n in range(3, 104)]),
])
def test_the_articles_a_run_names(run, labels):
    assert [c.article for c in parse_articles(run.replace("條", "条"))] == labels


def test_a_range_never_expands_past_the_longest():
    assert LONGEST_RANGE == 100
    assert len(parse_articles("第3-104条")) == 1 and len(parse_articles("第3-103条")) == 101


@pytest.mark.parametrize("text, labels", [
    ("依據《刑法》第66-1條規定，被告人應予處罰。", ["第六十六条之一"]),
    ("依照《刑法》第66-1条的规定，对被告人予以处罚。", ["第六十六条之一"]),
    ("依《刑法》第14-1、15條規定辦理。", ["第十四条之一", "第十五条"]),
    ("依照《刑法》第3-5条的规定处理。", ["第三条", "第四条", "第五条"]),
])
def test_one_citation_of_the_articles_written(text, labels):
    (cited,) = extract(text)
    assert cited.law == CRIMINAL and list(cited.labels) == labels


def test_an_absurdly_long_range_is_cited_as_no_article():
    (cited,) = extract("依照《刑法》第3-500条的规定处理。")
    assert cited.labels == ("第三条至第五百条",)
    assert citations.statutes_of((cited,)) == (CRIMINAL,) and citations.cites_of((cited,)) == ()


def test_the_added_article_is_resolved_as_its_zhi_form_is(collection):
    date = "2024-05-03"
    (hyphen,) = extract("依照《刑法》第66-1条的规定，对被告人予以处罚。")
    (traditional,) = extract("依據《刑法》第66-1條規定，被告人應予處罰。")
    (zhi,) = extract("依照《刑法》第六十六条之一的规定，对被告人予以处罚。")
    got = [[t.id for t in collection.resolve(c, date).targets] for c in (hyphen, traditional, zhi)]
    assert got == [["C#第六十六条之一"]] * 3


def test_a_range_is_resolved_as_its_articles_and_a_long_one_not_at_all(collection):
    (short,) = extract("依照《刑法》第3-5条的规定处理。")
    assert [t.id for t in collection.resolve(short, "2024-05-03").targets] == ["C#第三条", "C#第四条", "C#第五条"]
    (long,) = extract("依照《刑法》第3-500条的规定处理。")
    resolution = collection.resolve(long, "2024-05-03")
    assert resolution.status == "unresolved"
    (target,) = resolution.targets
    assert target.id is None and target.reason == (
        "第三条至第五百条 spans more than 100 articles: a range that long is read as none of them (a misprint?)")


def test_a_typed_reference_reads_the_numbers_alike():
    assert parse_reference("刑法第66-1条")[:2] == (CRIMINAL, "第六十六条之一")
    assert listed_articles("刑法第14-1、15条") == ["刑法 第十四条之一", "刑法 第十五条"]
    with pytest.raises(ValueError, match="spans more than 100 articles"):
        listed_articles("刑法第3-500条")
    with pytest.raises(ValueError, match="running backwards"):  # bare numbers: no article added
        listed_articles("刑法 314-313")
