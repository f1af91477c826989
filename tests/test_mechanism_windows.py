"""Mechanism expressions are looked for only around the strings every match of theirs holds
(``mechanisms._near``): the matches must be exactly those of a scan of the whole text, for every
expression of the shipped taxonomy, on the bundled pages and on made-up texts whose strings stand
close together, far apart and at the ends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.mechanisms import _near, _width

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _texts() -> list[str]:
    pages = [re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    made = ["法院联合公安开展集中执行行动。" * 3 + "无关的话。" * 80 + "法院会同派出所查找被执行人",
            "派出所民警走村入户化解纠纷" + "。" * 500 + "民警在村里调处矛盾纠纷。",
            "曝光拒不履行的被执行人，公布未履行义务的单位和个人名单",
            # a description whose lookahead reads the rest of its sentence (a trial told after it)
            "为切实将矛盾纠纷化解在基层，二〇二五年四月十一日上午，某某市某某区人民法院某某人民法庭的法官们一大早便带着卷宗"
            "和国徽驱车赶往几十公里外的某某镇开展巡回审判。"]
    return pages + made


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:8])
def test_looking_near_the_strings_finds_what_a_whole_scan_finds(text: str) -> None:
    tax = Tagger.default().taxonomy
    ends: dict[str, list[int]] = {}
    for end, found in tax._needed.iter(text):
        ends.setdefault(found, []).append(end + 1)
    checked = 0
    for pattern, _label, _d, needs, _c in tax._patterns:
        width = tax._widths.get(pattern)
        if not needs or width is None:
            continue
        spans = [(end - len(s), end) for s in needs[0] for end in ends.get(s, ())]
        near = [m.span() for m in _near(pattern, text, spans, width)]
        assert near == [m.span() for m in pattern.finditer(text)], pattern.pattern
        checked += 1
    assert checked > 20


def test_the_width_of_an_unbounded_expression_is_not_taken() -> None:
    assert _width("法院.*执行") is None
    assert _width("(?:联合|会同)[^。]{0,6}公安") == 10
