"""Quoted phrases mean exact text: hits equal a brute-force scan of the sections."""

from __future__ import annotations

import random

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
    return {key for key, parts in sections.items() if any(p in part for part in parts)}


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
        expected = brute_force(sections, phrase)
        assert expected, phrase
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
