"""What a new user meets in the first hour: the index's removals, JSONL fields it
cannot use, outlet names, the query language as typed, the output for machines and
the library used from a script."""

from __future__ import annotations

import json

import pytest

from lawnews.index.ingest.sources import canonical_source


@pytest.mark.parametrize("printed, kept", [
    ("常德法院网", "常德法院网"),
    ("《常德法院网》", "常德法院网"),
    ("湘潭法院官网", "湘潭法院官网"),
])
def test_a_court_website_whose_name_names_no_court_keeps_the_sites_name(printed, kept):
    assert canonical_source(printed) == kept


@pytest.mark.parametrize("printed, court", [
    ("石门县人民法院网", "石门县人民法院"),
    ("荆州市中级人民法院官网", "荆州市中级人民法院"),
    ("湖南法院网", "湖南省高级人民法院"),
])
def test_a_court_website_naming_a_court_is_still_named_after_the_court(printed, court):
    assert canonical_source(printed) == court


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _records(n=3):
    return [{"id": f"r{i}", "title": f"第{i}篇报道", "text": f"常德市中级人民法院开展集中执行行动第{i}次。"}
            for i in range(1, n + 1)]


def test_removing_ids_one_of_which_is_unknown_removes_none_and_names_it(tmp_path):
    from support import run_cli

    ix = tmp_path / "ix"
    run_cli("index", str(_jsonl(tmp_path / "a.jsonl", _records())), "--index-dir", str(ix), "-q")
    result = run_cli("index", "--index-dir", str(ix), "--remove-id", "r1", "--remove-id", "nope",
                     "--remove-id", "r2", ok=False)
    assert result.exit_code == 1
    assert "nope" in result.output and "nothing removed" in result.output.lower()
    assert "r1" not in result.output.replace("nope", "")
    stats = json.loads(run_cli("stats", "--index-dir", str(ix), "--json").output)
    assert stats["articles"] == 3


def test_removing_known_ids_and_files_still_removes_them_all(tmp_path):
    from support import run_cli

    ix = tmp_path / "ix"
    run_cli("index", str(_jsonl(tmp_path / "a.jsonl", _records())), str(_jsonl(tmp_path / "b.jsonl", [
        {"id": "b1", "title": "另一篇", "text": "岳阳市中级人民法院开展执行攻坚。"}])), "--index-dir", str(ix), "-q")
    result = run_cli("index", "--index-dir", str(ix), "--remove-id", "r1", "--remove-id", "r2",
                     "--remove-file", "b.jsonl")
    assert "r1" in result.output and "b.jsonl" in result.output
    stats = json.loads(run_cli("stats", "--index-dir", str(ix), "--json").output)
    assert stats["articles"] == 1


def test_removing_a_known_id_and_an_unknown_file_removes_nothing(tmp_path):
    import lawnews

    ix_dir = tmp_path / "ix"
    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", _records()), ix_dir)
    with lawnews.NewsIndex.open(ix_dir) as ix:
        with pytest.raises(lawnews.ArticleNotFoundError, match="nope.jsonl"):
            ix.remove_all(article_ids=["r1"], files=["nope.jsonl"])
        assert ix.stats()["articles"] == 3
        assert ix.remove_all(article_ids=["r1", "r3"]) == {"articles": {"r1": 1, "r3": 1}, "files": {}}
        assert ix.stats()["articles"] == 1


def test_a_jsonl_province_that_names_no_province_is_reported_and_the_record_indexed(tmp_path):
    import lawnews

    src = _jsonl(tmp_path / "a.jsonl", [
        {"id": "m1", "title": "报道一", "text": "某法院开展集中执行。", "province": "火星"},
        {"id": "m2", "title": "报道二", "text": "某法院开展集中执行。", "province": "湖南"},
        {"id": "m3", "title": "报道三", "text": "某法院开展集中执行。", "province": ["湖北", "月球"]},
    ])
    report = lawnews.build_index(src, tmp_path / "ix")
    assert report.articles == 3 and not report.skipped
    warned = {w.path.rsplit(":", 1)[1]: w.reason for w in report.warnings}
    assert set(warned) == {"1", "3"}
    assert "火星" in warned["1"] and "月球" in warned["3"] and "湖北" not in warned["3"]
    assert report.to_dict()["warnings"][0]["reason"] == warned["1"]
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.article("m1").meta["province"] == "火星"
        assert ix.article("m3").tags.provinces == ("湖北省",)


def test_the_index_account_and_parse_print_the_province_warning(tmp_path):
    from support import run_cli

    src = _jsonl(tmp_path / "a.jsonl", [{"id": "m1", "title": "报道一", "text": "某法院开展集中执行。", "province": "火星"}])
    out = run_cli("index", str(src), "--index-dir", str(tmp_path / "ix"), "-q").output
    assert "warning" in out and "火星" in out and "a.jsonl:1" in out
    as_json = json.loads(run_cli("index", str(src), "--index-dir", str(tmp_path / "ix"), "-q", "--json",
                                 "--reread").output)
    assert "火星" in as_json["warnings"][0]["reason"]
    parsed = run_cli("parse", str(src), "--jsonl")
    assert "火星" in parsed.stderr and json.loads(parsed.stdout)["id"] == "m1"


@pytest.mark.parametrize("query, position", [
    ("NOT NOT 执行", 0), ("执行 NOT AND 湖南", 3), ("执行 NOT OR 湖南", 3), ("（执行 NOT NOT 湖南）", 4),
])
def test_not_followed_by_an_operator_is_a_syntax_error_naming_it(query, position):
    import lawnews
    from lawnews.search.query import parse_query

    with pytest.raises(lawnews.QuerySyntaxError) as e:
        parse_query(query)
    assert e.value.position == position
    assert "NOT" in str(e.value) and "out of range" not in str(e.value)
    parse_query(query, lenient=True)


def test_not_inside_a_phrase_is_text():
    from lawnews.search.query import parse_query

    parse_query('"NOT NOT" 执行')


def test_a_query_of_common_words_only_finds_them_as_exact_text(tmp_path):
    import lawnews

    records = [{"id": "d1", "title": "报道一", "text": "法院的执行工作取得成效。"},
               {"id": "d2", "title": "报道二", "text": "法院执行工作取得成效。"},
               {"id": "d3", "title": "报道三", "text": "这是法院的执行了。"}]
    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", records), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        r = ix.search("的")
        assert sorted(h.article_id for h in r.hits) == ["d1", "d3"] and r.total == 2
        assert all("的" in h.snippet for h in r.hits)
        assert [h.article_id for h in ix.search("的 了").hits] == ["d3"]


def test_iterating_over_the_articles_while_removing_one_skips_it(tmp_path):
    import lawnews

    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", _records(4)), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        articles = ix.articles()
        first = next(articles).id
        gone = next(i for i in ("r4", "r3") if i != first)
        ix.remove(article_id=gone)
        rest = [a.id for a in articles]
        assert gone not in rest and len(rest) == 2 and first not in rest


@pytest.mark.parametrize("query", ["date:[2024-01 to 2024-06]", "date:{2024-01 To *}"])
def test_a_date_range_with_a_lowercase_to_says_to_write_it_in_capitals(query):
    import lawnews
    from lawnews.search.query import parse_query

    with pytest.raises(lawnews.QuerySyntaxError, match="TO in capitals") as e:
        parse_query(query)
    assert query[e.value.position:e.value.position + 2].lower() == "to"


def test_an_index_cannot_be_pickled_and_says_what_to_do_instead(tmp_path):
    import pickle

    import lawnews

    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", _records(1)), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        with pytest.raises(lawnews.ArgumentTypeError, match="NewsIndex.open"):
            pickle.dumps(ix)
        results = ix.search("执行")
        assert pickle.loads(pickle.dumps(results)) == results


def test_control_characters_in_a_record_never_reach_the_terminal(tmp_path):
    import lawnews
    from support import run_cli

    record = {"id": "e1", "title": "执行\x1b[31m通报\x07", "text": "法院执行\x1b[2J工作\x00取得成效。",
              "source": "测试\x1b[1m网", "byline": "记者\x9b张三"}
    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", [record]), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        article = ix.article("e1")
        for value in (article.title, article.text, article.source, article.byline):
            assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in value), repr(value)
        assert "执行" in article.title and "取得成效" in article.text and article.source.startswith("测试")
    for args in (["search", "执行"], ["show", "e1"]):
        out = run_cli(*args, "--index-dir", str(tmp_path / "ix")).output
        assert "\x1b" not in out and "\x07" not in out and "\x00" not in out


def _ids(ix, query):
    return {h.article_id for h in ix.search(query, limit=100).hits}


@pytest.mark.parametrize("grouped, flat", [
    ("法院 AND (执行 -湖南)", "法院 执行 -湖南"),
    ("(执行 -湖南) 法院", "法院 执行 -湖南"),
    ("（执行 －湖南） 法院", "法院 执行 -湖南"),
    ("法院 (执行 +湖南)", "法院 执行 湖南"),
    ("法院 ((执行 -湖南) OR 调解)", "(法院 执行 -湖南) OR (法院 调解)"),
    ("title:一 湖南法院-执行", "title:一 湖南法院执行"),
    ("调解 OR 湖北-检察", "调解 OR (湖北 检察)"),
    ("(湖北-检察)", "湖北-检察"),
])
def test_a_minus_or_plus_inside_brackets_works_as_at_the_top_and_one_inside_a_word_joins(tmp_path, grouped, flat):
    import lawnews

    records = [{"id": "h1", "title": "一", "text": "湖南法院执行工作。"},
               {"id": "h2", "title": "二", "text": "湖北法院执行工作。"},
               {"id": "h3", "title": "三", "text": "法院调解工作。"},
               {"id": "h4", "title": "四", "text": "湖北检察执行工作。"}]
    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", records), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        expected = _ids(ix, flat)
        assert expected and _ids(ix, grouped) == expected
        r = ix.search(grouped)
        counted: dict[str, int] = {}
        for hit in r.hits:
            for province in hit.provinces:
                counted[province] = counted.get(province, 0) + 1
        assert r.total == len(expected) and r.facets["province"] == counted


def test_an_unparsable_query_says_what_to_look_at_not_the_parsers_internals():
    import lawnews
    from lawnews.search.query import parse_query

    with pytest.raises(lawnews.QuerySyntaxError) as e:
        parse_query("－＋.2024 *~")
    # the signs typed in a row, by position: no parser's internals
    assert "signs in a row" in str(e.value) and "position 0" in str(e.value) and "Minus" not in str(e.value)


def test_a_writer_takes_a_record_mapping_and_refuses_other_types_by_name(tmp_path):
    import lawnews

    lawnews.build_index(_jsonl(tmp_path / "a.jsonl", _records(1)), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        with ix.writer() as w:
            w.add({"id": "w1", "title": "写入", "text": "法院执行工作。"})
        assert ix.article("w1").title == "写入"
        with pytest.raises(lawnews.ArgumentTypeError, match="str"):
            with ix.writer() as w:
                w.add("法院执行工作")
        with pytest.raises(lawnews.InvalidArgumentError, match="text"):
            with ix.writer() as w:
                w.add({"id": "w2", "title": "缺正文"})
        assert ix.stats()["articles"] == 2
