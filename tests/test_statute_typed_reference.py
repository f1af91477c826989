"""References typed by a researcher that name no law the way lawnews reads laws: the error
quotes the reference as typed and says how laws are named."""

from __future__ import annotations

import pytest

from support import run_cli


@pytest.mark.parametrize("typed", ["Criminal Law 20", "article 5", "Civil Code art. 577"])
def test_a_reference_in_latin_letters_is_quoted_as_typed(data_index_dir, typed):
    out = run_cli("cited-by", typed, "--index-dir", str(data_index_dir), ok=False)
    assert out.exit_code == 1
    assert f"no statute named in {typed!r}" in out.output and "Chinese title" in out.output, out.output


@pytest.mark.parametrize("typed", ["刑法第99999条", "刑法第１２３４５条", "民诉法 第 2000 条"])
def test_an_article_number_no_law_reaches_is_an_error_not_a_garbled_label(data_index_dir, typed):
    out = run_cli("cited-by", typed, "--index-dir", str(data_index_dir), ok=False)
    assert out.exit_code == 1
    assert "no law has that many articles" in out.output and typed in out.output, out.output
    assert "九十九千" not in out.output
