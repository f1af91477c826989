"""A quarter as ``trends --every quarter`` labels its periods (``2024-Q1``; ``2024-q1`` and
full-width ``２０２４－Ｑ１`` too) is a date wherever a month is: ``--from``/``--to``,
``start=``/``end=``, the web app's ``from``/``to`` and ``date:`` in the query language, as
a start its first day, as an end its last, alone the whole quarter; a quarter but Q1 to Q4
is refused as a date the calendar lacks. So is a quarter written without its hyphen
(``2024Q1``) or in Chinese (``2024年第一季度``, ``2024年一季度``), and a trends period is read
by the same reader."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.ingest.dates import period

RECORDS = [{"id": f"m{m}", "title": f"某县法院开展集中执行行动{m}", "date": f"2024-{m:02d}-{m + 10}",
            "source": "人民法院报", "text": "某县人民法院近日开展集中执行行动，执结案件三十余件。"}
           for m in range(1, 13)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quarters")
    src = folder / "a.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    lawnews.build_index([src], folder / "ix")
    return folder / "ix"


def months(hits):
    return sorted(int(h.article_id[1:]) for h in hits)


@pytest.mark.parametrize("label, first, last", [("2024-Q1", "2024-01-01", "2024-03-31"),
                                                ("2024-q2", "2024-04-01", "2024-06-30"),
                                                ("２０２４－Ｑ４", "2024-10-01", "2024-12-31")])
def test_a_quarter_covers_its_three_months(label, first, last):
    assert period(label) == (first, last)


def test_the_labels_trends_print_are_taken_back_as_from_and_to(index):
    run = CliRunner()
    every = run.invoke(cli, ["trends", "执行", "--by", "source", "--every", "quarter", "--index-dir", str(index)])
    assert every.exit_code == 0, every.output
    assert "2024-Q2" in every.output and "2024-Q3" in every.output
    got = run.invoke(cli, ["trends", "执行", "--by", "source", "--every", "quarter", "--from", "2024-Q2",
                           "--to", "2024-q3", "--json", "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    data = json.loads(got.stdout)
    assert data["periods"] == ["2024-Q2", "2024-Q3"] and data["totals"] == [3, 3]
    listed = run.invoke(cli, ["search", "执行", "--from", "２０２４－Ｑ２", "--to", "2024-Q2", "--fields", "article_id",
                              "--index-dir", str(index)])
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.split()[0] == "article_id" and sorted(listed.stdout.split()[1:]) == ["m4", "m5", "m6"]


def test_the_library_takes_quarters_as_start_and_end(index):
    with lawnews.NewsIndex.open(index) as ix:
        assert months(ix.search("执行", start="2024-Q4", limit=20).hits) == [10, 11, 12]
        assert months(ix.search("执行", end="2024-Q1", limit=20).hits) == [1, 2, 3]
        assert ix.trends("执行", by="source", every="quarter", start="2024-Q1", end="2024-Q1").total == 3


@pytest.mark.parametrize("query, wanted", [("执行 date:2024-Q1", [1, 2, 3]),
                                           ("执行 date:2024-q3", [7, 8, 9]),
                                           ("执行 date:２０２４－Ｑ４", [10, 11, 12]),
                                           ("执行 date:[2024-Q1 TO 2024-Q2]", [1, 2, 3, 4, 5, 6]),
                                           ("执行 date:{2024-Q1 TO 2024-Q3}", [4, 5, 6]),
                                           ("执行 date:>2024-Q3", [10, 11, 12]),
                                           ("执行 date:<=2024-Q1", [1, 2, 3]),
                                           ("执行 date:[2024-Q3 TO *]", [7, 8, 9, 10, 11, 12])])
def test_date_in_the_query_takes_quarters(index, query, wanted):
    with lawnews.NewsIndex.open(index) as ix:
        assert months(ix.search(query, limit=20).hits) == wanted


def test_a_quarter_but_q1_to_q4_is_refused(index):
    run = CliRunner()
    got = run.invoke(cli, ["search", "执行", "--from", "2024-Q5", "--index-dir", str(index)])
    assert got.exit_code == 1 and "'2024-Q5'" in got.output and "Q1 to Q4" in got.output
    with lawnews.NewsIndex.open(index) as ix:
        with pytest.raises(lawnews.QuerySyntaxError, match="Q1 to Q4"):
            ix.search("执行 date:2024-Q0")
    backwards = run.invoke(cli, ["search", "执行", "--from", "2024-Q3", "--to", "2024-Q2", "--index-dir", str(index)])
    assert backwards.exit_code == 1 and "holds no day" in backwards.output


def test_the_web_app_takes_quarters_as_from_and_to(index):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(index, workers=1), raise_server_exceptions=False) as c:
        r = c.get("/trends.json", params={"q": "执行", "by": "source", "every": "quarter", "from": "2024-Q1",
                                          "to": "2024-Q2"})
        assert r.status_code == 200, r.text
        assert r.json()["periods"] == ["2024-Q1", "2024-Q2"]
        r = c.get("/search.json", params={"q": "执行", "from": "2024-q4"})
        assert r.status_code == 200, r.text
        assert sorted(h["article_id"] for h in r.json()["hits"]) == ["m10", "m11", "m12"]
        assert c.get("/search.json", params={"q": "执行", "from": "2024-Q5"}).status_code == 400


@pytest.mark.parametrize("label, first, last", [("2024Q1", "2024-01-01", "2024-03-31"),
                                                ("2024 q2", "2024-04-01", "2024-06-30"),
                                                ("2024年第三季度", "2024-07-01", "2024-09-30"),
                                                ("2024年四季度", "2024-10-01", "2024-12-31"),
                                                ("2024年第2季度", "2024-04-01", "2024-06-30"),
                                                ("２０２４年Ｑ３", "2024-07-01", "2024-09-30"),
                                                ("二〇二四年第一季度", "2024-01-01", "2024-03-31")])
def test_a_quarter_written_without_hyphen_or_in_chinese_covers_its_three_months(label, first, last):
    assert period(label) == (first, last)


def test_quarters_written_in_chinese_bound_a_search_and_trends(index):
    run = CliRunner()
    listed = run.invoke(cli, ["search", "执行", "--from", "2024年第二季度", "--to", "2024Q2", "--fields", "article_id",
                              "--index-dir", str(index)])
    assert listed.exit_code == 0, listed.output
    assert sorted(listed.stdout.split()[1:]) == ["m4", "m5", "m6"]
    got = run.invoke(cli, ["trends", "执行", "--by", "source", "--every", "quarter", "--from", "2024年一季度",
                           "--to", "2024q2", "--json", "--index-dir", str(index)])
    assert got.exit_code == 0, got.output
    assert json.loads(got.stdout)["periods"] == ["2024-Q1", "2024-Q2"]
    refused = run.invoke(cli, ["search", "执行", "--from", "2024年第五季度", "--index-dir", str(index)])
    assert refused.exit_code == 1 and "Q1 to Q4" in refused.output


@pytest.mark.parametrize("query, wanted", [("执行 date:2024年第三季度", [7, 8, 9]),
                                           ("执行 date:2024Q1", [1, 2, 3]),
                                           ("执行 date:[2024Q2 TO 2024年第三季度]", [4, 5, 6, 7, 8, 9])])
def test_date_in_the_query_takes_quarters_written_in_chinese(index, query, wanted):
    with lawnews.NewsIndex.open(index) as ix:
        assert months(ix.search(query, limit=20).hits) == wanted


def test_a_trends_period_is_read_as_a_date_bound_reads_it():
    from lawnews.landscape import period_dates

    assert period_dates("2024Q2") == period_dates("2024年第二季度") == period_dates("2024-Q2") == ("2024-04", "2024-06")
    with pytest.raises(lawnews.InvalidArgumentError, match="Q1 to Q4"):
        period_dates("2024年第五季度")
