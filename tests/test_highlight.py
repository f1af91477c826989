"""Snippet matching: segmenting only the lines where a query word may occur finds
exactly the spans that segmenting the whole text finds."""

from __future__ import annotations

import random

import pytest
from support import CORPUS

from lawnews.index.analysis.chinese import subwords, words
from lawnews.search.highlight import _words_near, find_matches, sentences


def spans(pieces, terms: set[str]) -> list[tuple[int, int]]:
    out = []
    for w, s, e in pieces:
        if w in terms:
            out.append((s, e))
        for g, i in subwords(w, short=True):
            if g in terms:
                out.append((s + i, s + i + len(g)))
    return sorted(out)


TRICKY = [
    "ΑΣ\nΣ x\r\nK\u212a abc ABC\n交叉执行 Σ",  # final sigma, the Kelvin sign, CRLF
    "İstanbul 法院\n执行",  # lowercasing changes the length
    "\n\n执行\n",
    "法院执行局\n交叉执行\n执转破",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_only_lines_that_may_match_are_segmented_and_the_spans_are_the_same(seed):
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.iterdir()) if p.is_file()]
    texts += TRICKY
    checked = 0
    for text in texts:
        tokens = [w for w, _s, _e in words(text, short=True)]
        terms = set(rng.sample(tokens, min(3, len(tokens)))) | {"执行", "σ", "k", "abc", "i̇stanbul"}
        whole = spans(words(text, short=True), terms)
        assert spans(_words_near(text, terms), terms) == whole
        checked += bool(whole)
    assert checked >= len(texts) - 1


def test_find_matches_highlights_a_word_on_any_line():
    text = "第一行没有\n湖南高院开展交叉执行\n第三行也没有\n交叉执行"
    found = [text[s:e] for s, e in find_matches(text, {"交叉执行"})]
    assert found == ["交叉执行", "交叉执行"]


def test_the_sentence_at_a_place_is_the_one_sentences_cuts():
    from lawnews.search.highlight import sentence_at

    text = "法院发布公告。“被执行人已履行。”执行法官说；案件终结\n另一行。」末尾"
    cuts = sentences(text)
    assert len(cuts) == 6
    for start, end in cuts:
        for at in range(start, end):
            if text[at] not in "。！？!?；;\n”」":
                assert sentence_at(text, at, at + 1) == (start, end), text[start:end]


def test_words_are_found_clause_by_clause_as_in_the_whole_text():
    """Snippets segment only the clauses a query word may be in; the words (and their
    offsets) found there are those of segmenting the whole text: pinyin kept with its
    characters, 3.5% whole, traditional characters folded."""
    from lawnews.index.analysis.chinese import words
    from lawnews.search.highlight import _words_near

    text = ("法院依法执(zhí)行，利率上浮3.5%；被执行人：张某、李某。\n"
            "COVID-19期间，執行法官前往現場！交叉执行？是的：交叉执行见效。")
    whole = list(words(text, short=True))
    for terms in ({"执行"}, {"交叉执行", "3.5%"}, {"covid", "19"}, {"执行", "现场"}, {"李某"}):
        near = [w for w in _words_near(text, terms) if w[0] in terms]
        assert near == [w for w in whole if w[0] in terms], terms
        assert near
