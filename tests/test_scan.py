"""Scans that skip the stretches no key can be in give what the whole automaton gives:
every match, in order, whatever characters lie between them.
Texts are made up from a few keys' characters and others."""

from __future__ import annotations

import random

import ahocorasick

from lawnews.index.tagging.scan import Scanner, runs

KEYS = ["长沙", "长沙市", "沙市", "湖南省", "南省", "省长", "市中", "AB", "B1", "芙蓉区", "司法拍卖", "法拍"]


def automaton(keys: list[str]) -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for k in keys:
        a.add_word(k, (k, len(k)))
    if keys:
        a.make_automaton()
    return a


def test_runs_are_the_stretches_of_key_characters_as_long_as_the_shortest_key() -> None:
    pattern = runs(["长沙市", "南省"])
    assert pattern is not None
    assert [m.group() for m in pattern.finditer("在长沙的市南、省南省长沙市")] == ["长沙", "市南", "省南省长沙市"]
    assert runs([]) is None


def test_scanner_gives_the_matches_of_the_whole_automaton() -> None:
    rng = random.Random(7)
    alphabet = "".join(KEYS) + "的了，。在 x1\n"
    scanner = Scanner(automaton(KEYS))
    plain = automaton(KEYS)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert list(scanner.iter(text)) == list(plain.iter(text)), text


def test_an_empty_automaton_finds_nothing() -> None:
    scanner = Scanner(automaton([]))
    assert len(scanner) == 0
    assert list(scanner.iter("长沙市")) == []
