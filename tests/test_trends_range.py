"""Trends over a date range asked (``--from``/``--to``, ``start``/``end``, web ``from``/``to``)
list every period of the range, 0 where nothing happened, as a histogram with extended
bounds does; without a range the periods are the data's span. Library, CLI, CSV, JSON,
chart and web alike."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.landscape import trends_csv
from support import run_cli

ARTICLES = [
    {"id": "t1", "title": "长沙法院执行通报", "text": "湖南省长沙市中级人民法院开展集中执行行动。", "date": "2022-03-01"},
    {"id": "t2", "title": "岳阳法院执行通报", "text": "湖南省岳阳市中级人民法院开展涉民生执行。", "date": "2023-05-01"},
    {"id": "t3", "title": "武汉法院执行通报", "text": "湖北省武汉市中级人民法院开展集中执行。", "date": "2023-06-01"},
]
YEARS = ("2020", "2021", "2022", "2023", "2024")


def test_every_period_of_the_range_asked_is_listed(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        t = ix.trends("执行", by="province", every="year", start="2020-01", end="2024-12")
        assert t.periods == YEARS
        assert t.totals == (0, 0, 1, 2, 0)
        assert dict((s.value, s.counts) for s in t.series) == {"湖南省": (0, 0, 1, 1, 0), "湖北省": (0, 0, 0, 1, 0)}
        assert (t.start, t.end) == ("2020-01", "2024-12")
        assert t.to_dict()["from"] == "2020-01" and t.to_dict()["to"] == "2024-12"
        assert trends_csv(t).splitlines()[1:6] == ["2020,0,0,0", "2021,0,0,0", "2022,1,0,1", "2023,1,1,2", "2024,0,0,0"]
        months = ix.trends("", every="month", start="2023-04", end="2023-07")
        assert months.periods == ("2023-04", "2023-05", "2023-06", "2023-07") and months.totals == (0, 1, 1, 0)


def test_the_range_selects_the_articles_and_one_open_end_keeps_the_data_s(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        assert ix.trends("", every="year", start="2023").periods == ("2023",)
        assert ix.trends("", every="year", start="2023").total == 2
        assert ix.trends("", every="year", end="2024").periods == ("2022", "2023", "2024")
        assert ix.trends("", every="year").periods == ("2022", "2023")  # no range: the data's span
        with pytest.raises(lawnews.LawNewsError, match="^start 2025 comes after end 2024"):
            ix.trends("", start="2025", end="2024")


def test_cli_trends_from_to_in_the_table_json_and_csv(articles_index_dir):
    args = ("trends", "--index-dir", str(articles_index_dir), "--every", "year", "--from", "2020-01", "--to", "2024-12")
    assert json.loads(run_cli(*args, "--json").output)["periods"] == list(YEARS)
    assert [line.split(",")[0] for line in run_cli(*args, "--csv").output.splitlines()[1:]] == [*YEARS, "undated", "total"]
    assert run_cli(*args).output.splitlines()[0].split()[1:6] == list(YEARS)


def test_the_web_trends_list_the_range_asked_in_json_csv_and_chart(articles_index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    params = {"every": "year", "from": "2020-01", "to": "2024-12"}
    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        assert client.get("/trends", params={**params, "format": "json"}).json()["periods"] == list(YEARS)
        csv = client.get("/trends", params={**params, "format": "csv"}).text
        assert [line.split(",")[0] for line in csv.splitlines()[1:]] == [*YEARS, "undated", "total"]
        page = client.get("/trends", params=params).text
        assert "from 2020 to 2024" in page and all(year in page for year in YEARS)


def test_a_range_of_more_periods_than_a_table_can_list_is_refused_with_what_to_do(articles_index_dir):
    """A mistyped year (0001 for 2001) would list tens of thousands of empty months: the
    range is refused, saying how many periods it makes and how to ask for fewer."""
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        with pytest.raises(lawnews.InvalidArgumentError) as e:
            ix.trends("", every="month", start="0001")
        message = str(e.value)
        assert "from 0001" in message and "months" in message and "every quarter or year" in message
        with pytest.raises(lawnews.InvalidArgumentError, match="years"):
            ix.trends("", every="year", start="0001", end="9999")
        with pytest.raises(lawnews.InvalidArgumentError, match="months"):
            ix.profile("province:湖南", every="month", start="0001")
        wide = ix.trends("", every="month", start="1950", end="2049-12")  # a century of months is listed
        assert len(wide.periods) == 1200 and wide.total == 3


def test_the_web_trends_of_too_long_a_range_is_a_400_with_the_form_to_correct_it(articles_index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        r = client.get("/trends", params={"q": "执行", "from": "0001", "to": "9999", "every": "month"})
        assert r.status_code == 400 and len(r.text) < 20_000
        assert "every quarter or year" in r.text and 'name="from" value="0001"' in r.text
        assert client.get("/trends.json", params={"from": "0001"}).status_code == 400
