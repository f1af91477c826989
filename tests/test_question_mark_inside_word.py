"""A ``?`` typed inside a word (``执?行``, ``交叉?执行``), Lucene's one-character wildcard, is
none, as ``*`` is: the words on either side are searched as ``执*行`` and ``执 行`` search
them (every one required, each typed on its own), not read as a question that ranks on
any of them. A ``?`` ending a question still makes it one."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="cross#1", file="cross.txt", title="青溪县法院交叉执行见成效",
                sections=(Section(None, "青溪县法院推进交叉执行，执行到位率提升。"),)),
        Article(id="bank#1", file="bank.txt", title="银行网点开业",
                sections=(Section(None, "某银行新网点开业，执法人员到场维持秩序。"),)),
        Article(id="road#1", file="road.txt", title="交通宣传",
                sections=(Section(None, "交警大队开展交通安全宣传活动。"),)),
    ])
    yield ix
    ix.close()


def seen(results):
    return [h.article_id for h in results.hits], results.total, results.total_sections, results.facets, results.relaxed


@pytest.mark.parametrize("marked, starred", [("执?行", "执*行"), ("交叉?执行", "交叉*执行"), ("执?行", "执 行")])
def test_a_question_mark_inside_a_word_is_none_as_a_star_is(index, marked, starred):
    assert seen(index.search(marked)) == seen(index.search(starred))


def test_the_characters_on_either_side_are_found_as_printed(index):
    assert sorted(h.article_id for h in index.search("执?行").hits) == ["bank#1", "cross#1"]
    assert [h.article_id for h in index.search("交叉?执行").hits] == ["cross#1"]


def test_a_question_mark_ending_a_question_still_makes_it_one(index):
    asked = index.search("法院怎么交叉执行?")
    assert [h.article_id for h in asked.hits] == ["cross#1"] and not asked.relaxed
