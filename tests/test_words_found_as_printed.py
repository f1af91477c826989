"""A word typed on its own that the index holds no term for inside longer words is found
where it is printed, as its quoted form is: one character (``湘`` in 湘潭 and 湘江, in a
field, with a ``*`` after it), or a word the segmenter's dictionary does not know (``案款``
in 执行案款, ``执结`` in a text cut 共执 结涉), also each of the words a mark or a sign parts in a
field's value (``title:湘*籍``, ``title:湘-籍``); hits, totals, facet counts and highlights
are those of the quoted form."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section

ALONG_THE_RIVER = "青溪县法院干警沿湘江走访湘潭籍当事人，送达执行文书。"
CASES_CLOSED = "今年以来，青溪县法院共执结涉企业案件一百二十件。"
PAID_ONLINE = "青溪县法院推行执行案款线上发放，当事人五日内即可领取。"
ELSEWHERE = "交警大队开展交通安全宣传活动，提醒学生文明出行。"


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="river#1", file="river.txt", title="干警走访当事人", sections=(Section(None, ALONG_THE_RIVER),)),
        Article(id="closed#1", file="closed.txt", title="湘潭籍企业案件清结", sections=(Section(None, CASES_CLOSED),)),
        Article(id="paid#1", file="paid.txt", title="执行款线上发放提速", sections=(Section(None, PAID_ONLINE),)),
        Article(id="elsewhere#1", file="elsewhere.txt", title="交通宣传", sections=(Section(None, ELSEWHERE),)),
    ])
    yield ix
    ix.close()


def ids(results) -> list[str]:
    return [h.article_id for h in results.hits]


@pytest.mark.parametrize("typed, quoted, found", [
    ("湘", '"湘"', {"river#1", "closed#1"}),
    ("湘*", '"湘"', {"river#1", "closed#1"}),
    ("title:湘", 'title:"湘"', {"closed#1"}),
    ("title:湘*", 'title:"湘"', {"closed#1"}),
    ("案款", '"案款"', {"paid#1"}),
    ("执结", '"执结"', {"closed#1"}),
])
def test_a_word_typed_on_its_own_finds_what_its_quoted_form_finds(index, typed, quoted, found):
    bare, exact = index.search(typed), index.search(quoted)
    assert set(ids(bare)) == found
    assert ids(bare) == ids(exact)
    assert (bare.total, bare.total_sections) == (exact.total, exact.total_sections)
    assert bare.facets == exact.facets
    assert not bare.relaxed


def test_the_character_is_highlighted_where_it_is_printed(index):
    hit = next(h for h in index.search("湘").hits if h.article_id == "river#1")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["湘", "湘"]
    assert hit.highlights == next(h for h in index.search('"湘"').hits if h.article_id == "river#1").highlights


def test_beside_other_words_and_operators(index):
    assert ids(index.search("湘 执行")) == ids(index.search('"湘" 执行')) == ["river#1"]
    assert set(ids(index.search("执结 OR 案款"))) == {"closed#1", "paid#1"}
    assert ids(index.search("执行 -湘")) == ids(index.search('执行 -"湘"')) == ["paid#1"]
    assert ids(index.search("湘^2")) == ids(index.search('"湘"^2'))


def test_full_width_chinese_field_names_and_traditional_forms_alike(index):
    assert ids(index.search("标题：湘")) == ids(index.search("ＴＩＴＬＥ：湘＊")) == ["closed#1"]
    assert set(ids(index.search("湘＊"))) == {"river#1", "closed#1"}
    assert ids(index.search("執結")) == ["closed#1"]


@pytest.mark.parametrize("typed", ["title:湘*籍", "title:湘?籍", "title:湘、籍", "title:湘-籍", "title:(湘*籍)", "标题：湘＊籍"])
def test_words_a_mark_parts_in_a_field_are_each_typed_on_their_own(index, typed):
    bare, exact = index.search(typed), index.search('title:"湘" title:"籍"')
    assert ids(bare) == ids(exact) == ["closed#1"]
    assert (bare.total, bare.total_sections, bare.facets) == (exact.total, exact.total_sections, exact.facets)
    assert ids(index.search(typed.replace("籍", "潭"))) == ["closed#1"]
