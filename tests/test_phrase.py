"""Quoted phrases mean exact text: hits equal a brute-force scan of the sections (a Latin
letter or digit at an end of the phrase not inside a longer Latin word or number)."""

from __future__ import annotations

import random
import re

import pytest

from lawnews.index.analysis.fold import search_form
from lawnews.search.phrase import normalize_phrase

FIELDS = ("title", "heading", "text")


def section_texts(ix):
    """``{(article_id, section_no): [field texts]}`` for every section of the index."""
    out = {}
    for a in ix.articles():
        for no, s in enumerate(a.sections):
            parts = [a.title, s.heading or "", s.text]
            if no == 0:
                parts.append("\n".join(a.captions))
            out[(a.id, no)] = [search_form(p) for p in parts if p]  # as phrases compare
    return out


def brute_force(sections, phrase):
    p = normalize_phrase(phrase)
    edge = "(?<![a-z0-9])" if re.match("[a-z0-9]", p) else ""
    end = "(?![a-z0-9])" if re.search("[a-z0-9]$", p) else ""
    found = re.compile(edge + re.escape(p) + end).search
    return {key for key, parts in sections.items() if any(found(part) for part in parts)}


def hits(ix, phrase):
    res = ix.search(f'"{phrase}"', group="section", limit=100_000)
    assert res.total == len(res.hits)
    return {(h.article_id, h.section_no) for h in res.hits}


def test_random_substrings_match_a_brute_force_scan(corpus_index):
    sections = section_texts(corpus_index)
    texts = [t for parts in sections.values() for t in parts]
    rng = random.Random(20241122)
    checked = 0
    while checked < 250:
        text = rng.choice(texts)
        n = rng.randint(2, 8)
        if len(text) <= n:
            continue
        start = rng.randrange(len(text) - n)
        phrase = text[start : start + n]
        if any(c.isspace() or c == '"' for c in phrase):
            continue
        expected = brute_force(sections, phrase)  # none for a cut inside a number (警11 of 警110)
        assert hits(corpus_index, phrase) == expected, phrase
        checked += 1


@pytest.mark.parametrize("phrase", ["执行到位", "交叉执行", "35.5万件", "1.09亿余元", "法", "终本"])
def test_known_phrases(corpus_index, phrase):
    expected = brute_force(section_texts(corpus_index), phrase)
    assert hits(corpus_index, phrase) == expected


def test_a_phrase_jieba_cuts_across_is_still_found(data_index):
    # 执行到位 inside 执行到位金额: jieba's words need not line up with the phrase
    res = data_index.search('"行到位金"')
    assert [h.article_id for h in res.hits] == ["t01"]
    s, e = res.hits[0].highlights[0]
    assert res.hits[0].snippet[s:e] == "行到位金"


def test_phrase_spaces_between_han_are_ignored_and_latin_case_folded(data_index):
    assert data_index.search('"交叉 执行"').total == data_index.search('"交叉执行"').total == 2
    assert [h.article_id for h in data_index.search('"VERSION 2.0"').hits] == ["t19"]


def test_field_phrase_only_looks_in_that_field(data_index):
    assert {h.article_id for h in data_index.search('title:"交叉执行"').hits} == {"t01", "t02"}
    assert data_index.search('title:"执行到位"').total == 0


# -- a quoted passage with an ellipsis ------------------------------------------------------

PASSAGE = [
    {"id": "said#1", "title": "家属致谢", "date": "2024-05-01",
     "text": "他守护的不只是一段时间，更是我父亲的生命线，我们这个普通家庭的平安……”老人家属道出了感激。"},
    {"id": "other#1", "title": "另一篇", "date": "2024-05-02",
     "text": "我们这个普通家庭的平安来之不易。他守护的不只是一段时间。"},
]


@pytest.fixture()
def passage_index():
    import lawnews

    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles(PASSAGE)
        yield ix


@pytest.mark.parametrize("ellipsis", ["……", "…", "...", "⋯⋯", "。。。"])
def test_a_quoted_passage_with_an_ellipsis_matches_its_parts_in_order(passage_index, ellipsis):
    res = passage_index.search(f'"他守护的不只是一段时间{ellipsis}我们这个普通家庭的平安"')
    assert [h.article_id for h in res.hits] == ["said#1"] and res.total == 1
    marked = {res.hits[0].snippet[s:e] for s, e in res.hits[0].highlights}
    assert {"他守护的不只是一段时间", "我们这个普通家庭的平安"} <= marked


def test_the_parts_of_a_passage_out_of_order_or_in_another_section_do_not_match(passage_index):
    reversed_ = passage_index.search('"我们这个普通家庭的平安……他守护的不只是一段时间"')
    assert [h.article_id for h in reversed_.hits] == ["other#1"]  # that article has them in this order
    assert passage_index.search('"他守护的不只是一段时间……来之不易"').total == 0


def test_an_ellipsis_at_the_end_of_a_passage_is_left_out(passage_index):
    assert passage_index.search('"老人家属道出了感激……"').total == 1
