"""Two quoted phrases side by side (``"执行难" "老赖"``, ``“执行难”“老赖”``, as Chinese titles
print them) are two phrases, both required, not an empty phrase between their quotes."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.errors import QuerySyntaxError
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="both#1", file="both.txt", title="青溪法院破解执行难",
                sections=(Section(None, "青溪县法院集中清理执行难案件，对老赖依法采取强制措施。"),)),
        Article(id="one#1", file="one.txt", title="执行难问题调研",
                sections=(Section(None, "课题组走访基层法院，调研执行难的成因。"),)),
    ])
    yield ix
    ix.close()


@pytest.mark.parametrize("query", [
    '"执行难" "老赖"', '"执行难""老赖"', "“执行难” “老赖”", "“执行难”“老赖”", "「执行难」 「老赖」",
    "title:“执行难” “老赖”",
])
def test_two_phrases_side_by_side_are_both_required(index, query):
    assert {h.article_id for h in index.search(query).hits} == {"both#1"}


@pytest.mark.parametrize("query", ['""', '"执行难" ""', '"" "执行难"', '"执行难" " " 法院'])
def test_an_empty_phrase_is_still_an_error(index, query):
    with pytest.raises(QuerySyntaxError, match="empty phrase"):
        index.search(query)


def test_lenient_leaves_out_only_the_empty_phrase(index):
    assert {h.article_id for h in index.search('"执行难" "" "老赖"', lenient=True).hits} == {"both#1"}
