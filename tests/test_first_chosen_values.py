"""First reports by a facet the filters choose values of (two provinces compared): each chosen
value is listed, one with no matching story in the range after the others, said to have no
report there (no date, no article, a count of 0), instead of missing as if it had not been
asked for. Texts are made up for the purpose."""

from __future__ import annotations

import csv
import io
import json

import pytest

import lawnews
from support import run_cli

ARTICLES = [
    {"id": "h1", "title": "长沙中院执转破通报", "text": "湖南省长沙市中级人民法院推进执转破工作，对被执行企业移送破产审查。",
     "date": "2023-05-01"},
    {"id": "h2", "title": "武汉中院执转破通报", "text": "湖北省武汉市中级人民法院推进执转破工作，对被执行企业移送破产审查。",
     "date": "2022-03-01"},
    {"id": "h3", "title": "郑州中院执转破通报", "text": "河南省郑州市中级人民法院推进执转破工作，对被执行企业移送破产审查。",
     "date": "2023-06-01"},
]

ASKED = dict(by="province", province=["湖南", "湖北"], start="2023-04", end="2023-12")
CLI = ["first", "执转破", "--by", "province", "--province", "湖南", "--province", "湖北", "--from", "2023-04",
       "--to", "2023-12"]


def test_a_chosen_value_without_a_report_in_the_range_is_listed_after_the_others(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        a = ix.first("执转破", **ASKED)
        assert [(r.value, r.date, r.count) for r in a.rows] == [("湖南省", "2023-05-01", 1), ("湖北省", None, 0)]
        assert a.rows[0].reported and not a.rows[1].reported
        assert (a.rows[1].id, a.rows[1].source, a.rows[1].same_day) == (None, None, 0)
        assert a.unreported == ("湖北省",) and a.undated_values == ()
        row = a.to_dict()["rows"][1]
        assert (row["value"], row["date"], row["article_id"], row["count"]) == ("湖北省", None, None, 0)
        # over every date both report: nothing unreported, as before
        assert [r.value for r in ix.first("执转破", by="province", province=["湖南", "湖北"]).rows] == ["湖北省", "湖南省"]
        # values not chosen are not listed: 河南省 has a report, 湖北省 none, in that range
        assert [r.value for r in ix.first("执转破", by="province", start="2023-04", end="2023-12").rows] == ["湖南省", "河南省"]


def test_the_command_line_says_no_report_in_the_range(articles_index_dir):
    text = run_cli(*CLI, "--index-dir", str(articles_index_dir)).output
    lines = text.splitlines()
    hubei = [line for line in lines if line.startswith("湖北省")]
    assert len(hubei) == 1 and "no report in the range" in hubei[0]
    assert lines.index(hubei[0]) > next(i for i, line in enumerate(lines) if line.startswith("湖南省"))
    data = json.loads(run_cli(*CLI, "--json", "--index-dir", str(articles_index_dir)).output)
    assert [(r["value"], r["date"]) for r in data["rows"]] == [("湖南省", "2023-05-01"), ("湖北省", None)]
    rows = list(csv.reader(io.StringIO(run_cli(*CLI, "--csv", "--index-dir", str(articles_index_dir)).output)))
    assert [r[:3] for r in rows[1:]] == [["湖南省", "2023-05-01", "h1"], ["湖北省", "", ""]]
    assert rows[2][6] == "0"


def test_the_web_page_lists_the_value_without_a_report(articles_index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    params = {"q": "执转破", "by": "province", "province": ["湖南", "湖北"], "from": "2023-04", "to": "2023-12"}
    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        page = client.get("/first", params=params)
        assert page.status_code == 200
        table = page.text.split("<tbody")[1].split("</tbody>")[0]
        assert table.index("湖南省") < table.index("湖北省")
        assert "no report in the range" in table.split("湖北省")[1]
        data = client.get("/first.json", params=params).json()
        assert [(r["value"], r["date"]) for r in data["rows"]] == [("湖南省", "2023-05-01"), ("湖北省", None)]
