"""A colon after a word that is no field name, right before a quote (``宁夏:“塞上江南”``, as
titles print a place before a quoted slogan), is punctuation: the word and the phrase are
each required, as with ``：`` or a space, not one phrase holding the word and the colon."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="slogan#1", file="slogan.txt", title="青溪:“背包调解”进山村",
                sections=(Section(None, "青溪县法院法官背起行囊进山开展背包调解，就地化解邻里纠纷。"),)),
        Article(id="other#1", file="other.txt", title="背包调解经验交流",
                sections=(Section(None, "各地法院交流背包调解的做法。"),)),
    ])
    yield ix
    ix.close()


@pytest.mark.parametrize("query", [
    "青溪:“背包调解”进山村", '青溪:"背包调解"', "青溪：“背包调解”", '青溪 "背包调解"', "title:青溪:“背包调解”",
])
def test_a_word_and_a_colon_before_a_phrase(index, query):
    assert {h.article_id for h in index.search(query).hits} == {"slogan#1"}


def test_a_field_before_a_phrase_is_still_the_field(index):
    assert {h.article_id for h in index.search('title:"背包调解"').hits} == {"slogan#1", "other#1"}
    assert {h.article_id for h in index.search('标题:"经验交流"').hits} == {"other#1"}
