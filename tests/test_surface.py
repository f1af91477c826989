"""The library and command-line surface: bad arguments, filter values, list markers,
the index in use, progress, output labels and option conflicts."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

import lawnews
from lawnews import ArgumentTypeError, InvalidArgumentError, LawNewsError, NewsIndex
from lawnews.cli import cli
from lawnews.index.documents import Article, Section

from support import DATA, ROOT


def run(*args: str, ok: bool = True, **kw):
    result = CliRunner().invoke(cli, list(args), **kw)
    if ok:
        assert result.exit_code == 0, result.output
    return result


# ------------------------------------------------------------ bad arguments

def test_the_argument_errors_are_lawnews_errors_and_builtin_ones():
    assert issubclass(InvalidArgumentError, LawNewsError) and issubclass(InvalidArgumentError, ValueError)
    assert issubclass(ArgumentTypeError, LawNewsError) and issubclass(ArgumentTypeError, TypeError)
    assert issubclass(lawnews.UnknownFacetError, InvalidArgumentError)


@pytest.mark.parametrize("kwargs, error, words", [
    ({"query": None}, ArgumentTypeError, "query"),
    ({"query": 5}, ArgumentTypeError, "query"),
    ({"limit": -1}, InvalidArgumentError, "limit"),
    ({"limit": "3"}, ArgumentTypeError, "limit"),
    ({"limit": 2.5}, ArgumentTypeError, "limit"),
    ({"offset": -1}, InvalidArgumentError, "offset"),
    ({"group": "page"}, InvalidArgumentError, "group"),
    ({"sort": "size"}, InvalidArgumentError, "sort"),
    ({"sort": None}, ArgumentTypeError, "sort"),
    ({"colour": "red"}, lawnews.UnknownFacetError, "facet"),
    ({"province": object()}, ArgumentTypeError, "province"),
    ({"province": [None]}, ArgumentTypeError, "province"),
])
def test_newsindex_search_rejects_bad_arguments_with_lawnews_errors(data_index, kwargs, error, words):
    kwargs = {"query": "法院", **kwargs}
    with pytest.raises(error, match=words):
        data_index.search(kwargs.pop("query"), **kwargs)


@pytest.mark.parametrize("kwargs, error", [
    ({"query": None}, ArgumentTypeError),
    ({"limit": -1}, InvalidArgumentError),
    ({"offset": "2"}, ArgumentTypeError),
    ({"index_dir": 5}, ArgumentTypeError),
])
def test_module_search_rejects_bad_arguments_with_lawnews_errors(data_index_dir, kwargs, error):
    kwargs = {"query": "法院", "index_dir": data_index_dir, **kwargs}
    with pytest.raises(error):
        lawnews.search(kwargs.pop("query"), **kwargs)


def test_reading_methods_reject_bad_arguments_with_lawnews_errors(data_index):
    with pytest.raises(ArgumentTypeError, match="article_id"):
        data_index.article(None)
    with pytest.raises(ArgumentTypeError, match="article_id"):
        data_index.article(3)
    with pytest.raises(ArgumentTypeError, match="article_id"):
        data_index.similar(None)
    with pytest.raises(InvalidArgumentError, match="limit"):
        data_index.similar("t01", limit=-1)
    with pytest.raises(ArgumentTypeError, match="query"):
        data_index.facets(None)
    with pytest.raises(lawnews.UnknownFacetError):
        data_index.facets("", colour="red")
    with pytest.raises(ArgumentTypeError, match="timeout"):
        data_index.writer(timeout="soon")


@pytest.mark.parametrize("opener", [NewsIndex.open, NewsIndex.create])
@pytest.mark.parametrize("path", [None, 5])
def test_opening_rejects_a_path_that_is_not_one(opener, path):
    with pytest.raises(ArgumentTypeError, match="path"):
        opener(path)


def test_writing_methods_reject_bad_arguments_with_lawnews_errors():
    ix = NewsIndex.in_memory()
    with pytest.raises(InvalidArgumentError, match="exactly one"):
        ix.remove()
    with pytest.raises(InvalidArgumentError, match="exactly one"):
        ix.remove(article_id="a", file="f")
    with pytest.raises(ArgumentTypeError, match="article_id"):
        ix.remove(article_id=5)
    with pytest.raises(ArgumentTypeError, match="articles"):
        ix.add_articles(None)
    with pytest.raises(ArgumentTypeError, match="article 2"):
        ix.add_articles([Article(id="a", file="m", title="t", sections=(Section(None, "执行"),)), 7])
    assert ix.search("执行").total == 0  # nothing of a rejected batch is added


def test_add_articles_accepts_mappings_in_the_jsonl_schema():
    ix = NewsIndex.in_memory()
    n = ix.add_articles([{"id": "m1", "title": "荆州中院交叉执行", "text": "## 成效\n荆州市中级人民法院推进交叉执行。",
                          "date": "2024-07-01", "source": "测试报", "page": 3}])
    assert n == 1
    hit = ix.search("交叉执行", court="荆州中院").hits[0]
    assert hit.article_id == "m1" and hit.section == "成效" and hit.date == "2024-07-01"
    article = ix.article("m1")
    assert article.source == "测试报" and article.meta == {"page": 3}


@pytest.mark.parametrize("record, words", [
    ({"id": "m1", "title": "t"}, "article 1: missing required field 'text'"),
    ({"id": "m1", "title": 5, "text": "x"}, "article 1: field 'title' must be a string"),
])
def test_add_articles_names_the_position_of_a_bad_mapping(record, words):
    with pytest.raises(InvalidArgumentError, match=re.escape(words)):
        NewsIndex.in_memory().add_articles([record])


def test_build_parse_export_and_tag_reject_bad_arguments_with_lawnews_errors(tmp_path, data_index):
    with pytest.raises(InvalidArgumentError, match="jobs"):
        lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", jobs=0)
    with pytest.raises(ArgumentTypeError, match="jobs"):
        lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", jobs="2")
    with pytest.raises(ArgumentTypeError, match="index_dir"):
        lawnews.build_index([DATA / "articles.jsonl"], 5)
    with pytest.raises(ArgumentTypeError, match="skipped"):
        list(lawnews.parse([DATA / "articles.jsonl"], skipped=5))
    with pytest.raises(InvalidArgumentError, match="format"):
        lawnews.export(data_index, io.StringIO(), format="csv")
    with pytest.raises(ArgumentTypeError, match="index"):
        lawnews.export(None, io.StringIO())
    with pytest.raises(ArgumentTypeError, match="out"):
        lawnews.export(data_index, None)
    with pytest.raises(ArgumentTypeError, match="text"):
        lawnews.tag(None)
    assert not (tmp_path / "ix").exists()


# ------------------------------------------------------------ filter values

@pytest.mark.parametrize("option, value, names", [
    ("--year", "abc", ["year", "2023", "2024"]),
    ("--year", "1850", ["year", "2023", "2024"]),
    ("--source", "人民法院报", ["source", "测试报"]),
])
def test_an_unknown_filter_value_is_an_error_naming_the_known_ones(data_index_dir, option, value, names):
    for command in (["search", "法院"], ["facets"]):
        r = run(*command, option, value, "--index-dir", str(data_index_dir), ok=False)
        assert r.exit_code == 1, r.output
        assert r.stderr.startswith("Error: unknown") and value in r.stderr
        assert all(n in r.stderr for n in names), r.stderr


def test_known_year_and_source_values_still_filter(data_index):
    assert data_index.search("法院", year=2023, source="测试报").total == data_index.search("法院").facets["year"]["2023"]


def test_a_filter_on_a_facet_no_article_has_says_so(corpus_index):
    with pytest.raises(lawnews.UnknownFacetError, match="no article in this index has a year"):
        corpus_index.search("执行", year=2024)  # the bundled pages print no date
    with pytest.raises(lawnews.UnknownFacetError, match="source values in this index: 法治日报"):
        corpus_index.search("执行", source="人民法院报")


# ------------------------------------------------------------ cut lists are marked

def test_facet_lists_cut_at_top_say_how_many_more(corpus_index_dir):
    top = 2
    data = json.loads(run("facets", "执行", "--index-dir", str(corpus_index_dir), "--json").stdout)
    text = run("facets", "执行", "--top", str(top), "--index-dir", str(corpus_index_dir)).stdout
    regions = data["regions"]
    assert len(regions) > top
    blocks = text.split("\n\n")
    region_block = next(b for b in blocks if b.startswith("region"))
    assert region_block.splitlines()[-1] == f"  … {len(regions) - top} more"
    cities: dict[str, list[str]] = {}
    for line in region_block.splitlines()[1:]:
        if line.startswith("      "):
            cities[province].append(line.strip())
        elif not line.startswith("  …"):
            province = line.split()[0]
            cities[province] = []
    assert list(cities) == list(regions)[:top]
    for province, shown in cities.items():
        n = len(regions[province]["cities"])
        assert shown[-1] == f"… {n - top} more" if n > top else len(shown) == n
    for name, values in data["facets"].items():
        if name in ("province", "city") or len(values) <= top:
            continue
        block = next(b for b in blocks if b.startswith(f"{name} ("))
        assert block.splitlines()[-1] == f"  … {len(values) - top} more"


def test_stats_lists_say_how_many_values_they_leave_out(corpus_index_dir):
    from lawnews.output import STATS_TOP

    data = json.loads(run("stats", "--index-dir", str(corpus_index_dir), "--json").stdout)
    text = run("stats", "--index-dir", str(corpus_index_dir)).stdout
    cut = [name for name, values in data["facets"].items() if len(values) > STATS_TOP]
    assert cut
    for name in cut:
        line = next(ln for ln in text.splitlines() if ln.startswith(name + " "))
        assert line.endswith(f", … {len(data['facets'][name]) - STATS_TOP} more")


# ------------------------------------------------------------ the index in use

@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.mkdir()], ids=["missing", "empty"])
def test_lawnews_index_dir_naming_no_index_is_an_error_like_index_dir(tmp_path, monkeypatch, make):
    named = tmp_path / "typo"
    make(named)
    monkeypatch.setenv("LAWNEWS_INDEX_DIR", str(named))
    with pytest.raises(lawnews.IndexNotFoundError, match="LAWNEWS_INDEX_DIR"):
        lawnews.search("交叉执行")
    with pytest.raises(lawnews.IndexNotFoundError, match="LAWNEWS_INDEX_DIR"):
        NewsIndex.default()
    r = run("search", "交叉执行", ok=False)
    assert r.exit_code == 1 and r.stderr.startswith(f"Error: no lawnews index at {named}")
    assert "LAWNEWS_INDEX_DIR" in r.stderr
    flag = run("search", "交叉执行", "--index-dir", str(named), ok=False)
    assert flag.exit_code == 1 and flag.stderr.startswith(f"Error: no lawnews index at {named}")
    assert not named.exists() or list(named.iterdir()) == []  # nothing was built there


def test_lawnews_index_dir_naming_an_index_uses_it(tmp_path, monkeypatch, data_index_dir):
    monkeypatch.setenv("LAWNEWS_INDEX_DIR", str(data_index_dir))
    assert {h.article_id for h in lawnews.search("交叉执行").hits} <= {f"t{i:02d}" for i in range(1, 21)}
    assert json.loads(run("stats", "--json").stdout)["index_dir"] == str(data_index_dir)


def test_only_the_per_user_default_index_is_built_from_the_bundled_corpus(default_index_dir):
    from lawnews.config import default_index_dir as configured

    assert configured() == default_index_dir
    with NewsIndex.default() as ix:
        assert ix.path == default_index_dir and ix.stats()["built_by"]["origin"] == "bundled"


# ------------------------------------------------------------ progress on a terminal

class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run_on_terminal(monkeypatch, *args: str) -> tuple[str, str]:
    """Run the CLI with stderr a (fake) terminal: (stdout, stderr)."""
    out, err = io.StringIO(), Terminal()
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    cli.main(list(args), prog_name="lawnews", standalone_mode=False)
    return out.getvalue(), err.getvalue()


def test_no_progress_bar_when_the_default_index_is_fresh(monkeypatch, default_index_dir):
    NewsIndex.default().close()  # built and fresh
    out, err = run_on_terminal(monkeypatch, "search", "交叉执行", "-n", "1")
    assert "交叉执行" in out
    assert err == ""


def test_the_progress_bar_is_drawn_while_building_and_erased_after(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # no default index yet
    out, err = run_on_terminal(monkeypatch, "stats")
    assert "articles" in out
    assert "building the default index [" in err and "100%" in err
    assert err.endswith("\r\x1b[K")  # the line is cleared
    assert "\n" not in err


def test_progress_of_indexing_is_erased_before_the_account(monkeypatch, tmp_path):
    out, err = run_on_terminal(monkeypatch, "index", str(DATA / "articles.jsonl"), "--index-dir", str(tmp_path / "ix"))
    assert out.startswith("indexed 20 articles")
    assert err.startswith("\rindexing [") and err.endswith("\r\x1b[K")


# ------------------------------------------------------------ options and output

@pytest.mark.parametrize("command", [["search", "法院"], ["similar", "t01"]])
def test_json_and_jsonl_together_are_a_usage_error(data_index_dir, command):
    r = run(*command, "--json", "--jsonl", "--index-dir", str(data_index_dir), ok=False)
    assert r.exit_code == 2 and "--json or --jsonl" in r.stderr


def test_removing_what_is_not_in_the_index_says_so_and_fails(tmp_path):
    ix = str(tmp_path / "ix")
    run("index", str(DATA / "articles.jsonl"), "--index-dir", ix)
    r = run("index", "--remove-id", "t01", "--remove-id", "nope", "--index-dir", ix, ok=False)
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr == "Error: no article with id nope; nothing removed\n"
    r = run("index", "--remove-file", "nothing.jsonl", "--index-dir", ix, ok=False)
    assert r.exit_code == 1 and "no article from file nothing.jsonl" in r.stderr
    assert json.loads(run("stats", "--index-dir", ix, "--json").stdout)["articles"] == 20


def test_counts_of_one_are_singular(tmp_path):
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": "a1", "title": "执行", "text": "法院执行"}\n', encoding="utf-8")
    ix = str(tmp_path / "ix")
    out = run("index", str(one), "--index-dir", ix).stdout
    assert out.startswith("indexed 1 article (1 section) from 1 file into")
    assert "removed 1 article (1 section) of a1" in run("index", "--remove-id", "a1", "--index-dir", ix).stdout
    run("index", str(one), "--index-dir", ix)
    r = run("export", "-o", str(tmp_path / "out.jsonl"), "--index-dir", ix)
    assert r.stderr.startswith("wrote 1 article to")
    assert re.search(r"^province +0 values$", run("stats", "--index-dir", ix).stdout, re.M)
    assert "region (0 provinces)" in run("facets", "--index-dir", ix).stdout


def test_result_and_show_lines_label_tags_and_give_date_and_source(data_index_dir):
    lines = run("search", "交叉执行", "--court", "荆州中院", "--index-dir", str(data_index_dir)).stdout.splitlines()
    lines = lines[next(i for i, line in enumerate(lines) if line.startswith("1. ")):]  # after any notice
    assert lines[0].startswith("1. 荆州中院推进交叉执行")
    assert lines[1].strip().split(" · ")[:4] == ["articles.jsonl", "t01", "2024-07-01", "测试报"]
    assert lines[2].strip() == "province: 湖北省 · city: 荆州市 · court: 荆州市中级人民法院 · court_level: 中级 · mechanism: 交叉执行"
    shown = run("show", "t01", "--index-dir", str(data_index_dir)).stdout.splitlines()
    assert shown[1] == "t01 · articles.jsonl · 2024-07-01 · 测试报"
    assert shown[2] == lines[2].strip()
    hit = json.loads(run("search", "交叉执行", "--court", "荆州中院", "--json",
                         "--index-dir", str(data_index_dir)).stdout)["hits"][0]
    assert hit["source"] == "测试报" and hit["date"] == "2024-07-01"
    table = run("search", "交叉执行", "--fields", "article_id,source", "--index-dir", str(data_index_dir)).stdout
    assert table.splitlines()[1].split() == ["t01", "测试报"]


# ------------------------------------------------------------ make search q=…

@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("query", ["it's", '"执行到位" 湖南', "$HOME $(id) `id` ; echo x", "a\\b 'c' \"d\"", "交叉执行"])
def test_make_search_passes_any_query_as_one_argument(tmp_path, query):
    fake = tmp_path / "lawnews"  # prints its arguments as JSON instead of searching
    fake.write_text(f"#!{sys.executable}\nimport json, sys\nprint(json.dumps(sys.argv[1:]))\n", encoding="utf-8")
    fake.chmod(0o755)
    for target, extra in (("search", []), ("install", ["-n", "3"])):
        # the recipe's last line (install's first search) as make writes it, run by the shell
        recipe = subprocess.run(["make", "-n", "-s", "-C", str(ROOT), target, f"BIN={tmp_path}", f"q={query}"],
                                capture_output=True, text=True, check=True).stdout
        done = subprocess.run(["sh", "-c", recipe.splitlines()[-1]], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == ["search", query, *extra]
