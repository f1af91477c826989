"""The same figures however they are taken out: search (text, --fields, --json,
--jsonl), facets, export, trends, first, profile and the library name a source, a
story and a date range alike, so that counting one output gives another's counts.

A small index of made-up articles: a story printed by a court's WeChat account under
its short name (株洲中院) and reposted by a paper, and other stories with and
without a source, in 2023 and 2024.
"""

from __future__ import annotations

import collections
import csv
import io
import json
import os
import subprocess
import sys

import pytest

import lawnews
from lawnews import Article, NewsIndex, Section
from support import run_cli
from test_reposts import OTHER, STORY

ZHUZHOU = STORY.replace("荆州市", "株洲市").replace("荆州", "株洲")


def _article(aid: str, text: str, *, title: str, date: str, source: str | None) -> Article:
    return Article(id=aid, file=f"{aid}.txt", title=title, date=date, source=source,
                   sections=(Section(None, text),))


ARTICLES = [
    _article("w1", ZHUZHOU, title="株洲法院交叉执行化解积案", date="2024-03-05", source="株洲中院"),
    _article("p1", "（来源：株洲中院）\n" + ZHUZHOU, title="【转载】株洲法院交叉执行化解积案",
             date="2024-03-06", source="人民法院报"),
    _article("y1", OTHER, title="岳阳法院交叉执行", date="2023-06-01", source="人民法院报"),
    _article("n1", "长沙市中级人民法院推进执行工作，开展集中执行活动，执行到位金额一千万元。本院还推进诉源治理。",
             title="长沙中院集中执行", date="2023-11-20", source=None),
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("figures") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    return path


def _cli(index_dir, *args: str) -> str:
    out = run_cli(*args, "--index-dir", str(index_dir))
    assert out.exit_code == 0, out.output
    return out.output


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- first: one name for the article's id -----------------------------------------------

def test_first_csv_names_the_article_article_id_as_its_json_does(index_dir):
    rows = list(csv.DictReader(io.StringIO(_cli(index_dir, "first", "执行", "--csv"))))
    data = json.loads(_cli(index_dir, "first", "执行", "--json"))
    assert rows and "id" not in rows[0]
    assert [r["article_id"] for r in rows] == [r["article_id"] for r in data["rows"]]


# -- search --fields: UTF-8 whatever the console's encoding -------------------------------

def test_search_fields_table_is_utf8_under_a_gbk_console(index_dir):
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "lawnews", "search", "交叉执行", "--fields", "rank,title",
                          "--index-dir", str(index_dir)], capture_output=True, env=env)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    assert "交叉执行" in out.stdout.decode("utf-8")


# -- source: the facet's value wherever a hit or a row is given, the printed name beside it --

def test_search_jsonl_counted_by_source_gives_the_facets_counts(index_dir):
    # every copy: a story counts once for each source any of its copies has
    hits = _jsonl(_cli(index_dir, "search", "执行", "--jsonl", "-n", "50", "--all-copies"))
    facets = json.loads(_cli(index_dir, "facets", "执行", "--json", "--all-copies"))["facets"]["source"]
    assert collections.Counter(h["source"] for h in hits if h["source"]) == facets
    zhuzhou = next(h for h in hits if h["article_id"] == "w1")
    assert (zhuzhou["source"], zhuzhou["source_printed"]) == ("株洲市中级人民法院", "株洲中院")


def test_hits_of_the_library_and_fields_give_the_facet_value_and_the_printed_name(index_dir):
    with NewsIndex.open(index_dir) as ix:
        hit = next(h for h in ix.search("执行", all_copies=True).hits if h.article_id == "w1")
        assert (hit.source, hit.source_printed) == ("株洲市中级人民法院", "株洲中院")
        assert ix.article("w1").source == "株洲中院"  # the stored article keeps what it printed
    table = _cli(index_dir, "search", "株洲", "--fields", "article_id,source,source_printed")
    assert "株洲市中级人民法院" in table and "株洲中院" in table


def test_jsonl_export_counted_by_source_gives_facets_all_copies(index_dir):
    rows = _jsonl(_cli(index_dir, "export"))
    facets = json.loads(_cli(index_dir, "facets", "--all-copies", "--json"))["facets"]["source"]
    assert collections.Counter(r["source"] for r in rows if r.get("source")) == facets
    w1 = next(r for r in rows if r["id"] == "w1")
    assert (w1["source"], w1["source_printed"]) == ("株洲市中级人民法院", "株洲中院")


def test_an_export_indexed_again_keeps_the_printed_source(index_dir, tmp_path):
    export = tmp_path / "export.jsonl"
    _cli(index_dir, "export", "-o", str(export))
    again = tmp_path / "again"
    out = run_cli("index", str(export), "--index-dir", str(again), "-q")
    assert out.exit_code == 0, out.output
    with NewsIndex.open(index_dir) as ix:
        before = ix.facets()["facets"]["source"]
    with NewsIndex.open(again) as ix:
        assert ix.article("w1").source == "株洲中院"
        assert "source_printed" not in ix.article("w1").meta
        assert ix.facets()["facets"]["source"] == before


def test_first_rows_give_the_facet_value_and_the_printed_name(index_dir):
    data = json.loads(_cli(index_dir, "first", "株洲", "--by", "city", "--json"))
    row = next(r for r in data["rows"] if r["value"] == "株洲市")
    assert (row["source"], row["source_printed"]) == ("株洲市中级人民法院", "株洲中院")
    rows = list(csv.DictReader(io.StringIO(_cli(index_dir, "first", "株洲", "--by", "city", "--csv"))))
    assert (rows[0]["source"], rows[0]["source_printed"]) == ("株洲市中级人民法院", "株洲中院")


# -- one date range on every command that counts stories ----------------------------------

def test_search_and_facets_take_the_date_range_trends_takes(index_dir):
    trends = json.loads(_cli(index_dir, "trends", "执行", "--from", "2024", "--to", "2024", "--every", "year",
                             "--json"))
    found = json.loads(_cli(index_dir, "search", "执行", "--from", "2024", "--to", "2024", "--json"))
    facets = json.loads(_cli(index_dir, "facets", "执行", "--from", "2024", "--to", "2024", "--json"))
    assert found["total"] == facets["total"] == trends["total"] == 1
    assert (found["query"], found["from"], found["to"]) == ("执行", "2024", "2024")
    assert (facets["from"], facets["to"]) == ("2024", "2024")
    assert "1 story from 2024 to 2024" in _cli(index_dir, "facets", "执行", "--from", "2024", "--to", "2024")
    with NewsIndex.open(index_dir) as ix:
        assert ix.search("执行", start="2023", end="2023-12").total == ix.facets("", end="2023-12")["total"] == 2
        assert ix.search("执行", start="2023", end="2023-12").total == \
            ix.search("执行 date:[2023 TO 2023-12]").total


def test_a_date_range_that_holds_no_day_is_one_error_line_naming_the_options(index_dir):
    out = run_cli("facets", "执行", "--from", "2025", "--to", "2024", "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 1 and out.output.strip() == \
        "Error: --from 2025 comes after --to 2024: the date range holds no day"


def test_facets_read_the_query_as_search_does(index_dir):
    for options in (["--no-expand"], ["--strict"]):
        found = json.loads(_cli(index_dir, "search", "株洲 诉源治理", *options, "--json"))
        facets = json.loads(_cli(index_dir, "facets", "株洲 诉源治理", *options, "--json"))
        assert facets["total"] == found["total"]


# -- export: the query and filters search takes, each row with its story ---------------------

def test_export_of_a_query_counted_by_story_gives_the_search_total(index_dir):
    for args in (["交叉执行"], ["执行", "--city", "株洲"], ["执行", "--from", "2024"], ["*", "--source", "人民法院报"]):
        rows = _jsonl(_cli(index_dir, "export", *args))
        found = json.loads(_cli(index_dir, "search", *args, "--json"))
        every = json.loads(_cli(index_dir, "search", *args, "--all-copies", "--json"))
        assert len({r["story"] for r in rows}) == found["total"], args
        assert len(rows) == every["total"], args
    rows = _jsonl(_cli(index_dir, "export", "株洲"))
    assert {r["id"]: r["story"] for r in rows} == {"w1": "w1", "p1": "w1"}


def test_export_of_a_filter_counted_by_a_facet_gives_facets_all_copies(index_dir):
    rows = _jsonl(_cli(index_dir, "export", "--from", "2023", "--to", "2023"))
    facets = json.loads(_cli(index_dir, "facets", "--from", "2023", "--to", "2023", "--all-copies", "--json"))
    assert collections.Counter(c for r in rows for c in r.get("cities", ())) == facets["facets"]["city"]


def test_library_export_takes_the_search_options_in_one_call(index_dir):
    out = io.StringIO()
    with NewsIndex.open(index_dir) as ix:
        n = lawnews.export(ix, out, query="交叉执行", city="株洲", start="2024-03")
        bulk = io.StringIO()
        lawnews.export(ix, bulk, format="es", source="株洲中院")
    assert n == 2 and {json.loads(line)["story"] for line in out.getvalue().splitlines()} == {"w1"}
    docs = [json.loads(line) for line in bulk.getvalue().splitlines()[1::2]]
    assert {d["article_id"] for d in docs} == {"w1"}


def test_an_export_with_an_unknown_filter_value_leaves_its_file_as_it_was(index_dir, tmp_path):
    kept = tmp_path / "kept.jsonl"
    kept.write_text("{}\n", encoding="utf-8")
    out = run_cli("export", "--court", "火星法院", "-o", str(kept), "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 1 and out.output.startswith("Error: unknown court")
    assert kept.read_text(encoding="utf-8") == "{}\n"


# -- an unknown court: the courts of its place and level, or none ---------------------------

@pytest.mark.parametrize("typed", ["某某法院", "火星中院"])
def test_an_unknown_court_named_like_no_court_lists_none(index_dir, typed):
    with NewsIndex.open(index_dir) as ix, pytest.raises(lawnews.UnknownFacetError) as e:
        ix.search("执行", court=typed)
    assert e.value.known == ()
    assert not any(court in str(e.value) for court in ("株洲市中级人民法院", "岳阳市中级人民法院", "长沙市中级人民法院"))
    out = run_cli("search", "执行", "--court", typed, "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 1 and "no court of this index" in out.output and "人民法院" not in out.output


def test_the_courts_offered_are_of_the_place_and_level_named():
    from lawnews.search.closest import court_place_and_level, same_place_courts

    held = ["长沙市中级人民法院", "长沙县人民法院", "沙市区人民法院", "湖南省高级人民法院", "随县人民法院"]
    assert same_place_courts("长沙某某中院", held) == ["长沙市中级人民法院"]
    assert same_place_courts("某某法院", held) == []
    assert court_place_and_level("湖南高院") == ("湖南", "高级")
    assert court_place_and_level("武汉海事法院") == ("武汉海事", "专门")


def test_the_copies_of_a_story_give_the_facet_value_and_the_printed_name(index_dir):
    with NewsIndex.open(index_dir) as ix:
        copies = {c.article_id: (c.source, c.source_printed) for c in ix.copies("p1")}
    assert copies == {"w1": ("株洲市中级人民法院", "株洲中院"), "p1": ("人民法院报", "人民法院报")}
    data = json.loads(_cli(index_dir, "show", "p1", "--json"))
    listed = next(v for k, v in data.items() if k == "copies")
    assert {c["article_id"]: c["source"] for c in listed}["w1"] == "株洲市中级人民法院"
    assert "株洲市中级人民法院 (株洲中院)" in _cli(index_dir, "show", "p1")


def test_hits_name_the_source_the_index_counts_after_the_court_directory_changed(index_dir, monkeypatch):
    """A hit's source is the facet value the index holds (named when it was built), so that
    counting hits by source gives the facets' counts even when the program reading the index
    names courts otherwise (a court directory without 株洲中院)."""
    from lawnews.index.store import source_names

    monkeypatch.setattr(source_names, "_court", lambda source: None)
    with NewsIndex.open(index_dir) as ix:
        found = ix.search("株洲", all_copies=True)
        counted = collections.Counter(h.source for h in found.hits if h.source)
        assert counted == {k: v for k, v in ix.facets("株洲", all_copies=True)["facets"]["source"].items()}, counted
        assert {(c.article_id, c.source, c.source_printed) for c in ix.copies("w1")} >= {
            ("w1", "株洲市中级人民法院", "株洲中院")}
