"""A query copied from a page that prints ruby pinyin inside its words (``執(zhí)行``)
finds that page: the annotation is no bracketed group of words, as it is no part of
the indexed word."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.errors import QuerySyntaxError
from lawnews.index.documents import Article, Section

RUBY_TITLE = "溪口法院強制執(zhí)行守護誠信"
RUBY_TEXT = "溪口縣法院聯合多部門開展強制執(zhí)行專項行動，追回拖欠工資款項十二萬元。"


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="ruby#1", file="ruby.txt", title=RUBY_TITLE, sections=(Section(None, RUBY_TEXT),)),
        Article(id="plain#1", file="plain.txt", title="交通安全宣传进校园",
                sections=(Section(None, "交警大队开展交通安全宣传活动，提醒学生文明出行。"),)),
        Article(id="group#1", file="group.txt", title="拍卖公告",
                sections=(Section(None, "法院依法拍卖被执行人的房产，所得款项发还申请人。"),)),
    ])
    yield ix
    ix.close()


def ids(index, query, **options):
    return {h.article_id for h in index.search(query, **options).hits}


@pytest.mark.parametrize("query", [
    "強制執(zhí)行",          # as printed
    "强制执(zhí)行",        # simplified, the annotation kept
    "強制執（zhí）行",        # full-width brackets
    "强制执(zhi2)行",        # a tone digit
    RUBY_TITLE,               # the whole title, as a hit prints it
    f"title:{RUBY_TITLE}",
])
def test_a_query_with_ruby_pinyin_finds_the_page(index, query):
    assert ids(index, query) == {"ruby#1"}


def test_ruby_pinyin_in_a_query_is_read_past_as_the_text_is(index):
    with_ruby = index.search("強制執(zhí)行 專項行動")
    assert not with_ruby.relaxed
    assert {h.article_id for h in with_ruby.hits} == {"ruby#1"}
    assert with_ruby.suggestion is None


def test_brackets_holding_words_still_group(index):
    assert ids(index, "法院(拍卖 OR 宣传)") == {"group#1"}
    assert ids(index, "(交通)宣传") == {"plain#1"}


def test_an_error_after_ruby_pinyin_names_the_position_typed():
    typed = "執(zhí)行 AND"
    with pytest.raises(QuerySyntaxError) as caught:
        lawnews.NewsIndex.in_memory().search(typed)
    assert caught.value.position == typed.index("AND")


@pytest.mark.parametrize("typed, words", [
    ("執(zhí)形 court:荆州中院 执行", "執(zhí)形 执行"),
    ("交叉执形｜执转破 province:湖南", "交叉执形｜执转破"),
    ("执形 || 终本 year:2024 拍卖", "执形 || 终本 拍卖"),
])
def test_did_you_mean_edits_the_words_typed_never_a_value(typed, words):
    from lawnews.search.syntax import blank_values

    blanked = blank_values(typed)
    assert len(blanked) == len(typed)
    assert blanked.split() == words.split()
