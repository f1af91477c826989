"""For a page printed as one long line (clauses parted by ， only, no 。 until its end), what a
match asks of its sentence (a clause mark before it, a condition opening an earlier clause, a
context or cue word, the line break before a citation, the courts found so far) is looked up,
not scanned for again from each match; the answers are those a scan gives. (That tagging such
a line takes time in proportion to its length is measured by ``make bench``: ``bench.run_long_line``.)"""

from __future__ import annotations

import random
import re

import pytest

from lawnews.index.tagging import mechanism_scores as scores_module
from lawnews.index.tagging import mention_places
from lawnews.index.tagging import positions as positions_module
from lawnews.index.tagging.literals import longest
from lawnews.index.tagging.textmap import unit_bounds, unit_of

# -- the answers looked up are those a scan of the sentence gives ------------------------------

#: Pieces of made-up sentences, with the marks and words the rules look for near one another.
PIECES = ("若", "若干", "如果", "如不履行", "如拒不", "一旦", "否则", "，", ",", "：", ":", "；", "。", "-", "•", "为", "为了",
          "切实", "更好", "在", "时", "后", "活动中", "案例", "此案", "拘留3人", "罚款5元", "随着", "近日", "本文", "、",
          "拍卖", "查封", "化解", "纠纷", "甲", "乙丙", "丁戊己")


def texts(count: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(PIECES) for _ in range(rnd.choice((3, 20, 120, 600))))


def scanned_clause_start(text: str, s: int, pos: int) -> int:
    return max(s, *(text.rfind(c, s, pos) + 1 for c in mention_places.CLAUSE_MARKS))


def scanned_condition(text: str, s: int, start: int) -> bool:
    return any(m.start() == s or text[m.start() - 1] in mention_places.CLAUSE_MARKS
               for m in mention_places._IF.finditer(text, s, start))


def scanned_bulleted(text: str, s: int, start: int) -> bool:
    # a bullet's match (：-限) may end with the first character of the match itself (措施：-限制高消费)
    return text.startswith(mention_places._BULLETS, s) or mention_places._BULLET.search(text, s, start + 1) is not None


def scanned_timing(text: str, end: int, e: int) -> bool:
    cut = mention_places.CLAUSE.search(text, end, e)
    stop = cut.start() if cut else e
    return text.startswith("时", stop - 1) and stop - 1 >= end


def scanned_purposed(text: str, s: int, pos: int) -> bool:
    if text.find("为", s, pos) < 0 or (m := scores_module._PURPOSE.match(text, s, pos)) is None:
        return False
    i, first = m.end(), True
    while (cut := mention_places.CLAUSE.search(text, i, pos)) is not None:
        i, first = cut.end(), False
        if not scores_module._PURSUES.match(text, i, pos + 1):
            return False
    return not first


def scanned_tallied(text: str, s: int, e: int, start: int, end: int) -> bool:
    counts = [m.start() for m in scores_module._COUNT.finditer(text, s, e)]
    if len(counts) < scores_module.TALLY:
        return False
    cuts = [s, *(m.end() for m in scores_module._ITEM_CUT.finditer(text, s, e)), e + 1]
    counted = [(a, b - 1) for a, b in zip(cuts, cuts[1:]) if any(a <= p < b - 1 for p in counts)]
    return len(counted) >= scores_module.TALLY and any(a <= start and end <= b for a, b in counted)


def scanned_opens(text: str, s: int, e: int, pos: int) -> bool:
    """What a match opening its sentence is, read clause by clause from the sentence's start."""
    if e == 0 or text[e - 1] not in "。！？!?":
        return False
    if scores_module._THESIS.match(text, s):
        return True
    cuts = [m.start() for m in mention_places.CLAUSE.finditer(text, s, e)]
    if len(cuts) + 1 < scores_module.CLAUSES:
        return False
    starts = [s, *(c + 1 for c in cuts)]
    k = sum(1 for c in cuts if c < pos)
    if text.startswith(("随着", "伴随着"), starts[k]):
        return False
    leads, purpose = 0, False
    for i in range(k):
        if purpose and scores_module._PURSUES.match(text, starts[i]):
            continue
        if scores_module._LEAD.fullmatch(text, starts[i], cuts[i]) is None:
            return False
        leads, purpose = leads + 1, text.startswith("为", starts[i])
    return leads <= scores_module.LEADS


def scanned_cued(text: str, start: int, end: int, words: tuple[str, ...], own: set[tuple[int, int]]) -> bool:
    found = 0
    for w in words:
        i = text.find(w, start, end)
        while i >= 0 and (i, i + len(w)) in own:
            i = text.find(w, i + 1, end)
        found += i >= 0
    return found >= scores_module.CUED


#: How far the rules read through the text before they ask the table of the whole text: as shipped,
#: and so short that nearly every question goes to the table.
WINDOWS = (positions_module.WINDOW, 4)


@pytest.fixture(params=WINDOWS, ids=("shipped", "short"))
def window(request, monkeypatch):
    for module in (positions_module, mention_places, scores_module):
        monkeypatch.setattr(module, "WINDOW", request.param)
    return request.param


@pytest.mark.parametrize("seed", range(3))
def test_what_a_match_asks_of_its_sentence_is_what_a_scan_of_the_sentence_finds(seed, window):
    rnd = random.Random(seed)
    for text in texts(40, seed):
        positions_module.positions.cache_clear()
        bounds = unit_bounds(text)
        own = {(m.start(), m.end()) for m in re.finditer("拍卖", text) if rnd.random() < 0.5}
        leads: dict[int, int] = {}
        kept: dict[str, list[int]] = {}
        tallies: dict[int, list[tuple[int, int]]] = {}
        for start in range(len(text)):
            s, e = unit_of(bounds, start)
            end = min(len(text), start + 2)
            assert mention_places.clause_start(text, s, start) == scanned_clause_start(text, s, start)
            assert mention_places._conditioned(text, s, start) == scanned_condition(text, s, start), (text, start)
            assert mention_places.bulleted(text, bounds, start) == scanned_bulleted(text, s, start)
            assert mention_places.timing(text, end, e) == scanned_timing(text, end, e)
            assert scores_module._purposed(text, s, start) == scanned_purposed(text, s, start), (text, start)
            assert scores_module._tallied(text, bounds, start, end, tallies) == scanned_tallied(text, s, e, start, end)
            assert scores_module._opens(text, s, e, start, leads) == scanned_opens(text, s, e, start), (text, start)
            stop = scores_module._next_end(bounds, e)
            assert scores_module._cued(text, end, stop, ("化解", "纠纷", "拍卖"), own, kept) == \
                scanned_cued(text, end, stop, ("化解", "纠纷", "拍卖"), own)


def test_a_condition_right_before_a_match_is_read_up_to_the_match(window):
    # 若 then the match (干…) opens a condition, as a scan that stops at the match reads it; 若干 does not
    lead = "甲" * 300 + "，"
    for text in ("，若干预执行", lead + "若干预执行"):
        at = text.index("若")
        assert mention_places._conditioned(text, 0, at + 1)
        assert not mention_places._conditioned(text, 0, at + 2)
    # clauses opening further back are read in the whole text: no condition reads further than that
    assert longest(mention_places._IF.pattern) + 1 <= mention_places._IF_READS


def test_a_word_or_mark_looked_up_is_where_a_scan_finds_it(window):
    for text in texts(30, 7):
        for lo in range(0, len(text), 3):
            for hi in (lo, lo + 1, lo + 7, lo + 300, len(text)):
                for word in ("若", "若干", "拍卖", "，"):
                    assert positions_module.within(text, word, lo, hi) == (text.find(word, lo, hi) >= 0)
                cut = mention_places.CLAUSE.search(text, lo, hi)
                assert positions_module.first_mark(text, mention_places.CLAUSE_CUTS, lo, hi) == (cut.start() if cut else -1)
                assert positions_module.last_mark(text, mention_places.CLAUSE_MARKS, lo, hi) == \
                    max(text.rfind(c, lo, hi) for c in mention_places.CLAUSE_MARKS)


def test_a_span_overlaps_one_of_many_where_a_scan_finds_it_does():
    from lawnews.index.tagging.citations.text import overlap_test

    rnd = random.Random(3)
    for _ in range(50):
        spans = [(s, s + rnd.randrange(1, 12)) for s in (rnd.randrange(200) for _ in range(rnd.randrange(0, 30)))]
        overlaps = overlap_test(spans)
        for start in range(0, 210, 3):
            end = start + rnd.randrange(1, 9)
            assert overlaps(start, end) == any(s < end and start < e for s, e in spans)
