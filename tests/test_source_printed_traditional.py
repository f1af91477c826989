"""An outlet printed in traditional characters keeps its printed name (the stored
article, ``show``, ``source_printed`` of hits and exports), while the ``source`` facet
goes by its simplified name: counted, filtered and trended as one outlet however it is
printed. Records are made up."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store.stories import outlet_rank

RECORDS = [
    {"id": "t1", "title": "青溪法院執行攻堅見成效", "source": "青山聯合報", "date": "2024-03-05",
     "text": "青溪法院開展執行攻堅行動，執結案件十件，執行到位金額一百萬元。"},
    {"id": "s1", "title": "青石法院执行攻坚见成效", "source": "青山联合报", "date": "2024-04-01",
     "text": "青石法院开展执行攻坚行动，执结案件二十件，执行到位金额二百万元，当事人送来锦旗。"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("printed")
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    lawnews.build_index([path], folder / "ix")
    return folder / "ix"


def _cli(index_dir, *args):
    out = CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir)], env={"NO_COLOR": "1"})
    assert out.exit_code == 0, out.output
    return out.stdout


def test_hits_give_the_printed_name_beside_the_facets(index_dir):
    with lawnews.NewsIndex.open(index_dir) as ix:
        hits = {h.article_id: h for h in ix.search("执行攻坚", sort="date").hits}
        facets = ix.facets("")
    assert (hits["t1"].source, hits["t1"].source_printed) == ("青山联合报", "青山聯合報")
    assert (hits["s1"].source, hits["s1"].source_printed) == ("青山联合报", "青山联合报")
    assert facets["facets"]["source"] == {"青山联合报": 2}


def test_show_prints_the_printed_name(index_dir):
    assert "青山聯合報" in _cli(index_dir, "show", "t1")
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.show("t1").article.source == "青山聯合報"


@pytest.mark.parametrize("typed", ["青山聯合報", "青山联合报"])
def test_either_spelling_selects_the_outlet(index_dir, typed):
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.search("执行攻坚", source=typed).total == 2
        assert ix.search(f"source:{typed}").total == 2


def test_the_export_keeps_the_printed_name_and_reads_it_back(index_dir, tmp_path):
    rows = [json.loads(line) for line in _cli(index_dir, "export").splitlines()]
    row = next(r for r in rows if r["id"] == "t1")
    assert (row["source"], row["source_printed"]) == ("青山联合报", "青山聯合報")
    exported = tmp_path / "export.jsonl"
    exported.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    lawnews.build_index([exported], tmp_path / "again")
    with lawnews.NewsIndex.open(tmp_path / "again") as ix:
        assert ix.show("t1").article.source == "青山聯合報"


def test_a_paper_printed_in_traditional_characters_is_an_outlet_of_record():
    assert outlet_rank("青山聯合報") == outlet_rank("青山联合报") == 0
