"""A date range's bounds typed in full-width forms (``２０２４－０１``, ``２０２４／０１／０５``, as a
Chinese input method gives them) mean what their ASCII forms mean, on the command line
(``--from``/``--to``), in the library (``start=``/``end=``) and in the web app, as they do
in a query's ``date:``; a bad one is refused as typed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

RECORDS = [{"id": f"d{n}", "title": f"某县法院开展集中执行{n}", "date": f"2024-0{n}-0{n}", "source": "人民法院报",
            "text": "某县人民法院近日开展集中执行行动，执结案件三十余件。"} for n in (1, 2, 3)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wide")
    src = folder / "a.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    lawnews.build_index([src], folder / "ix")
    return folder / "ix"


@pytest.mark.parametrize("wide, narrow", [("２０２４－０２", "2024-02"), ("２０２４／０２／０２", "2024-02-02"),
                                          ("２０２４．０２．０２", "2024-02-02")])
def test_full_width_bounds_are_their_ascii_forms(index, wide, narrow):
    with lawnews.NewsIndex.open(index) as ix:
        ids = {h.article_id for h in ix.search("执行", start=narrow).hits}
        assert ids == {"d2", "d3"}
        assert {h.article_id for h in ix.search("执行", start=wide).hits} == ids
        assert ix.trends("执行", by="source", start=wide).total == ix.trends("执行", by="source", start=narrow).total
    got = CliRunner().invoke(cli, ["search", "执行", "--from", wide, "--to", wide, "--fields", "article_id",
                                   "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    assert got.stdout.split() == ["article_id", "d2"]


def test_a_bad_full_width_bound_is_refused_as_typed(index):
    got = CliRunner().invoke(cli, ["search", "执行", "--from", "２０２４－１３", "--index-dir", str(index)])
    assert got.exit_code == 1 and "'２０２４－１３'" in got.output
