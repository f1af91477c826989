"""The year facet lists its values newest first, as a date histogram lists its periods,
whatever their counts; the other facets stay largest count first. Library, CLI
(``facets``, ``search --json``) and the web sidebar alike."""

from __future__ import annotations

import json
import re

import pytest

import lawnews
from support import run_cli

# 2022 has the most articles, 2024 the fewest; 湖南 has more than 湖北.
ARTICLES = [
    {"id": f"y{n}", "title": f"法院执行通报{n}", "text": f"湖南省长沙市中级人民法院开展集中执行行动{n}。", "date": date}
    for n, date in enumerate(["2022-01-05", "2022-03-05", "2022-06-05", "2023-02-01", "2023-04-01"])
] + [{"id": "y9", "title": "武汉法院执行通报", "text": "湖北省武汉市中级人民法院开展集中执行。", "date": "2024-07-01"}]
NEWEST_FIRST = ["2024", "2023", "2022"]


def test_years_newest_first_other_facets_by_count(articles_index_dir):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        facets = ix.facets("执行")["facets"]
        assert list(facets["year"].items()) == [("2024", 1), ("2023", 2), ("2022", 3)]
        assert list(facets["province"]) == ["湖南省", "湖北省"]
        assert list(ix.search("执行").facets["year"]) == NEWEST_FIRST


def test_cli_facets_and_search_json_list_years_newest_first(articles_index_dir):
    data = json.loads(run_cli("facets", "执行", "--index-dir", str(articles_index_dir), "--json").output)
    assert list(data["facets"]["year"]) == NEWEST_FIRST
    found = json.loads(run_cli("search", "执行", "--index-dir", str(articles_index_dir), "--json").output)
    assert list(found["facets"]["year"]) == NEWEST_FIRST
    table = run_cli("facets", "执行", "--index-dir", str(articles_index_dir)).output
    block = table[table.index("year ("):]
    assert re.findall(r"^\s+(\d{4})\s", block, flags=re.M)[:3] == NEWEST_FIRST
    shown = run_cli("facets", "执行", "--index-dir", str(articles_index_dir), "--top", "2").output
    assert re.findall(r"^\s+(\d{4})\s", shown[shown.index("year ("):], flags=re.M) == ["2024", "2023"]


def test_the_web_sidebar_lists_years_newest_first(articles_index_dir):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        page = client.get("/", params={"q": "执行"}).text
        section = page[page.index('data-facet="year"'):]
        section = section[:section.index("</section>")]
        assert re.findall(r'data-value="(\d{4})"', section) == NEWEST_FIRST
        assert list(client.get("/", params={"q": "执行", "format": "json"}).json()["facets"]["year"]) == NEWEST_FIRST
