"""Two or more signs before one word (``--湖南``, ``+-湖南``, ``!!湖南``, full-width ``－－湖南``)
are a syntax error naming their position, whatever stands around them, instead of a query
that silently finds nothing or an error without a position; lenient parsing keeps the
last sign, the one right before the word."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.errors import QuerySyntaxError
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="xiang#1", file="xiang.txt", title="青溪县法院执行攻坚",
                sections=(Section(None, "青溪县法院开展执行攻坚，湘江两岸当事人拿到执行款。"),)),
        Article(id="hill#1", file="hill.txt", title="白石镇执行和解",
                sections=(Section(None, "白石镇人民法庭促成执行和解。"),)),
        Article(id="road#1", file="road.txt", title="交通宣传",
                sections=(Section(None, "交警大队在湘江大桥开展交通安全宣传。"),)),
    ])
    yield ix
    ix.close()


def ids(results) -> list[str]:
    return sorted(h.article_id for h in results.hits)


@pytest.mark.parametrize("query, position", [
    ("--湘江", 0), ("执行 --湘江", 3), ("执行 ++湘江", 3), ("执行 -+湘江", 3), ("+-湘江", 0),
    ("－－湘江", 0), ("执行 !!湘江", 3), ("执行 -!湘江", 3), ("执行 ！－湘江", 3), ("(执行 --湘江) 法院", 4),
    ('执行 --"湘江"', 3), ("执行 --(湘江 OR 白石)", 3),
])
def test_signs_in_a_row_are_an_error_naming_their_position(index, query, position):
    with pytest.raises(QuerySyntaxError, match=f"signs in a row before a word.* at position {position}:") as raised:
        index.search(query)
    assert raised.value.position == position


@pytest.mark.parametrize("query, meant", [
    ("--湘江", "-湘江"), ("执行 --湘江", "执行 -湘江"), ("执行 +-湘江", "执行 -湘江"),
    ("执行 -+湘江", "执行 +湘江"), ("执行 !!湘江", "执行 -湘江"), ("执行 --(湘江 OR 白石)", "执行 -(湘江 OR 白石)"),
])
def test_lenient_keeps_the_sign_right_before_the_word(index, query, meant):
    assert ids(index.search(query, lenient=True)) == ids(index.search(meant))


def test_a_sign_joining_words_and_a_phrase_holding_signs_stay_as_they_were(index):
    assert ids(index.search("执行 -湘江")) == ["hill#1"]
    assert ids(index.search("执行--和解")) == ["hill#1"]
    assert ids(index.search('"--湘江"')) == []
