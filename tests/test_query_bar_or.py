"""``|`` and ``｜`` (and ``||``) between words mean OR, ``&&`` means AND, as in Lucene's
query syntax and Elasticsearch's simple query string; a bar was read as nothing, so
``甲 | 乙`` required both words."""

from __future__ import annotations

import pytest

from lawnews.search.syntax import normalize
from support import memory_index

ARTICLES = [
    {"id": "p1", "title": "甲县法院推进执转破工作", "text": "甲县法院今年受理执转破案件十件。"},
    {"id": "p2", "title": "乙县法院开展交叉执行", "text": "乙县法院与丙县法院开展交叉执行，执结案件五件。"},
    {"id": "p3", "title": "丁县法院执转破与交叉执行并进", "text": "丁县法院执转破案件三件，交叉执行案件两件。"},
    {"id": "p4", "title": "戊县法院调解工作", "text": "戊县法院诉前调解纠纷一百件。"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


def ids(res) -> set[str]:
    return {h.article_id for h in res.hits}


@pytest.mark.parametrize("typed", ["交叉执行 | 执转破", "交叉执行 ｜ 执转破", "交叉执行｜执转破", "交叉执行|执转破",
                                   "交叉执行 || 执转破", "（交叉执行 ｜ 执转破）"])
def test_a_bar_between_words_is_or(ix, typed):
    expected = ids(ix.search("交叉执行 OR 执转破", expand=False, limit=10))
    assert expected == {"p1", "p2", "p3"}
    assert ids(ix.search(typed, expand=False, limit=10)) == expected


def test_double_ampersand_is_and(ix):
    assert ids(ix.search("交叉执行 && 执转破", expand=False, limit=10)) == {"p3"}


def test_a_bar_inside_a_phrase_is_text():
    assert normalize('"甲|乙" ｜ 丙') == '"甲|乙"  OR  丙'


def test_a_bar_with_nothing_after_it_is_an_error_naming_its_position(ix):
    from lawnews import LawNewsError

    with pytest.raises(LawNewsError, match="position 5"):
        ix.search("交叉执行 ｜", limit=10)


def test_a_dangling_bar_is_named_as_typed(ix):
    from lawnews import LawNewsError

    with pytest.raises(LawNewsError, match=r"｜ \(OR\) at position 5"):
        ix.search("交叉执行 ｜", limit=10)
