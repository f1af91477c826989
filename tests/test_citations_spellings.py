"""One title the law-name table holds in two spellings (``lawnews.index.tagging.citations``).

The statute collection, and so the table, holds a few judicial interpretations twice, once with
their issuers apart (最高人民法院 最高人民检察院…) and once joined by 、: a citation of such a title is
one document, not a name two laws fit.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import LawNames, extract, title_key

TWICE = "关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释"


def test_the_table_holds_the_title_in_two_spellings():
    titles = [t for t in LawNames.default().titles if t.endswith(TWICE)]
    assert len(titles) == 2 and len({title_key(t) for t in titles}) == 1


def test_a_title_spelled_twice_in_the_table_is_one_law_not_an_ambiguous_name():
    text = f"最高人民法院、最高人民检察院《{TWICE}》第一条规定了操纵证券市场的情形。"
    (cit,) = extract(text)
    assert cit.law is not None and cit.law.endswith(TWICE) and cit.candidates == ()
    assert [a.article for a in cit.articles] == ["第一条"]
