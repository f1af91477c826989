"""A user's hour with the statute side: ``cited-by`` of articles the collection's
versions hold differently or not at all, and the web app's article and search pages
showing the citations, the laws cited and the question bank as the command line does.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from support import news_with_statutes

LAW = "中华人民共和国仲裁法"
OLD, NEW = "2018-01-01", "2023-01-01"
STATUTES = [
    {"id": "T1#第一条", "title": f"{LAW} 第一条", "text": "旧法第一条：本法的目的。", "date": OLD, "law": LAW},
    {"id": "T1#第九条", "title": f"{LAW} 第九条", "text": "旧法第九条：已经删去的规定。", "date": OLD, "law": LAW},
    {"id": "T2#第一条", "title": f"{LAW} 第一条", "text": "新法第一条：本法的目的。", "date": NEW, "law": LAW},
    {"id": "T2#第二条", "title": f"{LAW} 第二条", "text": "新法第二条：执行财产的规定。", "date": NEW, "law": LAW},
]
NEWS = [
    {"id": "n1", "title": "援引旧法第九条", "text": "法院依照《中华人民共和国仲裁法》第九条作出裁定。",
     "date": "2020-05-01", "source": "人民法院报"},
    {"id": "n2", "title": "援引新法", "text": "法院依照《中华人民共和国仲裁法》第二条查封财产，并依照第一条作出说明。",
     "date": "2024-05-01", "source": "人民法院报"},
    {"id": "n3", "title": "新法施行后援引第九条", "text": "法院依照《中华人民共和国仲裁法》第九条作出裁定。",
     "date": "2024-06-01", "source": "法治日报"},
]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-hour"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


@pytest.fixture()
def client(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with testclient.TestClient(create_app(index_dir), raise_server_exceptions=False) as c:
        yield c


def _cited_by(index_dir: Path, *args: str):
    return CliRunner().invoke(cli, ["cited-by", *args, "--index-dir", str(index_dir)],
                              env={"LAWNEWS_STATUTES": str(index_dir.parent / "statutes.sqlite")})


# -- cited-by ---------------------------------------------------------------------------------

def test_cited_by_an_article_no_version_holds_says_so_instead_of_a_bare_heading(ix, index_dir):
    found = ix.cited_by("仲裁法第九百条")
    assert found.total == 0 and found.statute.text is None and found.statute.version is None
    assert found.statute.note and "第九百条" in found.statute.note and LAW in found.statute.note
    printed = _cited_by(index_dir, "仲裁法第九百条")
    assert printed.exit_code == 0 and found.statute.note in printed.output
    assert json.loads(_cited_by(index_dir, "仲裁法第九百条", "--json").output)["statute"]["note"] == found.statute.note


def test_cited_by_an_article_only_an_older_version_holds_prints_that_versions_text(ix, index_dir):
    found = ix.cited_by("仲裁法第九条")
    assert [h.article_id for h in found.results.hits] == ["n3", "n1"]
    assert found.statute.text == "旧法第九条：已经删去的规定。"
    assert found.statute.version == OLD and found.statute.id == "T1#第九条"
    assert OLD in found.statute.note
    printed = _cited_by(index_dir, "仲裁法第九条").output
    assert "旧法第九条：已经删去的规定。" in printed and found.statute.note in printed


def test_cited_by_an_article_of_the_latest_version_has_no_note(ix):
    found = ix.cited_by("仲裁法第二条")
    assert found.statute.text == "新法第二条：执行财产的规定。" and found.statute.note is None
    assert "note" not in found.statute.to_dict()


# -- the web app ------------------------------------------------------------------------------

def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_the_web_article_page_lists_the_laws_it_cites_among_its_tags(client, ix):
    article = ix.article("n2")
    assert article.tags.statutes == (LAW,)
    page = client.get("/article/n2").text
    tags = page[page.index('<dl class="tags">'):page.index("</dl>")]
    assert 'data-facet="statute"' in tags and LAW in _text(tags)
    link = re.search(r'data-facet="statute" href="([^"]+)"', tags).group(1)
    listed = client.get(html.unescape(link).replace("/?", "/search.json?")).json()
    assert listed["total"] == ix.search("", statute=LAW).total == len(NEWS)


def test_the_web_search_hits_show_the_laws_they_cite(client):
    page = client.get("/", params={"q": "法院"}).text
    hits = page[page.index('<ol class="hits"'):]
    assert "Law cited" in hits and LAW in hits


def test_the_web_article_page_shows_each_citation_as_printed_with_its_version_and_a_search_of_it(client, ix):
    shown = ix.citations("n2")
    page = client.get("/article/n2").text
    cited = page[page.index('class="citations"'):]
    printed = [html.unescape(m) for m in re.findall(r'<span class="cited"[^>]*>([^<]*)</span>', cited)]
    assert printed == [c.text for c in shown] and all(printed)  # the bare 第一条 too
    assert f"({NEW} version)" in cited
    links = [html.unescape(h) for h in re.findall(r'class="cites" href="([^"]+)"', cited)]
    assert len(links) == 2
    for link in links:
        got = client.get(link.replace("/?", "/search.json?")).json()
        assert [h["article_id"] for h in got["hits"]] == ["n2"]


def test_the_web_article_page_says_why_a_citation_is_not_resolved(client, ix):
    (c,) = ix.citations("n3")
    assert c.status != "resolved"
    reason = c.reason or c.articles[0].reason
    cited = _text(re.sub(r"</?span[^>]*>", "", client.get("/article/n3").text))
    assert "not resolved: " + reason in " ".join(cited.split())


def test_the_web_search_page_says_when_the_question_bank_ranked_the_hits(tmp_path, monkeypatch):
    testclient = pytest.importorskip("starlette.testclient")
    from test_questions import DEBT, make_bank, statute_records

    from lawnews.search import questions
    from lawnews.web import create_app

    bank = make_bank()
    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "bank.zip")))
    lawnews.build_index([_jsonl(tmp_path / "s.jsonl", statute_records())], tmp_path / "index")
    with testclient.TestClient(create_app(tmp_path / "index"), raise_server_exceptions=False) as c:
        assert c.get("/search.json", params={"q": DEBT}).json()["question_bank"] == bank.label
        assert f"question bank {bank.label}" in _text(c.get("/", params={"q": DEBT}).text)
        assert "question bank" not in _text(c.get("/", params={"q": DEBT, "sort": "date"}).text)


# -- show -------------------------------------------------------------------------------------

def test_show_of_a_file_name_whose_one_article_is_numbered_names_that_article_alone(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("法院执行\n\n2024年3月12日\n\n法院依法查封了被执行人的房产。\n", encoding="utf-8")
    (folder / "two.txt").write_text("第一篇报道\n\n法院依法查封了房产。\n\n\n\n第二篇报道\n\n法院依法拍卖了房产。\n",
                                    encoding="utf-8")
    lawnews.build_index(folder, tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        ids = {h.article_id for h in ix.search("", limit=10).hits}
        with pytest.raises(lawnews.ArticleNotFoundError) as one:
            ix.article("one")
        with pytest.raises(lawnews.ArticleNotFoundError) as two:
            ix.article("two")
    assert {"one#1", "two#1", "two#2"} <= ids and "one#2" not in ids
    assert "one#1" in str(one.value) and "#2" not in str(one.value)
    assert "two#1, #2" in str(two.value)


# -- statute records the collection cannot take -----------------------------------------------

def test_a_record_with_a_law_but_no_article_label_is_indexed_with_a_warning_naming_it(tmp_path, monkeypatch):
    from lawnews.index.store import statutes

    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    records = [
        {"id": "K1#第一条", "title": f"{LAW} 第一条", "text": "第一条的文字。", "law": LAW, "date": NEW},
        {"id": "K1-preface", "title": f"{LAW} 序言", "text": "序言的文字。", "law": LAW, "date": NEW},
        {"id": "K2#第二条", "title": f"{LAW} 第二条", "text": "法名不是文字。", "law": 5, "date": NEW},
        {"id": "K3", "title": "普通报道", "text": "没有法名的报道。"},
    ]
    report = lawnews.build_index(_jsonl(tmp_path / "records.jsonl", records), tmp_path / "ix")
    assert report.articles == len(records)
    warned = {w.reason.split(":")[0]: w.reason for w in report.warnings}
    assert set(warned) == {"K1-preface", "K2#第二条"}
    assert "no article label" in warned["K1-preface"] and "5" in warned["K2#第二条"]
    assert all("not added to the statute collection" in w for w in warned.values())
    collection = statutes.Collection.at(tmp_path / "statutes.sqlite")
    assert collection.count() == 1


# -- a law typed with its version ----------------------------------------------------------

@pytest.mark.parametrize("typed", ["仲裁法（2017修正）第九条", "《中华人民共和国仲裁法（2017年修正）》第九条"])
def test_a_law_typed_with_its_version_finds_the_citations_of_that_version(ix, typed):
    # 2017: before the collection's earliest version, which stands for it as for a citation printing 2017
    found = ix.cited_by(typed)
    assert found.statute.version == OLD and found.statute.id == "T1#第九条"
    assert [h.article_id for h in found.results.hits] == ["n1"] and found.total == 1
    assert [h.article_id for h in ix.search("", cites=typed).hits] == ["n1"]
