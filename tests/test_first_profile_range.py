"""``first`` and ``profile`` take a date range as ``trends`` does (``--from``/``--to``,
``start``/``end``, the web's ``from``/``to``): the same parsing, the same errors; the
first report within the range, a profile of the range with every period of it."""

from __future__ import annotations

import json

import pytest

import lawnews
from support import run_cli

ARTICLES = [
    {"id": "f1", "title": "长沙法院执行通报", "text": "湖南省长沙市中级人民法院开展集中执行行动。", "date": "2021-03-01"},
    {"id": "f2", "title": "岳阳法院执行通报", "text": "湖南省岳阳市中级人民法院开展涉民生执行。", "date": "2023-05-01"},
    {"id": "f3", "title": "武汉法院执行通报", "text": "湖北省武汉市中级人民法院开展集中执行。", "date": "2023-06-01"},
]


def test_first_reports_within_the_range(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        assert [(r.value, r.date) for r in ix.first("执行").rows] == [("湖南省", "2021-03-01"), ("湖北省", "2023-06-01")]
        within = ix.first("执行", start="2022", end="2023-12")
        assert [(r.value, r.date, r.count) for r in within.rows] == [("湖南省", "2023-05-01", 1), ("湖北省", "2023-06-01", 1)]
        assert (within.start, within.end) == ("2022", "2023-12")
        assert within.to_dict()["from"] == "2022" and within.to_dict()["to"] == "2023-12"
        assert [r.value for r in ix.first("执行", end="2022").rows] == ["湖南省"]
        with pytest.raises(lawnews.LawNewsError, match="^start 2025 comes after end 2024"):
            ix.first("执行", start="2025", end="2024")
        with pytest.raises(lawnews.LawNewsError, match="^end must be a date"):
            ix.first("执行", end="2024-13")


def test_a_profile_of_the_range_lists_every_period_of_it(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        p = ix.profile("province:湖南", every="year", start="2020", end="2024")
        assert p.total == 2
        assert p.trend.periods == ("2020", "2021", "2022", "2023", "2024")
        assert p.trend.totals == (0, 1, 0, 1, 0)
        assert p.trend.to_dict()["from"] == "2020"
        late = ix.profile("province:湖南", every="year", start="2022")
        assert late.total == 1 and [h.title for h in late.latest] == ["岳阳法院执行通报"]
        assert dict(late.cooccurring["city"]) == {"岳阳市": 1}
        with pytest.raises(lawnews.LawNewsError, match="^start 2025 comes after end 2024"):
            ix.profile("province:湖南", start="2025", end="2024")


def test_cli_first_and_profile_take_from_and_to(articles_index_dir):
    first = json.loads(run_cli("first", "执行", "--index-dir", str(articles_index_dir), "--from", "2022", "--json").output)
    assert [(r["value"], r["date"]) for r in first["rows"]] == [("湖南省", "2023-05-01"), ("湖北省", "2023-06-01")]
    assert first["from"] == "2022" and first["to"] is None
    assert "from 2022" in run_cli("first", "执行", "--index-dir", str(articles_index_dir), "--from", "2022").output
    profile = json.loads(run_cli("profile", "province:湖南", "--index-dir", str(articles_index_dir), "--every", "year",
                                 "--from", "2020", "--to", "2024", "--json").output)
    assert profile["trend"]["periods"] == ["2020", "2021", "2022", "2023", "2024"] and profile["total"] == 2
    table = run_cli("profile", "province:湖南", "--index-dir", str(articles_index_dir), "--every", "year", "--from", "2022").output
    assert "from 2022" in table and "2021" not in table
    bad = run_cli("first", "执行", "--index-dir", str(articles_index_dir), "--from", "2025", "--to", "2024", ok=False)
    assert bad.exit_code != 0 and "comes after" in bad.output


def test_the_web_first_reports_take_the_range_as_arguments(articles_index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    params = {"q": "执行", "from": "2022", "to": "2023-12"}
    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        data = client.get("/first", params={**params, "format": "json"}).json()
        assert [(r["value"], r["date"]) for r in data["rows"]] == [("湖南省", "2023-05-01"), ("湖北省", "2023-06-01")]
        assert (data["query"], data["from"], data["to"]) == ("执行", "2022", "2023-12")
        assert "from 2022 to 2023-12" in client.get("/first", params=params).text
        assert client.get("/first", params={"from": "2025", "to": "2024"}).status_code == 400
