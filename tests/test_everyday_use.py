"""Everyday use, command by command: field lists, library shortcuts, removals by
path, snippets of very long texts, a rebuild meeting an update."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.search.results import Hit

from support import run_cli, DATA


run = run_cli


def test_fields_accepts_every_key_of_a_hit(data_index_dir):
    keys = set(Hit(rank=1, article_id="a#1", score=1.0, title="t", file="f", section=None,
                   section_no=0, snippet="", highlights=()).to_dict())
    out = run("search", "法院", "--fields", ",".join(sorted(keys)), "--json", "-n", "2",
              "--index-dir", str(data_index_dir)).stdout
    hits = json.loads(out)["hits"]
    assert hits and all(set(h) == keys for h in hits)
    table = run("search", "法院", "--fields", "rank,counties,court_levels,story,copies",
                "--index-dir", str(data_index_dir)).stdout.splitlines()
    assert table[0].split() == ["rank", "counties", "court_levels", "story", "copies"]


def test_module_search_takes_the_options_of_newsindex_search(data_index_dir):
    options = dict(all_copies=True, lenient=True, explain=True, semantic=False, sort="date-asc",
                   group="section")
    got = lawnews.search('法院 "执行', index_dir=data_index_dir, **options)
    with lawnews.NewsIndex.open(data_index_dir) as ix:
        want = ix.search('法院 "执行', **options)
    assert got.total == want.total > 0
    assert [h.article_id for h in got.hits] == [h.article_id for h in want.hits]
    assert got.parsed and got.hits[0].explanation == want.hits[0].explanation


def test_remove_file_takes_the_path_of_an_indexed_file(tmp_path, monkeypatch):
    inputs = tmp_path / "inputs"
    (inputs / "2024").mkdir(parents=True)
    (inputs / "2024" / "a.jsonl").write_text(
        json.dumps({"id": "a1", "title": "石门法院集中执行", "text": "石门县人民法院开展集中执行行动。"},
                   ensure_ascii=False) + "\n", encoding="utf-8")
    (inputs / "b.jsonl").write_text(
        json.dumps({"id": "b1", "title": "荆州中院交叉执行", "text": "荆州市中级人民法院推进交叉执行。"},
                   ensure_ascii=False) + "\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    run("index", str(inputs), "--index-dir", ix)
    # by its absolute path
    out = run("index", "--remove-file", str(inputs / "2024" / "a.jsonl"), "--index-dir", ix).stdout
    assert "removed 1 article (1 section)" in out
    # by a path relative to the current folder
    monkeypatch.chdir(tmp_path)
    run("index", "--remove-file", "inputs/b.jsonl", "--index-dir", ix)
    assert json.loads(run("stats", "--index-dir", ix, "--json").stdout)["articles"] == 0
    # a file the index does not hold is still an error
    assert run("index", "--remove-file", str(inputs / "b.jsonl"), "--index-dir", ix, ok=False).exit_code == 1


def test_snippet_of_a_huge_section_segments_a_bounded_window(monkeypatch):
    from lawnews.search import highlight

    segmented: list[int] = []
    real = highlight.words

    def counting(text: str, **kw):
        segmented.append(len(text))
        return real(text, **kw)

    monkeypatch.setattr(highlight, "words", counting)
    text = "湖南省高级人民法院" + "执行工作" * 500_000 + "。石门县人民法院开展集中执行行动。"
    snip, hl = highlight.snippet(text, {"执行"})
    assert sum(segmented) <= highlight.SCAN_CHARS + 2
    assert hl and all(snip[s:e] == "执行" for s, e in hl)
    assert snip.startswith("湖南省高级人民法院执行工作")
    # a word found only far into the text: the window starts at its sentence
    segmented.clear()
    far = "前言。" + "工作会议" * 100_000 + "。石门县人民法院开展集中执行行动。" + "工作会议" * 100_000
    snip, hl = highlight.snippet(far, {"集中执行"})
    assert sum(segmented) <= highlight.SCAN_CHARS + 2
    assert [snip[s:e] for s, e in hl] == ["集中执行"] and snip.startswith("石门县人民法院")


def test_snippet_of_a_sentence_the_window_cuts_ends_in_an_ellipsis():
    from lawnews.search import highlight

    text = ("集中执行。" + "工作会议。" * 3997 + "集中执行交叉执行工作会议" * 10 + "。"
            + "工作会议。" * 1000)
    snip, hl = highlight.snippet(text, {"集中执行", "交叉执行"})
    assert snip.endswith("集中执行交叉执行工作…")
    assert [snip[s:e] for s, e in hl] == ["集中执行", "集中执行交叉执行"]  # adjacent highlights merge


def test_a_rebuild_waits_for_an_update_in_progress_before_replacing_the_index(tmp_path):
    import threading

    from lawnews.index.documents import Article, Section

    ix_dir = tmp_path / "ix"
    lawnews.build_index([DATA / "articles.jsonl"], ix_dir)
    rebuilt: list[object] = []
    with lawnews.NewsIndex.open(ix_dir) as ix:
        with ix.writer() as w:  # an update in progress
            w.add(Article(id="late", file="late.jsonl", title="石门法院集中执行",
                          sections=(Section(heading=None, text="石门县人民法院开展集中执行行动。"),)))
            thread = threading.Thread(target=lambda: rebuilt.append(
                lawnews.build_index([DATA / "articles.jsonl"], ix_dir, rebuild=True)))
            thread.start()
            thread.join(timeout=3)
            assert thread.is_alive() and not rebuilt  # waiting, the index still in place
        # the update committed into its own index; then the rebuild replaced it
    thread.join(timeout=60)
    assert rebuilt and rebuilt[0].articles > 0
    with lawnews.NewsIndex.open(ix_dir) as ix:
        assert ix.stats()["articles"] == rebuilt[0].articles


def test_a_rebuild_that_waited_too_long_for_an_update_says_so(tmp_path):
    import pytest

    from lawnews.index.store.locks import no_writer

    ix_dir = tmp_path / "ix"
    lawnews.build_index([DATA / "articles.jsonl"], ix_dir)
    with lawnews.NewsIndex.open(ix_dir) as ix, ix.writer():
        with pytest.raises(lawnews.IndexLockedError, match="another process has been writing"):
            with no_writer(ix_dir, timeout=0.3):
                pass
    with no_writer(ix_dir, timeout=0.3):  # free again once the update is done
        pass


def test_a_query_of_minus_words_alone_means_what_not_means(data_index):
    for minus, spelled in (("-湖南", "NOT 湖南"), ("-湖南 -湖北", "NOT 湖南 NOT 湖北"),
                           ("－湖南", "NOT 湖南"), ("-title:湖南", "NOT title:湖南")):
        got = data_index.search(minus, limit=100, expand=False)
        want = data_index.search(spelled, limit=100, expand=False)
        assert got.total == want.total > 0, minus
        assert [h.article_id for h in got.hits] == [h.article_id for h in want.hits]
    assert all("湖南" not in data_index.article(h.article_id).title
               for h in data_index.search("-湖南", limit=100).hits)


def test_tag_takes_json_as_the_other_data_commands_do():
    plain = run("tag", "荆州中院组织交叉执行").stdout
    assert run("tag", "--json", "荆州中院组织交叉执行").stdout == plain
    assert json.loads(plain)["mechanisms"] == ["交叉执行"]


def test_a_page_past_the_last_says_so(data_index_dir):
    ix = str(data_index_dir)
    total = json.loads(run("search", "法院", "--json", "--index-dir", ix).stdout)["total"]
    last = (total + 4) // 5
    result = run("search", "法院", "-n", "5", "--page", str(last + 1), "--index-dir", ix)
    assert f"page {last + 1} is past the last page, {last} (5 per page)" in result.stderr
    assert "past the last page" not in run("search", "法院", "-n", "5", "--page", str(last),
                                           "--index-dir", ix).stderr


def test_building_an_index_into_a_folder_of_other_files_is_refused_and_deletes_nothing(tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("my thesis", encoding="utf-8")
    for extra in ((), ("--rebuild",)):
        result = run("index", str(DATA / "articles.jsonl"), "--index-dir", str(folder), *extra, ok=False)
        assert result.exit_code == 1
        assert "holds files but no lawnews index" in result.output
        assert (folder / "thesis.txt").read_text(encoding="utf-8") == "my thesis"
    # an empty folder, or one holding an index, is built into as before
    empty = tmp_path / "empty"
    empty.mkdir()
    run("index", str(DATA / "articles.jsonl"), "--index-dir", str(empty))
    run("index", str(DATA / "articles.jsonl"), "--index-dir", str(empty), "--rebuild")
    assert json.loads(run("stats", "--index-dir", str(empty), "--json").stdout)["articles"] > 0


def test_serve_on_a_port_in_use_is_one_error_line(data_index_dir):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port), "--index-dir", str(data_index_dir), ok=False)
    assert result.exit_code == 1
    assert f"Error: cannot listen on 127.0.0.1 port {port}" in result.output
    assert "--port 0" in result.output


def test_every_lawnews_error_can_be_caught_by_its_name_on_the_package():
    import inspect

    from lawnews import errors

    classes = {n for n, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, errors.LawNewsError) and c.__module__ == errors.__name__}
    assert "TaxonomyError" in classes
    assert classes <= set(lawnews.__all__)
    assert all(getattr(lawnews, n) is getattr(errors, n) for n in classes)


def test_a_bad_taxonomy_raises_the_exported_taxonomy_error(tmp_path):
    import pytest

    bad = tmp_path / "bad.toml"
    bad.write_text("[[mechanism\n", encoding="utf-8")
    with pytest.raises(lawnews.TaxonomyError):
        lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", taxonomy=bad)


def test_a_first_qrels_line_with_a_bad_grade_is_an_error_not_a_header(tmp_path):
    import pytest

    from lawnews.search.evaluation import EvalDataError, load_qrels

    bad = tmp_path / "qrels.tsv"
    bad.write_text("q1\tj1\thigh\nq1\tj2\t1\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match=r"qrels.tsv:1: grade must be a number, not 'high'"):
        load_qrels(bad)
    for header in ("qid\tdoc_id\tgrade", "query_id\tarticle\trel", "topic 0 docno relevance"):
        bad.write_text(header + "\nq1\tj2\t1\n", encoding="utf-8")
        assert load_qrels(bad)[0] == {"q1": {"j2": 1}}


def test_trends_after_adding_dated_articles_to_an_index_of_undated_ones(tmp_path):
    undated = tmp_path / "page.txt"
    undated.write_text("石门法院集中执行\n\n湖南省石门县人民法院开展集中执行行动，执结案件12件。\n", encoding="utf-8")
    dated = tmp_path / "more.jsonl"
    dated.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "d1", "title": "岳阳中院执转破", "text": "湖南省岳阳市中级人民法院推进执转破工作。", "date": "2024-02-01"},
        {"id": "d2", "title": "荆州中院交叉执行", "text": "湖北省荆州市中级人民法院推进交叉执行。", "date": "2023-11-02"},
    )) + "\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    run("index", str(undated), "--index-dir", ix)
    run("index", str(dated), "--index-dir", ix)  # a second segment, the first without dates
    trends = json.loads(run("trends", "--by", "province", "--json", "--index-dir", ix).stdout)
    series = {s["value"]: s for s in trends["series"]}
    assert trends["periods"][0] == "2023-11" and trends["periods"][-1] == "2024-02"
    assert series["湖南省"]["counts"][-1] == 1 and series["湖南省"]["undated"] == 1
    assert series["湖北省"]["counts"][0] == 1 and series["湖北省"]["undated"] == 0
    first = json.loads(run("first", "--by", "province", "--json", "--index-dir", ix).stdout)
    assert {r["value"]: r["date"] for r in first["rows"]} == {"湖北省": "2023-11-02", "湖南省": "2024-02-01"}


def test_a_source_filter_takes_the_outlet_names_indexing_reads_as_it(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "s1", "title": "岳阳中院执转破", "text": "岳阳市中级人民法院推进执转破工作。",
                                "date": "2024-02-01", "source": "人民法院报"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    lawnews.build_index(path, tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        for printed in ("《人民法院报》", "人民法院报社", "rmfyb"):
            assert [h.article_id for h in ix.search("", source=printed).hits] == ["s1"], printed
            assert ix.search(f"source:{printed}").total == 1, printed
        assert ix.search("", year="２０２４").total == 1  # full-width digits, as a query narrows them


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>石门法院集中执行行动兑现胜诉权益_湖南法院网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a></div>
<h1>石门法院集中执行行动兑现胜诉权益</h1>
<div class="info">发布时间：2024-05-06 10:20:31 来源：湖南法院网</div>
<div class="content">
<p>5月6日凌晨，湖南省石门县人民法院组织开展集中执行行动，出动干警60余人，对多起拒不履行生效判决的案件开展强制执行，现场执结案件12件。</p>
<p>据介绍，该院今年以来持续推进执转破工作，对符合条件的企业及时移送破产审查，有效化解执行积案，形成执行合力。</p>
<p>下一步，石门县人民法院将继续深化“法庭+执行”联动机制，切实兑现当事人胜诉权益。</p>
</div>
<div class="editor">责任编辑：李四</div>
<div class="footer">版权所有：湖南省高级人民法院 湘ICP备12345678号</div>
</body></html>"""


def test_an_editor_line_outside_the_main_text_of_a_web_page_is_kept(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(PAGE, encoding="utf-8")
    (article,) = lawnews.parse(html)
    assert article.meta.get("editor") == "李四"
    assert "李四" not in "".join(s.text for s in article.sections)


def test_more_like_this_reads_a_bounded_part_of_a_huge_article(tmp_path, monkeypatch):
    from lawnews.search import related

    huge = {"id": "huge", "title": "湖南省高级人民法院执行工作",
            "text": "湖南省高级人民法院执行工作。" * 3_000}
    other = {"id": "o1", "title": "湖南高院执行", "text": "湖南省高级人民法院部署执行工作。"}
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles([huge, other])
        read: list[int] = []
        real = related.tokenize
        monkeypatch.setattr(related, "tokenize", lambda text, **kw: read.append(len(text)) or real(text, **kw))
        hits = ix.similar("huge").hits
    assert [h.article_id for h in hits] == ["o1"]
    assert sum(read) <= related.SIMILAR_MAX_CHARS


def test_a_jsonl_line_that_is_not_utf8_costs_that_line_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps({"id": f"m{i}", "title": "石门法院", "text": "石门县人民法院开展集中执行。"},
                       ensure_ascii=False).encode("utf-8") for i in (1, 2, 4)]
    bad = '{"id": "m3", "title": "t", "text": "坏'.encode("utf-8") + b"\xff" + b'"}'
    path.write_bytes(b"\n".join([good[0], good[1], bad, good[2]]) + b"\n")
    skipped: list = []
    ids = [a.id for a in lawnews.parse(path, skipped=skipped)]
    assert ids == ["m1", "m2", "m4"]
    assert [s.path for s in skipped] == [f"{path}:3"]
    assert "line 3: not UTF-8" in skipped[0].reason
    # CR-only line ends still separate lines
    cr = tmp_path / "cr.jsonl"
    cr.write_bytes(good[0] + b"\r" + good[1] + b"\r")
    assert [a.id for a in lawnews.parse(cr)] == ["m1", "m2"]
    # a file not in UTF-8 from its first line on is one skip, as before
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes("\n".join(['{"id": "g%d", "title": "标题", "text": "正文"}' % i for i in range(50)]).encode("gbk"))
    skipped = []
    assert list(lawnews.parse(gbk, skipped=skipped)) == []
    assert [(s.path, s.reason.split(" (")[0]) for s in skipped] == [(str(gbk), "undecodable: JSONL must be UTF-8")]


def test_a_skipped_file_with_one_earlier_article_says_article_in_the_singular(tmp_path):
    page = tmp_path / "one.txt"
    page.write_text("石门法院执行事务中心运行\n\n本报讯 石门县人民法院执行事务中心正式运行，当事人可一站式办理执行事务。\n",
                    encoding="utf-8")
    lawnews.build_index([page], tmp_path / "ix")
    page.write_text("", encoding="utf-8")
    report = lawnews.build_index([page], tmp_path / "ix")
    (skip,) = report.skipped
    assert skip.reason.endswith("; its 1 earlier article was removed from the index")


def test_a_closed_index_says_so_instead_of_answering(tmp_path):
    page = tmp_path / "one.txt"
    page.write_text("石门法院执行事务中心运行\n\n本报讯 石门县人民法院执行事务中心正式运行，当事人可一站式办理执行事务。\n",
                    encoding="utf-8")
    lawnews.build_index([page], tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("执行").total == 1
    for use in (lambda: ix.search("执行"), lambda: ix.article("one#1"), lambda: ix.facets(),
                lambda: ix.trends(), lambda: ix.add_articles([])):
        with pytest.raises(lawnews.IndexClosedError, match="closed"):
            use()
    ix.close()  # closing again is no error


def test_similar_takes_the_filters_search_takes(tmp_path):
    ix_dir = tmp_path / "ix"
    lawnews.build_index([DATA / "articles.jsonl"], ix_dir)
    with lawnews.NewsIndex.open(ix_dir) as ix:
        first = next(iter(ix.articles())).id
        hits = ix.similar(first, limit=50).hits
        province = next(p for h in hits for p in h.provinces)
        expected = [h.article_id for h in ix.similar(first, limit=50, province=province).hits]
    assert expected and len(expected) < len(hits)
    got = CliRunner().invoke(cli, ["similar", first, "--province", province, "-n", "50", "--json",
                                   "--index-dir", str(ix_dir)])
    assert got.exit_code == 0, got.output
    shown = json.loads(got.output)["hits"]
    assert [h["article_id"] for h in shown] == expected
    assert all(province in h["provinces"] for h in shown)


def test_explain_keeps_its_score_parts_when_fields_are_chosen(data_index_dir):
    ix = str(data_index_dir)
    hits = json.loads(run("search", "交叉执行", "--explain", "--fields", "rank,title", "--json", "-n", "2",
                          "--index-dir", ix).stdout)["hits"]
    assert hits and all(set(h) == {"rank", "title", "explanation"} and h["explanation"] for h in hits)
    lines = [json.loads(line) for line in run("search", "交叉执行", "--explain", "--fields", "title", "--jsonl",
                                               "-n", "1", "--index-dir", ix).stdout.splitlines()]
    assert lines and lines[0]["explanation"]
    table = run("search", "交叉执行", "--explain", "--fields", "rank,title", "-n", "2", "--index-dir", ix).stdout
    assert table.splitlines()[0].split() == ["rank", "title"]
    assert "parsed: " in table and "1. " in table and ":交叉" in table
    plain = run("search", "交叉执行", "--fields", "rank,title", "-n", "2", "--index-dir", ix).stdout
    assert "parsed: " not in plain and set(json.loads(run("search", "交叉执行", "--fields", "title", "--json", "-n", "1",
                                                           "--index-dir", ix).stdout)["hits"][0]) == {"title"}


def test_similar_pages_through_what_it_counts(corpus_index_dir):
    ix = str(corpus_index_dir)
    first = json.loads(run("similar", "002_79b23406edc23697#1", "-n", "2", "--json", "--index-dir", ix).stdout)
    second = json.loads(run("similar", "002_79b23406edc23697#1", "-n", "2", "--page", "2", "--json",
                            "--index-dir", ix).stdout)
    assert first["total"] == second["total"] > 2
    assert [h["rank"] for h in second["hits"]] == [3, 4][:len(second["hits"])]
    assert not {h["article_id"] for h in first["hits"]} & {h["article_id"] for h in second["hits"]}
    with lawnews.NewsIndex.open(corpus_index_dir) as index:
        assert [h.article_id for h in index.similar("002_79b23406edc23697#1", limit=2, offset=2).hits] == \
            [h["article_id"] for h in second["hits"]]
