"""A quoted phrase typed with a space between Chinese words (“小案件 大民生”, as a headline
prints a slogan) finds the text printed with that space or without it; highlights cover
what is printed. Typed without the space, it finds the text printed without it."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section

SPACED = "青溪县法院开展“小案件 大民生”专项行动，集中执结一批涉民生案件。"
JOINED = "白沙县法院总结小案件大民生工作经验，推动执行案款及时发放。"
SPLIT = "小案件的执行关系大民生。"


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="spaced#1", file="spaced.txt", title="专项行动", sections=(Section(None, SPACED),)),
        Article(id="joined#1", file="joined.txt", title="经验交流", sections=(Section(None, JOINED),)),
        Article(id="split#1", file="split.txt", title="执行随笔", sections=(Section(None, SPLIT),)),
    ])
    yield ix
    ix.close()


@pytest.mark.parametrize("query, expected", [
    ("“小案件 大民生”", {"spaced#1", "joined#1"}),
    ('"小案件  大民生"', {"spaced#1", "joined#1"}),
    ("“小案件 大民生”专项", {"spaced#1"}),
    ('"小案件大民生"', {"joined#1"}),
])
def test_a_phrase_typed_with_a_space_matches_with_or_without_it(index, query, expected):
    assert {h.article_id for h in index.search(query).hits} == expected


def test_the_highlight_covers_the_printed_space(index):
    hits = {h.article_id: h for h in index.search("“小案件 大民生”").hits}
    for hit_id, printed in [("spaced#1", "小案件 大民生"), ("joined#1", "小案件大民生")]:
        hit = hits[hit_id]
        assert [hit.snippet[s:e] for s, e in hit.highlights] == [printed]


def test_a_passage_with_a_spaced_part(index):
    assert {h.article_id for h in index.search("“小案件 大民生……集中执结”").hits} == {"spaced#1"}
