"""The traditional characters of a name table, which a simplifier keeps as written."""

from __future__ import annotations

from lawnews.index.analysis.fold import simplifier, traditional_in


def test_the_characters_simplifying_would_change_each_once() -> None:
    assert traditional_in("乾县\t乾安县\n長沙市") == "乾長"
    assert traditional_in("长沙市芙蓉区") == ""


def test_a_simplifier_keeping_them_reads_the_table_as_it_is_written() -> None:
    names = "乾县\n乾安县"
    simplify = simplifier(keep=traditional_in(names))
    assert simplify("乾县人民法院在長沙") == "乾县人民法院在长沙"
    assert simplify(names) == names
