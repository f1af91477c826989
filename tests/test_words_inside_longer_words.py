"""A dictionary word of four characters or more is found inside the longer words holding
it, as one of two or three characters is: ``人民法院`` in 最高人民法院 and 北京市第二中级人民法院,
``中级人民法院`` in a numbered court's name, ``人民共和国`` in 中华人民共和国; hits, totals and
highlights are those of the quoted form."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.analysis import chinese as analysis
from lawnews.index.documents import Article, Section

SUPREME = "最高人民法院发布执行工作指导意见，要求各地规范终本程序。"
HIGH = "湖南省高级人民法院执行局召开会议，部署交叉执行工作。"
NUMBERED = "北京市第二中级人民法院依法审理一起拒不执行判决案件。"
PLAIN = "当事人可以向人民法院申请强制执行。"
STATE = "依据中华人民共和国民事诉讼法，法院冻结了被执行人的存款。"
OTHER = "交警大队开展交通安全宣传活动，提醒学生文明出行。"


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id=f"{name}#1", file=f"{name}.txt", title="法院新闻", sections=(Section(None, text),))
        for name, text in (("supreme", SUPREME), ("high", HIGH), ("numbered", NUMBERED),
                           ("plain", PLAIN), ("state", STATE), ("other", OTHER))
    ])
    yield ix
    ix.close()


def ids(results) -> set[str]:
    return {h.article_id for h in results.hits}


@pytest.mark.parametrize("word, found", [
    ("人民法院", {"supreme#1", "high#1", "numbered#1", "plain#1"}),
    ("中级人民法院", {"numbered#1"}),
    ("人民共和国", {"state#1"}),
])
def test_a_long_word_is_found_inside_longer_words_as_its_quoted_form_is(index, word, found):
    bare, exact = index.search(word), index.search(f'"{word}"')
    assert ids(bare) == ids(exact) == found
    assert (bare.total, bare.total_sections) == (exact.total, exact.total_sections)
    assert not bare.relaxed


def test_the_long_word_is_highlighted_inside_the_longer_one(index):
    hit = next(h for h in index.search("人民法院").hits if h.article_id == "supreme#1")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["人民法院"]


def test_its_sub_words_keep_the_longer_word_s_position():
    toks = [(t.text, t.pos) for t in analysis.ChineseAnalyzer()("向最高人民法院申请", positions=True, mode="index")]
    assert ("人民法院", 1) in toks and ("最高人民法院", 1) in toks and ("申请", 2) in toks


def test_no_dictionary_word_is_longer_than_the_longest_piece_looked_up():
    freq = analysis.segmenter().FREQ
    assert max(len(w) for w, n in freq.items() if n) <= analysis.LONGEST_WORD
