"""A ``-`` or ``+`` sign means what it means inside brackets wherever it stands: ``A OR -B``
is ``A OR NOT B`` (the articles with A and every article without B), ``A OR +B`` is
``A OR B``; hits, totals and facet counts are those of the spelled-out form."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="both#1", file="both.txt", title="调解与执行并举",
                sections=(Section(None, "青溪县法院组织调解，执行和解率提高。"),)),
        Article(id="enforce#1", file="enforce.txt", title="执行攻坚",
                sections=(Section(None, "青溪县法院开展执行攻坚，执结一批案件。"),)),
        Article(id="traffic#1", file="traffic.txt", title="交通宣传",
                sections=(Section(None, "交警大队开展交通安全宣传活动。"),)),
    ])
    yield ix
    ix.close()


def seen(results):
    return sorted(h.article_id for h in results.hits), results.total, results.total_sections, results.facets


@pytest.mark.parametrize("signed, spelled", [
    ("调解 OR -执行", "调解 OR NOT 执行"),
    ("调解 OR !执行", "调解 OR NOT 执行"),
    ("-执行 OR 调解", "NOT 执行 OR 调解"),
    ("调解 OR -执行", "(调解 OR -执行)"),
    ("交通 OR +调解", "交通 OR 调解"),
    ("交通 OR +调解", "(交通 OR +调解)"),
])
def test_a_sign_beside_or_means_its_operator(index, signed, spelled):
    assert seen(index.search(signed)) == seen(index.search(spelled))


def test_or_with_an_exclusion_finds_the_articles_without_the_word(index):
    assert sorted(h.article_id for h in index.search("调解 OR -执行").hits) == ["both#1", "traffic#1"]
    assert sorted(h.article_id for h in index.search("交通 OR +调解").hits) == ["both#1", "traffic#1"]


def test_a_sign_beside_a_word_still_excludes_or_requires(index):
    assert [h.article_id for h in index.search("执行 -调解").hits] == ["enforce#1"]
    assert sorted(h.article_id for h in index.search("+执行 +法院").hits) == ["both#1", "enforce#1"]
