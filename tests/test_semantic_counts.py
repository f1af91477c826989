"""Asking to rank by meaning an index built without vectors is an error, not ignored."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import VectorsNotFoundError


def test_semantic_without_vectors_is_a_clear_error(data_index: lawnews.NewsIndex) -> None:
    with pytest.raises(VectorsNotFoundError, match="--vectors"):
        data_index.search("法院如何解决执行难？", semantic=True)
    assert isinstance(VectorsNotFoundError("x"), lawnews.LawNewsError)


def test_semantic_flag_without_vectors_exits_with_an_error_line(data_index_dir) -> None:
    result = CliRunner().invoke(cli, ["search", "执行难", "--semantic", "--index-dir", str(data_index_dir)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "--vectors" in result.output
