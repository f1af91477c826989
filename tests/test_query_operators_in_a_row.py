"""Two binary operators in a row (``执行 OR OR 调解``, ``执行 AND OR 调解``, ``执行 | | 调解``)
are a syntax error naming the second and its position, as an operator with nothing to
act on is; lenient parsing drops the second and searches the rest. ``AND NOT`` and
``OR NOT`` stay operators with a word to act on."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.errors import QuerySyntaxError
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="both#1", file="both.txt", title="调解与执行并举",
                sections=(Section(None, "青溪县法院组织调解，执行和解率提高。"),)),
        Article(id="enforce#1", file="enforce.txt", title="执行攻坚",
                sections=(Section(None, "青溪县法院开展执行攻坚，执结一批案件。"),)),
        Article(id="mediate#1", file="mediate.txt", title="诉前调解",
                sections=(Section(None, "青溪县人民调解委员会化解纠纷。"),)),
    ])
    yield ix
    ix.close()


def ids(results) -> list[str]:
    return sorted(h.article_id for h in results.hits)


@pytest.mark.parametrize("query, named, position", [
    ("执行 OR OR 调解", "OR", 6),
    ("执行 AND OR 调解", "OR", 7),
    ("执行 OR AND 调解", "AND", 6),
    ("执行 AND AND 调解", "AND", 7),
    ("(执行 OR OR 调解) 法院", "OR", 7),
    ("执行 | | 调解", "|", 5),
    ("执行 ＯＲ ＯＲ 调解", "OR", 6),
])
def test_the_second_operator_in_a_row_is_an_error_naming_it(index, query, named, position):
    with pytest.raises(QuerySyntaxError) as caught:
        index.search(query)
    assert f"{named}" in str(caught.value)
    assert f"at position {position} has nothing to act on" in str(caught.value)
    assert caught.value.position == position


@pytest.mark.parametrize("query, meant", [
    ("执行 OR OR 调解", "执行 OR 调解"),
    ("执行 AND OR 调解", "执行 AND 调解"),
    ("执行 OR AND 调解", "执行 OR 调解"),
    ("执行 | | 调解", "执行 OR 调解"),
])
def test_lenient_drops_the_second(index, query, meant):
    assert ids(index.search(query, lenient=True)) == ids(index.search(meant))


def test_an_or_is_never_read_as_and(index):
    assert ids(index.search("执行 OR OR 调解", lenient=True)) == ["both#1", "enforce#1", "mediate#1"]


def test_and_not_and_or_not_still_act_on_their_word(index):
    assert ids(index.search("执行 AND NOT 调解")) == ["enforce#1"]
    assert ids(index.search("执行 OR NOT 调解")) == ["both#1", "enforce#1"]
