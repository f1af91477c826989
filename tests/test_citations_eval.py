"""The citation scorer (``scripts/eval_citations.py``) on pages and annotations written
for the test, in the agreed format: a hit, a miss, an extra, a wrong version."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import lawnews
from lawnews.index.store.statutes import Collection

from support import ROOT
from test_statutes import MSL, NEW, OLD, STATUTES, write_jsonl

spec = importlib.util.spec_from_file_location("eval_citations", ROOT / "scripts" / "eval_citations.py")
ev = importlib.util.module_from_spec(spec)
sys.modules["eval_citations"] = ev  # dataclasses look their module up
spec.loader.exec_module(ev)  # type: ignore[union-attr]

PAGE = "依据《民事诉讼法》第二百三十七条裁定不予执行。\n据《人民法院报》报道，执行局另依照第二百四十八条立案。被告人依刑法第三百一十三条被判刑。"


def site_in(name: str) -> str:
    return next(f"{name}{i}.example" for i in range(100) if ev.half(f"{name}{i}.example") == name)


@pytest.fixture()
def eval_dir(tmp_path: Path) -> Path:
    d = tmp_path / "eval"
    (d / "pages" / "citations").mkdir(parents=True)
    pages = [{"id": "cp001", "url": "https://dev.example/1", "site": site_in("dev"),
              "found_with": {"corpus": "pages", "query": "不予执行"}, "anchor": "裁定不予执行", "date": "2022-05-01"},
             {"id": "cp002", "url": "https://test.example/1", "site": site_in("test"),
              "found_with": {"corpus": "pages", "query": "不予执行"}, "anchor": "裁定不予执行", "date": "2024-05-01"}]
    write_jsonl(d / "citation-pages.jsonl", pages)
    (d / "pages" / "citations" / "cp001.txt").write_text(PAGE, encoding="utf-8")
    (d / "pages" / "citations" / "cp002.txt").write_text(PAGE, encoding="utf-8")
    first = PAGE.index("《民事诉讼法》")
    later = PAGE.index("第二百四十八条")
    records = []
    for page, version in (("cp001", OLD), ("cp002", OLD)):  # cp002's version is wrong on purpose
        records += [
            {"id": f"{page}-1", "page": page, "start": first, "end": first + 14, "text": PAGE[first:first + 14],
             "targets": [{"law": MSL, "article": "第二百三十七条"}], "in_collection": True, "version": version},
            {"id": f"{page}-2", "page": page, "start": later, "end": later + 7, "text": "第二百四十八条",
             "targets": [{"law": MSL, "article": "第二百四十八条"}], "in_collection": True},
        ]  # 刑法第三百一十三条 is left unannotated: an extra
    write_jsonl(d / "citations.jsonl", records)
    return d


@pytest.fixture()
def collection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Collection:
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    lawnews.build_index(write_jsonl(tmp_path / "s.jsonl", STATUTES), tmp_path / "s")
    return Collection.current()


def test_pages_are_split_by_site_with_a_fixed_hash():
    assert ev.half("court.gov.cn") == ev.half("court.gov.cn")
    assert {ev.half(f"s{i}.example") for i in range(20)} == {"dev", "test"}


def test_the_scorer_counts_hits_misses_extras_and_versions(eval_dir, collection):
    result = ev.evaluate(eval_dir, collection)
    dev, test = result["dev"], result["test"]
    # found: 《民事诉讼法》第二百三十七条 (right), 刑法第三百一十三条 (extra); missed: 第二百四十八条,
    # after a newspaper named in its paragraph
    assert dev["extraction"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert [m["text"] for m in dev["misses"]] == ["第二百四十八条"]
    assert [x["text"] for x in dev["extras"]] == ["刑法第三百一十三条"]
    assert dev["resolution"]["tp"] == 1 and dev["resolution"]["fn"] == 1  # 2022: the 2021 version
    assert test["resolution"]["tp"] == 0 and test["wrong_resolutions"][0]["resolved"][2] == NEW
    assert dev["forms"]["short"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert dev["forms"]["continuation"]["fn"] == 1 and dev["forms"]["unbracketed"]["fp"] == 1


def test_a_version_annotated_on_a_target_is_scored_like_one_on_the_record(eval_dir, collection):
    path = eval_dir / "citations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:  # the annotations' own form: each target carries its version
        if "version" in row:
            row["targets"] = [dict(t, version=row.pop("version")) for t in row["targets"]]
    write_jsonl(path, rows)
    result = ev.evaluate(eval_dir, collection)
    assert result["dev"]["resolution"]["tp"] == 1
    assert result["test"]["resolution"]["tp"] == 0 and result["test"]["wrong_resolutions"][0]["resolved"][2] == NEW


def test_a_record_whose_span_is_not_its_text_stops_the_scoring(eval_dir, collection):
    path = eval_dir / "citations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows[0]["start"] += 1
    write_jsonl(path, rows)
    with pytest.raises(SystemExit, match="cp001-1"):
        ev.evaluate(eval_dir, collection)


def test_a_missing_page_text_is_reported_not_scored(eval_dir, collection):
    (eval_dir / "pages" / "citations" / "cp002.txt").unlink()
    result = ev.evaluate(eval_dir, collection)
    assert result["missing_pages"] == ["cp002"] and result["test"]["citations"] == 0
    assert "how to fill eval/pages/citations/" in ev.report(result)


@pytest.mark.parametrize("text, expected", [
    ("《民事诉讼法》第237条", {"short", "arabic"}),
    ("民诉法第二百五十五条", {"unbracketed"}),
    ("该法第十条至第十二条", {"backref", "range"}),
    ("第五、六条", {"continuation", "list"}),
    ("《刑法》第六十七条第三款", {"short", "subdivision"}),
    ("《最高人民法院关于民事执行中财产调查若干问题的规定》第十条", {"interpretation"}),
])
def test_mentions_are_classed_by_how_they_name_the_law_and_the_articles(text, expected):
    assert ev.forms(text) == expected


def test_unresolved_targets_are_counted_by_the_resolvers_reason_and_by_law(eval_dir, collection):
    path = eval_dir / "citation-pages.jsonl"
    pages = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pages[0]["date"] = "2020-01-01"  # before both versions of a law whose 第二百三十七条 moved
    write_jsonl(path, pages)
    result = ev.evaluate(eval_dir, collection, "dev")
    b = ev.breakdown(result["dev"]["unresolved"])
    assert b["kinds"] == {"dated before a renumbered law": 1, "not extracted": 1}
    assert b["laws"]["dated before a renumbered law"] == {ev._key(MSL): 1}
    test = ev.breakdown(ev.evaluate(eval_dir, collection, "test")["test"]["unresolved"])
    assert test["kinds"]["resolved to another version"] == 1
    assert "dated before a renumbered law: 民事诉讼法 1" in ev.report(result, misses=False, reasons=True)


@pytest.mark.parametrize("reason, kind", [
    ("第三十九条 of the 2012-12-28 version of 中华人民共和国劳动合同法 has no 第2款 (it has 1): the article may"
     " cite an older numbering", "款 the article lacks"),
    ("中华人民共和国合同法 is not in the statute collection", "law not in the collection (as read)"),
    ("something new", "other: something new"),
])
def test_a_reason_is_classed_by_its_kind(reason, kind):
    assert ev.reason_kind(reason) == kind


def test_a_second_annotation_is_scored_against_the_first_on_its_half(eval_dir: Path):
    first = PAGE.index("《民事诉讼法》")
    later = PAGE.index("第二百四十八条")
    crime = PAGE.index("刑法第三百一十三条")
    second = [  # cp002, the test half: one record agreed, one with another article, one the first lacks
        {"id": "cp002-b1", "page": "cp002", "start": first, "end": first + 14, "text": PAGE[first:first + 14],
         "targets": [{"law": MSL, "article": "第二百三十七条", "version": OLD}], "in_collection": True},
        {"id": "cp002-b2", "page": "cp002", "start": later, "end": later + 7, "text": "第二百四十八条",
         "targets": [{"law": MSL, "article": "第二百四十九条"}], "in_collection": True},
        {"id": "cp002-b3", "page": "cp002", "start": crime, "end": crime + 9, "text": "刑法第三百一十三条",
         "targets": [{"law": "中华人民共和国刑法", "article": "第三百一十三条"}], "in_collection": True},
        {"id": "cp001-b1", "page": "cp001", "start": first, "end": first + 14, "text": PAGE[first:first + 14],
         "targets": [{"law": MSL, "article": "第二百三十七条"}], "in_collection": True},  # dev: not counted
    ]
    got = ev.agreement(write_jsonl(eval_dir / "second.jsonl", second), eval_dir, "test")
    assert (got["pages"], got["first"], got["second"]) == (1, 2, 3)
    assert (got["extraction"]["tp"], got["extraction"]["fp"], got["extraction"]["fn"]) == (1, 2, 1)
    assert (got["resolution"]["tp"], got["resolution"]["fp"], got["resolution"]["fn"]) == (1, 2, 1)
    # only the pages asked for (it used to score every page of the half whatever --pages said)
    none = ev.agreement(eval_dir / "second.jsonl", eval_dir, "all", ev.page_ids("cp003-cp009"))
    assert (none["pages"], none["first"], none["second"]) == (0, 0, 0)
    one = ev.agreement(eval_dir / "second.jsonl", eval_dir, "all", ev.page_ids("cp001"))
    assert (one["pages"], one["second"]) == (1, 1)


def test_a_half_without_its_page_texts_says_nothing_was_scored_not_perfect_scores(eval_dir, collection):
    (eval_dir / "pages" / "citations" / "cp002.txt").unlink()
    result = ev.evaluate(eval_dir, collection)
    test = result["test"]
    assert test["missing"] == 1 and test["extraction"]["precision"] is None and test["resolution"]["recall"] is None
    text = ev.report(result, misses=False)
    half = text[text.index("test:"):]
    assert "nothing scored" in half and "1.000" not in half
    assert "P 0.500  R 0.500" in text  # the dev half, scored as before


def test_a_page_without_citations_scores_n_a_not_one(eval_dir, collection):
    (eval_dir / "pages" / "citations" / "cp002.txt").write_text("法院开展执行工作。", encoding="utf-8")
    path = eval_dir / "citations.jsonl"
    write_jsonl(path, [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                       if not line.startswith('{"id": "cp002')])
    text = ev.report(ev.evaluate(eval_dir, collection), misses=False)
    half = text[text.index("test:"):]
    assert "extraction  P n/a  R n/a  (tp 0, fp 0, fn 0)" in half and "1.000" not in half


def test_an_address_listed_for_two_pages_is_warned_about(eval_dir, collection, monkeypatch, capsys):
    listing = eval_dir / "citation-pages.jsonl"
    pages = ev.read_jsonl(listing)
    assert ev.duplicate_urls(pages) == {}
    write_jsonl(listing, pages + [dict(pages[0], id="cp003")])
    (eval_dir / "pages" / "citations" / "cp003.txt").write_text(PAGE, encoding="utf-8")
    assert ev.duplicate_urls(ev.read_jsonl(listing)) == {"https://dev.example/1": ["cp001", "cp003"]}
    monkeypatch.setattr(sys, "argv", ["eval_citations.py", "--eval-dir", str(eval_dir), "--no-misses",
                                      "--collection", str(collection.path)])
    ev.main()
    out, err = capsys.readouterr()
    assert "1 address listed more than once (1 further copy, each scored as a page of its own)" in err
    assert "https://dev.example/1 (cp001, cp003)" in err and "dev: 2 pages" in out
    monkeypatch.setattr(sys, "argv", ["eval_citations.py", "--eval-dir", str(eval_dir), "--split", "test",
                                      "--collection", str(collection.path)])
    ev.main()
    assert capsys.readouterr().err == ""  # the copies are both dev pages
