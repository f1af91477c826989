"""The strings every match of an expression holds (index/tagging/literals.py), by which
the taxonomy's expressions are skipped on texts that cannot match them."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lawnews.index.tagging.literals import gate, holds, required
from lawnews.index.tagging.mechanisms import Taxonomy


def test_each_part_of_a_sequence_gives_what_it_requires():
    assert required("(?:矛盾|纠纷)[^。]{0,16}?化解在(?:萌芽|基层)") == (("矛盾", "纠纷"), ("化解在",), ("萌芽", "基层"))
    assert required("一村(?:[（(]格[）)])?一辅?警") == (("一村",), ("一",), ("警",))
    assert required("[“\"「][^”]{0,8}风暴") == (("“", '"', "「"), ("风暴",))


def test_optional_parts_and_classes_require_nothing():
    assert required("(?:当地)?[一-鿿]{0,6}") == ()
    assert required("(?:联合|[一-鿿])公安") == (("公安",),)  # a branch of a range requires nothing
    assert required("(?:联合|[县市])公安") == (("联合", "县", "市"), ("公安",))


def test_the_gate_is_the_most_selective_group_of_strings_of_two_characters_or_more():
    assert gate("(?:矛盾|纠纷)[^。]{0,16}?化解在(?:萌芽|基层)") == (("化解在",),)
    assert gate("一村(?:[（(]格[）)])?一辅?警") == (("一村",),)
    assert gate("[“\"「][^”]{0,8}(?:风暴|利剑)") == (("风暴", "利剑"),)
    assert gate("[一-鿿]{2}") == ()


def test_a_text_missing_every_string_of_one_group_is_skipped():
    groups = required("(?:矛盾|纠纷)[^。]{0,16}?化解在(?:萌芽|基层)")
    assert holds("把矛盾纠纷化解在萌芽状态", groups)
    assert not holds("把矛盾纠纷化解于萌芽状态", groups)
    assert holds({"纠纷", "化解在", "基层"}, groups) and not holds({"纠纷", "化解在"}, groups)


PATTERNS = [p.pattern for p, *_ in Taxonomy.load()._patterns]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_match_of_a_taxonomy_expression_holds_what_it_requires(pattern):
    groups = required(pattern)
    assert set(gate(pattern)) <= set(groups)

    # A lookaround reads past the match: the text must hold what it looks for, so the text
    # generated holds a match rather than being one.
    whole = not re.search(r"\(\?<?[=!]", pattern)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(re.compile(pattern), fullmatch=whole))
    def check(text: str) -> None:
        assert holds(text, groups), (pattern, text, groups)

    check()
