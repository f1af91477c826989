"""A question beside field clauses (a date range, a court): its words rank as a
question's do (none required), the clauses select. The web page's from/to fields
add such a date clause. Articles are made up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section
from lawnews.search import syntax

QUESTION = "石门法院怎样开展集中执行？"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("qc") / "ix"
    arts = [
        Article("a1", "a.jsonl", "石门法院开展集中执行行动", (Section(None, "石门县人民法院开展集中执行行动，执结案件一百件。"),),
                date="2021-05-01"),
        Article("a2", "a.jsonl", "石门法院集中执行", (Section(None, "石门法院组织干警开展集中执行，兑现案款。"),),
                date="2019-03-01"),
        Article("a3", "a.jsonl", "慈利法院诉前调解", (Section(None, "慈利县人民法院开展诉前调解，化解纠纷。"),),
                date="2022-01-01"),
    ]
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles(arts)
    return path


def ids(index, query: str) -> set[str]:
    with lawnews.NewsIndex.open(index) as ix:
        res = ix.search(query, limit=50)
        assert res.total == len(res.hits)
        return {h.article_id for h in res.hits}


def test_a_question_finds_without_every_word():
    assert syntax.is_question(QUESTION)


@pytest.mark.parametrize("clause, dated", [
    ("date:[2020 TO *]", {"a1", "a3"}),
    ("date:[2020-01-01 TO 2021-12-31]", {"a1"}),
    ("date:[* TO 2020]", {"a2"}),
])
def test_a_question_with_a_date_range_finds_the_articles_of_those_dates(index, clause, dated):
    everything = ids(index, QUESTION)
    assert everything == {"a1", "a2", "a3"}
    assert ids(index, f"{QUESTION} {clause}") == dated
    assert ids(index, f"{clause} {QUESTION}") == dated  # wherever the clause stands


def test_a_question_with_a_field_clause_is_still_a_question():
    assert syntax.is_question(f"{QUESTION} date:[2020 TO *]")
    assert syntax.is_question(f"{QUESTION} title:\"集中执行\"")
    assert not syntax.is_question("石门 集中执行 date:[2020 TO *]")
    assert not syntax.is_question(f"{QUESTION} OR 慈利")  # operators: the query language, not a question


def test_words_beside_a_clause_are_still_all_required(index):
    assert ids(index, "石门 集中执行 date:[2020 TO *]") == {"a1"}
    assert ids(index, "慈利 集中执行 date:[2020 TO *]") == set()


def test_the_web_page_s_date_fields_narrow_a_question(index):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(index)) as client:
        got = client.get("/search.json", params={"q": QUESTION, "from": "2020-01-01"})
        assert got.status_code == 200
        body = got.json()
        assert {h["article_id"] for h in body["hits"]} == {"a1", "a3"}
        assert body["total"] == 2


@pytest.mark.parametrize("asked", [
    "石门法院说的“集中执行行动”是什么？",   # a phrase that is in the text
    "法院说“集中执行了一百件”是真的吗",     # quoted words no article has as a phrase
    "他说“集中执行怎么办",                  # a quote left open
    "石门法院（县法院）怎样开展集中执行行动？",  # an aside in brackets
    "集中执行（一百件）是真的吗（",          # an aside, and a bracket left open
])
def test_a_question_that_quotes_words_ranks_on_them_and_requires_no_phrase(index, asked):
    assert syntax.is_question(asked)
    assert not set('"()') & set(syntax.unquoted_question(syntax.normalize(asked)))
    assert "a1" in ids(index, asked)


def test_brackets_around_operators_still_group():
    assert not syntax.is_question("(集中执行 OR 诉前调解) 怎样")


def test_quotation_marks_outside_a_question_still_make_a_phrase(index):
    assert not syntax.is_question("“集中执行了一百件”")
    assert ids(index, "“集中执行了一百件”") == set()
    assert ids(index, "“集中执行行动”") == {"a1"}


def test_a_quoting_question_keeps_its_field_clauses(index):
    asked = 'title:"石门法院集中执行" 法院说“集中执行”是什么？'
    assert syntax.unquoted_question(syntax.normalize(asked)).endswith('title:"石门法院集中执行"')
    assert ids(index, asked) == {"a2"}


def test_a_question_mark_between_two_clauses_typed_in_ascii_marks_a_question():
    from lawnews.search.syntax import is_question

    assert is_question("老赖不还钱?法院能强制执行")
    assert is_question("老赖不还钱？法院能强制执行")
