"""A snippet cut to its length never splits a matched word (its highlight was cut with
it: ``judicial au…`` with ``au`` highlighted) nor a Latin word (``enforcem…``)."""

from __future__ import annotations

import re

from lawnews.search.highlight import snippet

SENTENCE = ("The court said the first online judicial auction of the county marked a change in how "
            "enforcement officers reach property, and the bureau praised the judicial auction again "
            "in its yearly report on enforcement work across the province")


def _words(s: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", s))


def test_a_highlight_is_a_whole_matched_word():
    for budget in range(60, 170, 3):
        text, highlights = snippet(SENTENCE, {"auction", "judicial"}, max_chars=budget)[:2]
        marked = {text[a:b].lower() for a, b in highlights}
        assert marked <= {"auction", "judicial"}, (budget, text, marked)


def test_a_cut_never_splits_a_latin_word():
    whole = _words(SENTENCE)
    for budget in range(60, 170, 3):
        text = snippet(SENTENCE, {"report"}, max_chars=budget)[0]
        assert _words(text) <= whole, (budget, text)
