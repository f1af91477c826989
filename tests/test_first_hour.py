"""A first hour with lawnews, command by command: what a new user met on the way
(footers, dry runs, library shortcuts, the web app). Pages are made up for the purpose."""

from __future__ import annotations

import inspect
import json

import pytest
from click.testing import CliRunner

import lawnews
from support import run_cli
from lawnews.cli import cli


run = run_cli


def test_the_footer_of_a_search_by_section_counts_sections(data_index_dir):
    ix = str(data_index_dir)
    data = json.loads(run("search", "执行", "--group", "section", "-n", "2", "--json", "--index-dir", ix).stdout)
    articles = {h["article_id"] for h in json.loads(run("search", "执行", "--group", "section", "-n", "500",
                                                        "--json", "--index-dir", ix).stdout)["hits"]}
    assert data["total"] > len(articles)  # more sections than articles: the two words differ
    footer = run("search", "执行", "--group", "section", "-n", "2", "--index-dir", ix).stdout.splitlines()[-1]
    assert footer.startswith(f"1–2 of {data['total']} sections")
    assert "article" not in footer
    by_article = run("search", "执行", "-n", "2", "--index-dir", ix).stdout.splitlines()[-1]
    assert by_article.startswith(f"1–2 of {len(articles)} stories (")


def test_module_search_takes_every_option_of_newsindex_search(data_index_dir):
    method = set(inspect.signature(lawnews.NewsIndex.search).parameters) - {"self", "filters"}
    module = set(inspect.signature(lawnews.search).parameters)
    assert method <= module
    got = lawnews.search("法院", index_dir=data_index_dir, question_bank=False)
    with lawnews.NewsIndex.open(data_index_dir) as ix:
        want = ix.search("法院", question_bank=False)
    assert got.total == want.total > 0 and got.question_bank is None


def test_a_query_that_starts_with_a_minus_is_no_option(data_index_dir):
    ix = str(data_index_dir)
    want = json.loads(run("search", "NOT 湖南", "--json", "--index-dir", ix).stdout)["total"]
    assert want > 0
    got = json.loads(run("search", "-湖南", "--json", "--index-dir", ix).stdout)["total"]
    after = json.loads(run("search", "--index-dir", ix, "-湖南", "-n", "1", "--json").stdout)
    counted = json.loads(run("facets", "-湖南", "--json", "--index-dir", ix).stdout)["total"]
    assert got == after["total"] == counted == want and len(after["hits"]) == 1
    # an option mistyped is still a usage error
    assert run("search", "法院", "--provnce", "湖南", "--index-dir", ix, ok=False).exit_code == 2
    assert run("search", "-湖南", "--provnce", "湖南", "--index-dir", ix, ok=False).exit_code == 2


def test_a_bad_json_line_is_reported_in_plain_words(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a1", "title": "x", "text": "法院\n', encoding="utf-8")  # the string never ends
    skipped: list = []
    assert list(lawnews.parse(path, skipped=skipped)) == []
    assert [(s.reason, s.lines) for s in skipped] == [
        ("no valid record: 1 line skipped", ("bad JSON line 1: Unterminated string starting at (column 36)",))]
    from lawnews.search.evaluation import EvalDataError, load_qrels  # the evaluation's files too
    qrels = tmp_path / "qrels.jsonl"
    qrels.write_text('{"query": "法院\n', encoding="utf-8")
    try:
        load_qrels(qrels)
    except EvalDataError as e:
        assert " at at " not in str(e) and "column" in str(e)
    else:
        raise AssertionError("a bad qrels line was read")


def test_a_question_with_an_exclusion_ranks_on_its_words_and_leaves_out_the_excluded(tmp_path):
    from lawnews.index.documents import Article, Section
    from lawnews.search import syntax

    arts = [
        Article("a1", "a.jsonl", "石门法院开展集中执行行动", (Section(None, "石门县人民法院开展集中执行行动，执结案件一百件。"),)),
        Article("a2", "a.jsonl", "荆州法院集中执行", (Section(None, "荆州市中级人民法院组织干警集中执行，兑现案款。"),)),
        Article("a3", "a.jsonl", "慈利法院诉前调解", (Section(None, "慈利县人民法院开展诉前调解，化解纠纷。"),)),
    ]
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles(arts)
        question = "法院怎样开展集中执行？"
        assert {h.article_id for h in ix.search(question).hits} >= {"a1", "a2"}
        for excluded in ("-石门", "NOT 石门", '-"石门县"', "－石门"):
            asked = f"{question} {excluded}"
            assert syntax.is_question(asked), asked
            res = ix.search(asked, limit=50)
            got = [h.article_id for h in res.hits]
            assert "a2" in got and "a1" not in got, asked
            assert res.total == len(got) and not res.relaxed
            assert ix.facets(asked)["total"] == res.total
        assert "a1" not in {h.article_id for h in ix.search(f"-石门 {question}").hits}


def test_an_update_of_the_current_folder_removes_the_articles_of_files_gone_from_it(tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text("石门法院集中执行\n\n石门县人民法院开展集中执行行动，执结案件一百件。\n", encoding="utf-8")
    (pages / "sub" / "b.txt").write_text("荆州法院交叉执行\n\n荆州市中级人民法院推进交叉执行，执行到位四亿元。\n",
                                         encoding="utf-8")
    (pages / "sub" / "c.txt").write_text("慈利法院诉前调解\n\n慈利县人民法院开展诉前调解，化解纠纷三百件。\n",
                                         encoding="utf-8")
    ix = tmp_path / "ix"
    lawnews.build_index([pages], ix)
    (pages / "sub" / "b.txt").unlink()
    monkeypatch.chdir(pages)
    assert lawnews.build_index(["."], ix, dry_run=True).gone == {"sub/b.txt": 1}
    assert lawnews.build_index(["."], ix).gone == {"sub/b.txt": 1}
    (pages / "sub" / "c.txt").unlink()
    monkeypatch.chdir(pages / "sub")
    assert lawnews.build_index([".."], ix).gone == {"sub/c.txt": 1}
    with lawnews.NewsIndex.open(ix) as opened:
        assert [a.id for a in opened.articles()] == ["a#1"]


def test_a_statute_reference_naming_two_articles_says_to_name_one(data_index_dir):
    with lawnews.NewsIndex.open(data_index_dir) as ix:
        for typed in ("刑法 第三百一十三条 第六十七条", "民诉法第237条、第238条"):
            try:
                ix.cited_by(typed)
            except lawnews.UnknownFacetError as e:
                assert "one article" in str(e) and "is known" not in str(e), str(e)
            else:
                raise AssertionError(f"{typed!r} was taken")
        assert ix.cited_by("刑法 第三百一十三条").statute.article == "第三百一十三条"


def test_trends_first_and_similar_take_a_whole_law_in_cites_as_search_does(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    from lawnews.index.documents import Article, Section

    arts = [
        Article("r1", "a.jsonl", "石门法院以拒执罪判处被执行人", (Section(None, "石门县人民法院审理一起拒不执行判决、裁定案，"
                "依照《中华人民共和国刑法》第三百一十三条的规定，判处被告人李某有期徒刑一年。"),), date="2024-05-01"),
        Article("r2", "a.jsonl", "慈利法院拒执罪宣判", (Section(None, "慈利县人民法院依照刑法第三百一十三条，"
                "以拒不执行判决、裁定罪判处被告人王某有期徒刑十个月。"),), date="2024-06-01"),
        Article("r3", "a.jsonl", "石门法院集中执行", (Section(None, "石门县人民法院开展集中执行，执结案件一百件，"
                "对拒不执行判决的被执行人依法采取强制措施。"),), date="2024-07-01"),
    ]
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles(arts)
        citing = {h.article_id for h in ix.search("", cites="刑法").hits}
        assert citing == {"r1", "r2"}
        assert ix.trends(cites="刑法", by="province").total == 2
        assert ix.first(cites="刑法", by="court").to_dict()  # no error
        assert {h.article_id for h in ix.similar("r1", cites="刑法").hits} == {"r2"}
    out = run("first", "--cites", "刑法", "--by", "court", "--json", "--index-dir", str(tmp_path / "ix")).stdout
    assert "慈利县人民法院" in out and "石门县人民法院" in out


def test_ctrl_c_stops_the_web_app_quietly(data_index_dir, tmp_path):
    import os
    import re
    import signal
    import subprocess
    import sys

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "lawnews", "serve", "--index-dir", str(data_index_dir),
                             "--port", "0", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=tmp_path,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert re.search(r"at http://127\.0\.0\.1:\d+/ ", line), line
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "Aborted" not in err and "Traceback" not in err


def test_a_jsonl_record_with_a_blank_title_is_skipped_with_its_reason_and_one_with_blank_text_is_a_headline(
        tmp_path):
    path = tmp_path / "a.jsonl"
    records = [{"id": "ok", "title": "石门法院集中执行", "text": "石门县人民法院开展集中执行行动。"},
               {"id": "t1", "title": "无正文", "text": "  \n "},
               {"id": "t2", "title": " ", "text": "石门县人民法院开展集中执行行动，执结案件一百件。"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    skipped: list = []
    parsed = list(lawnews.parse(path, skipped=skipped))
    assert [a.id for a in parsed] == ["ok", "t1"]
    assert (parsed[1].title, parsed[1].text, parsed[1].sections) == ("无正文", "", ())
    assert [s.reason for s in skipped] == ["line 3: field 'title' is empty"]


def test_an_unquoted_query_of_several_words_is_told_to_be_quoted(data_index_dir):
    got = run("search", "交叉执行", "OR", "执转破", "--index-dir", str(data_index_dir), ok=False)
    assert got.exit_code == 2
    assert "lawnews search '交叉执行 OR 执转破'" in got.output
    got = run("facets", "交叉执行", "-湖南", "--index-dir", str(data_index_dir), ok=False)
    assert got.exit_code == 2 and "lawnews facets '交叉执行 -湖南'" in got.output
    got = run("search", "-湖南", "--provnce", "湖南", "--index-dir", str(data_index_dir), ok=False)
    assert got.exit_code == 2 and "No such option" in got.output and "--province" in got.output


def test_tag_reads_stdin_in_the_encodings_page_files_may_have():
    text = "荆州中院组织交叉执行"
    for data in (text.encode("gbk"), text.encode("utf-8"), text.encode("utf-16")):
        result = CliRunner().invoke(cli, ["tag", "-"], input=data)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["courts"] == [{"name": "荆州市中级人民法院", "level": "中级"}]
    assert lawnews.tag(text.encode("gb18030")).to_dict() == lawnews.tag(text).to_dict()
    bad = CliRunner().invoke(cli, ["tag", "-"], input=b"\x00\x01binary")
    assert bad.exit_code == 1 and bad.output.startswith("Error: ")


def test_export_to_a_folder_that_does_not_exist_is_an_error_not_a_traceback(data_index_dir, tmp_path):
    ix = str(data_index_dir)
    got = run("export", "-o", str(tmp_path / "no" / "such" / "out.jsonl"), "--index-dir", ix, ok=False)
    assert got.exit_code != 0 and got.exception is None or isinstance(got.exception, SystemExit)
    assert "Error" in got.output and "out.jsonl" in got.output and "Traceback" not in got.output
    got = run("export", "--format", "es", "-o", str(tmp_path / "bulk.ndjson"), "--mapping",
              str(tmp_path / "no" / "mapping.json"), "--index-dir", ix, ok=False)
    assert isinstance(got.exception, SystemExit) and got.exit_code != 0 and "mapping.json" in got.output


def test_an_index_folder_that_cannot_be_made_is_an_error_naming_it(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("石门法院集中执行\n\n石门县人民法院开展集中执行行动，执结案件一百件。\n", encoding="utf-8")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    try:
        lawnews.build_index([page], tmp_path / "afile" / "ix")
    except lawnews.LawNewsError as e:
        assert "afile" in str(e) and "index" in str(e)
    else:
        raise AssertionError("an index was built inside a file")
    got = run("index", str(page), "--index-dir", str(tmp_path / "afile" / "ix"), "-q", ok=False)
    assert got.exit_code == 1 and got.output.startswith("Error: ")


def cited_index(tmp_path, monkeypatch) -> str:
    """An index of two articles of a law and two news articles citing it, one of them an
    article the law does not have."""
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    law = "中华人民共和国民事诉讼法"
    statutes = [{"id": f"L1#第{n}条", "title": f"{law} 第{n}条", "text": f"第{n}条的条文。", "date": "2021-12-24",
                 "law": law} for n in ("一", "二")]
    news = [{"id": "n1", "title": "法院依法执行", "date": "2024-05-01",
             "text": "石门县人民法院依照《中华人民共和国民事诉讼法》第九百条的规定，对被执行人采取强制措施。"},
            {"id": "n2", "title": "法院依法执行二", "date": "2024-05-02",
             "text": "石门县人民法院依照《中华人民共和国民事诉讼法》第二条的规定，对被执行人采取强制措施。"}]
    for name, records in (("st.jsonl", statutes), ("news.jsonl", news)):
        (tmp_path / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                     encoding="utf-8")
    ix = str(tmp_path / "ix")
    run("index", str(tmp_path / "st.jsonl"), str(tmp_path / "news.jsonl"), "--index-dir", ix, "-q")
    return ix


def test_cited_by_says_which_citations_are_not_resolved_instead_of_giving_them_a_version(tmp_path, monkeypatch):
    ix = cited_index(tmp_path, monkeypatch)
    lines = run("cited-by", "民诉法", "--index-dir", ix).stdout.splitlines()
    resolved = next(line for line in lines if "第二条" in line and "《" in line)
    unresolved = next(line for line in lines if "第九百条" in line)
    assert "(2021-12-24 version)" in resolved
    assert "(2021-12-24 version)" not in unresolved and "not resolved" in unresolved and "第二条" in unresolved


def test_a_web_page_past_the_last_says_so_and_links_the_last(data_index_dir):
    from starlette.testclient import TestClient

    from lawnews.web import create_app

    with TestClient(create_app(data_index_dir)) as client:
        total = client.get("/", params={"q": "法院", "format": "json"}).json()["total"]
        last = (total + 9) // 10
        assert total > 0
        page = client.get("/", params={"q": "法院", "page": str(last + 5)})
        assert page.status_code == 404  # no such page: the page says so and links the last
        assert f"There is no page {last + 5}" in page.text
        assert f"page={last}" in page.text
        assert "There is no page" not in client.get("/", params={"q": "法院", "page": str(last)}).text


def test_cited_by_past_the_last_page_says_so(tmp_path, monkeypatch):
    ix = cited_index(tmp_path, monkeypatch)
    got = run("cited-by", "民诉法", "-n", "1", "--page", "5", "--index-dir", ix)
    assert "page 5 is past the last page, 2 (1 per page)" in got.stderr
    assert "page" not in run("cited-by", "民诉法", "-n", "1", "--page", "2", "--index-dir", ix).stderr


def test_a_folder_of_other_files_is_not_suggested_as_the_place_to_build_an_index(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text("本报讯 法院开展集中执行。", encoding="utf-8")
    said = run("search", "执行", "--index-dir", str(folder), ok=False)
    assert said.exit_code == 1
    assert "folder of other files" in said.output and f"--index-dir {folder}`" not in said.output
    empty = tmp_path / "empty"
    empty.mkdir()
    said = run("search", "执行", "--index-dir", str(empty), ok=False)
    assert f"--index-dir {empty}`" in said.output  # an empty folder is where to build one


@pytest.mark.parametrize("clause", ["year:abc", "year:24", "year:[2020 TO 二〇二四五]", "year:[2020 TO 十二〇二四]"])
def test_a_year_clause_that_is_no_year_is_a_syntax_error_as_the_year_filter_is(data_index_dir, clause):
    said = run("search", f"执行 {clause}", "--index-dir", str(data_index_dir), ok=False)
    assert said.exit_code != 0 and "year must be a year of four digits" in said.output
    lenient = run("search", f"执行 {clause}", "--lenient", "--json", "--index-dir", str(data_index_dir))
    assert json.loads(lenient.stdout)["total"] == json.loads(
        run("search", "执行", "--json", "--index-dir", str(data_index_dir)).stdout)["total"]
    for fine in ("year:2024", "year:[2020 TO 2024]", "year:{2020 TO *}"):
        assert run("search", f"执行 {fine}", "--index-dir", str(data_index_dir)).exit_code == 0


def test_trends_and_first_refuse_an_unknown_by_or_period_as_usage_errors(data_index_dir):
    from lawnews import cli as cli_module
    from lawnews.landscape import BY
    from lawnews.search.landscape import EVERY

    assert cli_module.BY == BY and cli_module.EVERY == EVERY  # the command offers what the library takes
    for args in (["trends", "--by", "foo"], ["trends", "--every", "week"], ["first", "--by", "foo"]):
        result = run(*args, "执行", "--index-dir", str(data_index_dir), ok=False)
        assert result.exit_code == 2, result.output
        assert "Invalid value" in result.output and ("foo" in result.output or "week" in result.output)


@pytest.mark.parametrize("query", ["province:火星", "执行 court:火星法院", "执行 -mechanism:不存在的机制"])
def test_an_unknown_facet_value_in_a_query_is_an_error_as_in_a_filter(data_index_dir, query):
    from lawnews.errors import UnknownFacetError

    ix = str(data_index_dir)
    with pytest.raises(UnknownFacetError, match="unknown (province|court|mechanism)"):
        lawnews.search(query, index_dir=ix)
    with pytest.raises(UnknownFacetError):
        lawnews.trends(query, index_dir=ix)
    result = run("search", query, "--index-dir", ix, ok=False)
    assert result.exit_code == 1 and result.output.startswith("Error: unknown ")
    lenient = lawnews.search(query, index_dir=ix, lenient=True)  # --lenient keeps the clause as it is
    assert lenient.total == (0 if query.startswith(("province", "执行 court")) else lawnews.search("执行", index_dir=ix).total)


def test_a_known_facet_value_the_index_lacks_finds_nothing_without_error(data_index_dir):
    # 西藏 is a province, only no article of this index is about it
    assert lawnews.search("province:西藏", index_dir=str(data_index_dir)).total == 0
    assert lawnews.search("province:湖南 执行", index_dir=str(data_index_dir)).total > 0
