"""The command line through click's CliRunner: output, JSON, exit codes, help."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lawnews.cli import cli

from support import DATA


def run(*args: str, input: str | None = None, ok: bool = True):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=not ok)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_search_json_on_the_default_index():
    data = json.loads(run("search", "交叉执行", "--json").stdout)
    ids = [h["article_id"] for h in data["hits"]]
    assert "002_79b23406edc23697#1" in ids and "001_8969ffdc580c6263#1" in ids
    for h in data["hits"]:
        assert {"article_id", "section", "file", "title", "score", "snippet", "provinces",
                "cities", "courts", "mechanisms"} <= set(h)
        assert "交叉执行" in [h["snippet"][s:e] for s, e in h["highlights"]]
    scores = [h["score"] for h in data["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert data["facets"]["province"]


def test_json_is_utf8_not_ascii_escaped():
    out = run("search", "交叉执行", "--json").stdout
    assert "交叉执行" in out and "\\u" not in out


def test_province_filter_with_short_form():
    data = json.loads(run("search", "交叉执行", "--province", "湖北", "--json").stdout)
    assert data["hits"]
    assert all("湖北省" in h["provinces"] for h in data["hits"])
    assert data["filters"] == {"province": ["湖北省"]}


def test_human_output_is_plain_when_piped():
    out = run("search", "交叉执行", "-n", "2").stdout
    assert "\n1. " in out
    assert "\x1b[" not in out
    assert "stories (" in out


def test_no_results_is_exit_0_with_a_line():
    out = run("search", "量子纠缠霍格沃茨").stdout
    assert "no results" in out


def test_index_show_stats_roundtrip(tmp_path):
    ix = str(tmp_path / "ix")
    out = run("index", str(DATA / "articles.jsonl"), str(DATA / "inputs"), "--index-dir", ix, "--json").stdout
    report = json.loads(out)
    assert report["articles"] == 21  # 20 + the one good record of inputs/mixed.jsonl
    reasons = {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in report["skipped"]}
    assert "empty.txt" in reasons and "fake.txt" in reasons and "mixed.jsonl:2" in reasons
    stats = json.loads(run("stats", "--index-dir", ix, "--json").stdout)
    assert stats["articles"] == 21 and stats["sections"] == 22
    shown = json.loads(run("show", "t03", "--index-dir", ix, "--json").stdout)
    assert shown["id"] == "t03" and shown["title"] == "石门县人民法院执转破工作"
    human = run("index", str(DATA / "articles.jsonl"), "--index-dir", ix).stdout
    assert "indexed 0 articles" in human and "1 file unchanged since indexed" in human and "skipped 0" in human
    human = run("index", str(DATA / "articles.jsonl"), "--index-dir", ix, "--reread").stdout
    assert "indexed 20 articles" in human and "skipped 0" in human


def test_errors_are_one_line_and_exit_1(tmp_path):
    r = run("search", "执行", "--index-dir", str(tmp_path / "none"), ok=False)
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: no lawnews index at") and r.stderr.count("\n") == 1
    assert "Traceback" not in r.output
    r = run("search", "执行", "--province", "火星", ok=False)
    assert r.exit_code == 1 and "unknown province" in r.stderr
    r = run("show", "no-such-id", ok=False)
    assert r.exit_code == 1 and "no article" in r.stderr


def test_usage_errors_exit_2():
    assert run("search", ok=False).exit_code == 2
    assert run("search", "x", "-n", "many", ok=False).exit_code == 2
    assert run("frobnicate", ok=False).exit_code == 2


def test_parse_prints_one_article_per_line():
    out = run("parse", str(DATA / "articles.jsonl"), "--jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in out]
    assert [r["id"] for r in rows][:3] == ["t01", "t02", "t03"]
    assert {"id", "file", "title", "title_is_fallback", "subtitle", "byline", "sections", "captions",
            "provinces", "cities", "courts", "mechanisms"} <= set(rows[0])


def test_parse_of_a_folder_holding_no_file_is_an_error_as_index_says_it(tmp_path):
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    r = run("parse", str(empty), "--jsonl", ok=False)
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [f"Error: nothing to parse: no file found in {empty}"]
    r = run("index", str(empty), "--index-dir", str(tmp_path / "ix"), ok=False)
    assert r.exit_code == 1 and f"nothing to index: no file found in {empty}" in r.stderr


def test_tag_reads_stdin():
    data = json.loads(run("tag", "-", input="荆州中院组织交叉执行").stdout)
    assert data


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name):
    out = run(name, "--help").stdout
    assert "Example" in out
    assert cli.commands[name].help


def test_version():
    import lawnews

    assert lawnews.__version__ in run("--version").stdout


def test_syntax_error_is_one_line_exit_1_and_lenient_repairs_it():
    r = run("search", '"执行到位', ok=False)
    assert r.exit_code == 1 and "unbalanced quote at position 0" in r.stderr
    assert r.stderr.count("\n") == 1
    run("search", '"执行到位', "--lenient")


def test_group_section_and_sort_options(tmp_path):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    data = json.loads(run("search", "交叉执行", "--group", "section", "--index-dir", ix, "--json").stdout)
    assert [(h["article_id"], h["section_no"]) for h in data["hits"]].count(("t01", 0)) == 1
    assert len(data["hits"]) == data["total"] == 3
    data = json.loads(run("search", "法院", "--sort", "date", "-n", "50", "--index-dir", ix, "--json").stdout)
    dates = [h["date"] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True)
    data = json.loads(run("search", "法院", "--year", "2023", "--index-dir", ix, "--json").stdout)
    assert data["hits"] and all(h["date"].startswith("2023") for h in data["hits"])


def test_export_jsonl_roundtrips_through_index(tmp_path):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    out = tmp_path / "export.jsonl"
    run("export", "-o", str(out), "--index-dir", ix)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 20 and {"id", "title", "text"} <= set(rows[0])
    t01 = next(r for r in rows if r["id"] == "t01")
    assert "## 提级攻坚" in t01["text"]
    ix2 = str(tmp_path / "ix2")
    report = json.loads(run("index", str(out), "--index-dir", ix2, "--json").stdout)
    assert report["articles"] == 20 and report["sections"] == 21 and not report["skipped"]


def test_export_es_bulk_structure_and_mapping(tmp_path):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    bulk, mapping = tmp_path / "bulk.ndjson", tmp_path / "mapping.json"
    run("export", "--format", "es", "-o", str(bulk), "--mapping", str(mapping), "--index-name", "news", "--index-dir", ix)
    props = json.loads(mapping.read_text(encoding="utf-8"))["mappings"]["properties"]
    lines = bulk.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 * 21
    ids = set()
    for action_line, doc_line in zip(lines[::2], lines[1::2]):
        action = json.loads(action_line)
        assert list(action) == ["index"] and action["index"]["_index"] == "news"
        ids.add(action["index"]["_id"])
        doc = json.loads(doc_line)
        assert set(doc) <= set(props), set(doc) - set(props)
        assert doc["text_raw"].replace(" ", "") and " " in doc["text"] or len(doc["text"].split()) <= 1
        for field in ("title", "text"):
            assert props[field]["analyzer"] == "whitespace"
        for facet in ("provinces", "courts", "mechanisms"):
            assert props[facet]["type"] == "keyword"
            assert isinstance(doc.get(facet, []), list)
    assert len(ids) == 21
    t01 = [json.loads(d) for d in lines[1::2] if json.loads(d)["article_id"] == "t01"]
    assert "交叉执行" in t01[0]["text"].split()


def test_index_dry_run_writes_nothing_and_remove_by_id_and_file(tmp_path):
    ix = tmp_path / "ix"
    out = run("index", str(DATA / "articles.jsonl"), "--index-dir", str(ix), "--dry-run").stdout
    assert "would index 20 articles" in out and not ix.exists()
    run("index", str(DATA / "articles.jsonl"), str(DATA / "inputs" / "mixed.jsonl"), "--index-dir", str(ix))
    # files from two folders are named relative to the folder holding both
    data = json.loads(run("index", "--remove-id", "t01", "--remove-file", "inputs/mixed.jsonl", "--index-dir", str(ix),
                          "--json").stdout)
    assert data["removed_sections"] == {"articles": {"t01": 2}, "files": {"inputs/mixed.jsonl": 1}}
    stats = json.loads(run("stats", "--index-dir", str(ix), "--json").stdout)
    assert stats["articles"] == 19
    assert run("index", "x", "--remove-id", "t02", "--index-dir", str(ix), ok=False).exit_code == 2


def test_jsonl_and_fields(tmp_path):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    lines = run("search", "法院", "-n", "5", "--jsonl", "--index-dir", ix).stdout.splitlines()
    hits = [json.loads(line) for line in lines]
    assert len(hits) == 5 and [h["rank"] for h in hits] == [1, 2, 3, 4, 5]
    data = json.loads(run("search", "法院", "--fields", "rank,title", "--json", "--index-dir", ix).stdout)
    assert all(set(h) == {"rank", "title"} for h in data["hits"])
    table = run("search", "交叉执行", "--fields", "rank,title,score", "--index-dir", ix).stdout.splitlines()
    assert table[0].split() == ["rank", "title", "score"]
    assert table[1].split()[:2] == ["1", "荆州中院推进交叉执行"]
    assert all(len(line.split("\t")) == 3 for line in table)  # piped: the cells parted by tabs
    # on a terminal, columns line up in terminal cells: the score column starts at the same width on every row
    import click

    from lawnews.output import render_table, width
    rows = [{"rank": 1, "title": "荆州中院推进交叉执行", "score": 9.5}, {"rank": 2, "title": "执行 Ab", "score": 1.25}]
    aligned = click.unstyle(render_table(rows, ["rank", "title", "score"])).splitlines()
    starts = {width(line[: line.rindex(" ") + 1]) for line in aligned}
    assert len(starts) == 1
    assert run("search", "法院", "--fields", "nope", "--index-dir", ix, ok=False).exit_code == 2


@pytest.mark.parametrize("typed", ["rank，title", "rank、title", "RANK,Title", "rank ， title"])
def test_fields_typed_with_a_chinese_input_method_are_the_fields(tmp_path, typed):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    data = json.loads(run("search", "法院", "--fields", typed, "--json", "--index-dir", ix).stdout)
    assert data["hits"] and all(list(h) == ["rank", "title"] for h in data["hits"])
    table = run("search", "法院", "--fields", typed, "--index-dir", ix).stdout.splitlines()
    assert table[0].split("\t") == ["rank", "title"]


def test_facets_command(tmp_path):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    data = json.loads(run("facets", "--index-dir", ix, "--json").stdout)
    facets = data["facets"]
    assert set(facets) == {"province", "city", "county", "court", "court_level", "mechanism", "statute", "cites",
                           "source", "year"}
    assert data["total"] == 20 and facets["source"] == {"测试报": 20}
    assert sum(facets["year"].values()) == 20
    # regions nest cities under their province, with the same counts
    for province, node in data["regions"].items():
        assert node["count"] == facets["province"].get(province, 0) or node["count"] == 0
        for city, n in node["cities"].items():
            assert facets["city"][city] == n
    assert data["regions"]["湖北省"]["cities"]["武汉市"] == 1
    q = json.loads(run("facets", "交叉执行", "--year", "2024", "--index-dir", ix, "--json").stdout)
    assert q["facets"]["year"] == {"2024": 2}  # its own filter ignored
    human = run("facets", "--index-dir", ix).stdout
    assert "year (2)" in human and "测试报" in human and "    武汉市  1" in human


def test_a_user_taxonomy_extends_tagging_index_and_filters(tmp_path):
    taxonomy = str(DATA / "taxonomy" / "extra.toml")
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": "z1", "title": "推进智慧执行", "text": "法院推进智慧执行建设。执行信息化系统上线，智能执行提升效率。"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    tagged = json.loads(run("tag", "法院推进执行信息化建设，智慧执行成效明显。", "--taxonomy", taxonomy).stdout)
    assert "智慧执行" in tagged["mechanisms"]
    assert "智慧执行" not in json.loads(run("tag", "法院推进执行信息化建设，智慧执行成效明显。").stdout)["mechanisms"]
    (row,) = [json.loads(x) for x in run("parse", str(src), "--taxonomy", taxonomy).stdout.splitlines()]
    assert row["mechanisms"] == ["智慧执行"]
    ix = str(tmp_path / "ix")
    run("index", str(src), "--index-dir", ix, "--taxonomy", taxonomy)
    # the index remembers its taxonomy: a synonym resolves to the user's label
    data = json.loads(run("search", "执行", "--mechanism", "执行信息化", "--index-dir", ix, "--json").stdout)
    assert [h["article_id"] for h in data["hits"]] == ["z1"]


def test_tag_json_has_mentions_with_exact_spans():
    text = "荆州中院组织交叉执行，湖南高院部署终本清仓。"
    data = json.loads(run("tag", text).stdout)
    assert "湖北省" in data["provinces"] and "湖南省" in data["provinces"]
    courts = {c["name"] for c in data["courts"]}
    assert {c["level"] for c in data["courts"]} == {"中级", "高级"}
    assert {"荆州市中级人民法院", "湖南省高级人民法院"} <= courts
    for m in data["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_unreadable_inputs(tmp_path):
    r = run("index", str(tmp_path / "missing.txt"), "--index-dir", str(tmp_path / "ix"), ok=False)
    assert r.exit_code == 2 and "does not exist" in r.stderr
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01")
    r = run("index", str(pdf), "--index-dir", str(tmp_path / "ix"), ok=False)
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [f"Error: nothing could be read: {pdf}: binary: a PDF file"]
    r = run("parse", str(pdf), ok=False)
    assert r.exit_code == 1 and "binary: a PDF file" in r.stderr
    # a folder with some bad files still indexes the good ones, and says which were skipped
    r = run("index", str(DATA / "inputs"), "--index-dir", str(tmp_path / "ix2"))
    assert "indexed 1 articles" in r.stdout or "indexed 1 article" in r.stdout
    assert "fake.txt: binary: a PDF file" in r.stdout
